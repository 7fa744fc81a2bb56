"""Assessment arithmetic: levels per domain, change over time, priorities and draft goals.

Levels are 1-5 or None (not scored). Unscored domains never count as zero: they are
left out of means and changes. Levels 1 and 2 are priorities.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

import yaml

from forms.assessment import Assessment
from matrix.instruments import GOAL_TEMPLATES_DIR, Instrument, life_domains

PRIORITY_LEVELS = (1, 2)


class DomainRow(NamedTuple):
    domain_id: str
    level: int | None
    change_since_previous: int | None  # against the latest earlier assessment that scored it
    change_since_first: int | None  # against the first assessment that scored it
    priority: bool


class DraftGoal(NamedTuple):
    life_domain: str | None
    zrm_domain: str
    text: str


def _when(assessment: Assessment) -> tuple[dt.date, dt.datetime]:
    return (assessment.date or assessment.updated_at.date(), assessment.updated_at)


def in_order(assessments: Iterable[Assessment]) -> list[Assessment]:
    """Oldest first, by date (then by when it was saved)."""
    return sorted(assessments, key=_when)


def _change(level: int | None, earlier: list[Assessment], domain_id: str, pick: int) -> int | None:
    scored = [a.scores[domain_id] for a in earlier if a.scores.get(domain_id) is not None]
    if level is None or not scored:
        return None
    return level - scored[pick]


def domain_rows(assessments: Iterable[Assessment], instrument: Instrument) -> list[DomainRow]:
    """One row per domain of `instrument` for the latest of `assessments` (of that instrument).

    Empty when there is no assessment of this instrument.
    """
    ordered = [a for a in in_order(assessments) if a.instrument_id == instrument.id]
    if not ordered:
        return []
    *earlier, latest = ordered
    rows = []
    for domain_id in instrument.domain_ids:
        level = latest.scores.get(domain_id)
        rows.append(DomainRow(
            domain_id, level,
            _change(level, earlier, domain_id, -1),
            _change(level, earlier, domain_id, 0),
            level in PRIORITY_LEVELS,
        ))
    return rows


def mean_level(assessment: Assessment) -> float | None:
    """The mean of the scored domains; None when nothing is scored."""
    levels = [v for v in assessment.scores.values() if v is not None]
    return sum(levels) / len(levels) if levels else None


def priorities(assessment: Assessment) -> list[str]:
    """Domains at level 1 or 2, the most acute first (file order within a level)."""
    low = [(level, d) for d, level in assessment.scores.items() if level in PRIORITY_LEVELS]
    return [d for _level, d in sorted(low, key=lambda pair: pair[0])]


def profile_over_time(assessments: Iterable[Assessment]) -> list[tuple[dt.date, dict[str, int]]]:
    """Each assessment, oldest first, as (date, {domain: level}) with only the scored domains."""
    return [(_when(a)[0], {d: v for d, v in a.scores.items() if v is not None}) for a in in_order(assessments)]


@cache
def _templates() -> dict:
    return yaml.safe_load((GOAL_TEMPLATES_DIR / "drafts.yaml").read_text("utf-8"))


def _life_domain_for(zrm_domain: str) -> str | None:
    return next((ld.id for ld in life_domains() if zrm_domain in ld.zrm_domains), None)


def draft_goals(assessment: Assessment, instrument: Instrument, lang: str = "nl") -> list[DraftGoal]:
    """A draft goal for each priority domain, for worker and participant to rewrite in her words.

    Templates live in resources/goal_templates/drafts.yaml; a domain without a template
    (another instrument's) gets the general one with the domain's name.
    """
    templates = _templates()
    key = "en" if lang == "en" else "nl"
    drafts = []
    for domain_id in priorities(assessment):
        if domain_id not in instrument.domain_ids:
            continue
        template = templates["domains"].get(domain_id)
        if template:
            drafts.append(DraftGoal(template["life_domain"], domain_id, template[key]))
        else:
            text = templates["default"][key].format(domain=instrument.domain_name(domain_id, lang).lower())
            drafts.append(DraftGoal(_life_domain_for(domain_id), domain_id, text))
    return drafts
