"""`koers plan-pdf` and `koers verify-pdf` end to end, on a real vault."""

from __future__ import annotations

import json
import subprocess

import pytest

from desktop.cli import main
from desktop.vault import KdfParams, Vault
from forms import Intake
from exports import pdf_fonts
from tests.conftest import PASSPHRASE, WORKER, require_tool
from tests.exports.test_pdf_signing import flip_byte_in_signed_range
from tests.exports.test_plan_pdf import ROEPNAAM, make_dossier


def koers(*argv) -> int:
    return main([str(a) for a in argv])


@pytest.fixture
def stored(tmp_path, monkeypatch):
    """A closed vault holding one dossier with a signed plan: (folder, dossier, plan)."""
    folder = tmp_path / "kluis"
    vault, _ = Vault.create(folder, PASSPHRASE, WORKER, kdf=KdfParams.fast_for_tests())
    dossier, plan = make_dossier(signed=True)
    vault.save_all(dossier.records())
    vault.set_meta("programme_name", "Steunpunt Noord")
    vault.close()
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    return folder, dossier, plan


def text_of(path) -> str:
    return subprocess.run([require_tool("pdftotext"), str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_plan_pdf_is_signed_in_her_language_and_verifies(stored, tmp_path, capsys):
    folder, dossier, plan = stored
    out = tmp_path / "plan.pdf"
    assert koers("plan-pdf", dossier.participant.id, "--vault", folder, "--out", out) == 0
    text = text_of(out)
    assert "План на " + ROEPNAAM in text  # her preferred language: Bulgarian
    assert "Steunpunt Noord" in text
    report = subprocess.run([require_tool("pdfsig"), str(out)], capture_output=True, text=True).stdout
    assert "Signature is Valid." in report
    fonts = subprocess.run([require_tool("pdffonts"), str(out)], capture_output=True, text=True).stdout
    assert all(row.split()[-5] == "yes" for row in fonts.splitlines()[2:])  # signing added no font
    subprocess.run([require_tool("qpdf"), "--check", str(out)], check=True, capture_output=True)
    capsys.readouterr()
    assert koers("verify-pdf", out, "--vault", folder) == 0
    said = capsys.readouterr().out
    assert "intact" in said and WORKER in said and plan.plan_content_hash() in said


def test_the_worker_can_choose_english_and_the_legal_name(stored, tmp_path):
    folder, dossier, _ = stored
    out = tmp_path / "plan.pdf"
    assert koers("plan-pdf", dossier.participant.id, "--vault", folder, "--lang", "en", "--legal-name",
                 "--out", out) == 0
    text = text_of(out)
    assert "Plan of " + ROEPNAAM in text and dossier.participant.legal_name in text


@pytest.mark.parametrize("lang, words", [("th", "แผนของ"), ("pl", "Plan: "), ("hu", " terve")])
def test_the_worker_can_choose_any_participant_language(stored, tmp_path, lang, words):
    folder, dossier, _ = stored
    out = tmp_path / "plan.pdf"
    assert koers("plan-pdf", dossier.participant.id, "--vault", folder, "--lang", lang, "--out", out) == 0
    assert words in text_of(out)


def test_verify_with_the_vault_sees_a_newer_version(stored, tmp_path, capsys):
    folder, dossier, plan = stored
    out = tmp_path / "plan.pdf"
    assert koers("plan-pdf", dossier.participant.id, "--vault", folder, "--version", "1", "--out", out) == 0
    capsys.readouterr()
    assert koers("verify-pdf", out, "--vault", folder, "--json") == 0
    found = json.loads(capsys.readouterr().out)
    assert found["intact"] and found["version"] == 1
    assert found["vault"] == {"signed_by_this_vault": True, "vault_has_plan": True, "vault_content_matches": True,
                              "newest_version": 1, "newer_version_exists": False}
    vault = Vault.open(folder, PASSPHRASE)
    vault.new_plan_version(plan.id)
    vault.close()
    assert koers("verify-pdf", out, "--vault", folder, "--json") == 0
    found = json.loads(capsys.readouterr().out)
    assert found["vault"]["newer_version_exists"] and found["vault"]["newest_version"] == 2


def test_a_modified_pdf_is_broken_with_exit_4(stored, tmp_path, capsys):
    folder, dossier, _ = stored
    out = tmp_path / "plan.pdf"
    assert koers("plan-pdf", dossier.participant.id, "--vault", folder, "--out", out) == 0
    out.write_bytes(flip_byte_in_signed_range(out.read_bytes()))
    capsys.readouterr()
    assert koers("verify-pdf", out, "--vault", folder) == 4
    assert "GEBROKEN" in capsys.readouterr().out


def test_an_unsigned_newest_version_is_a_draft_without_signature(stored, tmp_path, capsys):
    folder, dossier, plan = stored
    vault = Vault.open(folder, PASSPHRASE)
    vault.new_plan_version(plan.id)
    vault.close()
    out = tmp_path / "draft.pdf"
    assert koers("plan-pdf", dossier.participant.id, "--vault", folder, "--lang", "nl", "--out", out) == 0
    assert "CONCEPT — niet ondertekend" in text_of(out)
    assert koers("verify-pdf", out, "--vault", folder) == 4
    assert "Geen digitale handtekening" in capsys.readouterr().out


@pytest.mark.parametrize("problem", ["participant", "version", "font"])
def test_errors_are_clear_and_leave_no_file(problem, stored, tmp_path, capsys, monkeypatch):
    folder, dossier, _ = stored
    participant, extra = str(dossier.participant.id), []
    if problem == "participant":
        participant = "00000000-0000-4000-8000-000000000000"
    elif problem == "version":
        extra = ["--version", "9"]
    else:
        monkeypatch.setitem(pdf_fonts._FONT_FILES, pdf_fonts.FONT, "Missing.ttf")
    out = tmp_path / "plan.pdf"
    assert koers("plan-pdf", participant, "--vault", folder, "--out", out, *extra) == 4
    error = capsys.readouterr().err
    assert {"participant": "onbekende deelnemer", "version": "versie 9 bestaat niet",
            "font": "Er ontbreekt een lettertype: "}[problem] in error
    assert not out.exists() and not list(tmp_path.glob(".koers-*"))


def test_her_easy_language_need_makes_an_easy_plan(stored, tmp_path):
    folder, dossier, _ = stored
    vault = Vault.open(folder, PASSPHRASE)
    vault.save_all([Intake(participant_id=dossier.participant.id, conditions=["laaggeletterd"])])
    vault.close()
    out = tmp_path / "plan.pdf"
    assert koers("plan-pdf", dossier.participant.id, "--vault", folder, "--lang", "nl", "--out", out) == 0
    assert "Dit is jouw plan." in text_of(out)
