"""erase: her right to be forgotten (issue 12 §2), through Vault.erase_participant."""

from __future__ import annotations

import argparse
from uuid import UUID

from desktop.cli.common import EXIT_USAGE, CliError, add_command, opened_vault, print_json
from forms.catalogue import Message, language, text


def cmd_erase(args: argparse.Namespace) -> int:
    try:
        participant_id = UUID(args.id)
    except ValueError:
        raise CliError(Message("rights.not-an-id", id=args.id[:40]).render(), EXIT_USAGE) from None
    with opened_vault(args) as vault:
        gone = vault.erase_participant(str(participant_id), args.reason)
    if args.json:
        print_json({"erased": str(gone.participant_id), "records": gone.records,
                    "attachments": gone.attachments, "drafts": gone.drafts})
        return 0
    print(Message("rights.erased", id=str(gone.participant_id), records=sum(gone.records.values()),
                  attachments=gone.attachments, drafts=gone.drafts).render(language()))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(sub, "erase", text("cli.help.erase"), cmd_erase)
    p.add_argument("id")
    p.add_argument("--reason", required=True, help=text("cli.help.erase.reason"))
    p.add_argument("--json", action="store_true")
