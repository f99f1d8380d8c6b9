"""The window reads in every theme: the system's palette (Qt's default light one, and a dark one set on
the application as a desktop's dark theme does) and View > Theme's Light and Dark. Every text reads at
least 4.5:1 on its background, every icon stands out at least 3:1 on the window, and the current row of
a list at least 3:1 against the list, focused or not, measured from the colours Qt really uses (the text
documents' formats, the painted pixels); a palette change while running re-renders the entry and the
icons."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QProxyStyle, QStyle, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from npviewer.store.changes import ADDED, CHANGED, REMOVED, ContentChanges, Snapshot, Version, compare
from npviewer.store.library import Library
from npviewer.store.userdata import Bookmark, open_user_store
from npviewer.ui.common.contrast import ratio
from npviewer.ui.common.icons import close_button, icon
from npviewer.ui.common.palette_fit import over
from npviewer.ui.common.theme import choose_theme, use_theme
from npviewer.ui.content_update.missing_bookmark import missing_bookmark_html
from npviewer.ui.content_update.whats_changed import WhatsChangedDialog
from npviewer.ui.reading.entry_html import coverage_text, render_document
from npviewer.ui.timeline.view import TimelineView
from npviewer.ui.window.about import AboutDialog
from npviewer.ui.window.help import HelpDialog
from npviewer.ui.window.main_window import MainWindow
from timeline_factory import ev

WindowFactory = Callable[..., MainWindow]
ICONS = sorted(
    p.stem for p in (Path(__file__).parents[3] / "resources" / "icons").glob("*.svg") if p.stem != "npviewer"
)
TEXT, MARKS = 4.5, 3.0


def dark_palette() -> QPalette:
    """A dark palette as desktops and many Qt apps set it (the roles they set; the rest as Qt has them)."""
    palette = QPalette(QApplication.palette())
    roles = {
        QPalette.ColorRole.Window: "#353535",
        QPalette.ColorRole.WindowText: "#ffffff",
        QPalette.ColorRole.Base: "#2a2a2a",
        QPalette.ColorRole.AlternateBase: "#353535",
        QPalette.ColorRole.Text: "#ffffff",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#ffffff",
        QPalette.ColorRole.Link: "#2a82da",
        QPalette.ColorRole.Highlight: "#2a82da",
        QPalette.ColorRole.HighlightedText: "#000000",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture(params=["system", "system-dark", "light", "dark"])
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The application's palette for the test: the system's (Qt's default light one, or a desktop's
    dark one), or View > Theme's Light or Dark."""
    before = QPalette(qapp.palette())
    if request.param == "system-dark":
        qapp.setPalette(dark_palette())
    elif request.param in ("light", "dark"):
        choose_theme(request.param)  # as View > Theme does: remembered, so the window starts in it
    yield str(request.param)
    use_theme("system")
    qapp.setPalette(before)


def text_contrasts(browser: QTextBrowser) -> list[tuple[str, float]]:
    """Every run of text the browser shows, with its contrast to what is behind it (its own
    background, or the view's base), from the formats Qt lays out."""
    palette = browser.viewport().palette()
    base, plain = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    out = []
    document: QTextDocument = browser.document()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            text = fragment.text().strip()
            if text:
                fg = fmt.foreground().color() if fmt.foreground().style() != Qt.BrushStyle.NoBrush else plain
                bg = fmt.background().color() if fmt.background().style() != Qt.BrushStyle.NoBrush else base
                out.append((text[:40], ratio(fg, bg)))
            it += 1
        block = block.next()
    assert out, "nothing to measure"
    return out


def low(contrasts: list[tuple[str, float]], minimum: float = TEXT) -> list[tuple[str, float]]:
    return [(text, round(r, 2)) for text, r in contrasts if r < minimum]


