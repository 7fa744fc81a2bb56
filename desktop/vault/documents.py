"""A plan version as a PDF from the vault: rendered in her language and, once signed,
digitally signed with the worker's certificate. Used by `koers plan-pdf`, the co-sign
screen's "PDF maken" and bundles that carry the signed plans."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.vault.paths import instruments_dir
from desktop.vault.service import Vault
from forms import Dossier, Trajectplan

DEFAULT_PROGRAMME = "Koers"


@dataclass(frozen=True)
class PlanPdfJob:
    """Everything the PDF needs, read from the vault; `render` touches no database (any thread)."""

    dossier: Dossier
    plan: Trajectplan
    options: object  # exports.plan_pdf.PdfOptions, imported lazily (reportlab is slow to load)
    key_pem: bytes
    cert_pem: bytes

    def render(self) -> bytes:
        """The PDF; a frozen version is also digitally signed, a draft keeps its visible mark.
        Raises exports.plan_pdf.FontMissing when the font is gone."""
        from exports.pdf_signing import sign_pdf
        from exports.plan_pdf import render_plan_pdf

        pdf = render_plan_pdf(self.dossier, self.plan, self.options)
        return sign_pdf(pdf, self.key_pem, self.cert_pem) if self.plan.frozen else pdf


def plan_pdf_job(vault: Vault, plan: Trajectplan, dossier: Dossier | None = None, lang: str | None = None,
                 show_legal_name: bool = False) -> PlanPdfJob:
    """Read what the PDF of `plan` needs (and log the export, never its content)."""
    from exports.plan_pdf import PdfOptions, find_installed

    dossier = dossier or vault.dossier(plan.participant_id)
    options = PdfOptions(lang=lang or dossier.participant.plan_language,
                         programme_name=vault.meta("programme_name") or DEFAULT_PROGRAMME,
                         show_legal_name=show_legal_name,
                         instruments=find_installed(instruments_dir(vault.folder)))
    vault.log("export_pdf", plan.KIND, plan.id)
    return PlanPdfJob(dossier, plan, options, vault.identity.pdf_key_pem, vault.identity.pdf_cert_pem)
