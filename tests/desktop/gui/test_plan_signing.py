"""The plan tab around signing, through its real widgets: the SMART warning before co-sign mode
(she may still sign) and a signed version made into a PDF again that shows what was signed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.ui.plan_tab import PlanTab
from exports.pdf_signing import verify_pdf
from forms import Evaluation, Goal, Participant, Point, Signature, Trajectplan
from forms.base import utcnow
from tests.exports.test_plan_pdf import pdf_text, signed_text



def _start() -> dt.date:
    """A month ago, counted when the test runs (a run may cross midnight)."""
    return dt.date.today() - dt.timedelta(days=30)


def _smart_goal() -> Goal:
    return Goal(life_domain="huisvesting", text="Ik wil een kamer huren met een contract op mijn naam.",
                start=3, target=7, agreed=True, deadline=_start() + dt.timedelta(days=120))


def _plan(person: Participant, *goals: Goal) -> Trajectplan:
    start = _start()
    return Trajectplan(participant_id=person.id, worker="Test Begeleider", date=start,
                       horizon=start + dt.timedelta(days=180), goals=list(goals))


def _tab(qtbot, vault, person) -> PlanTab:
    tab = PlanTab(vault, person.id)
    qtbot.addWidget(tab)
    tab.resize(1340, 620)
    tab.show()
    return tab


def _click_in_warning(tab: PlanTab, role: QMessageBox.ButtonRole) -> None:
    """Click the warning's button of `role` once it is open (it is modal)."""
    QTimer.singleShot(0, lambda: next(b for b in tab.smart_box.buttons()
                                      if tab.smart_box.buttonRole(b) == role).click())


def test_signing_warns_about_a_goal_that_is_not_smart(qtbot, vault):
    mira = Participant(roepnaam="Mira")
    vague = Goal(life_domain="financien", text="Het beter doen met geld")
    vault.save_all([mira, _plan(mira, _smart_goal(), vague)])
    tab = _tab(qtbot, vault, mira)

    _click_in_warning(tab, QMessageBox.ButtonRole.RejectRole)
    with qtbot.assertNotEmitted(tab.sign_requested):
        qtbot.mouseClick(tab.sign_button, Qt.MouseButton.LeftButton)
    warning = tab.smart_box.informativeText()
    assert "Doel 2 · Financiën" in warning and "Doel 1" not in warning
    assert tab.smart_box.defaultButton().text() == "Terug naar het &plan"

    _click_in_warning(tab, QMessageBox.ButtonRole.AcceptRole)  # she may still sign
    with qtbot.waitSignal(tab.sign_requested, timeout=2000) as signal:
        qtbot.mouseClick(tab.sign_button, Qt.MouseButton.LeftButton)
    assert signal.args == [tab.plan.id]


def test_a_smart_plan_goes_to_signing_without_a_warning(qtbot, vault):
    mira = Participant(roepnaam="Mira")
    vault.save_all([mira, _plan(mira, _smart_goal())])
    tab = _tab(qtbot, vault, mira)
    with qtbot.waitSignal(tab.sign_requested, timeout=2000):
        qtbot.mouseClick(tab.sign_button, Qt.MouseButton.LeftButton)
    assert getattr(tab, "smart_box", None) is None


def _sign(vault, plan: Trajectplan, at: dt.datetime) -> Trajectplan:
    for role, name in (("deelnemer", "Mira"), ("begeleider", "Test Begeleider")):
        plan = vault.sign_plan(plan.id, Signature(role=role, name=name, signed_at=at,
                                                  strokes=[[Point(x=0.1, y=0.5), Point(x=0.9, y=0.4)]],
                                                  plan_hash=plan.plan_content_hash()))
    return plan


def _pdf(qtbot, tab: PlanTab, path) -> bytes:
    """What 'PDF maken' does once the file dialog gave `path`."""
    tab.make_pdf(path)
    qtbot.waitUntil(lambda: path.name in tab.status.text(), timeout=20000)
    return path.read_bytes()


def test_a_signed_version_as_pdf_again_shows_what_was_signed(qtbot, vault, tmp_path):
    mira = Participant(roepnaam="Mira")
    plan = _plan(mira, _smart_goal())
    vault.save_all([mira, plan])
    signed = _sign(vault, plan, utcnow())
    tab = _tab(qtbot, vault, mira)
    on_signing_day = _pdf(qtbot, tab, tmp_path / "plan-1.pdf")

    vault.save(Evaluation(participant_id=mira.id, plan_id=plan.plan_id, date=dt.date.today(),
                          scores={plan.goals[0].id: 5}))
    tab.new_version()  # version 2 is on screen now; pick version 1 again
    assert tab.plan.version == 2 and tab.pdf_button.isEnabled()
    tab.versions.setFocus()
    qtbot.keyClick(tab.versions, Qt.Key.Key_Down)  # newest first: version 1 is below
    assert tab.plan.id == signed.id and tab.pdf_button.isEnabled()
    again = _pdf(qtbot, tab, tmp_path / "plan-1-again.pdf")

    result = verify_pdf(again)
    assert result.intact and result.version == 1 and result.plan_record_id == str(signed.id)
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    assert signed_text(on_signing_day, tmp_path / "a") == signed_text(again, tmp_path / "b")
    later = pdf_text(again, tmp_path).split("Na ondertekening bijgehouden", 1)[1]
    assert "begin 3 · nu 5 · doel 7" in later


def test_an_unsaved_goal_edit_is_asked_about_before_signing(qtbot, vault):
    """She must sign what the worker sees on screen, not an older stored version of it."""
    mira = Participant(roepnaam="Mira")
    vault.save_all([mira, _plan(mira, _smart_goal())])
    tab = _tab(qtbot, vault, mira)
    tab.editor.text.setFocus()
    qtbot.keyClicks(tab.editor.text, " Binnen een half jaar.")
    assert tab.has_unsaved()

    def save_it():
        box = QApplication.activeModalWidget()
        next(b for b in box.buttons() if b.text() == "&Opslaan").click()
    QTimer.singleShot(0, save_it)
    with qtbot.waitSignal(tab.sign_requested, timeout=2000):
        qtbot.mouseClick(tab.sign_button, Qt.MouseButton.LeftButton)
    assert "Binnen een half jaar." in vault.get(tab.plan.id).goals[0].text
