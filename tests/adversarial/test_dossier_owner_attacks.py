"""Issue 11 §2, who may change a dossier: each attack run with real keys and real bundles
(two workers, one supervisor) through `koers import`. A refusal exits 4, says why in plain
words, and leaves the supervisor's vault byte for byte as it was."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from desktop.vault.exchange import export_bundle
from exports.bundle import Attachment
from forms import Consent, Contact, Goal, Participant, Point, Signature, Trajectplan
from forms.base import utcnow
from tests.adversarial.world import BEA, World, forge, ioana_at_sam, koers, raw, vault_bytes


@pytest.fixture
def world(tmp_path, monkeypatch, capsys) -> Iterator[World]:
    """Bea's dossier of Ioana (with a signed plan) already imported at Sam's."""
    def signed_plan(world: World, ioana: Participant) -> None:
        plan = Trajectplan(participant_id=ioana.id, goals=[Goal(text="Een eigen kamer", start=2, target=7)])
        world.bea.save_all([plan, Consent(participant_id=ioana.id, purpose="delen_leidinggevende")])
        world.bea.sign_plan(plan.id, _signature(plan, "deelnemer"))
    yield from ioana_at_sam(tmp_path, monkeypatch, capsys, signed_plan)


def _signature(plan: Trajectplan, role: str) -> Signature:
    return Signature(role=role, name="Ioana", signed_at=utcnow(), strokes=[[Point(x=0.2, y=0.4)]],
                     plan_hash=plan.plan_content_hash())


def refused(world: World, bundle, capsys, *words: str) -> str:
    """Import `bundle` at Sam's: exit 4, the words in the message, not one byte changed."""
    before = vault_bytes(world.sam)
    assert koers("import", "--vault", world.sam, bundle) == 4
    message = capsys.readouterr().err
    for word in words:
        assert word in message
    assert vault_bytes(world.sam) == before
    return message


def _sam_record(world: World, record_id):
    sam = world.sam_vault()
    try:
        return sam.get(record_id)
    finally:
        sam.close(make_backup=False)


def test_another_worker_cannot_overwrite_her_participant(world, capsys):
    """Anna stores a participant with Ioana's id, edits it twice (rev 3) and exports."""
    fake = world.anna.save(Participant(id=world.ioana.id, roepnaam="Overgenomen")).record
    for year in (1990, 1991):
        fake = world.anna.save(fake.model_copy(update={"birth_year": year})).record
    message = refused(world, world.send(world.anna), capsys, "Ioana", BEA, "niets geïmporteerd")
    assert "bijgewerkt" not in message
    assert _sam_record(world, world.ioana.id).roepnaam == "Ioana"


def test_another_worker_cannot_add_contacts_to_her_dossier(world, capsys):
    """Her vault only saves contacts of her own participants: Anna packs one by hand."""
    contact = raw(Contact(participant_id=world.ioana.id, note="Verzonnen gesprek."))
    refused(world, world.write(forge(world.anna, [contact], world.sam_key)), capsys, "Ioana", BEA)


def test_a_huge_rev_is_refused_and_her_own_later_updates_still_arrive(world, capsys):
    """A rev past any real history would make every later genuine update 'ongewijzigd'."""
    contact = world.bea.dossier(world.ioana.id).contacts[0]
    for signer in (world.anna, world.bea):  # a stranger, and even her owner's own key
        forged = forge(signer, [raw(contact, rev=2**40, note="Nooit meer bij te werken.")], world.sam_key)
        refused(world, world.write(forged), capsys, "onredelijk grote waarde", "rev")
    world.bea.save(contact.model_copy(update={"note": "Tweede gesprek."}))
    assert koers("import", "--vault", world.sam, world.send(world.bea, "bea-2", since_last=True)) == 0
    assert "bijgewerkt: 1 dossier(s): Ioana" in capsys.readouterr().out
    assert _sam_record(world, contact.id).note == "Tweede gesprek."


