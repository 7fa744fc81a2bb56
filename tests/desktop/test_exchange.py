"""Worker -> supervisor with two real vaults: trust, export, --since-last, and a merge that is
safe however often and in whatever order bundles arrive. A refused bundle changes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.vault.errors import ReadOnlyDossier
from desktop.vault.owners import LOCAL

from desktop.vault import KdfParams, Vault, VaultError, WrongPassphrase
from desktop.vault.exchange import (
    ExchangeError, conflicts, export_bundle, export_log, identity_file, import_bundle, mark_sent,
    own_public_key, trust_key, trusted_keys,
)
from desktop.vault.owners import Origin
from exports.bundle import Attachment, BundleError, PublicKey
from forms import Aanmelding, Consent, Contact, Participant, PhaseChange
from tests.conftest import PASSPHRASE


def _vault(folder, name, role) -> Vault:
    return Vault.create(folder, PASSPHRASE, name, role, kdf=KdfParams.fast_for_tests())[0]


@pytest.fixture
def pair(tmp_path):
    worker = _vault(tmp_path / "w", "Anna Werker", "begeleider")
    supervisor = _vault(tmp_path / "s", "Sam Super", "supervisor")
    trust_key(worker, PublicKey.from_file(own_public_key(supervisor).to_file()), "supervisor")
    trust_key(supervisor, PublicKey.from_file(own_public_key(worker).to_file()), "begeleider")
    yield worker, supervisor
    worker.close()
    supervisor.close()


def _dossier(worker: Vault, name: str = "Ioana") -> Participant:
    person = Participant(roepnaam=name, gender="vrouw")
    worker.save_all([person, Aanmelding(participant_id=person.id, source="ggd", date=dt.date(2025, 2, 1)),
                     Contact(participant_id=person.id, note="Eerste gesprek."),
                     Consent(participant_id=person.id, purpose="delen_leidinggevende"),
                     PhaseChange(participant_id=person.id, phase="orientatie", date=dt.date(2025, 2, 10))])
    return person


def _send(worker: Vault, **kw) -> bytes:
    export = export_bundle(worker, "Sam Super", **kw)
    mark_sent(worker, export)
    return export.data


def snapshot(vault: Vault) -> dict[str, list]:
    """Every row of every table: to prove a refused import left the vault as it was."""
    tables = [r[0] for r in vault.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: sorted(map(repr, vault.db.execute(f"SELECT * FROM {t}"))) for t in tables}


def _records(vault: Vault) -> list[tuple]:
    return sorted(vault.db.execute("SELECT id, kind, rev, hash FROM records"))


def test_first_import_adds_everything_and_indexes_participants(pair):
    worker, supervisor = pair
    ioana = _dossier(worker)
    report = import_bundle(supervisor, _send(worker))
    assert (len(report.new), len(report.updated), len(report.unchanged), len(report.conflicts)) == (5, 0, 0, 0)
    assert report.sender == "Anna Werker"
    assert supervisor.dossier(ioana.id) == worker.dossier(ioana.id)
    assert [p.roepnaam for p in supervisor.participants(search="io")] == ["Ioana"]
    origin = supervisor.db.execute("SELECT origin FROM records WHERE id = ?", (str(ioana.id),)).fetchone()[0]
    assert Origin.parse(origin) == Origin.imported(own_public_key(worker).fingerprint)


def test_importing_the_same_file_twice_changes_nothing(pair):
    worker, supervisor = pair
    _dossier(worker)
    data = _send(worker)
    import_bundle(supervisor, data)
    before = _records(supervisor), supervisor.db.execute("SELECT * FROM record_versions").fetchall()
    report = import_bundle(supervisor, data)
    assert len(report.unchanged) == 5 and not (report.new or report.updated or report.conflicts)
    assert (_records(supervisor), supervisor.db.execute("SELECT * FROM record_versions").fetchall()) == before


def test_since_last_carries_only_changes_and_newer_versions_update(pair):
    worker, supervisor = pair
    ioana = _dossier(worker)
    import_bundle(supervisor, _send(worker))
    contact = next(iter(worker.dossier(ioana.id).contacts))
    worker.save(contact.model_copy(update={"note": "Tweede gesprek: ze wil een eigen kamer."}))
    export = export_bundle(worker, "Sam Super", since_last=True)
    assert export.counts == {"contact": 1}
    mark_sent(worker, export)
    report = import_bundle(supervisor, export.data)
    assert [kind for kind, _ in report.updated] == ["contact"]
    assert supervisor.get(contact.id).note.startswith("Tweede gesprek")
    assert export_bundle(worker, "Sam Super", since_last=True).sent == []
    assert [n for _, _, n, _ in export_log(worker)] == [1, 5]


def test_an_older_file_after_a_newer_one_changes_nothing(pair):
    worker, supervisor = pair
    ioana = _dossier(worker)
    old = _send(worker)
    contact = worker.dossier(ioana.id).contacts[0]
    worker.save(contact.model_copy(update={"note": "Bijgewerkt."}))
    new = _send(worker)
    import_bundle(supervisor, new)
    state = _records(supervisor)
    report = import_bundle(supervisor, old)
    assert not (report.new or report.updated or report.conflicts)
    assert _records(supervisor) == state


def test_bundles_in_any_order_end_in_the_same_state(pair, tmp_path):
    worker, supervisor = pair
    first = _send(worker)  # nothing yet: an empty bundle is fine
    ioana = _dossier(worker)
    second = _send(worker, since_last=True)
    worker.save(Contact(participant_id=ioana.id, note="Nog een gesprek."))
    third = _send(worker, since_last=True)
    for data in (third, second, first, third):
        import_bundle(supervisor, data)
    other = _vault(tmp_path / "s2", "Sam Super", "supervisor")
    other_key = own_public_key(other)
    trust_key(other, own_public_key(worker), "begeleider")
    trust_key(worker, other_key, "supervisor", name="Tweede")
    import_bundle(other, export_bundle(worker, "Tweede").data)
    assert _records(supervisor) == _records(other)
    assert len(supervisor.dossier(ioana.id).contacts) == 2
    assert [p.roepnaam for p in supervisor.participants()] == ["Ioana"]
    other.close()


def test_a_record_arriving_before_its_participant_waits_unindexed(pair):
    worker, supervisor = pair
    zsofia = _dossier(worker, "Zsófia")
    earlier = _send(worker)
    worker.save(Contact(participant_id=zsofia.id, note="Alleen dit gegeven."))
    later = _send(worker, since_last=True)
    report = import_bundle(supervisor, later)
    assert report.new == [("contact", report.new[0][1])]
    assert supervisor.participants() == []
    import_bundle(supervisor, earlier)
    assert [p.roepnaam for p in supervisor.participants()] == ["Zsófia"]
    assert len(supervisor.dossier(zsofia.id).contacts) == 2


def test_edits_on_both_sides_are_kept_side_by_side(pair):
    worker, supervisor = pair
    ioana = _dossier(worker)
    import_bundle(supervisor, _send(worker))
    contact = supervisor.dossier(ioana.id).contacts[0]
    # Edited here before dossiers became read-only to her (a vault of an older Koers).
    supervisor.store_as(contact.model_copy(update={"note": "Aangevuld door de supervisor.", "rev": 2}), LOCAL, "update")
    worker.save(contact.model_copy(update={"note": "Aangevuld door de begeleider."}))
    data = _send(worker, since_last=True)
    report = import_bundle(supervisor, data)
    assert report.conflicts == [("contact", contact.id)]
    assert supervisor.get(contact.id).note == "Aangevuld door de supervisor."
    (kept,) = conflicts(supervisor)
    assert kept.incoming.note == "Aangevuld door de begeleider." and kept.sender == "Anna Werker"
    import_bundle(supervisor, data)
    assert len(conflicts(supervisor)) == 1  # the same conflict twice is kept once


@pytest.mark.parametrize("spoil", ["wrong_recipient", "damaged", "untrusted_key", "kind_clash"])
def test_a_refused_bundle_leaves_the_vault_untouched(pair, tmp_path, spoil):
    worker, supervisor = pair
    ioana = _dossier(worker)
    import_bundle(supervisor, _send(worker))
    new_contact = Contact(participant_id=ioana.id, note="Nieuw.")
    worker.save(new_contact)
    data = export_bundle(worker, "Sam Super").data
    target = supervisor
    if spoil == "wrong_recipient":
        target = _vault(tmp_path / "x", "Derde", "supervisor")
        trust_key(target, own_public_key(worker), "begeleider")
    elif spoil == "damaged":
        data = data[:-100]
    elif spoil == "untrusted_key":
        supervisor.db.execute("DELETE FROM trusted_keys")
    else:  # the last record of the bundle exists here as another kind: the merge fails midway
        supervisor.store_as(Aanmelding(id=new_contact.id, participant_id=ioana.id), LOCAL, "create")
    before = snapshot(target)
    with pytest.raises((BundleError, VaultError)) as caught:
        import_bundle(target, data)
    assert snapshot(target) == before
    if isinstance(caught.value, BundleError):
        assert caught.value.code == spoil


def test_trust_rules(pair):
    worker, supervisor = pair
    with pytest.raises(ExchangeError):
        trust_key(worker, own_public_key(worker), "supervisor")
    stranger = PublicKey("Sam Super", "supervisor", b"\x01" * 32, own_public_key(worker).age)
    with pytest.raises(ExchangeError, match="andere sleutel"):
        trust_key(worker, stranger, "supervisor")
    with pytest.raises(ExchangeError, match="Niemand"):
        export_bundle(worker, "Niemand")
    # From a supervisor a bundle carries only what she may send a worker (issue 14): no dossiers.
    assert export_bundle(supervisor, "Anna Werker").counts == {}
    assert [k.name for k in trusted_keys(worker)] == ["Sam Super"]


def test_unknown_participants_cannot_be_exported(pair):
    worker, _ = pair
    with pytest.raises(ExchangeError):
        export_bundle(worker, "Sam Super", participants=[Participant(roepnaam="X").id])


def test_attachments_are_kept_with_the_import(pair):
    worker, supervisor = pair
    ioana = _dossier(worker)
    pdf = Attachment("plan.pdf", ioana.id, b"%PDF-1.7 stand-in")
    import_bundle(supervisor, export_bundle(worker, "Sam Super", attachments=[pdf]).data)
    assert supervisor.db.execute("SELECT name, data FROM attachments").fetchall() == [("plan.pdf", pdf.data)]


def test_identity_file_needs_the_passphrase_again(pair):
    worker, _ = pair
    with pytest.raises(WrongPassphrase):
        identity_file(worker, "niet het wachtwoord")
    assert worker.identity.age_identity in identity_file(worker, PASSPHRASE).decode()


def test_a_participant_stays_in_the_caseload_of_the_worker_who_sent_her(pair):
    from desktop.vault.exchange import workers_of

    worker, supervisor = pair
    person = _dossier(worker)
    import_bundle(supervisor, _send(worker))
    own = supervisor.save(Participant(roepnaam="Hier ingeschreven")).record
    assert workers_of(supervisor) == {person.id: worker.worker_name, own.id: supervisor.worker_name}
    edited = supervisor.get(person.id).model_copy(update={"birth_year": 1990})
    with pytest.raises(ReadOnlyDossier):  # hers to change: the supervisor writes a note instead
        supervisor.save(edited)
    assert workers_of(supervisor)[person.id] == worker.worker_name
