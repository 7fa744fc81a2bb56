"""A plan version as a PDF from the vault: rendered in her language and, once signed,
digitally signed with the worker's certificate. Used by `koers plan-pdf`, the co-sign
screen's "PDF maken" and bundles that carry the signed plans."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID
from typing import TYPE_CHECKING

from desktop.vault.paths import instruments_dir
from desktop.vault.service import Vault
from forms import Dossier, Trajectplan

if TYPE_CHECKING:  # pyHanko loads in about a second: only what signs or verifies pays
    from exports.pdf_signing import PdfVerification

DEFAULT_PROGRAMME = "Koers"


@dataclass(frozen=True)
class PlanPdfJob:
    """Everything the PDF needs, read from the vault; `render` touches no database (any thread)."""

    dossier: Dossier
    plan: Trajectplan
    options: object  # exports.plan_pdf.PdfOptions, imported lazily (reportlab is slow to load)
    key_pem: bytes
    cert_pem: bytes
    signing_key_pem: bytes  # Ed25519: endorses the certificate, so trusting vaults know it is hers

    def render(self) -> bytes:
        """The PDF; a frozen version is also digitally signed, a draft keeps its visible mark.
        Raises exports.plan_pdf.FontMissing when the font is gone."""
        from exports.pdf_signing import endorse_certificate, sign_pdf
        from exports.plan_pdf import render_plan_pdf

        pdf = render_plan_pdf(self.dossier, self.plan, self.options)
        if not self.plan.frozen:
            return pdf
        return sign_pdf(pdf, self.key_pem, self.cert_pem, endorse_certificate(self.signing_key_pem, self.cert_pem))


def plan_pdf_job(vault: Vault, plan: Trajectplan, dossier: Dossier | None = None, lang: str | None = None,
                 show_legal_name: bool = False) -> PlanPdfJob:
    """Read what the PDF of `plan` needs (and log the export, never its content)."""
    from exports.plan_pdf import PdfOptions, find_installed

    dossier = dossier or vault.dossier(plan.participant_id)
    options = PdfOptions(lang=lang or dossier.participant.plan_language,
                         programme_name=vault.meta("programme_name") or DEFAULT_PROGRAMME,
                         show_legal_name=show_legal_name, easy=dossier.easy_language,
                         instruments=find_installed(instruments_dir(vault.folder)))
    vault.log("export_pdf", plan.KIND, plan.id)
    identity = vault.identity
    return PlanPdfJob(dossier, plan, options, identity.pdf_key_pem, identity.pdf_cert_pem, identity.signing_key_pem)


@dataclass(frozen=True)
class PdfSigner:
    """Who made an intact PDF signature, as far as this vault knows: its own worker, a trusted
    key's holder, or nobody it knows (`name` None)."""

    name: str | None
    own: bool = False

    @property
    def known(self) -> bool:
        return self.name is not None


def pdf_signer(vault: Vault, result: PdfVerification) -> PdfSigner:
    """This vault's own certificate, or one endorsed by this vault's key or a trusted key.
    The name written in the certificate counts for nothing: anyone can write any name."""
    from desktop.vault.trust import own_public_key, trusted_keys
    from exports.pdf_signing import certificate_fingerprint, endorsed_by

    if not result.intact or result.cert_sha256 is None:
        return PdfSigner(None)
    own = own_public_key(vault)
    if result.cert_sha256 == certificate_fingerprint(vault.identity.pdf_cert_pem):
        return PdfSigner(own.name, own=True)
    for key in [own, *trusted_keys(vault)]:
        if endorsed_by(result.endorsement, result.cert_sha256, key.ed25519):
            return PdfSigner(key.name, own=key is own)
    return PdfSigner(None)


def compare_with_vault(vault: Vault, result: PdfVerification, signer: PdfSigner) -> dict:
    """Does the vault hold this plan version with the same content, and a newer version? The CLI's
    `verify-pdf --json` prints this dict and the app's PDF check shows it."""
    found = {"signed_by_this_vault": signer.own, "vault_has_plan": False}
    try:
        plan = vault.get(UUID(result.plan_record_id)) if result.plan_record_id else None
    except ValueError:
        plan = None
    if not isinstance(plan, Trajectplan) or str(plan.plan_id) != result.plan_id:
        return found
    versions = vault.dossier(plan.participant_id).plan_versions(plan.plan_id)
    same = next((v for v in versions if v.version == result.version), None)
    newest = versions[-1].version
    return found | {
        "vault_has_plan": True,
        "vault_content_matches": same is not None and same.plan_content_hash() == result.content_hash,
        "newest_version": newest, "newer_version_exists": newest > (result.version or 0),
    }
