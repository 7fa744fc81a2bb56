"""Issue 11 §1: a plan PDF is accepted only when its signature verifies, covers the whole file
and comes from this vault or a key it trusts. Each attack is also shown to `pdfsig`."""

from __future__ import annotations

import functools
import io
import json
import subprocess
from pathlib import Path

import pytest
from pyhanko.keys import load_private_key_from_pemder_data
from pyhanko.pdf_utils.generic import NameObject, TextStringObject
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko_certvalidator.registry import SimpleCertificateStore

from desktop.cli import main
from desktop.vault import KdfParams, Vault
from desktop.vault.documents import plan_pdf_job
from desktop.vault.trust import own_public_key, trust_key
from desktop.vault.identity import new_identity
from exports.pdf_signing import _certificate, sign_pdf
from exports.plan_pdf import PdfOptions, render_plan_pdf
from tests.conftest import PASSPHRASE, WORKER, require_tool
from tests.exports.test_plan_pdf import make_dossier


def koers(*argv) -> int:
    return main([str(a) for a in argv])


@pytest.fixture(scope="module")
def worker(tmp_path_factory):
    """A worker's vault with a signed plan, and that plan's PDF as Koers makes it (once)."""
    folder = tmp_path_factory.mktemp("forgery") / "kluis"
    vault, _ = Vault.create(folder, PASSPHRASE, WORKER, kdf=KdfParams.fast_for_tests())
    dossier, plan = make_dossier(signed=True)
    vault.save_all(dossier.records())
    out = folder.parent / "plan.pdf"
    out.write_bytes(plan_pdf_job(vault, plan).render())
    identity = vault.identity
    vault.close(make_backup=False)
    return folder, out, identity


@pytest.fixture
def signed(worker, monkeypatch):
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    return worker


@functools.cache
def _rewritten_plan() -> bytes:
    """Other content: the goals an attacker would rather have in the file."""
    dossier, plan = make_dossier(signed=True, goals=1)
    return render_plan_pdf(dossier, plan, PdfOptions(lang="nl"))


def _sign_with(pdf: bytes, cert_pem: bytes, key_pem: bytes) -> bytes:
    """pyHanko signs with any key and any certificate: it does not check they belong together."""
    cert = _certificate(cert_pem)
    signer = signers.SimpleSigner(signing_cert=cert, signing_key=load_private_key_from_pemder_data(key_pem, None),
                                  cert_registry=SimpleCertificateStore.from_certs([cert]))
    meta = signers.PdfSignatureMetadata(field_name="Koers", md_algorithm="sha256", subfilter=SigSeedSubFilter.PADES)
    return signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)), meta, signer=signer).getvalue()


def forged_with_real_certificate(real: Path, identity) -> bytes:
    """The worker's real certificate (as any signed plan carries it) on a file signed by another key."""
    del identity  # the attacker has only the PDF
    cert_pem = PdfFileReader(io.BytesIO(real.read_bytes())).embedded_signatures[0].signer_cert.dump()
    return _sign_with(_rewritten_plan(), cert_pem, new_identity("Mallory").pdf_key_pem)


def stranger_with_the_same_name(real: Path, identity) -> bytes:
    stranger = new_identity(WORKER)
    return sign_pdf(_rewritten_plan(), stranger.pdf_key_pem, stranger.pdf_cert_pem)


def stranger_with_a_copied_endorsement(real: Path, identity) -> bytes:
    """The worker's endorsement copied out of a real plan: it vouches for her certificate only."""
    info = PdfFileReader(io.BytesIO(real.read_bytes())).trailer_view["/Info"].get_object()
    stranger = new_identity(WORKER)
    return sign_pdf(_rewritten_plan(), stranger.pdf_key_pem, stranger.pdf_cert_pem, str(info["/KoersCertEndorsement"]))


