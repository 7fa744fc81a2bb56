"""Instrumenten (Kluis menu): the instruments this vault can score with, and *Instrument
toevoegen…* for a licensed instrument file (YAML, resources/instruments/README.md). The file is
checked first, off the UI thread; what is wrong is said in plain words and nothing is added.
The same adding as `koers instruments add` (desktop.vault.instruments)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHeaderView, QLabel, QVBoxLayout, QWidget,
)

from desktop.ui.i18n import lang, tr
from desktop.ui.supervisor.models import RowsModel
from desktop.ui.widgets.common import (
    action_row, button, close_box, error_label, heading, hint, list_table, show_error,
)
from desktop.ui.widgets.folders import last_folder, remember_folder
from desktop.ui.worker import run_in_background
from desktop.vault.instruments import MAX_INSTRUMENT_BYTES, Added, add_instrument, parse_instrument
from desktop.vault.paths import instruments_dir
from matrix import instruments as mi


class TooLarge(Exception):
    pass


def read_instrument(path: Path) -> tuple[mi.Instrument, str]:
    """Off the UI thread: the file read capped, then checked."""
    with path.open("rb") as handle:
        data = handle.read(MAX_INSTRUMENT_BYTES + 1)
    if len(data) > MAX_INSTRUMENT_BYTES:
        raise TooLarge
    return parse_instrument(data)


def refusal(error: Exception) -> str:
    """Why a file was not added, in words a worker can act on."""
    if isinstance(error, mi.InstrumentError):
        return tr("Dit instrumentbestand klopt niet: %1. Er is niets toegevoegd; vraag de leverancier om een"
                  " goed bestand.").replace("%1", error.render(lang()))
    if isinstance(error, UnicodeDecodeError):
        return tr("Dit is geen instrumentbestand: het is geen tekst in UTF-8. Er is niets toegevoegd.")
    if isinstance(error, TooLarge):
        return tr("Dit bestand is te groot voor een instrument. Er is niets toegevoegd.")
    return tr("Het bestand kon niet worden gelezen (%1). Er is niets toegevoegd.").replace(
        "%1", getattr(error, "strerror", None) or type(error).__name__)


class InstrumentsDialog(QDialog):
    def __init__(self, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self._folder = folder
        self.busy = False
        self.setWindowTitle(tr("Instrumenten"))
        self.resize(720, 440)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Instrumenten"), "Subtitle"))
        layout.addWidget(hint(tr("Met deze instrumenten kun je metingen doen. Een instrument waarvoor je programma een"
                                 " licentie heeft, voeg je toe uit het bestand van de leverancier.")))
        self.model = RowsModel([tr("Naam"), tr("Versie"), tr("Leefgebieden"), tr("Herkomst")], self._row, parent=self)
        self.table = list_table(self.model, tr("Instrumenten"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # a long name elides, the rest stays whole
        header.setStretchLastSection(False)
        layout.addWidget(self.table, 1)
        self.add_button = button(tr("Instrument &toevoegen…"), primary=True)
        self.add_button.clicked.connect(self.choose_file)
        layout.addLayout(action_row(self.add_button))
        self.status = QLabel(wordWrap=True)
        self.error = error_label()
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(close_box(self))
        self.refresh()

    def _row(self, instrument: mi.Instrument) -> list[str]:
        shipped = (instrument.id, instrument.version) in self._shipped
        return [instrument.title(lang()), instrument.version, str(len(instrument.domains)),
                tr("Koers") if shipped else tr("Toegevoegd")]

    def refresh(self) -> None:
        self._shipped = {(i.id, i.version) for i in mi.installed()}
        self.model.set_rows(mi.installed(instruments_dir(self._folder)))

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, tr("Instrumentbestand kiezen"), last_folder(),
                                                    tr("Instrumentbestand (%1)").replace("%1", "*.yaml *.yml"))
        if path:
            remember_folder(Path(path))
            self.add_file(Path(path))

    def add_file(self, path: Path) -> None:
        self.busy = True
        self.add_button.setEnabled(False)
        self.status.setText(tr("%1 wordt gecontroleerd…").replace("%1", path.name))
        show_error(self.error, [])
        run_in_background(lambda: read_instrument(path), self._checked, self._refused)

    def _refused(self, error: Exception) -> None:
        self.busy = False
        self.add_button.setEnabled(True)
        self.status.setText("")
        show_error(self.error, [refusal(error)])

    def _checked(self, parsed: tuple[mi.Instrument, str]) -> None:
        instrument, text = parsed
        self.busy = False
        self.add_button.setEnabled(True)
        which = f"{instrument.title(lang())} {instrument.version}"
        added = add_instrument(self._folder, instrument, text)
        if added is Added.OTHER_TEXTS:
            self.status.setText("")
            show_error(self.error, [tr("%1 is er al, met andere teksten. Er is niets veranderd: vraag om een bestand"
                                       " met een nieuw versienummer.").replace("%1", which)])
            return
        self.refresh()
        self.status.setText((tr("%1 is toegevoegd (%2 leefgebieden).") if added is Added.ADDED
                             else tr("%1 was al toegevoegd.")).replace("%1", which)
                            .replace("%2", str(len(instrument.domains))))
