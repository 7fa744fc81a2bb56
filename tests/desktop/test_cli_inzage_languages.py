"""Her copy in her language (issue 12 §4, issue 16): `koers inzage` picks the language her plan
PDF is in, `--lang` picks another participant language, and each PDF carries its own words
(read back with pdftotext) in fonts that have them (Thai in Noto Sans Thai)."""

import json
import subprocess

import pytest

from desktop.cli import main
from desktop.demo import demo_dossier
from desktop.vault import KdfParams, Vault
from exports.inzage.words import field_name
from forms.catalogue import FALLBACK, PARTICIPANT_LANGUAGES, catalogue, text
from tests.conftest import PASSPHRASE, require_tool

# The worker's words in the inzage domain (command line, refusals): Dutch and English only.
WORKER_CODES = ("inzage.cli-", "inzage.term-range", "inzage.keep-", "inzage.not-closed", "inzage.reason-unsafe")
# Headings every copy has, so each language's PDF can be checked for its own words.
OWN = ("inzage.title", "inzage.section.participant", "inzage.section.corrections", "inzage.section.opened",
       "inzage.section.keeping", "inzage.section.rights", "inzage.none")
# Field labels: nl and en take theirs from forms.po, the other languages from inzage.po.
LABELS = ("birth_year", "country_of_birth", "contact_person", "help_request", "note")


def koers(*argv) -> int:
    return main([str(a) for a in argv])


def words(path) -> str:
    out = subprocess.run([require_tool("pdftotext"), str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


OLD, NEW = "Ik wil rust.", "Een eigen kamer."


@pytest.fixture
def ioana(tmp_path, monkeypatch):
    """Ioana from the demo (Romanian) in a worker's vault, her help request corrected once;
    returns the folder and her id."""
    vault = Vault.create(tmp_path / "w", PASSPHRASE, "Anna Werker", kdf=KdfParams.fast_for_tests())[0]
    dossier = demo_dossier(0)
    intake = dossier.intakes[0].model_copy(update={"help_request": OLD})
    vault.save_all([r for r in dossier.records() if r.id != intake.id] + [intake])
    vault.save(intake.model_copy(update={"help_request": NEW}))
    vault.close()
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    return tmp_path / "w", dossier.participant.id


def test_every_participant_language_has_every_sentence_she_reads():
    hers = {code for code in catalogue(FALLBACK) if code.startswith("inzage.") and not code.startswith(WORKER_CODES)}
    hers |= {code for code in catalogue("ro") if code.startswith("inzage.field.")}
    for lang in set(PARTICIPANT_LANGUAGES) - {"nl", "en"}:
        missing = sorted(hers - set(catalogue(lang)))
        assert not missing, (lang, missing)


@pytest.mark.parametrize("lang", PARTICIPANT_LANGUAGES)
def test_each_language_copy_carries_its_own_words(ioana, tmp_path, lang):
    folder, pid = ioana
    out = tmp_path / f"{lang}.pdf"
    assert koers("inzage", pid, "--vault", folder, "--lang", lang, "--out", out) == 0
    said = words(out)
    for code in OWN:
        assert " ".join(text(code, lang).split()) in said, (lang, code)
    for name in LABELS:
        assert field_name(name, lang) in said, (lang, name)
    # The correction: under its heading, the field with what it said first, then what it says now.
    corrections = said.split(text("inzage.section.corrections", lang))[-1].split(text("inzage.section.received", lang))[0]
    assert text("inzage.before", lang) in corrections and text("inzage.after", lang) in corrections, lang
    assert field_name("help_request", lang).split()[0] in corrections, lang
    assert OLD in corrections and NEW in corrections.split(OLD)[1], lang
    assert "partner_id" not in said and "goals_language" not in said  # no bookkeeping, no raw field names
    if lang != FALLBACK:  # no Dutch heading or label left where her language has one
        for dutch in (text("inzage.section.rights", FALLBACK), text("inzage.title", FALLBACK), "Geboortejaar"):
            assert dutch not in said, (lang, dutch)


def test_by_default_her_copy_is_in_the_language_of_her_plan(ioana, tmp_path, capsys):
    folder, pid = ioana
    assert koers("inzage", pid, "--vault", folder, "--json") == 0
    assert json.loads(capsys.readouterr().out)["language"] == "ro"
    assert koers("inzage", pid, "--vault", folder, "--out", tmp_path / "hers.pdf") == 0
    assert "(ro)" in capsys.readouterr().out
    assert text("inzage.title", "ro") in words(tmp_path / "hers.pdf")


def test_thai_is_set_in_a_thai_font(ioana, tmp_path):
    folder, pid = ioana
    assert koers("inzage", pid, "--vault", folder, "--lang", "th", "--out", tmp_path / "th.pdf") == 0
    fonts = subprocess.run([require_tool("pdffonts"), str(tmp_path / "th.pdf")], capture_output=True, text=True,
                           check=True).stdout
    assert "NotoSansThai" in fonts and "DejaVuSans" in fonts
