"""Issue 14 §2 in the app: the sociale kaart screen (a worker's own entries, the supervisor's
kaart sent to her as a bundle and read in on her side), a referral that picks its partner from
the kaart, and the wait on the overview."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from desktop.ui.kaart_screen import KaartScreen
from desktop.ui.overview_tab import OverviewTab
from desktop.ui.referral_tab import ReferralTab
from desktop.ui.supervisor.import_screen import ImportScreen
from desktop.vault.kaart import entries
from forms import Consent, KaartEntry, Participant
from tests.desktop.gui.test_supervisor import _import
from tests.desktop.test_exchange import pair  # noqa: F401 - the two-vault fixture


def _screen(qtbot, vault) -> KaartScreen:
    screen = KaartScreen(vault)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def _cells(screen: KaartScreen) -> list[list[str]]:
    return [[screen.table.item(r, c).text() for c in range(screen.table.columnCount())]
            for r in range(screen.table.rowCount())]


def test_a_worker_adds_her_own_partner(qtbot, pair):
    worker, _ = pair
    screen = _screen(qtbot, worker)
    qtbot.keyClicks(screen.name, "Buurthuis De Pijp")
    screen.kind.setCurrentIndex(screen.kind.findData("werk"))
    qtbot.keyClicks(screen.languages, "nl, en")
    qtbot.keyClicks(screen.phone, "020 111 2222")
    screen.wait.setValue(14)
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    assert _cells(screen) == [["Werk", "Buurthuis De Pijp", "", "nl, en", "", "020 111 2222", "14 dagen", "eigen"]]
    [item] = entries(worker)
    assert (item.entry.kind, item.entry.waiting_days, item.programme) == ("werk", 14, False)


def test_the_supervisor_imports_partners_from_a_spreadsheet(qtbot, pair, tmp_path):
    _, supervisor = pair
    sheet = tmp_path / "kaart.csv"
    sheet.write_text("naam;soort;wachttijd\nSchuldhulp Stad;schulden;28\nDak;wonen;\n", "cp1252")
    screen = _screen(qtbot, supervisor)
    screen.import_spreadsheet(sheet)
    assert sorted(row[1] for row in _cells(screen)) == ["Dak", "Schuldhulp Stad"]
    assert "2" in screen.message.text()


def test_a_partner_without_a_name_is_not_added(qtbot, pair):
    worker, _ = pair
    screen = _screen(qtbot, worker)
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    assert screen.error.isVisible() and entries(worker) == []


def test_the_supervisor_sends_the_kaart_and_the_worker_reads_it_in(qtbot, pair, tmp_path):
    worker, supervisor = pair
    supervisor.save(KaartEntry(name="Schuldhulp Stad", kind="schulden", waiting_days=28, contact_person="Fatima"))
    sending = _screen(qtbot, supervisor)
    assert sending.worker.currentText() == "Anna Werker"
    sending.send(tmp_path / "kaart.koers")
    assert "1 partners" in sending.message.text()
    reading = ImportScreen(worker)
    qtbot.addWidget(reading)
    reading.show()
    _import(qtbot, reading, tmp_path / "kaart.koers")
    assert reading.counts["new"].text() == "1"
    shown = _screen(qtbot, worker)
    assert _cells(shown) == [["Schuldhulp", "Schuldhulp Stad", "", "", "Fatima", "", "28 dagen", "programma"]]


def test_a_referral_picks_its_partner_and_the_overview_shows_the_wait(qtbot, pair):
    worker, _ = pair
    debt = KaartEntry(name="Schuldhulp Stad", kind="schulden", waiting_days=28)
    ioana = Participant(roepnaam="Ioana")
    consent = Consent(participant_id=ioana.id, purpose="delen_ketenpartner", recipient=debt.name,
                      given_on=dt.date.today() - dt.timedelta(days=11), how="mondeling")
    worker.save_all([debt, ioana, consent])
    tab = ReferralTab(worker, ioana.id)
    qtbot.addWidget(tab)
    assert tab.partner_box.count() == 2
    tab.partner_box.setCurrentIndex(1)
    tab.partner_box.activated.emit(1)
    sent = dt.date.today() - dt.timedelta(days=10)
    tab.form.set_values(tab.form.values() | {"sent_on": sent.strftime("%d-%m-%Y"), "status": "wachtlijst"})
    assert tab.save()
    [referral] = worker.dossier(ioana.id).referrals
    assert (referral.partner, referral.partner_id, referral.partner_kind, referral.sent_on) == (
        "Schuldhulp Stad", debt.id, "schulden", sent)
    overview = OverviewTab(worker, ioana.id)
    qtbot.addWidget(overview)
    assert overview.waiting.item(0).text() == "Schuldhulp Stad — Wachtlijst wacht 10 dagen (gewoonlijk 28)"
