"""Sleutels, for worker and supervisor alike: *Mijn sleutel* (name, role, the fingerprint to read
aloud, the public key saved to a file), the keys this vault trusts with their roles, trusting a
new one (desktop.ui.trust_dialog) and revoking one after asking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog, QFileDialog, QFormLayout, QFrame, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
    QVBoxLayout, QWidget,
)

from desktop.ui.i18n import tr
from desktop.ui.key_moves import AcceptIntroductionDialog, IdentityDialog, IntroduceDialog
from desktop.ui.supervisor.models import RowsModel
from desktop.ui.trust_dialog import KEY_FILTER, TrustDialog, fingerprint_label, role_text, vault_message
from desktop.ui.widgets.common import (
    action_row, button, close_box, error_label, heading, hint, list_table, show_error,
)
from desktop.ui.widgets.folders import last_folder, remember_folder
from desktop.vault import Vault, VaultError
from desktop.vault.paths import atomic_write
from desktop.vault.trust import KeyEntry, key_entries, own_public_key, revoke_key


def suggested_file_name(vault: Vault) -> str:
    """Role and fingerprint only: the name stays inside the file, as `koers keys export-public` writes it."""
    me = own_public_key(vault)
    return f"koers-{me.role}-{me.fingerprint}.pub"


def _status(entry: KeyEntry) -> str:
    if entry.revoked_at is None:
        return tr("Vertrouwd")
    return tr("Ingetrokken op %1").replace("%1", f"{entry.revoked_at:%d-%m-%Y}")


class KeysScreen(QDialog):
    """The *Sleutels* window; closed (with the rest) when the vault locks."""

    def __init__(self, vault: Vault, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self.trust_dialog: TrustDialog | None = None
        self.confirm: QMessageBox | None = None
        self.setWindowTitle(tr("Sleutels"))
        self.resize(820, 600)
        layout = QVBoxLayout(self)
        layout.addWidget(self._own_key())
        layout.addWidget(heading(tr("Vertrouwde sleutels"), "Subtitle"))
        layout.addWidget(hint(tr("Van deze sleutels neemt Koers bundels aan, of stuurt het ze bundels."
                                 " Een ingetrokken sleutel blijft in de lijst, zodat wat hij stuurde een naam houdt.")))
        self.model = RowsModel([tr("Naam"), tr("Rol"), tr("Vingerafdruk"), tr("Status")],
                               lambda e: [e.key.name, role_text(e.key.role), e.key.fingerprint, _status(e)], parent=self)
        self.table = list_table(self.model, tr("Vertrouwde sleutels"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.trust_button = button(tr("Sleutel &vertrouwen…"), primary=True)
        self.trust_button.clicked.connect(self.open_trust_dialog)
        self.revoke_button = button(tr("Sleutel &intrekken…"))
        self.revoke_button.clicked.connect(self.ask_revoke)
        # A new laptop: introduced by the old key here, taken on by whoever trusts the old one.
        self.introduce_button = button(tr("Nieuwe laptop intro&duceren…"))
        self.introduce_button.clicked.connect(lambda: self._open(IntroduceDialog(self._vault, self)))
        self.accept_button = button(tr("Introductie &aannemen…"))
        self.accept_button.clicked.connect(self.open_accept_dialog)
        layout.addLayout(action_row(self.trust_button, self.revoke_button,
                                    end=(self.introduce_button, self.accept_button)))
        self.status = QLabel(wordWrap=True)
        layout.addWidget(self.status)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(close_box(self))
        self.table.selectionModel().selectionChanged.connect(self._update)
        self.refresh()

    def _own_key(self) -> QFrame:
        me = own_public_key(self._vault)
        card = QFrame(objectName="Card")
        form = QFormLayout(card)
        form.addRow(heading(tr("Mijn sleutel"), "Subtitle"))
        form.addRow(tr("Naam:"), QLabel(me.name))
        form.addRow(tr("Rol:"), QLabel(role_text(me.role)))
        self.own_fingerprint = fingerprint_label(me.fingerprint)
        form.addRow(tr("Vingerafdruk:"), self.own_fingerprint)
        form.addRow(hint(tr("Lees de vingerafdruk groep voor groep hardop voor (of via de telefoon) wanneer de ander"
                            " jouw sleutel vertrouwt. Het sleutelbestand is openbaar: het bevat geen geheim.")))
        self.save_button = button(tr("Openbare sleutel &opslaan…"))
        self.save_button.clicked.connect(self.choose_save_file)
        self.identity_button = button(tr("&Noodsleutel opslaan…"))
        self.identity_button.setToolTip(tr("Alleen voor noodherstel: opent bundels voor deze kluis"))
        self.identity_button.clicked.connect(lambda: self._open(IdentityDialog(self._vault, self)))
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.identity_button)
        row.addStretch(1)
        form.addRow(row)
        return card

    def refresh(self) -> None:
        self.model.set_rows(key_entries(self._vault))
        self._update()

    def selected(self) -> KeyEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update(self) -> None:
        entry = self.selected()
        self.revoke_button.setEnabled(entry is not None and entry.revoked_at is None)

    # --- Mijn sleutel ---------------------------------------------------------------
    def choose_save_file(self) -> None:
        start = str(Path(last_folder()) / suggested_file_name(self._vault))
        path, _filter = QFileDialog.getSaveFileName(self, tr("Openbare sleutel opslaan"), start,
                                                    tr("Koers-sleutel (%1)").replace("%1", KEY_FILTER))
        if path:
            remember_folder(Path(path))
            self.save_public_key(Path(path))

    def save_public_key(self, path: Path) -> None:
        try:
            atomic_write(path, own_public_key(self._vault).to_file())
        except OSError as error:
            self.status.setText("")
            show_error(self.error, [tr("De sleutel is niet opgeslagen: %1. Kies een andere map of controleer de"
                                       " USB-stick.").replace("%1", error.strerror or type(error).__name__)])
            return
        show_error(self.error, [])
        self.status.setText(tr("Opgeslagen als %1. Geef dit bestand aan de ander en lees daarna samen de"
                               " vingerafdruk voor.").replace("%1", str(path)))

    # --- a new laptop and the emergency key -----------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        self.moves = dialog
        dialog.open()
        return dialog

    def open_accept_dialog(self) -> AcceptIntroductionDialog:
        dialog = AcceptIntroductionDialog(self._vault, self)
        dialog.accepted.connect(lambda: self._introduced(dialog.accepted_keys))
        return self._open(dialog)

    def _introduced(self, keys: tuple) -> None:
        _old, new = keys
        self.refresh()
        self.status.setText(tr("%1 heeft nu de sleutel %2; de oude sleutel is ingetrokken en haar dossiers horen bij"
                               " de nieuwe.").replace("%1", new.name).replace("%2", new.fingerprint))

    # --- trusting and revoking ------------------------------------------------------
    def open_trust_dialog(self) -> TrustDialog:
        self.trust_dialog = TrustDialog(self._vault, parent=self)
        self.trust_dialog.accepted.connect(self._trusted)
        self.trust_dialog.open()
        return self.trust_dialog

    def _trusted(self) -> None:
        key = self.trust_dialog.trusted
        self.refresh()
        show_error(self.error, [])
        self.status.setText(tr("%1 is vertrouwd als %2.").replace("%1", key.name).replace("%2", role_text(key.role).lower()))

    def ask_revoke(self) -> QMessageBox | None:
        entry = self.selected()
        if entry is None or entry.revoked_at is not None:
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Sleutel intrekken"),
                          tr("De sleutel van %1 intrekken? Bundels die met deze sleutel zijn ondertekend worden daarna"
                             " geweigerd; dat kan niet ongedaan worden gemaakt. Haar dossiers blijven in deze kluis.")
                          .replace("%1", entry.key.name), parent=self)
        revoke = box.addButton(tr("&Intrekken"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(tr("Annuleren"), QMessageBox.ButtonRole.RejectRole))
        box.buttonClicked.connect(lambda clicked: clicked is revoke and self.revoke(entry))
        self.confirm = box
        box.open()
        return box

    def revoke(self, entry: KeyEntry) -> None:
        try:
            revoke_key(self._vault, entry.key.fingerprint)
        except VaultError as error:
            show_error(self.error, [vault_message(error)])
            return
        self.refresh()
        show_error(self.error, [])
        self.status.setText(tr("De sleutel van %1 is ingetrokken. Bundels met deze sleutel worden voortaan"
                               " geweigerd.").replace("%1", entry.key.name))
