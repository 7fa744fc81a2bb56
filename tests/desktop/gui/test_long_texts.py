"""A text longer than its one-line field shows its beginning when it is loaded, not its end:
'Meetbaar: …an 3 naar 8 op de schaal' read as a sentence cut off in the middle."""

from __future__ import annotations

import datetime as dt

from desktop.ui.intake_tab import IntakeTab
from desktop.ui.plan_tab import PlanTab
from forms import Goal, Intake, Participant, Trajectplan

LONG = "Van 3 naar 8 op de schaal van 1 tot 10, gemeten bij elke evaluatie samen met haar en de woonbegeleider"


def test_a_goal_loaded_in_the_editor_shows_the_start_of_its_texts(qtbot, vault):
    mira = Participant(roepnaam="Mira")
    goal = Goal(life_domain="huisvesting", text="Een eigen kamer", start=3, target=8, specific=LONG,
                measurable=LONG, realistic=LONG)
    vault.save_all([mira, Trajectplan(participant_id=mira.id, date=dt.date.today(), goals=[goal])])
    tab = PlanTab(vault, mira.id)
    qtbot.addWidget(tab)
    tab.resize(1280, 620)
    tab.show()
    editor = tab.editor
    assert editor.measurable.text() == LONG
    assert [line.cursorPosition() for line in (editor.specific, editor.measurable, editor.realistic)] == [0, 0, 0]


def test_the_intake_shows_the_start_of_a_long_situation(qtbot, vault):
    noor = Participant(roepnaam="Noor", legal_name=LONG)
    vault.save_all([noor, Intake(participant_id=noor.id, date=dt.date.today(), domain_situations={"huisvesting": LONG})])
    tab = IntakeTab(vault, noor.id)
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    tab.show()
    situations = tab.forms["intake"].inputs["domain_situations"].lines["huisvesting"]
    legal_name = tab.forms["deelnemer"].inputs["legal_name"]
    assert situations.text() == LONG and situations.cursorPosition() == 0 and legal_name.cursorPosition() == 0
