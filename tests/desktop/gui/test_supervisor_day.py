"""The supervisor's day in the real window, with real vaults: two workers, one supervisor, and
a real conflict made by two bundles from the same worker (tests/desktop/supervision_setup.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.demo import WORKER
from desktop.vault.supervision import outgoing
from tests.desktop.gui.conftest import unlock
from tests.desktop.supervision_setup import supervisors_day


@pytest.fixture
def day(tmp_path):
    made = supervisors_day(tmp_path)
    made.sam.close(make_backup=False)  # the session opens her vault itself
    yield made
    made.anna.close(make_backup=False)
    made.bea.close(make_backup=False)


@pytest.fixture
def session(qtbot, make_session, day):
    made = make_session(day.folder / "sam")
    unlock(qtbot, made)
    return made


def _read_in(qtbot, session, path) -> None:
    screen = session.supervisor_screens.import_screen
    screen.import_file(path)
    qtbot.waitUntil(lambda: not screen.busy, timeout=10_000)


def test_a_workers_dossier_is_read_only_with_a_banner_and_takes_a_note(qtbot, session, day):
    person = day.dossiers[0].participant
    session.window.actions["caseload"].trigger()  # Ctrl+D: Deelnemers
    screen = session.workspace.open_dossier(person.id)
    assert screen.read_only and screen.bar.banner.isVisible()
    assert screen.bar.banner.message.text().startswith(f"Dossier van {WORKER}, alleen lezen")
    overview = screen.overview
    assert not overview.new_phase.isEnabled()
    plan = screen.plan
    plan.reload()  # the page enables its buttons again as its state changes: the guard does not let it
    qtbot.wait(1)
    assert not plan.sign_button.isEnabled() and not plan.new_version_button.isEnabled()
    assert plan.versions.isEnabled()  # choosing which version to read stays
    assert not screen.contacts.save_button.isEnabled() and not screen.intake.save_button.isEnabled()
    qtbot.mouseClick(screen.bar.note_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.bar.editor, "Graag de deadline nakijken.")
    qtbot.mouseClick(screen.bar.save_button, Qt.MouseButton.LeftButton)
    assert "Graag de deadline nakijken." in screen.bar.notes_label.text()
    [notes] = outgoing(session.vault).values()
    assert [n.text for n in notes] == ["Graag de deadline nakijken."]


def test_her_own_participant_stays_editable(qtbot, session):
    from forms import Participant

    own = session.vault.save(Participant(roepnaam="Eigen")).record
    session.window.show_workspace()
    screen = session.workspace.open_dossier(own.id)
    assert not screen.read_only and not screen.bar.banner.isVisible()
    assert screen.overview.new_phase.isEnabled()


def test_a_real_conflict_is_reviewed_field_by_field_and_survives_lock_and_language(qtbot, session, day):
    person = day.dossiers[0].participant
    day.sam = session.vault  # the session's: Anna's second bundle is read in there
    path = day.make_conflict()
    _read_in(qtbot, session, path)
    assert session.supervisor_screens.import_screen.counts["conflicts"].text() == "1"
    session.window.show_workspace()
    screen = session.workspace.open_dossier(person.id)
    assert screen.bar.conflict_banner.isVisible()
    session.lock()
    unlock(qtbot, session)
    session.apply_settings(session.settings.model_copy(update={"language": "en"}))
    session.apply_settings(session.settings.model_copy(update={"language": "nl"}))
    session.window.show_workspace()
    screen = session.workspace.open_dossier(person.id)
    assert screen.bar.conflict_banner.isVisible()  # still open after a lock and two language switches
    qtbot.mouseClick(screen.bar.review_button, Qt.MouseButton.LeftButton)
    conflicts = session.supervisor_screens.conflicts
    assert session.window.supervisor.currentWidget() is conflicts
    assert conflicts.model.rowCount() == 1
    table = conflicts.fields
    rows = {table.item(r, 3).data(Qt.ItemDataRole.UserRole): r for r in range(table.rowCount())}
    row = rows["roepnaam"]
    assert table.item(row, 0).text() == "Roepnaam" and table.item(rows["gender"], 1).text() == "Vrouw"  # words, not codes
    assert table.item(rows["languages"], 1).text() == "Nederlands, Roemeens"
    assert (table.item(row, 1).text(), table.item(row, 2).text()) == ("Ioana P.", "Ioana S.")
    assert table.item(row, 1).font().bold() and not table.item(rows["gender"], 1).font().bold()
    assert rows["roepnaam"] == 0  # what differs comes first
    here, bundle = conflicts.sides.text().splitlines()
    assert here.startswith(f"Hier: van {WORKER}, ontvangen ") and bundle.startswith(f"Uit de bundel: van {WORKER}")
    table.item(row, 3).setCheckState(Qt.CheckState.Unchecked)  # per field: this one from here
    qtbot.mouseClick(conflicts.keep_fields, Qt.MouseButton.LeftButton)
    assert session.vault.get(person.id).roepnaam == "Ioana P."
    assert conflicts.model.rowCount() == 0 and "Ioana" in conflicts.status.text()
    [queued] = outgoing(session.vault).values()
    assert queued[-1].outcome == "per_veld" and queued[-1].kept["roepnaam"] == "Ioana P."


def test_a_language_switch_keeps_her_place(qtbot, session, day):
    window = session.window
    report = session.supervisor_screens.report
    window.supervisor.setCurrentWidget(report)
    report.set_inputs({"start": dt.date(2025, 3, 1), "end": dt.date(2025, 9, 30), "by_worker": True,
                       "expected": {"*": 12, WORKER: 7}})  # typed, not yet used: kept all the same
    session.workspace.open_dossier(day.dossiers[1].participant.id).tabs.setCurrentIndex(3)
    session.apply_settings(session.settings.model_copy(update={"language": "en"}))
    window = session.window
    assert window.stack.currentWidget() is window.supervisor
    assert window.supervisor.currentWidget() is session.supervisor_screens.report
    assert session.supervisor_screens.report.inputs() == {"start": dt.date(2025, 3, 1), "end": dt.date(2025, 9, 30),
                                                          "by_worker": True, "expected": {"*": 12, WORKER: 7}}
    assert session.workspace.dossier.participant_id == day.dossiers[1].participant.id
    assert session.workspace.dossier.tabs.currentIndex() == 3
    session.apply_settings(session.settings.model_copy(update={"language": "nl"}))


def test_import_results_name_people_say_older_and_refusals_stand_alone(qtbot, session, day):
    from tests.desktop.supervision_setup import bundle_file

    person = day.dossiers[0].participant
    day.anna.save(day.anna.get(person.id).model_copy(update={"roepnaam": "Ioana P."}))
    older = bundle_file(day.anna, day.folder / "older.koers", since_last=True)
    day.anna.save(day.anna.get(person.id).model_copy(update={"roepnaam": "Ioana Q."}))
    newer = bundle_file(day.anna, day.folder / "newer.koers", since_last=True)
    screen = session.supervisor_screens.import_screen
    _read_in(qtbot, session, newer)
    assert screen.counts["updated"].text() == "1" and screen.names["updated"].text() == "Ioana Q."
    assert screen.counts["new"].text() == "0" and not screen.notice.isVisible()
    _read_in(qtbot, session, older)
    assert screen.counts["unchanged"].text() == "1" and screen.counts["updated"].text() == "0"
    assert "ouder dan wat je al hebt" in screen.notice.text() and session.vault.get(person.id).roepnaam == "Ioana Q."
    spoiled = day.folder / "spoiled.koers"
    spoiled.write_bytes(newer.read_bytes()[:-50])
    _read_in(qtbot, session, spoiled)
    assert screen.error.isVisible() and not screen.report_box.isVisible()


def test_the_caseload_sorts_opens_a_dossier_and_shows_bundles_and_conflicts(qtbot, session, day):
    day.sam = session.vault
    _read_in(qtbot, session, day.make_conflict())
    overview = session.supervisor_screens.overview
    session.window.supervisor.setCurrentWidget(overview)
    overview.refresh()
    qtbot.waitUntil(lambda: overview.settled and overview.worker_model.rowCount() == 2, timeout=10_000)
    headers = [overview.worker_model.headerData(c, Qt.Orientation.Horizontal) for c in
               range(overview.worker_model.columnCount())]
    table = overview.worker_table
    anna_row = next(r for r in range(2) if table.model().index(r, 0).data() == WORKER)
    assert table.model().index(anna_row, headers.index("Open\nconflicten")).data() == "1"
    assert table.model().index(anna_row, headers.index("Verwijzing\nwacht lang")).data() is not None
    assert table.model().index(anna_row, headers.index("Laatste bundel\nontvangen")).data() != "nog geen"
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # sortable: Sanne above Bea
    assert [table.model().index(r, 0).data() for r in range(2)] == sorted([WORKER, "Bea Begeleider"], reverse=True)
    overview.select_worker([line.worker for line in overview.lines].index(WORKER))
    people = overview.participant_table
    people.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    names = [people.model().index(r, 0).data() for r in range(people.model().rowCount())]
    assert names == sorted(names, key=str.casefold)
    marked = [r for r in range(people.model().rowCount()) if people.model().index(r, 5).data()]
    assert len(marked) == 1
    people.activated.emit(people.model().index(marked[0], 0))  # Enter on her row
    dossier = session.workspace.dossier
    assert session.window.stack.currentWidget() is session.workspace
    assert dossier.participant_id == overview.participant_id_at(marked[0]) and dossier.read_only
    assert dossier.bar.conflict_banner.isVisible()


def test_deelnemers_tells_two_namesakes_apart_by_worker_and_marks_conflicts(qtbot, session, day):
    day.sam = session.vault
    _read_in(qtbot, session, day.make_conflict())
    session.window.show_workspace()
    caseload = session.workspace.caseload
    caseload.refresh()
    model = caseload.model
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Begeleider"
    namesake = day.dossiers[1].participant.roepnaam  # in Sanne's caseload and in Bea's
    rows = [(model.index(r, 0).data(), model.index(r, 3).data()) for r in range(model.rowCount())]
    assert (namesake, WORKER) in rows and (namesake, "Bea Begeleider") in rows
    assert ("⚠ Ioana P.", WORKER) in rows


def test_expected_numbers_are_entered_in_the_report_screen_and_kept(qtbot, session, day):
    from desktop.ui.supervisor.report_screen import ReportScreen
    from desktop.vault.reporting import expected_for

    report = session.supervisor_screens.report
    report.by_worker.setChecked(True)
    report.expected_programme.setValue(15)
    names = [report.expected_workers.item(r, 0).text() for r in range(report.expected_workers.rowCount())]
    assert names == ["Bea Begeleider", WORKER]
    report.expected_workers.cellWidget(1, 1).setValue(8)
    report.compute()
    qtbot.waitUntil(lambda: report.report is not None and not report.busy, timeout=10_000)
    figures = {f.category: f.shown for t in report.report.tables if t.key == "ministerie" for f in t.figures}
    assert figures["Programma — verwacht"] == "15" and figures[f"{WORKER} — verwacht"] == "8"
    assert expected_for(session.vault, *report.period()) == {"*": 15, WORKER: 8}
    again = ReportScreen(session.vault)  # another day, the same period: the numbers are there
    qtbot.addWidget(again)
    assert again.expected() == {"*": 15, WORKER: 8}


def test_deelnemers_and_the_caseload_agree_on_overdue_deadlines(qtbot, session, day):
    overview = session.supervisor_screens.overview
    overview.refresh()
    qtbot.waitUntil(lambda: overview.settled and overview.worker_model.rowCount() == 2, timeout=10_000)
    lines = {p.participant_id: p for line in overview.lines for p in line.participants}
    today = dt.date.today()
    caseload = session.workspace.caseload
    caseload.refresh()
    model = caseload.model
    for row in range(model.rowCount()):
        pid = model.id_at(row)
        shown = model.index(row, 2).data()
        overdue = bool(shown) and dt.datetime.strptime(shown, "%d-%m-%Y").date() < today
        assert overdue == (lines[pid].goals_overdue > 0), model.index(row, 0).data()
        if overdue:
            assert model.index(row, 2).data(Qt.ItemDataRole.ToolTipRole).startswith("Verstreken: ")
    assert any(line.goals_overdue for line in lines.values())  # the demo has overdue goals to agree on


def test_the_report_screen_shows_a_column_per_begeleider(qtbot, session, day):
    report = session.supervisor_screens.report
    report.by_worker.setChecked(True)
    report.compute()
    qtbot.waitUntil(lambda: report.report is not None and not report.busy, timeout=10_000)
    report.table_list.setCurrentRow(0)  # Kerncijfers
    model = report.figure_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Categorie", "Programma", "%", "Bea Begeleider", WORKER]
    cells = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert all(cell for row in cells for cell in row[:2] + row[3:])  # no blank cell without a sign
    seen = cells[0]
    if all(c.isdigit() for c in (seen[1], seen[3], seen[4])):
        assert int(seen[1]) == int(seen[3]) + int(seen[4])
    ministry = next(r for r, t in enumerate(report.report.tables) if t.key == "ministerie")
    report.table_list.setCurrentRow(ministry)  # its rows are per begeleider already: no extra columns
    assert model.columnCount() == 3 and model.headerData(1, Qt.Orientation.Horizontal) == "Aantal"
