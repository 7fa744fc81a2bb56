"""The screens of her rights (issue 12): Dossier verwijderen asked twice; the consent log says
plainly what holds; a referral cannot be sent without her consent and shows which consent."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.ui.contacts_tab import referrals_tab, consent_tab
from desktop.vault import Vault
from forms import Consent, Contact, Participant, Referral
from tests.conftest import PASSPHRASE
from tests.desktop.gui.conftest import unlock

LEFT = Qt.MouseButton.LeftButton
DAY = dt.date(2025, 5, 1)


@pytest.fixture
def two(locked_vault_dir):
    vault = Vault.open(locked_vault_dir, PASSPHRASE)
    mira, noor = Participant(roepnaam="Mira"), Participant(roepnaam="Noor")
    vault.save_all([mira, noor, Contact(participant_id=mira.id, note="geheim"),
                    Contact(participant_id=mira.id, note="ook geheim")])
    vault.close()
    return mira, noor


def test_erasing_a_dossier_asks_twice_names_what_goes_and_closes_it(qtbot, make_session, locked_vault_dir, two):
    mira, _noor = two
    workspace = unlock(qtbot, make_session(locked_vault_dir))
    screen = workspace.open_dossier(mira.id)
    dialog = screen.ask_erase()
    assert "2 × contacten" in dialog.listing.text() and "1 × persoonsgegevens" in dialog.listing.text()
    assert not dialog.next_button.isEnabled()  # a reason first
    qtbot.keyClicks(dialog.reason, "op haar verzoek")
    qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.pages.currentIndex() == 1 and "Mira" in dialog.pages.currentWidget().findChildren(
        type(dialog.listing))[1].text()
    assert workspace.caseload.model.rowCount() == 2  # nothing gone before the second yes
    qtbot.mouseClick(dialog.erase_button, LEFT)
    qtbot.waitUntil(lambda: workspace.dossier is None)
    assert workspace.right.currentWidget() is workspace.empty
    assert workspace.caseload.model.rowCount() == 1


def test_cancelling_at_the_second_question_keeps_her(qtbot, make_session, locked_vault_dir, two):
    mira, _noor = two
    workspace = unlock(qtbot, make_session(locked_vault_dir))
    dialog = workspace.open_dossier(mira.id).ask_erase()
    qtbot.keyClicks(dialog.reason, "vergissing")
    qtbot.mouseClick(dialog.next_button, LEFT)
    dialog.reject()
    assert workspace.dossier.participant_id == mira.id and workspace.caseload.model.rowCount() == 2


def test_the_consent_log_shows_given_and_withdrawn_whole(qtbot, vault):
    person = Participant(roepnaam="Ana")
    vault.save_all([person, Consent(participant_id=person.id, purpose="delen_leidinggevende", given_on=DAY,
                                    withdrawn_on=dt.date(2025, 6, 1)),
                    Consent(participant_id=person.id, purpose="registratie", given_on=DAY)])
    tab = consent_tab(vault, person.id)
    qtbot.addWidget(tab)
    model = tab.model
    cells = {model.data(model.index(r, 0)): model.data(model.index(r, 1)) for r in range(model.rowCount())}
    assert cells == {"Delen met de leidinggevende": "✗ Ingetrokken 01-06-2025",
                     "Registratie": "✓ Gegeven 01-05-2025"}
    assert tab.table.wordWrap()  # long purposes wrap instead of being cut off


def test_a_referral_without_consent_is_refused_on_screen_and_linked_once_there_is_one(qtbot, vault):
    person = Participant(roepnaam="Ana")
    vault.save_all([person, Referral(participant_id=person.id, partner="GGD", status="voorbereid")])
    tab = referrals_tab(vault, person.id)
    qtbot.addWidget(tab)
    column = 2
    assert tab.model.data(tab.model.index(0, column)) == "✗ Geen geldige toestemming"
    tab.edit(0)
    tab.form.set_values(tab.form.values() | {"status": "aangemeld"})
    assert not tab.save()
    assert not tab.banner.isHidden() and "toestemming" in tab.banner.message.text()
    vault.save(Consent(participant_id=person.id, purpose="delen_ketenpartner", recipient="GGD", given_on=DAY))
    tab.reload()
    assert tab.save()
    assert tab.model.data(tab.model.index(0, column)) == "✓ Gegeven 01-05-2025"


# --- the supervisor's screens: a dossier shared anonymously is never shown by name ----------
from tests.desktop.gui.test_supervisor import _import, bundle, pair, screens  # noqa: E402, F401 - fixtures
from desktop.vault.exchange import export_bundle, mark_sent  # noqa: E402
from tests.desktop.gui.test_supervisor import DOSSIERS  # noqa: E402

HIDDEN = ("Jasmijn", "Ștefania")  # no consent to share with the supervisor in the demo


def test_the_supervisor_sees_anoniem_never_her_name(qtbot, screens, bundle):
    window, made = screens
    _import(qtbot, made.import_screen, bundle)
    overview = made.overview
    window.supervisor.setCurrentWidget(overview)
    qtbot.waitUntil(lambda: not overview.loading and overview.worker_model.rowCount() == 1, timeout=10_000)
    people = overview.participant_model
    names = [people.index(r, 0).data() for r in range(people.rowCount())]
    assert names.count("anoniem") == 2 and not set(HIDDEN) & set(names)
    assert made.import_screen.rights_note.isHidden()


def test_a_withdrawn_consent_is_named_in_the_import_report(qtbot, screens, bundle, pair, tmp_path):
    worker, _supervisor = pair
    window, made = screens
    _import(qtbot, made.import_screen, bundle)
    ioana = next(d for d in DOSSIERS if d.participant.roepnaam == "Ioana")
    consent = next(c for c in worker.dossier(ioana.participant.id).consents if c.purpose == "delen_leidinggevende")
    worker.save(consent.model_copy(update={"withdrawn_on": dt.date.today()}))
    export = export_bundle(worker, "Sam Super", since_last=True)
    mark_sent(worker, export)
    path = tmp_path / "again.koers"
    path.write_bytes(export.data)
    _import(qtbot, made.import_screen, path)
    note = made.import_screen.rights_note
    assert not note.isHidden() and note.text().startswith("1 dossier(s) zijn nu anoniem")