def test_a_record_cannot_be_pulled_into_another_dossier(world, capsys):
    """Anna reuses the id of Bea's contact inside a dossier of her own."""
    own = world.anna.save(Participant(roepnaam="Mira")).record
    world.anna.save(Consent(participant_id=own.id, purpose="delen_leidinggevende"))  # so her records travel
    stolen = world.bea.dossier(world.ioana.id).contacts[0]
    world.anna.save(Contact(id=stolen.id, participant_id=own.id, note="Nu van Anna."))
    refused(world, world.send(world.anna), capsys, "ander dossier")


def test_another_worker_cannot_attach_a_pdf_to_her_plan(world, capsys):
    plan = world.bea.dossier(world.ioana.id).plans[0]
    world.anna.save(Participant(roepnaam="Mira"))
    export = export_bundle(world.anna, "Sam Super", attachments=[Attachment("plan-1.pdf", plan.id, b"%PDF-1.7 nep")])
    refused(world, world.write(export.data), capsys, "Ioana", BEA)


def test_a_signed_plan_cannot_be_replaced_by_an_unsigned_rewrite(world, capsys):
    """Even with her owner's real key: the signed version is what Ioana signed."""
    signed = world.bea.dossier(world.ioana.id).plans[0]
    rewrite = raw(signed, rev=signed.rev + 5, signatures=[],
                  goals=[Goal(text="Iets wat ze nooit zei", start=2, target=7).model_dump(mode="json")])
    refused(world, world.write(forge(world.bea, [rewrite], world.sam_key)), capsys, "ondertekend")
    assert _sam_record(world, signed.id) == signed


def test_no_other_record_can_take_the_place_of_a_signed_version(world, capsys):
    signed = world.bea.dossier(world.ioana.id).plans[0]
    twin = Trajectplan(participant_id=world.ioana.id, plan_id=signed.plan_id, version=signed.version,
                       goals=[Goal(text="Iets anders", start=1, target=3)])
    world.bea.save(twin)
    refused(world, world.send(world.bea, since_last=True), capsys, "ondertekend")


def test_a_second_signature_on_a_signed_plan_still_arrives(world, capsys):
    signed = world.bea.dossier(world.ioana.id).plans[0]
    world.bea.sign_plan(signed.id, _signature(signed, "begeleider"))
    assert koers("import", "--vault", world.sam, world.send(world.bea, "bea-2", since_last=True)) == 0
    assert len(_sam_record(world, signed.id).signatures) == 2


def test_times_far_in_the_future_are_refused(world, capsys):
    contact = world.bea.dossier(world.ioana.id).contacts[0]
    future = dt.datetime(2100, 1, 1, tzinfo=dt.timezone.utc)
    later = raw(contact, rev=contact.rev + 1, updated_at=future.isoformat().replace("+00:00", "Z"))
    refused(world, world.write(forge(world.bea, [later], world.sam_key)), capsys, "toekomst")
    fresh = raw(contact, rev=contact.rev + 1, note="Bijgewerkt.")
    refused(world, world.write(forge(world.bea, [fresh], world.sam_key, created=future)), capsys, "toekomst")


def test_the_owner_is_data_a_handover_can_move(world, capsys):
    """The handover itself is another issue; moving the owner is enough for Anna's bundle to pass."""
    from desktop.vault import owners
    from desktop.vault.owners import Origin
    from desktop.vault.trust import own_public_key

    contact = raw(Contact(participant_id=world.ioana.id, note="Overgedragen aan Anna."))
    bundle = world.write(forge(world.anna, [contact], world.sam_key))
    sam = world.sam_vault()
    assert owners.owners(sam.db, [world.ioana.id]) == {world.ioana.id: Origin.imported(own_public_key(world.bea).fingerprint)}
    with sam.transaction():
        owners.transfer_all(sam.db, Origin.imported(own_public_key(world.bea).fingerprint),
                            Origin.imported(own_public_key(world.anna).fingerprint))
    sam.close(make_backup=False)
    assert koers("import", "--vault", world.sam, bundle) == 0
    assert "bijgewerkt: 1 dossier(s)" in capsys.readouterr().out  # a new record in her dossier
