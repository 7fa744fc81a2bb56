"""Render docs/languages/: co-sign mode and the plan PDF's first page in every participant
language, plain and in easy language (issue 16). Offscreen; needs poppler's pdftoppm.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/languages/render.py
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from desktop.ui.app import make_qapp
from desktop.ui.signing_screen import SigningScreen
from desktop.ui.style import apply_style
from desktop.ui.widgets.pictogram import ScaleBoxes
from desktop.vault import KdfParams, Vault
from exports.pdf_text import LANGUAGES
from exports.plan_pdf import PdfOptions, render_plan_pdf
from forms import Action, Goal, Intake, Participant, SubGoal, Trajectplan

OUT = Path(__file__).parent
TODAY = dt.date(2026, 3, 2)


def _plan(her: Participant) -> Trajectplan:
    return Trajectplan(
        participant_id=her.id, worker="Sanne de Vries", date=TODAY, horizon=TODAY + dt.timedelta(days=180),
        goals=[Goal(life_domain="huisvesting", text="Ik wil een eigen kamer met een huurcontract op mijn naam.",
                    start=3, target=8, agreed=True, specific="Inschrijven bij woningnet en twee kamers bekijken",
                    deadline=TODAY + dt.timedelta(days=120),
                    subgoals=[SubGoal(text="Inschrijven bij woningnet", start=2, target=6)],
                    actions=[Action(who=her.roepnaam, what="Identiteitsbewijs meenemen",
                                    by_when=TODAY + dt.timedelta(days=14))]),
               Goal(life_domain="financien", text="Ik wil weten hoeveel schuld ik heb.", start=2, target=7)])


def _shoot(screen: SigningScreen, path: Path) -> None:
    for _ in range(5):  # the rebuilt reading page lays out over a few event-loop turns
        make_qapp().processEvents()
    screen.grab().scaledToWidth(960, Qt.TransformationMode.SmoothTransformation).save(str(path))


def _pdf_page(pdf: bytes, path: Path, scratch: Path) -> None:
    source = scratch / "plan.pdf"
    source.write_bytes(pdf)
    subprocess.run([shutil.which("pdftoppm"), "-png", "-r", "55", "-f", "1", "-l", "1", "-singlefile",
                    str(source), str(path.with_suffix(""))], check=True)


def main() -> None:
    app = make_qapp()
    apply_style(app, 10)
    with tempfile.TemporaryDirectory() as scratch:
        vault, _ = Vault.create(Path(scratch) / "vault", "zonnige kat rent over het dak", "Sanne de Vries",
                                kdf=KdfParams.fast_for_tests())
        for easy in (False, True):
            her = Participant(roepnaam="Lan", preferred_language="nl")
            plan = _plan(her)
            vault.save_all([her, plan] + ([Intake(participant_id=her.id, conditions=["lvb"])] if easy else []))
            dossier = vault.dossier(her.id)
            screen = SigningScreen(vault, plan.id, lambda _secret: True)
            screen.resize(1280, 650)
            screen.show()
            suffix = "-easy" if easy else ""
            for lang in LANGUAGES if not easy else ("nl", "en", "th"):
                screen.set_language(lang)
                _shoot(screen, OUT / f"cosign-{lang}{suffix}.png")
                if easy:  # a goal with its pictogram and its ten boxes
                    screen.findChild(QScrollArea).ensureWidgetVisible(screen.findChildren(ScaleBoxes)[0], 0, 40)
                    _shoot(screen, OUT / f"cosign-{lang}-easy-goal.png")
                pdf = render_plan_pdf(dossier, plan, PdfOptions(lang=lang, easy=easy, made_on=TODAY))
                _pdf_page(pdf, OUT / f"pdf-{lang}{suffix}.png", Path(scratch))
            screen.lock.open = True
            screen.close()
        vault.close()
    sys.stdout.write("\n".join(sorted(p.name for p in OUT.glob("*.png"))) + "\n")


if __name__ == "__main__":
    main()