def _changes() -> ContentChanges:
    old = {
        "a": Snapshot("a", "measure", "Gas pipeline", "Laying the foundation in gas", "eastern"),
        "b": Snapshot("b", "measure", "Rail link", "A rail link to Khasan", "eastern"),
    }
    new = {
        "a": Snapshot("a", "measure", "Gas pipeline", "Laying the foundation in gas and power", "eastern"),
        "c": Snapshot("c", "meeting", "14th meeting", "The 14th meeting was held", "eastern"),
    }
    found = compare(old, new, ["a", "b", "c"])
    assert {c.status for c in found} == {ADDED, CHANGED, REMOVED}
    versions = Version("bundled", "the bundled content", "2021-11-30", 2), Version("p1", "update 1", "2022-01-31", 2)
    return ContentChanges(versions[0], versions[1], tuple(found), (("eastern", "Eastern"),))


def test_every_text_of_entries_help_and_what_changed_reads_at_4_5(
    qtbot: QtBot, scheme: str, make_window: WindowFactory, mini_library: Library
) -> None:
    store = open_user_store()
    store.add_bookmark("vanished", "A vanished entry", "my note")
    store.close()
    window = make_window()
    browser = window.detail.browser
    pages = {"welcome": low(text_contrasts(browser))}
    for entry_id in ("eastern", "russia", "eastern-rajin-khasan", "meeting-13", "forum-1"):
        window.navigator.open(entry_id)
        pages[entry_id] = low(text_contrasts(browser))
    repo = mini_library.repo
    for document in repo.documents():
        window.detail.show_document(render_document(document, []))
        pages[document.id] = low(text_contrasts(browser))
    mark = Bookmark(entry_id="vanished", title="A vanished entry", note="my note", created="2024-01-01")
    browser.setHtml(missing_bookmark_html(mark, None))
    pages["missing bookmark"] = low(text_contrasts(browser))

    help_dialog = HelpDialog(window)
    qtbot.add_widget(help_dialog)
    pages["help"] = low(text_contrasts(help_dialog.findChild(QTextBrowser)))
    about = AboutDialog(repo.content_version, repo.documents(), window, coverage_text(repo.coverage()))
    qtbot.add_widget(about)
    pages["about"] = low(text_contrasts(about.text))
    changed = WhatsChangedDialog(window)
    qtbot.add_widget(changed)
    changed.set_changes(_changes(), [])
    pages["what changed"] = low(text_contrasts(changed.browser))
    assert {page: found for page, found in pages.items() if found} == {}, scheme


def _opaque_edge_contrasts(image: QImage, background: QColor) -> list[float]:
    """The contrast to ``background`` of each fully opaque pixel on the icon's outline (next to a
    transparent or half-transparent one): what draws its shape."""
    width, height = image.width(), image.height()

    def alpha(x: int, y: int) -> int:
        return image.pixelColor(x, y).alpha() if 0 <= x < width and 0 <= y < height else 0

    out = []
    for y in range(height):
        for x in range(width):
            if alpha(x, y) == 255 and min(alpha(x + dx, y + dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))) < 128:
                out.append(ratio(image.pixelColor(x, y), background))
    return out


def test_every_icon_stands_out_3_to_1_on_the_window(qapp: QApplication, scheme: str) -> None:
    palette = qapp.palette()
    faint = {}
    for name in ICONS:
        image = icon(name).pixmap(QSize(48, 48)).toImage().convertToFormat(QImage.Format.Format_ARGB32)
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            edges = _opaque_edge_contrasts(image, palette.color(role))
            assert edges, name
            share = sum(r >= MARKS for r in edges) / len(edges)
            if share < 0.75:
                faint[f"{name} on {role.name}"] = round(share, 2)
    assert faint == {}, scheme


