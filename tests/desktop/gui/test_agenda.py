"""The agenda on the caseload page (issue 14 §3): *Deze week* and *Te laat* with her roepnaam,
what is due and when; Enter or a double-click opens her dossier at the right tab; the aftercare
schedule chosen in her dossier and the two programme settings change what it shows."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.vault import Vault
from desktop.vault.agenda import rules
from forms import Contact, Goal, Participant, PhaseChange, Trajectplan
from matrix.agenda import Rules
from tests.conftest import PASSPHRASE
from tests.desktop.gui.conftest import unlock

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)


@pytest.fixture
def caseload(locked_vault_dir):
    vault = Vault.open(locked_vault_dir, PASSPHRASE)
    ioana, kim, lucja = Participant(roepnaam="Ioana"), Participant(roepnaam="Kim"), Participant(roepnaam="Łucja")
    vault.save_all([
        ioana, PhaseChange(participant_id=ioana.id, phase="uitvoering", date=TODAY - 10 * DAY),
        Contact(participant_id=ioana.id, date=TODAY),
        Trajectplan(participant_id=ioana.id, goals=[Goal(text="Een eigen kamer", deadline=TODAY + 2 * DAY)]),
        kim, PhaseChange(participant_id=kim.id, phase="orientatie", date=TODAY - 50 * DAY),
        lucja, PhaseChange(participant_id=lucja.id, phase="nazorg", date=TODAY - 40 * DAY)])
    vault.close()
    return ioana, kim, lucja


def lines(model, overdue: bool) -> list[tuple[str, str, str]]:
    group = model.group(overdue)
    return [tuple(group.child(r, c).text() for c in range(3)) for r in range(group.rowCount())]


def test_the_agenda_shows_on_the_caseload_page_and_enter_opens_the_right_tab(qtbot, make_session,
                                                                             locked_vault_dir, caseload):
    ioana, kim, _lucja = caseload
    session = make_session(locked_vault_dir)
    session.window.resize(1280, 720)
    workspace = unlock(qtbot, session)
    panel = workspace.agenda
    assert workspace.right.currentWidget() is panel and panel.isVisible()
    model = panel.model
    assert model.group(False).text() == "Deze week (1)" and model.group(True).text() == "Te laat (2)"
    due = (TODAY + 2 * DAY).strftime("%d-%m-%Y")
    assert lines(model, False) == [(due, "Ioana", "Doel: Een eigen kamer")]
    assert ((TODAY - 22 * DAY).strftime("%d-%m-%Y"), "Kim", "Geen contact in 4 weken") in lines(model, True)
    assert ("Łucja", "Nazorg: contact na 1 maanden") in [line[1:] for line in lines(model, True)]
    # Enter on Ioana's line: her plan.
    panel.tree.setFocus()
    panel.tree.setCurrentIndex(model.indexFromItem(model.group(False).child(0, 0)))
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: workspace.dossier is not None and workspace.dossier.participant_id == ioana.id)
    assert workspace.dossier.tabs.currentIndex() == 3 and workspace.right.currentWidget() is workspace.dossier
    # Back to the agenda (Ctrl+G), then a double-click on Kim's line: her contacts.
    qtbot.mouseClick(workspace.caseload.agenda_button, Qt.MouseButton.LeftButton)
    assert workspace.right.currentWidget() is panel
    row = [line[1] for line in lines(model, True)].index("Kim")
    rect = panel.tree.visualRect(model.indexFromItem(model.group(True).child(row, 1)))
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # as a hand does:
    qtbot.mouseDClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # press, then twice
    qtbot.waitUntil(lambda: workspace.dossier.participant_id == kim.id)
    assert workspace.dossier.tabs.currentIndex() == 4


def test_choosing_passive_aftercare_in_her_dossier_takes_her_check_ins_off(qtbot, make_session,
                                                                         locked_vault_dir, caseload):
    _ioana, _kim, lucja = caseload
    workspace = unlock(qtbot, make_session(locked_vault_dir))
    overview = workspace.open_dossier(lucja.id).overview
    assert overview.aftercare.currentData() == "actief"  # the default
    overview.aftercare.setCurrentIndex(overview.aftercare.findData("passief"))
    overview.aftercare.activated.emit(overview.aftercare.currentIndex())
    assert workspace.dossier.overview.aftercare.currentData() == "passief"
    assert "Łucja" in [line[1] for line in lines(workspace.agenda.model, True)]  # hidden: refreshed when shown
    workspace.show_agenda()
    assert "Łucja" not in [line[1] for line in lines(workspace.agenda.model, True)]


def test_the_settings_screen_keeps_the_two_intervals_in_the_vault(qtbot, make_session, locked_vault_dir, caseload):
    session = make_session(locked_vault_dir)
    workspace = unlock(qtbot, session)
    dialog = session.open_settings()
    assert (dialog.meting_months.value(), dialog.contact_weeks.value()) == (6, 4)
    dialog.contact_weeks.setValue(10)
    dialog.accept()
    assert rules(session.vault) == Rules(6, 10)
    qtbot.waitUntil(lambda: "Kim" not in [line[1] for line in lines(workspace.agenda.model, True)])
