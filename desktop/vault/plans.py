"""Trajectplan versions and their signatures: the first signature freezes a version; changes
after that go into a new, unsigned version with the same goals."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING
from uuid import UUID

from desktop.vault import owners
from desktop.vault.changes import Changes
from desktop.vault.dossiers import load_dossier, reindex
from desktop.vault.errors import FrozenPlanError, VaultError
from desktop.vault.owners import LOCAL
from desktop.vault.writes import write_records
from forms import Signature, Trajectplan
from forms.base import utcnow
from forms.catalogue import Message

if TYPE_CHECKING:
    from desktop.vault.service import Vault


def _plan(vault: Vault, plan_record_id: UUID) -> Trajectplan:
    plan = vault.get(plan_record_id)
    if not isinstance(plan, Trajectplan):
        raise VaultError(Message("vault.unknown-plan", plan_record_id=plan_record_id))
    return plan


def sign_plan(vault: Vault, plan_record_id: UUID, signature: Signature) -> Trajectplan:
    """Add a signature; the first one freezes the version. It must cover this version's hash."""
    plan = _plan(vault, plan_record_id)
    owners.refuse_foreign(vault.db, [plan], vault.worker_name)
    if signature.plan_hash != plan.plan_content_hash():
        raise FrozenPlanError(Message("vault.signature-other-content"))
    signed = Trajectplan.model_validate(
        plan.model_dump() | {"signatures": [*plan.model_dump()["signatures"], signature.model_dump()],
                             "rev": plan.rev + 1, "updated_at": utcnow()})
    with vault.transaction():
        write_records(vault, [(signed, signed.content_hash(), "sign")], LOCAL)
        reindex(vault.db, [signed.participant_id])
        vault.notify(Changes({"plan"}, {signed.participant_id}))
    return signed


def new_plan_version(vault: Vault, plan_record_id: UUID) -> Trajectplan:
    """A new, unsigned version with the same goals (goal ids kept, so evaluations follow)."""
    plan = _plan(vault, plan_record_id)
    dossier = load_dossier(vault.db, plan.participant_id, kinds=None)
    newest = max(v.version for v in dossier.plan_versions(plan.plan_id))
    draft = Trajectplan.model_validate(
        plan.model_dump(exclude={"id", "rev", "updated_at", "signatures"})
        | {"version": newest + 1, "date": dt.date.today()})
    return vault.save(draft).record
