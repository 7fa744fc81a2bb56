"""Unsaved work, shown and asked about: every editor that does not save as you go uses these.

An editor page offers `has_unsaved()`, `save_unsaved() -> bool` and `discard_unsaved()`, and
emits `unsaved_changed(bool)`; the dossier marks its tab and asks before she leaves it.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from desktop.ui.i18n import tr


class Answer(Enum):
    SAVE, DISCARD, STAY = "save", "discard", "stay"


def unsaved_mark() -> QLabel:
    """'Niet opgeslagen' beside a Save button; hidden while everything is stored."""
    label = QLabel(tr("● Niet opgeslagen"))
    label.setObjectName("FieldError")
    label.setAccessibleName(tr("Niet opgeslagen"))
    label.setVisible(False)
    return label


def ask_unsaved(parent: QWidget, what: str) -> Answer:
    """Save, throw away, or stay: asked before leaving an editor with unsaved changes."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Niet opgeslagen"),
                      tr("{what} is nog niet opgeslagen. Wil je het opslaan?").format(what=what), parent=parent)
    save = box.addButton(tr("&Opslaan"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("&Niet opslaan"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(tr("&Blijven"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    return Answer.SAVE if clicked is save else Answer.DISCARD if clicked is discard else Answer.STAY


def settle(page: QWidget, what: str) -> bool:
    """Ask about `page`'s unsaved work; True when she may leave (saved or thrown away)."""
    if not page.has_unsaved():
        return True
    answer = ask_unsaved(page, what)
    if answer is Answer.SAVE:
        return page.save_unsaved()
    if answer is Answer.DISCARD:
        page.discard_unsaved()
        return True
    return False


__all__ = ["Answer", "ask_unsaved", "settle", "unsaved_mark"]
