"""The `koers` command line: stable, for scripts. Exit codes: 0 ok, 2 usage, 3 wrong
passphrase, 4 invalid input. No Qt is imported here (the `gui` command loads it on demand).
"""

from __future__ import annotations

import argparse
import os
import sys

from pydantic import ValidationError

from desktop.cli import (
    agenda_commands, exchange_commands, gui_commands, instrument_commands, inzage_commands, outreach_commands,
    pdf_commands, report_commands, rights_commands, supervisor_commands, team_commands, vault_commands,
)
from desktop.cli.common import EXIT_INVALID, EXIT_OK, CliError
from desktop.vault import VaultError
from forms import explain
from forms.catalogue import language, text
from forms.version import VERSION

COMMAND_GROUPS = (vault_commands, instrument_commands, pdf_commands, exchange_commands,
                  report_commands, rights_commands, inzage_commands, supervisor_commands, team_commands,
                  outreach_commands, agenda_commands, gui_commands)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="koers", description=text("cli.help.koers"))
    top.add_argument("--version", action="version", version=f"koers {VERSION}")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for group in COMMAND_GROUPS:
        group.register(sub)
    return top


def main(argv: list[str] | None = None) -> int:
    os.umask(0o077)  # every file Koers writes is private to the user
    args = parser().parse_args(argv)
    try:
        return args.run(args) or EXIT_OK
    except CliError as error:
        print(f"koers: {error}", file=sys.stderr)
        return error.code
    except ValidationError as error:
        for line in explain(error, language()):
            print(f"koers: {line}", file=sys.stderr)
        return EXIT_INVALID
    except VaultError as error:
        print(f"koers: {error}", file=sys.stderr)
        return EXIT_INVALID
