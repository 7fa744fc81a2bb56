"""Assessment arithmetic: levels, changes, means, priorities, profile and draft goals."""

import datetime as dt
from uuid import uuid4

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forms import Assessment
from matrix import smart
from matrix.assessment import (
    DomainRow, domain_rows, draft_goals, mean_level, priorities, profile_over_time,
)
from matrix.instruments import builtin, life_domains

ZRM = builtin()
PARTICIPANT = uuid4()
level = st.one_of(st.none(), st.integers(1, 5))
scores = st.dictionaries(st.sampled_from(ZRM.domain_ids), level)


def assessment(when, values, instrument="zrm-domeinen"):
    return Assessment(participant_id=PARTICIPANT, instrument_id=instrument, instrument_version="1",
                      date=when, scores=values)


@settings(deadline=None)
@given(scores)
def test_the_mean_ignores_unscored_domains(values):
    mean = mean_level(assessment(None, values))
    scored = [v for v in values.values() if v is not None]
    if not scored:
        assert mean is None
    else:
        assert min(scored) <= mean <= max(scored)
        assert mean == pytest.approx(sum(scored) / len(scored))


@settings(deadline=None)
@given(scores)
def test_priorities_are_exactly_the_domains_at_level_1_or_2(values):
    found = priorities(assessment(None, values))
    assert set(found) == {d for d, v in values.items() if v in (1, 2)}
    levels = [values[d] for d in found]
    assert levels == sorted(levels)  # acute first


@settings(deadline=None)
@given(st.lists(scores, min_size=1, max_size=6))
def test_changes_are_against_the_previous_and_first_scored_level(history):
    start = dt.date(2023, 1, 1)
    records = [assessment(start + dt.timedelta(days=30 * i), s) for i, s in enumerate(history)]
    rows = domain_rows(reversed(records), ZRM)  # input order does not matter
    assert [r.domain_id for r in rows] == ZRM.domain_ids
    for row in rows:
        earlier = [s[row.domain_id] for s in history[:-1] if s.get(row.domain_id) is not None]
        assert row.level == history[-1].get(row.domain_id)
        assert row.priority == (row.level in (1, 2))
        if row.level is None or not earlier:
            assert row.change_since_previous is None and row.change_since_first is None
        else:
            assert row.change_since_previous == row.level - earlier[-1]
            assert row.change_since_first == row.level - earlier[0]


@settings(deadline=None)
@given(st.lists(scores, max_size=6))
def test_the_profile_is_in_date_order_with_only_scored_domains(history):
    start = dt.date(2023, 1, 1)
    records = [assessment(start + dt.timedelta(days=7 * i), s) for i, s in enumerate(history)]
    profile = profile_over_time(list(reversed(records)))
    assert [when for when, _ in profile] == [start + dt.timedelta(days=7 * i) for i in range(len(history))]
    assert [levels for _, levels in profile] == [{d: v for d, v in s.items() if v is not None} for s in history]


def test_domain_rows_example():
    first = assessment(dt.date(2024, 1, 10), {"financien": 1, "huisvesting": 2, "justitie": 3})
    middle = assessment(dt.date(2024, 4, 10), {"financien": 2, "huisvesting": None})
    latest = assessment(dt.date(2024, 7, 10), {"financien": 4, "huisvesting": 3, "justitie": None})
    other = assessment(dt.date(2024, 8, 1), {"financien": 1}, instrument="ander-instrument")
    rows = {r.domain_id: r for r in domain_rows([latest, other, first, middle], ZRM)}
    assert rows["financien"] == DomainRow("financien", 4, 2, 3, False)
    assert rows["huisvesting"] == DomainRow("huisvesting", 3, 1, 1, False)  # skips the unscored middle
    assert rows["justitie"] == DomainRow("justitie", None, None, None, False)
    assert domain_rows([], ZRM) == []
    assert domain_rows([other], ZRM) == []


def test_draft_goals_for_priority_domains_in_both_languages():
    record = assessment(dt.date(2024, 1, 10), {"huisvesting": 1, "financien": 2, "justitie": 4,
                                               "huiselijke_relaties": 2})
    nl = draft_goals(record, ZRM, "nl")
    en = draft_goals(record, ZRM, "en")
    assert [d.zrm_domain for d in nl] == ["huisvesting", "financien", "huiselijke_relaties"]
    assert [d.life_domain for d in nl] == ["huisvesting", "financien", "veiligheid"]
    assert [d.life_domain for d in en] == [d.life_domain for d in nl]
    assert nl[0].text.startswith("Ik ") and en[0].text.startswith("I ")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_draft_is_specific_in_the_first_person_and_maps_to_its_life_domain(lang):
    mapping = {d.id: d.zrm_domains for d in life_domains()}
    record = assessment(None, {d: 1 for d in ZRM.domain_ids})
    drafts = draft_goals(record, ZRM, lang)
    assert len(drafts) == len(ZRM.domain_ids)
    for draft in drafts:
        assert draft.zrm_domain in mapping[draft.life_domain]
        verdicts = smart.check(smart.SmartInput(text=draft.text, domain=draft.life_domain, agreed=True), lang)
        assert verdicts["S"].ok, draft.text
        assert verdicts["A"].ok, draft.text


def test_a_domain_without_template_gets_the_general_draft():
    raw = ZRM.model_dump()
    raw["id"] = "eigen-matrix"
    raw["domains"][0] = {"id": "vrije_tijd", "name": {"nl": "Vrije tijd", "en": "Free time"}, "description": None}
    raw["criteria"]["vrije_tijd"] = raw["criteria"].pop("financien")
    instrument = type(ZRM).model_validate(raw)
    drafts = draft_goals(assessment(None, {"vrije_tijd": 2}, "eigen-matrix"), instrument, "en")
    assert drafts[0].life_domain is None
    assert drafts[0].text.startswith("I want to work on free time")
