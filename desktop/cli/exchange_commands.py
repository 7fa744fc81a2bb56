"""keys (show, export-public, trust, export-identity), export and import of bundles."""

from __future__ import annotations

import argparse
import base64
import sys
from pathlib import Path
from uuid import UUID

from desktop.cli.common import (
    EXIT_PASSPHRASE, EXIT_USAGE, CliError, add_command, ask_passphrase, opened_vault,
    lang, print_json, read_file, say,
)
from desktop.cli.key_commands import register_keys
from desktop.vault import WrongPassphrase
from desktop.vault.exchange import (
    ImportReport, export_bundle, identity_file, import_bundle, mark_sent, own_public_key,
    trust_key, trusted_keys,
)
from desktop.vault.paths import atomic_write
from exports.bundle import MAX_FILE, BundleError, PublicKey
from forms.base import printable


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
    print(say("Vingerafdruk:       ", "Fingerprint:        ") + me.fingerprint)
    print(say("Ondertekensleutel:  ", "Signing key:        ") + _b64(me.ed25519) + " (Ed25519)")
    print(say("Versleutelsleutel:  ", "Encryption key:     ") + me.age + " (age)")
    print(say("Vertrouwde sleutels:", "Trusted keys:") + ("" if others else " -"))
    for key in others:
        print(f"  {key.fingerprint}  {key.role:<11} {printable(key.name)}")
    return 0


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def cmd_keys_export_public(args: argparse.Namespace) -> int:
    with opened_vault(args) as vault:
        me = own_public_key(vault)
    atomic_write(args.out, me.to_file())
    print(say(f"Openbare sleutel geschreven naar {args.out}", f"Public key written to {args.out}"))
    print(say("Vingerafdruk: ", "Fingerprint: ") + me.fingerprint)
    return 0


def cmd_keys_trust(args: argparse.Namespace) -> int:
    try:
        key = PublicKey.from_file(read_file(args.file, 64 * 1024))
    except BundleError as error:
        raise CliError(error.message(lang())) from None
    name = printable(args.name or key.name)
    print(say(f"Sleutel van {name} ({key.role} volgens het bestand)", f"Key of {name} ({key.role} according to the file)"))
    print(say("Vingerafdruk: ", "Fingerprint: ") + key.fingerprint)
    print(say("Vergelijk deze vingerafdruk hardop of via een tweede kanaal met de andere kant.",
              "Compare this fingerprint aloud or over a second channel with the other side."))
    if not args.yes:
        if not sys.stdin.isatty():
            raise CliError(say("bevestig met --yes nadat de vingerafdruk is vergeleken",
                               "confirm with --yes after comparing the fingerprint"), EXIT_USAGE)
        if input(say("Komt hij overeen? [j/N] ", "Does it match? [y/N] ")).strip().lower() not in ("j", "ja", "y", "yes"):
            print(say("Niet vertrouwd.", "Not trusted."))
            return EXIT_USAGE
    with opened_vault(args) as vault:
        trusted = trust_key(vault, key, args.role, args.name, replaces=args.replaces)
    name = printable(trusted.name)
    print(say(f"Vertrouwd als {trusted.role}: {name}", f"Trusted as {trusted.role}: {name}"))
    if args.replaces:
        print(say(f"Sleutel {args.replaces} is ingetrokken; haar dossiers horen nu bij deze sleutel.",
                  f"Key {args.replaces} is revoked; its dossiers now belong to this key."))
    return 0


def cmd_keys_export_identity(args: argparse.Namespace) -> int:
    with opened_vault(args) as vault:
        print(say("Let op: met dit bestand kan iedereen bundels voor deze kluis openen. Alleen voor noodherstel;"
                  " bewaar het offline en veilig.",
                  "Warning: anyone with this file can open bundles sent to this vault. For disaster recovery"
                  " only; keep it offline and safe."), file=sys.stderr)
        again = ask_passphrase(say("Wachtwoord nogmaals ter bevestiging: ", "Passphrase again to confirm: "),
                               env="KOERS_CONFIRM_PASSPHRASE")
        try:
            data = identity_file(vault, again)
        except WrongPassphrase:
            raise CliError(say("verkeerd wachtwoord", "wrong passphrase"), EXIT_PASSPHRASE) from None
    atomic_write(args.out, data)
    print(say(f"Age-identiteit geschreven naar {args.out}", f"Age identity written to {args.out}"))
    return 0


# --- export and import ---------------------------------------------------------------
def _participants(text: str) -> list[UUID] | None:
    if text.strip().lower() == "all":
        return None
    try:
        return [UUID(part.strip()) for part in text.split(",") if part.strip()]
    except ValueError:
        raise CliError(say(f"geen geldige lijst van id's: {text}", f"not a valid list of ids: {text}"),
                       EXIT_USAGE) from None


