"""Fixtures for driving the real Koers window offscreen (pytest-qt)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.settings import Settings  # noqa: E402
from desktop.vault import KdfParams, Vault  # noqa: E402
from tests.conftest import PASSPHRASE, WORKER  # noqa: E402


@pytest.fixture
def settings_file(tmp_path):
    return tmp_path / "settings.json"


@pytest.fixture
def make_session(qtbot, settings_file):
    """make_session(folder, **settings) -> a Session with its window shown; locked at teardown."""
    from desktop.ui.app import Session, make_qapp

    made = []

    def make(folder, **settings):
        make_qapp()
        session = Session(folder, Settings(**settings), settings_file, KdfParams.fast_for_tests())
        qtbot.addWidget(session.window)
        session.window.show()
        made.append(session)
        return session

    yield make
    for session in made:
        session.lock()
        session.deleteLater()  # its application-wide key and idle filters go with it


@pytest.fixture
def locked_vault_dir(vault_dir):
    """A fast-KDF vault on disk, closed, with nobody in it."""
    vault, _code = Vault.create(vault_dir, PASSPHRASE, WORKER, kdf=KdfParams.fast_for_tests())
    vault.close()
    return vault_dir


def unlock(qtbot, session, passphrase=PASSPHRASE):
    """Type the passphrase into the unlock screen and wait for the workspace."""
    qtbot.keyClicks(session.unlock_screen.passphrase, passphrase)
    qtbot.mouseClick(session.unlock_screen.unlock_button, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.workspace is not None, timeout=5000)
    return session.workspace
