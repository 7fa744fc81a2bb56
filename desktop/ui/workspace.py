"""The unlocked workspace: the caseload on the left, the chosen dossier on the right."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from desktop.settings import Settings
from desktop.ui.agenda_panel import AgendaPanel
from desktop.ui.caseload_screen import CaseloadScreen
from desktop.ui.dossier_screen import DossierScreen
from desktop.ui.events import VaultEvents
from desktop.ui.i18n import tr
from desktop.ui.widgets.common import Banner, button
from desktop.vault import Vault, VaultError

DRAFT_TABS = {"intake": 1, "goal": 3, "contact": 4, "referral": 5, "consent": 6}  # tab index per draft form


def draft_participants(vault: Vault) -> list[tuple[str, UUID]]:
    """(form, participant id) of every draft the vault holds, oldest first."""
    found = []
    for key, _at, _body in vault.drafts():
        form, _, pid = key.partition(":")
        try:
            found.append((form, UUID(pid)))
        except ValueError:
            continue
    return found


class Workspace(QWidget):
    """Emits `sign_requested(plan_record_id)` and `title_changed(str)` (never a name)."""

    sign_requested = Signal(object)
    title_changed = Signal(str)
    conflicts_requested = Signal(object)  # a participant id: her open conflicts, for review

    def __init__(self, vault: Vault, events: VaultEvents, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault, self._settings = vault, settings
        self.dossier: DossierScreen | None = None
        self.caseload = CaseloadScreen(vault)
        self.caseload.participant_selected.connect(self.open_dossier)
        self.caseload.agenda_requested.connect(self.show_agenda)
        self.right = QStackedWidget()
        # Before a dossier is chosen, and again with Ctrl+G: what is due (issue 14 §3).
        self.empty = self.agenda = AgendaPanel(vault)
        self.agenda.open_requested.connect(self.open_at)
        self.right.addWidget(self.empty)
        self.audit_banner = Banner()  # shown when the audit log lost its last entries
        if not vault.audit_head_intact():
            self.audit_banner.show_message(tr(
                "Let op: de laatste regels van het auditlog zijn weggehaald. Iemand heeft deze kluis"
                " buiten Koers om veranderd; meld het bij je leidinggevende."))
        self.update_banner = Banner()  # shown once after a schema migration
        if vault.update_backup is not None:
            self.update_banner.show_message(tr(
                "Koers is bijgewerkt en je kluis is aangepast aan deze versie. Eerst is er een "
                "back-up van de oude kluis gemaakt: %1").replace("%1", vault.update_backup.name))
        self.drafts_banner = Banner()
        self.restore_button = self.drafts_banner.add_button(button(tr("Concept &openen")))
        self.restore_button.clicked.connect(self.open_first_draft)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.caseload)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 1066])  # the dossier gets the room: its seven tabs fit at 1280 px
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.audit_banner)
        layout.addWidget(self.update_banner)
        layout.addWidget(self.drafts_banner)
        layout.addWidget(splitter, 1)
        events.changed.connect(self.caseload.on_changed)
        events.changed.connect(self.agenda.on_changed)
        events.changed.connect(lambda changes: self.dossier and self.dossier.on_changed(changes))
        self.offer_drafts()

    def show_agenda(self) -> None:
        self.right.setCurrentWidget(self.agenda)
        self.agenda.tree.setFocus()

    def open_at(self, participant_id: UUID, tab: str) -> DossierScreen | None:
        """Her dossier at the tab an agenda line points to."""
        screen = self.open_dossier(participant_id)
        if screen is not None and screen.participant_id == participant_id:
            self.right.setCurrentWidget(screen)
            screen.show_tab(tab)
        return screen

    def open_dossier(self, participant_id: UUID) -> DossierScreen | None:
        if self.dossier is not None and self.dossier.participant_id == participant_id:
            self.right.setCurrentWidget(self.dossier)  # it may be behind the agenda
            return self.dossier
        if self.dossier is not None and not self.dossier.confirm_leave():
            self.caseload.select(self.dossier.participant_id, notify=False)  # she stays with her work
            return self.dossier
        try:
            screen = DossierScreen(self._vault, participant_id, self._settings)
        except VaultError:
            return None
        if self.dossier is not None:
            self.dossier.flush_drafts()
            self.right.removeWidget(self.dossier)
            self.dossier.deleteLater()
        self.dossier = screen
        screen.sign_requested.connect(self.sign_requested)
        screen.erased.connect(self.close_erased)
        screen.conflicts_requested.connect(self.conflicts_requested)
        self.right.addWidget(screen)
        self.right.setCurrentWidget(screen)
        self.caseload.select(participant_id, notify=False)
        self.title_changed.emit(tr("Dossier"))
        return screen

    def close_erased(self, participant_id: UUID) -> None:
        """Her dossier was erased: nothing of it stays on the screen."""
        if self.dossier is None or self.dossier.participant_id != participant_id:
            return
        self.right.removeWidget(self.dossier)
        self.dossier.deleteLater()
        self.dossier = None
        self.right.setCurrentWidget(self.empty)
        self.title_changed.emit(tr("Deelnemers"))
        self.caseload.refresh()
        self.offer_drafts()

    # --- drafts offered back after unlocking -------------------------------------------
    def offer_drafts(self) -> None:
        drafts = draft_participants(self._vault)
        if not drafts:
            self.drafts_banner.setVisible(False)
            return
        self.drafts_banner.show_message(
            tr("Er is niet-opgeslagen werk van de vorige keer ({n} concept(en)). Open het om het te bewaren of weg te gooien.")
            .format(n=len(drafts)))

    def open_first_draft(self) -> None:
        drafts = draft_participants(self._vault)
        if not drafts:
            self.drafts_banner.setVisible(False)
            return
        form, participant_id = drafts[0]
        screen = self.open_dossier(participant_id)
        if screen is None:  # the dossier is gone: the draft has nothing to belong to
            self._vault.discard_draft(f"{form}:{participant_id}")
        elif screen.participant_id == participant_id:
            screen.tabs.setCurrentIndex(DRAFT_TABS.get(form, 0))
        self.drafts_banner.setVisible(False)  # the tab itself says a draft was put back

    def flush_drafts(self) -> None:
        if self.dossier is not None:
            self.dossier.flush_drafts()


__all__ = ["Workspace", "draft_participants"]
