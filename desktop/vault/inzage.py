"""Her copy from the vault (issue 12 §4): her dossier, every revision of her records, who
received her data and who opened her dossier, read from the records, their history and the
audit log. Making the copy is itself logged (ids only)."""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from desktop.vault import audit
from desktop.vault.documents import DEFAULT_PROGRAMME
from desktop.vault.paths import instruments_dir
from desktop.vault.retention import retention_of
from desktop.vault.service import Vault
from exports.inzage import HerCopy, Opening, Receipt, Revision, spoken
from forms import RECORD_TYPES, Dossier, Participant
from forms.base import utcnow
from forms.catalogue import FALLBACK, PARTICIPANT_LANGUAGES


def copy_language(dossier: Dossier) -> str:
    """Her language where Koers has her copy in it, else Dutch."""
    chosen = dossier.participant.preferred_language
    return spoken(chosen) if chosen in PARTICIPANT_LANGUAGES else FALLBACK


def her_copy(vault: Vault, participant_id: UUID, lang: str | None = None) -> HerCopy:
    """Everything this vault holds about her (VaultError if she is unknown); `lang` (hers by
    default) names the instruments and life domains of her assessments."""
    dossier = vault.dossier(participant_id)
    lang = spoken(lang) if lang else copy_language(dossier)
    history = _history(vault, dossier)
    retention = retention_of(vault, participant_id)
    copy = HerCopy(
        dossier=dossier, programme=vault.meta("programme_name") or DEFAULT_PROGRAMME, made_at=utcnow(),
        history=history, received=_exports(vault, participant_id) + _referrals(dossier) + _handovers(dossier),
        openings=[Opening(dt.datetime.fromisoformat(at), actor)
                  for _seq, at, actor, _a in audit.entries_about(vault.db, str(participant_id), ("open",))],
        closed_on=retention.closed_on if retention else None,
        keep_until=retention.keep_until if retention else None,
        names=_instrument_names(vault, dossier, lang))
    vault.log("inzage", Participant.KIND, participant_id)
    return copy


def _instrument_names(vault: Vault, dossier: Dossier, lang: str) -> dict[str, str]:
    """The names of the instruments her assessments used, and of their domains."""
    from exports.plan_pdf import find_installed

    lookup, names = find_installed(instruments_dir(vault.folder)), {}
    for assessment in dossier.assessments:
        instrument = lookup(assessment.instrument_id, assessment.instrument_version)
        if instrument is not None:
            names[instrument.id] = instrument.title(lang)
            names |= {domain.id: domain.name.get(lang) or domain.name["nl"] for domain in instrument.domains}
    return names


def _history(vault: Vault, dossier: Dossier) -> list[Revision]:
    """Every stored revision of her records, oldest first per record; a revision saved before
    schema 7 kept its hash only (record None)."""
    rows = vault.db.execute(
        "SELECT v.id, v.rev, v.at, v.origin, r.kind, v.body FROM record_versions v"
        " JOIN records r ON r.id = v.id WHERE r.participant_id = ? ORDER BY v.id, v.rev",
        (str(dossier.participant.id),)).fetchall()
    return [Revision(UUID(rid), kind, rev, dt.datetime.fromisoformat(at), origin,
                     RECORD_TYPES[kind].model_validate_json(body) if body else None)
            for rid, rev, at, origin, kind, body in rows]


def _exports(vault: Vault, participant_id: UUID) -> list[Receipt]:
    """Each bundle that carried her records: to whom and when. An export's per-dossier audit
    entries follow its export_log row in one transaction, so the latest row before each is it."""
    found = []
    for _seq, at, _actor, action in audit.entries_about(vault.db, str(participant_id), ("sent", "sent-anonymous")):
        row = vault.db.execute(
            "SELECT coalesce(t.name, e.to_fingerprint) FROM export_log e LEFT JOIN trusted_keys t"
            " ON t.fingerprint = e.to_fingerprint WHERE e.at <= ? ORDER BY e.seq DESC LIMIT 1", (at,)).fetchone()
        if row:
            how = "export" if action == "sent" else "anonymous"  # only her anonymous monitoring form
            found.append(Receipt(how, row[0], dt.datetime.fromisoformat(at)))
    named = {r.recipient for r in found}
    # Sent before Koers noted exports per dossier: the recipient is known, the day is not.
    older = vault.db.execute(
        "SELECT DISTINCT coalesce(t.name, s.to_fingerprint) FROM export_sent s LEFT JOIN trusted_keys t"
        " ON t.fingerprint = s.to_fingerprint WHERE s.id IN (SELECT id FROM records WHERE participant_id = ?)",
        (str(participant_id),)).fetchall()
    return found + [Receipt("export", name, None) for (name,) in older if name not in named]


def _referrals(dossier: Dossier) -> list[Receipt]:
    return [Receipt("referral", r.partner, r.waiting_since or r.updated_at.date(), r.status)
            for r in dossier.referrals]


def _handovers(dossier: Dossier) -> list[Receipt]:
    """A colleague who took over her dossier, or held it for a while (a cover)."""
    return [Receipt(h.mode, h.to_name, h.at) for h in dossier.handovers]
