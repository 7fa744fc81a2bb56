"""One goal on paper: life domain, her words, the SMART parts, the 1-10 bar, sub-goals,
actions and how the evaluations went. Scores and statuses come from matrix.scales."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from exports.pdf_charts import SOFT, scale_bar
from exports.pdf_text import long_date, text
from exports.plan_pdf.layout import CONTENT_WIDTH, FONT, HEADED_TABLE, LABEL_WIDTH, TABLE, para, table_style
from forms import Evaluation, Goal
from forms.vocab import label
from matrix.scales import ScaleProgress, goal_progress, status_label


def _scores_line(p: ScaleProgress, lang: str) -> str:
    parts = [f"{text(key, lang)} {value}" for key, value in
             (("start", p.start), ("current", p.current), ("target", p.target)) if value is not None]
    return " · ".join(parts + [status_label(p.status, lang)])


def _facts(goal: Goal, lang: str) -> list[list]:
    rows = [("specific", goal.specific), ("measurable", goal.measurable),
            ("agreed", text("agreed_yes" if goal.agreed else "agreed_no", lang)),
            ("realistic", goal.realistic),
            ("deadline", long_date(goal.deadline, lang) if goal.deadline else None),
            ("state", label("goal_states", goal.state, lang))]
    return [[para(text(key, lang), "cell_bold"), para(value, "cell")] for key, value in rows if value]


def _scale(goal: Goal, progress: ScaleProgress, lang: str) -> Table:
    note = [para(text("lower_is_better", lang), "small")] if goal.lower_is_better else []
    cell = [scale_bar(progress.start, progress.target, progress.current, FONT),
            para(_scores_line(progress, lang), "cell"), *note]
    table = Table([[para(text("scale", lang), "cell_bold"), cell]],
                  colWidths=[LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH])
    table.setStyle(TABLE)
    return table


def _subgoals(goal: Goal, evaluations: Sequence[Evaluation], lang: str) -> list[Flowable]:
    if not goal.subgoals:
        return []
    rows = [[para(text("subgoals", lang), "cell_bold"), para(text("deadline", lang), "cell_bold"),
             para(text("scale", lang), "cell_bold")]]
    for sub in goal.subgoals:
        rows.append([para(sub.text, "cell"), para(long_date(sub.deadline, lang) if sub.deadline else "", "cell"),
                     para(_scores_line(goal_progress(sub, evaluations), lang), "cell")])
    table = Table(rows, colWidths=[CONTENT_WIDTH * 0.5, CONTENT_WIDTH * 0.2, CONTENT_WIDTH * 0.3], repeatRows=1)
    table.setStyle(HEADED_TABLE)
    return [Spacer(1, 6), table]


def _actions(goal: Goal, lang: str) -> list[Flowable]:
    if not goal.actions:
        return []
    rows = [[para(text(k, lang), "cell_bold") for k in ("actions", "who", "when", "done")]]
    for action in goal.actions:
        rows.append([para(action.what, "cell"), para(action.who, "cell"),
                     para(long_date(action.by_when, lang) if action.by_when else "", "cell"),
                     para("✓ " + text("yes", lang) if action.done else "", "cell")])
    table = Table(rows, colWidths=[CONTENT_WIDTH * w for w in (0.5, 0.2, 0.2, 0.1)], repeatRows=1)
    table.setStyle(HEADED_TABLE)
    return [Spacer(1, 6), table]


def _history(goal: Goal, evaluations: Sequence[Evaluation], lang: str) -> list[Flowable]:
    """Each evaluation that scored this goal or one of its sub-goals: date, goal score, step scores."""
    ids = [goal.id, *(s.id for s in goal.subgoals)]
    scored = [e for e in evaluations if any(i in e.scores for i in ids)]
    if not scored:
        return [para(text("no_evaluations", lang), "small")]
    head = [text("eval_date", lang), text("score", lang)]
    head += [text("step_n", lang, n=n) for n in range(1, len(goal.subgoals) + 1)][:4]  # room for four
    rows = [[para(h, "cell_bold") for h in head]]
    for evaluation in scored:
        row = [long_date(evaluation.date or evaluation.updated_at.date(), lang)]
        row += [str(evaluation.scores.get(i, "–")) for i in ids][: len(head) - 1]
        rows.append([para(v, "cell") for v in row])
    first = CONTENT_WIDTH * 0.3
    table = Table(rows, colWidths=[first] + [(CONTENT_WIDTH - first) / (len(head) - 1)] * (len(head) - 1))
    table.setStyle(HEADED_TABLE)
    return [table]


def goal_section(number: int, goal: Goal, evaluations: Sequence[Evaluation], lang: str) -> list[Flowable]:
    """The flowables of one goal; its heading stays with the first lines of the goal."""
    domain = label("life_domains", goal.life_domain, lang) if goal.life_domain else ""
    heading = text("goal_n", lang, n=number) + (f" · {domain}" if domain else "")
    facts = Table(_facts(goal, lang), colWidths=[LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH])
    facts.setStyle(TABLE)
    progress = goal_progress(goal, evaluations)
    head = [para(heading, "h2"), _goal_box(goal.text)]
    return [KeepTogether(head + [facts]), KeepTogether([_scale(goal, progress, lang)]),
            *_subgoals(goal, evaluations, lang), *_actions(goal, lang),
            KeepTogether([para(text("evaluations", lang), "h3"), *_history(goal, evaluations, lang)])]


def _goal_box(words: str) -> Table:
    """Her goal in her own words, set apart on a soft background."""
    box = Table([[para(words, "goal_text")]], colWidths=[CONTENT_WIDTH])
    box.setStyle(table_style(("BACKGROUND", (0, 0), (-1, -1), SOFT),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6)))
    return box
