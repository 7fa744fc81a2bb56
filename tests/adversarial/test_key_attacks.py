"""Issue 11 §3, keys: a lost laptop's key revoked, a new laptop's key introduced by the old one
(or trusted after comparing fingerprints), and names from outside that try to rewrite the
terminal. Real keys, real bundles, `koers` as the judge."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from desktop.vault.trust import own_public_key
from forms import Contact
from tests.adversarial.world import BEA, World, forge, ioana_at_sam, koers, new_vault, raw, vault_bytes
from tests.conftest import PASSPHRASE


@pytest.fixture
def world(tmp_path, monkeypatch, capsys) -> Iterator[World]:
    yield from ioana_at_sam(tmp_path, monkeypatch, capsys)


def _keys(world: World, capsys) -> list[dict]:
    assert koers("keys", "list", "--vault", world.sam, "--json") == 0
    out = capsys.readouterr().out
    assert not set("\x1b\x9b\u202e") & set(out)  # escaped, even where JSON would allow them raw
    return json.loads(out)["keys"]


def test_a_revoked_keys_bundles_are_refused(world, capsys):
    """Bea's laptop is lost: Sam revokes its key; whatever comes signed with it is refused."""
    bea = own_public_key(world.bea).fingerprint
    world.bea.save(Contact(participant_id=world.ioana.id, note="Van de gestolen laptop."))
    bundle = world.send(world.bea, "bea-2", since_last=True)
    assert koers("keys", "revoke", bea, "--vault", world.sam) == 0
    assert "Ingetrokken" in capsys.readouterr().out
    before = vault_bytes(world.sam)
    assert koers("import", "--vault", world.sam, bundle) == 4
    assert "ingetrokken" in capsys.readouterr().err
    assert vault_bytes(world.sam) == before
    (entry,) = [k for k in _keys(world, capsys) if k["fingerprint"] == bea]
    assert entry["revoked_at"] is not None
    assert koers("keys", "list", "--vault", world.sam) == 0
    assert "ingetrokken op" in capsys.readouterr().out
    assert koers("keys", "revoke", "AAAA-BBBB-CCCC-DDDD", "--vault", world.sam) == 4


def _new_laptop(world: World, tmp_path):
    """Bea's new laptop: a new vault with new keys, and her public key file."""
    new = new_vault(tmp_path / "bea-nieuw", BEA)
    (tmp_path / "nieuw.pub").write_bytes(own_public_key(new).to_file())
    return new


def _new_key_may_write_her_dossier(world: World, new, capsys) -> None:
    """The new key's bundle adds to Ioana's dossier; one from the old key is refused."""
    contact = raw(Contact(participant_id=world.ioana.id, note="Vanaf de nieuwe laptop."))
    assert koers("import", "--vault", world.sam, world.write(forge(new, [contact], world.sam_key), "nieuw")) == 0
    assert "bijgewerkt: 1 dossier(s)" in capsys.readouterr().out  # a new record in her dossier
    old = raw(Contact(participant_id=world.ioana.id, note="Vanaf de oude laptop."))
    assert koers("import", "--vault", world.sam, world.write(forge(world.bea, [old], world.sam_key), "oud")) == 4
    assert "ingetrokken" in capsys.readouterr().err


def test_a_new_laptop_introduced_by_the_old_key_takes_over_her_dossiers(world, capsys, tmp_path):
    new = _new_laptop(world, tmp_path)
    assert koers("keys", "introduce", tmp_path / "nieuw.pub", "--vault", tmp_path / "bea",
                 "--out", tmp_path / "intro.json") == 0
    assert koers("keys", "accept-introduction", tmp_path / "intro.json", "--vault", world.sam) == 0
    assert "nieuwe sleutel" in capsys.readouterr().out
    keys = {k["fingerprint"]: k for k in _keys(world, capsys)}
    old, fresh = own_public_key(world.bea).fingerprint, own_public_key(new).fingerprint
    assert keys[fresh]["name"] == BEA and keys[fresh]["revoked_at"] is None
    assert keys[old]["revoked_at"] is not None and keys[old]["successor"] == fresh
    _new_key_may_write_her_dossier(world, new, capsys)
    new.close()


