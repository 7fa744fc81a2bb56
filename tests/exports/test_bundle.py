"""The export bundle with real keys: round trip, every way to refuse a file, key files, age CLI."""

from __future__ import annotations

import datetime as dt
import json
import struct
import subprocess
import zlib

import pyrage
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from exports.bundle import (
    MAGIC, MESSAGES, Attachment, BundleError, PublicKey, build_payload, open_bundle, pack,
    public_signing_key, sign_payload, verify_payload,
)
from exports.bundle import container
from forms import Aanmelding, Contact, Participant, Trajectplan
from tests.conftest import require_tool


class Side:
    """One vault's keys, made the way `koers init` makes them."""

    def __init__(self, name: str, role: str):
        self.signing_pem = ed25519.Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        self.identity = str(pyrage.x25519.Identity.generate())
        recipient = str(pyrage.x25519.Identity.from_str(self.identity).to_public())
        self.public = PublicKey(name, role, public_signing_key(self.signing_pem), recipient)


@pytest.fixture(scope="module")
def worker():
    return Side("Anna Werker", "begeleider")


@pytest.fixture(scope="module")
def supervisor():
    return Side("Sam Super", "supervisor")


@pytest.fixture(scope="module")
def records():
    person = Participant(roepnaam="Ioana", gender="vrouw", birth_year=1990)
    return [person, Aanmelding(participant_id=person.id, source="ggd", date=dt.date(2025, 3, 1)),
            Contact(participant_id=person.id, note="Eerste gesprek, rustig verlopen."),
            Trajectplan(participant_id=person.id)]


def _pack(records, worker, supervisor, **kw):
    return pack(records, worker.signing_pem, [supervisor.public.age], exporter=worker.public,
                recipient=supervisor.public, **kw)


def _refused(code, data, identity, trusted):
    with pytest.raises(BundleError) as caught:
        open_bundle(data, identity, trusted)
    assert caught.value.code == code, caught.value.render("en")
    return caught.value


def _frame(signer: Side, manifest: dict | bytes, records_json: bytes, version: int = 1,
           extra: bytes = b"") -> bytes:
    """A payload built by hand, signed by `signer`: to test what the writer never makes."""
    age = signer.public.age.encode()
    manifest_bytes = manifest if isinstance(manifest, bytes) else json.dumps(manifest).encode()
    packed = zlib.compress(records_json)
    unsigned = (MAGIC + struct.pack(">H", version) + signer.public.ed25519 + bytes([len(age)]) + age
                + struct.pack(">I", len(manifest_bytes)) + manifest_bytes
                + struct.pack(">I", len(packed)) + packed + extra)
    return sign_payload(unsigned, signer.signing_pem)


def _manifest(worker, records, records_json: bytes, **changes) -> dict:
    manifest = {
        "format": "koers-bundle", "version": 1,
        "exporter": {"key_id": worker.public.fingerprint, "name": worker.public.name},
        "created": "2026-01-05T10:00:00Z",
        "counts": {}, "records": [], "records_size": len(records_json),
    }
    for record in records:
        manifest["counts"][record.KIND] = manifest["counts"].get(record.KIND, 0) + 1
        manifest["records"].append({"kind": record.KIND, "id": str(record.id), "rev": record.rev,
                                    "sha256": record.content_hash()})
    return manifest | changes


# --- the good path -------------------------------------------------------------------
def test_round_trip_keeps_every_record_and_names_the_sender(worker, supervisor, records):
    bundle = open_bundle(_pack(records, worker, supervisor), supervisor.identity, [worker.public])
    assert bundle.records == records
    assert bundle.signer.name == "Anna Werker"
    assert bundle.manifest.exporter.key_id == worker.public.fingerprint
    assert bundle.manifest.recipient.key_id == supervisor.public.fingerprint
    assert bundle.manifest.counts == {"participant": 1, "aanmelding": 1, "contact": 1, "plan": 1}
    assert [e.sha256 for e in bundle.manifest.records] == [r.content_hash() for r in records]


