"""Caseload import in the app: choose a spreadsheet (.xlsx or CSV), see every row it would
add or every bad row with its reason, import, see who came in. All rows or none.

Reading and checking the file (desktop.caseload, forms.spreadsheet) runs off the UI thread;
saving goes through the vault's public save_all on the UI thread, like every other save.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QLineEdit, QListWidget, QMainWindow, QVBoxLayout, QWidget, QWizard,
    QWizardPage,
)

from desktop.caseload import MAX_BYTES, CaseloadError, CaseloadRow, new_records, read_caseload
from desktop.ui.i18n import lang, tr
from desktop.ui.widgets.common import button, hint
from desktop.ui.worker import run_in_background
from desktop.vault import Vault
from forms import Aanmelding, Participant

SHORTCUT = "Ctrl+I"
_FOLDER_KEY = "caseload-import/folder"  # the last folder only (a USB stick), never a file name


def read_file(path: Path) -> list[CaseloadRow]:
    """Off the UI thread: the checked rows, or CaseloadError with every problem."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)  # a cap, not stat(): a device or pipe has no size
    except OSError as error:
        raise CaseloadError([tr("Het bestand kan niet worden gelezen: %1").replace("%1", error.strerror or "")]) from None
    if len(data) > MAX_BYTES:
        raise CaseloadError([tr("Het bestand is te groot (meer dan %1 MB).").replace("%1", str(MAX_BYTES >> 20))])
    return read_caseload(data)


def _describe(row: CaseloadRow) -> str:
    person = next(r for r in row.records if isinstance(r, Participant))
    signup = next((r for r in row.records if isinstance(r, Aanmelding)), None)
    when = signup.date.strftime("%d-%m-%Y") if signup and signup.date else tr("geen aanmelddatum")
    return tr("regel %1: %2, %3").replace("%1", str(row.line)).replace("%2", person.roepnaam).replace("%3", when)


class ChoosePage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(tr("Bestand kiezen"))
        self.path = QLineEdit(readOnly=True, accessibleName=tr("Gekozen bestand"))
        self.path.textChanged.connect(self.completeChanged)
        self.choose_button = button(tr("&Bestand kiezen…"))
        self.choose_button.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(tr("Een Excel-bestand (.xlsx) of een CSV-bestand met een kopregel. Alleen de kolom "
                                 "roepnaam is verplicht; de andere kolommen staan in de handleiding. Er wordt "
                                 "nog niets ingelezen: je ziet eerst wat erin staat.")))
        layout.addLayout(row)
        layout.addStretch()

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        QTimer.singleShot(0, self.choose_button.setFocus)  # after the wizard placed its own focus

    def choose(self) -> None:
        settings = QSettings()
        folder = str(settings.value(_FOLDER_KEY, str(Path.home())))
        name, _filter = QFileDialog.getOpenFileName(self, tr("Caseload kiezen"), folder,
                                                    tr("Spreadsheets (*.xlsx *.csv *.txt)"))
        if name:
            settings.setValue(_FOLDER_KEY, str(Path(name).parent))
            self.path.setText(name)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return bool(self.path.text())


class PreviewPage(QWizardPage):
    def __init__(self, reader: Callable[[Path], list[CaseloadRow]]):
        super().__init__()
        self.setTitle(tr("Controleren"))
        self.reader = reader
        self.rows: list[CaseloadRow] | None = None
        self.summary = QLabel(wordWrap=True)
        self.list = QListWidget(accessibleName=tr("Regels van het bestand"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.setFocusProxy(self.list)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.rows = None
        self.list.clear()
        self.summary.setText(tr("Het bestand wordt gelezen…"))
        path = Path(self.wizard().choose_page.path.text())
        run_in_background(lambda: self.reader(path), self.show_rows, self.show_problems)

    def show_rows(self, rows: list[CaseloadRow]) -> None:
        self.rows = rows
        self.summary.setText(tr("Alle %1 regels zijn in orde. Kies Inlezen om ze over te zetten; wie er al in "
                                "staat (zelfde roepnaam en aanmelddatum) wordt overgeslagen.")
                             .replace("%1", str(len(rows))))
        self.list.addItems([_describe(r) for r in rows])
        self.completeChanged.emit()

    def show_problems(self, error: Exception) -> None:
        problems = error.lines(lang()) if isinstance(error, CaseloadError) else [str(error)]
        self.summary.setText(tr("Er is niets ingelezen. Verbeter deze %1 regel(s) in het bestand, sla het op en "
                                "kies Vorige om het opnieuw te kiezen.").replace("%1", str(len(problems))))
        self.list.addItems(problems)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return bool(self.rows)


class DonePage(QWizardPage):
    def __init__(self, vault: Vault):
        super().__init__()
        self.setTitle(tr("Ingelezen"))
        self.vault = vault
        self.summary = QLabel(wordWrap=True)
        self.list = QListWidget(accessibleName=tr("Nieuwe deelnemers"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.setFocusProxy(self.list)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        rows = self.wizard().preview_page.rows or []
        records = new_records(rows, self.vault)
        self.vault.save_all(records)
        added = [r.roepnaam for r in records if isinstance(r, Participant)]
        self.summary.setText(tr("%1 deelnemers toegevoegd, %2 stonden er al in.")
                             .replace("%1", str(len(added))).replace("%2", str(len(rows) - len(added))))
        self.list.clear()
        self.list.addItems(added)


class CaseloadImportWizard(QWizard):
    """Choose → check → import; the Inlezen step is reached only when every row is right."""

    def __init__(self, vault: Vault, parent: QWidget | None = None,
                 reader: Callable[[Path], list[CaseloadRow]] = read_file):
        super().__init__(parent)
        self.setWindowTitle(tr("Caseload inlezen"))
        self.setAccessibleName(tr("Caseload inlezen"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.choose_page, self.preview_page = ChoosePage(), PreviewPage(reader)
        for page in (self.choose_page, self.preview_page, DonePage(vault)):
            self.addPage(page)
        for which, text in ((QWizard.WizardButton.BackButton, tr("< &Vorige")),
                            (QWizard.WizardButton.NextButton, tr("Vol&gende >")),
                            (QWizard.WizardButton.CancelButton, tr("Annuleren")),
                            (QWizard.WizardButton.FinishButton, tr("&Klaar"))):
            self.setButtonText(which, text)
        self.currentIdChanged.connect(self._name_next)
        self.resize(640, 480)

    def _name_next(self, page_id: int) -> None:
        """On the preview the next step is the import itself: say so on the button."""
        text = tr("&Inlezen") if self.page(page_id) is self.preview_page else tr("Vol&gende >")
        self.setButtonText(QWizard.WizardButton.NextButton, text)


def install(window: QMainWindow, vault_of: Callable[[], Vault | None]) -> None:
    """The menu item (Koers → Caseload inlezen…, Ctrl+I); once per window, enabled while unlocked."""
    action = window.actions.get("import_caseload")
    if action is None:
        def open_wizard() -> None:
            if (vault := vault_of()) is not None:
                wizard = CaseloadImportWizard(vault, window)
                wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                wizard.open()

        action = QAction(tr("&Caseload inlezen…"), window, shortcut=QKeySequence(SHORTCUT))
        action.triggered.connect(open_wizard)
        window.addAction(action)  # active even while the menu bar is hidden
        window.actions["import_caseload"] = action
        window.menuBar().actions()[0].menu().insertAction(window.actions["settings"], action)
    action.setEnabled(vault_of() is not None)
