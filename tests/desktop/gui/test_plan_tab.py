"""The Trajectplan tab through its real widgets: live SMART feedback, drafts, evaluations, versions."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer

from desktop.ui.i18n import install_language
from desktop.ui.plan_tab import PlanTab
from forms import Assessment, Participant, Point, Signature
from forms.base import utcnow
from matrix.instruments import builtin


@pytest.fixture
def mira(vault):
    person = Participant(roepnaam="Mira")
    ins = builtin()
    assessment = Assessment(participant_id=person.id, instrument_id=ins.id, instrument_version=ins.version,
                            date=dt.date.today(), scores={d: 3 for d in ins.domain_ids} | {"huisvesting": 1})
    vault.save_all([person, assessment])
    return person


@pytest.fixture
def tab(qtbot, vault, mira):
    widget = PlanTab(vault, mira.id)
    qtbot.addWidget(widget)
    widget.resize(1340, 620)
    widget.show()
    return widget


def _marks(editor) -> dict[str, bool]:
    return {letter: "✓" in mark.text() for letter, mark in editor.smart_marks.items()}


def test_smart_feedback_changes_while_typing(qtbot, vault, mira, tab):
    assert tab.plan is None and not tab.sign_button.isEnabled()
    qtbot.mouseClick(tab.new_goal_button, Qt.MouseButton.LeftButton)
    editor = tab.editor
    assert tab.plan is not None and editor.isEnabled()
    assert _marks(editor) == {"S": False, "M": False, "A": False, "R": True, "T": False}

    qtbot.keyClicks(editor.text, "Ik wil het beter")
    assert not _marks(editor)["S"]
    qtbot.keyClicks(editor.text, " hebben en een kamer huren")
    assert _marks(editor)["S"] and "huisvesting" in editor.smart_hints["S"].text()
    assert "'kamer'" in editor.smart_hints["S"].text()

    qtbot.mouseClick(editor.agreed, Qt.MouseButton.LeftButton)
    assert _marks(editor)["A"]
    editor.start.setFocus()
    for _ in range(3):
        qtbot.keyClick(editor.start._slider, Qt.Key.Key_Right)
    for _ in range(7):
        qtbot.keyClick(editor.target._slider, Qt.Key.Key_Right)
    assert (editor.start.value(), editor.target.value()) == (3, 7)
    assert _marks(editor)["M"] and "van 3 naar 7" in editor.smart_hints["M"].text()

    editor.has_deadline.setChecked(True)
    editor.deadline.setDate(editor.deadline.date().currentDate().addDays(3))
    assert not _marks(editor)["R"] and "grote stap" in editor.smart_hints["R"].text()  # 4 points in 3 days
    editor.deadline.setDate(editor.deadline.date().currentDate().addDays(90))
    assert all(_marks(editor).values())

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    stored = vault.dossier(mira.id).plans[0]
    assert stored.goals[0].text == "Ik wil het beter hebben en een kamer huren"
    assert (stored.goals[0].start, stored.goals[0].target, stored.goals[0].agreed) == (3, 7, True)
    assert tab.tree.topLevelItem(0).text(0) == "Zonder leefgebied"  # S guessed the domain; she did not pick one


def test_a_target_below_the_start_is_explained(qtbot, vault, mira, tab):
    tab.new_goal()
    qtbot.keyClicks(tab.editor.text, "Ik wil minder drinken")
    tab.editor.start.setValue(8)
    tab.editor.target.setValue(3)
    tab.editor.save()
    assert tab.editor.error.text()  # plain words from forms.explain, nothing stored
    assert vault.dossier(mira.id).plans[0].goals == []
    tab.editor.lower.setChecked(True)
    tab.editor.save()
    assert vault.dossier(mira.id).plans[0].goals[0].lower_is_better


def test_drafts_evaluation_signing_and_a_new_version(qtbot, vault, mira, tab):
    QTimer.singleShot(0, lambda: tab.draft_dialog.accept())
    qtbot.mouseClick(tab.drafts_button, Qt.MouseButton.LeftButton)
    plan = vault.dossier(mira.id).plans[0]
    assert [g.life_domain for g in plan.goals] == ["huisvesting"]
    goal = plan.goals[0]
    tab.editor.start.setValue(2)
    tab.editor.target.setValue(6)
    tab.editor.save()

    def score():
        tab.evaluation_dialog.sliders[goal.id].setValue(4)
        tab.evaluation_dialog.accept()
    QTimer.singleShot(0, score)
    qtbot.mouseClick(tab.evaluate_button, Qt.MouseButton.LeftButton)
    row = tab.tree.topLevelItem(0).child(0)
    assert (row.text(1), row.text(2), row.text(3)) == ("2 → 6", "4 · Op koers", "Actief")

    QTimer.singleShot(0, lambda: tab.smart_box.buttons()[0].click())  # not agreed yet: sign anyway
    with qtbot.waitSignal(tab.sign_requested) as signal:
        qtbot.mouseClick(tab.sign_button, Qt.MouseButton.LeftButton)
    assert signal.args == [tab.plan.id]
    vault.sign_plan(tab.plan.id, Signature(role="deelnemer", name="Mira", signed_at=utcnow(),
                                           strokes=[[Point(x=0.1, y=0.5), Point(x=0.9, y=0.5)]],
                                           plan_hash=tab.plan.plan_content_hash()))
    tab.reload()
    assert tab.banner.isVisible() and not tab.editor.save_button.isEnabled()
    assert not tab.new_goal_button.isEnabled() and tab.new_version_button.isEnabled()

    qtbot.mouseClick(tab.new_version_button, Qt.MouseButton.LeftButton)
    assert tab.plan.version == 2 and not tab.plan.frozen and tab.editor.save_button.isEnabled()
    assert tab.plan.goals[0].id == goal.id  # evaluations follow the goal into the new version
    assert tab.versions.count() == 2


def test_a_new_plan_records_the_worker_language_as_the_goals_language(qtbot, vault, mira, tab):
    """Issue 16 §2: her words are never translated, so the plan notes the language they are in."""
    assert install_language("en")
    try:
        tab.new_plan()
    finally:
        install_language("nl")
    assert vault.dossier(mira.id).plans[0].goals_language == "en"
