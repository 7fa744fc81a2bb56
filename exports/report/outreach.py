"""The report's outreach tables (issue 14 §4), on the same cells as the other tables
(exports.report.figures._Builder), so one small-count decision covers each figure wherever it
appears. Definitions in docs/report.md; words in the message catalogue, domain outreach.

- Bereik (`bereik`): per place or channel, the outreach contacts dated in the period and the
  people reached in them (the sum of their head counts: someone met twice counts twice).
- Van veldwerk naar aanmelding (`bereik_aanmelding`): how many people asked to start in those
  contacts, beside the aanmeldingen in the period with source outreach/veldwerk (the very cell
  of 'Aanmeldingen naar bron') and all aanmeldingen. Nothing links a contact to a dossier, so
  this is a ratio of two counts over one period, not people followed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from forms.catalogue import text
from forms.outreach import OutreachContact
from forms.vocab import label, vocabulary


def outreach_tables(b, contacts: Sequence[OutreachContact], start: dt.date, end: dt.date) -> None:
    """Add 'Bereik' and the step to aanmelding to the report being built (`b`: figures._Builder)."""
    inside = [c for c in contacts if start <= c.date <= end]
    _reach(b, inside)
    _to_aanmelding(b, inside)


def _w(b, code: str, **params: object) -> str:
    return text(f"outreach.{code}", b.lang, **params)


def _places(inside: list[OutreachContact]) -> list[str]:
    """The vocabulary's places in file order, then any other code that occurs."""
    places = [*vocabulary("outreach_places")]
    return places + sorted({c.place for c in inside} - set(places))


def _reach(b, inside: list[OutreachContact]) -> None:
    rows: list[tuple] = []
    totals = {"contacts": ("bereik", "*", "contacts"), "people": ("bereik", "*", "people")}
    parts: dict[str, list] = {"contacts": [], "people": []}
    for place in _places(inside):
        mine = [c for c in inside if c.place == place]
        name = label("outreach_places", place, b.lang)
        for what, value in (("contacts", len(mine)), ("people", sum(c.people for c in mine))):
            key = b.cell(("bereik", place, what), value)
            parts[what].append(key)
            rows.append(("cell", _w(b, f"report-{what}", place=name), key, totals[what], True))
    for what, total in totals.items():
        b.additive(total, parts[what])
        rows.append(("cell", _w(b, f"report-total-{what}"), total, None, False))
    b.table("bereik", _w(b, "t-reach"), rows)


def _to_aanmelding(b, inside: list[OutreachContact]) -> None:
    asked = b.cell(("bereik", "asked"), sum(c.asked_to_start for c in inside))
    rows = [("cell", _w(b, "report-asked"), asked, None, True),
            # the same cells as 'Aanmeldingen naar bron': one decision, whichever table shows them
            ("cell", _w(b, "report-aanmeldingen-outreach"), ("aanm", "outreach"), asked, True),
            ("cell", _w(b, "report-aanmeldingen-all"), ("aanm", "*"), None, False)]
    b.table("bereik_aanmelding", _w(b, "t-to-aanmelding"), rows)
