"""`koers erase` end to end (issue 12 §2)."""

import json

import pytest

from desktop.cli import main
from tests.conftest import PASSPHRASE


def koers(*argv) -> int:
    return main([str(a) for a in argv])


@pytest.fixture
def demo(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "demo"
    assert koers("demo", "--vault", folder) == 0
    capsys.readouterr()
    return folder


def _people(folder, capsys) -> dict[str, str]:
    assert koers("list", "--vault", folder, "--json") == 0
    return {p["roepnaam"]: p["id"] for p in json.loads(capsys.readouterr().out)}


def test_erase_removes_her_and_says_what_went(demo, capsys):
    before = _people(demo, capsys)
    name, pid = next(iter(before.items()))
    assert koers("erase", pid, "--vault", demo, "--reason", "verzoek van de deelnemer") == 0
    out = capsys.readouterr().out
    assert f"Dossier {pid} gewist" in out and "auditlog" in out
    assert name not in _people(demo, capsys)
    assert koers("show", pid, "--vault", demo) == 4
    assert koers("audit", "verify", "--vault", demo) == 0


def test_erase_json_and_english(demo, capsys, monkeypatch):
    pid = next(iter(_people(demo, capsys).values()))
    monkeypatch.setenv("KOERS_LANG", "en")
    assert koers("erase", pid, "--vault", demo, "--reason", "asked", "--json") == 0
    result = json.loads(capsys.readouterr().out)
    assert result["erased"] == pid and result["records"]["participant"] == 1


def test_erase_refuses_without_reason_unknown_or_bad_id(demo, capsys):
    pid = next(iter(_people(demo, capsys).values()))
    with pytest.raises(SystemExit):
        koers("erase", pid, "--vault", demo)  # --reason is required
    assert koers("erase", pid, "--vault", demo, "--reason", " ") == 4
    assert "reden" in capsys.readouterr().err
    assert koers("erase", "00000000-0000-0000-0000-000000000005", "--vault", demo, "--reason", "x") == 4
    assert koers("erase", "geen-id", "--vault", demo, "--reason", "x") == 2
    assert pid in _people(demo, capsys).values()


def test_export_says_who_goes_anonymously_and_import_says_what_was_erased(tmp_path, monkeypatch, capsys):
    from desktop.vault import Vault
    from forms import Consent, Participant

    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    worker, supervisor = tmp_path / "w", tmp_path / "s"
    assert koers("init", "--vault", worker, "--worker-name", "Anna Werker") == 0
    assert koers("init", "--vault", supervisor, "--worker-name", "Sam Super", "--role", "supervisor") == 0
    for side, other, role in ((worker, supervisor, "supervisor"), (supervisor, worker, "begeleider")):
        assert koers("keys", "export-public", "--vault", other, "--out", tmp_path / f"{role}.pub") == 0
        assert koers("keys", "trust", tmp_path / f"{role}.pub", "--vault", side, "--role", role, "--yes") == 0
    vault = Vault.open(worker, PASSPHRASE)
    shared, anonymous = Participant(roepnaam="Deelt"), Participant(roepnaam="Deeltniet")
    vault.save_all([shared, anonymous, Consent(participant_id=shared.id, purpose="delen_leidinggevende")])
    vault.close()
    capsys.readouterr()
    assert koers("export", "--vault", worker, "--to", "Sam Super", "--out", tmp_path / "1.koers") == 0
    assert "1 dossier(s) gaan anoniem mee" in capsys.readouterr().out
    assert koers("import", "--vault", supervisor, tmp_path / "1.koers") == 0
    capsys.readouterr()
    assert koers("list", "--vault", supervisor, "--json") == 0
    assert sorted(p["roepnaam"] for p in json.loads(capsys.readouterr().out)) == ["Deelt", "anoniem"]
    assert koers("erase", str(shared.id), "--vault", worker, "--reason", "op verzoek") == 0
    assert koers("export", "--vault", worker, "--to", "Sam Super", "--since-last", "--out", tmp_path / "2.koers") == 0
    capsys.readouterr()
    assert koers("import", "--vault", supervisor, tmp_path / "2.koers", "--json") == 0
    assert json.loads(capsys.readouterr().out)["erased"] == [str(shared.id)]
    assert koers("list", "--vault", supervisor, "--json") == 0
    assert [p["roepnaam"] for p in json.loads(capsys.readouterr().out)] == ["anoniem"]


def test_the_demo_vault_shares_two_dossiers_anonymously(demo, tmp_path, capsys):
    """Done when (issue 12): in `koers demo`, Jasmijn (never asked) and Ștefania (withdrew) go to
    the supervisor as their anonymous monitoring form only; the supervisor sees 'anoniem', and
    Ștefania's own copy says only her anonymous form went."""
    supervisor = tmp_path / "s"
    assert koers("init", "--vault", supervisor, "--worker-name", "Sam Super", "--role", "supervisor") == 0
    for side, other, role in ((demo, supervisor, "supervisor"), (supervisor, demo, "begeleider")):
        assert koers("keys", "export-public", "--vault", other, "--out", tmp_path / f"{role}.pub") == 0
        assert koers("keys", "trust", tmp_path / f"{role}.pub", "--vault", side, "--role", role, "--yes") == 0
    capsys.readouterr()
    people = _people(demo, capsys)
    assert koers("export", "--vault", demo, "--to", "Sam Super", "--out", tmp_path / "demo.koers") == 0
    assert "2 dossier(s) gaan anoniem mee" in capsys.readouterr().out
    assert koers("import", "--vault", supervisor, tmp_path / "demo.koers") == 0
    capsys.readouterr()
    seen = _people(supervisor, capsys)
    assert "Jasmijn" not in seen and "Ștefania" not in seen and "Ioana" in seen
    assert koers("list", "--vault", supervisor, "--json") == 0
    assert [p["roepnaam"] for p in json.loads(capsys.readouterr().out)].count("anoniem") == 2
    assert koers("inzage", people["Ștefania"], "--vault", demo, "--json") == 0
    received = json.loads(capsys.readouterr().out)["received_by"]
    assert ("anonymous", "Sam Super") in {(r["how"], r["recipient"]) for r in received}
