"""conflicts and resolve: a supervisor's open conflicts for scripts (the app's Conflicten tab)."""

from __future__ import annotations

import argparse

from desktop.cli.common import add_command, opened_vault, print_json
from desktop.vault.conflicts import OpenConflict, find, open_conflicts, resolve
from desktop.vault.exchange import ImportReport
from forms.base import printable
from forms.catalogue import text


def _when(conflict_side) -> str:
    return conflict_side.received_at.isoformat(timespec="minutes") if conflict_side.received_at else "?"


def _as_json(conflict: OpenConflict) -> dict:
    return {"record_id": str(conflict.record_id), "version": conflict.digest, "kind": conflict.kind,
            "participant_id": str(conflict.participant_id), "roepnaam": conflict.roepnaam,
            "differing": conflict.differing(), "newer": conflict.newer_side(),
            "here": {"sender": conflict.here.sender, "received_at": _when(conflict.here),
                     "record": conflict.here.record.model_dump(mode="json")},
            "bundle": {"sender": conflict.incoming.sender, "received_at": _when(conflict.incoming),
                       "record": conflict.incoming.record.model_dump(mode="json")}}


def cmd_conflicts(args: argparse.Namespace) -> int:
    with opened_vault(args) as vault:
        found = open_conflicts(vault)
    if args.json:
        print_json([_as_json(c) for c in found])
        return 0
    if not found:
        print(text("supervisor.cli.none-open"))
    for conflict in found:
        print(printable(text("supervisor.cli.conflict-head", roepnaam=conflict.roepnaam, kind=conflict.kind,
                             id=str(conflict.record_id), digest=conflict.digest[:12])))
        print("  " + printable(text("supervisor.cli.side-here", sender=conflict.here.sender, when=_when(conflict.here))))
        print("  " + printable(text("supervisor.cli.side-bundle", sender=conflict.incoming.sender,
                                    when=_when(conflict.incoming))))
        for name, mine, theirs in conflict.fields():
            if mine != theirs:
                print(printable(f"    {name}: {mine!r} | {theirs!r}"))
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    with opened_vault(args) as vault:
        conflict = find(vault, args.record, args.version)
        note = resolve(vault, conflict, args.keep)
    print(printable(text("supervisor.cli.resolved", roepnaam=conflict.roepnaam, kind=conflict.kind,
                         outcome=note.outcome, owner=conflict.incoming.sender)))
    return 0


def print_people(report: ImportReport) -> None:
    """The import told per dossier (roepnamen), and a repeat or an older bundle said as such."""
    if report.read_before is not None:
        print(text("supervisor.cli.read-before", when=report.read_before.isoformat(timespec="minutes")))
    elif report.older:
        print(printable(text("supervisor.cli.older", sender=report.sender)))
    for outcome in ("new", "updated", "unchanged", "conflicts"):
        people = report.people(outcome)
        names = [p.roepnaam or text("supervisor.anonymous") for p in people]
        code = "supervisor.cli.import-people" if names else "supervisor.cli.import-none"
        print("  " + printable(text(code, outcome=text(f"supervisor.outcome.{outcome}"), count=len(people),
                                    names=names)))


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(sub, "conflicts", text("supervisor.cli.conflicts-help"), cmd_conflicts)
    p.add_argument("--json", action="store_true")
    p = add_command(sub, "resolve", text("supervisor.cli.resolve-help"), cmd_resolve)
    p.add_argument("record", help=text("cli.help.resolve.record"))
    p.add_argument("--keep", choices=("hier", "bundel", "nieuwste"), required=True)
    p.add_argument("--version", help=text("cli.help.resolve.version"))
