"""Another worker cannot erase or anonymise a dossier she does not own (issue 12 §2): only
her owner's bundle may carry her erasure or her anonymous form."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.vault import erasure
from forms import Consent, Participant
from tests.adversarial.world import World, ioana_at_sam, koers, vault_bytes


@pytest.fixture
def world(tmp_path, monkeypatch, capsys) -> Iterator[World]:
    """Bea's dossier of Ioana, shared with Sam by consent, already imported at Sam's."""
    def consent(world: World, ioana: Participant) -> None:
        world.bea.save(Consent(participant_id=ioana.id, purpose="delen_leidinggevende"))
    yield from ioana_at_sam(tmp_path, monkeypatch, capsys, consent)


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
