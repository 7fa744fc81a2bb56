"""Words and dates that agree: Qt's own buttons in Dutch, her current phase, one date format,
no made-up dates, today as the registration date, and one goal status in editor and list."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDateEdit, QDialogButtonBox, QMessageBox

from desktop.ui.i18n import install_language
from forms import Contact, Evaluation, Goal, Participant, PhaseChange, Trajectplan



@pytest.fixture
def today() -> dt.date:
    """Today when the test runs, not when the module was imported: a run may cross midnight."""
    return dt.date.today()


@pytest.fixture
def dutch(qapp):
    assert install_language("nl")
    yield
    install_language("nl")


@pytest.fixture
def sara(vault, today):
    """Sara is in Uitvoering, with a paused goal she has already reached, and one contact."""
    person = Participant(roepnaam="Sara")
    goal = Goal(life_domain="huisvesting", text="Een eigen kamer huren", start=2, target=6, state="gepauzeerd")
    plan = Trajectplan(participant_id=person.id, date=today, horizon=today + dt.timedelta(days=180), goals=[goal])
    vault.save_all([person, PhaseChange(participant_id=person.id, phase="aanmelding", date=dt.date(2026, 1, 5)),
                    PhaseChange(participant_id=person.id, phase="uitvoering", date=dt.date(2026, 2, 9)), plan,
                    Evaluation(participant_id=person.id, plan_id=plan.plan_id, date=today, scores={goal.id: 7}),
                    Contact(participant_id=person.id, date=dt.date(2026, 2, 9), kind="gesprek")])
    return person


def _answer_dialog(found: dict) -> None:
    """Read the open modal dialog's buttons, then close it with Escape."""
    dialog = QApplication.activeModalWidget()
    found["buttons"] = sorted(b.text() for b in dialog.findChild(QDialogButtonBox).buttons())
    dialog.reject()


def test_qt_buttons_are_dutch_in_the_dutch_screens(qtbot, vault, sara, dutch):
    from desktop.ui.plan_tab import PlanTab

    tab = PlanTab(vault, sara.id)
    qtbot.addWidget(tab)
    tab.show()
    found: dict = {}
    QTimer.singleShot(50, lambda: _answer_dialog(found))
    qtbot.mouseClick(tab.editor.remove_button, Qt.MouseButton.LeftButton)  # a QMessageBox.question
    assert found["buttons"] == ["&Ja", "&Nee"]
    QTimer.singleShot(50, lambda: _answer_dialog(found))
    tab.evaluate()
    assert found["buttons"] == ["Annuleren", "Opslaan"]
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    assert sorted(b.text() for b in box.buttons()) == ["Annuleren", "OK"]


def test_fase_wijzigen_starts_at_her_current_phase(qtbot, vault, sara, today):
    from desktop.ui.overview_tab import OverviewTab

    tab = OverviewTab(vault, sara.id)
    qtbot.addWidget(tab)
    assert tab.new_phase.currentData() == "uitvoering"
    assert tab.phase_date.text() == today.strftime("%d-%m-%Y")
    assert tab.history.item(0).text().startswith("05-01-2026")


def test_one_date_format_in_tables_and_forms(qtbot, vault, sara):
    from desktop.ui.caseload_screen import CaseloadScreen
    from desktop.ui.contacts_tab import contacts_tab

    log = contacts_tab(vault, sara.id)
    qtbot.addWidget(log)
    assert log.model.data(log.model.index(0, 0)) == "09-02-2026"
    assert log.form.inputs["date"].placeholderText() == "dd-mm-jjjj"
    log.edit(0)
    assert log.form.inputs["date"].text() == "09-02-2026"
    caseload = CaseloadScreen(vault)
    qtbot.addWidget(caseload)
    deadline = caseload.model.data(caseload.model.index(0, 2))
    assert deadline == "" or dt.datetime.strptime(deadline, "%d-%m-%Y")


def _shown_dates(widget) -> list[dt.date]:
    return [edit.date().toPython() for edit in widget.findChildren(QDateEdit) if edit.isVisibleTo(widget)]


def test_no_made_up_dates_before_a_meting_or_plan_exists(qtbot, vault, today):
    from desktop.ui.matrix_tab import MatrixTab
    from desktop.ui.plan_tab import PlanTab

    person = Participant(roepnaam="Noor")
    vault.save(person)
    matrix, plans = MatrixTab(vault, person.id), PlanTab(vault, person.id)
    for tab in (matrix, plans):
        qtbot.addWidget(tab)
        tab.show()
        assert _shown_dates(tab) == []
    matrix.new_assessment()
    plans.new_plan()
    assert _shown_dates(matrix) == [today]
    assert sorted(_shown_dates(plans))[0] == today


def test_the_registration_date_is_today_for_someone_just_added(qtbot, vault, today):
    from desktop.ui.caseload_screen import NewParticipantDialog
    from desktop.ui.intake_tab import IntakeTab

    dialog = NewParticipantDialog(vault)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.roepnaam, "Lin")
    dialog.add()
    tab = IntakeTab(vault, dialog.created_id)
    qtbot.addWidget(tab)
    assert tab.forms["aanmelding"].inputs["date"].text() == today.strftime("%d-%m-%Y")
    assert not tab.flow.dirty


def test_the_goal_status_in_the_list_is_the_one_in_the_editor(qtbot, vault, sara):
    from desktop.ui.plan_tab import PlanTab

    tab = PlanTab(vault, sara.id)
    qtbot.addWidget(tab)
    tab.show()
    row = tab.tree.currentItem()
    assert tab.editor.state.currentText() == "Gepauzeerd" == row.text(3)
    assert row.text(2) == "7 · Bereikt"  # progress is its own column, beside the score
    tab.editor.state.setCurrentIndex(tab.editor.state.findData("afgerond"))
    tab.editor.save()
    assert tab.tree.currentItem().text(3) == tab.editor.state.currentText() == "Afgerond"
