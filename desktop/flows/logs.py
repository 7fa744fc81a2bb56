"""The fields of the logs in a dossier: contacts, referrals and consent per purpose."""

from __future__ import annotations

from desktop.flows.fields import FieldSpec
from forms import Consent, Contact, Record, Referral

LOG_FORMS: dict[str, tuple[type[Record], tuple[FieldSpec, ...]]] = {
    "contact": (Contact, (
        FieldSpec("date", "date"),
        FieldSpec("kind", "choice", "contact_kinds"),
        FieldSpec("duration_minutes", "int"),
        FieldSpec("note", "long"),
        FieldSpec("signals", "multi", "coercion_signals"),
    )),
    "referral": (Referral, (
        FieldSpec("partner", "text"),
        FieldSpec("purpose", "text"),
        FieldSpec("status", "choice", "referral_statuses"),
        FieldSpec("sent_on", "date"),
        FieldSpec("intake_on", "date"),
        FieldSpec("started_on", "date"),
        FieldSpec("feedback", "long"),
    )),
    "consent": (Consent, (
        FieldSpec("purpose", "choice", "consent_purposes"),
        FieldSpec("recipient", "text"),
        FieldSpec("given_on", "date"),
        FieldSpec("how", "choice", "consent_methods"),
        FieldSpec("withdrawn_on", "date"),
    )),
}
# The columns each log shows in its table: field names of the record, and two worked out from
# her consents (desktop.ui.contacts_tab): whether a consent holds now ("state"), and which
# consent lets a referral go to its partner ("consent").
LOG_COLUMNS: dict[str, tuple[str, ...]] = {
    "contact": ("date", "kind", "note"),
    "referral": ("partner", "status", "consent"),  # the dates are in the form: the form keeps its room
    "consent": ("purpose", "state"),  # the purpose names its recipient
}
COMPUTED_COLUMNS = {"state", "consent"}