def test_a_self_copy_opens_with_either_identity(worker, supervisor, records):
    data = pack(records, worker.signing_pem, [supervisor.public.age, worker.public.age],
                exporter=worker.public, recipient=supervisor.public)
    assert open_bundle(data, worker.identity, [worker.public]).records == records
    assert open_bundle(data, supervisor.identity, [worker.public]).records == records


def test_attachments_travel_with_their_hash(worker, supervisor, records):
    pdf = Attachment("plan-v1.pdf", records[3].id, b"%PDF-1.7 fake but carried byte for byte")
    bundle = open_bundle(_pack(records, worker, supervisor, attachments=[pdf]), supervisor.identity,
                         [worker.public])
    assert bundle.attachments == [pdf]


def test_the_payload_starts_with_magic_and_version(worker, records):
    payload = build_payload(records, worker.signing_pem, exporter=worker.public)
    assert payload.startswith(MAGIC + b"\x00\x01")


# --- every refusal -------------------------------------------------------------------
def test_wrong_recipient(worker, supervisor, records):
    stranger = Side("Iemand", "supervisor")
    error = _refused("wrong_recipient", _pack(records, worker, supervisor), stranger.identity, [worker.public])
    assert "niet voor deze kluis" in error.render("nl")


def test_tampered_ciphertext(worker, supervisor, records):
    data = bytearray(_pack(records, worker, supervisor))
    data[len(data) // 2] ^= 0x40
    _refused("damaged", bytes(data), supervisor.identity, [worker.public])


def test_truncated_file(worker, supervisor, records):
    data = _pack(records, worker, supervisor)
    for cut in (10, len(data) // 2, len(data) - 1):
        _refused("damaged", data[:cut], supervisor.identity, [worker.public])


def test_oversized_file_is_refused_before_decrypting(worker, supervisor, records, monkeypatch):
    data = _pack(records, worker, supervisor)
    monkeypatch.setattr(container, "MAX_FILE", len(data) - 1)
    _refused("too_large", data, supervisor.identity, [worker.public])


def test_valid_encryption_with_a_bad_signature(worker, supervisor, records):
    payload = bytearray(build_payload(records, worker.signing_pem, exporter=worker.public))
    payload[130] ^= 0x01  # inside the manifest, after the header
    data = pyrage.encrypt(bytes(payload), [pyrage.x25519.Recipient.from_str(supervisor.public.age)])
    _refused("bad_signature", data, supervisor.identity, [worker.public])


def test_a_key_not_trusted(worker, supervisor, records):
    error = _refused("untrusted_key", _pack(records, worker, supervisor), supervisor.identity, [])
    assert worker.public.fingerprint in error.render("en")


def test_someone_else_signing_with_the_workers_name(worker, supervisor, records):
    impostor = Side("Anna Werker", "begeleider")
    data = pack(records, impostor.signing_pem, [supervisor.public.age], exporter=impostor.public)
    _refused("untrusted_key", data, supervisor.identity, [worker.public])


def test_unknown_format_version(worker, supervisor, records):
    payload = build_payload(records, worker.signing_pem, exporter=worker.public)
    bumped = sign_payload(payload[:8] + b"\x00\x02" + payload[10:-64], worker.signing_pem)
    data = pyrage.encrypt(bumped, [pyrage.x25519.Recipient.from_str(supervisor.public.age)])
    error = _refused("unknown_version", data, supervisor.identity, [worker.public])
    assert "versie 2" in error.render("nl")


def test_not_a_bundle_inside_valid_encryption(supervisor, worker):
    data = pyrage.encrypt(b"just some text, not a bundle at all" * 4,
                          [pyrage.x25519.Recipient.from_str(supervisor.public.age)])
    _refused("not_a_bundle", data, supervisor.identity, [worker.public])


def _verify_refused(code, payload, worker):
    with pytest.raises(BundleError) as caught:
        verify_payload(payload, [worker.public])
    assert caught.value.code == code, caught.value.render("en")
    return caught.value


def test_a_record_that_fails_validation_names_the_field(worker, records):
    bad = records[0].model_dump(mode="json") | {"roepnaam": ""}
    body = json.dumps([bad]).encode()
    error = _verify_refused("invalid_record", _frame(worker, _manifest(worker, records[:1], body), body), worker)
    assert "Roepnaam" in error.render("nl") and "Chosen name" in error.render("en")


def test_absurd_field_sizes(worker, records):
    huge_note = records[2].model_dump(mode="json") | {"note": "x" * 100_000}
    body = json.dumps([huge_note]).encode()
    _verify_refused("invalid_record", _frame(worker, _manifest(worker, records[2:3], body), body), worker)
    body = json.dumps([records[0].model_dump(mode="json")]).encode()
    manifest = _manifest(worker, records[:1], body)
    manifest["records"][0]["rev"] = 2**60
    _verify_refused("absurd_size", _frame(worker, manifest, body), worker)
    _verify_refused("absurd_size", _frame(worker, _manifest(worker, records[:1], body, records_size=2**40), body),
                    worker)


def test_a_record_that_does_not_match_its_manifest_line(worker, records):
    changed = records[2].model_dump(mode="json") | {"note": "een andere notitie"}
    body = json.dumps([changed]).encode()
    _verify_refused("invalid_record", _frame(worker, _manifest(worker, records[2:3], body), body), worker)


def test_a_decompression_bomb_stops_at_the_declared_size(worker, records):
    bomb = b"[" + b" " * 50_000_000 + b"]"
    manifest = _manifest(worker, [], bomb, records_size=100)
    _verify_refused("malformed", _frame(worker, manifest, bomb), worker)


def test_deep_nesting_and_trailing_bytes_are_refused(worker, records):
    body = b"[" * 100_000 + b"]" * 100_000
    _verify_refused("malformed", _frame(worker, _manifest(worker, [], body), body), worker)
    body = b"[]"
    _verify_refused("malformed", _frame(worker, _manifest(worker, [], body), body, extra=b"junk"), worker)


def test_every_message_formats_in_both_languages():
    for code in MESSAGES:
        error = BundleError(code, detail="d", version=9, known=1, fingerprint="F",
                            position=1, kind="contact")
        assert error.render("nl") and error.render("en") and "{" not in error.render("nl")


# --- key files -----------------------------------------------------------------------
def test_key_file_round_trip_and_fingerprint_form(worker):
    again = PublicKey.from_file(worker.public.to_file())
    assert again == worker.public
    groups = worker.public.fingerprint.split("-")
    assert len(groups) == 4 and all(len(g) == 4 for g in groups)
    renamed = PublicKey("Another label", "supervisor", worker.public.ed25519, worker.public.age)
    assert renamed.fingerprint == worker.public.fingerprint


@pytest.mark.parametrize("change", [
    {"fingerprint": "AAAA-AAAA-AAAA-AAAA"}, {"ed25519": "bm90IGEga2V5"}, {"age": "age1nope"},
    {"role": "boss"}, {"format": "something-else"}, {"extra": 1},
])
def test_bad_key_files_are_refused(worker, change):
    body = json.loads(worker.public.to_file()) | change
    with pytest.raises(BundleError) as caught:
        PublicKey.from_file(json.dumps(body).encode())
    assert caught.value.code == "key_file"


def test_garbage_key_files_are_refused():
    for data in (b"", b"\xff\xfe", b"{" * 5000, b"[]"):
        with pytest.raises(BundleError):
            PublicKey.from_file(data)


# --- interoperability ----------------------------------------------------------------
def test_debian_age_decrypts_a_bundle_with_the_exported_identity(tmp_path, worker, supervisor, records):
    age = require_tool("age")
    (tmp_path / "bundle.koers").write_bytes(_pack(records, worker, supervisor))
    (tmp_path / "identity.txt").write_text(f"# test\n{supervisor.identity}\n")
    done = subprocess.run([age, "--decrypt", "-i", str(tmp_path / "identity.txt"), str(tmp_path / "bundle.koers")],
                          capture_output=True, check=True)
    assert done.stdout.startswith(MAGIC)
    assert verify_payload(done.stdout, [worker.public]).records == records