def _line_contrasts(image: QImage, lines: int, left: int = 28) -> list[float]:
    """For each of ``lines`` equal horizontal bands of a painted row (after its icon column): the
    contrast of its most contrasting pixel to the row's background (its most common colour)."""
    counts: dict[int, int] = {}
    for y in range(image.height()):
        for x in range(image.width()):
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
    background = QColor.fromRgb(max(counts, key=lambda c: counts[c]))
    band = image.height() // lines
    out = []
    for n in range(lines):
        best = 1.0
        for y in range(n * band, (n + 1) * band):
            for x in range(left, image.width()):
                best = max(best, ratio(QColor.fromRgb(image.pixel(x, y)), background))
        out.append(best)
    return out


def test_search_results_title_meta_and_snippet_read_at_4_5(
    qtbot: QtBot, scheme: str, make_window: WindowFactory
) -> None:
    window = make_window()
    view = window.results_view
    font = QFont(view.font())
    font.setPixelSize(22)  # strokes wide enough to have fully covered pixels to measure
    view.list.setFont(font)
    window.searcher.run("Rajin")
    qtbot.waitUntil(lambda: window.results_model.rowCount() > 0)
    window.tabs.setCurrentWidget(view)
    view.list.resize(700, 400)
    model = view.list.model()
    for row, selected in ((0, False), (0, True)):
        index = model.index(row, 0)
        view.list.selectionModel().clearSelection()
        if selected:
            view.list.setCurrentIndex(index)
        rect = view.list.visualRect(index)
        image = view.list.viewport().grab(rect).toImage().convertToFormat(QImage.Format.Format_RGB32)
        lines = _line_contrasts(image, 3)
        assert min(lines) >= TEXT, (scheme, selected, [round(r, 2) for r in lines])


def test_a_vanished_bookmark_reads_at_4_5_and_says_so_in_words(scheme: str, make_window: WindowFactory) -> None:
    store = open_user_store()
    store.add_bookmark("vanished", "A vanished entry")
    store.close()
    window = make_window()
    model = window.bookmarks_model
    rows = [model.index(n, 0) for n in range(model.rowCount())]
    gone = [i for i in rows if "(no longer in the content)" in str(i.data())]
    assert gone
    brush = gone[0].data(Qt.ItemDataRole.ForegroundRole)
    base = window.palette().color(QPalette.ColorRole.Base)
    assert ratio(brush.color(), base) >= TEXT, (scheme, brush.color().name(), base.name())


def test_a_palette_change_while_running_re_renders_the_entry_and_the_icons(
    qtbot: QtBot, qapp: QApplication, make_window: WindowFactory
) -> None:
    before = QPalette(qapp.palette())
    window = make_window()
    window.navigator.open("forum-1")
    light_icon = window.detail.copy_button.icon().pixmap(QSize(32, 32)).toImage()
    try:
        qapp.setPalette(dark_palette())
        qtbot.wait(10)
        assert low(text_contrasts(window.detail.browser)) == []
        dark_icon = window.detail.copy_button.icon().pixmap(QSize(32, 32)).toImage()
        assert dark_icon != light_icon
        window_colour = qapp.palette().color(QPalette.ColorRole.Window)
        edges = _opaque_edge_contrasts(dark_icon.convertToFormat(QImage.Format.Format_ARGB32), window_colour)
        assert sum(r >= MARKS for r in edges) / len(edges) >= 0.75
    finally:
        qapp.setPalette(before)
    assert low(text_contrasts(window.detail.browser)) == []


def _region_contrast(image: QImage, rect: QRect) -> float:
    """The contrast of the most contrasting pixel in ``rect`` to the most common colour there."""
    part = image.copy(rect)
    return _line_contrasts(part, 1, left=0)[0]


