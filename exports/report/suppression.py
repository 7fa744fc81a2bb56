"""Small-count suppression: no count from 1 to 4 can be read or worked out from the report.

Primary: every count from 1 to 4 is hidden (shown as "<5"). Secondary: the report declares
its additive relations (a total and its parts, also across tables: the same figure has the
same key wherever it appears). A relation with exactly one hidden cell would give that cell
away by subtraction, so the smallest other non-zero part (or else the total) is hidden too
(shown as "x"), until no relation has exactly one hidden cell. What one report must not give
away beside an earlier one is exports.report.linked's, which hands its cells in as `also`.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence

SMALL = range(1, 5)
PRIMARY_MARK = "<5"
SECONDARY_MARK = "x"
NOT_COMPUTED = "."  # no figure: too few people for a median, or not entered (as CBS writes it)

Relation = tuple[Hashable, Sequence[Hashable]]  # (total, parts)


def primary(values: Mapping[Hashable, int]) -> set[Hashable]:
    """The cells that are small counts themselves."""
    return {key for key, value in values.items() if value in SMALL}


def suppress(values: Mapping[Hashable, int], relations: Sequence[Relation],
             also: Iterable[Hashable] = ()) -> set[Hashable]:
    """Every cell to hide: the small counts and `also`, and enough others that no relation reveals one."""
    hidden = primary(values) | set(also)
    changed = True
    while changed:
        changed = False
        for total, parts in relations:
            if sum(1 for cell in (total, *parts) if cell in hidden) != 1:
                continue
            extra = _cover(values, hidden, total, parts)
            if extra is not None:
                hidden.add(extra)
                changed = True
    return hidden


def _cover(values: Mapping[Hashable, int], hidden: set[Hashable], total: Hashable,
           parts: Sequence[Hashable]) -> Hashable | None:
    candidates = [p for p in parts if p not in hidden and values[p] > 0]
    if candidates:
        return min(candidates, key=lambda p: values[p])
    return total if total not in hidden and values[total] > 0 else None


