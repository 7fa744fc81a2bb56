"""Updates never lose a vault: every earlier schema opens (backed up first), a newer one is refused untouched."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.vault import NewerVault, Vault
from desktop.vault.backup import restore_backup
from desktop.vault.db import connect
from desktop.vault.migrations import LATEST
from desktop.vault.owners import all_owners

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "vaults"
PASSPHRASE = "schema fixture paard batterij"
EARLIER = sorted(FIXTURES.glob("schema-*"), key=lambda p: int(p.name.split("-")[1]))


def _copy(fixture: Path, tmp_path: Path) -> Path:
    folder = tmp_path / fixture.name
    shutil.copytree(fixture, folder)
    folder.chmod(0o700)
    return folder


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file()}


def _schema(folder: Path, key: bytes) -> int:
    db = connect(folder / "koers.vault", key)
    try:
        return db.execute("PRAGMA user_version").fetchone()[0]
    finally:
        db.close()


def test_there_is_a_fixture_for_every_shipped_schema():
    assert [int(p.name.split("-")[1]) for p in EARLIER] == list(range(2, 2 + len(EARLIER)))
    assert EARLIER, "tests/fixtures/vaults holds the vaults of earlier versions"


@pytest.mark.parametrize("fixture", EARLIER, ids=lambda p: p.name)
def test_every_earlier_vault_opens_with_its_dossiers_and_a_backup_first(fixture, tmp_path):
    folder = _copy(fixture, tmp_path)
    found = int(fixture.name.split("-")[1])
    vault = Vault.open(folder, PASSPHRASE)
    try:
        people = vault.participants()
        assert len(people) == 12
        assert all(vault.dossier(person.id).participant.roepnaam for person in people)
        assert {person.id for person in people} <= set(all_owners(vault.db))  # schema 5: every dossier an owner
        if found < LATEST:
            assert vault.update_backup and vault.update_backup.exists()
        else:
            assert vault.update_backup is None
    finally:
        vault.close(make_backup=False)
    if found < LATEST:  # the backup is the vault as it was: it restores to the old schema
        restored = tmp_path / "restored"
        restore_backup(vault.update_backup, restored, PASSPHRASE)
        assert _schema(restored, vault._vault_key) == found


def test_a_vault_from_a_newer_koers_is_refused_and_untouched(tmp_path, capsys, monkeypatch):
    folder = _copy(EARLIER[-1], tmp_path)
    vault = Vault.open(folder, PASSPHRASE)
    vault.db.execute(f"PRAGMA user_version = {LATEST + 1}")
    vault.close(make_backup=False)
    before = _digests(folder)
    with pytest.raises(NewerVault):
        Vault.open(folder, PASSPHRASE)
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    assert main(["list", "--vault", str(folder)]) == 4
    err = capsys.readouterr().err
    assert "nieuwere Koers" in err and "Traceback" not in err
    after = _digests(folder)
    assert {k: v for k, v in after.items() if not k.endswith(("-wal", "-shm"))} == \
        {k: v for k, v in before.items() if not k.endswith(("-wal", "-shm"))}


def test_an_earlier_vault_gets_the_lean_rows_todays_figures_read(tmp_path):
    """Issue 13 made the figures read more of each record: a vault rewrites its lean rows once."""
    from desktop.vault.reporting import report_cases
    from exports.report.lean import VERSION

    folder = _copy(EARLIER[-1], tmp_path)
    vault = Vault.open(folder, PASSPHRASE)
    try:
        assert vault.meta("report_rows_version") == VERSION
        people = [lean["participant"][0] for _, lean in report_cases(vault)]
        assert len(people) == 12 and all("birth_year" in person for person in people)
    finally:
        vault.close(make_backup=False)
