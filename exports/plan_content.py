"""The signed part of a trajectplan version as plain data: what her signature covers.

One description drawn twice: by the PDF above its signature block (exports.plan_pdf) and by
the co-sign reading view (desktop.ui.signing_screen), so she reads exactly what she signs.
Only the version's own content goes in (what `Trajectplan.plan_content_hash` covers): no
evaluations, no current scores, no matrix. Those change after signing, so the PDF prints
them after the signatures, outside what the signatures cover. Pure: no reportlab, no Qt.
In easy language (`easy`) the labels are the short B1 sentences of the catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass

from exports.pdf_text import language_name, long_date, term, text
from forms import Goal, Participant, Trajectplan
from forms.vocab import DECLINED


@dataclass(frozen=True)
class Fact:
    label: str
    value: str


@dataclass(frozen=True)
class Rows:
    """A small table: a header row and rows of text, all cells plain strings."""

    head: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class GoalPart:
    heading: str  # "Doel 1 · Huisvesting"
    text: str  # her own words
    facts: tuple[Fact, ...]  # the SMART parts, deadline, state
    start: int | None
    target: int | None
    lower_is_better: bool
    scale: Fact  # "Score (1–10)": "begin 3 · doel 8"
    steps: Rows | None
    actions: Rows | None
    domain: str | None = None  # the life domain's code: its pictogram in easy language


@dataclass(frozen=True)
class SignedPart:
    """Everything above the signatures, in the order both drawings show it."""

    title: str
    facts: tuple[Fact, ...]
    goals: tuple[GoalPart, ...]
    empty: str | None  # said when the plan has no goals
    signatures: str  # the heading of the signature block
    sign_intro: str
    lang: str
    easy: bool = False
    intro: str | None = None  # easy language: how to read the plan

    def headings(self) -> list[str]:
        """The section headings, in order: the title, each goal, the signatures."""
        return [self.title, *(g.heading for g in self.goals), self.signatures]


def _day(day, lang: str) -> str:
    return long_date(day, lang) if day else ""


def scale_words(start: int | None, target: int | None, lang: str, current: int | None = None) -> str:
    """'begin 3 · doel 8' (with 'nu 5' between them when a current score is given)."""
    parts = (("start", start), ("current", current), ("target", target))
    return " · ".join(f"{text(key, lang)} {value}" for key, value in parts if value is not None)


def _goal_facts(goal: Goal, lang: str, easy: bool) -> tuple[Fact, ...]:
    rows = [("specific", goal.specific), ("measurable", goal.measurable),
            ("agreed", text("agreed_yes" if goal.agreed else "agreed_no", lang)),
            ("realistic", goal.realistic), ("deadline", _day(goal.deadline, lang)),
            ("state", term("goal_states", goal.state, lang))]
    return tuple(Fact(text(key, lang, easy), value) for key, value in rows if value)


def _steps(goal: Goal, lang: str) -> Rows | None:
    if not goal.subgoals:
        return None
    head = (text("subgoals", lang), text("deadline", lang), text("scale", lang))
    return Rows(head, tuple((s.text, _day(s.deadline, lang), scale_words(s.start, s.target, lang))
                            for s in goal.subgoals))


def _actions(goal: Goal, lang: str) -> Rows | None:
    if not goal.actions:
        return None
    head = tuple(text(key, lang) for key in ("actions", "who", "when", "done"))
    return Rows(head, tuple((a.what, a.who or "", _day(a.by_when, lang), "✓ " + text("yes", lang) if a.done else "")
                            for a in goal.actions))


def goal_heading(number: int, goal: Goal, lang: str) -> str:
    domain = term("life_domains", goal.life_domain, lang) if goal.life_domain else ""
    return text("goal_n", lang, n=number) + (f" · {domain}" if domain else "")


def _goal_part(number: int, goal: Goal, lang: str, easy: bool) -> GoalPart:
    return GoalPart(goal_heading(number, goal, lang), goal.text, _goal_facts(goal, lang, easy), goal.start,
                    goal.target, goal.lower_is_better,
                    Fact(text("scale", lang, easy), scale_words(goal.start, goal.target, lang)),
                    _steps(goal, lang), _actions(goal, lang), goal.life_domain)


def _plan_facts(participant: Participant, plan: Trajectplan, lang: str, show_legal_name: bool) -> tuple[Fact, ...]:
    facts = [("version", str(plan.version)), ("date", _day(plan.date, lang)), ("worker", plan.worker),
             ("horizon", _day(plan.horizon, lang))]
    if show_legal_name and participant.legal_name not in (None, DECLINED):
        facts.insert(0, ("legal_name", participant.legal_name))
    if plan.goals and plan.goals_language != lang:  # her words stay as written: say in which language
        facts.append(("goals_language", language_name(plan.goals_language, lang)))
    return tuple(Fact(text(key, lang), value) for key, value in facts if value)


def signed_part(participant: Participant, plan: Trajectplan, lang: str,
                show_legal_name: bool = False, easy: bool = False) -> SignedPart:
    """The version's content in `lang`: her roepnaam (her legal name only when the worker
    chose to show it), version, date, worker, horizon and the goals."""
    goals = tuple(_goal_part(n, goal, lang, easy) for n, goal in enumerate(plan.goals, start=1))
    return SignedPart(text("plan_of", lang, name=participant.roepnaam),
                      _plan_facts(participant, plan, lang, show_legal_name), goals,
                      None if goals else text("no_goals", lang), text("signatures", lang),
                      text("sign_intro", lang, easy), lang, easy, text("intro", lang, True) if easy else None)
