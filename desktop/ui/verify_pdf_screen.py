"""Ondertekende PDF controleren: open a plan PDF and see whether its signature checks out, who
signed it as far as this vault knows, whether it was altered, and whether the vault holds the
same version or a newer one. The same checks as `koers verify-pdf` (exports.pdf_signing.verify_pdf,
desktop.vault.documents.pdf_signer and compare_with_vault).

The PDF comes from anywhere: it is read capped, parsed off the UI thread, and every word from it
(the name in its certificate) is shown as plain text, marked as a claim anyone can write.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QLabel, QVBoxLayout, QWidget,
)

from desktop.ui.i18n import tr
from desktop.ui.widgets.common import action_row, button, close_box, heading, hint
from desktop.ui.widgets.folders import last_folder, remember_folder
from desktop.ui.worker import run_in_background
from desktop.vault import Vault
from desktop.vault.documents import compare_with_vault, pdf_signer
from forms.base import printable

MAX_PDF_BYTES = 64 * 1024 * 1024  # as the CLI: a plan PDF is well under 1 MB
GOOD, BAD = "#1d6b35", "#a3261b"


class TooLarge(Exception):
    pass


def read_and_verify(path: Path):
    """Off the UI thread: at most MAX_PDF_BYTES + 1 bytes (a device never ends), then pyHanko."""
    from exports.pdf_signing import verify_pdf  # pyHanko loads in about a second

    with path.open("rb") as handle:
        data = handle.read(MAX_PDF_BYTES + 1)
    if len(data) > MAX_PDF_BYTES:
        raise TooLarge
    return verify_pdf(data)


def problem_text(problem: str | None) -> str:
    return {
        "unreadable": tr("Dit is geen leesbare PDF."),
        "unsigned": tr("Deze PDF heeft geen digitale handtekening: een concept, of geen plan uit Koers."),
        "changed": tr("De inhoud is na het ondertekenen veranderd. Vertrouw deze PDF niet."),
        "invalid_signature": tr("De handtekening is ongeldig: vervalst of beschadigd. Vertrouw deze PDF niet."),
        "not_whole_file": tr("Na het ondertekenen is er iets aan het bestand toegevoegd. Vertrouw deze PDF niet."),
    }.get(problem or "", tr("De handtekening klopt niet."))


class VerifyPdfScreen(QDialog):
    """Choose a PDF; the verdict and its reasons appear below."""

    def __init__(self, vault: Vault, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self.setWindowTitle(tr("Ondertekende PDF controleren"))
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Ondertekende PDF controleren"), "Subtitle"))
        layout.addWidget(hint(tr("Kies een trajectplan als PDF. Koers controleert of de digitale handtekening klopt,"
                                 " wie hem zette en of er daarna iets aan de PDF veranderd is.")))
        self.choose_button = button(tr("&PDF kiezen…"), primary=True)
        self.choose_button.clicked.connect(self.choose_file)
        layout.addLayout(action_row(self.choose_button))
        self.verdict = self._label(bold=True)
        self.details = self._label()
        layout.addWidget(self.verdict)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addWidget(close_box(self))
        self.busy = False

    @staticmethod
    def _label(bold: bool = False) -> QLabel:
        label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)  # words from the file stay words
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                      | Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold:
            font = label.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.2)
            label.setFont(font)
        return label

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, tr("PDF kiezen"), last_folder(), "PDF (*.pdf)")
        if path:
            remember_folder(Path(path))
            self.check(Path(path))

    def check(self, path: Path) -> None:
        self.busy = True
        self.choose_button.setEnabled(False)
        self._show(tr("%1 wordt gecontroleerd…").replace("%1", path.name), "", None)
        run_in_background(lambda: read_and_verify(path), self._verified, self._unreadable)

    def _done(self) -> None:
        self.busy = False
        self.choose_button.setEnabled(True)
        self.choose_button.setFocus()

    def _unreadable(self, error: Exception) -> None:
        self._done()
        reason = (tr("Het bestand is te groot voor een plan-PDF.") if isinstance(error, TooLarge)
                  else tr("Het bestand kon niet worden gelezen: %1.").replace("%1", getattr(error, "strerror", None)
                                                                               or type(error).__name__))
        self._show(tr("Niet gecontroleerd"), reason, BAD)

    def _verified(self, result) -> None:
        self._done()
        if not result.intact:
            self._show(tr("Niet te vertrouwen"), problem_text(result.problem), BAD)
            return
        signer = pdf_signer(self._vault, result)
        found = compare_with_vault(self._vault, result, signer)
        if not signer.known:
            claimed = printable(result.signer or "")
            self._show(tr("Onbekende ondertekenaar"), tr(
                "De handtekening is wiskundig in orde, maar het certificaat hoort niet bij deze kluis of bij een"
                " vertrouwde sleutel. De naam erin (\u201c%1\u201d) kan iedereen invullen.").replace("%1", claimed), BAD)
            return
        lines = [self._signed_line(result, signer), tr("Niet veranderd sinds het ondertekenen.")]
        lines += self._vault_lines(found, result.version)
        self._show(tr("De handtekening klopt"), "\n".join(lines), GOOD)

    @staticmethod
    def _signed_line(result, signer) -> str:
        when = result.signed_at.astimezone(ZoneInfo("Europe/Amsterdam")) if result.signed_at else None
        whose = tr("deze kluis") if signer.own else tr("een vertrouwde sleutel")
        return (tr("Ondertekend door %1 (%2) op %3.").replace("%1", printable(signer.name)).replace("%2", whose)
                .replace("%3", f"{when:%d-%m-%Y %H:%M}" if when else "?"))

    @staticmethod
    def _vault_lines(found: dict, version: int | None) -> list[str]:
        if not found["vault_has_plan"]:
            return [tr("Deze kluis heeft dit plan niet.")]
        lines = [tr("Versie %1 van het plan; de inhoud is gelijk aan die in de kluis.").replace("%1", str(version))
                 if found["vault_content_matches"] else
                 tr("Versie %1 van het plan, maar de inhoud is NIET gelijk aan die in de kluis.").replace("%1", str(version))]
        if found["newer_version_exists"]:
            lines.append(tr("Let op: de kluis heeft een nieuwere versie (%1).").replace("%1", str(found["newest_version"])))
        return lines

    def _show(self, verdict: str, details: str, colour: str | None) -> None:
        self.verdict.setText(verdict)
        self.verdict.setStyleSheet(f"color: {colour}" if colour else "")
        self.details.setText(details)
