"""The style sheet keeps what Fusion draws for a worker to click: the arrows of a spin box and of
a drop-down list. Giving those boxes a frame of their own in the sheet took their arrows away."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QComboBox, QSpinBox, QStyle, QStyleOptionComboBox, QStyleOptionSpinBox

from desktop.ui.style import apply_style


def _dark_pixels_near_the_middle(widget, rect: QRect) -> int:
    image = widget.grab().toImage()
    middle = rect.center()
    return sum(1 for x in range(middle.x() - 3, middle.x() + 4) for y in range(middle.y() - 3, middle.y() + 4)
               if image.pixelColor(x, y).lightness() < 160)


def test_spin_boxes_and_drop_down_lists_show_their_arrows(qtbot, qapp):
    apply_style(qapp)
    spin, combo = QSpinBox(suffix=" min", value=5), QComboBox()
    combo.addItems(["Nederlands", "English"])
    for widget in (spin, combo):
        qtbot.addWidget(widget)
        widget.resize(240, widget.sizeHint().height())
        widget.show()
    spin_option, combo_option = QStyleOptionSpinBox(), QStyleOptionComboBox()
    spin.initStyleOption(spin_option)
    combo.initStyleOption(combo_option)
    style = spin.style()
    for sub in (QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown):
        rect = style.subControlRect(QStyle.ComplexControl.CC_SpinBox, spin_option, sub, spin)
        assert _dark_pixels_near_the_middle(spin, rect) > 0, sub
    arrow = style.subControlRect(QStyle.ComplexControl.CC_ComboBox, combo_option, QStyle.SubControl.SC_ComboBoxArrow, combo)
    assert _dark_pixels_near_the_middle(combo, arrow) > 0
