"""A worker's key moving on, from *Sleutels*: on the old laptop *Nieuwe laptop introduceren*
(the new laptop's public key, compared aloud, introduced by the old key: `koers keys introduce`);
at the supervisor *Introductie aannemen* (the new key takes over the old one's dossiers:
`koers keys accept-introduction`); and *Noodsleutel opslaan* (the age identity for disaster
recovery, after the passphrase again: `koers keys export-identity`).

Every file here comes from a USB stick: read capped, checked by the vault's own code, and
refused in plain words. File names carry a fingerprint, never a name.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout,
    QWidget,
)

from desktop.ui.i18n import lang, tr
from desktop.ui.trust_dialog import (
    KEY_FILTER, MAX_KEY_FILE, fingerprint_label, role_text, show_fingerprint, vault_message,
)
from desktop.ui.widgets.common import button, error_label, heading, hint, ok_cancel, show_error
from desktop.ui.widgets.folders import last_folder, remember_folder
from desktop.ui.worker import on_own_connection, run_in_background
from desktop.vault import Vault, VaultError, WrongPassphrase
from desktop.vault.exchange import identity_file
from desktop.vault.paths import atomic_write
from desktop.vault.trust import accept_introduction, introduce, trusted_keys
from exports.bundle import BundleError, PublicKey
from exports.bundle.introduction import read_introduction
from forms.catalogue import Message


def read_capped(path: Path, limit: int = MAX_KEY_FILE) -> bytes:
    """At most `limit` bytes; a larger file (or a device that never ends) is refused."""
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise BundleError("key_file", detail=Message("exchange.bundle.detail.too-large"))
    return data


def _refusal(error: Exception) -> str:
    if isinstance(error, BundleError):
        return error.render(lang())
    if isinstance(error, VaultError):
        return vault_message(error)
    reason = getattr(error, "strerror", None) or type(error).__name__
    return tr("Het bestand kon niet worden gelezen: %1").replace("%1", reason)


class _KeyFileDialog(QDialog):
    """Title, intro, an *open* button, a card with what the file holds, an error line, OK/Cancel."""

    def __init__(self, title: str, intro: str, open_text: str, ok_text: str, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 460)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(heading(title))
        self.layout_.addWidget(hint(intro))
        self.open_button = button(open_text, primary=True)
        self.open_button.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.card = QFrame(objectName="Card")
        self.form = QFormLayout(self.card)
        self.layout_.addWidget(self.card)
        self.error = error_label()
        self.layout_.addWidget(self.error)
        self.buttons = ok_cancel(ok_text, self.go, self.reject)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.layout_.addWidget(self.buttons)

    def open_file(self, title: str, filter_text: str) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, title, last_folder(), filter_text)
        if path:
            remember_folder(Path(path))
            self.load_file(Path(path))

    def choose_file(self) -> None:
        raise NotImplementedError

    def load_file(self, path: Path) -> None:
        raise NotImplementedError

    def go(self) -> None:
        raise NotImplementedError


class IntroduceDialog(_KeyFileDialog):
    """On the old laptop: open the new laptop's key file, compare, save the introduction."""

    def __init__(self, vault: Vault, parent: QWidget | None = None):
        super().__init__(tr("Nieuwe laptop introduceren"), tr(
            "Op je nieuwe laptop: maak de kluis, sla onder Sleutels je openbare sleutel op en zet hem op een USB-stick."
            " Open dat bestand hier en vergelijk de vingerafdruk met die onder Sleutels → Mijn sleutel op de"
            " nieuwe laptop. Deze laptop ondertekent dan een introductie die je leidinggevende aanneemt;"
            " daarna horen je dossiers bij de nieuwe sleutel."), tr("Sleutel&bestand openen…"),
            tr("Introductie &opslaan…"), parent)
        self._vault = vault
        self.key: PublicKey | None = None
        self.fingerprint = fingerprint_label()
        self.form.addRow(tr("Vingerafdruk:"), self.fingerprint)
        self.matches = QCheckBox(tr("Dezelfde vingerafdruk als op de nieuwe laptop"))
        self.matches.toggled.connect(self._update)
        self.form.addRow(self.matches)
        self.status = QLabel(wordWrap=True)
        self.layout_.insertWidget(self.layout_.indexOf(self.error), self.status)

    def choose_file(self) -> None:
        self.open_file(tr("Sleutelbestand openen"), tr("Koers-sleutel (%1)").replace("%1", KEY_FILTER))

    def load_file(self, path: Path) -> None:
        self.key = None
        self.matches.setChecked(False)
        try:
            self.key = PublicKey.from_file(read_capped(path))
        except (BundleError, OSError) as error:
            show_fingerprint(self.fingerprint, "")
            show_error(self.error, [_refusal(error)])
        else:
            show_fingerprint(self.fingerprint, self.key.fingerprint)
            show_error(self.error, [])
            self.matches.setFocus()
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(self.key is not None and self.matches.isChecked())

    def go(self) -> None:
        if self.key is None:
            return
        start = str(Path(last_folder()) / f"koers-introductie-{self.key.fingerprint}.json")
        path, _filter = QFileDialog.getSaveFileName(self, tr("Introductie opslaan"), start, "JSON (*.json)")
        if path:
            remember_folder(Path(path))
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        try:
            atomic_write(path, introduce(self._vault, self.key))
        except (VaultError, OSError) as error:
            show_error(self.error, [_refusal(error)])
            return
        show_error(self.error, [])
        self.status.setText(tr("Introductie opgeslagen als %1. Geef dit bestand aan je leidinggevende.")
                            .replace("%1", str(path)))


