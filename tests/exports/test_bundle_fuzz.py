"""Fuzzing the bundle reader (more than 10,000 cases in all): whatever comes in, it either
returns a verified bundle or raises BundleError, never anything else."""

from __future__ import annotations

import datetime as dt
import json

import pyrage
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exports.bundle import (
    MAGIC, BundleError, PublicKey, build_payload, open_bundle, pack, public_signing_key, sign_payload,
    verify_payload,
)
from forms import Assessment, Contact, Participant

FUZZ = settings(deadline=None, database=None, suppress_health_check=list(HealthCheck))

_SIGNING = ed25519.Ed25519PrivateKey.generate().private_bytes(
    serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
_IDENTITY = pyrage.x25519.Identity.generate()
WORKER = PublicKey("Anna Werker", "begeleider", public_signing_key(_SIGNING), str(_IDENTITY.to_public()))
SUPERVISOR_ID = pyrage.x25519.Identity.generate()
SUPERVISOR_AGE = str(SUPERVISOR_ID.to_public())

_PERSON = Participant(roepnaam="Réka", birth_year=1988)
RECORDS = [_PERSON, Contact(participant_id=_PERSON.id, note="Kort gesprek."),
           Assessment(participant_id=_PERSON.id, instrument_id="zrm-domeinen", instrument_version="1",
                      date=dt.date(2025, 1, 2), scores={"financien": 2, "huisvesting": None})]
PAYLOAD = build_payload(RECORDS, _SIGNING, exporter=WORKER,
                        created=dt.datetime(2026, 1, 5, tzinfo=dt.timezone.utc))
BUNDLE = pack(RECORDS, _SIGNING, [SUPERVISOR_AGE], exporter=WORKER)


def _reads_or_refuses(call) -> None:
    try:
        call()
    except BundleError as error:
        assert error.render("nl") and error.render("en")


def _mutate(data: bytes, script: bytes, cut: int | None) -> bytes:
    """Apply an edit script: every 5 bytes flip, insert or delete one byte somewhere."""
    buffer = bytearray(data)
    for i in range(0, len(script) - 4, 5):
        kind, value = script[i] % 3, script[i + 4]
        at = int.from_bytes(script[i + 1:i + 4], "big") % (len(buffer) + 1)
        if kind == 0 and at < len(buffer):
            buffer[at] ^= value or 1
        elif kind == 1:
            buffer.insert(at, value)
        elif at < len(buffer):
            del buffer[at]
    return bytes(buffer[:cut] if cut is not None else buffer)


# Edit scripts as plain bytes: cheap to draw, so the cases go to the reader, not the generator.
edits = st.binary(min_size=5, max_size=30)
cuts = st.one_of(st.none(), st.integers(0, len(BUNDLE)))


@settings(FUZZ, max_examples=2500)
@given(st.binary(max_size=1024) | st.binary(max_size=200).map(lambda tail: BUNDLE[:120] + tail))
def test_arbitrary_bytes(data):
    _reads_or_refuses(lambda: open_bundle(data, str(SUPERVISOR_ID), [WORKER]))


@settings(FUZZ, max_examples=2500)
@given(edits, cuts)
def test_mutated_ciphertext(changes, cut):
    _reads_or_refuses(lambda: open_bundle(_mutate(BUNDLE, changes, cut), str(SUPERVISOR_ID), [WORKER]))


@settings(FUZZ, max_examples=3500)
@given(edits, st.one_of(st.none(), st.integers(0, len(PAYLOAD))))
def test_mutated_payload_signed_again(changes, cut):
    """A trusted signer who signs garbage: the parser behind the signature must hold too."""
    body = _mutate(PAYLOAD[:-64], changes, cut)
    _reads_or_refuses(lambda: verify_payload(sign_payload(body, _SIGNING), [WORKER]))


_scalars = st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats() | st.text(max_size=30)
json_values = _scalars | st.lists(_scalars, max_size=4) | st.dictionaries(st.text(max_size=12), _scalars, max_size=4)


def _manifest_body() -> dict:
    # Header: magic, version (2), Ed25519 key (32), age recipient length (1) and text, then the
    # manifest's size (4). Searching for "{" instead fails when the random key holds that byte.
    age_at = len(MAGIC) + 2 + 32
    start = age_at + 1 + PAYLOAD[age_at] + 4
    size = int.from_bytes(PAYLOAD[start - 4:start], "big")
    return json.loads(PAYLOAD[start:start + size])


MANIFEST = _manifest_body()


@settings(FUZZ, max_examples=1500)
@given(st.sampled_from(sorted(MANIFEST)), json_values)
def test_manifest_fields_replaced_by_any_json(field, value):
    manifest = json.dumps(MANIFEST | {field: value}).encode()
    start = PAYLOAD.index(b"{")
    size = int.from_bytes(PAYLOAD[start - 4:start], "big")
    body = PAYLOAD[:start - 4] + len(manifest).to_bytes(4, "big") + manifest + PAYLOAD[start + size:-64]
    _reads_or_refuses(lambda: verify_payload(sign_payload(body, _SIGNING), [WORKER]))


def test_the_unmutated_inputs_are_valid():
    assert open_bundle(BUNDLE, str(SUPERVISOR_ID), [WORKER]).records == RECORDS
    assert verify_payload(PAYLOAD, [WORKER]).records == RECORDS


@pytest.mark.parametrize("trusted", [[], [WORKER]])
def test_empty_input(trusted):
    with pytest.raises(BundleError):
        verify_payload(b"", trusted)
