"""A worker's new laptop and the emergency key, in *Sleutels* (Ctrl+K), between real vaults: the
old laptop introduces the new key, the supervisor takes the introduction and the new key owns the
dossiers; the age identity is saved only after the passphrase again; hostile files are refused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.ui.key_moves import AcceptIntroductionDialog, IdentityDialog, IntroduceDialog
from desktop.ui.keys_screen import KeysScreen
from desktop.vault.trust import key_entries, own_public_key, trust_key
from exports.bundle import PublicKey
from tests.conftest import PASSPHRASE
from tests.desktop.gui.test_supervisor import _vault


@pytest.fixture
def laptops(tmp_path):
    """(old worker vault, new worker vault, supervisor vault trusting the old one)."""
    old = _vault(tmp_path / "oud", "Fleur", "begeleider")
    new = _vault(tmp_path / "nieuw", "Fleur", "begeleider")
    supervisor = _vault(tmp_path / "s", "Sam Super", "supervisor")
    trust_key(supervisor, PublicKey.from_file(own_public_key(old).to_file()), "begeleider")
    yield old, new, supervisor
    for vault in (old, new, supervisor):
        vault.close()


def _keys(qtbot, vault) -> KeysScreen:
    screen = KeysScreen(vault)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def _files(monkeypatch, opened=None, saved=None):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(opened), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(saved), ""))


def _click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_the_old_laptop_introduces_the_new_key_and_the_supervisor_accepts_it(qtbot, laptops, tmp_path, monkeypatch):
    old, new, supervisor = laptops
    key_file, intro = tmp_path / "nieuw.pub", tmp_path / "intro.json"
    key_file.write_bytes(own_public_key(new).to_file())
    _files(monkeypatch, key_file, intro)
    screen = _keys(qtbot, old)
    _click(qtbot, screen.introduce_button)
    dialog = screen.moves
    assert isinstance(dialog, IntroduceDialog)
    _click(qtbot, dialog.open_button)
    assert dialog.fingerprint.text() == "   ".join(own_public_key(new).fingerprint.split("-"))
    assert not dialog.ok.isEnabled()  # not before she compared
    dialog.matches.setChecked(True)
    _click(qtbot, dialog.ok)
    assert intro.is_file() and "Geef dit bestand aan je leidinggevende" in dialog.status.text()

    _files(monkeypatch, intro)
    screen = _keys(qtbot, supervisor)
    _click(qtbot, screen.accept_button)
    accept = screen.moves
    assert isinstance(accept, AcceptIntroductionDialog)
    _click(qtbot, accept.open_button)
    assert accept.who.text() == "Fleur (begeleider)" and accept.ok.isEnabled()
    _click(qtbot, accept.ok)
    assert "de oude sleutel is ingetrokken" in screen.status.text()
    status = {e.key.fingerprint: e.revoked_at is None for e in key_entries(supervisor)}
    assert status == {own_public_key(new).fingerprint: True, own_public_key(old).fingerprint: False}


def test_a_forged_or_hostile_introduction_is_refused(qtbot, laptops, tmp_path, monkeypatch):
    old, new, supervisor = laptops
    stranger = _vault(tmp_path / "vreemd", "Iemand", "begeleider")
    forged = tmp_path / "vals.json"
    from desktop.vault.trust import introduce
    forged.write_bytes(introduce(stranger, own_public_key(new)))  # signed by a key she never trusted
    stranger.close()
    for path in (forged, tmp_path / "weg.json", "/dev/zero"):
        _files(monkeypatch, path)
        dialog = AcceptIntroductionDialog(supervisor)
        qtbot.addWidget(dialog)
        dialog.show()
        _click(qtbot, dialog.open_button)
        assert dialog.error.isVisible() and not dialog.ok.isEnabled(), path
    assert [e.key.fingerprint for e in key_entries(supervisor)] == [own_public_key(old).fingerprint]


def test_the_recovery_identity_is_saved_after_the_passphrase(qtbot, laptops, tmp_path, monkeypatch):
    old, _new, _supervisor = laptops
    target = tmp_path / "nood.txt"
    _files(monkeypatch, saved=target)
    screen = _keys(qtbot, old)
    _click(qtbot, screen.identity_button)
    dialog = screen.moves
    assert isinstance(dialog, IdentityDialog)
    qtbot.keyClicks(dialog.passphrase, "fout wachtwoord")
    dialog.choose_file()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert "klopt niet" in dialog.error.text() and not target.exists()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    dialog.choose_file()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert target.read_text().splitlines()[-1].startswith("AGE-SECRET-KEY-")
    assert target.stat().st_mode & 0o077 == 0
