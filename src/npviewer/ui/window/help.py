"""The F1 help dialog (search syntax, keys, reading, updates, your data) and the keyboard cheat sheet
(Help > Keyboard Shortcuts, ``?``); both show the keys from the one table of
:mod:`npviewer.ui.window.keys_help`."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from npviewer.i18n import QT_TRANSLATE_NOOP, translate
from npviewer.ui.common.icons import close_button
from npviewer.ui.common.screen_fit import resize_to_fit
from npviewer.ui.common.themed_browser import ThemedBrowser
from npviewer.ui.window.keys_help import keys_html

#: The help, one section a message (translated in :func:`help_html`); the keys come after the first.
SECTIONS = (
    QT_TRANSLATE_NOOP(
        "Help",
        "<h2>Searching</h2>"
        "<p>Results appear as you type. Every word also matches longer words that start with it "
        "(<tt>rail</tt> finds <i>railway</i>), in English, Korean or Russian.</p>"
        '<table cellpadding="3">'
        "<tr><td><tt>Rajin Khasan</tt></td><td>entries with both words</td></tr>"
        '<tr><td><tt>"gas pipeline"</tt></td><td>the exact phrase</td></tr>'
        "<tr><td><tt>railway -China</tt></td><td>leave out entries with a word</td></tr>"
        "<tr><td><tt>kind:meeting</tt></td><td>only one kind: region, place, measure, submeasure, event, meeting, "
        "programme, topic, figure</td></tr>"
        "<tr><td><tt>region:eastern</tt></td><td>only one region: western, central or eastern</td></tr>"
        "<tr><td><tt>country:russia</tt></td><td>only entries about a country</td></tr>"
        "<tr><td><tt>year:2019</tt></td><td>only events of a year</td></tr>"
        "<tr><td><tt>note:visa</tt></td><td>only entries whose bookmark note (yours) has a word</td></tr>"
        "</table>"
        "<p>Search forgives: a place's other names find it (<tt>Primorye</tt>, <tt>Приморье</tt> and "
        "<tt>연해주</tt> find what says <i>Primorsky Krai</i>), and when nothing matches a misspelt word "
        "(<tt>Vladivostock</tt>) npviewer shows the entries for the nearest name it knows and asks "
        "<i>Did you mean …?</i> Your own notes are searched too: entries whose note has your words come "
        "first, with the note.</p>"
        "<p>The <b>kind</b> and <b>region</b> lists under the field add these filters for you. The clock button "
        "lists your recent and saved searches: one click runs one again.</p>",
    ),
    QT_TRANSLATE_NOOP(
        "Help",
        "<h2>Reading an entry</h2>"
        "<p>Links in an entry open other entries here. Every statement names its sources, each of one of two "
        "kinds. A <b>quotation</b> is the exact words of one of the two documents whose full text npviewer "
        "holds (the committee's Region-Specific Strategies page and the Foreign Ministry's press release on the "
        "13th Far East Sub-committee), shown in quotation marks with where they stand. A <b>reference</b> points to "
        "a place in any other document (its paragraph, section or page) and may add a short summary in "
        "npviewer's own words, marked as such and never in quotation marks: check the wording in the document "
        "itself before you quote it. A source's title opens its page: its publisher, date and language, and every "
        "quotation and reference npviewer makes of it, each with its entry; web addresses are shown as text and "
        "never opened: use <i>copy link</i> to copy one. A dotted "
        "underline marks an acronym: hover over it to see what it stands for. Dates say when they are "
        "<i>inferred</i>, <i>planned</i> or <i>disputed</i>; disputed facts list each version with its source.</p>",
    ),
    QT_TRANSLATE_NOOP(
        "Help",
        "<h2>Content updates</h2>"
        "<p>Newer content comes as one file, <tt>npviewer-content-&lt;version&gt;.npc</tt>: choose "
        "<i>File &gt; Install Content Update…</i> and pick it. The file is checked in full first (a damaged or "
        "altered file changes nothing, and you are told why); then the new content is prepared while you keep "
        "reading, and npviewer switches to it and shows <b>What changed</b>: entries added, removed and changed, "
        "your bookmarks first, added words underlined and removed words struck through (<i>Help &gt; What "
        "Changed in the Content</i> shows it again). Your bookmarks and notes are kept: one whose entry changed is "
        "marked <i>(changed)</i>, one whose entry was removed is marked <i>(no longer in the content)</i> and "
        "still opens with its note. <i>File &gt; Roll Back Content Update…</i> returns to the content you had "
        "before (and, done again, forward).</p>",
    ),
    QT_TRANSLATE_NOOP(
        "Help",
        "<h2>Signed content</h2>"
        "<p>npviewer installs only content packs signed by a key it trusts: the publisher's keys that come with "
        "npviewer, and keys you have added (an organisation's own: <tt>npviewer content trust add KEY.pub</tt>; "
        "<tt>npviewer content trust list</tt> shows them). A pack that is not signed, or is signed by a key you do "
        "not trust, is refused, naming its key if it has one. If you trust whoever gave it to you, choose "
        "<i>Install Anyway</i> (or <tt>npviewer content install --allow-unsigned FILE</tt>): its version is then "
        "marked <i>(unsigned)</i> in About, the status bar and the briefs you export, because no key you trust "
        "vouches for its facts. A pack changed after it was signed is always refused as damaged. To sign packs "
        "yourself, <tt>npviewer content keygen FILE</tt> makes a key pair (keep the private key to yourself) and "
        "<tt>npviewer content pack DIR --output OUT --sign FILE</tt> signs.</p>",
    ),
    QT_TRANSLATE_NOOP(
        "Help",
        "<h2>Your data</h2>"
        "<p>Your bookmarks, notes and searches are kept in <tt>userdata.sqlite</tt> in npviewer's data folder "
        "(<tt>~/.local/share/npviewer</tt> on Linux, or the folder named by <tt>NPVIEWER_HOME</tt>), apart from the "
        "content, which is rebuilt whenever it changes and never touches your file. Every change is saved at once. "
        "Before your file is upgraded to a new format a copy goes to <tt>backups/</tt> (the last five are kept). "
        "A note you are typing is kept as a draft (it survives a crash), and nothing replaces it while you type: "
        "if the note was changed elsewhere too, both versions are shown and you choose. Removing a bookmark can be "
        "undone for the session (Ctrl+Z, or <i>Undo</i> in the status bar). A damaged file is moved aside as "
        "<tt>userdata.damaged-…</tt>, never deleted, and you are told where. On a full disk, a file locked by "
        "another program, or a read-only folder or disk, your file is left as it is: a notice across the top says "
        "what is wrong, your bookmarks can still be read, and <i>Try Again</i> saves again once it is fixed. "
        "To restore, "
        "quit npviewer and copy a backup (or the moved-aside file) back to <tt>userdata.sqlite</tt>, or use "
        "<i>File &gt; Import Bookmarks</i> with an exported file. The log, <tt>npviewer.log</tt>, is in the same "
        "folder.</p>",
    ),
)


def help_html() -> str:
    """The help in the interface language."""
    sections = [translate("Help", section) for section in SECTIONS]
    return sections[0] + keys_html() + "".join(sections[1:])


class HelpDialog(QDialog):
    """Describes search syntax and keys."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(translate("Help", "npviewer help"))
        self.setAccessibleName(translate("Help", "Help"))
        text = ThemedBrowser()
        text.setOpenLinks(False)
        text.setAccessibleName(translate("Help", "Help text"))
        text.setHtml(help_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_button(buttons)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        resize_to_fit(self, 640, 560)


class ShortcutsDialog(QDialog):
    """The keyboard cheat sheet: every key of the window and its panes, on one page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(translate("Help", "npviewer keyboard shortcuts"))
        self.setAccessibleName(translate("Help", "Keyboard shortcuts"))
        self.text = ThemedBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(translate("Help", "Keyboard shortcuts"))
        self.text.setHtml(keys_html(heading=False))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_button(buttons)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        resize_to_fit(self, 620, 640)
        self.text.setFocus()
