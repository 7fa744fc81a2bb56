"""Naar leidinggevende sturen: the worker's half of the exchange. The screen shows what will go
(how many dossiers, what is new or changed since the last time, signed plans as PDF or not) and
to which trusted supervisor, packs and writes the bundle off the UI thread to a folder she picks
(a USB stick), can be cancelled until the file is complete, and says where it went."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QLabel, QProgressBar, QRadioButton,
    QVBoxLayout, QWidget,
)

from desktop.ui.i18n import lang, tr
from desktop.ui.trust_dialog import TrustDialog
from desktop.ui.widgets.common import button, error_label, heading, hint, show_error
from desktop.ui.widgets.folders import last_folder, remember_folder
from desktop.ui.worker import on_own_connection, run_in_background
from desktop.vault import Vault, VaultError
from desktop.vault.exchange import ExportPreview, export_bundle, export_preview, mark_sent, trusted_keys
from desktop.vault.paths import atomic_write
from exports.bundle import BundleError

Runner = Callable[..., object]


class Cancelled(Exception):
    """She pressed Annuleren: nothing was written and nothing counts as sent."""


@dataclass(frozen=True)
class Sent:
    """What the background work hands back when the file is written (None: nothing to send)."""

    path: Path
    to: str
    records: int


def suggested_name(today: dt.date) -> str:
    """Neutral: the date only, never a name or the kind of programme."""
    return f"koers-{today.isoformat()}.koers"


def write_bundle(vault: Vault, to: str, path: Path, since_last: bool, plan_pdfs: bool,
                 cancel: threading.Event, progress: Callable[[int], None]) -> Sent | None:
    """Pack, write (whole or not at all) and mark as sent. Runs off the UI thread."""
    vault.refuse_own_path(path)  # a bundle in the vault's folder could overwrite it, or go with it
    progress(10)
    export = export_bundle(vault, to, since_last=since_last, plan_pdfs=plan_pdfs)
    if not export.sent:
        return None
    progress(70)
    if cancel.is_set():
        raise Cancelled
    atomic_write(path, export.data)  # a temporary file renamed when complete: never half a bundle
    progress(90)
    if cancel.is_set():
        path.unlink(missing_ok=True)
        raise Cancelled
    mark_sent(vault, export)
    progress(100)
    return Sent(path, export.to.name, len(export.sent))


def refusal_lines(error: Exception) -> list[str]:
    """What went wrong and what to do, in the screen's language."""
    lines = [tr("Er is niets verstuurd.")]
    if isinstance(error, BundleError):
        lines.append(error.render(lang()))
    elif isinstance(error, VaultError):
        lines.append(error.render(lang()))
    elif isinstance(error, OSError):
        lines.append(tr("Het bestand kon niet worden geschreven (%1). Controleer of de USB-stick erin zit,"
                        " niet vol is en niet tegen schrijven is beveiligd, en probeer het opnieuw.")
                     .replace("%1", error.strerror or type(error).__name__))
    else:
        lines.append(tr("Onverwachte fout: %1").replace("%1", type(error).__name__))  # no content: it may hold data
    return lines