def incremental_update_after_signing(real: Path, identity) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(real.read_bytes()))
    info = writer.trailer["/Info"].get_object()
    info[NameObject("/KoersPlanVersion")] = TextStringObject("7")
    writer.update_container(info)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def bytes_appended(real: Path, identity) -> bytes:
    return real.read_bytes() + b"\n% toegevoegd na het ondertekenen\n"


# (attack, koers's problem or "unknown signer", what pdfsig says about the same file)
ATTACKS = [
    (forged_with_real_certificate, "invalid_signature", "Signature is Invalid."),
    (stranger_with_the_same_name, "unknown_signer", "Certificate issuer is unknown."),
    (stranger_with_a_copied_endorsement, "unknown_signer", "Certificate issuer is unknown."),
    (incremental_update_after_signing, "not_whole_file", "Not total document signed"),
    (bytes_appended, "not_whole_file", "Not total document signed"),
]


def pdfsig(path: Path) -> str:
    return subprocess.run([require_tool("pdfsig"), str(path)], capture_output=True, text=True).stdout


def verify_json(path: Path, folder: Path, capsys) -> tuple[int, dict]:
    capsys.readouterr()
    code = koers("verify-pdf", path, "--vault", folder, "--json")
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("attack, problem, poppler", ATTACKS, ids=[a[0].__name__ for a in ATTACKS])
def test_every_forgery_exits_4_naming_the_failed_check_and_pdfsig_agrees(
        attack, problem, poppler, signed, tmp_path, capsys):
    folder, real, identity = signed
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(attack(real, identity))
    code, found = verify_json(forged, folder, capsys)
    assert code == 4 and not found["signer_known"] and found["signed_by"] is None
    if problem == "unknown_signer":
        assert found["intact"] and found["signer"] == WORKER  # sound maths, a name anyone can write
    else:
        assert found["problem"] == problem
    assert poppler in pdfsig(forged)
    assert koers("verify-pdf", forged, "--vault", folder) == 4
    said = capsys.readouterr().out
    assert {"invalid_signature": "ONGELDIG", "unknown_signer": "ONBEKENDE ondertekenaar",
            "not_whole_file": "NIET het hele bestand"}[problem] in said
    assert "intact en geldig" not in said


def test_the_genuine_file_verifies_for_koers_and_pdfsig(signed, capsys):
    folder, real, _ = signed
    code, found = verify_json(real, folder, capsys)
    assert code == 0 and found["signer_known"] and found["signed_by"] == WORKER
    report = pdfsig(real)
    assert "Signature is Valid." in report and "Total document signed" in report


def test_a_supervisor_who_trusts_the_worker_knows_her_signature(signed, tmp_path, capsys):
    folder, real, _ = signed
    supervisor = tmp_path / "super"
    vault, _ = Vault.create(supervisor, PASSPHRASE, "Sam Super", "supervisor", kdf=KdfParams.fast_for_tests())
    worker = Vault.open(folder, PASSPHRASE)
    worker_key = own_public_key(worker)
    worker.close()
    vault.close()
    assert verify_json(real, supervisor, capsys)[0] == 4  # not yet trusted: an unknown signer
    vault = Vault.open(supervisor, PASSPHRASE)
    trust_key(vault, worker_key, "begeleider")
    vault.close()
    code, found = verify_json(real, supervisor, capsys)
    assert code == 0 and found["signed_by"] == WORKER and not found["vault"]["signed_by_this_vault"]


def test_without_a_vault_the_signer_cannot_be_checked(signed, tmp_path, capsys):
    _folder, real, _ = signed
    capsys.readouterr()
    assert koers("verify-pdf", real, "--vault", tmp_path / "geen-kluis") == 4
    assert "ondertekenaar is niet te controleren" in capsys.readouterr().out


@pytest.mark.parametrize("source", ["/dev/zero", "directory"])
def test_endless_or_odd_files_get_a_message(source, signed, tmp_path, capsys):
    folder, _real, _ = signed
    path = tmp_path if source == "directory" else Path(source)
    capsys.readouterr()
    assert koers("verify-pdf", path, "--vault", folder) == 4
    assert capsys.readouterr().err.startswith("koers: ")
