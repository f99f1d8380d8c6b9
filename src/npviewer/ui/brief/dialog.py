"""The export dialog: what to brief (a region, a country, the bookmarks, or the meeting on show), short or
with the full dossier as annexes, in PDF, Word or HTML, its language, paper and file; it only fills in a
:class:`~npviewer.brief.export.BriefChoice` (the brief's service does the rest)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from npviewer import i18n
from npviewer.brief.export import FORMATS, PAPER_SIZES, BriefChoice, format_of
from npviewer.i18n import QT_TRANSLATE_NOOP, translate
from npviewer.store.records import EntryRef
from npviewer.ui.common.settings import BRIEF_FOLDER, BRIEF_FORMAT, BRIEF_FULL, save

BOOKMARKS = "bookmarks"  # the subject value of the bookmarks brief in the dialog
LANGUAGE_NAMES = {"en": "English", "ko": "한국어 (Korean)"}  # each in its own language
#: Each format's name in the dialog, and its files' name in the file chooser.
FORMAT_NAMES = {
    "pdf": (QT_TRANSLATE_NOOP("BriefExport", "PDF"), QT_TRANSLATE_NOOP("BriefExport", "PDF files (*.pdf)")),
    "docx": (QT_TRANSLATE_NOOP("BriefExport", "Word (.docx)"),
             QT_TRANSLATE_NOOP("BriefExport", "Word documents (*.docx)")),
    "html": (QT_TRANSLATE_NOOP("BriefExport", "Web page (.html)"),
             QT_TRANSLATE_NOOP("BriefExport", "Web pages (*.html)")),
}  # fmt: skip
_NOT_IN_NAMES = re.compile(r'[\\/:*?"<>|]+')


def documents_folder() -> Path:
    """The folder a brief is saved in by default: the last one used, else the user's documents folder."""
    last = BRIEF_FOLDER.get()
    if last and Path(last).is_dir():
        return Path(last)
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def remember_folder(path: Path) -> None:
    BRIEF_FOLDER.set(str(path.parent))


def default_output(title: str, folder: Path | None = None, fmt: str = "pdf") -> Path:
    """``Eastern Region brief.pdf`` in the folder (a title's slashes and colons are no folders)."""
    name = translate("BriefExport", "{title} brief").format(title=_NOT_IN_NAMES.sub("-", title).strip())
    return (folder or documents_folder()) / (name + FORMATS.get(fmt, ".pdf"))


def with_format(path: str, fmt: str) -> str:
    """``path`` with the suffix of ``fmt`` (in place of another format's suffix, or added)."""
    if not path:
        return path
    suffix = Path(path).suffix
    if suffix.lower() in (*FORMATS.values(), ".htm"):
        path = path[: -len(suffix)]
    return path + FORMATS[fmt]


