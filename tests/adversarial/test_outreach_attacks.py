"""Issue 14 §4: outreach contacts are owned by the worker who wrote them. At the supervisor's, a
colleague's bundle — made by her Koers or forged with her real key — can neither overwrite nor
erase nor anonymise another worker's contacts: the import exits 4, says whose they are, and
leaves the supervisor's vault byte for byte as it was."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.vault import outreach
from forms.outreach import OutreachContact
from forms.sharing import ErasureNotice, MonitoringForm
from tests.adversarial.world import ANNA, World, forge, koers, make_world, raw, vault_bytes
from tests.conftest import PASSPHRASE


@pytest.fixture
def world(tmp_path, monkeypatch, capsys) -> World:
    """Anna's six rounds of the windows, imported at Sam's."""
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    world = make_world(tmp_path)
    world.rounds = [OutreachContact(date=dt.date(2026, 2, d), place="raam", people=8, asked_to_start=1)
                    for d in range(1, 7)]
    world.anna.save_all(world.rounds)
    assert koers("import", "--vault", world.sam, world.send(world.anna, "anna-1")) == 0
    capsys.readouterr()
    yield world
    world.anna.close()
    world.bea.close()


def _refused(world: World, bundle, capsys) -> None:
    before = vault_bytes(world.sam)
    assert koers("import", "--vault", world.sam, bundle) == 4
    assert ANNA in capsys.readouterr().err  # says whose they are
    assert vault_bytes(world.sam) == before
    sam = world.sam_vault()
    try:
        assert sorted(c.people for c in outreach.contacts(sam)) == [8] * 6
    finally:
        sam.close()


def test_a_colleagues_bundle_cannot_overwrite_her_contacts(world, capsys):
    target = world.rounds[0]
    forged = raw(target, people=400, rev=target.rev + 5)
    _refused(world, world.write(forge(world.bea, [forged], world.sam_key), "overwrite"), capsys)


def test_a_colleagues_own_koers_cannot_carry_her_contacts_either(world, capsys):
    world.bea.save_all([r.model_copy(update={"people": 1}) for r in world.rounds[:2]])  # same ids, Bea's vault
    _refused(world, world.send(world.bea, "bea"), capsys)


def test_a_colleague_cannot_erase_her_contacts_with_an_erasure_notice(world, capsys):
    notices = [raw(ErasureNotice.for_participant(r.id)) for r in world.rounds]
    _refused(world, world.write(forge(world.bea, notices, world.sam_key), "erase"), capsys)


def test_a_colleague_cannot_swap_her_contacts_for_an_anonymous_form(world, capsys):
    target = world.rounds[0]
    form = MonitoringForm(id=target.id, participant_id=target.id, data={"participant": [{"gender": None}]})
    _refused(world, world.write(forge(world.bea, [raw(form)], world.sam_key), "anonymise"), capsys)
