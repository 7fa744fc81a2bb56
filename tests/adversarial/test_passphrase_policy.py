"""Issue 11 §4: `koers init` accepted "password" and "12345678" while the GUI refused them.
One policy (desktop.vault.passphrase, zxcvbn) judges every new passphrase, enforced by the
vault itself: init, passwd, recover and the first-run screen give the same verdict."""

from __future__ import annotations

import pytest

from desktop.cli import main
from desktop.vault import Vault, VaultError
from tests.conftest import PASSPHRASE

WEAK = ["password", "12345678", "wachtwoord1", "Wachtwoord2024!", "qwertyuiop", "Sanne1990!"]


@pytest.mark.parametrize("weak", WEAK)
def test_koers_init_refuses_a_weak_passphrase_and_writes_nothing(weak, tmp_path, monkeypatch, capsys):
    folder = tmp_path / "kluis"
    monkeypatch.setenv("KOERS_PASSPHRASE", weak)
    assert main(["init", "--vault", str(folder), "--worker-name", "Sanne"]) == 4
    assert "wachtwoord te zwak" in capsys.readouterr().err
    assert not folder.exists()


def test_passwd_and_recover_refuse_it_too_and_the_key_file_stays(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "kluis"
    vault, code = Vault.create(folder, PASSPHRASE, "Sanne")
    with pytest.raises(VaultError, match="te zwak"):
        vault.change_passphrase("12345678")
    vault.close(make_backup=False)
    keys = (folder / "koers.keys").read_bytes()
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("KOERS_NEW_PASSPHRASE", "password")
    monkeypatch.setenv("KOERS_RECOVERY_CODE", code)
    assert main(["passwd", "--vault", str(folder)]) == 4
    assert main(["recover", "--vault", str(folder)]) == 4
    assert capsys.readouterr().err.count("wachtwoord te zwak") == 2
    assert (folder / "koers.keys").read_bytes() == keys


@pytest.mark.parametrize("weak", WEAK[:2])
def test_the_first_run_screen_refuses_the_same(weak, qtbot, make_session, vault_dir):
    session = make_session(vault_dir)
    screen = session.first_run
    qtbot.keyClicks(screen.name, "Sanne")
    screen.next_step()
    qtbot.keyClicks(screen.passphrase, weak)
    qtbot.keyClicks(screen.repeat, weak)
    screen.next_step()
    assert "te zwak" in screen.error.text() and screen.meter.verdict.text().startswith("Sterkte: Heel zwak")
    assert not vault_dir.exists()
