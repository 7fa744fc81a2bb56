"""The app driven through its real widgets: first run, unlock, new participant, intake, locking."""

from __future__ import annotations


from PySide6.QtCore import QEventLoop, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.ui.main_window import shortcut_list
from desktop.vault import Vault
from forms import Participant
from tests.conftest import PASSPHRASE
from tests.desktop.gui.conftest import unlock

LEFT = Qt.MouseButton.LeftButton
STRONG = "zonnige kat rent snel"


def test_first_run_creates_the_vault_after_the_recovery_code_is_retyped(qtbot, make_session, vault_dir):
    session = make_session(vault_dir)
    screen = session.first_run
    assert session.window.windowTitle() == "Eerste start"
    qtbot.keyClicks(screen.name, "Sanne de Vries")
    screen.next_step()
    qtbot.keyClicks(screen.passphrase, "kort")
    qtbot.keyClicks(screen.repeat, "kort")
    screen.next_step()
    assert screen.error.isVisibleTo(screen) and "te zwak" in screen.error.text()
    assert screen.meter.verdict.text().startswith("Sterkte: Zwak")
    screen.passphrase.setText(STRONG)
    screen.repeat.setText(STRONG)
    screen.next_step()
    qtbot.waitUntil(lambda: screen.code_label.text() != "", timeout=5000)
    group = screen.code_label.text().split("-")[screen.flow.check_group]
    qtbot.keyClicks(screen.check, "XXXX")
    screen.next_step()
    assert "komen niet overeen" in screen.error.text() and session.workspace is None
    screen.check.clear()
    qtbot.keyClicks(screen.check, group)
    qtbot.keyClick(screen.check, Qt.Key.Key_Return)
    assert session.workspace is not None and session.vault.worker_name == "Sanne de Vries"
    assert session.window.windowTitle() == "Deelnemers"
    session.lock()
    Vault.open(vault_dir, STRONG).close()


def test_unlock_refuses_a_wrong_passphrase_then_opens(qtbot, make_session, locked_vault_dir):
    session = make_session(locked_vault_dir)
    assert session.window.windowTitle() == "Vergrendeld"
    screen = session.unlock_screen
    qtbot.keyClicks(screen.passphrase, "niet het goede")
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.error.isVisibleTo(screen), timeout=5000)
    assert "past niet" in screen.error.text() and session.vault is None
    screen.passphrase.clear()
    unlock(qtbot, session)
    assert session.vault is not None


def test_new_participant_needs_only_a_roepnaam_and_never_shows_it_in_the_title(qtbot, make_session, locked_vault_dir):
    session = make_session(locked_vault_dir)
    workspace = unlock(qtbot, session)
    qtbot.mouseClick(workspace.caseload.new_button, LEFT)
    dialog = QApplication.activeModalWidget()
    dialog.add()
    assert "Roepnaam" in dialog.error.text()
    qtbot.keyClicks(dialog.roepnaam, "Noor")
    dialog.add()
    qtbot.waitUntil(lambda: workspace.dossier is not None)
    assert [p.roepnaam for p in session.vault.participants()] == ["Noor"]
    assert workspace.dossier.name.text() == "Noor"
    assert "Noor" not in session.window.windowTitle()
    assert session.vault.dossier(workspace.dossier.participant_id).phase == "aanmelding"


def test_search_as_you_type_and_phase_filter(qtbot, make_session, locked_vault_dir):
    vault = Vault.open(locked_vault_dir, PASSPHRASE)
    vault.save_all([Participant(roepnaam=n) for n in ("Ioana", "Ilse", "Mirjam")])
    vault.close()
    session = make_session(locked_vault_dir)
    caseload = unlock(qtbot, session).caseload
    assert caseload.model.rowCount() == 3
    qtbot.keyClicks(caseload.search, "i")
    qtbot.waitUntil(lambda: caseload.model.rowCount() == 2)
    qtbot.keyClicks(caseload.search, "o")
    qtbot.waitUntil(lambda: caseload.model.rowCount() == 1)
    caseload.search.clear()
    caseload.phase.setCurrentIndex(caseload.phase.findData("nazorg"))
    qtbot.waitUntil(lambda: caseload.model.rowCount() == 0)


