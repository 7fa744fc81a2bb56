"""instruments [--json], instruments add FILE, smart-check [--json].

Adding is desktop.vault.instruments (shared with the app). Instruments hold no personal data,
so no passphrase is asked.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.cli.common import (
    EXIT_USAGE, CliError, add_command, print_json, read_file, vault_dir,
)
from desktop.vault import Vault
from desktop.vault.instruments import MAX_INSTRUMENT_BYTES, Added, add_instrument, parse_instrument
from desktop.vault.paths import instruments_dir
from forms.base import printable
from forms.catalogue import language, text
from matrix import instruments as mi
from matrix.smart import SmartInput, as_json, check

def _row(instrument: mi.Instrument, source: str) -> dict:
    return {"id": instrument.id, "version": instrument.version, "name": instrument.title(language()),
            "domains": len(instrument.domains), "source": source}


def cmd_list(args: argparse.Namespace) -> int:
    shipped = {(i.id, i.version) for i in mi.installed()}
    rows = [_row(i, "koers" if (i.id, i.version) in shipped else "vault")
            for i in mi.installed(instruments_dir(vault_dir(args)))]
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            print(printable(f"{r['id']:<24} {r['version']:<8} {r['domains']:>3}  {r['name']}  ({r['source']})"))
    return 0


def _read_instrument(path: Path) -> tuple[mi.Instrument, str]:
    try:
        return parse_instrument(read_file(path, MAX_INSTRUMENT_BYTES, unreadable=EXIT_USAGE))
    except UnicodeDecodeError as error:
        raise CliError(text("cli.instrument.cannot-read", path=path, error=error), EXIT_USAGE) from None
    except mi.InstrumentError as error:
        raise CliError(text("cli.instrument.nothing-was-added", name=path.name, error=error.message)) from None


def cmd_add(args: argparse.Namespace) -> int:
    instrument, raw = _read_instrument(args.file)
    folder = vault_dir(args)
    if not Vault.exists(folder):
        raise CliError(text("cli.instrument.no-vault-in", folder=folder), EXIT_USAGE)
    which = f"{instrument.id} {instrument.version}"
    added = add_instrument(folder, instrument, raw)
    if added is Added.ALREADY:
        print(text("cli.instrument.is-already-installed", which=which))
    elif added is Added.OTHER_TEXTS:
        raise CliError(text("cli.instrument.already-exists-with-other", which=which))
    else:
        print(text("cli.instrument.added-domains", which=which, count=len(instrument.domains)))
    return 0


def cmd_smart_check(args: argparse.Namespace) -> int:
    try:
        data = json.loads(sys.stdin.read())
    except json.JSONDecodeError as error:
        raise CliError(text("cli.instrument.no-valid-json-on", error=error), EXIT_USAGE) from None
    if not isinstance(data, dict):
        raise CliError(text("cli.instrument.expected-one-goal-as"), EXIT_USAGE)
    goal = SmartInput.model_validate(data)  # a ValidationError is explained by koers main
    verdicts = check(goal, language())
    if args.json:
        print_json(as_json(verdicts))
    else:
        for letter, verdict in verdicts.items():
            print(f"{letter}  {'ok  ' if verdict.ok else 'tip '}  {verdict.hint}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add `instruments` (with `add`) and `smart-check` to `koers`."""
    instruments = add_command(sub, "instruments", text("cli.help.instruments"),
                              cmd_list)
    instruments.add_argument("--json", action="store_true")
    actions = instruments.add_subparsers(dest="action", metavar="ACTION")
    add = add_command(actions, "add", text("cli.help.instruments.add"),
                      cmd_add, vault=False)
    add.add_argument("file", type=Path)
    # SUPPRESS: `instruments --vault DIR add FILE` keeps the folder given before `add`.
    add.add_argument("--vault", type=Path, default=argparse.SUPPRESS, help=text("cli.help.instruments.add.vault"))

    smart = add_command(sub, "smart-check", text("cli.help.smart-check"), cmd_smart_check,
                        vault=False)
    smart.add_argument("--json", action="store_true")
