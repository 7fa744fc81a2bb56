"""Wiring a newcomer can follow (issue 10 §7): named menu slots, supervisor screens held by the
session, and a rebuild (language change) that connects every signal exactly once."""

from __future__ import annotations

from PySide6.QtCore import SIGNAL, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.ui.main_window import MainWindow
from desktop.ui.supervisor.import_screen import ImportScreen
from desktop.vault import KdfParams, Vault
from forms import Participant
from tests.conftest import PASSPHRASE
from tests.desktop.gui.conftest import unlock

WINDOW_SIGNALS = ("lock_requested()", "panic_requested()", "settings_requested()", "quit_requested()")


def _receivers(obj, *signatures: str) -> list[int]:
    return [obj.receivers(SIGNAL(signature)) for signature in signatures]


def test_rebuild_connects_each_signal_once_and_keeps_the_dossier(qtbot, make_session, locked_vault_dir):
    vault = Vault.open(locked_vault_dir, PASSPHRASE)
    mira = Participant(roepnaam="Mira")
    vault.save(mira)
    vault.close()
    session = make_session(locked_vault_dir)
    unlock(qtbot, session)
    session.workspace.open_dossier(mira.id)
    before = _receivers(session.window, *WINDOW_SIGNALS)
    for language in ("en", "nl", "en"):
        session.apply_settings(session.settings.model_copy(update={"language": language}))
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window, workspace = session.window, session.workspace
    assert _receivers(window, *WINDOW_SIGNALS) == before == [1, 1, 1, 1]
    fresh = MainWindow()  # Qt itself listens to each action once too
    triggered = {key: action.receivers(SIGNAL("triggered(bool)")) for key, action in window.actions.items()}
    expected = {key: action.receivers(SIGNAL("triggered(bool)")) for key, action in fresh.actions.items()}
    expected |= {key: expected["settings"] for key in ("passphrase", "backups", "instruments", "verify_pdf",
                                                       "import_caseload")}  # Session adds
    assert triggered == expected
    fresh.deleteLater()
    assert _receivers(workspace, "sign_requested(PyObject)", "title_changed(QString)") == [1, 1]
    assert _receivers(session.events, "changed(PyObject)") == [3]  # the caseload, its agenda and the open dossier
    assert _receivers(session.idle, "idle()") == [1]
    assert workspace.dossier.participant_id == mira.id and window.windowTitle() != ""
    session.window.actions["lock"].trigger()
    assert session.vault is None
    session.apply_settings(session.settings.model_copy(update={"language": "nl"}))  # a rebuild while locked
    assert session.window.stack.currentWidget() is session.unlock_screen
    unlock(qtbot, session)


def test_menu_actions_reach_the_caseload_from_any_page(qtbot, vault_dir, make_session):
    Vault.create(vault_dir, PASSPHRASE, "Fatima", role="supervisor", kdf=KdfParams.fast_for_tests())[0].close()
    session = make_session(vault_dir)
    unlock(qtbot, session)
    window = session.window
    assert not hasattr(window, "supervisor_screens")  # the session holds them, not the window
    assert isinstance(session.supervisor_screens.import_screen, ImportScreen)
    window.actions["supervisor"].trigger()
    assert window.stack.currentWidget() is window.supervisor
    window.actions["new"].trigger()  # was a getattr on the current page: nothing happened here
    dialog = QApplication.activeModalWidget()
    assert window.stack.currentWidget() is session.workspace and dialog is not None
    dialog.reject()
    window.actions["supervisor"].trigger()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is session.workspace.caseload.search
