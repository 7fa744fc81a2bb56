"""What a reader can tell of each cell of a published report: a range of possible counts.

A shown count is itself, "<5" is 1 to 4, "x" is anything from 0; the report's additive
relations (a total and its parts) then narrow the withheld cells, as a reader with a pencil
would: a part is at least the total less the most the other parts can be, and at most the
total less the least they can be. Two ranges of the same cell in two reports expose a
difference when it is certainly not zero but may be 1 to 4.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping, Sequence

from exports.report.suppression import PRIMARY_MARK, SMALL, Relation

Mark = int | str  # the count as shown, or PRIMARY_MARK / SECONDARY_MARK
Range = tuple[float, float]  # low, high (math.inf: no upper bound)
ROUNDS = 20  # narrowing settles in a few rounds; the cap only guards against a slow creep


def mark_range(mark: Mark) -> Range:
    if isinstance(mark, int):
        return mark, mark
    return (SMALL.start, SMALL.stop - 1) if mark == PRIMARY_MARK else (0, math.inf)


def ranges(cells: Mapping[Hashable, Mark], relations: Sequence[Relation]) -> dict[Hashable, Range]:
    """Every cell's range, narrowed through the relations until nothing changes."""
    known = {key: mark_range(mark) for key, mark in cells.items()}
    for _ in range(ROUNDS):
        before = dict(known)
        for total, parts in relations:
            _narrow(known, total, parts)
        if known == before:
            break
    return known


def _narrow(known: dict[Hashable, Range], total: Hashable, parts: Sequence[Hashable]) -> None:
    lows = [known[p][0] for p in parts]
    highs = [known[p][1] for p in parts]
    unbounded = sum(h == math.inf for h in highs)
    finite = sum(h for h in highs if h != math.inf)
    low_sum = sum(lows)
    total_low, total_high = known[total]
    for part, low, high in zip(parts, lows, highs):
        if high == math.inf:
            others_high = math.inf if unbounded > 1 else finite
        else:
            others_high = math.inf if unbounded else finite - high
        others_low = low_sum - low
        known[part] = (max(low, total_low - others_high), min(high, total_high - others_low))
    known[total] = (max(total_low, low_sum), min(total_high, math.inf if unbounded else finite))


def exposes(new: Range, old: Range) -> bool:
    """Do two ranges of one cell show it changed by at least one and perhaps by no more than 4?"""
    least, most = new[0] - old[1], new[1] - old[0]
    return 1 <= least <= 4 or -4 <= most <= -1
