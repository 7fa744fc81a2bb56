"""Render docs/languages/: co-sign mode, the plan PDF's first page and its last page (what was
recorded after signing: a goal's status and the profile's domains and levels) in every
participant language, plain and in easy language (issue 16). Offscreen; needs poppler.

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
from forms import Action, Assessment, Evaluation, Goal, Intake, Participant, SubGoal, Trajectplan
from matrix.instruments import builtin
from matrix.scales import ON_TRACK, status_label

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


def _recorded(her: Participant, plan: Trajectplan) -> list:
    """Two evaluations of the first goal (on its way) and two assessments: the PDF's last page."""
    first = plan.goals[0]
    evaluations = [Evaluation(participant_id=her.id, plan_id=plan.plan_id, date=TODAY - dt.timedelta(days=d),
                              scores={first.id: score}) for d, score in ((20, 4), (2, 6))]
    levels = {"financien": 2, "huisvesting": 3, "sociaal_netwerk": 4, "werk_opleiding": 2, "middelengebruik": 5}
    assessments = [Assessment(participant_id=her.id, instrument_id="zrm-domeinen", instrument_version="1",
                              date=TODAY - dt.timedelta(days=d),
                              scores={k: max(1, min(5, levels.get(k, 3) + shift)) for k in builtin().domain_ids})
                   for d, shift in ((60, -1), (3, 0))]
    return evaluations + assessments


def _shoot(screen: SigningScreen, path: Path) -> None:
    for _ in range(5):  # the rebuilt reading page lays out over a few event-loop turns
        make_qapp().processEvents()
    screen.grab().scaledToWidth(960, Qt.TransformationMode.SmoothTransformation).save(str(path))


def _pdf_pages(pdf: bytes, lang: str, first: Path, recorded: Path | None, scratch: Path) -> None:
    """Page 1, and the page that shows her first goal's status (a matrix word) with the profile."""
    source = scratch / "plan.pdf"
    source.write_bytes(pdf)
    info = subprocess.run([shutil.which("pdfinfo"), str(source)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    shown = [subprocess.run([shutil.which("pdftotext"), "-f", str(n), "-l", str(n), str(source), "-"],
                            capture_output=True, text=True, check=True).stdout for n in range(1, pages + 1)]
    status = next(n for n, words in enumerate(shown, 1) if status_label(ON_TRACK, lang) in words)
    for page, path, dpi in ((1, first, 55), (status, recorded, 72))[:2 if recorded else 1]:
        subprocess.run([shutil.which("pdftoppm"), "-png", "-r", str(dpi), "-f", str(page), "-l", str(page),
                        "-singlefile", str(source), str(path.with_suffix(""))], check=True)


def main() -> None:
    app = make_qapp()
    apply_style(app, 10)
    with tempfile.TemporaryDirectory() as scratch:
        vault, _ = Vault.create(Path(scratch) / "vault", "zonnige kat rent over het dak", "Sanne de Vries",
                                kdf=KdfParams.fast_for_tests())
        for easy in (False, True):
            her = Participant(roepnaam="Lan", preferred_language="nl")
            plan = _plan(her)
            vault.save_all([her, plan, *_recorded(her, plan)]
                           + ([Intake(participant_id=her.id, conditions=["lvb"])] if easy else []))
            dossier = vault.dossier(her.id)
            screen = SigningScreen(vault, plan.id, lambda _secret: True)
            screen.resize(1280, 650)
            screen.show()
            suffix = "-easy" if easy else ""
            for lang in LANGUAGES:
                screen.set_language(lang)
                for _ in range(5):
                    make_qapp().processEvents()
                screen.findChild(QScrollArea).verticalScrollBar().setValue(0)  # the page from its top
                _shoot(screen, OUT / f"cosign-{lang}{suffix}.png")
                if easy:  # a goal with its pictogram and its ten boxes
                    screen.findChild(QScrollArea).ensureWidgetVisible(screen.findChildren(ScaleBoxes)[0], 0, 40)
                    _shoot(screen, OUT / f"cosign-{lang}-easy-goal.png")
                pdf = render_plan_pdf(dossier, plan, PdfOptions(lang=lang, easy=easy, made_on=TODAY))
                _pdf_pages(pdf, lang, OUT / f"pdf-{lang}{suffix}.png",  # easy language records the same
                           None if easy else OUT / f"pdf-{lang}-recorded.png", Path(scratch))
            screen.lock.open = True
            screen.close()
        vault.close()
    sys.stdout.write("\n".join(sorted(p.name for p in OUT.glob("*.png"))) + "\n")


if __name__ == "__main__":
    main()
