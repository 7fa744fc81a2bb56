"""Linked reports: no count from 1 to 4 can be worked out by setting two reports side by side.

One report on its own hides its small counts (exports.report.suppression), but two reports of
overlapping periods can be subtracted: a year and the same year less its last day differ by
exactly the people of that day. Statistics offices protect such linked tables by checking each
new table against the ones already published, and so does this module. The vault keeps a
register of the reports it wrote (`Published`: the period, the grouping and every cell as it
was published: its count, "<5" or "x"; nothing a report does not show itself).

Before a new report is written, every cell is compared with the same cell (the same key) in
each earlier report whose period overlaps. What a reader knows of a cell is a range: a count
is itself, "<5" is 1 to 4, "x" is anything. If the two ranges make the difference certain not
to be zero but possibly 1 to 4 ("at least one person more of this kind"), the new cell is
hidden as "x" (also a small count that would otherwise show as "<5"), and the secondary cover
of a single report then hides what would give it away. This repeats until no cell is exposed.

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
from dataclasses import dataclass

from exports.report.suppression import PRIMARY_MARK, SECONDARY_MARK, SMALL, Relation, primary, suppress

Mark = int | str  # the count as shown, or PRIMARY_MARK / SECONDARY_MARK


@dataclass(frozen=True)
class Published:
    """One report as the register keeps it: only what the report itself shows."""

    start: dt.date
    end: dt.date
    grouping: str  # "programme" or "worker"
    cells: Mapping[Hashable, Mark]

    def overlaps(self, start: dt.date, end: dt.date) -> bool:
        return self.start <= end and start <= self.end

    def to_json(self) -> str:
        """Deterministic text: the same report gives the same text (the vault stores it once)."""
        cells = sorted(([list(key), value] for key, value in self.cells.items()), key=lambda c: json.dumps(c[0]))
        return json.dumps({"start": self.start.isoformat(), "end": self.end.isoformat(), "grouping": self.grouping,
                           "cells": cells}, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Published:
        data = json.loads(text)
        return cls(dt.date.fromisoformat(data["start"]), dt.date.fromisoformat(data["end"]), data["grouping"],
                   {tuple(key): value for key, value in data["cells"]})


def _range(mark: Mark) -> tuple[float, float]:
    """What a reader knows of a cell from its mark."""
    if isinstance(mark, int):
        return mark, mark
    return (SMALL.start, SMALL.stop - 1) if mark == PRIMARY_MARK else (0, math.inf)


def exposes(new: Mark, old: Mark) -> bool:
    """Do two marks of the same cell show that it changed by at least 1 and possibly by no more than 4?"""
    (new_low, new_high), (old_low, old_high) = _range(new), _range(old)
    least, most = new_low - old_high, new_high - old_low
    return 1 <= least <= 4 or -4 <= most <= -1


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
        exposed = {key for report in earlier for key, old in report.cells.items()
                   if key in shown and exposes(shown[key], old)}
        if not exposed:  # each round turns at least one cell into "x", which exposes nothing
            return hidden, veiled
        veiled |= exposed
        hidden = suppress(values, relations, hidden | exposed)


def _fits(old: Mark, value: int) -> bool:
    return old == value if isinstance(old, int) else old == SECONDARY_MARK or value in SMALL


def _written_before(values: Mapping[Hashable, int], relations: Sequence[Relation], start: dt.date, end: dt.date,
                    grouping: str, earlier: Sequence[Published]) -> tuple[set[Hashable], set[Hashable]] | None:
    """The pattern of an earlier report of this period and grouping that still fits the counts."""
    for report in earlier:
        if (report.start, report.end, report.grouping) != (start, end, grouping) or report.cells.keys() != values.keys():
            continue
        if not all(_fits(old, values[key]) for key, old in report.cells.items()):
            continue
        hidden = {key for key, old in report.cells.items() if not isinstance(old, int)}
        if primary(values) <= hidden and suppress(values, relations, hidden) == hidden:
            return hidden, {key for key in hidden if report.cells[key] == SECONDARY_MARK and values[key] in SMALL}
    return None
