"""Her own copy through `koers inzage` (PDF read back, and JSON), with what it must show: every
part of her dossier, corrections with the old and the new value, who received her data (the
supervisor's bundle, referrals) and who opened her dossier (`koers show` is logged, no content)."""

import datetime as dt
import json
import re
import subprocess
from pathlib import Path
from uuid import UUID

import pytest

from desktop.cli import main
from desktop.demo import demo_dossier
from desktop.vault import KdfParams, Vault
from desktop.vault.exchange import export_bundle, mark_sent, own_public_key, trust_key
from exports.bundle import PublicKey
from tests.conftest import PASSPHRASE, require_tool

ROOT = Path(__file__).resolve().parents[2]
NEW_REQUEST = "Een eigen kamer, en daarna werk in de zorg."


def koers(*argv) -> int:
    return main([str(a) for a in argv])


def words(path: Path) -> str:
    out = subprocess.run([require_tool("pdftotext"), str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


@pytest.fixture
def ana(tmp_path, monkeypatch):
    """Ana (demo, English, closed, a signed plan) in a worker's vault, sent once to the
    supervisor, then her intake corrected. Returns the worker's folder, her dossier, the old text."""
    worker = Vault.create(tmp_path / "w", PASSPHRASE, "Anna Werker", kdf=KdfParams.fast_for_tests())[0]
    supervisor = Vault.create(tmp_path / "s", PASSPHRASE, "Sam Super", "supervisor", kdf=KdfParams.fast_for_tests())[0]
    trust_key(worker, PublicKey.from_file(own_public_key(supervisor).to_file()), "supervisor")
    dossier = demo_dossier(8)
    worker.save_all(dossier.records())
    mark_sent(worker, export_bundle(worker, "Sam Super"))
    intake = dossier.intakes[0]
    worker.save(intake.model_copy(update={"help_request": NEW_REQUEST}))
    worker.close()
    supervisor.close()
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    return tmp_path / "w", dossier, intake.help_request


def test_show_is_logged_without_content_and_the_chain_stays_whole(ana, capsys):
    folder, dossier, _old = ana
    assert koers("show", dossier.participant.id, "--vault", folder) == 0
    assert koers("audit", "verify", "--vault", folder) == 0
    vault = Vault.open(folder, PASSPHRASE)
    try:
        opened = vault.db.execute("SELECT actor, kind FROM audit WHERE action = 'open' AND record_id = ?",
                                  (str(dossier.participant.id),)).fetchall()
        rows = " ".join(map(repr, vault.db.execute("SELECT * FROM audit")))
    finally:
        vault.close()
    assert opened == [("Anna Werker", "participant")]
    assert dossier.participant.roepnaam not in rows and "kamer" not in rows


def test_her_copy_as_pdf_in_her_language_holds_everything(ana, tmp_path, capsys):
    folder, dossier, old = ana
    koers("show", dossier.participant.id, "--vault", folder)
    assert koers("inzage", dossier.participant.id, "--vault", folder, "--out", tmp_path / "ana.pdf") == 0
    text = words(tmp_path / "ana.pdf")
    for expected in ("What Koers holds about you", "About you", "Ana", "How you came to us",
                     "The intake conversation", "Self-sufficiency matrix (every time)",
                     "Your trajectory plans, every version", "Version 1 (signed)", "Signature 1",
                     "Contacts", "Referrals", "Your consents", "Schuldhulp",
                     "Who received your data", "encrypted file to the supervisor", "Sam Super",
                     "Who opened your dossier", "Anna Werker", "What was changed later",
                     old, NEW_REQUEST, "How long we keep your data", "Your rights"):
        assert expected in text, expected
    assert koers("inzage", dossier.participant.id, "--vault", folder, "--out", tmp_path / "nl.pdf", "--lang", "nl") == 0
    assert "Wat Koers over jou bewaart" in words(tmp_path / "nl.pdf")


def test_her_copy_as_json_for_portability(ana, capsys):
    folder, dossier, old = ana
    pid = str(dossier.participant.id)
    koers("show", pid, "--vault", folder)
    capsys.readouterr()
    assert koers("inzage", pid, "--vault", folder, "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "koers-inzage" and data["language"] == "en"
    assert data["dossier"]["participant"]["roepnaam"] == "Ana"
    intake_id = str(dossier.intakes[0].id)
    versions = [h["record"]["help_request"] for h in data["history"] if h["record_id"] == intake_id]
    assert versions == [old, NEW_REQUEST]
    assert {(r["how"], r["recipient"]) for r in data["received_by"]} == {("export", "Sam Super"),
                                                                        ("referral", "Schuldhulp Stad")}
    assert all(r["at"] for r in data["received_by"])
    assert [o["by"] for o in data["opened_by"]] == ["Anna Werker"]
    closed = dt.date.fromisoformat(data["retention"]["closed_on"])
    assert data["retention"]["keep_until"] == closed.replace(year=closed.year + 2).isoformat()
    vault = Vault.open(folder, PASSPHRASE)
    try:  # making her copy is logged too, with ids only
        assert vault.db.execute("SELECT count(*) FROM audit WHERE action = 'inzage' AND record_id = ?",
                                (pid,)).fetchone()[0] == 1
    finally:
        vault.close()


def _json_table(documented: str) -> dict[str, str]:
    """The documented JSON: its table's first column (a top-level key) -> the rest of its row."""
    table = documented.split("## The JSON", 1)[1]
    rows = re.findall(r"^\| `(\w+)` \| (.*?) \|$", table, re.M | re.S)
    return dict(rows)


def test_the_documented_json_is_what_koers_inzage_writes(ana, capsys):
    """docs/inzage.md against real output: the same top-level keys both ways, and each key
    inside a part (a revision, a receipt, an opening, retention, the dossier) named in its row."""
    folder, dossier, _old = ana
    koers("show", dossier.participant.id, "--vault", folder)
    capsys.readouterr()
    assert koers("inzage", dossier.participant.id, "--vault", folder, "--json") == 0
    data = json.loads(capsys.readouterr().out)
    documented = _json_table((ROOT / "docs" / "inzage.md").read_text("utf-8"))
    assert set(documented) == set(data)
    inside = {"history": data["history"][0], "received_by": data["received_by"][0],
              "opened_by": data["opened_by"][0], "retention": data["retention"], "dossier": data["dossier"]}
    missing = [f"{part}.{key}" for part, sample in inside.items() for key in sample
               if f"`{key}`" not in documented[part]]
    assert not missing, missing
    hows = {r["how"] for r in data["received_by"]} | {"anonymous", "overdracht", "waarneming"}
    assert all(f"`{how}`" in documented["received_by"] for how in hows)


def test_inzage_asks_where_and_never_writes_into_the_vault(ana, capsys):
    folder, dossier, _old = ana
    assert koers("inzage", dossier.participant.id, "--vault", folder) == 2
    assert koers("inzage", "nobody", "--vault", folder, "--json") == 2
    assert koers("inzage", dossier.participant.id, "--vault", folder, "--out", folder / "copy.pdf") == 4
    assert not (folder / "copy.pdf").exists()


def test_a_vault_from_before_schema_7_keeps_the_current_values_so_a_correction_shows_both(tmp_path, monkeypatch,
                                                                                          capsys):
    import shutil

    from tests.desktop.test_vault_updates import FIXTURES, PASSPHRASE as FIXTURE_PASSPHRASE

    shutil.copytree(FIXTURES / "schema-6", tmp_path / "old")
    monkeypatch.setenv("KOERS_PASSPHRASE", FIXTURE_PASSPHRASE)
    assert koers("list", "--vault", tmp_path / "old", "--json") == 0
    first = json.loads(capsys.readouterr().out)[0]["id"]
    assert koers("inzage", first, "--vault", tmp_path / "old", "--json") == 0
    history = json.loads(capsys.readouterr().out)["history"]
    latest = {h["record_id"]: h for h in history}  # oldest first: the last one per record is current
    assert all(h["record"] is not None for h in latest.values())
    vault = Vault.open(tmp_path / "old", FIXTURE_PASSPHRASE)
    try:
        person = vault.dossier(UUID(first)).participant
        vault.save(person.model_copy(update={"contact_person": "Noor Bakker"}))
    finally:
        vault.close()
    assert koers("inzage", first, "--vault", tmp_path / "old", "--out", tmp_path / "old.pdf", "--lang", "nl") == 0
    text = words(tmp_path / "old.pdf")
    assert f"Vaste contactpersoon {person.contact_person} Noor Bakker" in text


def test_without_her_consent_her_copy_says_only_her_anonymous_form_went(tmp_path, monkeypatch, capsys):
    worker = Vault.create(tmp_path / "w", PASSPHRASE, "Anna Werker", kdf=KdfParams.fast_for_tests())[0]
    supervisor = Vault.create(tmp_path / "s", PASSPHRASE, "Sam Super", "supervisor", kdf=KdfParams.fast_for_tests())[0]
    trust_key(worker, PublicKey.from_file(own_public_key(supervisor).to_file()), "supervisor")
    jasmijn = demo_dossier(7)  # the demo never asked her to share with the supervisor
    worker.save_all(jasmijn.records())
    mark_sent(worker, export_bundle(worker, "Sam Super"))
    worker.close()
    supervisor.close()
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    assert koers("inzage", jasmijn.participant.id, "--vault", tmp_path / "w", "--json") == 0
    received = json.loads(capsys.readouterr().out)["received_by"]
    assert [(r["how"], r["recipient"]) for r in received if r["how"] != "referral"] == [("anonymous", "Sam Super")]


def test_a_colleague_who_took_over_her_dossier_is_named_in_her_copy(vault, tmp_path):
    from desktop.vault.inzage import her_copy
    from exports.inzage.pdf import render_copy_pdf
    from forms.team import Handover

    dossier = demo_dossier(0)
    vault.save_all(dossier.records())
    colleague = own_public_key(vault).fingerprint  # any key id will do for her copy
    vault.save(Handover(participant_id=dossier.participant.id, mode="waarneming", to_fingerprint=colleague,
                        to_name="Noor Bakker", basis="team_deelt", until=dt.date.today() + dt.timedelta(days=30)))
    copy = her_copy(vault, dossier.participant.id, "nl")
    assert [(r.how, r.recipient) for r in copy.received if r.how == "waarneming"] == [("waarneming", "Noor Bakker")]
    (tmp_path / "copy.pdf").write_bytes(render_copy_pdf(copy, "nl"))
    assert "Noor Bakker deze begeleider nam je dossier een tijd waar" in words(tmp_path / "copy.pdf")
