"""One Koers per vault (issue 10 §2): a second launch says so and brings the first window forward."""

from __future__ import annotations

import platform
import subprocess
import sys

from desktop.ui.single_instance import LOCK_FILE, SingleInstance


def test_a_second_koers_on_the_same_vault_brings_the_first_forward(qtbot, tmp_path):
    first, second = SingleInstance(tmp_path), SingleInstance(tmp_path)
    assert first.acquire()
    assert not second.acquire()
    with qtbot.waitSignal(first.raise_requested, timeout=3000):
        second.nudge()
    first.release()
    assert second.acquire()
    second.release()


def test_a_lock_left_by_a_crashed_koers_is_taken_over(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    (tmp_path / LOCK_FILE).write_text(f"{dead.stdout.strip()}\n{sys.executable}\n{platform.node()}\n")
    instance = SingleInstance(tmp_path)
    assert instance.acquire()
    instance.release()


def test_the_second_launch_says_so_and_the_first_window_comes_forward(qtbot, make_session, locked_vault_dir,
                                                                      monkeypatch):
    from desktop.ui import app

    session = make_session(locked_vault_dir)
    running = SingleInstance(locked_vault_dir)
    assert running.acquire()
    running.raise_requested.connect(session.bring_forward)
    session.window.showMinimized()
    said = []
    monkeypatch.setattr(app.QMessageBox, "information", lambda parent, title, text: said.append(text))
    assert app.main(locked_vault_dir) == 1
    assert said and "al geopend" in said[0]
    qtbot.waitUntil(lambda: not session.window.isMinimized(), timeout=3000)
    running.release()
