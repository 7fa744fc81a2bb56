"""Render every main screen to PNG (for docs/screenshots and a visual check), offscreen.

Each screen is rendered at every size asked for, into one folder per screen size:
`out/1280x720/07-matrix.png`, `out/1366x768/07-matrix.png`. The window is as large as the
inside of a maximised window on such a screen (less a taskbar and a title bar).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QtMsgType, QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from desktop.settings import Settings
from desktop.ui.app import Session, make_qapp
from desktop.ui.i18n import install_language, tr
from desktop.ui.style import apply_style
from desktop.vault import KdfParams, Vault

# Screen → the inside of a maximised window on it: 1920×1080 at 150%, and 1366×768 at 100%.
SIZES = {"1280x720": (1280, 650), "1366x768": (1366, 696)}


def _settle(ms: int = 60) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _save(widget: QWidget, out: Path, name: str, sizes: list[str], resize: bool = True) -> list[Path]:
    """`name`.png of `widget` at each size (a dialog keeps its own size)."""
    paths = []
    for size in sizes:
        if resize:
            widget.resize(*SIZES[size])
        _settle()
        folder = out / size
        folder.mkdir(parents=True, exist_ok=True)
        paths.append(folder / f"{name}.png")
        widget.grab().save(str(paths[-1]))
    return paths


def _first_run_shots(out: Path, settings: Settings, sizes: list[str]) -> list[Path]:
    with tempfile.TemporaryDirectory() as scratch:
        session = Session(Path(scratch) / "vault", settings, Path(scratch) / "settings.json",
                          KdfParams.fast_for_tests())
        window = session.window
        window.show()
        paths = _save(window, out, "01-eerste-start", sizes)
        session.first_run.name.setText("Sanne de Vries")
        session.first_run.next_step()
        session.first_run.passphrase.setText("zonnige kat rent")
        paths += _save(window, out, "02-wachtwoord", sizes)
        window.close()
        return paths


def _quiet(kind: QtMsgType, _context: object, message: str) -> None:
    # The offscreen platform warns about every window; real problems still reach stderr.
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")


def _co_sign_shots(session: Session, out: Path, sizes: list[str]) -> list[Path]:
    """Co-sign mode on an unsigned plan version, reading and signing (nothing is signed)."""
    from desktop.ui.signing_screen import SigningScreen

    vault = session.vault
    plans = [p for row in vault.participants() for p in vault.dossier(row.id).plans if not p.frozen and p.goals]
    if not plans:
        return []
    screen = SigningScreen(vault, plans[0].id, lambda _secret: True)
    screen.show()
    paths = _save(screen, out, "14-ondertekenen-lezen", sizes)
    screen.to_sign_button.click()
    paths += _save(screen, out, "15-ondertekenen-tekenen", sizes)
    screen.hide()
    screen.deleteLater()
    return paths


def _team_shots(session: Session, participant_id, out: Path, sizes: list[str]) -> list[Path]:
    """The sociale kaart, changing her own entry, and Veldwerk (issue 14), on a worker's vault."""
    if session.worker_screens is None:
        return []
    kaart = session.worker_screens.kaart
    session.window.show_page(kaart, tr("Sociale kaart"))
    paths = _save(session.window, out, "23-sociale-kaart", sizes)
    kaart.table.selectRow(0)
    paths += _save(session.window, out, "sociale-kaart-wijzigen", sizes)
    kaart.stop_editing()
    session.window.show_page(session.worker_screens.outreach, tr("Veldwerk"))
    paths += _save(session.window, out, "25-veldwerk", sizes)
    return paths


def _handover_shots(folder: Path, passphrase: str, participant_id, out: Path, sizes: list[str]) -> list[Path]:
    """*Overdragen…* for good and as a cover, then her dossier after it, in a scratch copy of the
    vault with a trusted colleague (the demo keeps her): read-only, with who has her now, on which
    basis, and *Kopie wissen…*."""
    import shutil

    from desktop.ui.dossier_screen import DossierScreen
    from desktop.ui.handover_dialog import HandoverDialog
    from desktop.vault.handover import hand_over, set_team_shares
    from desktop.vault.trust import own_public_key, trust_key

    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "vault"
        shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("*.lock", "backups"))
        colleague, _code = Vault.create(Path(scratch) / "bea", passphrase, "Bea de Wit", kdf=KdfParams.fast_for_tests())
        vault = Vault.open(copy, passphrase)
        if vault.role != "begeleider":
            vault.close()
            colleague.close()
            return []
        trust_key(vault, own_public_key(colleague), "begeleider")
        colleague.close()
        dialog = HandoverDialog(vault, participant_id)
        dialog.show()
        paths = _save(dialog, out, "24-overdragen", sizes, resize=False)
        dialog.reject()
        set_team_shares(vault, True)
        dialog = HandoverDialog(vault, participant_id)
        dialog.cover.setChecked(True)
        dialog.show()
        paths += _save(dialog, out, "waarnemen", sizes, resize=False)
        dialog.reject()
        hand_over(vault, participant_id, "Bea de Wit")
        screen = DossierScreen(vault, participant_id)
        screen.show()
        paths += _save(screen, out, "overgedragen", sizes)
        screen.close()
        screen.deleteLater()
        QApplication.processEvents()
        vault.close()
        return paths


