"""The trajectplan as a PDF she can take home: A4, her language, both drawn signatures.

Two parts. Up to the signatures: exactly what the version holds (exports.plan_content, the
same description her co-sign reading view shows), so a version's PDF reads the same whenever
it is made. After them, from a new page and numbered apart: what was recorded since
(evaluations, current scores, the latest matrix), under its own heading, outside what the
signatures cover. Pure: a dossier and one plan version in, PDF bytes out. Signing is
`exports.pdf_signing`.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, PageBreak, SimpleDocTemplate

from exports.pdf_text import LANGUAGES, long_date, text
from exports.plan_content import signed_part
from exports.plan_pdf.easy import easy_goal_section
from exports.plan_pdf.goals import goal_followup, goal_section
from exports.pdf_fonts import FONT_DIR, FontMissing, register_fonts
from exports.plan_pdf.layout import MARGIN, META_KEYS, PageMark, page_canvas
from exports.plan_pdf.sections import header, profile, recorded_since, signatures
from forms import Dossier, Trajectplan
from forms.version import VERSION
from matrix.instruments import Instrument, InstrumentError, find

SHORT_HASH = 12  # characters of the content hash printed in the footer


def find_installed(instrument_dir: Path | None = None) -> Callable[[str, str], Instrument | None]:
    """An instrument lookup over the shipped instruments (plus `instrument_dir`); None if absent."""
    def lookup(instrument_id: str, version: str) -> Instrument | None:
        try:
            return find(instrument_id, version, extra_dir=instrument_dir)
        except InstrumentError:
            return None
    return lookup


@dataclass(frozen=True)
class PdfOptions:
    """How to render: her language (one of LANGUAGES), the programme name (a setting), whether to
    show her legal name (only when the worker ticks it), the instrument lookup, the font folder,
    the day the PDF is made (named on the pages after the signatures), and easy language."""

    lang: str = "nl"
    programme_name: str = "Koers"
    show_legal_name: bool = False
    instruments: Callable[[str, str], Instrument | None] = field(default_factory=find_installed)
    font_dir: Path = FONT_DIR
    made_on: dt.date = field(default_factory=dt.date.today)
    easy: bool = False

    def __post_init__(self) -> None:
        if self.lang not in LANGUAGES:
            raise ValueError(f"language {self.lang!r} not in {LANGUAGES}")


def plan_metadata(plan: Trajectplan) -> dict[str, str]:
    """The identifiers written into the PDF (no personal data): record id, plan id, version, hash."""
    return {"plan_record_id": str(plan.id), "plan_id": str(plan.plan_id),
            "version": str(plan.version), "content_hash": plan.plan_content_hash()}


def _recorded_later(dossier: Dossier, plan: Trajectplan, options: PdfOptions) -> list[Flowable]:
    """What follows the signatures: how each goal went and the latest matrix; [] if nothing."""
    evaluations = dossier.evaluations_of(plan.plan_id)
    story = [f for n, goal in enumerate(plan.goals, start=1)
             for f in goal_followup(n, goal, evaluations, options.lang)]
    story += profile(dossier.assessments, options.instruments, options.lang)
    return recorded_since(plan.frozen, options.made_on, options.lang) + story if story else []


def render_plan_pdf(dossier: Dossier, plan: Trajectplan, options: PdfOptions | None = None) -> bytes:
    """One plan version of `dossier` as PDF bytes (unsigned). A version nobody signed gets the
    draft mark on every page. Raises FontMissing when the Unicode font is not installed."""
    options = options or PdfOptions()
    register_fonts(options.font_dir)
    lang = options.lang
    part = signed_part(dossier.participant, plan, lang, options.show_legal_name, options.easy)
    story = header(part, options.programme_name, plan.frozen)
    for goal in part.goals:
        story += easy_goal_section(goal, lang) if options.easy else goal_section(goal, lang)
    story += signatures(plan, part)
    marks: dict[str, int] = {}
    later = _recorded_later(dossier, plan, options)
    if later:
        story += [PageBreak(), PageMark(marks, "later"), *later]

    short = plan.plan_content_hash()[:SHORT_HASH]

    def footer(page: int, pages: int) -> tuple[str, str]:
        first_later = marks.get("later", pages + 1)
        if page < first_later:  # the signed part: numbered on its own, so later pages change nothing
            return (text("footer_hash", lang, version=plan.version, hash=short),
                    text("page", lang, page=page, pages=first_later - 1))
        return (text("footer_recorded", lang, date=long_date(options.made_on, lang)),
                text("page_recorded", lang, page=page - first_later + 1, pages=pages - first_later + 1))

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN + 4, title=text("title", lang),
                            author="", subject="", creator=f"Koers {VERSION}", lang=lang)
    draft = None if plan.frozen else text("concept", lang)
    doc.build(story, canvasmaker=page_canvas(footer, draft, plan_metadata(plan)))
    return out.getvalue()


__all__ = ["META_KEYS", "FontMissing", "PdfOptions", "find_installed", "plan_metadata", "render_plan_pdf"]
