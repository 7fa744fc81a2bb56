"""The Qt-free flows, the passphrase rules and the settings file, tested with plain data."""

from __future__ import annotations

import datetime as dt
import json
import random

import pytest

from desktop.flows.first_run import FirstRunFlow, Step
from desktop.flows.intake import IntakeFlow
from desktop.settings import Settings, load_settings, save_settings
from desktop.vault.passphrase import strength
from forms import DECLINED, Dossier, Intake, Participant, PhaseChange

STRONG = "zonnige kat rent snel"


@pytest.mark.parametrize("weak", ["", "abc", "wachtwoord1", "aaaaaaaaaaaaaaaa", "1234567890"])
def test_weak_passphrases_are_refused_with_a_tip(weak):
    result = strength(weak)
    assert not result.acceptable
    assert result.tips("nl") and result.tips("en")


def test_a_few_random_words_are_strong():
    result = strength(STRONG)
    assert result.acceptable and result.level >= 3
    assert result.label("en") in ("Strong", "Very strong")


def test_first_run_walks_worker_passphrase_recovery():
    flow = FirstRunFlow(rng=random.Random(1))
    [empty] = flow.set_worker("  ", "begeleider")  # a Message: the screen says it in its language
    assert (empty.render("nl"), empty.render("en")) == ("Vul je naam in", "Fill in your name")
    [control] = flow.set_worker("Sanne\x1b[2J", "begeleider")  # the same rule as `koers init`
    assert control.render("nl").startswith("Je naam bevat een stuurteken (U+001B)")
    assert control.render("en").startswith("Your name holds a control")
    assert flow.set_worker("Sanne", "baas")  # unknown role
    assert flow.set_worker("Sanne", "supervisor") == [] and flow.step is Step.PASSPHRASE
    assert len(flow.set_passphrase("kort", "kort")) == 1
    assert len(flow.set_passphrase(STRONG, STRONG + "x")) == 1
    assert flow.set_passphrase(STRONG, STRONG) == [] and flow.step is Step.CREATING
    flow.vault_created("ABCD-EFGH-JKLM-NPQR")
    assert flow.passphrase == "" and flow.step is Step.RECOVERY
    group = flow.groups[flow.check_group]
    assert flow.confirm_recovery("ZZZZ")
    assert flow.confirm_recovery(f" {group.lower()} ") == [] and flow.step is Step.DONE
    assert flow.recovery_code == ""


def test_first_run_can_go_back_and_retry_after_a_failed_create():
    flow = FirstRunFlow()
    flow.set_worker("Sanne", "begeleider")
    flow.back()
    assert flow.step is Step.WORKER
    flow.set_worker("Sanne", "begeleider")
    flow.set_passphrase(STRONG, STRONG)
    flow.creation_failed()
    assert flow.step is Step.PASSPHRASE and flow.passphrase == ""


def _flow() -> IntakeFlow:
    return IntakeFlow(Dossier(participant=Participant(roepnaam="Mila")))


def test_intake_stays_on_a_step_with_an_error_and_names_the_field():
    flow = _flow()
    flow.set("deelnemer", "birth_year", "1850")
    problems = flow.next("nl")
    assert flow.step == "deelnemer"
    assert problems[("deelnemer", "birth_year")][0].startswith("Geboortejaar: moet tussen 1900 en")
    flow.set("deelnemer", "birth_year", "1990")
    assert flow.next("nl") == {} and flow.step == "aanmelding"


def test_intake_reads_dutch_dates_and_makes_only_filled_records():
    flow = _flow()
    flow.set("aanmelding", "date", "3-2-2025")
    flow.set("intake", "work_settings", ["raam", "online"])
    flow.set("intake", "help_request", "Ik wil een eigen kamer.")
    flow.set("deelnemer", "legal_name", DECLINED)
    records = {r.KIND: r for r in flow.records()}
    assert records["aanmelding"].date.isoformat() == "2025-02-03"
    assert records["intake"].work_settings == ["raam", "online"]
    assert records["participant"].legal_name == DECLINED
    untouched = _flow().records()  # only the registration date is filled in for her: today
    assert [r.KIND for r in untouched] == ["participant", "aanmelding"] and untouched[1].date == dt.date.today()


def test_the_registration_date_is_prefilled_from_the_day_she_was_added():
    mila = Participant(roepnaam="Mila")
    added = PhaseChange(participant_id=mila.id, phase="aanmelding", date=dt.date(2026, 2, 3))
    assert IntakeFlow(Dossier(participant=mila, phases=[added])).values["aanmelding"]["date"] == "03-02-2026"
    assert _flow().values["aanmelding"]["date"] == dt.date.today().strftime("%d-%m-%Y")


def test_intake_edits_the_stored_intake_in_place():
    mila = Participant(roepnaam="Mila")
    intake = Intake(participant_id=mila.id, sector="vergund")
    flow = IntakeFlow(Dossier(participant=mila, intakes=[intake]))
    assert flow.values["intake"]["sector"] == "vergund"
    flow.set("intake", "years_in_sex_work", "x")
    assert flow.problems("en")[("intake", "years_in_sex_work")] == ["Years in sex work: must be a whole number"]
    flow.set("intake", "years_in_sex_work", "4")
    saved = [r for r in flow.records() if r.KIND == "intake"][0]
    assert saved.id == intake.id and saved.years_in_sex_work == 4


def test_intake_draft_round_trip_and_refuses_another_dossier():
    flow = _flow()
    flow.set("intake", "help_request", "In haar woorden")
    flow.go("intake")
    draft = flow.to_draft()
    again = IntakeFlow(flow.dossier)
    assert again.restore(draft) and again.values["intake"]["help_request"] == "In haar woorden"
    assert again.step == "intake" and again.dirty
    assert not _flow().restore(draft)  # another participant
    assert not again.restore("{not json")
    assert json.loads(draft)["form"] == "intake"


def test_settings_round_trip_and_defaults(tmp_path):
    path = tmp_path / "conf" / "settings.json"
    assert load_settings(path) == Settings()
    save_settings(Settings(language="en", autolock_minutes=2), path)
    assert load_settings(path).language == "en" and load_settings(path).autolock_minutes == 2
    assert path.stat().st_mode & 0o077 == 0
    path.write_text("{broken")
    assert load_settings(path) == Settings()
