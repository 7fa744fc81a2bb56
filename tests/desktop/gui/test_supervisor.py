"""Supervisor screens, driven offscreen with real vaults: a worker exports a real bundle, the
supervisor's import screen reads it in on a background thread, the overview lists the
worker's participants per phase, and the report screen shows and saves the figures."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop.demo import WORKER, demo_dossiers
from desktop.ui.main_window import MainWindow
from desktop.ui.supervisor import install_supervisor_screens, remove_supervisor_screens
from desktop.ui.supervisor.import_screen import ImportScreen
from forms.sharing import supervisor_consent
from desktop.vault import KdfParams, Vault
from desktop.vault.exchange import export_bundle, mark_sent, own_public_key, trust_key
from desktop.vault.owners import LOCAL
from desktop.vault.reporting import report_register
from exports.bundle import PublicKey
from tests.conftest import PASSPHRASE

WORKER_NAME = WORKER  # the demo dossiers name her as their contact person
DOSSIERS = demo_dossiers()


def travelling_records(dossiers) -> int:
    """Records a bundle carries: whole dossiers she shares with the supervisor, one anonymous
    form for each of the others (issue 12 §1: Jasmijn and Ștefania in the demo)."""
    today = dt.date.today()
    return sum(len(d.records()) if supervisor_consent(d.consents, today) else 1 for d in dossiers)


def _vault(folder, name, role) -> Vault:
    return Vault.create(folder, PASSPHRASE, name, role, kdf=KdfParams.fast_for_tests())[0]


@pytest.fixture
def pair(tmp_path):
    """(worker vault holding the demo dossiers, supervisor vault), each trusting the other."""
    worker = _vault(tmp_path / "w", WORKER_NAME, "begeleider")
    supervisor = _vault(tmp_path / "s", "Sam Super", "supervisor")
    trust_key(worker, PublicKey.from_file(own_public_key(supervisor).to_file()), "supervisor")
    trust_key(supervisor, PublicKey.from_file(own_public_key(worker).to_file()), "begeleider")
    worker.save_all([r for d in DOSSIERS for r in d.records()])
    yield worker, supervisor
    worker.close()
    supervisor.close()


@pytest.fixture
def bundle(pair, tmp_path):
    worker, _supervisor = pair
    export = export_bundle(worker, "Sam Super")
    mark_sent(worker, export)
    path = tmp_path / "anna.koers"
    path.write_bytes(export.data)
    return path


@pytest.fixture
def screens(qtbot, pair):
    window = MainWindow()
    qtbot.addWidget(window)
    made = install_supervisor_screens(window, pair[1])
    window.show_supervisor()
    window.show()
    yield window, made
    remove_supervisor_screens(window, made)


def _import(qtbot, screen: ImportScreen, path) -> None:
    screen.import_file(path)
    assert screen.busy and screen.progress.isVisible()
    qtbot.waitUntil(lambda: not screen.busy, timeout=10_000)


def test_four_tabs_on_the_supervisor_page_and_gone_after_remove(qtbot, screens):
    window, made = screens
    titles = [window.supervisor.tabText(i) for i in range(window.supervisor.count())]
    assert titles == ["Bundel inlezen", "Caseload per begeleider", "Conflicten", "Rapportage", "Sociale kaart"]
    assert "Ioana" not in window.windowTitle()
    remove_supervisor_screens(window, made)
    assert window.supervisor.count() == 0


def test_import_through_the_file_dialog_shows_the_report(qtbot, screens, bundle, monkeypatch):
    window, made = screens
    screen = made.import_screen
    assert WORKER_NAME in screen.trusted.text()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bundle), "*.koers"))
    screen.choose_button.click()
    qtbot.waitUntil(lambda: not screen.busy, timeout=10_000)
    people = int(screen.counts["new"].text())  # counted in dossiers (those whose consent lets them travel)
    assert 0 < people <= len(DOSSIERS)
    assert screen.report_box.isVisible() and not screen.error.isVisible()
    assert {k: int(v.text()) for k, v in screen.counts.items()} == {
        "new": people, "updated": 0, "unchanged": 0, "conflicts": 0}
    assert "Ioana" in screen.names["new"].text() and "en nog" in screen.names["new"].text()
    assert not screen.notice.isVisible()
    assert WORKER_NAME in screen.report_title.text()
    assert "Ioana" not in window.windowTitle()
    _import(qtbot, screen, bundle)  # the same file again: nothing new, and it says so
    assert int(screen.counts["unchanged"].text()) == people and int(screen.counts["new"].text()) == 0
    assert screen.notice.isVisible() and screen.notice.text().startswith("Deze bundel is al ingelezen op ")


def test_a_conflict_is_listed_with_both_versions_kept(qtbot, pair, screens, bundle, tmp_path):
    worker, supervisor = pair
    _window, made = screens
    _import(qtbot, made.import_screen, bundle)
    person = DOSSIERS[0].participant
    # Edited here before dossiers became read-only to her (a vault of an older Koers).
    supervisor.store_as(supervisor.get(person.id).model_copy(update={"roepnaam": "Ioana S.", "rev": 2}), LOCAL, "update")
    worker.save(worker.get(person.id).model_copy(update={"roepnaam": "Ioana P."}))  # and there
    export = export_bundle(worker, "Sam Super", since_last=True)
    again = tmp_path / "again.koers"
    again.write_bytes(export.data)
    _import(qtbot, made.import_screen, again)
    assert made.import_screen.counts["conflicts"].text() == "1"
    model = made.import_screen.conflict_model
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in range(3)] == ["Deelnemer", "Ioana S.", WORKER_NAME]


def test_a_refused_bundle_says_why_and_changes_nothing(qtbot, screens, bundle, pair):
    _window, made = screens
    tampered = bundle.with_name("tampered.koers")
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))
    screen = made.import_screen
    _import(qtbot, screen, tampered)
    text = screen.error.text()
    assert screen.error.isVisible() and not screen.report_box.isVisible()
    assert text.startswith("De bundel is niet ingelezen; er is niets veranderd.")
    assert "beschadigd" in text
    assert pair[1].participants() == []


def test_a_bundle_from_an_untrusted_worker_is_refused_with_advice(qtbot, tmp_path, screens):
    stranger = _vault(tmp_path / "x", "Onbekend", "begeleider")
    _window, made = screens
    supervisor_key = PublicKey.from_file(own_public_key(made.import_screen._vault).to_file())
    trust_key(stranger, supervisor_key, "supervisor")
    stranger.save_all(DOSSIERS[1].records())
    path = tmp_path / "stranger.koers"
    path.write_bytes(export_bundle(stranger, supervisor_key.name).data)
    stranger.close()
    _import(qtbot, made.import_screen, path)
    assert "niet vertrouwt" in made.import_screen.error.text()
    assert "koers keys" not in made.import_screen.error.text()  # no terminal: the screen offers the way
    assert made.import_screen.trust_button.isVisible()


def test_a_bundle_changing_another_workers_dossier_is_refused_by_name(qtbot, tmp_path, screens, bundle):
    _window, made = screens
    _import(qtbot, made.import_screen, bundle)
    other = _vault(tmp_path / "b", "Bea Begeleider", "begeleider")
    supervisor = made.import_screen._vault
    trust_key(other, PublicKey.from_file(own_public_key(supervisor).to_file()), "supervisor")
    trust_key(supervisor, PublicKey.from_file(own_public_key(other).to_file()), "begeleider")
    taken = DOSSIERS[0].participant
    other.save(taken.model_copy(update={"roepnaam": "Overgenomen"}))
    path = tmp_path / "bea.koers"
    path.write_bytes(export_bundle(other, "Sam Super").data)
    other.close()
    _import(qtbot, made.import_screen, path)
    text = made.import_screen.error.text()
    assert text.startswith("De bundel is niet ingelezen; er is niets veranderd.")
    assert taken.roepnaam in text and WORKER_NAME in text
    assert supervisor.get(taken.id).roepnaam == taken.roepnaam


def test_overview_lists_the_workers_participants_per_phase(qtbot, screens, bundle):
    window, made = screens
    _import(qtbot, made.import_screen, bundle)
    overview = made.overview
    window.supervisor.setCurrentWidget(overview)
    qtbot.waitUntil(lambda: not overview.loading and overview.worker_model.rowCount() == 1, timeout=10_000)
    model = overview.worker_model
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[:2] == [WORKER_NAME, str(len(DOSSIERS))]
    phases = [d.phase for d in DOSSIERS]
    expected = [str(phases.count(p)) if phases.count(p) else "–"
                for p in ("aanmelding", "orientatie", "uitvoering", "nazorg", "afgesloten")]
    assert row[8:13] == expected  # after what asks for her attention
    people = overview.participant_model
    assert people.rowCount() == len(DOSSIERS)
    shown_phases = [people.index(r, 1).data() for r in range(people.rowCount())]
    assert shown_phases[0] == "Aanmelding" and shown_phases[-1] == "Afgesloten"  # phase order
    awaiting = sum(people.index(r, 4).data() == "ja" for r in range(people.rowCount()))
    assert awaiting == int(row[4])


def test_report_screen_fills_its_tables_and_saves_csv(qtbot, screens, bundle, tmp_path, monkeypatch):
    window, made = screens
    _import(qtbot, made.import_screen, bundle)
    report = made.report
    window.supervisor.setCurrentWidget(report)
    assert not report.csv_button.isEnabled()  # nothing to save before the figures exist
    today = dt.date.today()
    report.set_period(today - dt.timedelta(days=700), today)
    report.compute_button.click()
    qtbot.waitUntil(lambda: report.report is not None and not report.busy, timeout=10_000)
    assert report.table_list.count() == len(report.report.tables) >= 5
    assert report.figure_model.rowCount() > 0
    first = [report.figure_model.index(0, c).data() for c in range(3)]
    assert first[0] == "Deelnemers in beeld in de periode"
    target = tmp_path / "out" / "cijfers"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV (*.csv)"))
    report.csv_button.click()
    saved = target.with_name("cijfers.csv")
    qtbot.waitUntil(lambda: not report.busy, timeout=10_000)
    rows = list(csv.reader(io.StringIO(saved.read_text("utf-8-sig"))))
    assert rows[0] == ["tabel", "categorie", "begeleider", "aantal", "percentage", "periode_van", "periode_tot",
                       "tabelcode"]
    assert {r[5] for r in rows[1:]} == {(today - dt.timedelta(days=700)).isoformat()}
    assert {r[7] for r in rows[1:]} == {t.key for t in report.report.tables} | {"legenda"}
    assert all(r[3] != "1" and r[3] != "2" and r[3] != "3" and r[3] != "4" for r in rows[1:])  # "<5"
    assert "Ioana" not in saved.read_text("utf-8-sig")
    assert oct(saved.stat().st_mode & 0o777) == "0o600"


def test_the_report_screen_registers_what_it_saves(qtbot, screens, pair, bundle, tmp_path):
    """Saving goes through the vault's register (issue 11 §5); showing figures on screen does not."""
    window, made = screens
    _import(qtbot, made.import_screen, bundle)
    report = made.report
    window.supervisor.setCurrentWidget(report)
    report.compute()
    qtbot.waitUntil(lambda: report.report is not None and not report.busy, timeout=10_000)
    assert report_register(pair[1]) == []
    for name in ("a.csv", "b.csv"):
        report.save(tmp_path / name)
        qtbot.waitUntil(lambda: not report.busy, timeout=10_000)
    (kept,) = report_register(pair[1])  # the same report twice: registered once, the same file
    assert kept == report.report.published
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()


