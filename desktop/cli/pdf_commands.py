"""plan-pdf (a plan version as a signed PDF) and verify-pdf (is this paper what the vault holds?)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID
from zoneinfo import ZoneInfo

from desktop.cli.common import (
    EXIT_INVALID, EXIT_OK, EXIT_USAGE, CliError, add_command, opened_vault, print_json, vault_dir,
)
from desktop.vault import Vault, VaultError
from desktop.vault.documents import PdfSigner, compare_with_vault, pdf_signer, plan_pdf_job
from desktop.vault.paths import atomic_write
from forms import Dossier, Trajectplan
from forms.base import printable
from forms.catalogue import PARTICIPANT_LANGUAGES, Message, text

if TYPE_CHECKING:  # pyHanko and reportlab load in about a second: only the commands that need them pay
    from exports.pdf_signing import PdfVerification


def _uuid(given: str, what: str) -> UUID:
    try:
        return UUID(given)
    except ValueError:
        raise CliError(text("cli.pdf.not-a-valid", what=Message(what), given=given), EXIT_USAGE) from None


def _plan_version(dossier: Dossier, version: int | None) -> Trajectplan:
    """Her current plan, in the asked version (the newest when None)."""
    latest = dossier.latest_plan()
    if latest is None:
        raise CliError(text("cli.pdf.this-participant-has-no"))
    versions = dossier.plan_versions(latest.plan_id)
    if version is None:
        return versions[-1]
    for plan in versions:
        if plan.version == version:
            return plan
    known = ", ".join(str(p.version) for p in versions)
    raise CliError(text("cli.pdf.version-does-not-exist", version=version, known=known))


def _write_private(path: Path, data: bytes) -> None:
    """All or nothing: a clear error for a missing folder, then an atomic write."""
    if not path.parent.is_dir():
        raise CliError(text("cli.pdf.folder-does-not-exist", parent=path.parent))
    atomic_write(path, data)


def _render(vault: Vault, dossier: Dossier, plan: Trajectplan, args) -> bytes:
    from exports.plan_pdf import FontMissing

    try:
        return plan_pdf_job(vault, plan, dossier, args.lang, args.legal_name).render()
    except FontMissing as error:
        raise CliError(str(error)) from None


def cmd_plan_pdf(args: argparse.Namespace) -> int:
    participant_id = _uuid(args.participant_id, "cli.pdf.participant-id")
    with opened_vault(args) as vault:
        try:
            dossier = vault.dossier(participant_id)
        except VaultError:
            raise CliError(text("cli.pdf.unknown-participant", participant_id=participant_id)) from None
        plan = _plan_version(dossier, args.version)
        pdf = _render(vault, dossier, plan, args)
    _write_private(args.out, pdf)
    if plan.frozen:
        print(text("cli.pdf.signed-plan-version-saved", version=plan.version, out=args.out))
    else:
        print(text("cli.pdf.draft-version-not-signed", version=plan.version, out=args.out))
    return 0


MAX_PDF_BYTES = 64 * 1024 * 1024  # a plan PDF is well under 1 MB; /dev/zero never ends

# Why a signature is not accepted, per check (exports.pdf_signing.PdfVerification.problem).
_PROBLEMS = {"unreadable": "cli.pdf.problem.unreadable", "unsigned": "cli.pdf.problem.unsigned",
             "changed": "cli.pdf.problem.changed", "invalid_signature": "cli.pdf.problem.invalid-signature",
             "not_whole_file": "cli.pdf.problem.not-whole-file"}


def _read_pdf(path: Path) -> bytes:
    """The file's bytes, refusing anything larger than any plan PDF (a message, not a traceback)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_PDF_BYTES + 1)
    except OSError as error:
        raise CliError(f"{path}: {error.strerror}") from None
    if len(data) > MAX_PDF_BYTES:
        raise CliError(text("cli.pdf.too-large-for-a", path=path, megabytes=MAX_PDF_BYTES // 2 ** 20))
    return data


def _report(result: PdfVerification, signer: PdfSigner | None, folder: Path) -> None:
    if not result.intact:
        print(text(_PROBLEMS[result.problem]))
    elif signer is None:
        print(text("cli.pdf.signature-mathematically-sound-but", folder=folder))
    elif not signer.known:
        claimed = printable(result.signer or "")  # the certificate's name comes with the file
        print(text("cli.pdf.signature-mathematically-sound-but-2", claimed=claimed))
    else:
        amsterdam = ZoneInfo("Europe/Amsterdam")
        when = f"{result.signed_at.astimezone(amsterdam):%Y-%m-%d %H:%M}" if result.signed_at else "?"
        whose = text("cli.pdf.this-vault") if signer.own else text("cli.pdf.trusted-key")
        name = printable(signer.name)  # a trusted key's name came from outside too
        print(text("cli.pdf.signature-intact-and-valid"))
        print(text("cli.pdf.signed-by-on", name=name, whose=whose, when=when))
    if result.plan_id:
        print(text("cli.pdf.plan-version", plan_id=result.plan_id, version=result.version))
        print(text("cli.pdf.content-hash", content_hash=result.content_hash))


def _report_vault(found: dict) -> None:
    if not found["vault_has_plan"]:
        print(text("cli.pdf.this-vault-does-not"))
        return
    print(text("cli.pdf.content-equal" if found["vault_content_matches"] else "cli.pdf.content-differs"))
    if found["newer_version_exists"]:
        print(text("cli.pdf.note-the-vault-holds", newest_version=found["newest_version"]))
    else:
        print(text("cli.pdf.this-is-the-newest"))


def cmd_verify_pdf(args: argparse.Namespace) -> int:
    """Exit 0 only when the signature is intact and valid, covers the whole file, and its
    certificate is this vault's own or endorsed by a trusted key."""
    from exports.pdf_signing import verify_pdf

    result = verify_pdf(_read_pdf(args.file))
    folder, signer, found = vault_dir(args), None, None
    if Vault.exists(folder):
        with opened_vault(args) as vault:
            signer = pdf_signer(vault, result)
            found = compare_with_vault(vault, result, signer)
    trusted = result.intact and signer is not None and signer.known
    if args.json:
        print_json(vars(result) | {"signer_known": trusted, "signed_by": signer.name if trusted else None,
                                   "vault": found})
    else:
        _report(result, signer, folder)
        if found is not None:
            _report_vault(found)
    return EXIT_OK if trusted else EXIT_INVALID


def register(sub: argparse._SubParsersAction) -> None:
    """Add plan-pdf and verify-pdf to `koers`."""
    p = add_command(sub, "plan-pdf", text("cli.help.plan-pdf"), cmd_plan_pdf)
    p.add_argument("participant_id")
    p.add_argument("--version", type=int, help=text("cli.help.plan-pdf.version"))
    p.add_argument("--lang", choices=PARTICIPANT_LANGUAGES, help=text("cli.help.plan-pdf.lang"))
    p.add_argument("--legal-name", action="store_true",
                   help=text("cli.help.plan-pdf.legal-name"))
    p.add_argument("--out", type=Path, required=True)

    p = add_command(sub, "verify-pdf", text("cli.help.verify-pdf"), cmd_verify_pdf)
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")
