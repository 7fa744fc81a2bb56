"""The header, the signature block, the heading of what was recorded after signing, and the
self-reliance profile (printed after the signatures) of the trajectplan PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from zoneinfo import ZoneInfo

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from exports.pdf_charts import ACCENT, PREVIOUS, radar, signature
from exports.pdf_text import long_date, term, text
from exports.plan_content import SignedPart
from exports.plan_pdf.layout import (
    CONTENT_WIDTH, DRAFT_RED, FONT, GRID_LINE, HEADED_TABLE, LABEL_WIDTH, TABLE, Heading, para, table_style,
)
from forms import Assessment, Signature, Trajectplan
from matrix.assessment import domain_rows, in_order
from matrix.instruments import Instrument

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
SIGNER_ORDER = ("deelnemer", "begeleider")


def header(part: SignedPart, programme: str, frozen: bool) -> list[Flowable]:
    """Programme, her name, the plan's facts; and the draft mark when nobody has signed."""
    lang = part.lang
    table = Table([[para(f.label, "cell_bold"), para(f.value, "cell")] for f in part.facts],
                  colWidths=[LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH], hAlign="LEFT")
    table.setStyle(TABLE)
    result = [para(programme, "programme"), Heading(part.title, "title"), table]
    if part.intro:  # easy language: how to read the plan, one idea per line
        result += [Spacer(1, 8), para(part.intro, "easy_body")]
    if not frozen:
        box = Table([[[para(text("concept", lang), "draft"), para(text("concept_note", lang, part.easy), "easy_body" if part.easy else "body")]]],
                    colWidths=[CONTENT_WIDTH])
        box.setStyle(table_style(("BOX", (0, 0), (-1, -1), 1.5, DRAFT_RED),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6)))
        result += [Spacer(1, 10), box]
    if part.empty:
        result.append(para(part.empty))
    return result


def recorded_since(frozen: bool, made_on: dt.date, lang: str) -> list[Flowable]:
    """The heading of what follows the signatures: not part of what was signed."""
    key = "after_signing" if frozen else "recorded"
    return [Heading(text(key, lang), "h2"), para(text(key + "_intro", lang, date=long_date(made_on, lang)))]


def profile(assessments: Sequence[Assessment], find: Callable[[str, str], Instrument | None],
            lang: str) -> list[Flowable]:
    """The latest assessment as a radar (the one before it of the same instrument dotted)
    and a table of levels. Nothing when there is no assessment or its instrument is unknown."""
    ordered = in_order(assessments)
    if not ordered:
        return []
    latest = ordered[-1]
    instrument = find(latest.instrument_id, latest.instrument_version)
    if instrument is None:
        return []
    same = [a for a in ordered if a.instrument_id == latest.instrument_id]
    previous = same[-2] if len(same) > 1 else None
    ids = instrument.domain_ids
    names = [instrument.domain_name(d, lang) for d in ids]
    before = [previous.scores.get(d) for d in ids] if previous else None
    rows = domain_rows(same, instrument)
    chart = radar(names, [r.level for r in rows], before, FONT, width=CONTENT_WIDTH)
    when = long_date(latest.date, lang)
    intro = (text("profile_intro", lang, date=when, previous=long_date(previous.date, lang)) if previous
             else text("profile_intro_single", lang, date=when))
    return [KeepTogether([Heading(text("profile", lang), "h3", level=1), para(intro, "small"), chart]),
            _levels_table(instrument, names, rows, before, lang)]


def _level(instrument: Instrument, level: int | None, lang: str) -> str:
    return f"{level} · {instrument.level_name(level, lang)}" if level else text("not_scored", lang)


def _levels_table(instrument: Instrument, names: list[str], rows, before, lang: str) -> Table:
    head = [text("life_domain_col", lang), text("latest", lang)] + ([text("previous", lang)] if before else [])
    body = [[para(h, "cell_bold") for h in head]]
    for i, (name, row) in enumerate(zip(names, rows)):
        cells = [name, _level(instrument, row.level, lang)] + ([_level(instrument, before[i], lang)] if before else [])
        body.append([para(c, "cell") for c in cells])
    widths = [0.4, 0.3, 0.3] if before else [0.5, 0.5]
    table = Table(body, colWidths=[CONTENT_WIDTH * w for w in widths], repeatRows=1)
    table.setStyle(TableStyle([("TEXTCOLOR", (1, 1), (1, -1), ACCENT),
                               ("TEXTCOLOR", (2, 1), (2, -1), PREVIOUS)], parent=HEADED_TABLE))
    return table


def _signed_at(moment: dt.datetime, lang: str) -> str:
    local = (moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)).astimezone(AMSTERDAM)
    return text("signed_at", lang, when=f"{long_date(local.date(), lang)}, {local:%H:%M}")


def _signature_cell(role: str, signed: Signature | None, width: float, lang: str) -> list[Flowable]:
    cell = [para(term("signer_roles", role, lang), "cell_bold"), Spacer(1, 4)]
    if signed is None:
        return cell + [Spacer(1, 50), para(text("no_signature", lang), "small")]
    return cell + [signature(signed.strokes, FONT, width=width, height=width / 3), para(signed.name, "cell"),
                   para(_signed_at(signed.signed_at, lang), "small")]


def signatures(plan: Trajectplan, part: SignedPart) -> list[Flowable]:
    """Both drawn signatures side by side, as vectors from the strokes, with names and times."""
    lang = part.lang
    by_role = {s.role: s for s in plan.signatures}
    roles = list(SIGNER_ORDER) + [r for r in by_role if r not in SIGNER_ORDER]
    column = CONTENT_WIDTH / 2
    cells = [_signature_cell(r, by_role.get(r), column - 24, lang) for r in roles]
    rows = [cells[i:i + 2] + [""] * (2 - len(cells[i:i + 2])) for i in range(0, len(cells), 2)]
    table = Table(rows, colWidths=[column, column])
    table.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 20), ("LINEABOVE", (0, 0), (-1, 0), 0.6, GRID_LINE)))
    return [KeepTogether([Heading(part.signatures, "h2"), para(part.sign_intro), Spacer(1, 6), table])]
