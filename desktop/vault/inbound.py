"""Who may send what into this vault, by the trusted role of the bundle's signer and this
vault's own role. The supervisor → worker path (the programme's sociale kaart, and records the
supervisor owns in the worker's dossiers) lives here; the colleague path in
desktop.vault.handover; the worker → supervisor path is `Vault.merge` itself.

| signer (trusted as) | this vault  | what may come                                   |
|---------------------|-------------|-------------------------------------------------|
| begeleider          | supervisor  | her dossiers (desktop.vault.merge)              |
| supervisor          | begeleider  | only the kinds in SUPERVISOR_KINDS              |
| begeleider          | begeleider  | a handover, a cover, a receipt, cover contacts  |
| supervisor          | supervisor  | nothing                                         |
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from uuid import UUID

from desktop.vault import owners
from desktop.vault.errors import VaultError
from desktop.vault.merge import MergeResult
from desktop.vault.owners import LOCAL, Origin
from desktop.vault.service import Vault
from exports.bundle import PublicKey
from forms import RECORD_TYPES, Record
from forms.catalogue import Message
from forms.dossier import STANDALONE_KINDS

# What a supervisor may send to a worker: an explicit allow-list; anything else refuses the whole
# bundle. Standalone kinds (the kaart) are owned entry by entry; the others lie in the worker's
# own dossiers and are owned by the supervisor record by record (desktop.vault.merge). Add a
# kind here to carry it (settings, instruments, supervisor notes, conflict outcomes).
SUPERVISOR_KINDS: frozenset[str] = frozenset({"kaart", "supervisor_note"})  # notes: remarks and conflict outcomes

Incoming = Sequence[tuple[Record, str]]
Attachments = Sequence[tuple[UUID, str, str, str, bytes]]


class BundleRefused(VaultError):
    """A bundle this vault does not take from this sender; nothing was written."""


@dataclass(frozen=True)
class Sender:
    key: PublicKey
    origin: Origin


def merge_from_supervisor(vault: Vault, sender: Sender, incoming: Incoming,
                          attachments: Attachments) -> MergeResult:
    """Merge a supervisor's bundle into a worker's vault, allow-listed kinds only."""
    if attachments:
        raise BundleRefused(Message("team.supervisor-attachments"))
    for record, _ in incoming:
        if record.KIND not in SUPERVISOR_KINDS:
            raise BundleRefused(Message("team.supervisor-kind", kind=record.KIND, name=sender.key.name))
    in_dossiers = [r for r, _ in incoming if r.KIND not in STANDALONE_KINDS]
    theirs = owners.owners(vault.db, {r.dossier_id for r in in_dossiers})
    for record in in_dossiers:
        if theirs.get(record.dossier_id) != LOCAL:  # only about dossiers this worker holds
            raise BundleRefused(Message("team.supervisor-not-mine", kind=record.KIND, id=str(record.dossier_id)))
    return vault.merge(incoming, sender.origin, record_owned=SUPERVISOR_KINDS - STANDALONE_KINDS)


def supervisor_records(vault: Vault, worker: PublicKey) -> list[Record]:
    """What this supervisor sends to `worker`: her own records of the allow-listed kinds, the
    dossier ones only in that worker's dossiers."""
    hers = str(Origin.imported(worker.fingerprint))
    kinds = sorted(SUPERVISOR_KINDS)
    rows = vault.db.execute(
        "SELECT r.kind, r.body FROM records r LEFT JOIN dossier_owners o ON o.participant_id = r.participant_id"
        f" WHERE r.kind IN ({','.join('?' * len(kinds))}) AND r.origin = 'local'"
        " AND (r.kind IN (SELECT value FROM json_each(?)) OR o.owner = ?) ORDER BY r.kind, r.id",
        (*kinds, owners.json_list(sorted(STANDALONE_KINDS)), hers))
    return [RECORD_TYPES[kind].model_validate_json(body) for kind, body in rows]
