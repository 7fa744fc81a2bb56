"""Run by test_drafts in a subprocess: open Koers, type into the intake, then wait to be killed.

argv: vault folder, participant id. The passphrase comes from KOERS_PASSPHRASE.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from uuid import UUID

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest  # noqa: E402

from desktop.settings import Settings  # noqa: E402
from desktop.ui.app import Session, make_qapp  # noqa: E402
from desktop.vault import Vault  # noqa: E402

TYPED = "Ik wil een eigen kamer en rust"


def main() -> None:
    folder, participant_id = Path(sys.argv[1]), UUID(sys.argv[2])
    app = make_qapp()
    session = Session(folder, Settings(autosave_seconds=0.3), folder.parent / "settings.json")
    session.window.show()
    session.unlocked(Vault.open(folder, os.environ["KOERS_PASSPHRASE"]))
    dossier = session.workspace.open_dossier(participant_id)
    dossier.tabs.setCurrentIndex(1)
    dossier.intake.flow.go("intake")
    dossier.intake._show_step()
    QTest.keyClicks(dossier.intake.forms["intake"].inputs["help_request"], TYPED)
    print("typed", flush=True)
    app.exec()  # runs until SIGKILL


if __name__ == "__main__":
    main()
