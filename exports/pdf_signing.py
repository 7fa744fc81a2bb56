"""The digital signature of a trajectplan PDF (PAdES, pyHanko) and its verification.

The worker's self-signed certificate is not in anyone's trust store, so "intact" means: the
signature verifies with the certificate's key and covers the whole file. Whose certificate it
was is a second question, answered by the vault (desktop.vault.documents.pdf_signer): its own
certificate, or one endorsed by a key it trusts. The endorsement is the worker's Ed25519
signature over the certificate's SHA-256, written into the PDF in the signed revision.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
from dataclasses import dataclass

from asn1crypto import pem, x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519
from pyhanko.keys import load_private_key_from_pemder_data
from pyhanko.pdf_utils.generic import DictionaryObject, NameObject, TextStringObject
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from exports.plan_pdf.layout import META_KEYS
from forms.catalogue import KoersError, Message

FIELD_NAME = "Koers"
ENDORSEMENT_KEY = "/KoersCertEndorsement"
_ENDORSED = b"koers-pdf-certificate-v1\x00"  # domain separation: this signature means only this


class SigningError(KoersError):
    """The key or certificate could not be used to sign."""


def _certificate(cert_pem: bytes) -> x509.Certificate:
    der = pem.unarmor(cert_pem)[2] if pem.detect(cert_pem) else cert_pem
    return x509.Certificate.load(der)


def certificate_fingerprint(cert_pem: bytes) -> str:
    """SHA-256 of the certificate (DER), hex: what verify compares with the vault's own."""
    return _certificate(cert_pem).sha256.hex()


def endorse_certificate(signing_key_pem: bytes, cert_pem: bytes) -> str:
    """The worker's Ed25519 key vouching for her PDF certificate (base64), for `sign_pdf`."""
    key = serialization.load_pem_private_key(signing_key_pem, password=None)
    if not isinstance(key, ed25519.Ed25519PrivateKey):
        raise SigningError(Message("vault.signing-key-unusable", error="not an Ed25519 key"))
    return base64.b64encode(key.sign(_ENDORSED + _certificate(cert_pem).sha256)).decode()


def endorsed_by(endorsement: str | None, cert_sha256: str, ed25519_public: bytes) -> bool:
    """True when `endorsement` is this Ed25519 public key's signature over that certificate."""
    if not endorsement:
        return False
    try:
        ed25519.Ed25519PublicKey.from_public_bytes(ed25519_public).verify(
            base64.b64decode(endorsement, validate=True), _ENDORSED + bytes.fromhex(cert_sha256))
    except (InvalidSignature, ValueError):
        return False
    return True


def sign_pdf(pdf: bytes, key_pem: bytes, cert_pem: bytes, endorsement: str | None = None) -> bytes:
    """Sign `pdf` (PAdES baseline B, SHA-256) with the worker's key and self-signed certificate;
    the endorsement (see `endorse_certificate`) goes into the same, signed, revision.

    No timestamp server and no revocation look-ups: Koers never opens a network connection.
    """
    try:
        cert = _certificate(cert_pem)
        signer = signers.SimpleSigner(
            signing_cert=cert, signing_key=load_private_key_from_pemder_data(key_pem, passphrase=None),
            cert_registry=SimpleCertificateStore.from_certs([cert]))
    except (ValueError, TypeError) as error:
        raise SigningError(Message("vault.signing-key-unusable", error=str(error))) from None
    meta = signers.PdfSignatureMetadata(field_name=FIELD_NAME, md_algorithm="sha256",
                                        subfilter=SigSeedSubFilter.PADES)
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    if endorsement:
        info = writer.trailer["/Info"].get_object()
        info[NameObject(ENDORSEMENT_KEY)] = TextStringObject(endorsement)
        writer.update_container(info)
    return signers.sign_pdf(writer, meta, signer=signer).getvalue()


@dataclass(frozen=True)
class PdfVerification:
    """What a PDF says about itself. `intact` only when signed, cryptographically valid and
    covering the whole file; otherwise `problem` names the first check that failed:
    unreadable, unsigned, changed (content differs from what was signed), invalid_signature
    (not made with the certificate's key), not_whole_file (bytes or an update after signing)."""

    signed: bool
    intact: bool
    problem: str | None = None
    detail: str | None = None  # pyHanko's words, for the curious (English)
    signer: str | None = None  # the name in the certificate: anyone can write any name there
    signed_at: dt.datetime | None = None
    cert_sha256: str | None = None
    endorsement: str | None = None
    plan_record_id: str | None = None
    plan_id: str | None = None
    version: int | None = None
    content_hash: str | None = None

    def signed_by(self, cert_pem: bytes) -> bool:
        """True when the intact signature was made with this certificate."""
        return self.intact and self.cert_sha256 == certificate_fingerprint(cert_pem)


def _info(reader: PdfFileReader) -> DictionaryObject:
    info = reader.trailer_view.get("/Info")
    return info.get_object() if info is not None else DictionaryObject()


def _plan_ids(info: DictionaryObject) -> dict:
    values = {field: str(info["/" + key]) if "/" + key in info else None for field, key in META_KEYS.items()}
    version = values.pop("version")
    return values | {"version": int(version) if version and version.isdigit() else None}


def _problem(status, signatures: int) -> str | None:
    if not status.intact:
        return "changed"
    if not status.valid:
        return "invalid_signature"
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE or signatures != 1:
        return "not_whole_file"
    return None


def verify_pdf(pdf: bytes) -> PdfVerification:
    """Check the signature of a Koers PDF and read the plan identifiers it carries. Never raises
    for a bad file: every failure is a `problem`."""
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        info = _info(reader)
        ids = _plan_ids(info)
        endorsement = str(info[ENDORSEMENT_KEY]) if ENDORSEMENT_KEY in info else None
        embedded = reader.embedded_signatures
    except (PdfError, ValueError, KeyError, TypeError, IndexError) as error:
        return PdfVerification(signed=False, intact=False, problem="unreadable", detail=str(error))
    if not embedded:
        return PdfVerification(signed=False, intact=False, problem="unsigned", **ids)
    try:
        # Whose certificate it is gets decided by the vault; anchoring the chain at the
        # signer's own certificate stops pyHanko hunting for an issuer that does not exist.
        # No fetching: Koers opens no network connection.
        anchored = ValidationContext(trust_roots=[embedded[0].signer_cert], allow_fetching=False)
        status = validate_pdf_signature(embedded[0], anchored)
    except (SignatureValidationError, PdfError, ValueError, KeyError, TypeError) as error:
        return PdfVerification(signed=True, intact=False, problem="invalid_signature", detail=str(error), **ids)
    problem = _problem(status, len(embedded))
    return PdfVerification(
        signed=True, intact=problem is None, problem=problem,
        signer=status.signing_cert.subject.native.get("common_name"), signed_at=status.signer_reported_dt,
        cert_sha256=status.signing_cert.sha256.hex(), endorsement=endorsement, **ids)
