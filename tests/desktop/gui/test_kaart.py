"""Issue 14 §2 in the app: the sociale kaart screen (a worker's own entries, the supervisor's
kaart sent to her as a bundle and read in on her side), a referral that picks its partner from
the kaart, and the wait on the overview."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import Qt

from desktop.ui.kaart_screen import KaartScreen
from desktop.ui.overview_tab import OverviewTab
from desktop.ui.referral_tab import ReferralTab
from desktop.ui.supervisor.import_screen import ImportScreen
from desktop.vault.exchange import export_bundle
from desktop.vault.kaart import NotYourEntry, change_entry, entries
from desktop.vault.reporting import report_cases
from exports.report import build_report
from forms import Consent, KaartEntry, Participant
from tests.desktop.gui.test_supervisor import _import
from tests.exports.test_report import figures
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


def _send_and_read(qtbot, supervisor, worker, path) -> None:
    _screen(qtbot, supervisor).send(path)
    reading = ImportScreen(worker)
    qtbot.addWidget(reading)
    reading.show()
    _import(qtbot, reading, path)


def _choose(screen: KaartScreen, name: str) -> None:
    screen.table.selectRow(next(r for r, row in enumerate(_cells(screen)) if row[1] == name))


def test_a_worker_changes_and_removes_her_own_entries_and_a_new_kaart_leaves_them(qtbot, pair, tmp_path):
    worker, supervisor = pair
    debt, house = KaartEntry(name="Schuldhulp Stad", kind="schulden", waiting_days=28), KaartEntry(name="Dak", kind="wonen")
    supervisor.save_all([debt, house])
    _send_and_read(qtbot, supervisor, worker, tmp_path / "kaart-1.koers")
    screen = _screen(qtbot, worker)
    for name in ("Buurthuis", "Tandem"):
        screen.name.setText(name)
        screen.kind.setCurrentIndex(screen.kind.findData("werk"))
        qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    _choose(screen, "Buurthuis")
    assert screen.change_buttons.isVisible() and not screen.add_button.isVisible()
    assert screen.name.text() == "Buurthuis"
    qtbot.keyClicks(screen.phone, "020 777")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    _choose(screen, "Tandem")
    qtbot.mouseClick(screen.remove_button, Qt.MouseButton.LeftButton)
    assert "Tandem staat niet meer op de kaart" in screen.message.text()
    _choose(screen, "Schuldhulp Stad")  # the programme's: not hers to change
    assert not screen.change_buttons.isVisible() and "alleen de leidinggevende" in screen.message.text()
    with pytest.raises(NotYourEntry):
        change_entry(worker, debt.model_copy(update={"waiting_days": 1}))

    # The supervisor changes her kaart and sends it again: the worker's own entries stay as she left them.
    supervisor.save_all([debt.model_copy(update={"waiting_days": 42}), house.model_copy(update={"retired": True}),
                         KaartEntry(name="Huisarts Oost", kind="huisarts")])
    _send_and_read(qtbot, supervisor, worker, tmp_path / "kaart-2.koers")
    screen.reload()
    assert sorted((row[1], row[5], row[6], row[7]) for row in _cells(screen)) == [
        ("Buurthuis", "020 777", "", "eigen"), ("Huisarts Oost", "", "", "programma"),
        ("Schuldhulp Stad", "", "42 dagen", "programma")]
    screen.name.setText("Tandem")  # added again: the removed one comes back, not a second copy
    screen.kind.setCurrentIndex(screen.kind.findData("werk"))
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    assert [i.entry.name for i in entries(worker, with_retired=True)].count("Tandem") == 1


def test_a_kaart_from_the_supervisor_is_used_by_referrals_and_their_waits_reach_her_report(qtbot, pair, tmp_path):
    """§2 end to end: the kaart travels supervisor → worker, five referrals pick the partner from it
    with their dates and feedback, the overview shows the wait, and the worker's bundle gives the
    supervisor's report the median and longest wait for that kind of partner."""
    worker, supervisor = pair
    supervisor.save(KaartEntry(name="Schuldhulp Stad", kind="schulden", waiting_days=28))
    _send_and_read(qtbot, supervisor, worker, tmp_path / "kaart.koers")
    today = dt.date.today()
    people = [Participant(roepnaam=f"P{n}", gender="vrouw") for n in range(5)]
    worker.save_all([r for p in people for r in (
        p, Consent(participant_id=p.id, purpose="delen_leidinggevende"),
        Consent(participant_id=p.id, purpose="delen_ketenpartner", recipient="Schuldhulp Stad",
                given_on=today - dt.timedelta(days=80), how="mondeling"))])
    day = lambda n: (today - dt.timedelta(days=n)).strftime("%d-%m-%Y")  # noqa: E731
    for person, intake_after in zip(people, (10, 20, 30, 40, None)):
        tab = ReferralTab(worker, person.id)
        qtbot.addWidget(tab)
        index = tab.partner_box.findText("Schuldhulp: Schuldhulp Stad — gewoonlijk 28 dagen")
        tab.partner_box.setCurrentIndex(index)
        tab.partner_box.activated.emit(index)
        values = {"sent_on": day(60), "status": "wachtlijst"}
        if intake_after:
            values |= {"status": "gestart", "intake_on": day(60 - intake_after), "started_on": day(60 - intake_after),
                       "feedback": "Intake gehad, traject loopt."}
        tab.form.set_values(tab.form.values() | values)
        assert tab.save(), tab.form.values()
    [waiting] = worker.dossier(people[4].id).referrals
    assert (waiting.partner_kind, waiting.sent_on, waiting.intake_on) == ("schulden", today - dt.timedelta(days=60), None)
    assert worker.dossier(people[0].id).referrals[0].feedback == "Intake gehad, traject loopt."
    overview = OverviewTab(worker, people[4].id)
    qtbot.addWidget(overview)
    assert overview.waiting.item(0).text() == "Schuldhulp Stad — Wachtlijst wacht 60 dagen (gewoonlijk 28)"

    bundle = tmp_path / "anna.koers"
    bundle.write_bytes(export_bundle(worker, "Sam Super").data)
    reading = ImportScreen(supervisor)
    qtbot.addWidget(reading)
    reading.show()
    _import(qtbot, reading, bundle)
    report = build_report(report_cases(supervisor), today - dt.timedelta(days=365), today)
    waits = figures(report, "wachttijd_partner")
    assert waits["Schuldhulp — verwijzingen"] == ("5", None)
    assert waits["Schuldhulp — mediaan wachttijd (dagen)"][0] == "30"  # 10, 20, 30, 40 and 60 still waiting
    assert waits["Schuldhulp — langste wachttijd (dagen)"][0] == "60"