class AcceptIntroductionDialog(_KeyFileDialog):
    """At the supervisor: open an introduction, see old and new key, take it."""

    def __init__(self, vault: Vault, parent: QWidget | None = None):
        super().__init__(tr("Introductie aannemen"), tr(
            "Een begeleider met een nieuwe laptop geeft je een introductie, ondertekend door haar oude sleutel."
            " Na het aannemen vertrouwt Koers haar nieuwe sleutel, is de oude ingetrokken en horen haar dossiers"
            " bij de nieuwe."), tr("Introductie &openen…"), tr("&Aannemen"), parent)
        self._vault = vault
        self.data: bytes | None = None
        self.accepted_keys: tuple[PublicKey, PublicKey] | None = None
        self.who = QLabel(wordWrap=True)
        self.form.addRow(tr("Van:"), self.who)
        self.old_fingerprint, self.new_fingerprint = fingerprint_label(), fingerprint_label()
        self.form.addRow(tr("Oude sleutel:"), self.old_fingerprint)
        self.form.addRow(tr("Nieuwe sleutel:"), self.new_fingerprint)

    def choose_file(self) -> None:
        self.open_file(tr("Introductie openen"), tr("Introductie (%1)").replace("%1", "*.json"))

    def load_file(self, path: Path) -> None:
        self.data = None
        try:
            data = read_capped(path)
            old, new = read_introduction(data, trusted_keys(self._vault))
        except (BundleError, OSError) as error:
            for label in (self.old_fingerprint, self.new_fingerprint):
                show_fingerprint(label, "")
            self.who.clear()
            show_error(self.error, [_refusal(error), tr("Vraag de begeleider de introductie opnieuw te maken op haar"
                                                        " oude laptop.")])
        else:
            self.data = data
            self.who.setText(f"{old.name} ({role_text(old.role).lower()})")
            show_fingerprint(self.old_fingerprint, old.fingerprint)
            show_fingerprint(self.new_fingerprint, new.fingerprint)
            show_error(self.error, [])
        self.ok.setEnabled(self.data is not None)

    def go(self) -> None:
        try:
            self.accepted_keys = accept_introduction(self._vault, self.data)
        except (BundleError, VaultError) as error:
            show_error(self.error, [_refusal(error)])
            return
        self.accept()


class IdentityDialog(QDialog):
    """The age identity, for disaster recovery only: warned, the passphrase again, then a file."""

    def __init__(self, vault: Vault, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self.busy = False
        self.setWindowTitle(tr("Noodsleutel opslaan"))
        self.resize(660, 400)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Noodsleutel opslaan")))
        layout.addWidget(hint(tr(
            "Met de noodsleutel kan iedereen die hem heeft de bundels openen die voor deze kluis versleuteld zijn."
            " Alleen voor noodherstel, als je leidinggevende erom vraagt: bewaar hem offline, op een veilige plek,"
            " nooit bij de laptop.")))
        form = QFormLayout()
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password, accessibleName=tr("Wachtwoord"))
        form.addRow(tr("&Wachtwoord nogmaals:"), self.passphrase)
        layout.addLayout(form)
        self.status = QLabel(wordWrap=True)
        self.error = error_label()
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        self.buttons = ok_cancel(tr("Noodsleutel &opslaan…"), self.choose_file, self.reject)
        layout.addWidget(self.buttons)

    def choose_file(self) -> None:
        start = str(Path(last_folder()) / "koers-noodsleutel.txt")
        path, _filter = QFileDialog.getSaveFileName(self, tr("Noodsleutel opslaan"), start, "age (*.txt *.key)")
        if path:
            remember_folder(Path(path))
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Checks the passphrase (a second of Argon2) and writes the file off the UI thread."""
        passphrase = self.passphrase.text()
        self.passphrase.clear()
        self.busy = True
        self.buttons.setEnabled(False)
        self.status.setText(tr("Wachtwoord wordt gecontroleerd…"))

        def job(own: Vault) -> Path:
            atomic_write(path, identity_file(own, passphrase))
            return path

        run_in_background(on_own_connection(self._vault, job), self._saved, self._failed)

    def _saved(self, path: Path) -> None:
        self._done()
        show_error(self.error, [])
        self.status.setText(tr("Noodsleutel opgeslagen als %1. Bewaar hem offline en veilig.").replace("%1", str(path)))

    def _failed(self, error: Exception) -> None:
        self._done()
        self.status.clear()
        wrong = isinstance(error, WrongPassphrase)
        show_error(self.error, [tr("Dat wachtwoord klopt niet. Er is niets opgeslagen.") if wrong else _refusal(error)])
        self.passphrase.setFocus()

    def _done(self) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
