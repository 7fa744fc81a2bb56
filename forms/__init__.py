"""The records of a dossier: pydantic models, vocabularies and plain validation messages.

No Qt, no database, no I/O beyond reading the vocabularies in `resources/`.
"""

from forms.aftercare import AftercareSchedule
from forms.assessment import Assessment
from forms.base import DECLINED, Record, canonical_json, sha256_hex
from forms.contacts import Consent, Contact, Referral
from forms.dossier import DOSSIER_FIELDS, RECORD_TYPES, Dossier
from forms.intake import Aanmelding, Intake
from forms.messages import explain
from forms.outreach import OutreachContact
from forms.participant import Participant
from forms.team import Handover, HandoverReceipt, KaartEntry
from forms.plan import Action, Evaluation, Goal, Point, Scale, Signature, SubGoal, Trajectplan
from forms.retention import RetentionReview
from forms.supervision import SupervisorNote
from forms.trajectory import PHASES, PhaseChange, current_phase, episodes

__all__ = [
    "DECLINED", "DOSSIER_FIELDS", "PHASES", "RECORD_TYPES", "Aanmelding", "AftercareSchedule", "Action", "Assessment",
    "Consent", "Contact", "Dossier", "Evaluation", "Goal", "Handover", "HandoverReceipt", "Intake", "KaartEntry",
    "OutreachContact", "Participant", "PhaseChange", "Point", "Record", "Referral", "RetentionReview", "Scale", "Signature", "SubGoal", "SupervisorNote",
    "Trajectplan", "canonical_json",
    "current_phase", "episodes", "explain", "sha256_hex",
]
