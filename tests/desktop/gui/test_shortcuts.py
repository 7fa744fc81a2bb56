"""F1 lists every shortcut the window's actions have, read from the actions themselves, so a new
menu item with a key cannot be left out (issue 17: Ctrl+I, Ctrl+Shift+P and Ctrl+Shift+B were)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.ui.main_window import ShortcutsDialog
from tests.desktop.gui.conftest import unlock


def _listed(qtbot, window) -> str:
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    return dialog.table.text()


def test_every_action_key_is_listed_for_a_worker(qtbot, make_session, locked_vault_dir):
    session = make_session(locked_vault_dir)
    unlock(qtbot, session)
    text = _listed(qtbot, session.window)
    keys = {a.shortcut().toString(QKeySequence.SequenceFormat.NativeText) for a in QWidget.actions(session.window)} - {""}
    assert {"Ctrl+I", "Ctrl+Shift+P", "Ctrl+Shift+B", "Ctrl+Shift+E", "Ctrl+Shift+M", "Ctrl+K", "F12"} <= keys
    for key in keys:
        assert f"<b>{key}</b>" in text, f"{key} is missing from the F1 list"
    assert "Caseload inlezen" in text and "Wachtwoord wijzigen" in text and "&amp;" not in text
    assert "<b>Ctrl+N</b>" in text  # owned by a button, named on the menu item
    assert "<b>Ctrl+S</b>" in text  # keys inside screens are listed too


def test_a_new_action_is_listed_without_touching_the_list(qtbot, make_session, locked_vault_dir):
    session = make_session(locked_vault_dir)
    action = QAction("&Iets nieuws…", session.window, shortcut=QKeySequence("Ctrl+Shift+F9"))
    session.window.addAction(action)
    assert "<b>Ctrl+Shift+F9</b>" in _listed(qtbot, session.window)
    assert "Iets nieuws" in _listed(qtbot, session.window)
