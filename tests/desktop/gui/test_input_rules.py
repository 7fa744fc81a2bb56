"""Fields change only when she means it: real wheel events over a scrolling form, clicks on the
1-10 track, number keys, and digits typed into a date field right after a click."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateEdit, QScrollArea, QSlider, QSpinBox, QVBoxLayout, QWidget

from desktop.flows.intake import SECTIONS
from desktop.ui.app import make_qapp
from desktop.ui.widgets.field_form import FieldForm
from desktop.ui.widgets.score_slider import ScoreSlider


@pytest.fixture
def form(qtbot):
    """The intake form with a spin box, a date field and a score slider, in a short scroll area."""
    make_qapp()  # installs the app-wide input rules, as `koers gui` does
    page = QWidget()
    column = QVBoxLayout(page)
    fields = FieldForm(SECTIONS["intake"][1])
    spin, day, score = QSpinBox(), QDateEdit(QDate(2026, 3, 4)), ScoreSlider("Start")
    spin.setValue(5)
    score.setValue(4)
    for widget in (fields, spin, day, score):
        column.addWidget(widget)
    column.addSpacing(600)  # room to scroll on below the last field
    scroll = QScrollArea(widgetResizable=True)
    scroll.setWidget(page)
    scroll.resize(700, 300)
    qtbot.addWidget(scroll)
    scroll.show()
    qtbot.waitExposed(scroll)
    legal = fields.inputs["legal_position"]
    legal.setCurrentIndex(legal.findData("nl"))
    return scroll, {"combo": legal, "spin": spin, "date": day, "slider": score._slider}


def _wheel(widget, down=True):
    """A real (spontaneous) wheel notch over the middle of `widget`, through the window system."""
    window = widget.window()
    at = widget.mapTo(window, widget.rect().center())
    QTest.wheelEvent(window.windowHandle(), QPointF(at), QPoint(0, -120 if down else 120))


def _value(widget):
    return widget.date() if isinstance(widget, QDateEdit) else (
        widget.currentIndex() if hasattr(widget, "currentIndex") else widget.value())


@pytest.mark.parametrize("kind", ["combo", "spin", "date", "slider"])
def test_the_wheel_scrolls_past_an_unfocused_field_without_changing_it(qtbot, form, kind):
    scroll, widgets = form
    widget = widgets[kind]
    scroll.ensureWidgetVisible(widget)
    scroll.setFocus()
    before, position = _value(widget), scroll.verticalScrollBar().value()
    _wheel(widget)
    assert _value(widget) == before and not widget.hasFocus()
    assert scroll.verticalScrollBar().value() > position  # the form scrolled instead


@pytest.mark.parametrize("kind", ["combo", "spin", "date", "slider"])
def test_the_wheel_changes_a_focused_field(qtbot, form, kind):
    scroll, widgets = form
    widget = widgets[kind]
    scroll.ensureWidgetVisible(widget)
    widget.setFocus()
    before = _value(widget)
    _wheel(widget, down=kind == "combo")
    assert _value(widget) != before


def test_digits_typed_right_after_a_click_land_in_the_date(qtbot, form):
    _scroll, widgets = form
    day = widgets["date"]
    day.setDisplayFormat("dd-MM-yyyy")
    line = day.lineEdit()
    width = line.fontMetrics().horizontalAdvance
    for before, typed in (("", "15"), ("15-0", "11"), ("15-11-20", "2027")):
        QTest.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(width(before) + width("0") // 2 + 3,
                                                                          line.height() // 2))
        QTest.keyClicks(line, typed)
    assert day.date() == QDate(2027, 11, 15)


# --- the 1-10 slider ---------------------------------------------------------------------
@pytest.fixture
def slider(qtbot):
    make_qapp()
    widget = ScoreSlider("Start")
    widget.resize(420, 40)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _x_of(track, value):
    """Where the track draws `value` (the handle's centre)."""
    groove, handle = track._rects()
    span = groove.width() - handle.width()
    from PySide6.QtWidgets import QStyle
    return groove.x() + handle.width() // 2 + QStyle.sliderPositionFromValue(track.minimum(), track.maximum(),
                                                                             value, span)


@pytest.mark.parametrize("wanted", [1, 3, 7, 10])
def test_a_click_on_the_track_goes_where_you_clicked(qtbot, slider, wanted):
    track = slider._slider
    QTest.mouseClick(track, Qt.MouseButton.LeftButton, pos=QPoint(_x_of(track, wanted), track.height() // 2))
    assert slider.value() == wanted


def test_number_keys_set_the_score_and_zero_means_ten(qtbot, slider):
    slider.setFocus()
    for key, wanted in ((Qt.Key.Key_1, 1), (Qt.Key.Key_7, 7), (Qt.Key.Key_0, 10), (Qt.Key.Key_4, 4)):
        QTest.keyClick(slider._slider, key)
        assert slider.value() == wanted
    QTest.keyClick(slider._slider, Qt.Key.Key_Delete)
    assert slider.value() is None
    slider.setReadOnly(True)
    QTest.keyClick(slider._slider, Qt.Key.Key_5)
    assert slider.value() is None


def test_not_set_looks_different_from_one_and_keys_never_reach_it(qtbot, slider):
    track = slider._slider
    assert slider._shown.text() == "–" and track.accessibleDescription() == "niet ingevuld"
    plain = QSlider(Qt.Orientation.Horizontal)  # what the track drew before: a handle at the far left
    plain.setRange(track.minimum(), track.maximum())
    plain.setTickPosition(track.tickPosition())
    plain.setTickInterval(1)
    plain.resize(track.size())
    _groove, handle = track._rects()
    assert track.grab().toImage().copy(handle) != plain.grab().toImage().copy(handle)
    slider.setValue(1)
    assert slider._shown.text() == "1 / 10"
    slider.setValue(None)
    QTest.keyClick(track, Qt.Key.Key_Right)
    assert slider.value() == 1
    QTest.keyClick(track, Qt.Key.Key_Left)
    QTest.keyClick(track, Qt.Key.Key_Home)
    assert slider.value() == 1  # only Delete or × clear it
