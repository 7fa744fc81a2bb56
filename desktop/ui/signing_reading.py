"""What she reads in co-sign mode, as rich text and (easy language) a goal's heading with its
pictogram: the sections the PDF prints above the signatures (exports.plan_content). Her own
words are escaped, never interpreted."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.ui.widgets.pictogram import Pictogram
from exports.pdf_fonts import FONT_DIR
from exports.plan_content import Fact, GoalPart, Rows, SignedPart

EASY_PT = 19  # easy language: larger than co-sign mode's usual type
MUTED = "#4f5868"  # labels beside her words: quieter, still 6:1 on the background
SCRIPT_FONTS = ("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf")  # shipped: Thai needs no system font


def load_script_fonts() -> None:
    """Make the shipped Thai font known to Qt (once), so its font fallback finds Thai glyphs
    on a laptop without a Thai system font."""
    families = QFontDatabase.families()
    if "Noto Sans Thai" not in families:
        for file in SCRIPT_FONTS:
            QFontDatabase.addApplicationFont(str(FONT_DIR / file))


def _rows_html(rows: Rows | None) -> str:
    if rows is None:
        return ""
    items = "".join("<li>" + escape(" · ".join(c for c in row if c)) + "</li>" for row in rows.rows)
    return f"<p><i>{escape(rows.head[0])}</i></p><ul>{items}</ul>"


def _fact(fact: Fact) -> str:
    return f"<p><span style='color:{MUTED}'>{escape(fact.label)}:</span> {escape(fact.value)}</p>"


def _lines(words: str) -> str:
    return escape(words).replace("\n", "<br>")


def head_html(part: SignedPart) -> str:
    """Her name, the plan's facts and (easy language) how to read it."""
    parts = [f"<h1>{escape(part.title)}</h1>", *map(_fact, part.facts)]
    if part.intro:
        parts.append(f"<p style='margin-top:12px'>{_lines(part.intro)}</p>")
    if part.empty:
        parts.append(f"<p>{escape(part.empty)}</p>")
    return "".join(parts)


def _easy_fact(fact: Fact) -> str:
    """Easy language: the short question on its own line, the answer under it."""
    return f"<p><b>{escape(fact.label)}</b><br>{escape(fact.value)}</p>"


def goal_html(goal: GoalPart) -> str:
    """One goal: her words in bold, the SMART parts, the scale in words, steps and actions."""
    parts = [f"<h2>{escape(goal.heading)}</h2><p><b>{escape(goal.text)}</b></p>"]
    parts += [_fact(f) for f in (*goal.facts, goal.scale) if f.value]
    return "".join(parts + [_rows_html(goal.steps), _rows_html(goal.actions)])


def easy_goal_html(goal: GoalPart) -> tuple[str, str, str]:
    """Easy language: her words and the parts (each question on its own line); the scale's
    question, above its ten boxes; the steps and actions, under them."""
    parts = f"<p><b>{escape(goal.text)}</b></p>" + "".join(_easy_fact(f) for f in goal.facts if f.value)
    return parts, f"<p><b>{escape(goal.scale.label)}</b></p>", _rows_html(goal.steps) + _rows_html(goal.actions)


def closing_html(part: SignedPart, closing: str) -> str:
    return (f"<h2>{escape(part.signatures)}</h2><p>{_lines(part.sign_intro)}</p>"
            f"<p style='margin-top:18px'><b>{_lines(closing)}</b></p>")


def plan_html(part: SignedPart, closing: str) -> str:
    """Rich text for the reading page, section by section as the PDF prints them above the
    signatures; her own words are escaped, never interpreted."""
    return head_html(part) + "".join(map(goal_html, part.goals)) + closing_html(part, closing)


def easy_heading(goal: GoalPart, font: QFont, size: int) -> QWidget:
    """A goal's heading beside its life domain's pictogram."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(24, 18, 24, 0)
    layout.addWidget(Pictogram(goal.domain, goal.heading))
    heading = QLabel(goal.heading)
    bold = QFont(font)
    bold.setPointSize(size)
    bold.setBold(True)
    heading.setFont(bold)
    heading.setWordWrap(True)
    layout.addWidget(heading, 1)
    return row


def easy_type(html: str) -> str:
    """Easy language's larger type (the style sheet's size would win over a widget font)."""
    return f"<div style='font-size:{EASY_PT}pt'>{html}</div>"


def rich(html: str) -> QLabel:
    label = QLabel(easy_type(html))
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setContentsMargins(24, 0, 24, 0)
    return label
