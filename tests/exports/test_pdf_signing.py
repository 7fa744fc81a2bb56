"""The PAdES signature with the worker's real P-256 key: poppler and Koers both check it."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from pyhanko.pdf_utils.generic import NameObject, TextStringObject
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from desktop.vault.identity import new_identity
from exports.pdf_signing import SigningError, certificate_fingerprint, sign_pdf, verify_pdf
from exports.plan_pdf import PdfOptions, render_plan_pdf
from tests.conftest import require_tool
from tests.exports.test_plan_pdf import make_dossier


@pytest.fixture(scope="module")
def identity():
    return new_identity("Sanne de Vries")


@pytest.fixture(scope="module")
def signed(identity):
    dossier, plan = make_dossier(signed=True)
    return sign_pdf(render_plan_pdf(dossier, plan, PdfOptions(lang="nl")), identity.pdf_key_pem, identity.pdf_cert_pem)


def pdfsig(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "signed.pdf"
    path.write_bytes(pdf)
    return subprocess.run([require_tool("pdfsig"), str(path)], capture_output=True, text=True).stdout


def flip_byte_in_signed_range(pdf: bytes) -> bytes:
    """One bit changed inside the first page's content stream (well inside the signed range)."""
    at = pdf.index(b"stream\n", pdf.index(b"/Contents")) + 60
    changed = bytearray(pdf)
    changed[at] ^= 0x01
    return bytes(changed)


def test_poppler_says_the_ecdsa_signature_is_valid(signed, tmp_path):
    report = pdfsig(signed, tmp_path)
    assert "Signature Validation: Signature is Valid." in report
    assert "ETSI.CAdES.detached" in report  # PAdES
    assert "Total document signed" in report
    assert "Sanne de Vries" in report


def test_koers_reads_signer_and_plan_identifiers(signed, identity):
    result = verify_pdf(signed)
    assert result.signed and result.intact and result.problem is None
    assert result.signer == "Sanne de Vries"
    assert result.version == 1 and len(result.content_hash) == 64
    assert result.plan_id and result.plan_record_id
    assert result.signed_by(identity.pdf_cert_pem)
    assert not result.signed_by(new_identity("Someone Else").pdf_cert_pem)
    assert result.cert_sha256 == certificate_fingerprint(identity.pdf_cert_pem)


def test_qpdf_accepts_the_signed_file(signed, tmp_path):
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed)
    subprocess.run([require_tool("qpdf"), "--check", str(path)], check=True, capture_output=True)


def test_one_flipped_byte_breaks_it_for_poppler_and_koers(signed, tmp_path):
    broken = flip_byte_in_signed_range(signed)
    assert "Signature is Valid" not in pdfsig(broken, tmp_path)
    result = verify_pdf(broken)
    assert result.signed and not result.intact


def test_a_change_appended_after_signing_is_not_intact(signed):
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    info = writer.trailer["/Info"].get_object()
    info[NameObject("/KoersPlanVersion")] = TextStringObject("7")
    writer.update_container(info)
    out = io.BytesIO()
    writer.write(out)
    result = verify_pdf(out.getvalue())
    assert result.signed and not result.intact


def test_unsigned_and_garbage_are_reported_not_raised(identity):
    dossier, plan = make_dossier(signed=False)
    draft = verify_pdf(render_plan_pdf(dossier, plan))
    assert not draft.signed and not draft.intact and draft.plan_id == str(plan.plan_id)
    for junk in (b"", b"%PDF-1.4\n", b"not a pdf at all"):
        assert not verify_pdf(junk).intact


def test_a_wrong_key_is_a_signing_error(identity):
    with pytest.raises(SigningError):
        sign_pdf(b"%PDF-1.4", b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",
                 identity.pdf_cert_pem)
