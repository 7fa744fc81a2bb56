"""A whole GUI session driven through the real widgets, for the trust tests that watch
from outside (no sockets, no plaintext left behind). Runs offscreen in its own process:

    python gui_session.py VAULT_DIR ROEPNAAM NOTE

Unlocks, adds a participant with ROEPNAAM, types NOTE as her request for help in the intake,
saves, opens the matrix and plan tabs, locks and quits.
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

PASSPHRASE = "sessie wachtwoord 123"
LEFT = Qt.MouseButton.LeftButton


def _wait(condition, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        QApplication.processEvents()
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get there in time")
        time.sleep(0.01)


def gui_session(folder: Path, roepnaam: str, note: str) -> None:
    from desktop.ui.app import start
    from desktop.vault import KdfParams, Vault

    if not Vault.exists(folder):
        Vault.create(folder, PASSPHRASE, "Sanne", kdf=KdfParams.fast_for_tests())[0].close()
    app, session = start(folder)
    session.window.show()
    QTest.keyClicks(session.unlock_screen.passphrase, PASSPHRASE)
    QTest.mouseClick(session.unlock_screen.unlock_button, LEFT)
    _wait(lambda: session.workspace is not None)
    workspace = session.workspace
    QTest.mouseClick(workspace.caseload.new_button, LEFT)
    dialog = QApplication.activeModalWidget()
    QTest.keyClicks(dialog.roepnaam, roepnaam)
    dialog.add()
    _wait(lambda: workspace.dossier is not None)
    dossier = workspace.dossier
    dossier.tabs.setCurrentIndex(1)
    intake = dossier.intake
    for _ in range(2):  # past the participant and aanmelding steps
        QTest.mouseClick(intake.next_button, LEFT)
    QTest.keyClicks(intake.forms["intake"].inputs["help_request"], note)
    QTest.mouseClick(intake.save_button, LEFT)
    for index in range(dossier.tabs.count()):
        dossier.tabs.setCurrentIndex(index)
        QApplication.processEvents()
    stored = session.vault.dossier(dossier.participant_id)
    assert stored.intakes and stored.intakes[0].help_request == note, "the intake was not saved"
    session.quit()
    app.processEvents()


if __name__ == "__main__":
    gui_session(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
