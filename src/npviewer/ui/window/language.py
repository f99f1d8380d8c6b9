"""What the window does when the interface language changes, beyond what its parts do themselves.

Every widget sets its own texts again on Qt's ``LanguageChange`` event; the window then names its own
parts, its actions and the content in the new language (Korean names of regions, places, programmes
and bodies) and shows it again where it is: the tree keeps its open branches and selection, the entry
on show, the search and its results, the bookmarks and the timeline stay as they were
(:meth:`MainWindow.retranslate <npviewer.ui.window.main_window.MainWindow.retranslate>`). Qt's own
buttons are named here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QWidget

from npviewer.i18n import translate


def retranslate_qt_buttons(window: QWidget) -> None:
    """Qt names its docks' and tab bars' own buttons when it makes them, and not again on a language
    change: name them in the new language (in Qt's own words, from its catalogue's contexts)."""
    names = {
        "qt_dockwidget_closebutton": (
            translate("QDockWidget", "Close"),
            translate("QDockWidget", "Closes the dock widget"),
        ),
        "qt_dockwidget_floatbutton": (
            translate("QDockWidget", "Float"),
            translate("QDockWidget", "Undocks and re-attaches the dock widget"),
        ),
        "ScrollLeftButton": (translate("QTabBar", "Scroll Left"), ""),
        "ScrollRightButton": (translate("QTabBar", "Scroll Right"), ""),
    }
    for button in window.findChildren(QAbstractButton):
        name = names.get(button.objectName())
        if name is not None:
            button.setAccessibleName(name[0])
            if name[1]:
                button.setAccessibleDescription(name[1])
