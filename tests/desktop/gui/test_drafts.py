"""Killing Koers mid-typing loses at most the autosave interval; the draft is offered back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from desktop.vault import Vault
from forms import Participant
from tests.conftest import PASSPHRASE
from tests.desktop.gui.conftest import unlock
from tests.desktop.gui.draft_writer import TYPED

ROOT = Path(__file__).resolve().parents[3]


def test_draft_survives_sigkill_and_is_offered_after_unlock(qtbot, make_session, locked_vault_dir):
    vault = Vault.open(locked_vault_dir, PASSPHRASE)
    noor = Participant(roepnaam="Noor")
    vault.save(noor)
    vault.close()

    env = os.environ | {"KOERS_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-m", "tests.desktop.gui.draft_writer", str(locked_vault_dir), str(noor.id)],
                             cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert child.stdout.readline().strip() == "typed"
        time.sleep(1.0)  # > the 0.3 s autosave interval
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    assert child.returncode == -signal.SIGKILL

    vault = Vault.open(locked_vault_dir, PASSPHRASE)
    assert [key for key, _at, body in vault.drafts() if TYPED in body] == [f"intake:{noor.id}"]
    vault.close()

    session = make_session(locked_vault_dir)
    workspace = unlock(qtbot, session)
    assert workspace.drafts_banner.isVisibleTo(workspace)
    workspace.restore_button.click()
    intake = workspace.dossier.intake
    assert workspace.dossier.tabs.currentIndex() == 1 and intake.flow.step == "intake"
    assert intake.forms["intake"].inputs["help_request"].toPlainText() == TYPED
    assert intake.banner.isVisibleTo(intake)
    assert intake.save()
    assert session.vault.dossier(noor.id).intakes[0].help_request == TYPED
    assert session.vault.drafts() == []
