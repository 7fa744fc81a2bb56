"""A double-clicked .koers file: Koers opens, she unlocks, and the import screen reads it. And after an
update, the first screen says the vault was migrated and where its backup is."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop.cli import main as koers
from desktop.ui.app import Session
from tests.desktop.gui.conftest import unlock
from tests.desktop.gui.test_supervisor import bundle, pair  # noqa: F401 (fixtures)
from tests.desktop.test_vault_updates import FIXTURES, PASSPHRASE as FIXTURE_PASSPHRASE


def test_a_bundle_koers_was_opened_with_is_imported_after_unlocking(qtbot, make_session, pair, bundle):  # noqa: F811
    worker, supervisor = pair
    folder = supervisor.folder
    supervisor.close(make_backup=False)
    session: Session = make_session(folder)
    session.bundle_to_open = bundle
    unlock(qtbot, session)
    importer = session.supervisor_screens.import_screen
    assert session.window.supervisor.currentWidget() is importer
    qtbot.waitUntil(lambda: importer.report_box.isVisible(), timeout=20_000)
    assert int(importer.counts["new"].text()) > 0
    assert session.bundle_to_open is None


def test_a_worker_who_opens_a_bundle_is_told_nothing_was_read(qtbot, make_session, pair, bundle):  # noqa: F811
    worker, _supervisor = pair
    folder = worker.folder
    before = len(worker.participants())
    worker.close(make_backup=False)
    session: Session = make_session(folder)
    session.bundle_to_open = bundle
    unlock(qtbot, session)
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in session.window.children()))
    box = next(w for w in session.window.children() if isinstance(w, QMessageBox))
    assert "niets ingelezen" in box.text()
    box.close()
    assert len(session.vault.participants()) == before


def test_the_gui_command_takes_a_bundle_argument(monkeypatch, tmp_path):
    seen = {}
    monkeypatch.setattr("desktop.ui.app.main", lambda folder, bundle=None: seen.update(bundle=bundle) or 0)
    assert koers(["gui", "--vault", str(tmp_path), str(tmp_path / "b.koers")]) == 0
    assert seen["bundle"] == Path(tmp_path / "b.koers")


def test_after_an_update_the_first_screen_says_where_the_backup_is(qtbot, make_session, tmp_path):
    folder = tmp_path / "old"
    shutil.copytree(FIXTURES / "schema-4", folder)
    session: Session = make_session(folder)
    workspace = unlock(qtbot, session, FIXTURE_PASSPHRASE)
    assert workspace.update_banner.isVisible()
    assert "voor-update-schema-4" in workspace.update_banner.message.text()
