"""Sleutel vertrouwen: open another side's public key file, compare its fingerprint aloud or by
phone, then trust it with a role. Also used in place by the supervisor's import screen, where
the key must be the one that signed the refused bundle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit,
    QVBoxLayout, QWidget,
)

from desktop.ui.i18n import lang, tr
from desktop.ui.widgets.common import button, error_label, heading, hint, ok_cancel, show_error
from desktop.ui.widgets.folders import last_folder, remember_folder
from desktop.vault import Vault, VaultError
from desktop.vault.trust import trust_key
from exports.bundle import BundleError, PublicKey
from forms.catalogue import Message

MAX_KEY_FILE = 64 * 1024
KEY_FILTER = "*.pub *.json"


def role_text(role: str) -> str:
    return tr("Supervisor") if role == "supervisor" else tr("Begeleider")


def fingerprint_label(fingerprint: str = "") -> QLabel:
    """The fingerprint in large, fixed-width groups; a screen reader spells it out."""
    label = QLabel()
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(label.font().pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    show_fingerprint(label, fingerprint)
    return label


def show_fingerprint(label: QLabel, fingerprint: str) -> None:
    label.setText("   ".join(fingerprint.split("-")))
    label.setAccessibleName(tr("Vingerafdruk: %1").replace("%1", ", ".join(" ".join(g) for g in fingerprint.split("-"))))


def vault_message(error: VaultError) -> str:
    """A vault refusal said in the screen's language."""
    return error.render(lang())


class TrustDialog(QDialog):
    """Open a key file, compare, trust. With `signer` (a fingerprint) only that key is accepted,
    as a begeleider: the sender of a bundle the import screen refused."""

    def __init__(self, vault: Vault, signer: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault, self._signer = vault, signer
        self.key: PublicKey | None = None
        self.trusted: PublicKey | None = None
        self.setWindowTitle(tr("Sleutel vertrouwen"))
        self.setMinimumWidth(780)  # room for the fingerprint, so the dialog does not jump when it shows
        self.resize(820, 540)  # and for the comparison's words, 40% longer in some languages
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Sleutel vertrouwen")))
        self.intro = hint(self._intro())
        layout.addWidget(self.intro)
        self.open_button = button(tr("Sleutelbestand &openen…"), primary=True)
        self.open_button.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        sides = QHBoxLayout()
        sides.addWidget(self._file_side(), 1)
        sides.addWidget(self._compare_side(), 1)
        layout.addLayout(sides)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons = ok_cancel(tr("&Vertrouwen"), self.trust, self.reject)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(self.buttons)
        self._update()

    def _intro(self) -> str:
        if self._signer:
            return (tr("De bundel is ondertekend met de sleutel met vingerafdruk %1. Open het sleutelbestand"
                       " van de begeleider (zij slaat het op via Koers → Sleutels).")
                    .replace("%1", self._signer))
        return tr("Open het sleutelbestand dat de ander je gaf (een .pub-bestand, bijvoorbeeld op een USB-stick).")

    def _file_side(self) -> QFrame:
        card = QFrame(objectName="Card")
        form = QFormLayout(card)
        form.addRow(heading(tr("In het bestand"), "Subtitle"))
        self.name = QLineEdit(accessibleName=tr("Naam"))
        self.name.setMaxLength(80)
        form.addRow(tr("&Naam:"), self.name)
        self.role = QComboBox(accessibleName=tr("Rol"))
        for role in ("begeleider", "supervisor"):
            self.role.addItem(role_text(role), role)
        self.role.setEnabled(self._signer is None)  # a bundle's sender is a begeleider
        form.addRow(tr("&Rol:"), self.role)
        self.fingerprint = fingerprint_label()
        form.addRow(tr("Vingerafdruk:"), self.fingerprint)
        return card

    def _compare_side(self) -> QFrame:
        card = QFrame(objectName="Card")
        box = QVBoxLayout(card)
        box.addWidget(heading(tr("Vergelijk hardop"), "Subtitle"))
        box.addWidget(hint(tr("Bel de ander of vraag het haar in persoon: laat haar de vingerafdruk voorlezen die"
                              " haar eigen Koers toont onder Sleutels → Mijn sleutel. Vergelijk elke groep."
                              " Wijkt één teken af, vertrouw de sleutel dan niet en vraag een nieuw bestand.")))
        self.matches = QCheckBox(tr("De vingerafdruk &komt overeen"))
        self.matches.toggled.connect(self._update)
        box.addWidget(self.matches)
        box.addStretch(1)
        return card

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, tr("Sleutelbestand openen"), last_folder(),
                                                    tr("Koers-sleutel (%1)").replace("%1", KEY_FILTER))
        if path:
            remember_folder(Path(path))
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Read the key file and show what it holds; a refusal says what to do."""
        self.key = None
        self.matches.setChecked(False)
        try:
            with path.open("rb") as handle:  # capped: a device such as /dev/zero has no size and never ends
                data = handle.read(MAX_KEY_FILE + 1)
            if len(data) > MAX_KEY_FILE:
                raise BundleError("key_file", detail=Message("exchange.bundle.detail.too-large"))
            key = PublicKey.from_file(data)
        except BundleError as error:
            return self._refuse(error.render(lang()), tr("Vraag de ander het bestand opnieuw op te slaan."))
        except OSError as error:
            return self._refuse(tr("Het bestand kon niet worden gelezen: %1").replace(
                "%1", error.strerror or type(error).__name__), "")
        if self._signer and key.fingerprint != self._signer:
            return self._refuse(tr("Dit sleutelbestand hoort niet bij de afzender van de bundel."),
                                tr("Vraag de begeleider die de bundel maakte om haar eigen sleutelbestand."))
        self.key = key
        self.name.setText(key.name)
        self.role.setCurrentIndex(self.role.findData("begeleider" if self._signer else key.role))
        show_fingerprint(self.fingerprint, key.fingerprint)
        show_error(self.error, [])
        self._update()
        self.matches.setFocus()

    def _refuse(self, what: str, next_step: str) -> None:
        show_fingerprint(self.fingerprint, "")
        self.name.clear()
        show_error(self.error, [line for line in (what[:1].upper() + what[1:], next_step) if line])
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(self.key is not None and self.matches.isChecked())

    def trust(self) -> None:
        if self.key is None or not self.matches.isChecked():
            return
        try:
            self.trusted = trust_key(self._vault, self.key, self.role.currentData(), self.name.text().strip() or None)
        except VaultError as error:
            show_error(self.error, [vault_message(error)])
            return
        self.accept()
