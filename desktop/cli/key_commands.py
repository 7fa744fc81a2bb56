"""keys list, revoke, introduce and accept-introduction: which keys a vault trusts, a lost
laptop's key revoked, a new laptop's key taking over from the old one."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import CliError, add_command, opened_vault, print_json, read_file
from desktop.vault.paths import atomic_write
from desktop.vault.trust import (
    KeyEntry, accept_introduction, introduce, key_entries, own_public_key, revoke_key,
)
from exports.bundle import BundleError, PublicKey
from forms.base import printable
from forms.catalogue import language, text


def cmd_keys_list(args: argparse.Namespace) -> int:
    with opened_vault(args) as vault:
        me, entries = own_public_key(vault), key_entries(vault)
    if args.json:
        print_json({"own": {"name": me.name, "role": me.role, "fingerprint": me.fingerprint},
                    "keys": [_entry_json(e) for e in entries]})
        return 0
    print(text("cli.key.own-key"))
    print(f"  {me.fingerprint}  {me.role:<11} {printable(me.name)}")
    print(text("cli.key.other-keys" if entries else "cli.key.no-other-keys"))
    for entry in entries:
        print(f"  {entry.key.fingerprint}  {entry.key.role:<11} {printable(entry.key.name)}  {_status(entry)}")
    return 0


def _status(entry: KeyEntry) -> str:
    if entry.revoked_at is None:
        return text("cli.key.trusted")
    if entry.successor:
        return text("cli.key.revoked-on-succeeded", revoked_at=entry.revoked_at, successor=entry.successor)
    return text("cli.key.revoked-on", revoked_at=entry.revoked_at)


def _entry_json(entry: KeyEntry) -> dict[str, object]:
    return {"name": entry.key.name, "role": entry.key.role, "fingerprint": entry.key.fingerprint,
            "added_at": entry.added_at.isoformat(),
            "revoked_at": entry.revoked_at.isoformat() if entry.revoked_at else None,
            "successor": entry.successor}


def cmd_keys_revoke(args: argparse.Namespace) -> int:
    with opened_vault(args) as vault:
        key = revoke_key(vault, args.fingerprint)
    print(text("cli.key.revoked-bundles-signed-with", fingerprint=key.fingerprint, name=printable(key.name)))
    return 0


def cmd_keys_introduce(args: argparse.Namespace) -> int:
    new = _key_file(args.file)
    with opened_vault(args) as vault:
        data = introduce(vault, new)
    atomic_write(args.out, data)
    print(text("cli.key.introduction-of-written-to", fingerprint=new.fingerprint, name=printable(new.name),
               out=args.out))
    return 0


def cmd_keys_accept_introduction(args: argparse.Namespace) -> int:
    data = read_file(args.file, 64 * 1024)
    with opened_vault(args) as vault:
        try:
            old, new = accept_introduction(vault, data)
        except BundleError as error:
            raise _refused(error) from None
    print(text("cli.key.new-key-trusted-introduced", name=printable(new.name), fingerprint=new.fingerprint,
               old=old.fingerprint))
    return 0


def _key_file(path: Path) -> PublicKey:
    try:
        return PublicKey.from_file(read_file(path, 64 * 1024))
    except BundleError as error:
        raise _refused(error) from None


def _refused(error: BundleError) -> CliError:
    return CliError(error.render(language()))


def register_keys(keys_sub: argparse._SubParsersAction) -> None:
    """Add list, revoke, introduce and accept-introduction to `koers keys`."""
    p = add_command(keys_sub, "list", text("cli.help.keys.list"), cmd_keys_list)
    p.add_argument("--json", action="store_true")
    p = add_command(keys_sub, "revoke", text("cli.help.keys.revoke"),
                    cmd_keys_revoke)
    p.add_argument("fingerprint")
    p = add_command(keys_sub, "introduce", text("cli.help.keys.introduce"), cmd_keys_introduce)
    p.add_argument("file", type=Path, help=text("cli.help.keys.introduce.file"))
    p.add_argument("--out", type=Path, required=True)
    p = add_command(keys_sub, "accept-introduction", text("cli.help.keys.accept-introduction"),
                    cmd_keys_accept_introduction)
    p.add_argument("file", type=Path)
