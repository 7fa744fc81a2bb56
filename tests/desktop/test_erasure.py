"""Erasing a participant (issue 12 §2): everything of hers goes, nothing readable stays in the
file, and a backup from before the erasure does not bring her back."""

from __future__ import annotations

from uuid import UUID

import pytest

from desktop.vault import Vault, VaultError
from desktop.vault.paths import DATABASE
from forms import Consent, Contact, Participant, PhaseChange
from tests.conftest import PASSPHRASE, WORKER
from tests.desktop.pages import plaintext

NAME = "Quirijntje Zebravlinder"
NOTE = "geheim-olijfboom-4417 vertelde over haar broer"
OTHER = "Marjolein Blijft"


def _two(vault: Vault) -> tuple[Participant, Participant]:
    gone, stays = Participant(roepnaam=NAME), Participant(roepnaam=OTHER)
    vault.save_all([gone, Contact(participant_id=gone.id, note=NOTE),
                    PhaseChange(participant_id=gone.id, phase="uitvoering"),
                    Consent(participant_id=gone.id, purpose="registratie"), stays,
                    Contact(participant_id=stays.id, note="blijft staan")])
    vault.save_draft(f"contact:{gone.id}", f'{{"note": "{NOTE}"}}')
    return gone, stays


def test_erasure_removes_her_and_keeps_the_others(vault):
    gone, stays = _two(vault)
    result = vault.erase_participant(str(gone.id), "verzoek van de deelnemer")
    assert result.records == {"participant": 1, "contact": 1, "phase": 1, "consent": 1} and result.drafts == 1
    assert [p.roepnaam for p in vault.participants()] == [OTHER]
    with pytest.raises(VaultError):
        vault.dossier(gone.id)
    assert vault.drafts() == []
    assert vault.dossier(stays.id).contacts[0].note == "blijft staan"
    for table in ("records", "report_rows", "report_dossiers", "participants", "dossier_owners"):
        column = "id" if table == "participants" else "participant_id"
        assert not vault.db.execute(f"SELECT 1 FROM {table} WHERE {column} = ?", (str(gone.id),)).fetchone(), table


def test_the_audit_log_keeps_who_erased_her_and_why_by_id_only(vault):
    gone, _stays = _two(vault)
    vault.erase_participant(str(gone.id), "bewaartermijn verstreken")
    rows = vault.db.execute("SELECT actor, action, kind, record_id FROM audit WHERE action LIKE 'erase%'").fetchall()
    assert rows == [(vault.worker_name, "erase", "participant", str(gone.id)),
                    (vault.worker_name, "erase-reason", "bewaartermijn verstreken", str(gone.id))]
    assert vault.audit_broken_at() is None and vault.audit_head_intact()


@pytest.mark.parametrize("reason", ["", "   ", "regel\nnog een", "x" * 201])
def test_an_erasure_needs_a_reason(vault, reason):
    gone, _stays = _two(vault)
    with pytest.raises(VaultError):
        vault.erase_participant(str(gone.id), reason)
    assert vault.dossier(gone.id).participant.roepnaam == NAME


def test_an_unknown_participant_is_refused(vault):
    with pytest.raises(VaultError):
        vault.erase_participant(str(UUID(int=5)), "reden")
    with pytest.raises(VaultError):
        vault.erase_participant("geen-id", "reden")


def test_no_page_of_the_file_holds_her_after_erasure(vault, vault_dir):
    gone, _stays = _two(vault)
    key = vault._vault_key  # the test decrypts the file itself, page by page
    before = plaintext(vault_dir, DATABASE, key)
    assert NAME.encode() in before and NOTE.encode() in before  # the scan does see her
    vault.erase_participant(str(gone.id), "verzoek van de deelnemer")
    after = plaintext(vault_dir, DATABASE, key)
    assert OTHER.encode() in after  # the scan still reads live pages
    for needle in (NAME, NOTE, "Zebravlinder", "olijfboom"):
        assert needle.encode() not in after, needle
    assert (vault_dir / (DATABASE + "-wal")).stat().st_size == 0  # the log was emptied, not only checkpointed


def test_restoring_a_backup_from_before_does_not_bring_her_back(tmp_path):
    vault_dir = tmp_path / "eigen"
    vault, _code = Vault.create(vault_dir, PASSPHRASE, WORKER)
    gone, _stays = _two(vault)
    old = vault.backup_to(tmp_path / "voor.kbak")
    vault.erase_participant(str(gone.id), "verzoek van de deelnemer")
    vault.close(make_backup=False)
    Vault.restore(vault_dir, old, PASSPHRASE)
    restored = Vault.open(vault_dir, PASSPHRASE)
    try:
        assert [p.roepnaam for p in restored.participants()] == [OTHER]
        assert NAME.encode() not in plaintext(vault_dir, DATABASE, restored._vault_key)
        actions = [r[0] for r in restored.db.execute("SELECT action FROM audit WHERE record_id = ?", (str(gone.id),))]
        assert "erase-again" in actions
    finally:
        restored.close(make_backup=False)