def cmd_export(args: argparse.Namespace) -> int:
    with opened_vault(args) as vault:
        vault.refuse_own_path(args.out)
        try:
            export = export_bundle(vault, args.to, _participants(args.participants),
                                   since_last=args.since_last, self_copy=args.self_copy,
                                   plan_pdfs=args.with_plan_pdfs)
        except BundleError as error:
            raise CliError(error.message(lang())) from None
        if not export.sent:
            print(say("Niets te exporteren: er is niets veranderd sinds de vorige export.",
                      "Nothing to export: nothing changed since the last export."))
            return 0
        atomic_write(args.out, export.data)
        mark_sent(vault, export)
    to = printable(export.to.name)
    print(say(f"{len(export.sent)} gegevens versleuteld voor {to} in {args.out}",
              f"{len(export.sent)} records encrypted for {to} in {args.out}"))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    data = read_file(args.file, MAX_FILE)
    with opened_vault(args) as vault:
        try:
            report = import_bundle(vault, data)
        except BundleError as error:
            raise CliError(error.message(lang())) from None
    _print_report(report, args.json)
    return 0


def _print_report(report: ImportReport, as_json: bool) -> None:
    if as_json:
        print_json({"sender": report.sender, "created": report.created.isoformat(),
                    **{name: [{"kind": k, "id": str(i)} for k, i in getattr(report, name)]
                       for name in ("new", "updated", "unchanged", "conflicts")}})
        return
    sender = printable(report.sender)
    print(say(f"Bundel van {sender}, gemaakt {report.created:%Y-%m-%d %H:%M} UTC",
              f"Bundle from {sender}, made {report.created:%Y-%m-%d %H:%M} UTC"))
    for name, nl, en in (("new", "nieuw", "new"), ("updated", "bijgewerkt", "updated"),
                         ("unchanged", "ongewijzigd", "unchanged"), ("conflicts", "conflicten", "conflicts")):
        print(f"  {say(nl, en):<12} {len(getattr(report, name))}")
    for kind, record_id in report.conflicts:
        print(say(f"    conflict: {kind} {record_id} (beide versies bewaard)",
                  f"    conflict: {kind} {record_id} (both versions kept)"))


def register(sub: argparse._SubParsersAction) -> None:
    """Add keys, export and import to `koers`."""
    keys = sub.add_parser("keys", help="sleutels en vertrouwen / keys and trust")
    keys_sub = keys.add_subparsers(dest="keys_command", required=True, metavar="ACTION")
    p = add_command(keys_sub, "show", "eigen sleutels en vingerafdruk / own keys and fingerprint",
                    cmd_keys_show)
    p.add_argument("--json", action="store_true")
    p = add_command(keys_sub, "export-public", "schrijf de openbare sleutel / write the public key file",
                    cmd_keys_export_public)
    p.add_argument("--out", type=Path, required=True)
    p = add_command(keys_sub, "trust", "vertrouw de sleutel van de andere kant / trust the other side's key",
                    cmd_keys_trust)
    p.add_argument("file", type=Path)
    p.add_argument("--role", choices=("supervisor", "begeleider"), required=True)
    p.add_argument("--name", help="naam om de sleutel onder te bewaren / name to keep the key under")
    p.add_argument("--yes", action="store_true", help="vingerafdruk is vergeleken / fingerprint was compared")
    p.add_argument("--replaces", metavar="FINGERPRINT",
                   help="opvolger van deze sleutel (nieuwe laptop) / successor of this key (new laptop)")
    register_keys(keys_sub)
    p = add_command(keys_sub, "export-identity", "age-identiteit voor noodherstel / age identity for recovery",
                    cmd_keys_export_identity)
    p.add_argument("--out", type=Path, required=True)

    p = add_command(sub, "export", "versleutelde bundel voor de supervisor / encrypted bundle for the supervisor",
                    cmd_export)
    p.add_argument("--to", required=True, help="naam van een vertrouwde supervisorsleutel / trusted supervisor's name")
    p.add_argument("--participants", default="all", help="all, of id's met komma's / or comma-separated ids")
    p.add_argument("--since-last", action="store_true", help="alleen wat veranderde / only what changed")
    p.add_argument("--self-copy", action="store_true", help="ook voor jezelf versleutelen / also encrypt to yourself")
    p.add_argument("--with-plan-pdfs", action="store_true",
                   help="met de ondertekende plan-PDF's / with the signed plan PDFs")
    p.add_argument("--out", type=Path, required=True)

    p = add_command(sub, "import", "voeg een bundel samen in de kluis / merge a bundle into the vault",
                    cmd_import)
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")
