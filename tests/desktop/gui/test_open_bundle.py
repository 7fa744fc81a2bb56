"""A double-clicked .koers file: Koers opens, she unlocks, and the import screen reads it. And after an
update, the first screen says the vault was migrated and where its backup is."""

from __future__ import annotations

import shutil
from pathlib import Path

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


def test_a_worker_who_opens_a_bundle_meant_for_her_supervisor_is_told_nothing_was_read(  # noqa: F811
        qtbot, make_session, pair, bundle):  # noqa: F811
    """A worker's own import screen reads it (her supervisor's kaart, a colleague's dossier come
    that way, issue 14); this bundle is encrypted for the supervisor, so it says so and reads nothing."""
    worker, _supervisor = pair
    folder = worker.folder
    before = len(worker.participants())
    worker.close(make_backup=False)
    session: Session = make_session(folder)
    session.bundle_to_open = bundle
    unlock(qtbot, session)
    importer = session.worker_screens.import_screen
    qtbot.waitUntil(lambda: not importer.busy and importer.error.isVisible(), timeout=20_000)
    assert "niet voor deze kluis versleuteld" in importer.error.text()
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
