"""Render every main screen to PNG (for docs/screenshots and a visual check), offscreen."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QtMsgType, QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from desktop.settings import Settings
from desktop.ui.app import Session, make_qapp
from desktop.ui.i18n import install_language
from desktop.ui.style import apply_style
from desktop.vault import KdfParams, Vault

SIZE = (1366, 768)


def _settle(ms: int = 60) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _save(widget: QWidget, folder: Path, name: str) -> Path:
    _settle()
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    return path


def _first_run_shots(out: Path, settings: Settings) -> list[Path]:
    with tempfile.TemporaryDirectory() as scratch:
        session = Session(Path(scratch) / "vault", settings, Path(scratch) / "settings.json",
                          KdfParams.fast_for_tests())
        window = session.window
        window.resize(*SIZE)
        window.show()
        paths = [_save(window, out, "01-eerste-start")]
        session.first_run.name.setText("Sanne de Vries")
        session.first_run.next_step()
        session.first_run.passphrase.setText("zonnige kat rent")
        paths.append(_save(window, out, "02-wachtwoord"))
        window.close()
        return paths


def _quiet(kind: QtMsgType, _context: object, message: str) -> None:
    # The offscreen platform warns about every window; real problems still reach stderr.
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")


def render_all(folder: Path, passphrase: str, out: Path, lang: str = "nl") -> list[Path]:
    """Unlock the vault in `folder` and save PNGs of each main screen into `out`."""
    qInstallMessageHandler(_quiet)
    app = make_qapp()
    settings = Settings(language=lang)
    install_language(lang)
    apply_style(app, settings.font_size_pt)
    out.mkdir(parents=True, exist_ok=True)
    paths = _first_run_shots(out, settings)
    session = Session(folder, settings, out / ".settings.json")
    window = session.window
    window.resize(*SIZE)
    window.show()
    paths.append(_save(window, out, "03-ontgrendelen"))
    session.unlocked(Vault.open(folder, passphrase))
    workspace = session.workspace
    workspace.drafts_banner.setVisible(False)
    paths.append(_save(window, out, "04-deelnemers"))
    rows = session.vault.participants()
    richest = max(rows, key=lambda r: len(session.vault.dossier(r.id).records()))
    screen = workspace.open_dossier(richest.id)
    names = ("05-overzicht", "06-intake", "07-matrix", "08-trajectplan", "09-contacten",
             "10-verwijzingen", "11-toestemming")
    for index, name in enumerate(names):
        screen.tabs.setCurrentIndex(index)
        paths.append(_save(window, out, name))
    screen.tabs.setCurrentIndex(1)
    screen.intake.flow.go("intake")
    screen.intake._show_step()
    paths.append(_save(window, out, "12-intake-hulpvraag"))
    dialog = session.open_settings()
    paths.append(_save(dialog, out, "13-instellingen"))
    dialog.reject()
    session.lock()
    window.close()
    QApplication.processEvents()
    return paths
