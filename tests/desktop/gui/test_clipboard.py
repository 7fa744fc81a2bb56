"""Dossier text copied in Koers does not outlive the lock (issue 17); text that was not Koers's stays."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QGuiApplication

from tests.desktop.gui.conftest import unlock


def _active(qtbot, session):
    session.window.activateWindow()
    qtbot.waitUntil(session.window.isActiveWindow, timeout=2000)


def test_what_koers_copied_is_cleared_when_the_vault_locks(qtbot, make_session, locked_vault_dir):
    session = make_session(locked_vault_dir)
    unlock(qtbot, session)
    _active(qtbot, session)
    search = session.workspace.caseload.search
    search.setFocus()
    qtbot.keyClicks(search, "Mira de Vries")
    search.selectAll()
    qtbot.keyClick(search, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "Mira de Vries"
    qtbot.wait(200)  # the search's own refresh (120 ms after typing) first
    session.lock()
    assert QGuiApplication.clipboard().text() == ""


def test_text_another_program_copied_is_left_alone(qtbot, make_session, locked_vault_dir, monkeypatch):
    session = make_session(locked_vault_dir)
    unlock(qtbot, session)
    monkeypatch.setattr(QGuiApplication, "applicationState", lambda: Qt.ApplicationState.ApplicationInactive)
    monkeypatch.setattr(QClipboard, "ownsClipboard", lambda _self: False)
    QGuiApplication.clipboard().setText("boodschappenlijst")  # as if another program had copied it
    session.lock()
    assert QGuiApplication.clipboard().text() == "boodschappenlijst"
    QGuiApplication.clipboard().clear()
