"""Issue 14 §1, handover and cover, end to end between three real vaults: Anna (the old worker),
Bea (the new one) and Sam (their supervisor), through `koers` with real keys and real bundles."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.vault import Vault
from desktop.vault.exchange import export_bundle, mark_sent
from desktop.vault.handover import end_covers, hand_over, holder
from desktop.vault.owners import owners
from desktop.vault.errors import ReadOnlyDossier
from desktop.vault.trust import own_public_key, trust_key
from exports.bundle import PublicKey
from forms import Consent, Contact, Goal, Participant, Point, Signature, Trajectplan
from forms.base import utcnow
from tests.adversarial.world import ANNA, BEA, World, forge, koers, make_world, raw, vault_bytes
from tests.conftest import PASSPHRASE


@pytest.fixture
def world(tmp_path, monkeypatch, capsys) -> World:
    """Anna's dossier of Ioana (a signed plan, her consent to a handover to Bea) known at Sam's;
    Anna and Bea trust each other as colleagues."""
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    world = make_world(tmp_path)
    trust_key(world.anna, PublicKey.from_file(own_public_key(world.bea).to_file()), "begeleider")
    trust_key(world.bea, PublicKey.from_file(own_public_key(world.anna).to_file()), "begeleider")
    ioana = Participant(roepnaam="Ioana")
    plan = Trajectplan(participant_id=ioana.id, goals=[Goal(text="Een eigen kamer", start=2, target=7)])
    world.anna.save_all([ioana, plan, Contact(participant_id=ioana.id, note="Eerste gesprek."),
                         Consent(participant_id=ioana.id, purpose="overdracht_collega", recipient=BEA,
                                 given_on=dt.date.today())])
    world.anna.sign_plan(plan.id, Signature(role="deelnemer", name="Ioana", signed_at=utcnow(),
                                            strokes=[[Point(x=0.2, y=0.4)]], plan_hash=plan.plan_content_hash()))
    assert koers("import", "--vault", world.sam, world.send(world.anna, "anna-1")) == 0
    capsys.readouterr()
    world.ioana = ioana
    yield world
    world.anna.close()
    world.bea.close()


def _reopen(world: World, who: str) -> Vault:
    getattr(world, who).close()
    return world.folder / who


def _owner_at_sam(world: World, pid):
    sam = world.sam_vault()
    try:
        return owners(sam.db, [pid])[pid].fingerprint
    finally:
        sam.close()


def test_handover_end_to_end_between_three_vaults(world, capsys):
    pid, anna_fp, bea_fp = world.ioana.id, own_public_key(world.anna).fingerprint, own_public_key(world.bea).fingerprint
    anna_dir = _reopen(world, "anna")
    out = world.folder / "ioana.koers"
    assert koers("handover", pid, "--to", BEA, "--out", out, "--vault", anna_dir) == 0
    world.anna = Vault.open(anna_dir, PASSPHRASE)
    assert holder(world.anna, pid) == BEA  # the old worker's copy names who has her now, and is read-only
    with pytest.raises(ReadOnlyDossier):
        world.anna.save(Contact(participant_id=pid, note="Nog even"))
    [handover] = world.anna.dossier(pid).handovers
    assert (handover.basis, handover.to_name) == ("toestemming", BEA)

    bea_dir = _reopen(world, "bea")
    assert koers("import", "--vault", bea_dir, out) == 0
    world.bea = Vault.open(bea_dir, PASSPHRASE)
    dossier = world.bea.dossier(pid)
    assert dossier.plans[0].frozen and len(dossier.contacts) == 1 and holder(world.bea, pid) is None
    assert world.bea.db.execute("SELECT count(*) FROM attachments").fetchone()[0] == 1  # the signed PDF
    world.bea.save(Contact(participant_id=pid, note="Kennismaking met Bea."))

    # The supervisor learns of it from Anna's own signed bundle; then Bea's bundles change Ioana.
    assert _owner_at_sam(world, pid) == anna_fp
    assert koers("import", "--vault", world.sam, world.send(world.anna, "anna-2")) == 0
    assert _owner_at_sam(world, pid) == bea_fp
    assert koers("import", "--vault", world.sam, world.send(world.bea, "bea-1")) == 0

    # A bundle from the old worker that still changes her is refused, at Sam's and at Bea's.
    capsys.readouterr()
    late = Contact(participant_id=pid, note="Anna schrijft nog")
    before = vault_bytes(world.sam)
    assert koers("import", "--vault", world.sam, world.write(forge(world.anna, [raw(late)], world.sam_key))) == 4
    assert "dat van Bea Begeleider is" in capsys.readouterr().err
    assert vault_bytes(world.sam) == before
    bea_dir = _reopen(world, "bea")
    bea = Vault.open(bea_dir, PASSPHRASE)
    forged = forge(world.anna, [raw(late)], own_public_key(bea))
    bea.close()
    before = vault_bytes(bea_dir)
    assert koers("import", "--vault", bea_dir, world.write(forged, "to-bea")) == 4
    assert f"{ANNA} heeft dossier {pid} aan u overgedragen" in capsys.readouterr().err
    assert vault_bytes(bea_dir) == before

    # Bea's confirmation erases Anna's copy.
    receipt = world.folder / "receipt.koers"
    assert koers("export", "--to", ANNA, "--out", receipt, "--vault", bea_dir) == 0
    anna_dir = _reopen(world, "anna")
    assert koers("import", "--vault", anna_dir, receipt) == 0
    world.anna, world.bea = Vault.open(anna_dir, PASSPHRASE), Vault.open(bea_dir, PASSPHRASE)
    assert world.anna.participants() == [] and world.anna.db.execute(
        "SELECT count(*) FROM records WHERE participant_id = ?", (str(pid),)).fetchone()[0] == 0
    assert [p.roepnaam for p in world.bea.participants()] == ["Ioana"]


def test_a_handover_needs_her_consent_for_that_colleague_unless_the_team_shares(world, tmp_path):
    lena = Participant(roepnaam="Lena")
    world.anna.save(lena)
    with pytest.raises(Exception, match="geen toestemming"):
        hand_over(world.anna, lena.id, BEA)
    assert world.anna.dossier(lena.id).handovers == []
    anna_dir = _reopen(world, "anna")
    assert koers("team-shares", "on", "--vault", anna_dir) == 0
    world.anna = Vault.open(anna_dir, PASSPHRASE)
    assert hand_over(world.anna, lena.id, BEA).basis == "team_deelt"


def test_cover_gives_a_read_only_copy_whose_contacts_go_back_and_which_ends(world):
    pid = world.ioana.id
    until = dt.date.today() + dt.timedelta(days=14)
    anna_dir = _reopen(world, "anna")
    out = world.folder / "cover.koers"
    assert koers("cover", pid, "--to", BEA, "--until", until.isoformat(), "--out", out, "--vault", anna_dir) == 0
    bea_dir = _reopen(world, "bea")
    assert koers("import", "--vault", bea_dir, out) == 0
    world.bea = Vault.open(bea_dir, PASSPHRASE)
    assert holder(world.bea, pid) == ANNA
    with pytest.raises(ReadOnlyDossier):
        world.bea.save(world.bea.dossier(pid).participant.model_copy(update={"roepnaam": "Anders"}))
    world.bea.save(Contact(participant_id=pid, date=dt.date.today(), note="Gebeld tijdens waarneming."))
    back = export_bundle(world.bea, ANNA)
    mark_sent(world.bea, back)
    assert back.counts == {"contact": 1}
    assert koers("import", "--vault", anna_dir, world.write(back.data, "back")) == 0
    world.bea.save(Contact(participant_id=pid, date=dt.date.today(), note="Tweede gesprek."))
    again = export_bundle(world.bea, ANNA)  # only what is new since the last bundle to her
    assert again.counts == {"contact": 1}
    assert koers("import", "--vault", anna_dir, world.write(again.data, "again")) == 0
    world.anna = Vault.open(anna_dir, PASSPHRASE)
    assert {"Gebeld tijdens waarneming.", "Tweede gesprek."} <= {c.note for c in world.anna.dossier(pid).contacts}
    assert holder(world.anna, pid) is None  # a cover leaves her with Anna
    assert end_covers(world.bea, today=until) == []
    assert end_covers(world.bea, today=until + dt.timedelta(days=1)) == [pid]
    assert world.bea.participants() == []