def test_timeline_counts_and_the_selected_label_read_at_4_5(qtbot: QtBot, scheme: str) -> None:
    view = TimelineView()
    qtbot.add_widget(view)
    font = QFont(view.font())
    font.setPixelSize(20)
    view.setFont(font)
    view.resize(1000, 400)
    view.show()
    qtbot.waitExposed(view)
    view.set_events(
        [ev("a", "2016-03-01", title="First"), ev("b", "2018-06-01", title="Second"), ev("c", "2021-06-01")]
    )
    view.set_current("b")
    image = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    lane = view.frame().lanes[0]
    line = view.fontMetrics().height()
    gutter = int(view.plot_rect().left())
    count = QRect(0, int(lane.top) + 6 + line, gutter, line)
    item = view.frame().item("b")
    assert item is not None and item.label and item.label_x > item.x0  # after its mark, on the selection
    label = QRect(int(item.label_x), int(item.y0), int(item.label_width), int(item.y1 - item.y0))
    found = {"count": _region_contrast(image, count), "selected label": _region_contrast(image, label)}
    assert min(found.values()) >= TEXT, (scheme, {k: round(v, 2) for k, v in found.items()})


def test_placeholder_text_and_selected_rows_read_at_4_5_in_the_window(scheme: str, make_window: WindowFactory) -> None:
    window = make_window()
    found = {}
    for name, widget in (("search field", window.search_bar.field), ("tree", window.tree)):
        palette = widget.palette()
        base = palette.color(QPalette.ColorRole.Base)
        found[f"{name} placeholder"] = ratio(over(palette.color(QPalette.ColorRole.PlaceholderText), base), base)
        found[f"{name} selection"] = ratio(
            palette.color(QPalette.ColorRole.HighlightedText), palette.color(QPalette.ColorRole.Highlight)
        )
    assert min(found.values()) >= TEXT, (scheme, {k: round(v, 2) for k, v in found.items()})


class _IconsOnButtons(QProxyStyle):
    """The style as X11 desktops without a theme have it: icons on dialog buttons."""

    def styleHint(self, hint: QStyle.StyleHint, *args: object) -> int:  # type: ignore[override]
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return int(super().styleHint(hint, *args))  # type: ignore[arg-type]


def test_a_dialog_close_button_icon_stands_out_where_the_style_shows_one(qtbot: QtBot, scheme: str) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    qtbot.add_widget(box)
    style = _IconsOnButtons()
    box.setStyle(style)
    close_button(box)
    button = box.button(QDialogButtonBox.StandardButton.Close)
    image = button.icon().pixmap(QSize(48, 48)).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    edges = _opaque_edge_contrasts(image, button.palette().color(QPalette.ColorRole.Button))
    assert edges and sum(r >= MARKS for r in edges) / len(edges) >= 0.75, scheme


def _row_background(view: QWidget, rect: QRect) -> QColor:
    """The most common colour of a painted row: its background."""
    image = view.grab(rect).toImage().convertToFormat(QImage.Format.Format_RGB32)
    counts: dict[int, int] = {}
    for y in range(image.height()):
        for x in range(image.width()):
            counts[image.pixel(x, y)] = counts.get(image.pixel(x, y), 0) + 1
    return QColor.fromRgb(max(counts, key=lambda c: counts[c]))


def test_the_results_current_row_stands_out_3_to_1_focused_or_not(
    qtbot: QtBot, scheme: str, make_window: WindowFactory
) -> None:
    window = make_window()
    window.searcher.run("Rajin")
    qtbot.waitUntil(lambda: window.results_model.rowCount() > 0)
    window.search_bar.field.setFocus()
    qtbot.keyClick(window.search_bar.field, Qt.Key.Key_Down)  # to the results, on their first row
    view = window.results_view.list
    qtbot.waitUntil(view.hasFocus)
    index = view.currentIndex()
    assert index.isValid()
    base = view.palette().color(QPalette.ColorRole.Base)
    focused = _row_background(view.viewport(), view.visualRect(index))
    window.search_bar.field.setFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    unfocused = _row_background(view.viewport(), view.visualRect(index))
    measured = {"focused": round(ratio(focused, base), 2), "unfocused": round(ratio(unfocused, base), 2)}
    assert min(measured.values()) >= MARKS, (scheme, measured, focused.name(), unfocused.name(), base.name())