def test_report_screen_saves_an_xlsx_read_back_with_openpyxl(qtbot, screens, bundle, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    window, made = screens
    _import(qtbot, made.import_screen, bundle)
    report = made.report
    window.supervisor.setCurrentWidget(report)
    report.compute_button.click()
    qtbot.waitUntil(lambda: report.report is not None and not report.busy, timeout=10_000)
    target = tmp_path / "cijfers.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel (*.xlsx)"))
    report.xlsx_button.click()
    qtbot.waitUntil(lambda: not report.busy and target.exists(), timeout=10_000)
    book = load_workbook(target)
    assert len(book.sheetnames) == 1 + len(report.report.tables)  # about, then one sheet per table
    first = book[book.sheetnames[1]]
    cells = [[c.value for c in row] for row in first.iter_rows()]
    assert cells[0][0] == report.report.tables[0].title and cells[1][0].startswith("Periode: ")
    assert cells[3] == ["Categorie", "Aantal", "%"]
    texts = [row[0] for row in cells if row and row[0]]
    assert "Legenda" in texts and any(t.startswith("<5: ") for t in texts) and any(t.startswith("x: ") for t in texts)
    counts = [row[1] for row in cells[4:] if row[1] is not None]
    assert all(isinstance(c, int) or c in ("<5", "x", "") for c in counts)
    assert "Ioana" not in str([[c.value for c in r] for s in book for r in s.iter_rows()])


