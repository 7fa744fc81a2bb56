"""Retention through the vault and `koers retention`: the programme's term, the dossiers past
it, keeping one with a reason (logged), and the demo vault's dossier past its term."""

import datetime as dt
import json

import pytest

from desktop.cli import main
from desktop.vault import Vault
from desktop.vault.retention import RetentionError, keep, past_term, retention_of, set_term_months, term_months
from forms import Participant, PhaseChange
from forms.retention import RetentionReview, months_later
from tests.conftest import PASSPHRASE

TODAY = dt.date.today()


def koers(*argv) -> int:
    return main([str(a) for a in argv])


def closed_person(vault: Vault, name: str, days_ago: int | None) -> Participant:
    person = Participant(roepnaam=name)
    steps = [PhaseChange(participant_id=person.id, phase="aanmelding", date=TODAY - dt.timedelta(days=2000))]
    if days_ago is not None:
        steps.append(PhaseChange(participant_id=person.id, phase="afgesloten",
                                 date=TODAY - dt.timedelta(days=days_ago), outcome="ander_werk"))
    vault.save_all([person, *steps])
    return person


@pytest.fixture
def caseload(vault):
    """Long ago closed (past two years), recently closed, and still running."""
    return (closed_person(vault, "Mirjam", 900), closed_person(vault, "Ana", 100),
            closed_person(vault, "Ioana", None))


def test_the_term_is_two_years_by_default_and_a_programme_setting(vault, caseload):
    mirjam, ana, ioana = caseload
    assert term_months(vault) == 24
    assert [r.roepnaam for r in past_term(vault)] == ["Mirjam"]
    assert retention_of(vault, ioana.id) is None  # open: no term runs
    set_term_months(vault, 3)
    assert [r.roepnaam for r in past_term(vault)] == ["Mirjam", "Ana"]
    with pytest.raises(RetentionError):
        set_term_months(vault, 0)
    assert vault.audit_broken_at() is None


def test_keeping_needs_a_reason_and_a_later_date_and_is_logged(vault, caseload):
    mirjam, _ana, ioana = caseload
    later = TODAY + dt.timedelta(days=200)
    with pytest.raises(RetentionError):
        keep(vault, mirjam.id, "   ", later)
    with pytest.raises(RetentionError):
        keep(vault, mirjam.id, "Lopende aangifte", TODAY)
    with pytest.raises(RetentionError):
        keep(vault, ioana.id, "Lopende aangifte", later)
    review = keep(vault, mirjam.id, "Lopende\n  aangifte", later)
    assert past_term(vault) == []
    assert retention_of(vault, mirjam.id).keep_until == later
    assert retention_of(vault, mirjam.id).kept_because == "Lopende aangifte"
    logged = vault.db.execute("SELECT action, kind FROM audit WHERE record_id = ?", (str(review.id),)).fetchall()
    assert ("retention-keep", "retention") in logged
    reason = vault.db.execute("SELECT kind FROM audit WHERE action = 'retention-keep-reason' AND record_id = ?",
                              (str(mirjam.id),)).fetchall()
    assert reason == [("Lopende aangifte",)]  # the reason is in the log, by her id
    with pytest.raises(RetentionError):
        keep(vault, mirjam.id, "Lopende\u202e aangifte", later)  # a bidi override would hide words
    assert vault.audit_broken_at() is None and vault.audit_head_intact()


def test_closed_again_after_a_return_starts_a_new_term(vault, caseload):
    mirjam = caseload[0]
    vault.save(RetentionReview(participant_id=mirjam.id, decided_on=TODAY - dt.timedelta(days=30),
                               keep_until=TODAY + dt.timedelta(days=400), reason="Lopende aangifte"))
    assert retention_of(vault, mirjam.id).kept_because == "Lopende aangifte"
    back = PhaseChange(participant_id=mirjam.id, phase="uitvoering", date=TODAY - dt.timedelta(days=20))
    vault.save(back)
    assert retention_of(vault, mirjam.id) is None  # she came back: no term runs
    undated = PhaseChange(participant_id=mirjam.id, phase="afgesloten")  # closed now, no date typed
    day = vault.save(undated).record.updated_at.date()
    again = retention_of(vault, mirjam.id)
    assert (again.closed_on, again.keep_until, again.kept_because) == (day, months_later(day, 24), None)


def test_cli_lists_sets_and_keeps(vault_dir, vault, caseload, monkeypatch, capsys):
    mirjam = caseload[0]
    vault.close()
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    assert koers("retention", "--vault", vault_dir) == 0
    out = capsys.readouterr().out
    assert "24 maanden" in out and str(mirjam.id) in out and "Ana" not in out
    assert koers("retention", "--vault", vault_dir, "--set-term", "3") == 0
    capsys.readouterr()
    assert koers("retention", "--vault", vault_dir, "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["term_months"] == 3 and [r["roepnaam"] for r in listed["past_term"]] == ["Mirjam", "Ana"]
    assert koers("retention", "--vault", vault_dir, "--keep", mirjam.id) == 4  # no reason
    assert "waarom" in capsys.readouterr().err
    monkeypatch.setenv("KOERS_LANG", "en")
    assert koers("retention", "--vault", vault_dir, "--keep", mirjam.id, "--reason", "Open police report",
                 "--until", (TODAY + dt.timedelta(days=30)).isoformat()) == 0
    assert "Kept until" in capsys.readouterr().out
    assert koers("retention", "--vault", vault_dir, "--json") == 0
    assert [r["roepnaam"] for r in json.loads(capsys.readouterr().out)["past_term"]] == ["Ana"]
    assert koers("retention", "--vault", vault_dir, "--keep", "not-an-id", "--reason", "x") == 2


def test_the_demo_vault_holds_a_dossier_past_its_term(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    assert koers("demo", "--vault", tmp_path / "demo") == 0
    capsys.readouterr()
    assert koers("retention", "--vault", tmp_path / "demo", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [r["roepnaam"] for r in listed["past_term"]] == ["Mirjam"]
