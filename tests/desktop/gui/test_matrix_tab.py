"""The Zelfredzaamheidsmatrix tab driven through its real widgets: score by click and by keyboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.ui.matrix_tab import MatrixTab
from forms import Assessment, Participant
from matrix.instruments import builtin


@pytest.fixture
def dossier(vault):
    mira = Participant(roepnaam="Mira")
    ins = builtin()
    earlier = Assessment(participant_id=mira.id, instrument_id=ins.id, instrument_version=ins.version,
                         date=dt.date.today() - dt.timedelta(days=90),
                         scores={d: 2 for d in ins.domain_ids} | {ins.domain_ids[1]: None})
    vault.save_all([mira, earlier])
    return mira, earlier, ins


def _click(qtbot, grid, row, col):
    rect = grid.visualRect(grid.model().index(row, col))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_scoring_the_matrix_saves_each_click(qtbot, vault, dossier):
    mira, earlier, ins = dossier
    tab = MatrixTab(vault, mira.id)
    qtbot.addWidget(tab)
    tab.resize(1300, 620)
    tab.show()
    assert tab.current.id == earlier.id and tab.history_box.count() == 1

    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert tab.history_box.currentText() == "Nieuwe meting (nog niet opgeslagen)"
    assert len(vault.dossier(mira.id).assessments) == 1  # nothing stored before the first score

    housing = ins.domain_ids.index("huisvesting")
    _click(qtbot, tab.grid, housing, 3)  # level 4
    stored = {a.id: a for a in vault.dossier(mira.id).assessments}
    assert len(stored) == 2 and stored[tab.current.id].scores["huisvesting"] == 4
    assert tab.criterion_text.text() == ins.criterion("huisvesting", 4, "nl")
    assert ins.level_name(4, "nl") in tab.criterion_title.text()
    assert tab.grid.item(housing, 3).text() == "✓" and tab.grid.item(housing, 1).text() == "◦ vorige"

    tab.grid.setFocus()
    tab.grid.setCurrentCell(0, 0)
    qtbot.keyClick(tab.grid, Qt.Key.Key_Down)
    qtbot.keyClick(tab.grid, Qt.Key.Key_Right)
    qtbot.keyClick(tab.grid, Qt.Key.Key_Space)  # row 1, level 2
    qtbot.keyClick(tab.grid, Qt.Key.Key_5)  # row 1, level 5 by its number
    qtbot.keyClick(tab.grid, Qt.Key.Key_Down)
    qtbot.keyClick(tab.grid, Qt.Key.Key_3)
    qtbot.keyClick(tab.grid, Qt.Key.Key_Delete)  # and undo it: not scored
    scores = vault.get(tab.current.id).scores
    assert scores[ins.domain_ids[1]] == 5 and scores[ins.domain_ids[2]] is None

    radar = tab.radar
    assert radar.current[housing] == 4 and radar.previous[housing] == 2
    assert radar.previous[1] is None  # 'not scored' stays a gap, never a zero
    assert tab.history_box.count() == 2
    assert tab.history_table.columnCount() == 3  # change + two assessments
    assert tab.history_table.item(housing, 0).text() == "▲ +2"


def test_history_picks_an_older_assessment(qtbot, vault, dossier):
    mira, earlier, ins = dossier
    newer = Assessment(participant_id=mira.id, instrument_id=ins.id, instrument_version=ins.version,
                       date=dt.date.today(), scores={"huisvesting": 3})
    vault.save(newer)
    tab = MatrixTab(vault, mira.id)
    qtbot.addWidget(tab)
    assert tab.current.id == newer.id and tab.radar.previous is not None
    tab.history_box.setCurrentIndex(1)
    tab.history_box.activated.emit(1)
    assert tab.current.id == earlier.id and tab.radar.previous is None
    _click(qtbot, tab.grid, 0, 4)
    assert vault.get(earlier.id).scores[ins.domain_ids[0]] == 5
