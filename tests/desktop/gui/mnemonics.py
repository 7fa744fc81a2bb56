"""Alt-key clashes: two visible things in one window (or one menu) with the same underlined letter.
Alt+letter then only moves between them instead of pressing one ("Sign t&ogether" beside
"&Overview" in English, issue 17). Used by the layout walk, so every screen it visits is checked
in Dutch, English and the pseudo-translation.

    mnemonic_clashes(window)  -> ["'o': Sign t&ogether (QPushButton), &Overview (tab)", ...]
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QMenuBar, QTabBar, QWidget


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand), lower case."""
    index = 0
    while (index := text.find("&", index)) >= 0 and index + 1 < len(text):
        if text[index + 1] != "&":
            return text[index + 1].lower()
        index += 2
    return None


def _texts(widget: QWidget) -> list[tuple[str, str]]:
    """(text, what) pairs whose mnemonic acts in widget's window."""
    if isinstance(widget, QAbstractButton):
        return [(widget.text(), type(widget).__name__)]
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        return [(widget.text(), "label")]
    if isinstance(widget, QGroupBox):
        return [(widget.title(), "group")]
    if isinstance(widget, QTabBar):
        return [(widget.tabText(i), "tab") for i in range(widget.count()) if widget.isTabVisible(i)]
    if isinstance(widget, QMenuBar):
        return [(a.text(), "menu") for a in widget.actions() if a.isVisible()]
    return []


def _clashes(items: list[tuple[str, str]]) -> list[str]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text, what in items:
        if (letter := mnemonic(text)) is not None:
            by_letter[letter].append(f"{text.partition(chr(9))[0]} ({what})")
    return [f"Alt+{letter.upper()}: {', '.join(names)}" for letter, names in sorted(by_letter.items())
            if len(names) > 1]


def mnemonic_clashes(window: QWidget) -> list[str]:
    """Clashes among the visible widgets of `window` (its own, not child windows'), and within
    each of its menus."""
    items = [pair for widget in window.findChildren(QWidget)
             if widget.window() is window and widget.isVisibleTo(window) for pair in _texts(widget)]
    found = _clashes(items)
    for menu in window.findChildren(QMenu):
        actions = [(a.text(), "menu item") for a in menu.actions()
                   if a.isVisible() and not a.isSeparator() and a.text()]
        found += [f"menu {menu.title().replace('&', '')}: {clash}" for clash in _clashes(actions)]
    return found
