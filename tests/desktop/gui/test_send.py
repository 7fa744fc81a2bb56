"""A worker's 'Naar leidinggevende sturen' and 'Mijn cijfers', driven through the real widgets
between real vaults: she writes a bundle in the app, the supervisor reads it in in hers."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.demo import WORKER
from desktop.ui.main_window import MainWindow
from desktop.ui.send_screen import SendScreen
from desktop.ui.supervisor import install_supervisor_screens, remove_supervisor_screens
from desktop.ui.worker_screens import install_worker_screens
from desktop.vault.exchange import export_preview, own_public_key, trust_key, trusted_keys
from desktop.vault.reporting import preview_report, produce_report, report_cases
from exports.bundle import PublicKey, open_bundle
from tests.desktop.gui.conftest import unlock
# The two vaults trusting each other, the worker holding DOSSIERS.
from tests.desktop.gui.test_supervisor import DOSSIERS, _vault, pair, travelling_records  # noqa: F401

SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot):
    made = MainWindow()
    qtbot.addWidget(made)
    made.show()
    return made


@pytest.fixture
def stick(tmp_path, monkeypatch):
    """A USB stick folder; the save dialog answers `stick/answer` and records what it was offered."""
    folder = tmp_path / "stick"
    folder.mkdir()
    offered = []

    def dialog(_parent, _title, start, _pattern):
        offered.append(start)
        return str(folder / "bundel"), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return folder, offered


def _send(qtbot, screen: SendScreen) -> None:
    qtbot.keyClick(screen.send_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not screen.busy, timeout=20_000)


def test_worker_sends_in_the_app_and_the_supervisor_reads_it_in(qtbot, pair, window, stick, tmp_path):
    worker, supervisor = pair
    folder, offered = stick
    screens = install_worker_screens(window, worker)
    qtbot.keyClick(window, Qt.Key.Key_E, SHIFT_CTRL)
    send = screens.send
    assert window.stack.currentWidget() is send and send.supervisor.currentText() == "Sam Super"
    assert not send.no_supervisor.isVisible()
    assert f"({len(DOSSIERS)})" in send.everything.text()
    assert f"{len(DOSSIERS)} dossier(s)" in send.changed_only.text() and "nog nooit" in send.changed_only.text()
    assert "(9)" in send.with_pdfs.text() and not send.with_pdfs.isChecked()
    assert not send.anonymous.isHidden() and "Jasmijn" in send.anonymous.text() and "Ștefania" in send.anonymous.text()
    assert "Ioana" not in send.anonymous.text()
    _send(qtbot, send)
    written = folder / "bundel.koers"
    assert offered[0].endswith(f"koers-{dt.date.today().isoformat()}.koers") and WORKER not in offered[0]
    assert [p.name for p in folder.iterdir()] == ["bundel.koers"]
    assert str(written) in send.status.text() and "Sam Super" in send.status.text()
    assert "versleuteld" in send.status.text() and not send.error.isVisible()

    other = MainWindow()
    qtbot.addWidget(other)
    imported = install_supervisor_screens(other, supervisor)
    imported.import_screen.import_file(written)
    qtbot.waitUntil(lambda: not imported.import_screen.busy, timeout=20_000)
    assert imported.import_screen.counts["new"].text() == str(len(DOSSIERS))  # dossiers, not records
    shown = {p.id: p.roepnaam for p in supervisor.participants()}
    anonymous = {d.participant.id for d in DOSSIERS if d.participant.roepnaam in ("Jasmijn", "Ștefania")}
    assert all(shown[d.participant.id] == ("anoniem" if d.participant.id in anonymous else d.participant.roepnaam)
               for d in DOSSIERS)
    remove_supervisor_screens(other, imported)

    # Again: nothing changed, so no file; the dialog starts in the stick's folder, by date only.
    written.unlink()
    assert "0 dossier(s)" in send.changed_only.text()
    _send(qtbot, send)
    assert offered[1] == str(folder / f"koers-{dt.date.today().isoformat()}.koers")
    assert list(folder.iterdir()) == [] and "niets nieuws" in send.status.text()


def test_signed_plans_go_along_as_pdf_when_ticked(qtbot, tmp_path, window, stick):
    worker, supervisor = _vault(tmp_path / "w", WORKER, "begeleider"), _vault(tmp_path / "s", "Sam", "supervisor")
    trust_key(worker, PublicKey.from_file(own_public_key(supervisor).to_file()), "supervisor")
    signed = next(d for d in DOSSIERS if any(p.frozen for p in d.plans))
    worker.save_all(signed.records())
    send = install_worker_screens(window, worker).send
    window.show_page(send, "")
    assert "(0)" not in send.with_pdfs.text()
    qtbot.keyClick(send.with_pdfs, Qt.Key.Key_Space)
    _send(qtbot, send)
    me = PublicKey.from_file(own_public_key(worker).to_file())
    bundle = open_bundle((stick[0] / "bundel.koers").read_bytes(), supervisor.identity.age_identity, [me])
    assert bundle.attachments and all(a.data.startswith(b"%PDF") for a in bundle.attachments)
    worker.close()
    supervisor.close()


class DeferredRunner:
    """Holds the job so the test can press Annuleren while it 'runs', then runs it for real."""

    def __init__(self):
        self.jobs = []

    def __call__(self, fn, on_success, on_failure, on_progress):
        self.jobs.append((fn, on_success, on_failure, on_progress))

    def finish(self, progress=None):
        fn, on_success, on_failure, on_progress = self.jobs.pop()
        try:
            result = fn(progress=progress or on_progress)
        except Exception as error:  # noqa: BLE001 - the screen's own failure path
            on_failure(error)
        else:
            on_success(result)


@pytest.mark.parametrize("at", [10, 70, 90])  # packing, packed, written
def test_cancel_leaves_no_file_and_nothing_counted_as_sent(qtbot, pair, stick, at):
    worker, _supervisor = pair
    runner = DeferredRunner()
    screen = SendScreen(worker, runner)
    qtbot.addWidget(screen)
    screen.show()
    screen.send_button.click()
    assert screen.busy and screen.cancel_button.isVisible() and screen.progress.isVisible()

    def progress(value):
        if value == at:
            qtbot.keyClick(screen.cancel_button, Qt.Key.Key_Space)
    runner.finish(progress)
    assert not screen.busy and not screen.cancel_button.isVisible()
    assert list(stick[0].iterdir()) == []  # no bundle, no temporary file
    assert "Geannuleerd" in screen.status.text()
    preview = export_preview(worker, "Sam Super")
    assert preview.changed_dossiers == len(DOSSIERS) and preview.last_export is None


def test_without_a_trusted_supervisor_it_says_how_to_get_one(qtbot, tmp_path):
    worker = _vault(tmp_path / "w", WORKER, "begeleider")
    supervisor = _vault(tmp_path / "s", "Sam Super", "supervisor")
    key_file = tmp_path / "sam.pub"
    key_file.write_bytes(own_public_key(supervisor).to_file())
    screen = SendScreen(worker)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.no_supervisor.isVisible() and "vingerafdruk" in screen.no_supervisor.text()
    assert not screen.send_button.isEnabled() and not screen.choices.isEnabled()
    qtbot.mouseClick(screen.trust_button, Qt.MouseButton.LeftButton)  # trusted in place
    screen.trust_dialog.load_file(key_file)
    screen.trust_dialog.matches.setChecked(True)
    qtbot.mouseClick(screen.trust_dialog.ok, Qt.MouseButton.LeftButton)
    assert screen.supervisor.currentText() == "Sam Super" and screen.send_button.isEnabled()
    assert not screen.no_supervisor.isVisible() and not screen.trust_button.isVisible()
    worker.close()
    supervisor.close()


def test_a_missing_stick_is_refused_in_plain_words(qtbot, pair, tmp_path):
    screen = SendScreen(pair[0])
    qtbot.addWidget(screen)
    screen.show()
    screen.send_to(tmp_path / "weg" / "bundel.koers")
    qtbot.waitUntil(lambda: not screen.busy, timeout=20_000)
    assert "niets verstuurd" in screen.error.text() and "USB-stick" in screen.error.text()
    assert export_preview(pair[0], "Sam Super").last_export is None


def test_the_vault_folder_itself_is_refused(qtbot, pair):
    worker = pair[0]
    screen = SendScreen(worker)
    qtbot.addWidget(screen)
    screen.send_to(worker.folder / "koers.vault")
    qtbot.waitUntil(lambda: not screen.busy, timeout=20_000)
    assert "niets verstuurd" in screen.error.text() and "buiten" in screen.error.text()
    assert len(worker.participants()) == len(DOSSIERS)  # the vault file is untouched


def test_my_figures_show_her_own_caseload(qtbot, pair, window, tmp_path):
    worker, _supervisor = pair
    figures = install_worker_screens(window, worker).figures
    qtbot.keyClick(window, Qt.Key.Key_M, SHIFT_CTRL)
    assert window.stack.currentWidget() is figures and not figures.by_worker.isVisible()
    # Four years: the demo's Mirjam was closed over two years ago (past her retention term).
    figures.set_period(dt.date.today() - dt.timedelta(days=1500), dt.date.today())
    qtbot.keyClick(figures.compute_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: figures.report is not None and not figures.busy, timeout=20_000)
    first = [figures.figure_model.index(0, c).data() for c in range(2)]
    assert first == ["Deelnemers in beeld in de periode", str(len(DOSSIERS))]
    figures.save(tmp_path / "cijfers.csv")  # written through the vault's register, her dossiers only
    qtbot.waitUntil(lambda: not figures.busy, timeout=20_000)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "cijfers.csv").read_text("utf-8-sig"))))
    assert {"categorie": "Deelnemers in beeld in de periode", "aantal": str(len(DOSSIERS))}.items() <= rows[0].items()


def test_her_figures_leave_out_dossiers_that_came_in_from_someone_else(pair, tmp_path):
    worker, supervisor = pair
    from desktop.vault.exchange import export_bundle, import_bundle
    import_bundle(supervisor, export_bundle(worker, "Sam Super").data)
    assert len(report_cases(supervisor)) == len(DOSSIERS)
    assert report_cases(supervisor, own_only=True) == []
    today = dt.date.today()
    mine = produce_report(supervisor, today - dt.timedelta(days=1500), today, own_only=True)
    assert mine.tables[0].figures[0].shown == "0"
    assert preview_report(supervisor, mine.start, mine.end).tables[0].figures[0].shown == str(len(DOSSIERS))
    assert len(report_cases(worker, own_only=True)) == len(DOSSIERS)
    assert [k.name for k in trusted_keys(supervisor, "begeleider")] == [WORKER]


def test_the_menu_is_there_for_a_worker_and_goes_when_locking(qtbot, make_session, locked_vault_dir):
    session = make_session(locked_vault_dir)
    unlock(qtbot, session)
    menu = session.window.findChild(type(session.window.menuBar().actions()[0].menu()), "worker-menu")
    assert menu is not None and [a.text() for a in menu.actions()][0].startswith("Naar leidinggevende")
    qtbot.keyClick(session.window, Qt.Key.Key_E, SHIFT_CTRL)
    assert isinstance(session.window.stack.currentWidget(), SendScreen)
    session.apply_settings(session.settings.model_copy(update={"language": "en"}))  # a new window
    titles = [a.text() for a in session.window.menuBar().actions()]
    assert titles == ["&Koers", "&Vault", "&My work", "&Help"]
    session.window.activateWindow()
    qtbot.waitUntil(session.window.isActiveWindow)
    qtbot.keyClick(session.window, Qt.Key.Key_M, SHIFT_CTRL)
    assert session.window.stack.currentWidget() is session.worker_screens.figures
    session.apply_settings(session.settings.model_copy(update={"language": "nl"}))
    session.lock()
    assert session.worker_screens is None
    assert "Naar leidinggevende" not in [a.text() for a in session.window.menuBar().actions()]


def test_a_language_switch_keeps_her_on_the_screen_of_mijn_werk_she_had_open(qtbot, make_session, locked_vault_dir):
    session = make_session(locked_vault_dir)
    unlock(qtbot, session)
    for index, name in enumerate(("send", "figures", "kaart", "outreach", "import_screen")):
        session.worker_screens.actions[index].trigger()
        assert session.window.stack.currentWidget() is getattr(session.worker_screens, name)
        language = "en" if session.settings.language == "nl" else "nl"
        session.apply_settings(session.settings.model_copy(update={"language": language}))  # a new window
        assert session.window.stack.currentWidget() is getattr(session.worker_screens, name), name
    session.apply_settings(session.settings.model_copy(update={"language": "nl"}))
