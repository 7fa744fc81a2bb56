"""`koers outreach add|list`: outreach contacts without a dossier (issue 14 §4, forms.outreach)."""

from __future__ import annotations

import argparse
import datetime as dt

from desktop.cli.common import EXIT_USAGE, CliError, add_command, opened_vault, print_json
from desktop.vault import outreach
from forms.catalogue import date_text, text
from forms.messages import field_label
from forms.outreach import OutreachContact
from forms.vocab import label, lookup, vocabulary

VOCABS = {"place": "outreach_places", "topics": "outreach_topics", "offered": "outreach_offers"}


def _code(field: str, typed: str) -> str:
    """The code for what was typed (a code, a label in either language, accents and case aside)."""
    code = lookup(VOCABS[field], typed)
    if code is None:
        known = ", ".join(vocabulary(VOCABS[field]))
        raise CliError(text("outreach.cli-unknown", None, value=typed, field=field_label(field), known=known),
                       EXIT_USAGE)
    return code


def _codes(field: str, typed: str | None) -> list[str]:
    return [_code(field, part.strip()) for part in (typed or "").split(",") if part.strip()]


def cmd_add(args: argparse.Namespace) -> int:
    contact = OutreachContact(
        date=args.date, place=_code("place", args.place), people=args.people, topics=_codes("topics", args.topics),
        languages=[p.strip().lower() for p in (args.languages or "").split(",") if p.strip()],
        offered=_codes("offered", args.offered), asked_to_start=args.asked)
    with opened_vault(args) as vault:
        outreach.save(vault, contact)
    print(text("outreach.cli-added", None, day=date_text(contact.date), place=label("outreach_places", contact.place),
               people=contact.people))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with opened_vault(args) as vault:
        found = outreach.contacts(vault, start=args.start, end=args.end)
    if args.json:
        print_json([c.model_dump(mode="json") for c in found])
        return 0
    if not found:
        print(text("outreach.cli-none"))
    for c in found:
        people = text("outreach.cli-people", None, people=c.people, asked=c.asked_to_start)
        topics = ", ".join(label("outreach_topics", t) for t in c.topics)
        print(f"{c.date.isoformat()}  {label('outreach_places', c.place):<22} {people}  {topics}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add `koers outreach add|list`."""
    group = sub.add_parser("outreach", help=text("outreach.help"))
    actions = group.add_subparsers(dest="outreach_command", required=True, metavar="ACTION")
    p = add_command(actions, "add", text("outreach.help-add"), cmd_add)
    p.add_argument("--date", type=dt.date.fromisoformat, default=dt.date.today(), help=text("outreach.help-date"))
    p.add_argument("--place", required=True, help=", ".join(vocabulary("outreach_places")))
    p.add_argument("--people", type=int, required=True, help=text("outreach.help-people"))
    p.add_argument("--topics", help=",".join(vocabulary("outreach_topics")))
    p.add_argument("--languages", help="nl,en,ro...")
    p.add_argument("--offered", help=",".join(vocabulary("outreach_offers")))
    p.add_argument("--asked", type=int, default=0, help=text("outreach.help-asked"))
    p = add_command(actions, "list", text("outreach.help-list"), cmd_list)
    p.add_argument("--json", action="store_true")
    p.add_argument("--from", dest="start", type=dt.date.fromisoformat, help="JJJJ-MM-DD")
    p.add_argument("--to", dest="end", type=dt.date.fromisoformat, help="JJJJ-MM-DD")
