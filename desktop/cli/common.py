"""What every `koers` command shares: exit codes, the vault folder, the passphrase, output."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.vault import Vault, VaultError, WrongPassphrase, default_vault_dir
from forms.base import printable
from forms.catalogue import text

EXIT_OK, EXIT_USAGE, EXIT_PASSPHRASE, EXIT_INVALID = 0, 2, 3, 4


class CliError(Exception):
    """Stops a command with a message on stderr and an exit code."""

    def __init__(self, message: str, code: int = EXIT_INVALID):
        super().__init__(message)
        self.code = code


def add_vault_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vault", type=Path, default=None,
                        help=text("cli.help.vault"))


def add_command(sub: argparse._SubParsersAction, name: str, help_text: str, run, vault: bool = True,
                **options) -> argparse.ArgumentParser:
    """One subcommand: its parser, the --vault option (unless vault=False) and what it runs."""
    parser = sub.add_parser(name, help=help_text, **options)
    if vault:
        add_vault_option(parser)
    parser.set_defaults(run=run)
    return parser


def vault_dir(args: argparse.Namespace) -> Path:
    return args.vault or default_vault_dir()


def ask_passphrase(prompt: str | None = None, env: str = "KOERS_PASSPHRASE") -> str:
    """From the environment (for scripts) or a prompt without echo."""
    if os.environ.get(env):
        return os.environ[env]
    if not sys.stdin.isatty():
        raise CliError(text("cli.no-passphrase", env=env), EXIT_USAGE)
    return getpass.getpass(prompt or text("cli.passphrase"))


@contextmanager
def opened_vault(args: argparse.Namespace, warn: bool = True) -> Iterator[Vault]:
    """The unlocked vault for the command (warning on stderr when the audit log lost its last
    entries); closed afterwards, whatever happens."""
    folder = vault_dir(args)
    try:
        vault = Vault.open(folder, ask_passphrase())
    except WrongPassphrase:
        raise CliError(text("cli.wrong-passphrase"), EXIT_PASSPHRASE) from None
    except VaultError as error:
        raise CliError(str(error)) from None
    if vault.update_backup:
        print(text("cli.vault-updated", update_backup=vault.update_backup),
              file=sys.stderr)
    if warn and not vault.audit_head_intact():
        print(text("cli.audit-head-removed"), file=sys.stderr)
    try:
        yield vault
    finally:
        vault.close()


def read_file(path: Path, limit: int, unreadable: int = EXIT_INVALID) -> bytes:
    """The file's bytes, refused past `limit`: reads at most limit + 1 bytes, so a device such as
    /dev/zero or a file that grows while read cannot fill the memory. A file that cannot be
    read at all exits with `unreadable`."""
    try:
        with path.open("rb") as handle:
            too_large = path.is_file() and path.stat().st_size > limit  # refused before reading
            data = b"" if too_large else handle.read(limit + 1)
    except OSError as error:
        raise CliError(f"{path}: {error.strerror}", unreadable) from None
    if too_large or len(data) > limit:
        size = f"{limit / 1_048_576:g} MB" if limit >= 1_048_576 else f"{limit // 1024} KB"
        raise CliError(text("cli.file-too-large", path=path, size=size))
    return data


def print_json(data: object) -> None:
    """JSON on stdout; characters a terminal would obey (C1 controls, bidi overrides, which
    json.dumps leaves raw) are written as \\u escapes."""
    print(printable(json.dumps(data, ensure_ascii=False, indent=2, default=str), json=True))
