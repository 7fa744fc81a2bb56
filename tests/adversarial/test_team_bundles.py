"""Issue 14, the supervisor → worker path: a worker takes from her supervisor only what a
supervisor may send (the sociale kaart; records the supervisor owns in this worker's dossiers),
by the trusted role of the key that signed it. Each attack with real keys and real bundles; a
refusal exits 4, says why, and leaves the worker's vault byte for byte as it was."""

from __future__ import annotations

import pytest

from desktop.vault import inbound
from desktop.vault.exchange import export_bundle, mark_sent
from desktop.vault.kaart import entries
from desktop.vault.errors import ReadOnlyDossier
from desktop.vault.trust import own_public_key, trust_key
from exports.bundle import PublicKey, pack
from forms import Contact, KaartEntry, Participant
from tests.adversarial import world as worldmod
from tests.adversarial.world import ANNA, SAM, World, forge, koers, make_world, raw, vault_bytes
from tests.conftest import PASSPHRASE


@pytest.fixture
def world(tmp_path, monkeypatch, capsys) -> World:
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    world = make_world(tmp_path)
    yield world
    world.anna.close()
    world.bea.close()


def _sam_sends(world: World, *entries_: KaartEntry, name: str = "kaart") -> str:
    sam = world.sam_vault()
    try:
        sam.save_all(entries_)
        export = export_bundle(sam, ANNA)
        mark_sent(sam, export)
    finally:
        sam.close()
    path = world.folder / f"{name}.koers"
    path.write_bytes(export.data)
    return path


def _anna_closed(world: World):
    """Anna's vault folder, closed, after one unlock (which makes its lock files)."""
    world.anna.close()
    assert koers("list", "--vault", world.folder / "anna") == 0
    return world.folder / "anna"


def _refused_by_anna(world: World, folder, path, capsys) -> str:
    """Import `path` into Anna's closed vault: refused (exit 4) with her vault byte for byte as it
    was. Her vault is opened again; gives what the refusal said."""
    before = vault_bytes(folder)
    assert koers("import", "--vault", folder, path) == 4
    said = capsys.readouterr().err
    assert vault_bytes(folder) == before
    world.anna = worldmod.Vault.open(folder, PASSPHRASE)
    return said


def test_the_kaart_travels_from_supervisor_to_worker_read_only(world):
    entry = KaartEntry(name="Schuldhulp Noord", kind="schulden", waiting_days=21, phone="020 123 4567")
    bundle = _sam_sends(world, entry)
    world.anna.close()
    assert koers("import", "--vault", world.folder / "anna", bundle) == 0
    world.anna = worldmod.Vault.open(world.folder / "anna", PASSPHRASE)
    [item] = entries(world.anna)
    assert item.entry == entry and item.programme
    with pytest.raises(ReadOnlyDossier):  # the programme's entry is not hers to change
        world.anna.save(entry.model_copy(update={"phone": "06 666"}))
    own = KaartEntry(name="Buurthuis", kind="werk")
    world.anna.save(own)
    assert {i.entry.name: i.programme for i in entries(world.anna)} == {"Schuldhulp Noord": True, "Buurthuis": False}


def test_a_worker_signed_bundle_posing_as_the_supervisor_is_refused(world, monkeypatch, capsys):
    """Bea writes Sam's name into her bundle. Anna trusts Bea as a colleague, so the bundle
    opens, but it is Bea's key that signed it, and a colleague sends no kaart."""
    trust_key(world.anna, PublicKey.from_file(own_public_key(world.bea).to_file()), "begeleider")
    bea = own_public_key(world.bea)
    monkeypatch.setattr(worldmod, "own_public_key", lambda _v: PublicKey(SAM, "supervisor", bea.ed25519, bea.age))
    fake = KaartEntry(name="Nep-hulp", kind="juridisch", phone="0900 oplichter")
    data = forge(world.bea, [raw(fake)], own_public_key(world.anna))
    folder = _anna_closed(world)
    assert "zonder overdracht of waarneming" in _refused_by_anna(world, folder, world.write(data), capsys)


