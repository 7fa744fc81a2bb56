"""Another worker cannot erase or anonymise a dossier she does not own (issue 12 §2): only
her owner's bundle may carry her erasure or her anonymous form."""

from __future__ import annotations

import pytest

from desktop.vault import erasure
from forms import Consent, Contact, Participant
from tests.adversarial.world import World, koers, make_world, vault_bytes
from tests.conftest import PASSPHRASE


@pytest.fixture
def world(tmp_path, monkeypatch, capsys) -> World:
    """Bea's dossier of Ioana, shared with Sam by consent, already imported at Sam's."""
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    world = make_world(tmp_path)
    ioana = Participant(roepnaam="Ioana")
    world.bea.save_all([ioana, Contact(participant_id=ioana.id, note="Eerste gesprek."),
                        Consent(participant_id=ioana.id, purpose="delen_leidinggevende")])
    assert koers("import", "--vault", world.sam, world.send(world.bea, "bea-1")) == 0
    capsys.readouterr()
    world.ioana = ioana
    yield world
    world.anna.close()
    world.bea.close()


def _sam_names(world: World) -> list[str]:
    sam = world.sam_vault()
    try:
        return [p.roepnaam for p in sam.participants()]
    finally:
        sam.close(make_backup=False)


def test_another_workers_erasure_notice_is_refused(world, capsys):
    erasure.remember(world.anna.folder, world.ioana.id)  # Anna's vault claims to have erased her
    bundle = world.send(world.anna, "anna-erases")
    before = vault_bytes(world.sam)
    assert koers("import", "--vault", world.sam, bundle) == 4
    assert "niets geïmporteerd" in capsys.readouterr().err
    assert vault_bytes(world.sam) == before
    assert _sam_names(world) == ["Ioana"]
    assert not erasure.erased_ids(world.sam)


def test_another_workers_anonymous_form_cannot_reduce_her(world, capsys):
    world.anna.save(Participant(id=world.ioana.id, roepnaam="Overgenomen"))  # no consent: goes as a form
    assert koers("import", "--vault", world.sam, world.send(world.anna, "anna-reduces")) == 4
    assert _sam_names(world) == ["Ioana"]


def test_her_owners_erasure_is_applied(world, capsys):
    world.bea.erase_participant(str(world.ioana.id), "verzoek van de deelnemer")
    assert koers("import", "--vault", world.sam, world.send(world.bea, "bea-erases")) == 0
    assert "gewist" in capsys.readouterr().out
    assert _sam_names(world) == []
    assert erasure.erased_ids(world.sam) == {world.ioana.id}
