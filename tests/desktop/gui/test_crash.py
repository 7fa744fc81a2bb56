"""The calm crash dialog and the diagnostic-log setting (issue 10 §7)."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel
from pydantic import ValidationError

from desktop.ui.crash import CrashDialog, CrashHandler
from forms import Participant
from tests.desktop.gui.conftest import unlock

SECRET = "Noor-van-de-Wallen"


def _error() -> ValidationError:
    try:
        Participant(roepnaam=SECRET, birth_year=SECRET)
    except ValidationError as error:
        return error
    raise AssertionError


def _texts(dialog: CrashDialog) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def test_an_uncaught_error_shows_one_calm_dialog_with_a_report_free_of_input(qtbot, capsys):
    handler = CrashHandler()
    error = _error()
    handler._hook(type(error), error, error.__traceback__)  # what sys.excepthook receives
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    dialog = handler.dialog
    text = _texts(dialog)
    assert "Er ging iets mis" in text and "veilig" in text and "beheerder" in text  # what, safe, what to do
    assert SECRET not in text and SECRET not in dialog.details.toPlainText()
    assert "ValidationError" in dialog.details.toPlainText() and not dialog.details.isVisible()
    qtbot.mouseClick(dialog.details_button, Qt.MouseButton.LeftButton)
    assert dialog.details.isVisible()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "test_crash.py" in copied and SECRET not in copied
    assert SECRET not in capsys.readouterr().err  # the terminal gets the same report, no message

    thread = threading.Thread(target=lambda: Participant(roepnaam=SECRET, birth_year=SECRET))
    thread_hook = threading.excepthook
    try:
        handler.install()
        thread.start()
        thread.join()
    finally:
        threading.excepthook, sys.excepthook = thread_hook, sys.__excepthook__
    qtbot.waitUntil(lambda: dialog.count == 2)
    assert handler.dialog is dialog and "2 keer" in _texts(dialog)  # folded in, not a second window
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()] == [dialog]
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: handler.dialog is None)


def test_the_setting_turns_the_diagnostic_log_on_and_off(qtbot, make_session, locked_vault_dir, tmp_path,
                                                         monkeypatch):
    monkeypatch.setenv("KOERS_LOG_DIR", str(tmp_path / "logs"))
    session = make_session(locked_vault_dir)
    unlock(qtbot, session)
    assert not (tmp_path / "logs").exists()  # off by default: not even a folder
    dialog = session.open_settings()
    assert not dialog.diagnostic_log.isChecked()
    box = dialog.diagnostic_log
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # on the tick box
    dialog.accept()
    session.lock()
    unlock(qtbot, session)
    logs = list((tmp_path / "logs").glob("koers-*.log"))
    assert len(logs) == 1 and "ontgrendeld" in logs[0].read_text("utf-8")
    session.apply_settings(session.settings.model_copy(update={"diagnostic_log": False}))
    size = logs[0].stat().st_size
    session.lock()
    assert logs[0].stat().st_size == size


def test_an_error_in_a_slot_reaches_the_dialog_through_the_installed_hook(qtbot):
    from PySide6.QtCore import QTimer

    handler = CrashHandler()
    hooks = sys.excepthook, threading.excepthook
    try:
        handler.install()
        QTimer.singleShot(0, lambda: Participant(roepnaam=SECRET, birth_year=SECRET))  # a slot that raises
        qtbot.waitUntil(lambda: handler.dialog is not None, timeout=3000)
    finally:
        sys.excepthook, threading.excepthook = hooks
    report = handler.dialog.details.toPlainText()
    assert SECRET not in report and "ValidationError" in report
    handler.dialog.accept()
