"""The SMART check: the table of example goals, the hints, the rules and the input."""

import datetime as dt
import re
from uuid import uuid4

import pytest
from pydantic import ValidationError

from forms import Goal, Trajectplan
from matrix.smart import (
    LETTERS, SmartInput, SmartRules, as_json, check, date_in_text, from_goal, guess_domain,
)
from forms.catalogue import PARTICIPANT_LANGUAGES, text
from tests.matrix.smart_table import HORIZON, PLAN_DATE, ROWS


def goal_of(row) -> SmartInput:
    text, domain, start, target, deadline, agreed, lower, _expected = row
    return SmartInput(text=text, domain=domain, start=start, target=target, deadline=deadline,
                      agreed=agreed, lower_is_better=lower, plan_date=PLAN_DATE, horizon=HORIZON)


def verdict_string(verdicts) -> str:
    return "".join(letter if verdicts[letter].ok else letter.lower() for letter in LETTERS)


def test_the_table_is_large_and_covers_the_field():
    assert len(ROWS) >= 40
    english = [r for r in ROWS if re.search(r"\b(I|She)\b", r[0])]
    assert len(english) >= 10 and len(ROWS) - len(english) >= 30
    assert {r[1] for r in ROWS} >= {"huisvesting", "financien", "werk_dagbesteding", "veiligheid",
                                     "lichamelijke_gezondheid", "middelengebruik", "juridisch"}
    assert all(any(c.islower() for c in r[-1]) for r in ROWS if r[-1] != "SMART")
    assert sum(r[-1] == "SMART" for r in ROWS) >= 15
    for letter in "smart":
        assert any(letter in r[-1] for r in ROWS), f"no example where {letter.upper()} gives a hint"


@pytest.mark.parametrize("row", ROWS, ids=[r[0][:40] for r in ROWS])
def test_the_table(row):
    verdicts = check(goal_of(row), "nl")
    assert verdict_string(verdicts) == row[-1], {k: v.hint for k, v in verdicts.items()}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_hint_is_one_sentence_to_read_aloud(lang):
    for row in ROWS:
        for letter, verdict in check(goal_of(row), lang).items():
            hint = verdict.hint
            assert hint[0].isupper() and hint[-1] in ".?", hint
            assert not re.search(r"[.?!] [A-Z]", hint), f"more than one sentence: {hint}"
            assert len(hint) <= 160, hint


def test_hints_follow_the_language_and_verdicts_do_not():
    for row in ROWS:
        nl, en = check(goal_of(row), "nl"), check(goal_of(row), "en")
        assert verdict_string(nl) == verdict_string(en)
        assert all(nl[x].hint != en[x].hint for x in LETTERS)


@pytest.mark.parametrize("lang", [lang for lang in PARTICIPANT_LANGUAGES if lang not in ("nl", "en")])
def test_she_reads_the_hints_in_her_own_language(lang):
    """Co-sign mode shows the hints in her language: every hint of the table comes from her
    catalogue (not Dutch), with its placeholders filled and one sentence to read aloud."""
    for row in ROWS:
        nl, hers = check(goal_of(row), "nl"), check(goal_of(row), lang)
        assert verdict_string(hers) == verdict_string(nl)
        for letter, verdict in hers.items():
            assert verdict.hint != nl[letter].hint and "{" not in verdict.hint, verdict.hint
            assert len(verdict.hint) <= 200, verdict.hint
            assert not [m for m in re.finditer(r"[.?!] (\w)", verdict.hint) if m.group(1).isupper()], verdict.hint
    named = check(SmartInput(text="Ik bel 2 woningcorporaties", domain="huisvesting"), lang)["S"].hint
    assert text("plan.term.life_domains.huisvesting", lang).lower() in named


def test_the_check_is_deterministic():
    goal = goal_of(ROWS[0])
    assert all(check(goal) == check(goal) for _ in range(5))


def test_vague_words_are_named_in_the_hint():
    hint = check(SmartInput(text="Ik wil het beter en leuker hebben", domain="huisvesting"))["S"].hint
    assert "'beter'" in hint and "'leuker'" in hint
    en = check(SmartInput(text="I want more and better", domain="financien"), "en")["S"].hint
    assert "'more' and 'better'" in en


