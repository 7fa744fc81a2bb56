"""The supervisor's side of dossiers she does not own, with real vaults: read-only in the vault
itself, notes queued for the owner, and a real conflict (two bundles from the same worker)
reviewed and settled."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.vault.conflicts import find, open_conflicts, resolve
from desktop.vault.errors import ReadOnlyDossier
from desktop.vault.exchange import import_bundle, own_public_key
from desktop.vault.supervision import add_note, outgoing, owner_name
from forms import PhaseChange, Point, Signature
from tests.desktop.supervision_setup import OTHER_WORKER, supervisors_day
from desktop.demo import WORKER


@pytest.fixture
def day(tmp_path):
    made = supervisors_day(tmp_path)
    yield made
    made.close()


def test_a_supervisors_save_to_a_workers_dossier_is_refused(day):
    person = day.dossiers[0].participant
    assert owner_name(day.sam, person.id) == WORKER
    with pytest.raises(ReadOnlyDossier) as refused:
        day.sam.save(PhaseChange(participant_id=person.id, phase="nazorg"))
    assert refused.value.render("nl").startswith(f"het dossier van {person.roepnaam} is van {WORKER}: alleen lezen")
    with pytest.raises(ReadOnlyDossier):
        day.sam.save(day.sam.get(person.id).model_copy(update={"roepnaam": "Anders"}))
    plan = next(d.plans[0] for d in day.dossiers if d.plans)
    with pytest.raises(ReadOnlyDossier):
        day.sam.sign_plan(plan.id, Signature(role="begeleider", name="Sam", signed_at=dt.datetime.now(dt.timezone.utc),
                                             strokes=[[Point(x=0.2, y=0.4)]], plan_hash=plan.plan_content_hash()))
    assert day.sam.get(person.id).roepnaam == person.roepnaam
    assert day.sam.dossier(person.id).phase == day.dossiers[0].phase


def test_her_note_is_her_own_record_queued_for_the_owner_only(day):
    anna_person = day.dossiers[0].participant
    note = add_note(day.sam, anna_person.id, "Graag de deadline van doel 2 nakijken.")
    queued = outgoing(day.sam)
    assert list(queued) == [own_public_key(day.anna).fingerprint]
    assert [n.id for notes in queued.values() for n in notes] == [note.id]
    assert note.author == "Sam Super" and owner_name(day.sam, anna_person.id) == WORKER


def test_a_real_conflict_is_listed_with_both_versions_and_senders(day):
    path = day.make_conflict()
    report = import_bundle(day.sam, path.read_bytes())
    assert len(report.conflicts) == 1
    [conflict] = open_conflicts(day.sam)
    assert conflict.here.record.roepnaam == "Ioana P." and conflict.incoming.record.roepnaam == "Ioana S."
    assert conflict.here.sender == WORKER and conflict.incoming.sender == WORKER
    assert conflict.differing() == ["roepnaam"]
    import_bundle(day.sam, path.read_bytes())  # the same bundle again: still one conflict
    assert len(open_conflicts(day.sam)) == 1


@pytest.mark.parametrize("keep, expected", [("hier", "Ioana P."), ("bundel", "Ioana S."), ("nieuwste", "Ioana S.")])
def test_settling_keeps_one_version_logs_it_and_queues_the_outcome(day, keep, expected):
    path = day.make_conflict()
    import_bundle(day.sam, path.read_bytes())
    conflict = find(day.sam, str(day.dossiers[0].participant.id)[:8])
    note = resolve(day.sam, conflict, keep)
    person = day.sam.get(conflict.record_id)
    assert person.roepnaam == expected and note.kept["roepnaam"] == expected
    assert open_conflicts(day.sam) == []
    actions = [row[0] for row in day.sam.db.execute("SELECT action FROM audit")]
    assert f"resolve:{note.outcome}" in actions
    assert note.id in [n.id for notes in outgoing(day.sam).values() for n in notes]
    assert not import_bundle(day.sam, path.read_bytes()).conflicts  # settled stays settled
    day.anna.save(day.anna.get(person.id).model_copy(update={"roepnaam": "Ioana"}))
    assert day.read_in(day.anna, "anna-3.koers", since_last=True).updated  # her next edit comes through


def test_per_field_mix_takes_each_field_from_the_chosen_side(day):
    import_bundle(day.sam, day.make_conflict().read_bytes())
    [conflict] = open_conflicts(day.sam)
    note = resolve(day.sam, conflict, "per_veld", {"roepnaam": "hier"})
    assert day.sam.get(conflict.record_id).roepnaam == "Ioana P." and note.outcome == "per_veld"


def test_bea_is_unaffected(day):
    assert any(name == OTHER_WORKER for name in [owner_name(day.sam, p.id) for p in day.sam.participants()])


def test_koers_conflicts_and_resolve(day, monkeypatch, capsys):
    import json

    from desktop.cli import main
    from desktop.vault import Vault
    from tests.conftest import PASSPHRASE

    import_bundle(day.sam, day.make_conflict().read_bytes())
    day.sam.close(make_backup=False)
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    folder = str(day.folder / "sam")
    assert main(["conflicts", "--vault", folder, "--json"]) == 0
    [shown] = json.loads(capsys.readouterr().out)
    assert shown["differing"] == ["roepnaam"] and shown["bundle"]["sender"] == WORKER
    assert (shown["here"]["record"]["roepnaam"], shown["bundle"]["record"]["roepnaam"]) == ("Ioana P.", "Ioana S.")
    assert main(["conflicts", "--vault", folder]) == 0
    assert "roepnaam: 'Ioana P.' | 'Ioana S.'" in capsys.readouterr().out
    assert main(["resolve", "--vault", folder, shown["record_id"][:8], "--keep", "bundel"]) == 0
    assert "gehouden: bundel" in capsys.readouterr().out
    assert main(["conflicts", "--vault", folder]) == 0
    assert "geen open conflicten" in capsys.readouterr().out
    assert main(["resolve", "--vault", folder, shown["record_id"], "--keep", "hier"]) == 4
    assert "geen open conflict" in capsys.readouterr().err
    day.sam = Vault.open(day.folder / "sam", PASSPHRASE)
    assert day.sam.get(day.dossiers[0].participant.id).roepnaam == "Ioana S."


def test_her_note_travels_to_the_owner_in_the_supervisor_bundle_and_only_once(day):
    """Issue 18: remarks go back to the worker in a supervisor → worker bundle (desktop.vault.inbound)."""
    from desktop.vault.exchange import export_bundle, mark_sent

    person = day.dossiers[0].participant
    note = add_note(day.sam, person.id, "Graag de deadline van doel 2 nakijken.")
    export = export_bundle(day.sam, WORKER)
    mark_sent(day.sam, export)
    import_bundle(day.anna, export.data)
    assert [n.text for n in day.anna.dossier(person.id).supervisor_notes] == [note.text]
    assert not outgoing(day.sam)
