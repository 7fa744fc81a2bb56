"""A goal in easy language (issue 16 §3): its pictogram beside the heading, her words large,
each part as a short label on its own line with the answer under it, and the 1-10 scale as a
row of ten boxes with her start and target marked."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from exports.pdf_charts import SOFT, pictogram, scale_boxes
from exports.pdf_text import text
from exports.plan_content import GoalPart, Rows
from exports.plan_pdf.layout import CONTENT_WIDTH, Heading, para, table_style

PICTOGRAM = 48  # points: large enough to recognise, small beside the heading


def _heading(goal: GoalPart) -> Table:
    row = Table([[pictogram(goal.domain, PICTOGRAM), Heading(goal.heading, "easy_h2")]],
                colWidths=[PICTOGRAM + 14, CONTENT_WIDTH - PICTOGRAM - 14])
    row.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)))
    return row


def _lines(rows: Rows | None) -> list[Flowable]:
    """Steps and actions as one line each: what, then when and who."""
    if rows is None:
        return []
    return [para(rows.head[0], "easy_label"),
            *(para("• " + " · ".join(cell for cell in row if cell), "easy_value") for row in rows.rows)]


def easy_goal_section(goal: GoalPart, lang: str) -> list[Flowable]:
    """One goal as signed, in easy language."""
    box = Table([[para(goal.text, "easy_goal_text")]], colWidths=[CONTENT_WIDTH])
    box.setStyle(table_style(("BACKGROUND", (0, 0), (-1, -1), SOFT), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                             ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)))
    facts = [f for fact in goal.facts for f in (para(fact.label, "easy_label"), para(fact.value, "easy_value"))]
    words = {key: text(name, lang) for key, name in (("start", "start"), ("now", "current"), ("target", "target"))}
    scale = [para(goal.scale.label, "easy_label"), scale_boxes(goal.start, goal.target, None, words, CONTENT_WIDTH * 0.8)]
    if goal.lower_is_better:
        scale.append(para(text("lower_is_better", lang, easy=True), "easy_value"))
    return [KeepTogether([Spacer(1, 10), _heading(goal), Spacer(1, 4), box, *facts]), KeepTogether(scale),
            *_lines(goal.steps), *_lines(goal.actions)]