class SendScreen(QWidget):
    """Choose the supervisor and what goes, then 'Opslaan op USB-stick…'. Emits `sent(Sent)`."""

    sent = Signal(object)

    def __init__(self, vault: Vault, runner: Runner = run_in_background, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault, self._run = vault, runner
        self.busy = False
        self._cancel = threading.Event()
        self.preview: ExportPreview | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Naar leidinggevende sturen")))
        layout.addWidget(hint(tr("Koers zet je dossiers in één versleuteld bestand. Sla het op een USB-stick op en"
                                 " geef het aan je leidinggevende: alleen zij kan het openen, met haar eigen sleutel.")))
        layout.addLayout(self._build_supervisor())
        self.no_supervisor = hint(tr(
            "Je hebt nog geen leidinggevende vertrouwd, dus er kan nog niets naartoe. Vraag je leidinggevende om het"
            " bestand met haar openbare sleutel, lees samen (of aan de telefoon) de vingerafdruk hardop voor, en"
            " vertrouw die sleutel dan in Koers. Daarna kun je hier versturen."))
        layout.addWidget(self.no_supervisor)
        self.trust_button = button(tr("Sleutel van leidinggevende &vertrouwen…"))
        self.trust_button.clicked.connect(self.open_trust_dialog)  # in place, not a detour via Sleutels
        trust_row = QHBoxLayout()
        trust_row.addWidget(self.trust_button)
        trust_row.addStretch(1)
        layout.addLayout(trust_row)
        layout.addWidget(self._build_choices())
        # Who goes anonymously: no current consent to share her dossier with the supervisor.
        self.anonymous = hint("")
        self.anonymous.setAccessibleName(tr("Gaan anoniem mee"))
        layout.addWidget(self.anonymous)
        layout.addLayout(self._build_actions())
        self.status = QLabel(wordWrap=True)
        self.status.setAccessibleName(tr("Uitkomst"))
        layout.addWidget(self.status)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.refresh()

    def _build_supervisor(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.supervisor = QComboBox()
        self.supervisor.setAccessibleName(tr("Leidinggevende"))
        self.supervisor.currentIndexChanged.connect(lambda _i: self._show_preview())
        row.addWidget(QLabel(tr("Lei&dinggevende:"), buddy=self.supervisor))
        row.addWidget(self.supervisor, 1)
        row.addStretch(1)
        self.setFocusProxy(self.supervisor)
        return row

    def _build_choices(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.everything = QRadioButton()
        self.changed_only = QRadioButton()
        self.which = QButtonGroup(self)
        for radio in (self.changed_only, self.everything):
            self.which.addButton(radio)
            layout.addWidget(radio)
        self.changed_only.setChecked(True)
        self.with_pdfs = QCheckBox()
        layout.addWidget(self.with_pdfs)
        self.choices = box
        return box

    def _build_actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.send_button = button(tr("&Opslaan op USB-stick…"), primary=True)
        self.send_button.clicked.connect(self.choose_file)
        row.addWidget(self.send_button)
        self.progress = QProgressBar(maximumWidth=480, visible=False)
        self.progress.setAccessibleName(tr("Voortgang van het versturen"))
        row.addWidget(self.progress)
        self.cancel_button = button(tr("Annuleren"), shortcut="Esc")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setVisible(False)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        return row

    # --- what will go ------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self.busy:
            self.refresh()  # keys may have been trusted and dossiers changed meanwhile

    def refresh(self) -> None:
        """Fill the supervisor list again and show what would go to the chosen one."""
        chosen = self.supervisor.currentText()
        names = [key.name for key in trusted_keys(self._vault, role="supervisor")]
        self.supervisor.blockSignals(True)
        self.supervisor.clear()
        self.supervisor.addItems(names)
        if chosen in names:
            self.supervisor.setCurrentText(chosen)
        self.supervisor.blockSignals(False)
        self.no_supervisor.setVisible(not names)
        self.trust_button.setVisible(not names)
        self._show_preview()

    def _show_preview(self) -> None:
        name = self.supervisor.currentText()
        self.preview = export_preview(self._vault, name) if name else None
        self.supervisor.setEnabled(bool(name) and not self.busy)
        self.choices.setEnabled(self.preview is not None and not self.busy)
        self.send_button.setEnabled(self.preview is not None and not self.busy)
        preview = self.preview or ExportPreview(0, 0, 0, None)
        self.everything.setText(tr("&Alle dossiers (%1)").replace("%1", str(preview.dossiers)))
        since = (tr("sinds de vorige keer, %1").replace("%1", f"{preview.last_export.astimezone():%d-%m-%Y %H:%M}")
                 if preview.last_export else tr("nog nooit verstuurd"))
        self.changed_only.setText(tr("Alleen &nieuw of gewijzigd: %1 dossier(s) (%2)")
                                  .replace("%1", str(preview.changed_dossiers)).replace("%2", since))
        self.with_pdfs.setText(tr("Ondertekende &plannen als PDF meesturen (%1)").replace("%1", str(preview.signed_plans)))
        names = ", ".join(name for _id, name in preview.anonymous)
        self.anonymous.setText(tr("Anoniem, alleen het monitoringformulier (geen naam, geen notities), want er is geen"
                                  " geldige toestemming om te delen met de leidinggevende: %1").replace("%1", names))
        self.anonymous.setVisible(bool(preview.anonymous))

    def open_trust_dialog(self) -> TrustDialog:
        self.trust_dialog = TrustDialog(self._vault, parent=self)
        self.trust_dialog.accepted.connect(self.refresh)
        self.trust_dialog.open()
        return self.trust_dialog

    # --- writing -----------------------------------------------------------------------
    def choose_file(self) -> None:
        if self.preview is None or self.busy:
            return
        start = Path(last_folder()) / suggested_name(dt.date.today())
        path, _filter = QFileDialog.getSaveFileName(self, tr("Bundel opslaan"), str(start),
                                                    tr("Koers-bundel (*.koers)"))
        if path:
            path = Path(path)
            self.send_to(path if path.suffix == ".koers" else path.with_name(path.name + ".koers"))

    def send_to(self, path: Path) -> None:
        """Pack and write the bundle to `path` in the background; the outcome follows."""
        name = self.supervisor.currentText()
        if self.busy or not name:
            return
        remember_folder(path)
        self._cancel = threading.Event()
        self._set_busy(True)
        show_error(self.error, [])
        self.status.setText(tr("Bezig met inpakken en versleutelen…"))
        vault, cancel = self._vault, self._cancel
        since_last, pdfs = self.changed_only.isChecked(), self.with_pdfs.isChecked()
        job = on_own_connection(  # the rule for background work: its own connection, cancelled on lock
            vault, lambda own, progress: write_bundle(own, name, path, since_last, pdfs, cancel, progress))
        self._run(job, self._done, self._failed, self.progress.setValue)

    def cancel(self) -> None:
        if self.busy:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(tr("Wordt geannuleerd…"))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self._show_preview()

    def _done(self, sent: Sent | None) -> None:
        self._set_busy(False)
        if sent is None:
            self.status.setText(tr("Er is niets nieuws of gewijzigd sinds de vorige keer; er is geen bestand gemaakt."))
            return
        self.status.setText(tr("Verstuurd: %1 gegevens staan versleuteld in %2. Alleen %3 kan dit bestand openen;"
                               " je kunt de USB-stick nu veilig uitwerpen.")
                            .replace("%1", str(sent.records)).replace("%2", str(sent.path)).replace("%3", sent.to))
        self.sent.emit(sent)

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        if isinstance(error, Cancelled):
            self.status.setText(tr("Geannuleerd: er is geen bestand gemaakt en niets verstuurd."))
            return
        self.status.setText("")
        show_error(self.error, refusal_lines(error))