class BriefExportDialog(QDialog):
    """Subject, contents (short or full), format, language, paper, "include my notes", the file.

    ``meeting`` is the meeting (or body) on show, offered first; ``chosen`` is the subject chosen at
    first (a region's, a country's or the meeting's id)."""

    def __init__(self, regions: list[EntryRef], chosen: str | None, parent: QWidget | None = None,
                 countries: list[EntryRef] | None = None, meeting: EntryRef | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(translate("BriefExport", "Export brief"))
        self._edited = False
        self._folder = documents_folder()
        self._meeting = meeting
        self.region = QComboBox()
        self.region.setAccessibleName(translate("BriefExport", "Brief of"))
        if meeting is not None:
            self.region.addItem(meeting_label(meeting), meeting.id)
            self.region.insertSeparator(self.region.count())
        for ref in regions:
            self.region.addItem(ref.title, ref.id)
        if countries:
            self.region.insertSeparator(self.region.count())
            for ref in countries:
                self.region.addItem(ref.title, ref.id)
        self.region.insertSeparator(self.region.count())
        self.region.addItem(translate("BriefExport", "My bookmarks"), BOOKMARKS)
        index = self.region.findData(chosen) if chosen else -1
        if index < 0:
            index = self.region.findData(regions[0].id) if regions else 0
        self.region.setCurrentIndex(max(0, index))
        self.short = QRadioButton(translate("BriefExport", "Short brief: the essentials on 4 pages at most"))
        self.full = QRadioButton(translate("BriefExport", "Short brief, then the full dossier as annexes"))
        self.contents = QButtonGroup(self)
        self.contents.addButton(self.short)
        self.contents.addButton(self.full)
        (self.full if BRIEF_FULL.get() else self.short).setChecked(True)
        self.format = QComboBox()
        self.format.setAccessibleName(translate("BriefExport", "Format"))
        for fmt, (name, _files) in FORMAT_NAMES.items():
            self.format.addItem(translate("BriefExport", name), fmt)
        self.format.setCurrentIndex(max(0, self.format.findData(BRIEF_FORMAT.get())))
        self.language = QComboBox()
        self.language.setAccessibleName(translate("BriefExport", "Language"))
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.language())))  # the interface's
        self.paper = QComboBox()
        self.paper.setAccessibleName(translate("BriefExport", "Paper"))
        self.paper.addItems(list(PAPER_SIZES))
        self.notes = QCheckBox(translate("BriefExport", "Include my bookmark notes"))
        self.path = QLineEdit()
        self.path.setAccessibleName(translate("BriefExport", "Save as"))
        self.path.setMinimumWidth(420)
        self.path.textEdited.connect(self._on_edited)
        choose = QPushButton(translate("BriefExport", "Choose…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        contents = QVBoxLayout()
        contents.addWidget(self.short)
        contents.addWidget(self.full)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("BriefExport", "Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("BriefExport", "Brief of"), self.region)
        form.addRow(translate("BriefExport", "Contents"), contents)
        form.addRow(translate("BriefExport", "Format"), self.format)
        form.addRow(translate("BriefExport", "Language"), self.language)
        form.addRow(translate("BriefExport", "Paper"), self.paper)
        form.addRow("", self.notes)
        form.addRow(translate("BriefExport", "Save as"), row)
        form.addRow(buttons)
        self.region.currentIndexChanged.connect(self._update_path)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._update_path()
        self._format_changed()

    def fmt(self) -> str:
        return str(self.format.currentData())

    def _on_edited(self, text: str) -> None:
        """Typed by hand: kept from now on; a file name ending in .docx or .html chooses that format."""
        self._edited = True
        named = format_of(Path(text.strip()), "")
        if named and named != self.fmt():
            self.format.setCurrentIndex(self.format.findData(named))

    def _update_path(self) -> None:
        if self._edited or self.region.count() == 0:
            return
        meeting = self._meeting
        title = meeting.title if meeting is not None and self.region.currentData() == meeting.id else None
        self.path.setText(str(default_output(title or self.region.currentText(), self._folder, self.fmt())))

    def _format_changed(self) -> None:
        """The file's suffix follows the format; paper means nothing to a web page."""
        text = self.path.text()
        if text and format_of(Path(text.strip()), "") != self.fmt():
            self.path.setText(with_format(text.strip(), self.fmt()))
        self.paper.setEnabled(self.fmt() != "html")

    def _choose(self) -> None:
        filters = [translate("BriefExport", files) for _name, files in FORMAT_NAMES.values()]
        current = filters[list(FORMAT_NAMES).index(self.fmt())]
        name, picked = QFileDialog.getSaveFileName(
            self, translate("BriefExport", "Save the brief as"), self.path.text(), ";;".join(filters), current
        )
        if name:
            fmt = format_of(Path(name), "") or list(FORMAT_NAMES)[filters.index(picked) if picked in filters else 0]
            self._edited = True
            self.path.setText(with_format(name, fmt))
            self.format.setCurrentIndex(self.format.findData(fmt))

    def choice(self) -> BriefChoice:
        """What the user chose, for :func:`npviewer.brief.export.export`."""
        subject = str(self.region.currentData())
        meeting = self._meeting.id if self._meeting is not None and subject == self._meeting.id else None
        return BriefChoice(
            subject=None if subject == BOOKMARKS or meeting else subject,
            bookmarks=subject == BOOKMARKS,
            meeting=meeting,
            full=self.full.isChecked(),
            format=self.fmt(),
            lang=str(self.language.currentData()),
            paper=self.paper.currentText(),
            include_notes=self.notes.isChecked(),
        )

    def output(self) -> Path:
        """The file to write, with the format's suffix."""
        text = self.path.text().strip()
        if format_of(Path(text), "") != self.fmt():
            text = with_format(text, self.fmt())
        return Path(text).expanduser()

    def accept(self) -> None:
        """Override QDialog.accept: the contents and the format are the next export's defaults."""
        save((BRIEF_FULL, self.full.isChecked()), (BRIEF_FORMAT, self.fmt()))
        super().accept()


def meeting_label(ref: EntryRef) -> str:
    """The meeting's title; a body's says that its latest meeting is briefed."""
    if ref.kind == "body":
        return translate("BriefExport", "{title}: its latest meeting").format(title=ref.title)
    return ref.title
