"""Every way of locking, in every state the app can be in (issue 10 §2).

Triggers: Ctrl+L, the menu's Vergrendelen, F12, idle auto-lock, Ctrl+Q, closing the window,
and the vault failing underneath a background job. States: a dossier open, co-sign mode open,
left, or signed, a modal dialog (and one in a nested event loop), a background import halfway
through its transaction, and an unsaved draft. After each: the vault is closed, no window shows
anything of a dossier, no menu action that reaches dossiers is enabled, and unlocking works again.
"""

from __future__ import annotations

import datetime as dt
import shutil
import threading

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QThreadPool, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from desktop.demo import WORKER, demo_dossiers
from desktop.ui.dossier_screen import DossierScreen
from desktop.ui.signing_screen import SigningScreen
from desktop.ui.worker import run_in_background
from desktop.vault import KdfParams, Vault
from desktop.vault.exchange import export_bundle, own_public_key, trust_key
from exports.bundle import PublicKey
from forms import Goal, Participant, Trajectplan
from tests.conftest import PASSPHRASE
from tests.desktop.gui.conftest import unlock

# Actions that may stay enabled on the lock screen: none of them reaches a dossier.
ALLOWED_WHILE_LOCKED = {"quit", "panic", "shortcuts"}


# --- vaults ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    """A worker vault with Mira and her unsigned plan; a supervisor vault and a bundle for it."""
    root = tmp_path_factory.mktemp("lock-seeds")
    fast = KdfParams.fast_for_tests()
    worker, _ = Vault.create(root / "worker", PASSPHRASE, WORKER, kdf=fast)
    mira = Participant(roepnaam="Mira")
    start = dt.date.today() - dt.timedelta(days=2)
    plan = Trajectplan(participant_id=mira.id, worker=WORKER, date=start, horizon=start + dt.timedelta(days=180),
                       goals=[Goal(life_domain="huisvesting", text="Een eigen kamer met een huurcontract.",
                                   start=3, target=8, deadline=start + dt.timedelta(days=90), agreed=True)])
    worker.save_all([mira, plan, *[r for d in demo_dossiers()[:3] for r in d.records()]])
    supervisor, _ = Vault.create(root / "supervisor", PASSPHRASE, "Sam Super", "supervisor", kdf=fast)
    trust_key(worker, PublicKey.from_file(own_public_key(supervisor).to_file()), "supervisor")
    trust_key(supervisor, PublicKey.from_file(own_public_key(worker).to_file()), "begeleider")
    (root / "caseload.koers").write_bytes(export_bundle(worker, "Sam Super").data)
    worker.close()
    supervisor.close()
    return {"root": root, "mira": mira.id, "plan": plan.id}


def _copy(seeds, name, tmp_path):
    return shutil.copytree(seeds["root"] / name, tmp_path / name)


