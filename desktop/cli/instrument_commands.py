"""instruments [--json], instruments add FILE, smart-check [--json].

Added instruments are files in <vault folder>/instruments/ named <id>@<version>.yaml. They
hold no personal data, so no passphrase is asked. A version is never overwritten with other
texts: assessments pin (id, version), so a changed file must carry a new version.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.cli.common import (
    EXIT_USAGE, CliError, add_command, lang, print_json, read_file, say, vault_dir,
)
from desktop.vault import Vault
from desktop.vault.paths import atomic_write, instruments_dir, prepare_private_dir
from forms.base import printable
from matrix import instruments as mi
from matrix.smart import SmartInput, as_json, check

MAX_INSTRUMENT_BYTES = 2 * 1_048_576  # the built-in matrix is 13 KB; a licensed one is of that kind


def _row(instrument: mi.Instrument, source: str) -> dict:
    return {"id": instrument.id, "version": instrument.version, "name": instrument.title(lang()),
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
        text = read_file(path, MAX_INSTRUMENT_BYTES, unreadable=EXIT_USAGE).decode("utf-8")
    except UnicodeDecodeError as error:
        raise CliError(say(f"kan {path} niet lezen: {error}", f"cannot read {path}: {error}"), EXIT_USAGE) from None
    try:
        return mi.load_instrument(text), text
    except mi.InstrumentError as error:
        raise CliError(say(f"{path.name}: {error.nl}; er is niets toegevoegd",
                           f"{path.name}: {error.en}; nothing was added")) from None


def cmd_add(args: argparse.Namespace) -> int:
    instrument, text = _read_instrument(args.file)
    folder = vault_dir(args)
    if not Vault.exists(folder):
        raise CliError(say(f"geen kluis in {folder}", f"no vault in {folder}"), EXIT_USAGE)
    target_dir = instruments_dir(folder)
    existing = {(i.id, i.version): i for i in mi.installed(target_dir)}.get((instrument.id, instrument.version))
    which = f"{instrument.id} {instrument.version}"
    if existing == instrument:
        print(say(f"{which} is al geïnstalleerd", f"{which} is already installed"))
        return 0
    if existing is not None:
        raise CliError(say(f"{which} bestaat al met andere teksten: geef het bestand een nieuwe versie",
                           f"{which} already exists with other texts: give the file a new version"))
    prepare_private_dir(target_dir)
    atomic_write(target_dir / f"{instrument.id}@{instrument.version}.yaml", text.encode("utf-8"))
    print(say(f"{which} toegevoegd ({len(instrument.domains)} domeinen)",
              f"{which} added ({len(instrument.domains)} domains)"))
    return 0


def cmd_smart_check(args: argparse.Namespace) -> int:
    try:
        data = json.loads(sys.stdin.read())
    except json.JSONDecodeError as error:
        raise CliError(say(f"geen geldige JSON op stdin: {error}", f"no valid JSON on stdin: {error}"), EXIT_USAGE) from None
    if not isinstance(data, dict):
        raise CliError(say("verwacht één doel als JSON-object", "expected one goal as a JSON object"), EXIT_USAGE)
    goal = SmartInput.model_validate(data)  # a ValidationError is explained by koers main
    verdicts = check(goal, lang())
    if args.json:
        print_json(as_json(verdicts))
    else:
        for letter, verdict in verdicts.items():
            print(f"{letter}  {'ok  ' if verdict.ok else 'tip '}  {verdict.hint}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add `instruments` (with `add`) and `smart-check` to `koers`."""
    instruments = add_command(sub, "instruments", "geïnstalleerde instrumenten / installed instruments",
                              cmd_list)
    instruments.add_argument("--json", action="store_true")
    actions = instruments.add_subparsers(dest="action", metavar="ACTION")
    add = add_command(actions, "add", "instrumentbestand toevoegen / add an instrument file",
                      cmd_add, vault=False)
    add.add_argument("file", type=Path)
    # SUPPRESS: `instruments --vault DIR add FILE` keeps the folder given before `add`.
    add.add_argument("--vault", type=Path, default=argparse.SUPPRESS, help="map van de kluis / vault folder")

    smart = add_command(sub, "smart-check", "SMART-check van één doel (JSON op stdin) / SMART check of one goal",
                        cmd_smart_check, vault=False)
    smart.add_argument("--json", action="store_true")
