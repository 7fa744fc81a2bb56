"""Nothing typed is lost: a new goal shows at once and says it is unsaved; leaving an editor with
unsaved work (another goal, tab or participant) asks first; locking keeps it as a draft."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.vault import Vault
from forms import Participant, Trajectplan
from tests.conftest import PASSPHRASE
from tests.desktop.gui.conftest import unlock

LEFT = Qt.MouseButton.LeftButton


class Answers:
    """Answers the 'niet opgeslagen' question with the button named, and remembers it was asked."""

    def __init__(self):
        self.asked: list[str] = []

    def will(self, button: str) -> None:
        def click():
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox)
            self.asked.append(box.text())
            next(b for b in box.buttons() if b.text().replace("&", "") == button).click()
        QTimer.singleShot(0, click)


@pytest.fixture
def two(locked_vault_dir):
    """Mira (with an empty plan) and Noor in a closed vault."""
    vault = Vault.open(locked_vault_dir, PASSPHRASE)
    mira, noor = Participant(roepnaam="Mira"), Participant(roepnaam="Noor")
    vault.save_all([mira, noor, Trajectplan(participant_id=mira.id, date=dt.date.today())])
    vault.close()
    return mira, noor


def _new_goal(qtbot, workspace, mira, text="Een eigen kamer huren"):
    dossier = workspace.open_dossier(mira.id)
    dossier.tabs.setCurrentIndex(3)
    plan = dossier.plan
    qtbot.mouseClick(plan.new_goal_button, LEFT)
    qtbot.keyClicks(plan.editor.text, text)
    return dossier, plan


def test_a_new_goal_is_listed_at_once_and_marked_unsaved(qtbot, make_session, locked_vault_dir, two):
    mira, _noor = two
    workspace = unlock(qtbot, make_session(locked_vault_dir))
    dossier, plan = _new_goal(qtbot, workspace, mira)
    row = plan.tree.currentItem()
    assert row.text(0) == "● Een eigen kamer huren" and row.font(0).italic()
    assert plan.editor.unsaved.isVisibleTo(plan) and dossier.tabs.tabText(3).endswith("●")
    qtbot.mouseClick(plan.editor.save_button, LEFT)
    assert [g.text for g in workspace._vault.dossier(mira.id).plans[0].goals] == ["Een eigen kamer huren"]
    assert plan.tree.currentItem().text(0) == "Een eigen kamer huren"
    assert not plan.editor.unsaved.isVisibleTo(plan) and not dossier.tabs.tabText(3).endswith("●")


def test_switching_participant_asks_about_an_unsaved_goal(qtbot, make_session, locked_vault_dir, two):
    mira, noor = two
    session = make_session(locked_vault_dir)
    workspace = unlock(qtbot, session)
    dossier, plan = _new_goal(qtbot, workspace, mira)
    answers = Answers()

    answers.will("Blijven")
    assert workspace.open_dossier(noor.id) is dossier  # she stays, with what she typed
    assert answers.asked and "Een eigen kamer huren" in answers.asked[0]
    assert plan.editor.text.toPlainText() == "Een eigen kamer huren"
    assert workspace.caseload.selected_id() == mira.id

    answers.will("Opslaan")
    assert workspace.open_dossier(noor.id).participant_id == noor.id
    assert [g.text for g in session.vault.dossier(mira.id).plans[0].goals] == ["Een eigen kamer huren"]

    dossier, plan = _new_goal(qtbot, workspace, mira, "Weggooien mag")
    answers.will("Niet opslaan")
    workspace.open_dossier(noor.id)
    assert [g.text for g in session.vault.dossier(mira.id).plans[0].goals] == ["Een eigen kamer huren"]
    assert session.vault.drafts() == [] and len(answers.asked) == 3


def test_choosing_another_goal_or_tab_asks_first(qtbot, make_session, locked_vault_dir, two):
    mira, _noor = two
    workspace = unlock(qtbot, make_session(locked_vault_dir))
    dossier, plan = _new_goal(qtbot, workspace, mira, "Eerste doel")
    plan.editor.save()
    qtbot.mouseClick(plan.new_goal_button, LEFT)
    qtbot.keyClicks(plan.editor.text, "Tweede")
    answers = Answers()
    answers.will("Blijven")
    plan.tree.setCurrentItem(plan.tree.topLevelItem(0).child(0))  # the first goal
    assert plan.editor.text.toPlainText() == "Tweede" and plan.tree.currentItem().text(0) == "● Tweede"
    answers.will("Blijven")
    dossier.tabs.setCurrentIndex(4)
    assert dossier.tabs.currentIndex() == 3 and len(answers.asked) == 2

    answers.will("Niet opslaan")
    dossier.tabs.setCurrentIndex(4)  # Contacten
    contacts = dossier.contacts
    qtbot.keyClicks(contacts.form.inputs["note"], "Gebeld over de kamer")
    assert contacts.unsaved.isVisibleTo(contacts) and dossier.tabs.tabText(4).endswith("●")
    answers.will("Blijven")
    dossier.tabs.setCurrentIndex(1)
    assert dossier.tabs.currentIndex() == 4 and len(answers.asked) == 4


def test_an_unsaved_goal_survives_locking_as_a_draft(qtbot, make_session, locked_vault_dir, two):
    mira, _noor = two
    session = make_session(locked_vault_dir)
    workspace = unlock(qtbot, session)
    _new_goal(qtbot, workspace, mira, "Niet kwijtraken")
    session.lock()  # no question: the lock always locks, the draft keeps her words
    workspace = unlock(qtbot, session)
    assert workspace.drafts_banner.isVisibleTo(workspace)
    workspace.restore_button.click()
    dossier = workspace.dossier
    plan = dossier.plan
    assert dossier.tabs.currentIndex() == 3 and plan.editor.text.toPlainText() == "Niet kwijtraken"
    assert plan.editor.dirty and plan.tree.currentItem().text(0) == "● Niet kwijtraken"
    assert plan.drafts.banner.isVisibleTo(plan)
    assert plan.editor.save()
    assert [g.text for g in session.vault.dossier(mira.id).plans[0].goals] == ["Niet kwijtraken"]
    assert session.vault.drafts() == []


def test_typed_sub_goals_and_actions_are_rows_with_their_ids(qtbot, vault):
    from desktop.flows.goal_rows import ActionRow, SubGoalRow
    from desktop.ui.plan_tab import PlanTab
    from forms import Action, Goal, SubGoal

    person = Participant(roepnaam="Mira")
    sub = SubGoal(text="Inschrijven", start=1, target=5, deadline=dt.date(2026, 9, 1))
    goal = Goal(text="Een kamer", subgoals=[sub], actions=[Action(what="Bellen", who="Mira")])
    vault.save_all([person, Trajectplan(participant_id=person.id, date=dt.date.today(), goals=[goal])])
    tab = PlanTab(vault, person.id)
    qtbot.addWidget(tab)
    assert tab.editor.subgoals.rows() == [SubGoalRow("Inschrijven", 1, 5, "01-09-2026", str(sub.id))]
    assert tab.editor.actions.rows() == [ActionRow("Bellen", "Mira", "", False, str(goal.actions[0].id))]
    tab.editor.actions.add_row(ActionRow(what="Formulier", by_when="15-09-2026"))
    assert tab.editor.save()
    stored = vault.dossier(person.id).plans[0].goals[0]
    assert stored.subgoals[0].id == sub.id and [a.what for a in stored.actions] == ["Bellen", "Formulier"]
    assert stored.actions[1].by_when == dt.date(2026, 9, 15)


def test_locking_while_the_question_is_open_locks_and_keeps_the_draft(qtbot, make_session, locked_vault_dir, two):
    mira, noor = two
    session = make_session(locked_vault_dir)
    workspace = unlock(qtbot, session)
    _new_goal(qtbot, workspace, mira, "Half af")
    asked = []

    def lock_now():
        asked.append(isinstance(QApplication.activeModalWidget(), QMessageBox))
        session.lock()  # e.g. the idle lock, or F12, while she has not answered
    QTimer.singleShot(0, lock_now)
    workspace.open_dossier(noor.id)
    assert asked == [True] and session.vault is None and session.workspace is None
    vault = Vault.open(locked_vault_dir, PASSPHRASE)
    assert [key for key, _at, body in vault.drafts() if "Half af" in body] == [f"goal:{mira.id}"]
    vault.close()
