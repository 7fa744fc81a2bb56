"""Goals on paper. Above the signatures: each goal as signed (exports.plan_content: her words,
the SMART parts, start and target, sub-goals, actions). After them: how each goal went since
(current scores and the evaluations), which the signatures do not cover."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from exports.pdf_charts import SOFT, scale_bar
from exports.pdf_text import long_date, text
from exports.plan_content import GoalPart, Rows, goal_heading, scale_words
from exports.plan_pdf.layout import (
    CONTENT_WIDTH, FONT, HEADED_TABLE, LABEL_WIDTH, TABLE, Heading, para, table_style,
)
from forms import Evaluation, Goal
from matrix.scales import ScaleProgress, goal_progress, status_label


def _labelled(label: str, cell) -> Table:
    table = Table([[para(label, "cell_bold"), cell]], colWidths=[LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH])
    table.setStyle(TABLE)
    return table


def _rows(rows: Rows | None, widths: Sequence[float]) -> list[Flowable]:
    if rows is None:
        return []
    body = [[para(h, "cell_bold") for h in rows.head]] + [[para(c, "cell") for c in row] for row in rows.rows]
    table = Table(body, colWidths=[CONTENT_WIDTH * w for w in widths], repeatRows=1)
    table.setStyle(HEADED_TABLE)
    return [Spacer(1, 6), table]


def goal_section(goal: GoalPart, lang: str) -> list[Flowable]:
    """One goal as signed; its heading stays with the first lines of the goal."""
    facts = Table([[para(f.label, "cell_bold"), para(f.value, "cell")] for f in goal.facts],
                  colWidths=[LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH])
    facts.setStyle(TABLE)
    note = [para(text("lower_is_better", lang), "small")] if goal.lower_is_better else []
    scale = _labelled(goal.scale.label, [scale_bar(goal.start, goal.target, None, FONT),
                                         para(goal.scale.value, "cell"), *note])
    return [KeepTogether([Heading(goal.heading, "h2"), _goal_box(goal.text), facts]), KeepTogether([scale]),
            *_rows(goal.steps, (0.5, 0.2, 0.3)), *_rows(goal.actions, (0.5, 0.2, 0.2, 0.1))]


def _progress_words(p: ScaleProgress, lang: str) -> str:
    return " · ".join([scale_words(p.start, p.target, lang, current=p.current), status_label(p.status, lang)])


def _history(goal: Goal, evaluations: Sequence[Evaluation], lang: str) -> list[Flowable]:
    """Each evaluation that scored this goal or one of its sub-goals: date, goal score, step scores."""
    ids = [goal.id, *(s.id for s in goal.subgoals)]
    scored = [e for e in evaluations if any(i in e.scores for i in ids)]
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


def goal_followup(number: int, goal: Goal, evaluations: Sequence[Evaluation], lang: str) -> list[Flowable]:
    """How one goal went: the scale with where she is now, each step's scores, the evaluations.
    Nothing for a goal no evaluation scored."""
    ids = {goal.id, *(s.id for s in goal.subgoals)}
    if not any(ids & e.scores.keys() for e in evaluations):
        return []
    progress = goal_progress(goal, evaluations)
    cell = [scale_bar(progress.start, progress.target, progress.current, FONT),
            para(_progress_words(progress, lang), "cell")]
    cell += [para(f"{text('step_n', lang, n=n)}: {_progress_words(goal_progress(sub, evaluations), lang)}", "cell")
             for n, sub in enumerate(goal.subgoals, start=1)]
    heading = Heading(goal_heading(number, goal, lang), "h3", level=1)
    return [KeepTogether([heading, _labelled(text("scale", lang), cell)]),
            KeepTogether([para(text("evaluations", lang), "cell_bold"), *_history(goal, evaluations, lang)])]


def _goal_box(words: str) -> Table:
    """Her goal in her own words, set apart on a soft background."""
    box = Table([[para(words, "goal_text")]], colWidths=[CONTENT_WIDTH])
    box.setStyle(table_style(("BACKGROUND", (0, 0), (-1, -1), SOFT),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6)))
    return box
