"""Issue 7 promises on the vault: slowed guessing, encrypted backups, restore after damage."""

import datetime as dt
import os

import pytest

from desktop.cli import main
from desktop.vault import KdfParams, Vault, WrongPassphrase
from desktop.vault.backup import FOLDER, KEEP, BackupError, restore_backup, rotate
from desktop.vault.paths import DATABASE
from desktop.vault.throttle import Throttle
from forms import Participant
from tests.conftest import PASSPHRASE, WORKER

SECRET = "Backupnaam Uniek-Ørnulf"


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now

    time = __call__  # stands in for the throttle's `time` module

    def sleep(self, seconds: float) -> None:
        """A sleep that only moves this clock; remembers how long it was asked to wait."""
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture
def clock(monkeypatch) -> Clock:
    """The throttle's clock, moved only by the waits it asks for."""
    moving = Clock()
    moving.slept = []
    monkeypatch.setattr("desktop.vault.throttle.time", moving)
    return moving


def test_failed_unlocks_grow_the_delay_and_survive_restarts(vault_dir, monkeypatch, clock):
    monkeypatch.setattr("desktop.vault.throttle.BASE_SECONDS", 1.0)
    Vault.create(vault_dir, PASSPHRASE, WORKER, kdf=KdfParams.fast_for_tests())[0].close(make_backup=False)
    for _ in range(4):
        with pytest.raises(WrongPassphrase):
            Vault.open(vault_dir, "fout", sleep=clock.sleep)
    assert clock.slept == [0, 1, 2, 4]
    fresh = Throttle(vault_dir, clock=clock)  # a new process reads the same file
    assert fresh.wait_seconds() == 8 and fresh.delay_after(40) == 300
    Vault.open(vault_dir, PASSPHRASE, sleep=clock.sleep).close(make_backup=False)
    assert Throttle(vault_dir).wait_seconds() == 0


def test_backup_holds_no_plaintext_and_restores_after_corruption(vault, vault_dir, tmp_path, monkeypatch, capsys):
    person = vault.save(Participant(roepnaam=SECRET)).record
    out = tmp_path / "usb" / "koers.kbak"
    out.parent.mkdir()
    vault.backup_to(out)
    vault.close()
    assert SECRET.encode() not in out.read_bytes()

    database = vault_dir / DATABASE
    damaged = bytearray(database.read_bytes())
    for page in range(0, len(damaged), 4096):  # damage every page
        damaged[page + 100:page + 140] = os.urandom(40)
    database.write_bytes(bytes(damaged))
    (vault_dir / (DATABASE + "-wal")).unlink(missing_ok=True)
    with pytest.raises(Exception):
        broken = Vault.open(vault_dir, PASSPHRASE)
        broken.dossier(person.id)

    monkeypatch.setenv("KOERS_PASSPHRASE", "niet goed")
    assert main(["restore", "--vault", str(vault_dir), str(out)]) == 3
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    assert main(["restore", "--vault", str(vault_dir), str(out)]) == 0
    assert "vorige kluis" in capsys.readouterr().out
    restored = Vault.open(vault_dir, PASSPHRASE)
    assert restored.dossier(person.id).participant.roepnaam == SECRET
    assert restored.db.execute("PRAGMA cipher_integrity_check").fetchall() == []
    restored.close()


def test_cli_backup_then_restore_into_an_empty_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    source, target = tmp_path / "a", tmp_path / "b"
    assert main(["init", "--vault", str(source), "--worker-name", "Sanne"]) == 0
    assert main(["backup", "--vault", str(source), "--out", str(tmp_path / "x.kbak")]) == 0
    assert main(["restore", "--vault", str(target), str(tmp_path / "x.kbak")]) == 0
    Vault.open(target, PASSPHRASE).close()


def test_a_file_that_is_not_a_backup_changes_nothing(vault, vault_dir, tmp_path):
    vault.close()
    before = (vault_dir / DATABASE).read_bytes()
    fake = tmp_path / "fake.kbak"
    fake.write_bytes(b"KOERS-BACKUP-1\n\x00\x00\x00\x02{}" + b"x" * 100)
    with pytest.raises(BackupError):
        restore_backup(fake, vault_dir, PASSPHRASE)
    fake.write_bytes(b"hello")
    with pytest.raises(BackupError):
        restore_backup(fake, vault_dir, PASSPHRASE)
    assert (vault_dir / DATABASE).read_bytes() == before


def test_automatic_backups_once_a_day_and_rotated(vault, vault_dir):
    vault.save(Participant(roepnaam=SECRET))
    day = dt.datetime(2026, 1, 1, 12)
    made = [rotate(vault.db, vault._vault_key, vault_dir, now=day)]
    made.append(rotate(vault.db, vault._vault_key, vault_dir, now=day + dt.timedelta(hours=2)))
    assert made[0] is not None and made[1] is None  # at most once a day
    backups = vault_dir / FOLDER
    for n in range(KEEP + 2):
        for path in backups.iterdir():  # pretend the newest one is old
            os.utime(path, (0, 0))
        rotate(vault.db, vault._vault_key, vault_dir, now=day + dt.timedelta(days=n + 1))
    assert len(list(backups.iterdir())) == KEEP


def test_closing_makes_the_daily_backup(vault, vault_dir):
    vault.close()
    assert len(list((vault_dir / FOLDER).glob("*.kbak"))) == 1
    Vault.open(vault_dir, PASSPHRASE).close()
    assert len(list((vault_dir / FOLDER).glob("*.kbak"))) == 1


def test_checking_a_passphrase_in_co_sign_mode_is_slowed_too(vault_dir, monkeypatch, clock):
    monkeypatch.setattr("desktop.vault.throttle.BASE_SECONDS", 1.0)
    Vault.create(vault_dir, PASSPHRASE, WORKER, kdf=KdfParams.fast_for_tests())[0].close(make_backup=False)
    assert not Vault.passphrase_fits(vault_dir, "raden", sleep=clock.sleep)
    assert not Vault.passphrase_fits(vault_dir, "nog eens raden", sleep=clock.sleep)
    assert Vault.passphrase_fits(vault_dir, PASSPHRASE, sleep=clock.sleep)
    assert clock.slept == [0, 1, 2]
