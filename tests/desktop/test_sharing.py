"""Consent that gates sharing with the supervisor, and erasure carried by the next bundle
(issue 12 §1, §2), with two real vaults."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.vault import Vault
from desktop.vault.exchange import export_bundle, export_preview, import_bundle, mark_sent
from desktop.vault.paths import DATABASE
from desktop.vault.reporting import report_cases
from exports.bundle import open_bundle
from desktop.vault.trust import trusted_keys
from forms import Aanmelding, Consent, Contact, Participant, PhaseChange
from forms.sharing import MonitoringForm
from tests.desktop.pages import plaintext
from tests.desktop.test_exchange import pair  # noqa: F401 - the two-vault fixture

NAME, NOTE = "Jasmijntje Okapiwolk", "vertelde-over-haar-pooier-9931"
DAY = dt.date(2025, 3, 1)


def _her(worker: Vault, consent: bool) -> Participant:
    person = Participant(roepnaam=NAME, gender="non_binair")
    records = [person, Aanmelding(participant_id=person.id, source="ggd", date=DAY),
               Contact(participant_id=person.id, note=NOTE),
               PhaseChange(participant_id=person.id, phase="orientatie", date=DAY)]
    if consent:
        records.append(Consent(participant_id=person.id, purpose="delen_leidinggevende", given_on=DAY))
    worker.save_all(records)
    return person


def _send(worker: Vault, since_last: bool = True):
    export = export_bundle(worker, "Sam Super", since_last=since_last)
    mark_sent(worker, export)
    return export


def test_without_consent_only_the_anonymous_form_travels(pair):
    worker, supervisor = pair
    person = _her(worker, consent=False)
    assert [(pid, name) for pid, name in export_preview(worker, "Sam Super").anonymous] == [(person.id, NAME)]
    export = _send(worker)
    assert export.anonymous == [person.id] and export.counts == {"monitoring": 1}
    bundle = open_bundle(export.data, supervisor.identity.age_identity, trusted_keys(supervisor, "begeleider"))
    [form] = bundle.records
    assert isinstance(form, MonitoringForm) and NAME not in form.model_dump_json() and NOTE not in form.model_dump_json()
    report = import_bundle(supervisor, export.data)
    assert report.new == [("monitoring", person.id)]
    [summary] = supervisor.participants()
    assert summary.anonymous and summary.roepnaam == "anoniem" and summary.phase == "orientatie"
    assert supervisor.dossier(person.id).participant.roepnaam == "anoniem"
    [(_worker, lean)] = report_cases(supervisor)
    assert lean["participant"][0]["gender"] == "non_binair" and lean["aanmelding"][0]["source"] == "ggd"


def test_with_consent_the_whole_dossier_travels(pair):
    worker, supervisor = pair
    person = _her(worker, consent=True)
    assert export_preview(worker, "Sam Super").anonymous == []
    import_bundle(supervisor, _send(worker).data)
    assert supervisor.dossier(person.id).contacts[0].note == NOTE
    assert [p.roepnaam for p in supervisor.participants()] == [NAME]


def test_withdrawing_reduces_the_supervisors_copy_and_giving_again_restores_it(pair):
    worker, supervisor = pair
    person = _her(worker, consent=True)
    import_bundle(supervisor, _send(worker).data)
    consent = worker.dossier(person.id).consents[0]
    worker.save(consent.model_copy(update={"withdrawn_on": dt.date.today()}))
    report = import_bundle(supervisor, _send(worker).data)
    assert report.anonymised == [person.id]
    assert [p.roepnaam for p in supervisor.participants()] == ["anoniem"]
    assert len(report_cases(supervisor)) == 1  # still counted
    page_text = plaintext(supervisor.folder, DATABASE, supervisor._vault_key)
    assert NAME.encode() not in page_text and NOTE.encode() not in page_text
    worker.save(Consent(participant_id=person.id, purpose="delen_leidinggevende"))
    import_bundle(supervisor, _send(worker).data)
    assert supervisor.dossier(person.id).contacts[0].note == NOTE


def test_an_erasure_travels_with_the_next_bundle(pair):
    worker, supervisor = pair
    person, other = _her(worker, consent=True), Participant(roepnaam="Blijft")
    worker.save_all([other, Consent(participant_id=other.id, purpose="delen_leidinggevende")])
    import_bundle(supervisor, _send(worker).data)
    worker.erase_participant(str(person.id), "verzoek van de deelnemer")
    export = _send(worker)
    assert export.counts == {"erasure": 1}
    report = import_bundle(supervisor, export.data)
    assert report.erased == [person.id]
    assert [p.roepnaam for p in supervisor.participants()] == ["Blijft"]
    assert NAME.encode() not in plaintext(supervisor.folder, DATABASE, supervisor._vault_key)
    # An old bundle from before the erasure does not bring her back.
    old = export_bundle(worker, "Sam Super")
    import_bundle(supervisor, old.data)
    assert [p.roepnaam for p in supervisor.participants()] == ["Blijft"]


@pytest.mark.parametrize("withdrawn", [True, False])
def test_the_report_counts_her_either_way(pair, withdrawn):
    worker, supervisor = pair
    _her(worker, consent=not withdrawn)
    import_bundle(supervisor, _send(worker).data)
    [(_w, lean)] = report_cases(supervisor)
    assert {"participant", "aanmelding", "phase"} <= set(lean)


def test_a_referral_is_sent_only_with_a_current_consent_for_its_partner(vault):
    from desktop.vault import VaultError
    from forms import Referral

    person = Participant(roepnaam="Ana")
    vault.save(person)
    draft = vault.save(Referral(participant_id=person.id, partner="Schuldhulp", status="voorbereid")).record
    with pytest.raises(VaultError, match="toestemming"):
        vault.save(draft.model_copy(update={"status": "aangemeld"}))
    other = Consent(participant_id=person.id, purpose="delen_ketenpartner", recipient="GGD")
    vault.save(other)
    with pytest.raises(VaultError):  # a consent for another partner does not cover it
        vault.save(draft.model_copy(update={"status": "aangemeld"}))
    consent = Consent(participant_id=person.id, purpose="delen_ketenpartner", recipient="schuldhulp",
                      given_on=DAY, withdrawn_on=dt.date.today())
    vault.save(consent)
    with pytest.raises(VaultError):  # withdrawn today
        vault.save(draft.model_copy(update={"status": "aangemeld"}))
    vault.save(consent.model_copy(update={"withdrawn_on": None}))
    sent = vault.save(draft.model_copy(update={"status": "aangemeld"})).record
    assert sent.consent_id == consent.id  # linked
    vault.save(vault.get(consent.id).model_copy(update={"withdrawn_on": dt.date.today()}))
    vault.save(sent.model_copy(update={"status": "gestart"}))  # what was sent, was sent with consent
