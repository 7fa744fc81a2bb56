"""retention (which closed dossiers are past their term; the programme's term; keep one with a
reason) and inzage (her own copy of everything Koers holds about her, PDF or JSON)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from uuid import UUID

from desktop.cli.common import EXIT_USAGE, CliError, add_command, opened_vault, print_json
from forms.base import printable
from forms.catalogue import PARTICIPANT_LANGUAGES, date_text, text
from forms.retention import months_later


def _participant_id(value: str) -> UUID:
    try:
        return UUID(value)
    except ValueError:
        raise CliError(text("inzage.cli-bad-id", None, id=value), EXIT_USAGE) from None


def _day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CliError(text("inzage.cli-bad-date", None, date=value), EXIT_USAGE) from None


def cmd_retention(args: argparse.Namespace) -> int:
    from desktop.vault.retention import keep, past_term, set_term_months, term_months

    with opened_vault(args) as vault:
        if args.set_term is not None:
            set_term_months(vault, args.set_term)
            print(text("inzage.cli-term-set", None, months=args.set_term))
            return 0
        if args.keep:
            until = _day(args.until) if args.until else months_later(dt.date.today(), 12)
            keep(vault, _participant_id(args.keep), args.reason or "", until)
            print(text("inzage.cli-kept", None, until=date_text(until)))
            return 0
        months, past = term_months(vault), past_term(vault)
    if args.json:
        print_json({"term_months": months, "past_term": [
            {"id": str(r.participant_id), "roepnaam": r.roepnaam, "closed_on": r.closed_on.isoformat(),
             "keep_until": r.keep_until.isoformat()} for r in past]})
        return 0
    print(text("inzage.cli-term", None, months=months))
    print(text("inzage.cli-past-count", None, count=len(past)) if past else text("inzage.cli-none-past"))
    for r in past:
        when = text("inzage.cli-past-row", None, closed=date_text(r.closed_on, None, "short"),
                    until=date_text(r.keep_until, None, "short"))
        print(f"{r.participant_id}  {printable(r.roepnaam):<30}  {when}")
    return 0


def cmd_inzage(args: argparse.Namespace) -> int:
    from desktop.vault.inzage import copy_language, her_copy
    from exports.inzage import copy_json, spoken

    participant_id = _participant_id(args.id)
    if not args.json and args.out is None:
        raise CliError(text("inzage.cli-needs-out"), EXIT_USAGE)
    with opened_vault(args) as vault:
        if args.out is not None:
            vault.refuse_own_path(args.out)
        copy = her_copy(vault, participant_id, args.lang)
    lang = spoken(args.lang) if args.lang else copy_language(copy.dossier)
    if args.json:
        data = copy_json(copy, lang)
        if args.out is None:
            print_json(data)
            return 0
        import json

        args.out.write_text(json.dumps(data, ensure_ascii=False, indent=2), "utf-8")
    else:
        from exports.inzage.pdf import render_copy_pdf

        args.out.write_bytes(render_copy_pdf(copy, lang))
    print(text("inzage.cli-written", None, lang=lang, path=args.out))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(sub, "retention", text("cli.help.retention"),
                    cmd_retention)
    p.add_argument("--json", action="store_true")
    p.add_argument("--set-term", type=int, metavar="MONTHS",
                   help=text("cli.help.retention.set-term"))
    p.add_argument("--keep", metavar="ID", help=text("cli.help.retention.keep"))
    p.add_argument("--reason", help=text("cli.help.retention.reason"))
    p.add_argument("--until", metavar="YYYY-MM-DD", help=text("cli.help.retention.until"))

    p = add_command(sub, "inzage", text("cli.help.inzage"),
                    cmd_inzage)
    p.add_argument("id")
    p.add_argument("--out", type=Path, help=text("cli.help.inzage.out"))
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=PARTICIPANT_LANGUAGES,
                   help=text("cli.help.inzage.lang"))
