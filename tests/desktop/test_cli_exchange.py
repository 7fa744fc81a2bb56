"""`koers keys`, `koers export` and `koers import` end to end, with exit codes and messages."""

from __future__ import annotations

import json
import subprocess

import pytest

from desktop.cli import main
from desktop.vault import Vault
from exports.bundle import MAGIC
from forms import Consent, Contact, Participant
from tests.conftest import PASSPHRASE, require_tool


def koers(*argv) -> int:
    return main([str(a) for a in argv])


@pytest.fixture
def sides(tmp_path, monkeypatch, capsys):
    """A worker's and a supervisor's vault that trust each other, the worker with one dossier."""
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    worker, supervisor = tmp_path / "w", tmp_path / "s"
    assert koers("init", "--vault", worker, "--worker-name", "Anna Werker") == 0
    assert koers("init", "--vault", supervisor, "--worker-name", "Sam Super", "--role", "supervisor") == 0
    assert koers("keys", "export-public", "--vault", worker, "--out", tmp_path / "w.pub") == 0
    assert koers("keys", "export-public", "--vault", supervisor, "--out", tmp_path / "s.pub") == 0
    assert koers("keys", "trust", tmp_path / "s.pub", "--vault", worker, "--role", "supervisor", "--yes") == 0
    assert koers("keys", "trust", tmp_path / "w.pub", "--vault", supervisor, "--role", "begeleider", "--yes") == 0
    vault = Vault.open(worker, PASSPHRASE)
    person = Participant(roepnaam="Ioana")
    vault.save_all([person, Contact(participant_id=person.id, note="Gesprek."),
                    Consent(participant_id=person.id, purpose="delen_leidinggevende")])
    vault.close()
    capsys.readouterr()
    return worker, supervisor