# --- states ----------------------------------------------------------------------------
def _drain():
    """Let queued callbacks and deferred deletes run, as the event loop would."""
    for _ in range(3):
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _draw(pad, y):
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(30, y))
    for x in range(40, 330, 10):
        QTest.mouseMove(pad, QPoint(x, y + (x // 10) % 7))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(330, y))


def _cosign(qtbot, session, seeds):
    session.workspace.open_dossier(seeds["mira"])
    screen = session.open_signing(seeds["plan"])
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow, timeout=2000)
    return screen


def _leave(qtbot, screen):
    screen.ask_unlock()
    qtbot.keyClicks(screen.secret, PASSPHRASE)
    with qtbot.waitSignal(screen.finished, timeout=5000):
        screen.try_unlock()
    _drain()


def state_dossier(qtbot, session, seeds):
    session.workspace.open_dossier(seeds["mira"])


def state_cosign_open(qtbot, session, seeds):
    _cosign(qtbot, session, seeds)


def state_cosign_left(qtbot, session, seeds):
    _leave(qtbot, _cosign(qtbot, session, seeds))
    session.window.activateWindow()


def state_cosign_signed(qtbot, session, seeds):
    screen = _cosign(qtbot, session, seeds)
    qtbot.mouseClick(screen.to_sign_button, Qt.MouseButton.LeftButton)
    for y in (60, 80):  # she signs, then the worker
        _draw(screen.pad, y)
        qtbot.mouseClick(screen.confirm_button, Qt.MouseButton.LeftButton)
    assert screen.pdf_button.isVisible()
    _leave(qtbot, screen)
    session.window.activateWindow()


def state_modal_dialog(qtbot, session, seeds):
    qtbot.mouseClick(session.workspace.caseload.new_button, Qt.MouseButton.LeftButton)
    dialog = QApplication.activeModalWidget()
    qtbot.keyClicks(dialog.roepnaam, "Nog niet bewaard")


def state_draft_unsaved(qtbot, session, seeds):
    dossier = session.workspace.open_dossier(seeds["mira"])
    dossier.tabs.setCurrentIndex(1)
    intake = dossier.intake
    for _ in range(2):
        qtbot.mouseClick(intake.next_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(intake.forms["intake"].inputs["help_request"], "Ik wil rust")


STATES = {"dossier": state_dossier, "cosign-open": state_cosign_open, "cosign-left": state_cosign_left,
          "cosign-signed": state_cosign_signed, "modal-dialog": state_modal_dialog,
          "draft-unsaved": state_draft_unsaved}


# --- triggers --------------------------------------------------------------------------
def _keyboard_target(session):
    """Where her keys go: the focused widget, else the active window, else the main window."""
    return QApplication.focusWidget() or QApplication.activeWindow() or session.window


def trigger_ctrl_l(qtbot, session):
    QTest.keyClick(_keyboard_target(session), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def trigger_menu(qtbot, session):
    session.window.actions["lock"].trigger()


def trigger_f12(qtbot, session):
    QTest.keyClick(_keyboard_target(session), Qt.Key.Key_F12)


def trigger_idle(qtbot, session):
    session.idle.set_timeout(30)
    qtbot.waitUntil(lambda: session.vault is None, timeout=3000)
    session.idle.set_timeout(600_000)  # not again right after the next unlock


def trigger_ctrl_q(qtbot, session):
    QTest.keyClick(_keyboard_target(session), Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)


def trigger_close_window(qtbot, session):
    session.window.close()


def trigger_background_error(qtbot, session):
    """A background job finds the vault file unreadable (a real SQLCipher error, not a made-up one)."""
    import sqlcipher3

    junk = session.folder.parent / "not-a-vault.db"
    junk.write_bytes(b"\x00garbage" * 4096)

    def job():
        with sqlcipher3.connect(str(junk)) as db:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()

    run_in_background(job, lambda _result: None)
    qtbot.waitUntil(lambda: session.vault is None, timeout=5000)
    dialog = session.crashes.dialog  # she is told, calmly; the dialog holds nothing of a dossier
    assert dialog.isVisible() and "vergrendeld" in " ".join(label.text() for label in dialog.findChildren(QLabel))
    dialog.accept()


TRIGGERS = {"ctrl-l": trigger_ctrl_l, "menu": trigger_menu, "f12": trigger_f12, "idle": trigger_idle,
            "ctrl-q": trigger_ctrl_q, "close": trigger_close_window, "background-error": trigger_background_error}


# --- what locked means -----------------------------------------------------------------
def assert_locked(session, vault: Vault, panic: bool = False):
    _drain()
    assert session.vault is None and session.workspace is None
    with pytest.raises(Exception):  # the connection is closed: the key is gone with it
        vault.db.execute("SELECT 1")
    window = session.window
    assert window.stack.currentWidget() is session.unlock_screen
    assert window.windowTitle() == "Vergrendeld"
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    assert shown == [], [type(w).__name__ for w in shown]
    assert not any(isinstance(w, SigningScreen) for w in QApplication.topLevelWidgets())
    assert window.findChildren(DossierScreen) == []
    enabled = {key for key, action in window.actions.items() if action.isEnabled() and action.isVisible()}
    assert enabled <= ALLOWED_WHILE_LOCKED, enabled
    if panic:
        assert window.isMinimized() or not window.isVisible()


@pytest.fixture
def quit_calls(monkeypatch):
    calls = []
    monkeypatch.setattr("desktop.ui.app.QApplication.quit", lambda *a: calls.append(1))
    return calls


@pytest.mark.parametrize("trigger", TRIGGERS)
@pytest.mark.parametrize("state", STATES)
def test_every_trigger_locks_in_every_state(qtbot, make_session, seeds, tmp_path, quit_calls, state, trigger):
    folder = _copy(seeds, "worker", tmp_path)
    session = make_session(folder)
    session.window.activateWindow()
    unlock(qtbot, session)
    vault = session.vault
    STATES[state](qtbot, session, seeds)
    TRIGGERS[trigger](qtbot, session)
    assert_locked(session, vault, panic=trigger == "f12")
    assert bool(quit_calls) == (trigger in ("ctrl-q", "close"))
    if trigger in ("ctrl-q", "close") or state not in ("draft-unsaved", "cosign-signed", "cosign-left"):
        return
    session.window.showNormal()
    unlock(qtbot, session)  # unlocking again works, and what was done before the lock is kept
    if state == "draft-unsaved":  # what she typed was kept and is offered back
        assert any(key.startswith("intake:") for key, _at, _body in session.vault.drafts())
        assert session.workspace.drafts_banner.isVisibleTo(session.workspace)
    if state == "cosign-signed":
        assert session.vault.get(seeds["plan"]).signatures


@pytest.mark.parametrize("trigger", TRIGGERS)
def test_a_trigger_inside_a_nested_modal_loop_locks(qtbot, make_session, seeds, tmp_path, quit_calls, trigger):
    """A dialog run with exec() (the plan tab's) has its own event loop; locking ends it."""
    folder = _copy(seeds, "worker", tmp_path)
    session = make_session(folder)
    session.window.activateWindow()
    unlock(qtbot, session)
    vault = session.vault
    dossier = session.workspace.open_dossier(seeds["mira"])
    dossier.tabs.setCurrentIndex(3)
    plan_tab = dossier.page("plan")
    fired = []

    def inside():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        fired.append(dialog)
        TRIGGERS[trigger](qtbot, session)

    QTimer.singleShot(50, inside)
    plan_tab.evaluate()  # returns once the lock closed its dialog
    assert fired
    assert_locked(session, vault, panic=trigger == "f12")


@pytest.mark.parametrize("trigger", TRIGGERS)
def test_locking_while_a_background_import_runs(qtbot, make_session, seeds, tmp_path, monkeypatch, quit_calls,
                                                 trigger):
    """The import stops at its next statement and rolls back; nothing half-merged is left."""
    import desktop.vault.exchange as exchange

    folder = _copy(seeds, "supervisor", tmp_path)
    entered, release = threading.Event(), threading.Event()
    real_log = exchange._log_import

    def slow_log(vault, bundle, report):  # inside the import's transaction
        entered.set()
        release.wait(10)
        real_log(vault, bundle, report)

    monkeypatch.setattr(exchange, "_log_import", slow_log)
    session = make_session(folder)
    session.window.activateWindow()
    unlock(qtbot, session)
    vault = session.vault
    session.window.show_supervisor()
    importer = session.supervisor_screens.import_screen
    importer.import_file(seeds["root"] / "caseload.koers")
    qtbot.waitUntil(entered.is_set, timeout=10_000)
    assert vault.participants() == []  # the screens' reads do not see the half-done import
    TRIGGERS[trigger](qtbot, session)
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    assert_locked(session, vault, panic=trigger == "f12")
    if trigger in ("ctrl-q", "close"):
        return
    session.window.showNormal()
    unlock(qtbot, session)
    assert session.vault.participants() == []  # all or nothing: here nothing


def test_on_the_lock_screen_the_dossier_actions_look_disabled(qtbot, make_session, locked_vault_dir):
    """Disabled was not enough: the style sheet painted disabled menu items like enabled ones."""
    from desktop.ui.style import apply_style

    app = QApplication.instance()
    before = (app.styleSheet(), app.palette(), app.font())
    apply_style(app)
    session = make_session(locked_vault_dir)
    menu = session.window.actions["new"].associatedObjects()[-1]
    menu.popup(session.window.mapToGlobal(QPoint(0, 0)))
    qtbot.waitExposed(menu)
    image = menu.grab().toImage()

    def darkest(key):
        rect = menu.actionGeometry(session.window.actions[key])
        return min(image.pixelColor(x, y).lightness() for x in range(rect.left(), rect.right())
                   for y in range(rect.top(), rect.bottom()))

    for key in ("new", "search", "caseload", "settings", "lock"):
        assert darkest(key) > darkest("quit") + 60, key
    menu.hide()
    app.setStyleSheet(before[0])
    app.setPalette(before[1])
    app.setFont(before[2])


def test_a_panic_during_unlocking_keeps_it_locked(qtbot, make_session, locked_vault_dir, monkeypatch):
    """F12 while the passphrase is being checked: the vault that unlock opens is closed unseen."""
    opened = []
    real_open = Vault.open

    def open_and_remember(folder, passphrase):
        vault = real_open(folder, passphrase)
        opened.append(vault)
        return vault

    session = make_session(locked_vault_dir)
    monkeypatch.setattr(session.unlock_screen, "_opener", open_and_remember)
    qtbot.keyClicks(session.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(session.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    session.window.actions["panic"].trigger()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    _drain()
    assert opened and session.vault is None and session.workspace is None
    with pytest.raises(Exception):
        opened[0].db.execute("SELECT 1")
    assert session.unlock_screen.unlock_button.isEnabled()  # ready for the next try