def test_intake_validation_error_is_shown_at_the_field_and_corrected(qtbot, make_session, locked_vault_dir):
    vault = Vault.open(locked_vault_dir, PASSPHRASE)
    mila = Participant(roepnaam="Mila")
    vault.save(mila)
    vault.close()
    session = make_session(locked_vault_dir)
    workspace = unlock(qtbot, session)
    dossier = workspace.open_dossier(mila.id)
    dossier.tabs.setCurrentIndex(1)
    intake = dossier.intake
    form = intake.forms["deelnemer"]
    qtbot.keyClicks(form.inputs["birth_year"], "1850")
    qtbot.mouseClick(intake.next_button, LEFT)
    assert intake.flow.step == "deelnemer"
    assert form.errors["birth_year"].isVisibleTo(form)
    assert form.errors["birth_year"].text().startswith("Geboortejaar: moet tussen 1900 en")
    form.inputs["birth_year"].clear()
    qtbot.keyClicks(form.inputs["birth_year"], "1990")
    qtbot.mouseClick(intake.next_button, LEFT)
    assert not form.errors["birth_year"].isVisibleTo(form) and intake.flow.step == "aanmelding"
    qtbot.mouseClick(intake.next_button, LEFT)
    work = intake.forms["intake"]
    raam = work.inputs["work_settings"].boxes["raam"]
    qtbot.mouseClick(raam, LEFT, pos=QPoint(8, raam.height() // 2))  # on the tick box itself
    work.inputs["work_settings"].boxes["online"].setChecked(True)
    qtbot.keyClicks(work.inputs["help_request"], "Ik wil een eigen kamer")
    qtbot.mouseClick(intake.save_button, LEFT)
    stored = session.vault.dossier(mila.id)
    assert stored.participant.birth_year == 1990
    assert stored.intakes[0].work_settings == ["raam", "online"]
    assert stored.intakes[0].help_request == "Ik wil een eigen kamer"
    assert session.vault.drafts() == []


def test_auto_lock_after_a_short_idle_setting(qtbot, make_session, locked_vault_dir):
    session = make_session(locked_vault_dir, autolock_minutes=0.005)  # 0.3 s
    unlock(qtbot, session)
    qtbot.waitUntil(lambda: session.vault is None, timeout=3000)
    assert session.window.stack.currentWidget() is session.unlock_screen
    assert session.window.windowTitle() == "Vergrendeld"


def test_ctrl_l_locks_and_the_panic_key_hides_every_window(qtbot, make_session, locked_vault_dir):
    session = make_session(locked_vault_dir)
    unlock(qtbot, session)
    session.window.actions["lock"].trigger()
    assert session.vault is None and session.window.actions["lock"].shortcut().toString() == "Ctrl+L"
    unlock(qtbot, session)
    settings = session.open_settings()
    assert settings.isVisible()
    session.window.actions["panic"].trigger()
    assert session.vault is None and not settings.isVisible()
    assert session.window.isMinimized() or not session.window.isVisible()


def test_a_supervisor_gets_her_screens_and_loses_them_on_lock(qtbot, make_session, vault_dir):
    from desktop.vault import KdfParams

    Vault.create(vault_dir, PASSPHRASE, "Fatima", role="supervisor", kdf=KdfParams.fast_for_tests())[0].close()
    session = make_session(vault_dir)
    unlock(qtbot, session)
    assert session.window.actions["supervisor"].isVisible()
    titles = [session.window.supervisor.tabText(i) for i in range(session.window.supervisor.count())]
    assert titles == ["Bundel inlezen", "Caseload per begeleider", "Conflicten", "Rapportage", "Sociale kaart"]
    # She lands on Supervisie, not on a new participant; Ctrl+Shift+S brings her back there.
    assert session.window.stack.currentWidget() is session.window.supervisor
    assert session.window.actions["supervisor"].shortcut().toString() == "Ctrl+Shift+S"
    assert "Ctrl+Shift+S" in [key for key, _text in shortcut_list(session.window)]
    session.window.show_workspace()
    session.window.actions["supervisor"].trigger()
    assert session.window.stack.currentWidget() is session.window.supervisor
    session.lock()
    assert session.window.supervisor.count() == 0 and not session.window.actions["supervisor"].isVisible()


def test_locking_right_after_typing_a_search_runs_no_search_on_the_closed_vault(qtbot, make_session, locked_vault_dir):
    """The lock comes while a loop of its own is still running (a modal question, a message): the
    screens are deleted only after it, so the search's 120 ms pause must not end on the closed vault."""
    session = make_session(locked_vault_dir)
    caseload = unlock(qtbot, session).caseload
    qtbot.keyClicks(caseload.search, "Io")

    def lock_inside_a_modal_loop():
        qtbot.keyClick(session.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # within the pause
        loop = QEventLoop()
        QTimer.singleShot(400, loop.quit)  # past the pause: a search on the closed vault would raise here
        loop.exec()

    QTimer.singleShot(0, lock_inside_a_modal_loop)
    qtbot.wait(600)  # pytest-qt fails the test on an error raised in a Qt callback
    assert session.vault is None and session.window.stack.currentWidget() is session.unlock_screen


def test_the_strength_meter_says_nothing_until_something_is_typed(qtbot, make_session, vault_dir):
    session = make_session(vault_dir)
    screen = session.first_run
    meter = screen.meter
    assert meter.verdict.text() == "" and meter.tips.text() == "" and meter.bar.value() == 0
    qtbot.keyClicks(screen.passphrase, "k")
    assert meter.verdict.text().startswith("Sterkte: ")
    screen.passphrase.clear()
    assert meter.verdict.text() == "" and meter.bar.accessibleDescription() == ""


def shown_title(widget) -> str:
    """The title the window manager gets: Qt appends " — " and the app's display name unless the
    window's own title already ends with it (QPlatformWindow::formatWindowTitle)."""
    title, name = widget.windowTitle(), QApplication.applicationDisplayName()
    return title if not name or title.endswith(name) else f"{title} \N{EM DASH} {name}"


def test_window_titles_say_koers_once(qtbot, make_session, locked_vault_dir):
    from desktop.ui.crash import CrashDialog

    session = make_session(locked_vault_dir)
    assert shown_title(session.window) == "Vergrendeld — Koers"
    unlock(qtbot, session)
    assert shown_title(session.window) == "Deelnemers — Koers"
    crash = CrashDialog(RuntimeError("x"), parent=session.window)
    assert shown_title(crash).count("Koers") == 1
