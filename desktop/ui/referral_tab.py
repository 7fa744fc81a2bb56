"""Verwijzingen: the referral log, whose partner is picked from the sociale kaart."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import QComboBox, QWidget

from desktop.settings import Settings
from desktop.ui.contacts_tab import RecordLogTab
from desktop.ui.i18n import lang, tr
from desktop.vault import Vault, kaart
from forms import KaartEntry, Record, Referral
from forms.vocab import label


class ReferralTab(RecordLogTab):
    """Choosing a partner fills in her name and remembers which entry (and its kind) she is."""

    def __init__(self, vault: Vault, participant_id: UUID, settings: Settings | None = None,
                 parent: QWidget | None = None):
        self.partner_box = QComboBox(accessibleName=tr("Partner van de sociale kaart"))
        # Long partner names must not widen the dossier past a small laptop's screen.
        self.partner_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.partner_box.setMinimumContentsLength(16)
        super().__init__(vault, participant_id, "referral", settings, parent)
        self.fill_partners()
        self.partner_box.activated.connect(self._partner_chosen)

    def _above_form(self) -> list[QWidget]:
        return [self.partner_box]

    def fill_partners(self) -> None:
        self.partner_box.clear()
        self.partner_box.addItem(tr("Van de sociale kaart…"), None)
        for item in kaart.entries(self._vault):
            e = item.entry
            wait = " — " + tr("gewoonlijk {n} dagen").format(n=e.waiting_days) if e.waiting_days is not None else ""
            self.partner_box.addItem(f"{label('partner_kinds', e.kind, lang())}: {e.name}{wait}", e)

    def chosen(self) -> KaartEntry | None:
        return self.partner_box.currentData()

    def _partner_chosen(self, _index: int) -> None:
        entry = self.chosen()
        if entry is not None:
            self.form.set_values(self.form.values() | {"partner": entry.name})
            self.form.edited.emit("partner", entry.name)

    def edit(self, row: int) -> None:
        super().edit(row)
        partner_id = getattr(self.editing, "partner_id", None)
        found = next((i for i in range(1, self.partner_box.count())
                      if self.partner_box.itemData(i).id == partner_id), 0)
        self.partner_box.setCurrentIndex(found)

    def new(self) -> None:
        super().new()
        self.partner_box.setCurrentIndex(0)

    def _completed(self, record: Record) -> Record:
        entry = self.chosen()
        if isinstance(record, Referral) and entry is not None and record.partner == entry.name:
            return record.model_copy(update={"partner_id": entry.id, "partner_kind": entry.kind})
        return record
