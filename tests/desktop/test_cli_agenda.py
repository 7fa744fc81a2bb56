"""`koers agenda` and desktop.vault.agenda: the lines of a real vault, its two programme
settings, whose dossiers count, and the demo vault holding a line in each group."""

import datetime as dt
import json

import pytest

from desktop.cli import main
from desktop.vault import owners
from desktop.vault.agenda import AgendaError, agenda, choose_aftercare, rules, set_rules
from desktop.vault.owners import Origin
from forms import Contact, Goal, Handover, Participant, PhaseChange, Trajectplan
from matrix.agenda import Rules
from tests.conftest import PASSPHRASE

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)
COLLEAGUE = "ABCD-EFGH-IJKL-MNOP"


def koers(*argv) -> int:
    return main([str(a) for a in argv])


def person(vault, name: str, phase: str, since_days: int, *extra) -> Participant:
    p = Participant(roepnaam=name)
    vault.save_all([p, PhaseChange(participant_id=p.id, phase=phase, date=TODAY - since_days * DAY),
                    *[record.model_copy(update={"participant_id": p.id}) for record in extra]])
    return p


@pytest.fixture
def caseload(vault, monkeypatch):
    """Ioana: a goal due in three days; Kim: no contact for six weeks; Łucja in nazorg, passive."""
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)  # for the command line
    ioana = Participant(roepnaam="Ioana")
    plan = Trajectplan(participant_id=ioana.id, date=TODAY - 5 * DAY,
                       goals=[Goal(text="Een eigen kamer", deadline=TODAY + 3 * DAY)])
    vault.save_all([ioana, PhaseChange(participant_id=ioana.id, phase="uitvoering", date=TODAY - 10 * DAY), plan,
                    Contact(participant_id=ioana.id, date=TODAY - DAY)])
    kim = person(vault, "Kim", "orientatie", 60, Contact(participant_id=ioana.id, date=TODAY - 42 * DAY))
    lucja = person(vault, "Łucja", "nazorg", 100)
    choose_aftercare(vault, lucja.id, "passief")
    return ioana, kim, lucja


def test_the_cli_prints_this_week_and_overdue(vault, vault_dir, caseload, capsys):
    assert koers("agenda", "--vault", vault_dir) == 0
    out = capsys.readouterr().out
    week, late = out.split("Te laat")
    assert "Deze week (1)" in week and "Ioana" in week and "Doel: Een eigen kamer" in week
    assert "Kim" in late and "Geen contact in 4 weken" in late
    assert "Łucja" not in out  # passive aftercare, no meting due yet, nothing else


def test_the_json_names_tab_kind_and_day_and_days_widens_the_week(vault, vault_dir, caseload, capsys, monkeypatch):
    monkeypatch.setenv("KOERS_LANG", "en")
    assert koers("agenda", "--vault", vault_dir, "--json", "--days", "2") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["this_week"] == [] and data["days"] == 2 and data["contact_weeks"] == 4
    assert [(l["roepnaam"], l["kind"], l["tab"], l["text"]) for l in data["overdue"]] == [
        ("Kim", "contact", "contacts", "No contact for 4 weeks")]
    assert data["overdue"][0]["due"] == (TODAY - 14 * DAY).isoformat()
    with pytest.raises(SystemExit) as usage:
        koers("agenda", "--vault", vault_dir, "--days", "0")
    assert usage.value.code == 2 and "1 to 366" in capsys.readouterr().err


def test_the_two_settings_are_kept_in_the_vault_and_checked(vault, caseload):
    assert rules(vault) == Rules(6, 4)
    set_rules(vault, 3, 8)
    assert rules(vault.opened_again()) == Rules(3, 8)
    # Kim: 42 days without contact is within eight weeks; Łucja, 100 days in, is due a meting.
    assert [(l.roepnaam, l.kind) for l in agenda(vault).overdue] == [("Łucja", "meting")]
    with pytest.raises(AgendaError):
        set_rules(vault, 0, 4)
    with pytest.raises(AgendaError):
        set_rules(vault, 6, 53)


def test_a_dossier_someone_else_holds_gives_no_lines_unless_she_covers_it(vault, caseload):
    _ioana, kim, _lucja = caseload
    owners.transfer(vault.db, [kim.id], Origin.imported(COLLEAGUE))  # handed over to a colleague
    assert [l.roepnaam for l in agenda(vault).overdue] == []
    owners.transfer(vault.db, [kim.id], owners.LOCAL)
    vault.save(Handover(participant_id=kim.id, mode="waarneming", to_fingerprint=COLLEAGUE, to_name="Noor",
                        until=TODAY + 5 * DAY, basis="team_deelt"))
    owners.transfer(vault.db, [kim.id], Origin.imported(COLLEAGUE))  # now a cover copy, still running
    assert [l.roepnaam for l in agenda(vault).overdue] == ["Kim"]


def test_the_demo_vault_has_a_line_in_each_group(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    assert koers("demo", "--vault", tmp_path / "demo") == 0
    capsys.readouterr()
    assert koers("agenda", "--vault", tmp_path / "demo", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["this_week"] and data["overdue"]
    assert {l["kind"] for l in data["this_week"] + data["overdue"]} >= {"goal", "contact", "retention", "checkin"}


def test_her_aftercare_choice_is_in_her_own_copy(vault, vault_dir, caseload, tmp_path, capsys):
    from tests.desktop.test_cli_inzage import words

    lucja = caseload[2]
    assert koers("inzage", str(lucja.id), "--vault", vault_dir, "--json") == 0
    assert json.loads(capsys.readouterr().out)["dossier"]["aftercare"][0]["mode"] == "passief"
    assert koers("inzage", str(lucja.id), "--vault", vault_dir, "--lang", "nl", "--out", tmp_path / "copy.pdf") == 0
    text = " ".join(words(tmp_path / "copy.pdf").split())
    assert "Keuze voor de nazorg" in text and "Passief: zij neemt contact op als zij wil" in text


def test_a_supervisors_copies_of_worker_dossiers_give_her_no_lines(tmp_path):
    from desktop.vault import KdfParams, Vault

    supervisor, _code = Vault.create(tmp_path / "sup", PASSPHRASE, "Marieke", role="supervisor",
                                     kdf=KdfParams.fast_for_tests())
    theirs = person(supervisor, "Ioana", "orientatie", 60)
    person(supervisor, "Kim", "orientatie", 60)  # her own
    owners.transfer(supervisor.db, [theirs.id], Origin.imported(COLLEAGUE))  # as a worker's bundle brings it
    assert [l.roepnaam for l in agenda(supervisor).overdue] == ["Kim"]
    supervisor.close()
