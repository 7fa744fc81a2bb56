"""Two worker vaults (Anna, Bea) and a supervisor vault (Sam) that trust each other by real key
files, bundles made with the real keys, and `koers import` run at Sam's as the attacks' judge.
`forge` builds a bundle by hand, signed with a real worker key, the way an attacker would."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import struct
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyrage

from desktop.cli import main
from desktop.vault import KdfParams, Vault
from desktop.vault.exchange import export_bundle, mark_sent
from desktop.vault.trust import own_public_key, trust_key
from exports.bundle import FORMAT_VERSION, MAGIC, PublicKey, sign_payload
from forms import Contact, Participant, canonical_json
from tests.conftest import PASSPHRASE

ANNA, BEA, SAM = "Anna Werker", "Bea Begeleider", "Sam Super"


def koers(*argv) -> int:
    return main([str(a) for a in argv])


def new_vault(folder: Path, name: str, role: str = "begeleider") -> Vault:
    return Vault.create(folder, PASSPHRASE, name, role, kdf=KdfParams.fast_for_tests())[0]


def trust_each_other(worker: Vault, supervisor: Vault) -> None:
    """Both sides read the other's public key file, as `koers keys trust` does."""
    trust_key(worker, PublicKey.from_file(own_public_key(supervisor).to_file()), "supervisor")
    trust_key(supervisor, PublicKey.from_file(own_public_key(worker).to_file()), "begeleider")


@dataclass
class World:
    anna: Vault
    bea: Vault
    sam: Path  # closed: only `koers` opens it
    sam_key: PublicKey
    folder: Path

    def send(self, worker: Vault, name: str = "bundle", **kw) -> Path:
        export = export_bundle(worker, SAM, **kw)
        mark_sent(worker, export)
        path = self.folder / f"{name}.koers"
        path.write_bytes(export.data)
        return path

    def write(self, data: bytes, name: str = "forged") -> Path:
        path = self.folder / f"{name}.koers"
        path.write_bytes(data)
        return path

    def sam_vault(self) -> Vault:
        return Vault.open(self.sam, PASSPHRASE)


def make_world(folder: Path) -> World:
    anna, bea = new_vault(folder / "anna", ANNA), new_vault(folder / "bea", BEA)
    sam = new_vault(folder / "sam", SAM, "supervisor")
    trust_each_other(anna, sam)
    trust_each_other(bea, sam)
    sam_key = own_public_key(sam)
    sam.close()
    return World(anna, bea, folder / "sam", sam_key, folder)


def ioana_at_sam(folder: Path, monkeypatch, capsys,
                 more: Callable[[World, Participant], None] = lambda _world, _ioana: None) -> Iterator[World]:
    """A fixture's world: Bea's dossier of Ioana (a first contact, and what `more` adds) sent to
    Sam and imported there; `world.ioana` is her. Closes the workers' vaults afterwards."""
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    world = make_world(folder)
    world.ioana = Participant(roepnaam="Ioana")
    world.bea.save_all([world.ioana, Contact(participant_id=world.ioana.id, note="Eerste gesprek.")])
    more(world, world.ioana)
    assert koers("import", "--vault", world.sam, world.send(world.bea, "bea-1")) == 0
    capsys.readouterr()
    yield world
    world.anna.close()
    world.bea.close()


def vault_bytes(folder: Path) -> dict[str, bytes]:
    """Every file of a closed vault folder, byte for byte."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def forge(signer: Vault, records: list[dict], to: PublicKey, created: dt.datetime | None = None) -> bytes:
    """A bundle of raw record documents, signed with `signer`'s real key and encrypted to `to`:
    what a worker can make with her own key and a few lines of code, past every check of her vault."""
    me = own_public_key(signer)
    body = json.dumps([r["body"] for r in records]).encode()
    manifest = {
        "format": "koers-bundle", "version": FORMAT_VERSION,
        "exporter": {"key_id": me.fingerprint, "name": me.name}, "recipient": None,
        "created": (created or dt.datetime.now(dt.timezone.utc)).isoformat(), "since": None,
        "counts": dict(Counter(r["kind"] for r in records)),
        "records": [{"kind": r["kind"], "id": r["id"], "rev": r["rev"],
                     "sha256": hashlib.sha256(canonical_json(r["body"])).hexdigest()} for r in records],
        "records_size": len(body), "attachments": [],
    }
    age = me.age.encode()
    payload = (MAGIC + struct.pack(">H", FORMAT_VERSION) + me.ed25519 + bytes([len(age)]) + age
               + _sized(json.dumps(manifest).encode()) + _sized(zlib.compress(body)))
    signed = sign_payload(payload, signer.identity.signing_key_pem)
    return pyrage.encrypt(signed, [pyrage.x25519.Recipient.from_str(to.age)])


def raw(record, **changes) -> dict:
    """A record as a bundle carries it, with `changes` applied past the model's checks."""
    body = record.model_dump(mode="json") | changes
    return {"kind": record.KIND, "id": body["id"], "rev": body["rev"], "body": body}


def _sized(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data
