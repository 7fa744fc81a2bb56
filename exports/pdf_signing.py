"""The digital signature of a trajectplan PDF (PAdES, pyHanko) and its verification.

The worker's self-signed certificate is not in anyone's trust store, so "intact" means: the
signature is mathematically valid and covers the whole file. Whose certificate it was is
answered by comparing fingerprints with the vault's own certificate.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from asn1crypto import pem, x509
from pyhanko.keys import load_private_key_from_pemder_data
from pyhanko.pdf_utils.generic import DictionaryObject
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

FIELD_NAME = "Koers"


class SigningError(Exception):
    """The key or certificate could not be used to sign."""


def _certificate(cert_pem: bytes) -> x509.Certificate:
    der = pem.unarmor(cert_pem)[2] if pem.detect(cert_pem) else cert_pem
    return x509.Certificate.load(der)


def certificate_fingerprint(cert_pem: bytes) -> str:
    """SHA-256 of the certificate (DER), hex: what verify compares with the vault's own."""
    return _certificate(cert_pem).sha256.hex()


def sign_pdf(pdf: bytes, key_pem: bytes, cert_pem: bytes) -> bytes:
    """Sign `pdf` (PAdES baseline B, SHA-256) with the worker's key and self-signed certificate.

    No timestamp server and no revocation look-ups: Koers never opens a network connection.
    """
    try:
        cert = _certificate(cert_pem)
        signer = signers.SimpleSigner(
            signing_cert=cert, signing_key=load_private_key_from_pemder_data(key_pem, passphrase=None),
            cert_registry=SimpleCertificateStore.from_certs([cert]))
    except (ValueError, TypeError) as error:
        raise SigningError(f"sleutel of certificaat onbruikbaar / key or certificate unusable: {error}") from None
    meta = signers.PdfSignatureMetadata(field_name=FIELD_NAME, md_algorithm="sha256",
                                        subfilter=SigSeedSubFilter.PADES)
    out = signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)), meta, signer=signer)
    return out.getvalue()


@dataclass(frozen=True)
class PdfVerification:
    """What a PDF says about itself. `intact` only when signed, valid and covering the whole file."""

    signed: bool
    intact: bool
    signer: str | None = None
    signed_at: dt.datetime | None = None
    cert_sha256: str | None = None
    plan_record_id: str | None = None
    plan_id: str | None = None
    version: int | None = None
    content_hash: str | None = None
    problem: str | None = None  # why it is not intact, for the curious (English, from pyHanko)

    def signed_by(self, cert_pem: bytes) -> bool:
        """True when the intact signature was made with this certificate."""
        return self.intact and self.cert_sha256 == certificate_fingerprint(cert_pem)


def _plan_ids(reader: PdfFileReader) -> dict:
    info = reader.trailer_view.get("/Info")
    info = info.get_object() if info is not None else DictionaryObject()
    values = {field: str(info["/" + key]) if "/" + key in info else None for field, key in META_KEYS.items()}
    version = values.pop("version")
    return values | {"version": int(version) if version and version.isdigit() else None}


def verify_pdf(pdf: bytes) -> PdfVerification:
    """Check the signature of a Koers PDF and read the plan identifiers it carries.

    A file that cannot be read, has no signature, or was changed after signing is not intact.
    """
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        ids = _plan_ids(reader)
        embedded = reader.embedded_signatures
    except (PdfError, ValueError, KeyError, TypeError) as error:
        return PdfVerification(signed=False, intact=False, problem=f"unreadable PDF: {error}")
    if not embedded:
        return PdfVerification(signed=False, intact=False, problem="no signature", **ids)
    try:
        # Whose certificate it is gets decided by fingerprint (see `signed_by`); anchoring the
        # chain at the signer's own certificate stops pyHanko hunting for an issuer that
        # does not exist. No fetching: Koers opens no network connection.
        anchored = ValidationContext(trust_roots=[embedded[0].signer_cert], allow_fetching=False)
        status = validate_pdf_signature(embedded[0], anchored)
    except (SignatureValidationError, PdfError, ValueError) as error:
        return PdfVerification(signed=True, intact=False, problem=str(error), **ids)
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE and len(embedded) == 1
    problem = None if status.intact and whole else (
        "changed after signing" if status.intact else "signature does not match the content")
    return PdfVerification(
        signed=True, intact=status.intact and whole, signer=status.signing_cert.subject.native.get("common_name"),
        signed_at=status.signer_reported_dt, cert_sha256=status.signing_cert.sha256.hex(), problem=problem, **ids)
