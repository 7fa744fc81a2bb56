"""keys (show, export-public, trust, export-identity), export and import of bundles."""

from __future__ import annotations

import argparse
import base64
import sys
from pathlib import Path
from uuid import UUID

from desktop.cli.common import (
    EXIT_PASSPHRASE, EXIT_USAGE, CliError, add_command, ask_passphrase, opened_vault,
    print_json, read_file,
)
from desktop.cli.key_commands import register_keys
from desktop.cli.supervisor_commands import print_people
from desktop.vault import WrongPassphrase
from desktop.vault.exchange import (
    ImportReport, export_bundle, identity_file, import_bundle, mark_sent, own_public_key,
    trust_key, trusted_keys,
)
from desktop.vault.paths import atomic_write
from exports.bundle import MAX_FILE, BundleError, PublicKey
from forms.base import printable
from forms.catalogue import language, text


# --- keys ----------------------------------------------------------------------------
def cmd_keys_show(args: argparse.Namespace) -> int:
    with opened_vault(args) as vault:
        me, others = own_public_key(vault), trusted_keys(vault)
    if args.json:
        print_json({"name": me.name, "role": me.role, "fingerprint": me.fingerprint,
                    "ed25519": _b64(me.ed25519), "age": me.age,
                    "trusted": [{"name": k.name, "role": k.role, "fingerprint": k.fingerprint} for k in others]})
        return 0
    print(f"{printable(me.name)} ({me.role})")
    print(text("cli.exchange.show.fingerprint", fingerprint=me.fingerprint))
    print(text("cli.exchange.show.signing-key", key=_b64(me.ed25519)))
    print(text("cli.exchange.show.encryption-key", key=me.age))
    print(text("cli.exchange.show.trusted-keys" if others else "cli.exchange.show.no-trusted-keys"))
    for key in others:
        print(f"  {key.fingerprint}  {key.role:<11} {printable(key.name)}")
    return 0


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def cmd_keys_export_public(args: argparse.Namespace) -> int:
    with opened_vault(args) as vault:
        me = own_public_key(vault)
    atomic_write(args.out, me.to_file())
    print(text("cli.exchange.public-key-written-to", out=args.out))
    print(text("cli.exchange.fingerprint", fingerprint=me.fingerprint))
    return 0


def cmd_keys_trust(args: argparse.Namespace) -> int:
    try:
        key = PublicKey.from_file(read_file(args.file, 64 * 1024))
    except BundleError as error:
        raise CliError(error.render(language())) from None
    name = printable(args.name or key.name)
    print(text("cli.exchange.key-of-according-to", name=name, role=key.role))
    print(text("cli.exchange.fingerprint", fingerprint=key.fingerprint))
    print(text("cli.exchange.compare-this-fingerprint-aloud"))
    if not args.yes:
        if not sys.stdin.isatty():
            raise CliError(text("cli.exchange.confirm-with-yes-after"), EXIT_USAGE)
        if input(text("cli.exchange.does-it-match-y")).strip().lower() not in ("j", "ja", "y", "yes"):
            print(text("cli.exchange.not-trusted"))
            return EXIT_USAGE
    with opened_vault(args) as vault:
        trusted = trust_key(vault, key, args.role, args.name, replaces=args.replaces)
    name = printable(trusted.name)
    print(text("cli.exchange.trusted-as", role=trusted.role, name=name))
    if args.replaces:
        print(text("cli.exchange.key-is-revoked-its", replaces=args.replaces))
    return 0


def cmd_keys_export_identity(args: argparse.Namespace) -> int:
    with opened_vault(args) as vault:
        print(text("cli.exchange.warning-anyone-with-this"), file=sys.stderr)
        again = ask_passphrase(text("cli.exchange.passphrase-again-to-confirm"),
                               env="KOERS_CONFIRM_PASSPHRASE")
        try:
            data = identity_file(vault, again)
        except WrongPassphrase:
            raise CliError(text("cli.wrong-passphrase"), EXIT_PASSPHRASE) from None
    atomic_write(args.out, data)
    print(text("cli.exchange.age-identity-written-to", out=args.out))
    return 0


# --- export and import ---------------------------------------------------------------
def _participants(given: str) -> list[UUID] | None:
    if given.strip().lower() == "all":
        return None
    try:
        return [UUID(part.strip()) for part in given.split(",") if part.strip()]
    except ValueError:
        raise CliError(text("cli.exchange.not-a-valid-list", given=given),
                       EXIT_USAGE) from None


