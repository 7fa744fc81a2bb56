"""Issue 14 §4 between two real vaults: outreach contacts travel whole in the worker's normal
bundle, the supervisor's report counts them, and they stay the worker's to change."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.vault import outreach
from desktop.vault.errors import ReadOnlyDossier
from desktop.vault.exchange import import_bundle
from desktop.vault.reporting import preview_report
from forms.outreach import OutreachContact
from tests.desktop.test_exchange import _dossier, _send, pair  # noqa: F401 - the two-vault fixture

DAY = dt.date(2026, 2, 3)


def _rounds(n: int = 6) -> list[OutreachContact]:
    return [OutreachContact(date=DAY + dt.timedelta(days=i), place="raam", people=7, asked_to_start=1)
            for i in range(n)]


def _reach(vault, start=DAY, end=DAY + dt.timedelta(days=30)) -> dict[str, str]:
    report = preview_report(vault, start, end)
    return {f.category: f.shown for t in report.tables if t.key == "bereik" for f in t.figures}


def test_contacts_travel_in_the_normal_bundle_and_the_supervisor_counts_them(pair):
    worker, supervisor = pair
    ioana = _dossier(worker)
    worker.save_all(_rounds())
    report = import_bundle(supervisor, _send(worker, participants=[ioana.id]))  # also with a selection
    assert sum(1 for kind, _ in report.new if kind == "outreach") == 6
    assert {c.id for c in outreach.contacts(supervisor)} == {c.id for c in outreach.contacts(worker)}
    assert outreach.contacts(supervisor, own_only=True) == []  # hers to hold, not to own
    reach = _reach(supervisor)
    assert reach["Ramen — contacten"] == "6" and reach["Ramen — mensen bereikt"] == "42"


def test_a_change_travels_as_an_update_and_the_supervisor_cannot_make_one(pair):
    worker, supervisor = pair
    first = _rounds()
    worker.save_all(first)
    import_bundle(supervisor, _send(worker))
    worker.save(first[0].model_copy(update={"people": 27}))
    again = import_bundle(supervisor, _send(worker, since_last=True))
    assert again.updated == [("outreach", first[0].id)] and not again.new
    assert _reach(supervisor)["Ramen — mensen bereikt"] == "62"
    with pytest.raises(ReadOnlyDossier):
        supervisor.save(first[1].model_copy(update={"people": 1}))


def test_her_own_figures_count_only_her_own_contacts(pair):
    worker, supervisor = pair
    worker.save_all(_rounds())
    import_bundle(supervisor, _send(worker))
    supervisor.save_all(_rounds(5))  # the supervisor's own veldwerk
    report = preview_report(supervisor, DAY, DAY + dt.timedelta(days=30), own_only=True)
    reach = {f.category: f.shown for t in report.tables if t.key == "bereik" for f in t.figures}
    assert reach["Ramen — contacten"] == "5"
    assert _reach(supervisor)["Ramen — contacten"] == "11"
