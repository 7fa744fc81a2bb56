"""Issue 13 on the screens, driven with real widgets: the phase form asks the reason when she
stops early, the goal, and the days she stops or starts again; the intake asks the new questions
(her situation per life domain, earlier attempts, the reflection period and a police report)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.flows.intake import SECTIONS
from forms import Participant, PhaseChange


@pytest.fixture
def mila(vault):
    person = Participant(roepnaam="Mila")
    vault.save_all([person, PhaseChange(participant_id=person.id, phase="uitvoering", date=dt.date(2026, 1, 5))])
    return person


@pytest.fixture
def overview(qtbot, vault, mila):
    from desktop.ui.overview_tab import OverviewTab

    tab = OverviewTab(vault, mila.id)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _choose(combo, code) -> None:
    combo.setCurrentIndex(combo.findData(code))


def test_the_reason_is_asked_only_when_she_stops_early_and_saved_with_the_outcome(qtbot, vault, mila, overview):
    assert not overview.dropout.isEnabled()
    _choose(overview.new_phase, "afgesloten")
    _choose(overview.outcome, "tussentijds_gestopt")
    assert overview.dropout.isEnabled()
    _choose(overview.dropout, "schulden")
    overview.phase_date.setText("01-03-2026")
    qtbot.mouseClick(overview.findChild(QPushButton), Qt.MouseButton.LeftButton)  # Fase opslaan
    closing = max(vault.dossier(mila.id).phases, key=lambda c: c.date)
    assert (closing.outcome, closing.dropout_reason) == ("tussentijds_gestopt", "schulden")
    _choose(overview.outcome, "ander_werk")
    assert not overview.dropout.isEnabled() and overview.dropout.currentData() is None


def test_the_goal_and_the_days_she_stopped_and_started_again_are_kept_with_her_reasons(qtbot, vault, mila, overview):
    _choose(overview.goal, "minder_sekswerk")
    qtbot.keyClicks(overview.stopped_on, "01-02-2026")
    overview.stop_reasons.actions_by_code["schulden"].trigger()
    overview.stop_reasons.actions_by_code["controle_inval"].trigger()
    assert overview.stop_reasons.text().endswith(": 2 gekozen")
    overview.save_phase()
    qtbot.keyClicks(overview.restarted_on, "01-05-2026")
    overview.restart_reasons.actions_by_code["geldproblemen"].trigger()
    overview.save_phase()
    changes = sorted(vault.dossier(mila.id).phases, key=lambda c: c.updated_at)
    stopped, returned = changes[-2], changes[-1]
    assert stopped.goal == "minder_sekswerk" and stopped.stopped_on == dt.date(2026, 2, 1)
    assert stopped.stop_reasons == ["schulden", "controle_inval"]
    assert returned.goal is None and returned.restarted_on == dt.date(2026, 5, 1)  # the form starts empty again
    assert returned.restart_reasons == ["geldproblemen"]
    overview.reload()  # as the dossier screen does when the vault says it changed
    history = [overview.history.item(i).text() for i in range(overview.history.count())]
    assert any("gestopt met sekswerk 01-02-2026" in line and "Minder sekswerk" in line for line in history)


def test_a_return_before_the_stop_is_refused_on_the_form(qtbot, vault, mila, overview):
    qtbot.keyClicks(overview.stopped_on, "01-05-2026")
    qtbot.keyClicks(overview.restarted_on, "01-02-2026")
    overview.save_phase()
    assert overview.phase_error.isVisible() and "vóór gestopt" in overview.phase_error.text()
    assert len(vault.dossier(mila.id).phases) == 1


def test_the_intake_asks_the_new_questions_in_conversation_order(qtbot, vault, mila):
    from desktop.ui.intake_tab import IntakeTab

    names = [spec.name for spec in SECTIONS["intake"][1]]
    assert names.index("help_request") < names.index("domain_situations") < names.index("work_settings")
    assert names.index("legal_position") < names.index("reflection_period") < names.index("police_report")
    tab = IntakeTab(vault, mila.id)
    qtbot.addWidget(tab)
    tab.show()
    tab.flow.go("intake")
    tab._show_step()
    form = tab.forms["intake"]
    qtbot.keyClicks(form.inputs["domain_situations"].lines["huisvesting"], "Slaapt bij een vriendin")
    qtbot.keyClicks(form.inputs["earlier_attempts"], "2")
    for name, code in (("reflection_period", "loopt"), ("police_report", "overweegt")):
        _choose(form.inputs[name], code)
    assert tab.save()
    (intake,) = vault.dossier(mila.id).intakes
    assert intake.domain_situations == {"huisvesting": "Slaapt bij een vriendin"}
    assert (intake.earlier_attempts, intake.reflection_period, intake.police_report) == (2, "loopt", "overweegt")


def test_a_life_domain_with_an_ampersand_shows_it(qtbot):
    from PySide6.QtWidgets import QLabel

    from desktop.ui.widgets.field_form import DomainTexts

    texts = DomainTexts("life_domains")
    qtbot.addWidget(texts)
    labels = [label.text() for label in texts.findChildren(QLabel)]
    assert "Werk && dagbesteding" in labels  # Qt shows '&&' as '&'; a single '&' would vanish as a shortcut