def test_a_bundle_signed_with_the_supervisors_key_in_the_header_but_not_by_her_is_refused(world, capsys):
    sam_key = world.sam_key
    data = pack([KaartEntry(name="Nep", kind="werk")], world.bea.identity.signing_key_pem,
                [own_public_key(world.anna).age], exporter=sam_key)
    folder = _anna_closed(world)
    assert "handtekening" in _refused_by_anna(world, folder, world.write(data), capsys)


def test_a_supervisor_bundle_cannot_overwrite_a_workers_dossier(world, capsys):
    ioana = Participant(roepnaam="Ioana")
    world.anna.save_all([ioana, Contact(participant_id=ioana.id, note="Eerste gesprek.")])
    sam = world.sam_vault()
    try:
        data = forge(sam, [raw(ioana, roepnaam="Overschreven", rev=ioana.rev + 5)], own_public_key(world.anna))
    finally:
        sam.close()
    folder = _anna_closed(world)
    assert "soort 'participant'" in _refused_by_anna(world, folder, world.write(data), capsys)


def test_a_supervisor_owned_kind_may_be_added_but_never_replaces_the_workers_record(world, monkeypatch, capsys):
    """The allow-list's dossier kinds (supervisor notes, later) are owned record by record:
    carried here with contacts standing in for them."""
    monkeypatch.setattr(inbound, "SUPERVISOR_KINDS", inbound.SUPERVISOR_KINDS | {"contact"})
    ioana = Participant(roepnaam="Ioana")
    hers = Contact(participant_id=ioana.id, note="Haar eigen notitie.")
    world.anna.save_all([ioana, hers])
    note = Contact(participant_id=ioana.id, note="Van de leidinggevende.")
    sam = world.sam_vault()
    try:
        added = forge(sam, [raw(note)], own_public_key(world.anna))
        replaced = forge(sam, [raw(hers, note="Overschreven", rev=hers.rev + 1)], own_public_key(world.anna))
    finally:
        sam.close()
    folder = _anna_closed(world)
    assert koers("import", "--vault", folder, world.write(added, "added")) == 0
    assert "dat van Anna Werker is" in _refused_by_anna(world, folder, world.write(replaced, "replaced"), capsys)
    assert {c.note for c in world.anna.dossier(ioana.id).contacts} == {"Haar eigen notitie.", "Van de leidinggevende."}


def test_a_supervisor_entry_cannot_take_the_place_of_the_workers_own(world, capsys):
    own = KaartEntry(name="Buurthuis", kind="werk", phone="020 111")
    world.anna.save(own)
    sam = world.sam_vault()
    try:
        data = forge(sam, [raw(own, phone="0900 666", rev=2)], own_public_key(world.anna))
    finally:
        sam.close()
    folder = _anna_closed(world)
    _refused_by_anna(world, folder, world.write(data), capsys)


def test_a_replayed_older_kaart_changes_nothing(world):
    entry = KaartEntry(name="Huisartsenpost", kind="huisarts", waiting_days=3)
    first = _sam_sends(world, entry, name="v1")
    sam = world.sam_vault()
    try:
        sam.save(entry.model_copy(update={"waiting_days": 10, "phone": "020 999"}))
        newer = export_bundle(sam, ANNA)
    finally:
        sam.close()
    folder = _anna_closed(world)
    assert koers("import", "--vault", folder, world.write(newer.data, "v2")) == 0
    assert koers("import", "--vault", folder, first) == 0  # the older file is read, and ignored
    world.anna = worldmod.Vault.open(folder, PASSPHRASE)
    [item] = entries(world.anna)
    assert (item.entry.waiting_days, item.entry.phone, item.entry.rev) == (10, "020 999", 2)


def test_a_supervisor_sends_nothing_to_another_supervisor(world, tmp_path, capsys):
    other = worldmod.new_vault(tmp_path / "sara", "Sara Super", "supervisor")
    sam = world.sam_vault()
    try:
        trust_key(sam, PublicKey.from_file(own_public_key(other).to_file()), "begeleider", name="Sara")
        trust_key(other, PublicKey.from_file(world.sam_key.to_file()), "supervisor")
        sam.save(KaartEntry(name="Wonen Zuid", kind="wonen"))
        data = export_bundle(sam, "Sara").data
    finally:
        sam.close()
    other.close()
    assert koers("import", "--vault", tmp_path / "sara", world.write(data)) == 4
    assert "rollen passen niet" in capsys.readouterr().err
