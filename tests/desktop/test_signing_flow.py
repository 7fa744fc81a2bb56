"""The co-sign flow as plain data, and against a real vault."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.flows.signing import (
    MAX_POINTS, ExitLock, SigningFlow, Step, ink_length, language_choices, normalise_stroke,
    signing_language, smart_doubts, word,
)
from desktop.vault import FrozenPlanError
from forms import Action, Goal, Participant, Point, SubGoal, Trajectplan


def _line(n=20, y=0.5):
    return [Point(x=0.1 + i * 0.03, y=y, pressure=0.6) for i in range(n)]


@pytest.fixture
def plan():
    return Trajectplan(
        participant_id=Participant(roepnaam="Mira").id, worker="Test Begeleider",
        date=dt.date(2026, 3, 3), horizon=dt.date(2026, 9, 1),
        goals=[Goal(life_domain="financien", text="Mijn schulden op een rij", start=3, target=7,
                    deadline=dt.date(2026, 6, 1), specific="Alle brieven in één map",
                    subgoals=[SubGoal(text="Brieven sorteren")],
                    actions=[Action(who="Mira", what="Map kopen", by_when=dt.date(2026, 3, 10))])],
    )


def test_cosign_words_follow_her_language_else_the_chosen_one():
    assert signing_language(Participant(roepnaam="A", preferred_language="ro"), "en") == "ro"
    assert signing_language(Participant(roepnaam="A"), "en") == "en"
    assert signing_language(Participant(roepnaam="A", preferred_language="ar"), "nl") == "nl"
    assert signing_language(Participant(roepnaam="A", preferred_language="nl"), "en") == "nl"  # hers first
    assert signing_language(Participant(roepnaam="A", preferred_language="en"), "nl") == "en"
    assert word("done", "en") == "The plan is signed." and word("done", "nl") == "Het plan is ondertekend."
    assert word("done", "th") == "ลงชื่อในแผนเรียบร้อยแล้ว" and word("sign_here", "hu", name="Éva") == "Itt írd alá, Éva"
    assert word("agree", "nl", easy=True).splitlines() == ["Dit is mijn plan.", "Ik ben het ermee eens.",
                                                           "Daarom teken ik."]  # one idea per line
    assert word("clear", "nl", easy=True) == "&Wissen"  # no easy sentence: the usual one
    assert [code for code, _name in language_choices()] == ["nl", "en", "ro", "bg", "hu", "pl", "es", "pt", "th"]


def test_smart_doubts_name_each_failing_goal_and_letter(plan):
    assert smart_doubts(plan, "nl", today=dt.date(2026, 3, 3)) == [
        "Doel 1 · Financiën — A: Ze heeft nog niet ingestemd: vraag of dit echt haar doel is."]
    agreed = plan.model_copy(update={"goals": [plan.goals[0].model_copy(update={"agreed": True})]})
    assert smart_doubts(agreed, "en", today=dt.date(2026, 3, 3)) == []  # "Mijn schulden": first person, agreed
    vague = Goal(text="beter worden", agreed=True)
    paused = Goal(text="iets leuks", state="gepauzeerd")
    doubts = smart_doubts(plan.model_copy(update={"goals": [vague, paused]}), "en")
    assert len(doubts) == 1 and doubts[0].startswith("Goal 1 — S: ")  # a paused goal is not agreed anew


def test_flow_signs_her_then_the_worker(plan):
    stored = []

    def sign(signature):
        stored.append(signature)
        return Trajectplan.model_validate(plan.model_dump() | {"signatures": [s.model_dump() for s in stored]})

    flow = SigningFlow(plan, "Mira", "Test Begeleider", sign)
    assert flow.step is Step.READ and flow.signer is None
    with pytest.raises(ValueError):
        flow.submit([_line()])
    flow.to_signing()
    assert flow.signer == ("deelnemer", "Mira")
    with pytest.raises(ValueError):  # a tap is not a signature
        flow.submit([[Point(x=0.5, y=0.5)]])
    flow.submit([_line()])
    assert flow.step is Step.WORKER and flow.frozen
    flow.submit([_line(y=0.4)])
    assert flow.step is Step.DONE
    assert [s.role for s in stored] == ["deelnemer", "begeleider"]
    assert all(s.plan_hash == plan.plan_content_hash() for s in stored)


def test_flow_resumes_where_signatures_leave_off(vault, plan):
    participant = Participant(id=plan.participant_id, roepnaam="Mira")
    vault.save(participant)
    saved = vault.save(plan).record
    flow = SigningFlow(saved, "Mira", vault.worker_name, lambda s: vault.sign_plan(saved.id, s))
    flow.to_signing()
    flow.submit([_line()])
    with pytest.raises(FrozenPlanError):  # her signature froze the version
        vault.save(flow.plan.model_copy(update={"horizon": dt.date(2027, 1, 1)}))
    again = SigningFlow(vault.get(saved.id), "Mira", vault.worker_name, lambda s: vault.sign_plan(saved.id, s))
    assert again.step is Step.WORKER
    again.submit([_line()])
    assert SigningFlow(vault.get(saved.id), "Mira", "x", lambda s: None).step is Step.DONE


def test_strokes_are_clamped_thinned_and_capped():
    raw = [(-0.2, 0.5, 1.4), (-0.2, 0.5, 0.5), (0.5, 1.3, 0.2)]
    assert normalise_stroke(raw) == [Point(x=0, y=0.5, pressure=1), Point(x=0.5, y=1, pressure=0.2)]
    many = [(i / 10**6, 0.5 if i % 2 else 0.6, 0.5) for i in range(MAX_POINTS + 50)]
    assert len(normalise_stroke(many)) == MAX_POINTS
    assert ink_length([_line(11)]) == pytest.approx(0.3)


def test_exit_lock_needs_the_secret():
    lock = ExitLock(lambda secret: secret == "geheim")
    assert not lock.try_unlock("") and not lock.try_unlock("fout")
    assert lock.failures == 2 and not lock.open
    assert lock.try_unlock("geheim") and lock.open


@pytest.mark.parametrize("lang", [code for code, _name in language_choices()])
def test_each_step_has_distinct_keyboard_mnemonics_in_every_language(lang):
    def mnemonic(key: str) -> str:
        said = word(key, lang)
        assert said.count("&") == 1, (lang, key, said)
        return said[said.index("&") + 1].lower()

    for page in (("to_sign", "language"), ("back", "clear", "undo", "confirm", "language"),
                 ("clear", "undo", "confirm_worker", "language")):
        letters = [mnemonic(key) for key in page]
        assert len(set(letters)) == len(letters), (lang, page, letters)
