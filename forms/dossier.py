"""A participant's whole dossier, and the registry of record kinds."""

from __future__ import annotations

from uuid import UUID

from pydantic import Field

from forms.aftercare import AftercareSchedule
from forms.assessment import Assessment
from forms.base import Model, ParticipantRecord, Record
from forms.contacts import Consent, Contact, Referral
from forms.intake import Aanmelding, Intake
from forms.outreach import OutreachContact
from forms.participant import Participant
from forms.plan import Evaluation, Trajectplan
from forms.retention import RetentionReview
from forms.sharing import ErasureNotice, MonitoringForm
from forms.team import Handover, HandoverReceipt, KaartEntry
from forms.supervision import SupervisorNote
from forms.trajectory import PhaseChange, current_phase

RECORD_TYPES: dict[str, type[Record]] = {
    cls.KIND: cls
    for cls in (Participant, Aanmelding, Intake, Consent, Contact, Referral,
                PhaseChange, Assessment, Trajectplan, Evaluation, RetentionReview, MonitoringForm, ErasureNotice,
                Handover, HandoverReceipt, KaartEntry, SupervisorNote, OutreachContact, AftercareSchedule)
}
# Dossier field holding each kind of participant record (the anonymous monitoring form and an
# erasure notice are no part of a dossier: forms.sharing).
DOSSIER_FIELDS: dict[str, str] = {
    "aanmelding": "aanmeldingen", "intake": "intakes", "consent": "consents",
    "contact": "contacts", "referral": "referrals", "phase": "phases",
    "assessment": "assessments", "plan": "plans", "evaluation": "evaluations",
    "handover": "handovers", "handover_receipt": "handover_receipts",
    "supervisor_note": "supervisor_notes",
    "retention": "retention_reviews", "aftercare": "aftercare",
}
# Kinds that are not part of any participant's dossier.
STANDALONE_KINDS = frozenset({"kaart", "outreach"})


class Dossier(Model):
    participant: Participant
    aanmeldingen: list[Aanmelding] = Field(default_factory=list)
    intakes: list[Intake] = Field(default_factory=list)
    consents: list[Consent] = Field(default_factory=list)
    contacts: list[Contact] = Field(default_factory=list)
    referrals: list[Referral] = Field(default_factory=list)
    phases: list[PhaseChange] = Field(default_factory=list)
    assessments: list[Assessment] = Field(default_factory=list)
    plans: list[Trajectplan] = Field(default_factory=list)
    evaluations: list[Evaluation] = Field(default_factory=list)
    handovers: list[Handover] = Field(default_factory=list)
    handover_receipts: list[HandoverReceipt] = Field(default_factory=list)
    supervisor_notes: list[SupervisorNote] = Field(default_factory=list)
    retention_reviews: list[RetentionReview] = Field(default_factory=list)
    aftercare: list[AftercareSchedule] = Field(default_factory=list)

    @classmethod
    def from_records(cls, participant: Participant, records: list[ParticipantRecord]) -> Dossier:
        dossier = cls(participant=participant)
        for record in records:
            getattr(dossier, DOSSIER_FIELDS[record.KIND]).append(record)
        return dossier

    def records(self) -> list[Record]:
        """Every record of the dossier, the participant first."""
        result: list[Record] = [self.participant]
        for field in DOSSIER_FIELDS.values():
            result.extend(getattr(self, field))
        return result

    @property
    def phase(self) -> str | None:
        change = current_phase(self.phases)
        return change.phase if change else None

    @property
    def easy_language(self) -> bool:
        """Her plan in easy language (issue 16 §3): what the latest intake recorded."""
        latest = max(self.intakes, key=lambda i: (i.date or i.updated_at.date(), i.updated_at), default=None)
        return latest is not None and latest.easy_language

    def plan_versions(self, plan_id: UUID) -> list[Trajectplan]:
        return sorted((p for p in self.plans if p.plan_id == plan_id), key=lambda p: p.version)

    def latest_plan(self) -> Trajectplan | None:
        return max(self.plans, key=lambda p: (p.date or p.updated_at.date(), p.version), default=None)

    def evaluations_of(self, plan_id: UUID) -> list[Evaluation]:
        return sorted((e for e in self.evaluations if e.plan_id == plan_id),
                      key=lambda e: (e.date or e.updated_at.date(), e.updated_at))


def anonymous_dossier(form: MonitoringForm, name: str) -> Dossier:
    """A dossier shared anonymously, as screens show it: `name` ("anoniem") in place of hers,
    her gender and phases for the overview; the figures read the form itself."""
    pid = form.participant_id
    person = Participant(id=pid, roepnaam=name, gender=form.data["participant"][0].get("gender"),
                         updated_at=form.updated_at)
    phases = [PhaseChange(participant_id=pid, phase=item["phase"], date=item.get("date"), outcome=item.get("outcome"))
              for item in form.data.get("phase", [])]
    return Dossier(participant=person, phases=phases)