def cmd_export(args: argparse.Namespace) -> int:
    with opened_vault(args) as vault:
        vault.refuse_own_path(args.out)
        try:
            export = export_bundle(vault, args.to, _participants(args.participants),
                                   since_last=args.since_last, self_copy=args.self_copy,
                                   plan_pdfs=args.with_plan_pdfs)
        except BundleError as error:
            raise CliError(error.render(language())) from None
        if not export.sent:
            print(text("cli.exchange.nothing-to-export-nothing"))
            return 0
        atomic_write(args.out, export.data)
        mark_sent(vault, export)
    to = printable(export.to.name)
    print(text("cli.exchange.records-encrypted-for-in", count=len(export.sent), to=to, out=args.out))
    if export.anonymous:
        print(text("rights.export-anonymous", count=len(export.anonymous)))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    data = read_file(args.file, MAX_FILE)
    with opened_vault(args) as vault:
        try:
            report = import_bundle(vault, data)
        except BundleError as error:
            raise CliError(error.render(language())) from None
    _print_report(report, args.json)
    return 0


def _print_report(report: ImportReport, as_json: bool) -> None:
    if as_json:
        print_json({"sender": report.sender, "created": report.created.isoformat(),
                    **{name: [{"kind": k, "id": str(i)} for k, i in getattr(report, name)]
                       for name in ("new", "updated", "unchanged", "conflicts")},
                    "erased": [str(i) for i in report.erased], "anonymised": [str(i) for i in report.anonymised],
                    "dossiers": [{"id": str(d.participant_id), "roepnaam": d.roepnaam, "outcome": d.outcome}
                                 for d in report.dossiers],
                    "read_before": report.read_before.isoformat() if report.read_before else None,
                    "older": report.older})
        return
    sender = printable(report.sender)
    print(text("cli.exchange.bundle-from-made-utc", sender=sender, created=report.created))
    print_people(report)
    for code, ids in (("rights.import-erased", report.erased), ("rights.import-anonymised", report.anonymised)):
        if ids:
            print(text(code, count=len(ids)))
    for kind, record_id in report.conflicts:
        print(text("cli.exchange.conflict-both-versions-kept", kind=kind, record_id=record_id))


def register(sub: argparse._SubParsersAction) -> None:
    """Add keys, export and import to `koers`."""
    keys = sub.add_parser("keys", help=text("cli.help.keys"))
    keys_sub = keys.add_subparsers(dest="keys_command", required=True, metavar="ACTION")
    p = add_command(keys_sub, "show", text("cli.help.keys.show"),
                    cmd_keys_show)
    p.add_argument("--json", action="store_true")
    p = add_command(keys_sub, "export-public", text("cli.help.keys.export-public"),
                    cmd_keys_export_public)
    p.add_argument("--out", type=Path, required=True)
    p = add_command(keys_sub, "trust", text("cli.help.keys.trust"),
                    cmd_keys_trust)
    p.add_argument("file", type=Path)
    p.add_argument("--role", choices=("supervisor", "begeleider"), required=True)
    p.add_argument("--name", help=text("cli.help.keys.trust.name"))
    p.add_argument("--yes", action="store_true", help=text("cli.help.keys.trust.yes"))
    p.add_argument("--replaces", metavar="FINGERPRINT",
                   help=text("cli.help.keys.trust.replaces"))
    register_keys(keys_sub)
    p = add_command(keys_sub, "export-identity", text("cli.help.keys.export-identity"),
                    cmd_keys_export_identity)
    p.add_argument("--out", type=Path, required=True)

    p = add_command(sub, "export", text("cli.help.export"),
                    cmd_export)
    p.add_argument("--to", required=True, help=text("cli.help.export.to"))
    p.add_argument("--participants", default="all", help=text("cli.help.export.participants"))
    p.add_argument("--since-last", action="store_true", help=text("cli.help.export.since-last"))
    p.add_argument("--self-copy", action="store_true", help=text("cli.help.export.self-copy"))
    p.add_argument("--with-plan-pdfs", action="store_true",
                   help=text("cli.help.export.with-plan-pdfs"))
    p.add_argument("--out", type=Path, required=True)

    p = add_command(sub, "import", text("cli.help.import"),
                    cmd_import)
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")
