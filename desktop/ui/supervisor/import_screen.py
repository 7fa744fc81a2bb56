"""Reading in a worker's bundle: choose a .koers file, decrypt, verify and merge it off the
UI thread, then show what changed and every conflict kept aside. A refused bundle changes
nothing, and the screen says why in words a supervisor can act on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QProgressBar, QTableView, QVBoxLayout, QWidget,
)

from desktop.ui.i18n import lang, tr
from desktop.ui.supervisor.models import ConflictModel, short_datetime
from desktop.ui.trust_dialog import TrustDialog
from desktop.ui.widgets.common import button, error_label, heading, hint, show_error
from desktop.ui.widgets.folders import last_folder, remember_folder
from desktop.ui.worker import on_own_connection, run_in_background
from desktop.vault import Vault, VaultError
from desktop.vault.exchange import ImportReport, conflicts, import_bundle, trusted_keys
from desktop.vault.import_people import DossierOutcome
from exports.bundle import MAX_FILE, BundleError

Runner = Callable[..., object]


@dataclass(frozen=True)
class ImportResult:
    """What the background work hands back: the report and the open conflicts as table rows."""

    report: ImportReport
    conflict_rows: list[tuple]


def _conflict_rows(vault: Vault, report: ImportReport) -> list[tuple]:
    ours = {record_id for _kind, record_id in report.conflicts}
    rows = []
    for conflict in conflicts(vault):
        person = vault.get(conflict.participant_id)
        # A dossier shared anonymously has no name here, only its monitoring form.
        name = getattr(person, "roepnaam", "") or (tr("anoniem") if person is not None else "?")
        rows.append((conflict.kind, name, conflict.sender, conflict.received_at, conflict.incoming_rev,
                     conflict.id in ours))
    return rows


def read_and_import(vault: Vault, path: Path, progress: Callable[[int], None]) -> ImportResult:
    """Read `path` and merge it (BundleError / VaultError / OSError when refused). Runs off the UI thread."""
    if path.stat().st_size > MAX_FILE:
        raise BundleError("too_large")
    data = path.read_bytes()
    progress(20)
    report = import_bundle(vault, data)
    progress(90)
    return ImportResult(report, _conflict_rows(vault, report))


# What a supervisor can do about each refusal, beyond the sentence that says what is wrong.
def _advice(code: str) -> str:
    advice = {
        "wrong_recipient": tr("Vraag de begeleider de bundel opnieuw te maken voor de sleutel van deze kluis."),
        "untrusted_key": tr("Vertrouw eerst haar sleutel: kies hieronder 'Sleutel van de afzender vertrouwen' en"
                            " vergelijk de vingerafdruk met de begeleider. Daarna wordt de bundel opnieuw ingelezen."),
        "bad_signature": tr("Lees dit bestand niet in. Vraag de begeleider om een nieuwe bundel, via een ander kanaal."),
        "damaged": tr("Vraag de begeleider het bestand opnieuw te sturen."),
        "truncated": tr("Vraag de begeleider het bestand opnieuw te sturen."),
        "unknown_version": tr("Werk Koers bij tot dezelfde versie als die van de begeleider."),
    }
    return advice.get(code, "")


MAX_NAMES = 8


def _names(people: list[DossierOutcome]) -> str:
    """Roepnamen ('anoniem' for a dossier without one), the first few, then how many more."""
    shown = [p.roepnaam or tr("anoniem") for p in people[:MAX_NAMES]]
    more = len(people) - len(shown)
    return ", ".join(shown) + (tr(" en nog %1").replace("%1", str(more)) if more > 0 else "")


def _notice(report: ImportReport) -> str:
    if report.read_before is not None:
        return tr("Deze bundel is al ingelezen op %1; er is niets nieuws.").replace("%1", short_datetime(report.read_before))
    if report.older:
        return tr("Deze bundel is ouder dan wat je al hebt van %1: de oudere versies zijn niet overgenomen en tellen"
                  " als ongewijzigd.").replace("%1", report.sender)
    return ""


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def refusal_lines(error: Exception) -> list[str]:
    """The refusal in the screen's language: what happened, why, and what to do."""
    lines = [tr("De bundel is niet ingelezen; er is niets veranderd.")]
    if isinstance(error, BundleError):
        lines.append(_sentence(error.render(lang())))
        lines.append(_advice(error.code))
    elif isinstance(error, VaultError):  # a refused merge or a revoked key
        lines.append(_sentence(error.render(lang())))
    elif isinstance(error, OSError):
        lines.append(tr("Het bestand kon niet worden gelezen: %1").replace("%1", error.strerror or type(error).__name__))
    else:
        lines.append(tr("Onverwachte fout: %1").replace("%1", type(error).__name__))  # no content: it may hold data
    return [line for line in lines if line]


