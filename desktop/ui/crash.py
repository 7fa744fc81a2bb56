"""A calm dialog for the unexpected: what happened, that her data is safe, what to do.

    handler = CrashHandler(on_storage_failure=session.vault_failed); handler.install()

Any exception nobody caught (on the UI thread or another) ends here. The dialog offers a
technical report to copy (desktop.diagnostics.technical_report: versions, type and stack
frames, never the message, which can quote what was typed). One dialog at a time: errors that
follow while it is open are counted in it instead of stacking windows (as Anki does); the
report sits behind "Technische details" with a copy button (as Vorta's does).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication, QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget,
)

from desktop.diagnostics import log, technical_report
from desktop.ui.i18n import lang, tr
from desktop.ui.widgets.common import button, heading, hint
from desktop.vault.db import is_storage_failure


def _texts(storage: bool) -> tuple[str, str, str]:
    if storage:
        return (tr("De kluis kon niet meer worden gelezen of beschreven: is de schijf vol, of is de USB-stick"
                   " eruit gehaald? Koers heeft de kluis daarom vergrendeld."),
                tr("Je gegevens zijn veilig: wat opgeslagen was, blijft versleuteld in de kluis staan."),
                tr("Maak ruimte vrij of sluit de schijf weer aan, en ontgrendel dan opnieuw. Lukt dat niet,"
                   " kopieer dan het technische rapport en stuur het naar je beheerder."))
    return (tr("Koers liep tegen een onverwachte fout aan. Wat je net deed, is misschien niet afgemaakt."),
            tr("Je gegevens zijn veilig: wat opgeslagen was, staat versleuteld in de kluis, en wat je aan"
               " het typen was, wordt elke paar seconden als concept bewaard."),
            tr("Kijk of je laatste wijziging er staat en ga verder. Gebeurt dit vaker, kopieer dan het"
               " technische rapport en stuur het naar je beheerder."))


class CrashDialog(QDialog):
    """The dialog; `add(error)` folds a later error into it."""

    def __init__(self, error: BaseException, storage: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Er ging iets mis"))  # Qt adds " — Koers"
        self.setObjectName("CrashDialog")
        self.count = 0
        what, safe, todo = _texts(storage)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Er ging iets mis")))
        for text in (what, safe, todo):
            layout.addWidget(hint(text))
        layout.addWidget(hint(tr("Het rapport bevat geen namen en niets van wat er is ingevuld.")))
        self.repeats = QLabel()
        layout.addWidget(self.repeats)
        self.details = QPlainTextEdit(readOnly=True)
        self.details.setAccessibleName(tr("Technisch rapport"))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setVisible(False)
        layout.addWidget(self.details, 1)
        row = QHBoxLayout()
        self.details_button = button(tr("&Technische details"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self.details.setVisible)
        self.copy_button = button(tr("Rapport &kopiëren"))
        self.copy_button.clicked.connect(self.copy_report)
        self.close_button = button(tr("&Doorgaan"), primary=True)
        self.close_button.clicked.connect(self.accept)
        self.close_button.setDefault(True)
        for widget in (self.details_button, self.copy_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.resize(560, 300)
        self.add(error)

    def add(self, error: BaseException) -> None:
        self.count += 1
        report = technical_report(error, lang=lang())
        self.details.setPlainText(self.details.toPlainText() + ("\n\n" if self.count > 1 else "") + report)
        self.repeats.setText(tr("Dit gebeurde %1 keer.").replace("%1", str(self.count)) if self.count > 1 else "")

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(tr("Gekopieerd"))


class CrashHandler(QObject):
    """Shows a CrashDialog for every exception nobody caught; `install()` makes it the hook."""

    _caught = Signal(object)  # from any thread to the UI thread

    def __init__(self, on_storage_failure: Callable[[BaseException], None] | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._on_storage_failure = on_storage_failure
        self.dialog: CrashDialog | None = None
        self._caught.connect(self.show_error, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self._hook
        threading.excepthook = lambda args: self._hook(args.exc_type, args.exc_value, args.exc_traceback)

    def _hook(self, kind, error, traceback) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, traceback)
            return
        log.error("onverwachte fout", exc_info=(kind, error, traceback))
        print(technical_report(error), file=sys.stderr)  # a terminal sees the same, never the message
        self._caught.emit(error)

    def show_error(self, error: BaseException) -> CrashDialog:
        if is_storage_failure(error) and self._on_storage_failure is not None:
            self._on_storage_failure(error)
            return self.dialog
        return self.show_dialog(error)

    def show_dialog(self, error: BaseException, storage: bool = False) -> CrashDialog:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add(error)
        else:
            self.dialog = CrashDialog(error, storage, QApplication.activeWindow())
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog.destroyed.connect(self._forget)
            self.dialog.show()
            self.dialog.raise_()
        return self.dialog

    def _forget(self) -> None:
        self.dialog = None


__all__ = ["CrashDialog", "CrashHandler"]
