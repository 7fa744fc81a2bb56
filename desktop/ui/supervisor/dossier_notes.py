"""On a dossier another worker owns: the banner that says whose it is and that it is read-only,
her supervisor's notes (written here, sent back to the owner), and a banner for open conflicts."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.ui.i18n import tr
from desktop.ui.widgets.common import Banner, button, hint
from desktop.vault import Vault
from desktop.vault.conflicts import open_conflicts
from desktop.vault.supervision import add_note, notes, owner_name


class ReadOnlyBar(QFrame):
    """'Dossier van Anna Werker, alleen lezen', a note for her, and open conflicts, if any.
    Emits `conflicts_requested(participant id)`."""

    conflicts_requested = Signal(object)

    def __init__(self, vault: Vault, participant_id: UUID, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault, self._pid = vault, participant_id
        self.owner = owner_name(vault, participant_id)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.banner = Banner()
        self.note_button = self.banner.add_button(button(tr("&Notitie voor de begeleider…")))
        self.note_button.clicked.connect(self.start_note)
        layout.addWidget(self.banner)
        self.conflict_banner = Banner()
        self.review_button = self.conflict_banner.add_button(button(tr("Conflict &bekijken")))
        self.review_button.clicked.connect(lambda: self.conflicts_requested.emit(self._pid))
        layout.addWidget(self.conflict_banner)
        self.editor_box = QFrame(objectName="Card")
        box = QVBoxLayout(self.editor_box)
        box.addWidget(hint(tr("Je notitie gaat met de volgende bundel terug naar de begeleider. Het dossier zelf"
                              " verandert niet.")))
        self.editor = QPlainTextEdit(accessibleName=tr("Notitie"))
        self.editor.setMaximumHeight(90)
        box.addWidget(self.editor)
        self.save_button = button(tr("Notitie &bewaren"), primary=True)
        self.save_button.clicked.connect(self.save_note)
        box.addWidget(self.save_button)
        self.notes_label = QLabel(wordWrap=True)
        box.addWidget(self.notes_label)
        self.editor_box.setVisible(False)
        layout.addWidget(self.editor_box)
        self.refresh()

    @property
    def read_only(self) -> bool:
        return self.owner is not None

    def refresh(self) -> None:
        if self.read_only and self._vault.role == "supervisor":  # a worker's copy of a colleague's says so itself
            self.banner.show_message(tr("Dossier van %1, alleen lezen. Je opmerkingen schrijf je in een notitie;"
                                        " die gaat terug naar %1.").replace("%1", self.owner))
        waiting = len(open_conflicts(self._vault, self._pid))
        if waiting:
            self.conflict_banner.show_message(tr("Open conflicten in dit dossier: %1. Van een gegeven zijn twee versies"
                                                 " binnengekomen; hier zie je de versie die nu geldt.")
                                              .replace("%1", str(waiting)))
        else:
            self.conflict_banner.setVisible(False)
        written = notes(self._vault, self._pid) if self.read_only else []
        self.notes_label.setText("\n".join(f"• {n.text}" for n in written if n.text))

    def start_note(self) -> None:
        self.editor_box.setVisible(True)
        self.editor.setFocus()

    def save_note(self) -> None:
        text = self.editor.toPlainText().strip()
        if not text:
            return
        add_note(self._vault, self._pid, text)
        self.editor.clear()
        self.refresh()