def test_keys_show_prints_the_fingerprint_both_sides_compare(sides, capsys, tmp_path):
    worker, _ = sides
    assert koers("keys", "show", "--vault", worker, "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    written = json.loads((tmp_path / "w.pub").read_text())
    assert shown["fingerprint"] == written["fingerprint"]
    assert [k["name"] for k in shown["trusted"]] == ["Sam Super"]
    assert koers("keys", "show", "--vault", worker) == 0
    assert shown["fingerprint"] in capsys.readouterr().out


def test_trust_shows_the_fingerprint_and_needs_a_confirmation(sides, capsys, tmp_path):
    worker, _ = sides
    assert koers("keys", "trust", tmp_path / "s.pub", "--vault", worker, "--role", "supervisor") == 2
    out = capsys.readouterr()
    assert json.loads((tmp_path / "s.pub").read_text())["fingerprint"] in out.out
    assert "--yes" in out.err
    (tmp_path / "bad.pub").write_text("{}")
    assert koers("keys", "trust", tmp_path / "bad.pub", "--vault", worker, "--role", "supervisor", "--yes") == 4


def test_export_then_import_prints_the_report(sides, capsys, tmp_path):
    worker, supervisor = sides
    bundle = tmp_path / "naar-sam.koers"
    assert koers("export", "--vault", worker, "--to", "Sam Super", "--out", bundle) == 0
    assert bundle.stat().st_mode & 0o077 == 0
    capsys.readouterr()
    assert koers("import", "--vault", supervisor, bundle) == 0
    out = capsys.readouterr().out
    assert "Anna Werker" in out and "nieuw: 1 dossier(s): Ioana" in out  # people, not records
    assert koers("import", "--vault", supervisor, bundle, "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert len(report["unchanged"]) == 3 and report["new"] == [] and report["read_before"]
    assert report["dossiers"][0]["roepnaam"] == "Ioana" and report["dossiers"][0]["outcome"] == "unchanged"
    assert koers("import", "--vault", supervisor, bundle) == 0
    assert "al ingelezen op" in capsys.readouterr().out
    assert koers("export", "--vault", worker, "--to", "Sam Super", "--since-last", "--out", tmp_path / "b.koers") == 0
    assert "Niets te exporteren" in capsys.readouterr().out
    assert not (tmp_path / "b.koers").exists()


@pytest.mark.parametrize("spoil, words", [
    ("tamper", "beschadigd"), ("truncate", "beschadigd"), ("own", "niet voor deze kluis"),
    ("empty", "beschadigd"),
])
def test_bad_bundles_exit_4_with_a_clear_message(sides, capsys, tmp_path, spoil, words):
    worker, supervisor = sides
    bundle = tmp_path / "b.koers"
    assert koers("export", "--vault", worker, "--to", "Sam Super", "--out", bundle) == 0
    data = bundle.read_bytes()
    changed = {"tamper": data[:200] + bytes([data[200] ^ 1]) + data[201:], "truncate": data[:-30],
               "own": data, "empty": b""}[spoil]
    bundle.write_bytes(changed)
    target = worker if spoil == "own" else supervisor
    capsys.readouterr()
    assert koers("import", "--vault", target, bundle) == 4
    assert words in capsys.readouterr().err


def test_messages_in_english(sides, capsys, tmp_path, monkeypatch):
    worker, supervisor = sides
    monkeypatch.setenv("KOERS_LANG", "en")
    (tmp_path / "x.koers").write_bytes(b"age-encryption.org/v1\nnonsense")
    assert koers("import", "--vault", supervisor, tmp_path / "x.koers") == 4
    assert "damaged" in capsys.readouterr().err


def test_export_identity_asks_the_passphrase_again(sides, capsys, tmp_path, monkeypatch):
    worker, supervisor = sides
    out = tmp_path / "identity.txt"
    monkeypatch.setenv("KOERS_CONFIRM_PASSPHRASE", "iets anders dan het wachtwoord")
    assert koers("keys", "export-identity", "--vault", supervisor, "--out", out) == 3
    assert not out.exists()
    monkeypatch.setenv("KOERS_CONFIRM_PASSPHRASE", PASSPHRASE)
    assert koers("keys", "export-identity", "--vault", supervisor, "--out", out) == 0
    assert out.stat().st_mode & 0o077 == 0
    assert "AGE-SECRET-KEY-1" in out.read_text()


def test_debian_age_opens_the_bundle_with_the_exported_identity(sides, tmp_path, monkeypatch):
    age = require_tool("age")
    worker, supervisor = sides
    monkeypatch.setenv("KOERS_CONFIRM_PASSPHRASE", PASSPHRASE)
    assert koers("keys", "export-identity", "--vault", supervisor, "--out", tmp_path / "id.txt") == 0
    assert koers("export", "--vault", worker, "--to", "Sam Super", "--out", tmp_path / "b.koers") == 0
    done = subprocess.run([age, "-d", "-i", tmp_path / "id.txt", tmp_path / "b.koers"], capture_output=True, check=True)
    assert done.stdout.startswith(MAGIC)


def test_self_copy_opens_with_the_workers_own_identity(sides, tmp_path, monkeypatch):
    age = require_tool("age")
    worker, _ = sides
    monkeypatch.setenv("KOERS_CONFIRM_PASSPHRASE", PASSPHRASE)
    assert koers("keys", "export-identity", "--vault", worker, "--out", tmp_path / "mine.txt") == 0
    assert koers("export", "--vault", worker, "--to", "Sam Super", "--self-copy", "--out", tmp_path / "b.koers") == 0
    done = subprocess.run([age, "-d", "-i", tmp_path / "mine.txt", tmp_path / "b.koers"], capture_output=True)
    assert done.returncode == 0 and done.stdout.startswith(MAGIC)


def test_bad_participant_lists(sides, capsys, tmp_path):
    worker, _ = sides
    assert koers("export", "--vault", worker, "--to", "Sam Super", "--participants", "niet-een-id",
                 "--out", tmp_path / "b.koers") == 2
    assert koers("export", "--vault", worker, "--to", "Niemand", "--out", tmp_path / "b.koers") == 4


def test_export_can_carry_the_signed_plan_pdfs(sides, capsys, tmp_path):
    from desktop.demo import demo_dossier
    from exports.pdf_signing import verify_pdf

    worker, supervisor = sides
    vault = Vault.open(worker, PASSPHRASE)
    signed = demo_dossier(0)  # Ioana: a signed plan and a newer draft
    vault.save_all(signed.records())
    vault.close()
    bundle = tmp_path / "met-pdf.koers"
    assert koers("export", "--to", "Sam Super", "--with-plan-pdfs", "--vault", worker, "--out", bundle) == 0
    assert koers("import", bundle, "--vault", supervisor) == 0
    vault = Vault.open(supervisor, PASSPHRASE)
    [(record_id, name, data)] = vault.db.execute("SELECT record_id, name, data FROM attachments").fetchall()
    vault.close()
    frozen = next(p for p in signed.plans if p.frozen)
    assert (record_id, name) == (str(frozen.id), f"plan-{frozen.version}.pdf")
    check = verify_pdf(data)
    assert check.intact and check.plan_record_id == str(frozen.id)


def test_export_from_a_supervisor_to_a_trusted_worker_sends_what_a_supervisor_may(sides, capsys, tmp_path):
    """Issue 18 saw 'no trusted key named Anna Werker (known: -)'; since issue 14 a supervisor
    sends a worker her kaart and notes, so with nothing of that kind there is nothing to send."""
    _worker, supervisor = sides
    assert koers("export", "--vault", supervisor, "--to", "Anna Werker", "--out", tmp_path / "x.koers") == 0
    assert "Niets te exporteren" in capsys.readouterr().out
    assert koers("export", "--vault", supervisor, "--to", "Niemand", "--out", tmp_path / "y.koers") == 4
    err = capsys.readouterr().err
    assert "Niemand" in err and "known: -" not in err
