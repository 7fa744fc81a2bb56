"""Two steps of the plan tab around signing: the SMART warning before *Ondertekenen*, and a
version as PDF again (a signed one digitally signed), in the language of co-sign mode so the
paper she gets reads like the screen she signed on."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from shiboken6 import isValid

from desktop.flows.signing import signing_language, smart_doubts
from desktop.ui.i18n import lang, tr
from desktop.ui.worker import run_in_background
from desktop.vault.documents import plan_pdf_job
from desktop.vault.paths import atomic_write
from forms import Dossier, Trajectplan


def confirm_smart(parent: QWidget, plan: Trajectplan) -> bool:
    """True to go on to co-sign mode: at once when every active goal passes the SMART check,
    else when the worker chooses 'Toch ondertekenen' in the warning (`parent.smart_box`)."""
    doubts = smart_doubts(plan, lang())
    if not doubts:
        return True
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Niet elk doel is SMART"),
                      tr("Niet elk doel voldoet aan de SMART-check. Eerst het plan aanpassen, "
                         "of toch laten ondertekenen?"), parent=parent)
    box.setInformativeText("\n\n".join(doubts))
    sign = box.addButton(tr("&Toch ondertekenen"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton(tr("Terug naar het &plan"), QMessageBox.ButtonRole.RejectRole))
    parent.smart_box = box  # reachable for tests
    box.exec()
    return box.clickedButton() is sign


def ask_pdf_path(parent: QWidget, plan: Trajectplan) -> Path | None:
    # A neutral file name: nothing on it names her or the programme.
    suggested = str(Path.home() / f"plan-{plan.version}.pdf")
    path, _filter = QFileDialog.getSaveFileName(parent, tr("PDF opslaan"), suggested, "PDF (*.pdf)")
    return Path(path) if path else None


def save_plan_pdf(owner: QWidget, vault, dossier: Dossier, plan: Trajectplan, path: Path,
                  report: Callable[[str], None]) -> None:
    """Read what the PDF needs here (UI thread); render, sign and write in the background;
    then `report` the outcome in a sentence, unless `owner` was closed meanwhile."""
    job = plan_pdf_job(vault, plan, dossier, lang=signing_language(dossier.participant, lang()))

    def work() -> Path:
        atomic_write(path, job.render())
        return path

    def tell(message: str) -> None:
        if isValid(owner):
            report(message)

    run_in_background(work, lambda done: tell(tr("PDF opgeslagen: %1").replace("%1", done.name)),
                      lambda error: tell(tr("De PDF kon niet worden gemaakt: %1").replace("%1", str(error))))
