"""The team: `koers kaart` (the sociale kaart), `koers handover` and `koers cover` (a dossier to
a colleague), `koers team-shares` (the programme's rule for handovers)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from uuid import UUID

from desktop.cli.common import CliError, EXIT_USAGE, add_command, opened_vault, print_json, read_file
from desktop.vault import kaart
from desktop.vault.handover import (
    end_covers, erase_dossier, hand_over, handover_bundle, holder, set_team_shares, team_shares,
)
from desktop.vault.paths import atomic_write
from forms import KaartEntry
from forms.base import printable
from forms.catalogue import KoersError, Message, date_text, text
from forms.spreadsheet import MAX_BYTES, SpreadsheetError
from forms.vocab import label, lookup


def cmd_kaart_list(args: argparse.Namespace) -> int:
    with opened_vault(args) as vault:
        items = kaart.entries(vault, with_retired=args.all)
    if args.json:
        print_json([item.entry.model_dump(mode="json") | {"programme": item.programme} for item in items])
        return 0
    for item in items:
        e = item.entry
        wait = text("team.cli-wait", None, days=e.waiting_days) if e.waiting_days is not None else ""
        whose = text("team.cli-programme" if item.programme else "team.cli-own")
        print(f"{label('partner_kinds', e.kind):<16} {printable(e.name):<32} {wait:<16} {whose}"
              f"  {printable(e.contact_person or '')} {printable(e.phone or '')}")
    return 0


def cmd_kaart_add(args: argparse.Namespace) -> int:
    kind = lookup("partner_kinds", args.kind)
    if kind is None:
        raise CliError(text("team.cli-unknown-kind", None, kind=args.kind), EXIT_USAGE)
    entry = KaartEntry(name=args.name, kind=kind, offers=args.offers, contact_person=args.contact,
                       phone=args.phone, waiting_days=args.wait,
                       languages=[p.strip() for p in (args.languages or "").split(",") if p.strip()])
    with opened_vault(args) as vault:
        vault.save(entry)
    print(text("team.cli-kaart-added", None, name=printable(entry.name)))
    return 0


def cmd_kaart_import(args: argparse.Namespace) -> int:
    data = read_file(args.file, MAX_BYTES)
    try:
        new = kaart.read_file(data)
    except (KoersError, SpreadsheetError) as error:
        raise CliError(str(error)) from None
    with opened_vault(args) as vault:
        added = kaart.add_entries(vault, new)
    print(text("team.cli-kaart-imported", None, added=added, skipped=len(new) - added))
    return 0


def cmd_handover(args: argparse.Namespace) -> int:
    until = getattr(args, "until", None)
    with opened_vault(args) as vault:
        vault.refuse_own_path(args.out)
        record = hand_over(vault, args.id, args.to, until)
        atomic_write(args.out, handover_bundle(vault, record))
    if until:
        print(text("team.cli-covered", None, name=printable(args.to), until=date_text(until), out=str(args.out)))
    else:
        print(text("team.cli-handed-over", None, name=printable(args.to), out=str(args.out)))
    return 0


def cmd_handover_erase(args: argparse.Namespace) -> int:
    with opened_vault(args) as vault:
        who = holder(vault, args.id)
        if who is None:
            raise CliError(Message("team.cli-not-handed-over", id=str(args.id)).render())
        erase_dossier(vault, args.id, "handed-over-by-hand")
    print(text("team.cli-erased", None, name=printable(who)))
    return 0


def cmd_end_covers(args: argparse.Namespace) -> int:
    with opened_vault(args) as vault:
        ended = end_covers(vault)
    print(text("team.cli-covers-ended", None, count=len(ended)))
    return 0


def cmd_team_shares(args: argparse.Namespace) -> int:
    with opened_vault(args) as vault:
        if args.state:
            set_team_shares(vault, args.state == "on")
        shares = team_shares(vault)
    print(text("team.cli-team-shares-on" if shares else "team.cli-team-shares-off"))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add kaart, handover, cover and team-shares to `koers`."""
    group = sub.add_parser("kaart", help=text("cli.help.kaart"))
    kaart_sub = group.add_subparsers(dest="kaart_command", required=True, metavar="ACTION")
    p = add_command(kaart_sub, "list", text("cli.help.kaart.list"), cmd_kaart_list)
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help=text("cli.help.kaart.list.all"))
    p = add_command(kaart_sub, "add", text("cli.help.kaart.add"), cmd_kaart_add)
    p.add_argument("--name", required=True)
    p.add_argument("--kind", required=True, help="schulden, wonen, verslaving, huisarts, politie, onderwijs, werk, juridisch")
    p.add_argument("--offers")
    p.add_argument("--languages", help="nl,en,ro...")
    p.add_argument("--contact", help=text("cli.help.kaart.add.contact"))
    p.add_argument("--phone")
    p.add_argument("--wait", type=int, help=text("cli.help.kaart.add.wait"))
    p = add_command(kaart_sub, "import", text("cli.help.kaart.import"),
                    cmd_kaart_import)
    p.add_argument("file", type=Path)

    p = add_command(sub, "handover", text("cli.help.handover"),
                    cmd_handover)
    p.add_argument("id", type=UUID)
    p.add_argument("--to", required=True, help=text("cli.help.handover.to"))
    p.add_argument("--out", type=Path, required=True)
    p = add_command(sub, "cover", text("cli.help.cover"), cmd_handover)
    p.add_argument("id", type=UUID)
    p.add_argument("--to", required=True)
    p.add_argument("--until", type=dt.date.fromisoformat, required=True, help=text("cli.help.cover.until"))
    p.add_argument("--out", type=Path, required=True)
    p = add_command(sub, "handover-erase", text("cli.help.handover-erase"), cmd_handover_erase)
    p.add_argument("id", type=UUID)
    add_command(sub, "end-covers", text("cli.help.end-covers"), cmd_end_covers)
    p = add_command(sub, "team-shares", text("cli.help.team-shares"), cmd_team_shares)
    p.add_argument("state", nargs="?", choices=("on", "off"))
