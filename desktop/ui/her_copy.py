"""*Haar gegevens*: her own copy of everything Koers holds about her, as a PDF in her language
(issue 12 §4). Read on the screen thread (the vault logs it); rendered and written in the
background, like the plan PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from uuid import UUID

from PySide6.QtWidgets import QFileDialog, QWidget
from shiboken6 import isValid

from desktop.ui.i18n import tr
from desktop.ui.widgets.folders import last_folder, remember_folder
from desktop.ui.worker import run_in_background
from desktop.vault import Vault, VaultError
from desktop.vault.inzage import copy_language, her_copy
from desktop.vault.paths import atomic_write


def ask_copy_path(parent: QWidget) -> Path | None:
    # A neutral file name: nothing on it names her or the programme.
    suggested = str(Path(last_folder()) / "inzage.pdf")
    path, _filter = QFileDialog.getSaveFileName(parent, tr("Haar gegevens opslaan"), suggested, "PDF (*.pdf)")
    if not path:
        return None
    remember_folder(Path(path))
    return Path(path)


def save_her_copy(owner: QWidget, vault: Vault, participant_id: UUID, report: Callable[[str], None]) -> None:
    """Ask where, then write her copy there; `report` says how it went (unless `owner` closed)."""
    path = ask_copy_path(owner)
    if path is None:
        return
    try:
        vault.refuse_own_path(path)
        copy = her_copy(vault, participant_id)
    except VaultError as error:
        report(str(error))
        return

    def work() -> Path:
        from exports.inzage.pdf import render_copy_pdf  # reportlab loads only when asked

        atomic_write(path, render_copy_pdf(copy, copy_language(copy.dossier)))
        return path

    def tell(message: str) -> None:
        if isValid(owner):
            report(message)

    run_in_background(work, lambda done: tell(tr("Haar gegevens opgeslagen: %1").replace("%1", done.name)),
                      lambda error: tell(tr("Haar gegevens konden niet worden opgeslagen: %1").replace("%1", str(error))))
