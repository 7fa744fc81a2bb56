"""report: the anonymised monitoring report for a period, as CSV or PDF."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from desktop.cli.common import EXIT_USAGE, CliError, add_command, opened_vault
from desktop.vault.paths import atomic_write
from desktop.vault.reporting import produce_report, set_budgets, set_expected
from forms.catalogue import language, text


def _date(given: str) -> dt.date:
    try:
        return dt.date.fromisoformat(given)
    except ValueError:
        raise argparse.ArgumentTypeError(text("cli.report.not-a-date-yyyy", given=given)) from None


def _expected_pairs(pairs: list[str]) -> dict[str, int]:
    values = {}
    for pair in pairs:
        name, _, number = pair.rpartition("=")
        if not name or not number.isdigit():
            raise CliError(text("cli.report.expected-as-name-count", pair=pair),
                           EXIT_USAGE)
        values[name] = int(number)
    return values


def cmd_report(args: argparse.Namespace) -> int:
    from exports.report import to_csv, to_pdf, to_xlsx  # reportlab and openpyxl only when a report is made

    if args.start > args.end:
        raise CliError(text("cli.report.from-lies-after-to"), EXIT_USAGE)
    suffix = args.out.suffix.lower()
    writers = {".csv": to_csv, ".pdf": to_pdf, ".xlsx": to_xlsx}
    if suffix not in writers:
        raise CliError(text("report.cli.suffix"), EXIT_USAGE)
    new_expected = _expected_pairs(args.expected_for) | ({"*": args.expected} if args.expected is not None else {})
    with opened_vault(args) as vault:
        if new_expected:
            set_expected(vault, args.start, args.end, new_expected)
        budgets = {name: value for name, value in (("intakes", args.expected_intakes), ("work", args.expected_work))
                   if value is not None}
        if budgets:
            set_budgets(vault, args.start, args.end, budgets)
        report = produce_report(vault, args.start, args.end, by_worker=args.group_by == "worker",
                                lang=args.lang or language())
    atomic_write(args.out, writers[suffix](report))
    print(text("report.cli.written", start=args.start, end=args.end, out=args.out))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add `koers report`."""
    p = add_command(sub, "report", text("cli.help.report"),
                    cmd_report)
    p.add_argument("--from", dest="start", type=_date, required=True, help=text("cli.help.report.from"))
    p.add_argument("--to", dest="end", type=_date, required=True, help=text("cli.help.report.to"))
    p.add_argument("--group-by", choices=("worker", "programme"), default="programme")
    p.add_argument("--out", type=Path, required=True, help=text("cli.help.report.out"))
    p.add_argument("--lang", choices=("nl", "en"))
    p.add_argument("--expected", type=int, help=text("cli.help.report.expected"))
    p.add_argument("--expected-intakes", type=int, metavar="N",
                   help=text("counts.help-expected-intakes"))
    p.add_argument("--expected-work", type=int, metavar="N", help=text("counts.help-expected-work"))
    p.add_argument("--expected-for", action="append", default=[], metavar="NAME=N",
                   help=text("cli.help.report.expected-for"))
