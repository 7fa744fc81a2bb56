"""Issue 11 §4: `koers init` on a folder whose key file is missing used to delete the encrypted
database and start over. Creating a vault never deletes anything."""

from __future__ import annotations

import pytest

from desktop.cli import main
from desktop.vault import Vault
from tests.conftest import PASSPHRASE


@pytest.mark.parametrize("left", ["koers.vault", "koers.keys"])
def test_init_refuses_a_folder_with_half_a_vault_and_changes_nothing(left, tmp_path, monkeypatch, capsys):
    folder = tmp_path / "kluis"
    Vault.create(folder, PASSPHRASE, "Sanne")[0].close(make_backup=False)
    other = "koers.keys" if left == "koers.vault" else "koers.vault"
    (folder / other).rename(tmp_path / other)  # lost, or on a backup stick
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    assert main(["init", "--vault", str(folder), "--worker-name", "Sanne"]) == 4
    error = capsys.readouterr().err
    assert left in error and "verwijdert niets" in error
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before
    (tmp_path / other).rename(folder / other)
    Vault.open(folder, PASSPHRASE).close(make_backup=False)  # the vault is whole again
