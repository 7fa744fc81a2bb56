"""Issue 11 §4: removing the audit log's last entries went unnoticed (the chain only links
each entry to the one before). The head is now anchored in the key file, authenticated with a
key derived from the vault key; `koers audit verify` checks it and unlocking warns."""

from __future__ import annotations

import json

import pytest
import sqlcipher3

from desktop.cli import main
from desktop.vault import Vault, keyfile
from desktop.vault.paths import DATABASE, KEYFILE
from forms import Contact, Participant
from tests.conftest import PASSPHRASE, WORKER
from tests.desktop.gui.conftest import unlock


@pytest.fixture
def filled(vault_dir, monkeypatch):
    """A closed vault whose log holds a few entries after 'init'."""
    vault, _ = Vault.create(vault_dir, PASSPHRASE, WORKER)
    person = Participant(roepnaam="Noor")
    vault.save_all([person, Contact(participant_id=person.id, note="Eerste gesprek.")])
    vault.save(Contact(participant_id=person.id, note="Tweede gesprek."))
    vault.close(make_backup=False)
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    return vault_dir


def remove_last_entries(folder, count: int) -> None:
    """What someone with the vault key does with sqlcipher3, outside Koers."""
    db = sqlcipher3.connect(str(folder / DATABASE), isolation_level=None)
    db.execute(f"PRAGMA key = \"x'{keyfile.unlock(folder / KEYFILE, PASSPHRASE).hex()}'\"")
    db.execute("DELETE FROM audit WHERE seq > (SELECT max(seq) FROM audit) - ?", (count,))
    db.close()


def test_a_whole_log_verifies(filled, capsys):
    assert main(["audit", "verify", "--vault", str(filled)]) == 0
    assert "heel" in capsys.readouterr().out


def test_removing_the_last_entries_fails_verify_and_unlocking_warns(filled, capsys):
    remove_last_entries(filled, 2)
    assert main(["audit", "verify", "--vault", str(filled)]) == 4
    assert "laatste regels zijn weggehaald" in capsys.readouterr().err
    assert main(["list", "--vault", str(filled)]) == 0
    assert "auditlog zijn weggehaald" in capsys.readouterr().err
    vault = Vault.open(filled, PASSPHRASE)  # new work after the removal does not hide it
    vault.save(Participant(roepnaam="Lotte"))
    vault.close(make_backup=False)
    assert main(["audit", "verify", "--vault", str(filled)]) == 4


@pytest.mark.parametrize("tamper", ["strip", "forge"])
def test_the_anchor_itself_cannot_be_stripped_or_moved(tamper, filled, capsys):
    remove_last_entries(filled, 1)
    data = json.loads((filled / KEYFILE).read_text())
    if tamper == "strip":
        del data["audit_head"]
    else:  # point the anchor at the entry that is now last, keeping the old MAC
        data["audit_head"]["seq"] -= 1
    (filled / KEYFILE).write_text(json.dumps(data))
    assert main(["audit", "verify", "--vault", str(filled)]) == 4


def test_the_app_shows_a_warning_after_unlocking(filled, qtbot, make_session):
    remove_last_entries(filled, 2)
    session = make_session(filled)
    workspace = unlock(qtbot, session)
    assert workspace.audit_banner.isVisibleTo(workspace)
    assert "auditlog zijn weggehaald" in workspace.audit_banner.message.text()


def test_a_vault_from_before_the_anchor_gets_one_when_it_opens(filled, capsys):
    vault = Vault.open(filled, PASSPHRASE)
    vault.db.execute("DELETE FROM meta WHERE key = 'audit_anchored'")  # what an older Koers left:
    vault.close(make_backup=False)
    data = json.loads((filled / KEYFILE).read_text())
    del data["audit_head"]  # no mark in the vault, no anchor in the key file
    (filled / KEYFILE).write_text(json.dumps(data))
    assert main(["audit", "verify", "--vault", str(filled)]) == 0
    remove_last_entries(filled, 1)
    assert main(["audit", "verify", "--vault", str(filled)]) == 4
