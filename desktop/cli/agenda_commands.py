"""agenda: what is due this week and what is overdue (issue 14 §3), the lines of the caseload
page's agenda.

`koers agenda --json` prints one object:

    {"today": "2025-03-12", "days": 7, "meting_months": 6, "contact_weeks": 4,
     "this_week": [LINE, ...], "overdue": [LINE, ...]}

`this_week` holds the lines due from today for `days` days (soonest first), `overdue` those due
before today (longest overdue first). A LINE is

    {"participant_id": "…", "roepnaam": "Ioana", "kind": "goal", "due": "2025-03-14",
     "tab": "plan", "what": "Een eigen kamer", "months": null, "text": "Doel: Een eigen kamer"}

with `kind` one of goal, action, checkin, meting, contact, referral, retention (matrix.agenda);
`tab` the dossier tab it opens (overview, matrix, plan, contacts, referrals); `what` her own words
for a goal or an action, or the partner's name for a referral; `months` a check-in's months
after aftercare started; `text` the line in the language of KOERS_LANG.
"""

from __future__ import annotations

import argparse

from desktop.cli.common import add_command, opened_vault, print_json
from forms.base import printable
from forms.catalogue import date_text, text
from matrix.agenda import DEFAULT_DAYS, Line, Rules


def line_text(line: Line, rules: Rules, lang: str | None = None) -> str:
    """The line in words (her words and a partner's name as they are)."""
    return text(f"agenda.line.{line.kind}", lang, what=line.what, months=line.months, weeks=rules.contact_weeks)


def _json(line: Line, rules: Rules) -> dict:
    return {"participant_id": str(line.participant_id), "roepnaam": line.roepnaam, "kind": line.kind,
            "due": line.due.isoformat(), "tab": line.tab, "what": line.what, "months": line.months,
            "text": line_text(line, rules)}


def cmd_agenda(args: argparse.Namespace) -> int:
    from desktop.vault.agenda import agenda, rules

    with opened_vault(args) as vault:
        due, settings = agenda(vault, days=args.days), rules(vault)
    if args.json:
        print_json({"today": due.today.isoformat(), "days": due.days, "meting_months": settings.meting_months,
                    "contact_weeks": settings.contact_weeks,
                    "this_week": [_json(line, settings) for line in due.this_week],
                    "overdue": [_json(line, settings) for line in due.overdue]})
        return 0
    for code, lines in (("agenda.cli-this-week", due.this_week), ("agenda.cli-overdue", due.overdue)):
        print(text(code, count=len(lines)))
        for line in lines:
            print(f"  {date_text(line.due, None, 'short'):<10}  {printable(line.roepnaam):<20}  "
                  f"{printable(line_text(line, settings))}")
        if not lines:
            print(text("agenda.cli-nothing"))
    print(text("agenda.cli-rules", months=settings.meting_months, weeks=settings.contact_weeks))
    return 0


def _days(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 366:
        raise argparse.ArgumentTypeError(text("agenda.cli-days", low=1, high=366))
    return int(value)


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(sub, "agenda", text("cli.help.agenda"), cmd_agenda)
    p.add_argument("--json", action="store_true")
    p.add_argument("--days", type=_days, default=DEFAULT_DAYS, metavar="N",
                   help=text("cli.help.agenda.days"))