def test_an_introduction_signed_by_another_key_is_refused(world, capsys, tmp_path):
    """Anna introduces a key of hers, then writes Bea's fingerprint as the old key."""
    evil = new_vault(tmp_path / "eve", "Eve")
    (tmp_path / "eve.pub").write_bytes(own_public_key(evil).to_file())
    evil.close()
    assert koers("keys", "introduce", tmp_path / "eve.pub", "--vault", tmp_path / "anna",
                 "--out", tmp_path / "intro.json") == 0
    intro = json.loads((tmp_path / "intro.json").read_text())
    intro["old"] = own_public_key(world.bea).fingerprint
    (tmp_path / "intro.json").write_text(json.dumps(intro))
    capsys.readouterr()
    before = vault_bytes(world.sam)
    assert koers("keys", "accept-introduction", tmp_path / "intro.json", "--vault", world.sam) == 4
    assert "handtekening van de oude sleutel klopt niet" in capsys.readouterr().err
    assert vault_bytes(world.sam) == before


def test_a_successor_trusted_after_comparing_fingerprints(world, capsys, tmp_path):
    """Lost laptop, no old key to introduce with: Sam compares the new fingerprint and names the old."""
    new = _new_laptop(world, tmp_path)
    old = own_public_key(world.bea).fingerprint
    assert koers("keys", "trust", tmp_path / "nieuw.pub", "--vault", world.sam, "--role", "begeleider",
                 "--replaces", old, "--yes") == 0
    capsys.readouterr()
    keys = {k["fingerprint"]: k for k in _keys(world, capsys)}
    assert keys[old]["revoked_at"] and keys[old]["successor"] == own_public_key(new).fingerprint
    _new_key_may_write_her_dossier(world, new, capsys)
    new.close()


FAKE_LINE = "Eve\n\x1b[1A\x1b[2KVingerafdruk: AAAA-BBBB-CCCC-DDDD"


@pytest.mark.parametrize("name", [FAKE_LINE, "Eve\x1b]0;titel\x07", "Eve\u202eevE", "Eve\x9b2K"])
def test_a_key_file_name_with_control_characters_is_refused(world, capsys, tmp_path, name):
    evil = new_vault(tmp_path / "eve", "Eve")
    body = json.loads(own_public_key(evil).to_file())
    evil.close()
    body["name"] = name
    (tmp_path / "eve.pub").write_text(json.dumps(body))
    before = vault_bytes(world.sam)
    assert koers("keys", "trust", tmp_path / "eve.pub", "--vault", world.sam, "--role", "begeleider", "--yes") == 4
    out = capsys.readouterr()
    assert "stuurteken" in out.err
    assert "AAAA-BBBB" not in out.out + out.err and "\x1b" not in out.out + out.err
    assert vault_bytes(world.sam) == before


def test_init_refuses_a_worker_name_with_control_characters(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    assert koers("init", "--vault", tmp_path / "v", "--worker-name", FAKE_LINE) == 4
    assert "stuurteken" in capsys.readouterr().err
    assert not (tmp_path / "v").exists()


def test_names_stored_before_the_rule_are_printed_safely(world, capsys):
    """A vault that trusted such a key before this rule existed shows its escape codes, not obeys them."""
    sam = world.sam_vault()
    with sam.transaction():
        sam.db.execute("UPDATE trusted_keys SET name = ? WHERE name = ?", (FAKE_LINE + "\x9b2K\u202e", BEA))
    sam.close(make_backup=False)
    world.bea.save(Contact(participant_id=world.ioana.id, note="Nog een gesprek."))
    assert koers("import", "--vault", world.sam, world.send(world.bea, "bea-2", since_last=True)) == 0
    for argv in (("keys", "list"), ("keys", "show")):
        assert koers(*argv, "--vault", world.sam) == 0
    out = capsys.readouterr().out
    assert not set("\x1b\x9b\u202e") & set(out) and "\\x1b[1A" in out
    assert "\nVingerafdruk: AAAA" not in out
    shown = _keys(world, capsys)  # --json: still JSON, nothing a terminal obeys
    assert FAKE_LINE + "\x9b2K\u202e" in [k["name"] for k in shown]


def test_a_name_given_with_trust_follows_the_same_rule(world, capsys, tmp_path):
    evil = new_vault(tmp_path / "eve", "Eve")
    (tmp_path / "eve.pub").write_bytes(own_public_key(evil).to_file())
    evil.close()
    assert koers("keys", "trust", tmp_path / "eve.pub", "--vault", world.sam, "--role", "begeleider",
                 "--name", FAKE_LINE, "--yes") == 4
    err = capsys.readouterr().err
    assert "stuurteken" in err and "\x1b" not in err
