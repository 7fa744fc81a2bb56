"""Issue 14 §4 in the app: *Mijn werk → Veldwerk* (Ctrl+Shift+W), driven through the real
widgets: a contact added in the form appears in the list, a mistake keeps what was typed and
says what is wrong, a chosen row is changed in place."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox

from desktop.demo import demo_outreach
from desktop.ui.main_window import MainWindow
from desktop.ui.outreach_screen import OutreachScreen
from desktop.ui.worker_screens import install_worker_screens, remove_worker_screens
from desktop.vault import outreach

SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def screen(qtbot, vault):
    made = OutreachScreen(vault)
    qtbot.addWidget(made)
    made.show()
    return made


def _type(qtbot, screen: OutreachScreen, name: str, text: str) -> None:
    field = screen.form.inputs[name]
    field.clear()
    qtbot.keyClicks(field, text)


def _tick(screen: OutreachScreen, name: str, label: str) -> None:
    next(b for b in screen.form.inputs[name].findChildren(QCheckBox) if b.text() == label).click()


def _rows(screen: OutreachScreen) -> list[list[str]]:
    model = screen.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_a_worker_records_a_round_and_finds_it_in_the_list(qtbot, screen, vault):
    _type(qtbot, screen, "date", "02-03-2026")
    place = screen.form.inputs["place"]
    place.setCurrentIndex(place.findData("raam"))
    _type(qtbot, screen, "people", "12")
    _type(qtbot, screen, "asked_to_start", "2")
    _tick(screen, "topics", "Gezondheid")
    _tick(screen, "offered", "Informatie")
    _type(qtbot, screen, "languages", "ro, bg")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert _rows(screen) == [["02-03-2026", "Ramen", "12", "2", "Gezondheid"]]
    [stored] = outreach.contacts(vault)
    assert (stored.date, stored.place, stored.people, stored.asked_to_start) == (dt.date(2026, 3, 2), "raam", 12, 2)
    assert (stored.topics, stored.offered, stored.languages) == (["gezondheid"], ["informatie"], ["ro", "bg"])
    assert screen.form.value("people") == ""  # a fresh form for the next one


def test_a_mistake_keeps_every_typed_value_and_names_the_field(qtbot, screen, vault):
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)  # nothing chosen yet
    assert screen.form.errors["place"].text() == "Plaats of kanaal: is verplicht"
    assert screen.form.errors["people"].text() == "Aantal mensen: is verplicht"
    place = screen.form.inputs["place"]
    place.setCurrentIndex(place.findData("online"))
    _type(qtbot, screen, "people", "3")
    _type(qtbot, screen, "asked_to_start", "5")
    _tick(screen, "topics", "Wonen")
    assert not screen.save()
    assert screen.form.errors["asked_to_start"].text() == "Wilden zich aanmelden: is meer dan het aantal mensen"
    kept = screen.form.values()
    assert (kept["place"], kept["people"], kept["asked_to_start"], kept["topics"]) == ("online", "3", "5", ["wonen"])
    _type(qtbot, screen, "people", "drie")
    assert not screen.save()
    assert screen.form.errors["people"].isVisible() and "Aantal mensen" in screen.form.errors["people"].text()
    assert outreach.contacts(vault) == []
    _type(qtbot, screen, "people", "8")
    assert screen.save() and [c.people for c in outreach.contacts(vault)] == [8]


def test_choosing_a_row_changes_that_contact(qtbot, screen, vault):
    vault.save_all(demo_outreach()[:2])
    screen.reload()
    screen.table.selectRow(1)
    older = screen.model.contacts[1]
    assert screen.form.value("people") == str(older.people)
    _type(qtbot, screen, "people", "9")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    changed = next(c for c in outreach.contacts(vault) if c.id == older.id)
    assert (changed.people, changed.rev, changed.place) == (9, 2, older.place)
    assert len(outreach.contacts(vault)) == 2


def test_the_menu_shortcut_opens_veldwerk_with_the_demo_contacts(qtbot, vault):
    vault.save_all(demo_outreach())
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    screens = install_worker_screens(window, vault)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_W, SHIFT_CTRL)
    assert window.stack.currentWidget() is screens.outreach
    assert screens.outreach.model.rowCount() == len(demo_outreach())
    dates = [c.date for c in screens.outreach.model.contacts]
    assert dates == sorted(dates, reverse=True)
    screens.outreach.table.setFocus()  # focus entering the list opens no contact: the form stays new
    qtbot.waitUntil(lambda: screens.outreach.table.hasFocus())
    assert screens.outreach.editing is None and screens.outreach.form_title.text() == "Nieuw veldwerkcontact"
    remove_worker_screens(window, screens)