def _app_dialog_shots(session: Session, out: Path, sizes: list[str]) -> list[Path]:
    """What issue 17 put in the app, as dialogs over the window: keys, a PDF checked, the Kluis
    menu's screens, the caseload import wizard and a new laptop's introduction."""
    from desktop.ui.key_moves import IntroduceDialog
    from desktop.vault.documents import plan_pdf_job

    actions, paths = session.vault_actions, []
    keys = session.open_keys()
    paths += _save(keys, out, "16-sleutels", sizes, resize=False)
    paths += _save(IntroduceDialog(session.vault, keys), out, "17-nieuwe-laptop", sizes, resize=False)
    keys.reject()
    signed = [p for row in session.vault.participants() for p in session.vault.dossier(row.id).plans if p.frozen]
    verify = actions.open_verify_pdf()
    if signed:
        with tempfile.TemporaryDirectory() as scratch:
            pdf = Path(scratch) / "plan.pdf"
            pdf.write_bytes(plan_pdf_job(session.vault, signed[0]).render())
            verify.check(pdf)
            while verify.busy:
                _settle(100)
    paths += _save(verify, out, "18-pdf-controleren", sizes, resize=False)
    verify.reject()
    for name, dialog in (("19-back-ups", actions.open_backups()),
                         ("20-wachtwoord-wijzigen", actions.change_passphrase()),
                         ("21-instrumenten", actions.open_instruments())):
        paths += _save(dialog, out, name, sizes, resize=False)
        dialog.reject()
    session.window.actions["import_caseload"].trigger()
    wizard = next(w for w in QApplication.topLevelWidgets()
                  if type(w).__name__ == "CaseloadImportWizard" and w.isVisible())
    paths += _save(wizard, out, "22-caseload-inlezen", sizes, resize=False)
    wizard.reject()
    return paths


def _rights_shots(session: Session, out: Path, sizes: list[str]) -> list[Path]:
    """Issue 12 on screen: a consent log with a withdrawn consent (Ștefania in the demo) and the
    review of the dossiers past their retention term (Mirjam)."""
    withdrawn = [r.id for r in session.vault.participants()
                 if any(c.withdrawn_on for c in session.vault.dossier(r.id).consents)]
    paths = []
    session.window.show_workspace()
    if withdrawn:
        screen = session.workspace.open_dossier(withdrawn[0])
        screen.tabs.setCurrentIndex(6)  # Toestemming
        paths += _save(session.window, out, "25-toestemming-ingetrokken", sizes)
    dialog = session.workspace.caseload.review_retention()
    paths += _save(dialog, out, "26-bewaartermijn-nakijken", sizes, resize=False)
    dialog.reject()
    return paths


def render_all(folder: Path, passphrase: str, out: Path, lang: str = "nl",
               sizes: list[str] | None = None) -> list[Path]:
    """Unlock the vault in `folder` and save PNGs of each main screen into out/<size>/."""
    sizes = sizes or list(SIZES)
    qInstallMessageHandler(_quiet)
    app = make_qapp()
    settings = Settings(language=lang)
    install_language(lang)
    apply_style(app, settings.font_size_pt)
    paths = _first_run_shots(out, settings, sizes)
    session = Session(folder, settings, out / ".settings.json")
    window = session.window
    window.show()
    paths += _save(window, out, "03-ontgrendelen", sizes)
    session.unlocked(Vault.open(folder, passphrase))
    workspace = session.workspace
    workspace.drafts_banner.setVisible(False)
    paths += _save(window, out, "04-deelnemers", sizes)
    rows = session.vault.participants()
    richest = max(rows, key=lambda r: len(session.vault.dossier(r.id).records()))
    screen = workspace.open_dossier(richest.id)
    names = ("05-overzicht", "06-intake", "07-matrix", "08-trajectplan", "09-contacten",
             "10-verwijzingen", "11-toestemming")
    for index, name in enumerate(names):
        screen.tabs.setCurrentIndex(index)
        paths += _save(window, out, name, sizes)
    screen.tabs.setCurrentIndex(1)
    screen.intake.flow.go("intake")
    screen.intake._show_step()
    paths += _save(window, out, "12-intake-hulpvraag", sizes)
    dialog = session.open_settings()
    paths += _save(dialog, out, "13-instellingen", sizes, resize=False)
    dialog.reject()
    paths += _co_sign_shots(session, out, sizes)
    paths += _app_dialog_shots(session, out, sizes)
    paths += _team_shots(session, screen.participant_id, out, sizes)
    paths += _rights_shots(session, out, sizes)
    session.lock()
    window.close()
    QApplication.processEvents()
    return paths + _handover_shots(folder, passphrase, screen.participant_id, out, sizes)
