"""What is due (issue 14 §3) on the caseload page: *Deze week* and *Te laat*, from
desktop.vault.agenda. Double-click or Enter on a line opens her dossier at the right tab."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QVBoxLayout, QWidget

from desktop.ui.i18n import tr
from desktop.ui.models.agenda_model import AgendaModel
from desktop.ui.widgets.common import heading, hint
from desktop.vault import Changes, Vault
from desktop.vault.agenda import SETTINGS_KIND, agenda, rules

# Kinds of records whose change can change what is due.
AGENDA_KINDS = {"participant", "phase", "plan", "evaluation", "contact", "referral", "assessment", "aftercare",
                "retention", "kaart", "handover", SETTINGS_KIND}


class AgendaPanel(QWidget):
    """Emits `open_requested(participant_id, tab_key)`."""

    open_requested = Signal(object, str)

    def __init__(self, vault: Vault, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self.model = AgendaModel(self)
        self.tree = QTreeView(accessibleName=tr("Agenda: wat deze week moet en wat te laat is"))
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAlternatingRowColors(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(True)
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.activated.connect(self._activated)  # double-click, and Enter on the keyboard
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(tr("Agenda"), "Subtitle"))
        layout.addWidget(hint(tr("Dubbelklik of druk op Enter om het dossier te openen. Kies links een deelnemer"
                                 " (Ctrl+F zoeken, Ctrl+N nieuw).")))
        layout.addWidget(self.tree, 1)
        self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.model.show(agenda(self._vault), rules(self._vault))
        self.tree.expandAll()
        for row in range(self.model.rowCount()):  # a group's title spans the line
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)

    def on_changed(self, changes: Changes) -> None:
        """Refresh now when shown; while a dossier is in front, once the agenda shows again
        (it reads every open dossier: not after each save nobody sees)."""
        if changes.kinds & AGENDA_KINDS:
            self._stale = True
            if self.isVisible():
                self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _activated(self, index) -> None:
        target = self.model.target(index)
        if target is not None:
            self.open_requested.emit(*target)