class ImportScreen(QWidget):
    """'Bestand kiezen…', a progress bar while it works, then the report. Emits `imported`."""

    imported = Signal(object)  # ImportReport
    failed = Signal(object)  # the exception

    def __init__(self, vault: Vault, runner: Runner = run_in_background, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault, self._run = vault, runner
        self.busy = False
        self._path: Path | None = None
        self._signer: str | None = None  # the refused bundle's untrusted sender
        self.trust_dialog: TrustDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Bundel inlezen")))
        layout.addWidget(hint(tr("Kies een .koers-bestand van een begeleider. Koers ontsleutelt het, controleert de"
                                 " handtekening van de afzender en voegt de dossiers samen met deze kluis. Wat hier"
                                 " is gewijzigd wordt nooit overschreven: een afwijkende versie wordt als conflict"
                                 " apart bewaard.") if vault.role == "supervisor" else
                              tr("Kies een .koers-bestand van uw leidinggevende (de sociale kaart) of van een collega"
                                 " (een overgedragen dossier, een waarneming, een bevestiging). Koers controleert wie"
                                 " het ondertekende en neemt alleen aan wat die afzender mag sturen.")))
        self.trusted = hint("")
        layout.addWidget(self.trusted)
        row = QHBoxLayout()
        self.choose_button = button(tr("&Bestand kiezen…"), primary=True)
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.choose_button)
        self.progress = QProgressBar(maximumWidth=480)
        self.progress.setAccessibleName(tr("Voortgang van het inlezen"))
        self.progress.setVisible(False)
        row.addWidget(self.progress)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.error = error_label()
        layout.addWidget(self.error)
        self.trust_button = button(tr("Sleutel van de afzender &vertrouwen…"))
        self.trust_button.clicked.connect(self.trust_sender)
        self.trust_button.setVisible(False)
        layout.addWidget(self.trust_button)
        layout.addWidget(self._build_report(), 1)
        layout.addStretch(0)  # keeps the lines together while there is no report yet
        self.refresh_trusted()

    def _build_report(self) -> QWidget:
        self.report_box = QFrame(objectName="Card")
        box = QVBoxLayout(self.report_box)
        self.report_title = heading("", "Subtitle")
        box.addWidget(self.report_title)
        self.notice = QLabel(wordWrap=True, objectName="FieldError")  # a repeat, or an older bundle
        box.addWidget(self.notice)
        grid = QGridLayout()
        self.counts: dict[str, QLabel] = {}
        self.names: dict[str, QLabel] = {}
        for column, (key, text) in enumerate((("new", tr("Nieuwe dossiers")), ("updated", tr("Bijgewerkt")),
                                              ("unchanged", tr("Ongewijzigd")), ("conflicts", tr("In conflict")))):
            number = QLabel("0", objectName="Title", alignment=Qt.AlignmentFlag.AlignCenter)
            caption = QLabel(text, alignment=Qt.AlignmentFlag.AlignCenter)
            names = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            number.setAccessibleName(text)
            grid.addWidget(number, 0, column)
            grid.addWidget(caption, 1, column)
            grid.addWidget(names, 2, column)
            self.counts[key], self.names[key] = number, names
        box.addLayout(grid)
        # What her owner did to whole dossiers: erased, or (consent withdrawn) reduced to anonymous.
        self.rights_note = hint("")
        self.rights_note.setAccessibleName(tr("Gewist of anoniem gemaakt"))
        box.addWidget(self.rights_note)
        box.addWidget(heading(tr("Openstaande conflicten (beide versies bewaard)"), "Subtitle"))
        self.conflict_hint = hint(tr("Vetgedrukt: uit deze bundel. Een conflict ontstaat als een gegeven hier is"
                                     " gewijzigd, of met dezelfde versie een andere inhoud binnenkomt."))
        box.addWidget(self.conflict_hint)
        self.conflict_model = ConflictModel(self)
        self.conflict_table = QTableView()
        self.conflict_table.setModel(self.conflict_model)
        self.conflict_table.setAccessibleName(tr("Openstaande conflicten"))
        self.conflict_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflict_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflict_table.verticalHeader().setVisible(False)
        self.conflict_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.conflict_table.horizontalHeader().setStretchLastSection(True)
        box.addWidget(self.conflict_table, 1)
        self.report_box.setVisible(False)
        return self.report_box

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.refresh_trusted()  # keys may have been trusted meanwhile (Sleutels, or koers keys trust)

    def refresh_trusted(self) -> None:
        names = [key.name for key in trusted_keys(self._vault)
                 if key.role == "begeleider" or self._vault.role == "begeleider"]
        if names:
            self.trusted.setText(tr("Vertrouwde begeleiders: %1").replace("%1", ", ".join(names)))
        else:
            self.trusted.setText(tr("Deze kluis vertrouwt nog geen begeleider. Vertrouw eerst haar openbare sleutel"
                                    " onder Koers → Sleutels (Ctrl+K), na het vergelijken van de vingerafdruk."))

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, tr("Bundel kiezen"), last_folder(),
                                                    tr("Koers-bundel (*.koers)"))
        if path:
            remember_folder(Path(path))
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Read and merge `path` in the background; the report or the refusal follows."""
        if self.busy:
            return
        self.busy, self._path = True, path
        self.choose_button.setEnabled(False)
        self.trust_button.setVisible(False)
        show_error(self.error, [])
        self.progress.setRange(0, 100)
        self.progress.setValue(5)
        self.progress.setVisible(True)
        self.status.setText(tr("Bezig met ontsleutelen, controleren en samenvoegen…"))
        vault = self._vault
        self._run(on_own_connection(vault, lambda own, progress: read_and_import(own, path, progress)),
                  self._done, self._failed, self.progress.setValue)

    def _finish(self) -> None:
        self.busy = False
        self.choose_button.setEnabled(True)
        self.progress.setVisible(False)

    def _done(self, result: ImportResult) -> None:
        self._finish()
        self.refresh_trusted()
        report = result.report
        self.status.setText(tr("Ingelezen."))
        self.report_title.setText(tr("Bundel van %1, gemaakt op %2")
                                  .replace("%1", report.sender).replace("%2", short_datetime(report.created)))
        for key, label in self.counts.items():
            people = report.people(key)
            label.setText(str(len(people)))
            self.names[key].setText(_names(people))
        self.notice.setText(_notice(report))
        self.notice.setVisible(bool(self.notice.text()))
        notes = []
        if report.anonymised:
            notes.append(tr("%1 dossier(s) zijn nu anoniem: de toestemming om ze met jou te delen is ingetrokken, dus"
                            " alleen het monitoringformulier blijft.").replace("%1", str(len(report.anonymised))))
        if report.erased:
            notes.append(tr("%1 dossier(s) zijn gewist op verzoek van hun begeleider.")
                         .replace("%1", str(len(report.erased))))
        self.rights_note.setText(" ".join(notes))
        self.rights_note.setVisible(bool(notes))
        self.conflict_model.set_rows(result.conflict_rows)
        self.conflict_hint.setVisible(bool(result.conflict_rows))
        self.report_box.setVisible(True)
        self.imported.emit(report)

    def _failed(self, error: Exception) -> None:
        self._finish()
        self.status.setText("")
        self.report_box.setVisible(False)  # the refusal stands on its own, not above an earlier result
        show_error(self.error, refusal_lines(error))
        self._signer = error.context.get("fingerprint") if getattr(error, "code", "") == "untrusted_key" else None
        self.trust_button.setVisible(bool(self._signer))
        self.failed.emit(error)

    def trust_sender(self) -> TrustDialog | None:
        """Trust the refused bundle's sender in place (after comparing fingerprints), then read it again."""
        if not self._signer:
            return None
        self.trust_dialog = TrustDialog(self._vault, signer=self._signer, parent=self)
        self.trust_dialog.accepted.connect(lambda: self.import_file(self._path))
        self.trust_dialog.open()
        return self.trust_dialog
