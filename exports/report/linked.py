"""Linked reports: no count from 1 to 4 can be worked out by setting two reports side by side.

One report on its own hides its small counts (exports.report.suppression), but two reports of
overlapping periods can be subtracted: a year and the same year less its last day differ by
exactly the people of that day. Statistics offices protect such linked tables by checking each
new table against the ones already published, and so does this module. The vault keeps a
register of the reports it wrote (`Published`: the period, the grouping, every cell as it was
published, "<5" and "x" included, and how far its totals narrow each withheld cell; nothing a
reader of the report could not work out herself).

Before a new report is written, every cell is compared with the same cell (the same key) in
each earlier report whose period overlaps, as ranges (exports.report.bounds). Where the two
show that the count changed by at least one and perhaps by no more than 4 ("someone of this
kind came in"), the new cell is withheld as "x" (also a small count that would otherwise say
"<5"); when it is withheld already but its totals still pin it down, the cell beside it in a
total is withheld too (nearest first). The secondary cover of a single report then runs
again, and all this repeats until no cell is exposed.

A report that was written before is written again identically: when the register holds one
with the same period and grouping that still fits today's counts (the same counts where it
showed them, small counts where it said "<5"), its pattern is used, which publishes nothing
new. Not covered: reports of another vault, and sums over three or more reports (the check
is per pair of reports, per cell); see docs/security.md.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field

from exports.report.bounds import Mark, Range, exposes, mark_range, ranges
from exports.report.suppression import PRIMARY_MARK, SECONDARY_MARK, SMALL, Relation, primary, suppress


@dataclass(frozen=True)
class Published:
    """One report as the register keeps it: only what a reader of the report can tell."""

    start: dt.date
    end: dt.date
    grouping: str  # "programme" or "worker"
    cells: Mapping[Hashable, Mark]
    narrowed: Mapping[Hashable, Range] = field(default_factory=dict)  # withheld cells the totals narrow

    def overlaps(self, start: dt.date, end: dt.date) -> bool:
        return self.start <= end and start <= self.end

    def range(self, key: Hashable) -> Range:
        return self.narrowed.get(key) or mark_range(self.cells[key])

    def to_json(self) -> str:
        """Deterministic text: the same report gives the same text (the vault stores it once)."""
        def listed(mapping: Mapping, value=lambda v: v) -> list:
            return sorted(([list(k), value(v)] for k, v in mapping.items()), key=lambda item: json.dumps(item[0]))
        return json.dumps({"start": self.start.isoformat(), "end": self.end.isoformat(), "grouping": self.grouping,
                           "cells": listed(self.cells),
                           "narrowed": listed(self.narrowed, lambda r: [r[0], None if r[1] == math.inf else r[1]])},
                          ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Published:
        data = json.loads(text)
        return cls(dt.date.fromisoformat(data["start"]), dt.date.fromisoformat(data["end"]), data["grouping"],
                   {tuple(key): mark for key, mark in data["cells"]},
                   {tuple(key): (low, math.inf if high is None else high) for key, (low, high) in data["narrowed"]})


def publish(start: dt.date, end: dt.date, grouping: str, cells: Mapping[Hashable, Mark],
            relations: Sequence[Relation]) -> Published:
    """The register's entry for a report with these cells."""
    narrowed = {key: known for key, known in ranges(cells, relations).items() if known != mark_range(cells[key])}
    return Published(start, end, grouping, dict(cells), narrowed)


def marks(values: Mapping[Hashable, int], hidden: set[Hashable], veiled: set[Hashable]) -> dict[Hashable, Mark]:
    """Every cell as published: its count, "<5" for a hidden small count, else "x"."""
    return {key: value if key not in hidden else PRIMARY_MARK if value in SMALL and key not in veiled
            else SECONDARY_MARK for key, value in values.items()}


def protect(values: Mapping[Hashable, int], relations: Sequence[Relation], start: dt.date, end: dt.date,
            grouping: str, register: Sequence[Published]) -> tuple[set[Hashable], set[Hashable]]:
    """(hidden, veiled): the cells to hide, and the hidden small counts to show as "x" not "<5"."""
    earlier = [report for report in register if report.overlaps(start, end)]
    again = _written_before(values, relations, start, end, grouping, earlier)
    if again is not None:
        return again
    hidden, veiled = suppress(values, relations), set()
    while True:
        shown = marks(values, hidden, veiled)
        known = ranges(shown, relations)
        exposed = {key for report in earlier for key in report.cells.keys() & known.keys()
                   if exposes(known[key], report.range(key))}
        more = _withhold(exposed, shown, values, relations)
        if not more:  # nothing exposed (a cell that is "x" with all around it "x" exposes nothing)
            return hidden, veiled
        veiled |= more
        hidden = suppress(values, relations, hidden | more)


def _withhold(exposed: set[Hashable], shown: Mapping[Hashable, Mark], values: Mapping[Hashable, int],
              relations: Sequence[Relation]) -> set[Hashable]:
    """The cells to turn into "x": the exposed ones, or for one already "x", the nearest cell
    in a total with it that is not (the smallest non-zero one, else a zero), which loosens what
    the totals tell."""
    more = {key for key in exposed if shown[key] != SECONDARY_MARK}
    for key in exposed - more:
        reached, ring = {key}, {key}
        while ring:
            ring = {cell for total, parts in relations if ring & {total, *parts}
                    for cell in (total, *parts)} - reached
            reached |= ring
            open_ = [cell for cell in ring if shown[cell] != SECONDARY_MARK]
            if open_:
                more.add(min(open_, key=lambda cell: (values[cell] == 0, values[cell], repr(cell))))
                break
    return more


def _fits(old: Mark, value: int) -> bool:
    return old == value if isinstance(old, int) else old == SECONDARY_MARK or value in SMALL


def _written_before(values: Mapping[Hashable, int], relations: Sequence[Relation], start: dt.date, end: dt.date,
                    grouping: str, earlier: Sequence[Published]) -> tuple[set[Hashable], set[Hashable]] | None:
    """The pattern of an earlier report of this period and grouping that still fits the counts."""
    for report in earlier:
        same = (report.start, report.end, report.grouping) == (start, end, grouping)
        if not same or report.cells.keys() != values.keys():
            continue
        if not all(_fits(old, values[key]) for key, old in report.cells.items()):
            continue
        hidden = {key for key, old in report.cells.items() if not isinstance(old, int)}
        if primary(values) <= hidden and suppress(values, relations, hidden) == hidden:
            return hidden, {key for key in hidden if report.cells[key] == SECONDARY_MARK and values[key] in SMALL}
    return None