def test_the_step_limits_are_configurable():
    goal = SmartInput(text="Ik haal mijn rijbewijs", domain="praktische_vaardigheden", start=2, target=6,
                      deadline="2025-02-20", plan_date="2025-01-06", agreed=True)
    assert check(goal)["R"].ok  # 4 points in 45 days
    strict = SmartRules(step_limits=((8, 3),))
    assert not check(goal, rules=strict)["R"].ok
    assert "45 dagen" in check(goal, rules=strict)["R"].hint


def test_the_default_horizon_and_today_stand_in_for_missing_plan_data():
    goal = SmartInput(text="Ik vraag bijstand aan", deadline="2026-03-01")
    assert check(goal, today=dt.date(2025, 6, 1))["T"].ok
    assert not check(goal, today=dt.date(2025, 1, 1))["T"].ok  # more than 52 weeks ahead
    assert not check(goal, rules=SmartRules(default_horizon_weeks=4), today=dt.date(2026, 1, 1))["T"].ok
    assert "1 maart 2026" in check(goal, today=dt.date(2025, 1, 1))["T"].hint
    assert "March 1, 2026" in check(goal, "en", today=dt.date(2025, 1, 1))["T"].hint


@pytest.mark.parametrize(("given", "code"), [
    ("financien", "financien"), ("Financiën", "financien"), ("FINANCIEN", "financien"),
    (" financiën ", "financien"), ("Finances", "financien"), ("Werk & dagbesteding", "werk_dagbesteding"),
    ("veiligheid & weerbaarheid", "veiligheid"), ("", None), ("wil ik niet zeggen", None),
])
def test_the_domain_is_an_id_or_a_label_with_case_and_accents_ignored(given, code):
    assert SmartInput(text="x", domain=given).domain == code


@pytest.mark.parametrize("bad", [{"domain": "onzin"}, {"start": 0}, {"target": 11}, {"deadline": "gisteren"},
                                 {"start": 4.5}, {"colour": "red"}])
def test_bad_input_is_refused(bad):
    with pytest.raises(ValidationError):
        SmartInput.model_validate({"text": "Ik wil een woning", **bad})


def test_domains_are_recognised_from_words():
    assert guess_domain("Ik wil een huurwoning in Utrecht") == "huisvesting"
    assert guess_domain("I want to pay off my debts") == "financien"
    assert guess_domain("Ik ga naar de tandarts") == "lichamelijke_gezondheid"
    assert guess_domain("Ik wil iets leuks") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("voor 2025-06-01", dt.date(2025, 6, 1)), ("op 1-6-2025", dt.date(2025, 6, 1)),
    ("uiterlijk 15 juni 2025", dt.date(2025, 6, 15)), ("by June 15, 2025", dt.date(2025, 6, 15)),
    ("by 3 March 2025", dt.date(2025, 3, 3)), ("31-02-2025", None), ("in juni", None),
    ("ik heb 2 kinderen en 2025 wordt mijn jaar", None),
])
def test_dates_written_in_the_text(text, expected):
    assert date_in_text(text) == expected


def test_from_goal_takes_the_plan_date_and_horizon():
    goal = Goal(text="Ik vraag huurtoeslag aan", life_domain="financien", start=3, target=6,
                deadline=dt.date(2025, 3, 1), agreed=True, measurable="de beschikking is binnen")
    plan = Trajectplan(participant_id=uuid4(), date=dt.date(2025, 1, 6), horizon=dt.date(2025, 2, 1), goals=[goal])
    smart = from_goal(goal, plan)
    assert (smart.plan_date, smart.horizon, smart.domain, smart.start) == (plan.date, plan.horizon, "financien", 3)
    verdicts = check(smart)
    assert verdict_string(verdicts) == "SMARt"  # the deadline lies after the plan's end
    assert as_json(verdicts)["T"] == {"ok": False, "hint": verdicts["T"].hint}


def test_the_measurable_note_counts_for_m():
    bare = SmartInput(text="Ik wil leren koken", domain="praktische_vaardigheden")
    assert not check(bare)["M"].ok
    assert check(bare.model_copy(update={"measurable": "ze kookt drie keer per week"}))["M"].ok
