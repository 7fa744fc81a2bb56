"""init, demo, list, show, passwd, recover, import-caseload, backup, restore, audit verify."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from uuid import UUID

from desktop.cli.common import (
    EXIT_OK, EXIT_PASSPHRASE, EXIT_USAGE, CliError, add_command, ask_passphrase, opened_vault,
    print_json, read_file, vault_dir,
)
from desktop.vault import Vault, VaultError, WrongPassphrase
from forms import PHASES
from forms.base import printable
from forms.catalogue import text
from forms.vocab import label, lookup


def _new_passphrase(env: str = "KOERS_PASSPHRASE") -> str:
    """A new passphrase from `env` (scripts) or typed twice at a prompt."""
    passphrase = ask_passphrase(text("cli.vault.new-passphrase"), env=env)
    if not os.environ.get(env) and ask_passphrase(text("cli.vault.once-more"), env=env) != passphrase:
        raise CliError(text("cli.vault.the-passphrases-differ"), EXIT_USAGE)
    return passphrase  # the vault judges its strength (desktop.vault.passphrase): exit 4 if too weak


def _print_recovery_code(code: str) -> None:
    print(text("cli.vault.recovery-code-write-it"))
    print(f"  {code}")


def create_vault(folder: Path, worker_name: str, role: str) -> Vault:
    vault, code = Vault.create(folder, _new_passphrase(), worker_name, role)
    print(text("cli.vault.vault-created-in", folder=folder))
    _print_recovery_code(code)
    return vault


def cmd_init(args: argparse.Namespace) -> int:
    create_vault(vault_dir(args), args.worker_name, args.role).close()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.demo import demo_dossiers, demo_kaart, demo_outreach  # only this command needs the demo data

    # built before any file exists
    records = [r for dossier in demo_dossiers() for r in dossier.records()] + demo_kaart() + demo_outreach()
    vault = create_vault(vault_dir(args), "Sanne de Vries", "begeleider")
    try:
        vault.save_all(records)
        print(text("cli.vault.fictional-participants-added", count=vault.count_participants()))
    finally:
        vault.close()
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    phase = None
    if args.phase:
        phase = lookup("phases", args.phase)
        if phase is None:
            raise CliError(text("cli.vault.unknown-phase", phase=args.phase), EXIT_USAGE)
    with opened_vault(args) as vault:
        rows = vault.participants(search=args.search, phase=phase)
    if args.json:
        print_json([{"id": str(r.id), "roepnaam": r.roepnaam, "phase": r.phase,
                     "next_deadline": r.next_deadline.isoformat() if r.next_deadline else None} for r in rows])
    else:
        for r in rows:
            print(f"{r.id}  {printable(r.roepnaam):<30}  {label('phases', r.phase):<12}  {r.next_deadline or ''}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    try:
        participant_id = UUID(args.id)
    except ValueError:
        raise CliError(text("cli.vault.not-a-valid-id", id=args.id), EXIT_USAGE) from None
    with opened_vault(args) as vault:
        dossier = vault.open_dossier(participant_id)
    if args.json:
        print(printable(dossier.model_dump_json(indent=2), json=True))
    else:
        p = dossier.participant
        print(f"{printable(p.roepnaam)}  ({label('phases', dossier.phase)})")
        for field in ("aanmeldingen", "intakes", "consents", "contacts", "referrals",
                      "phases", "assessments", "plans", "evaluations"):
            print(f"  {field}: {len(getattr(dossier, field))}")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    with opened_vault(args) as vault:
        vault.change_passphrase(_new_passphrase("KOERS_NEW_PASSPHRASE"))
    print(text("cli.vault.passphrase-changed"))
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    code = ask_passphrase(text("cli.vault.recovery-code"), env="KOERS_RECOVERY_CODE")
    try:
        Vault.recover(vault_dir(args), code, _new_passphrase("KOERS_NEW_PASSPHRASE")).close()
    except WrongPassphrase:
        raise CliError(text("cli.vault.this-recovery-code-does"), EXIT_PASSPHRASE) from None
    except VaultError as error:
        raise CliError(str(error)) from None
    print(text("cli.vault.new-passphrase-set"))
    return 0


def cmd_import_caseload(args: argparse.Namespace) -> int:
    from desktop.caseload import MAX_BYTES, CaseloadError, read_caseload

    try:
        rows = read_caseload(read_file(args.file, MAX_BYTES))
    except CaseloadError as error:
        raise CliError(str(error)) from None
    with opened_vault(args) as vault:
        from desktop.caseload import new_records

        records = new_records(rows, vault)
        vault.save_all(records)
        added = sum(1 for r in records if r.KIND == "participant")
    print(text("cli.vault.participants-added-were-already", added=added, existing=len(rows) - added))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    with opened_vault(args) as vault:
        vault.backup_to(args.out)
    print(text("cli.vault.encrypted-backup-written", out=args.out))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop.vault.backup import BackupError, restore_backup

    try:
        kept = restore_backup(args.file, vault_dir(args), ask_passphrase(
            text("cli.vault.passphrase-of-the-backup")))
    except WrongPassphrase:
        raise CliError(text("cli.vault.this-passphrase-does-not"),
                       EXIT_PASSPHRASE) from None
    except (BackupError, OSError) as error:
        raise CliError(f"{args.file}: {error}") from None
    print(text("cli.vault.backup-restored"))
    if kept:
        print(text("cli.vault.the-previous-vault-is", kept=kept))
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    with opened_vault(args, warn=False) as vault:
        broken_at, head_intact = vault.audit_broken_at(), vault.audit_head_intact()
    if broken_at is not None:
        raise CliError(text("cli.vault.audit-log-broken-entry", broken_at=broken_at))
    if not head_intact:
        raise CliError(text("cli.vault.audit-log-broken-its"))
    print(text("cli.vault.audit-log-whole"))
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(sub, "init", text("cli.help.init"), cmd_init)
    p.add_argument("--worker-name", required=True)
    p.add_argument("--role", choices=("begeleider", "supervisor"), default="begeleider")

    add_command(sub, "demo", text("cli.help.demo"), cmd_demo)

    p = add_command(sub, "list", text("cli.help.list"), cmd_list)
    p.add_argument("--json", action="store_true")
    p.add_argument("--search", help=text("cli.help.list.search"))
    p.add_argument("--phase", help=", ".join(PHASES))

    p = add_command(sub, "show", text("cli.help.show"), cmd_show)
    p.add_argument("id")
    p.add_argument("--json", action="store_true")

    add_command(sub, "passwd", text("cli.help.passwd"), cmd_passwd)

    add_command(sub, "recover", text("cli.help.recover"),
                cmd_recover)

    p = add_command(sub, "import-caseload", text("cli.help.import-caseload"),
                    cmd_import_caseload)
    p.add_argument("file", type=Path)

    p = add_command(sub, "backup", text("cli.help.backup"), cmd_backup)
    p.add_argument("--out", type=Path, required=True)

    p = add_command(sub, "restore", text("cli.help.restore"), cmd_restore)
    p.add_argument("file", type=Path)

    audit = sub.add_parser("audit", help=text("cli.help.audit"))
    audit_sub = audit.add_subparsers(dest="audit_command", required=True, metavar="ACTION")
    add_command(audit_sub, "verify", text("cli.help.audit.verify"), cmd_audit_verify)