def test_report_refuses_a_start_after_the_end(qtbot, screens):
    window, made = screens
    report = made.report
    window.supervisor.setCurrentWidget(report)
    report.set_period(dt.date(2025, 6, 1), dt.date(2025, 1, 1))
    report.compute_button.click()
    assert report.error.isVisible() and not report.busy
    assert report.error.text() == "De begindatum ligt na de einddatum."


def test_report_screen_saves_a_pdf(qtbot, screens, bundle, tmp_path):
    window, made = screens
    _import(qtbot, made.import_screen, bundle)
    report = made.report
    window.supervisor.setCurrentWidget(report)
    report.compute()
    qtbot.waitUntil(lambda: report.report is not None and not report.busy, timeout=10_000)
    target = tmp_path / "rapportage.pdf"
    report.save(target)
    qtbot.waitUntil(lambda: not report.busy, timeout=20_000)
    assert target.read_bytes().startswith(b"%PDF") and "Opgeslagen" in report.status.text()


def test_the_shown_overview_refreshes_itself_after_an_import(qtbot, pair, bundle):
    from desktop.ui.events import VaultEvents

    window = MainWindow()
    qtbot.addWidget(window)
    made = install_supervisor_screens(window, pair[1], VaultEvents(pair[1], window))
    window.show_supervisor()
    window.supervisor.setCurrentWidget(made.overview)
    window.show()
    qtbot.waitUntil(lambda: not made.overview.loading and made.overview.empty.isVisible(), timeout=10_000)
    made.import_screen.import_file(bundle)  # runs while the overview is the tab in view
    qtbot.waitUntil(lambda: made.overview.worker_model.rowCount() == 1, timeout=10_000)
    assert not made.overview.empty.isVisible()
    remove_supervisor_screens(window, made)
