"""Render the supervisor screens (and a worker's two exchange screens) to PNG with fictional data, offscreen:

    python -m desktop.ui.supervisor.screenshots docs/screenshots [nl|en]   (into docs/screenshots/<size>/)

Two worker vaults split the demo dossiers, export real bundles to a supervisor vault, and
the supervisor's screens read them in through the same code a supervisor uses.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from desktop.demo import demo_dossiers, demo_kaart
from desktop.ui.app import make_qapp
from desktop.ui.i18n import install_language
from desktop.ui.main_window import MainWindow
from desktop.ui.screenshots import SIZES, _quiet
from desktop.ui.style import apply_style
from desktop.ui.supervisor import install_supervisor_screens, remove_supervisor_screens
from desktop.vault import KdfParams, Vault
from desktop.vault.exchange import export_bundle, mark_sent, own_public_key, trust_key
from exports.bundle import PublicKey
from forms import Contact

WORKERS = ("Sanne de Vries", "Noor Bakker")
SECRET = "demo voor schermafdrukken"


def _wait(predicate, limit_ms: int = 20_000) -> None:
    waited = 0
    while not predicate() and waited < limit_ms:
        loop = QEventLoop()
        QTimer.singleShot(30, loop.quit)
        loop.exec()
        waited += 30


def _workers(scratch: Path, supervisor: Vault, count: int) -> list[Vault]:
    """Two worker vaults that trust the supervisor (and are trusted), each with half the demo dossiers."""
    me = PublicKey.from_file(own_public_key(supervisor).to_file())
    dossiers, workers = demo_dossiers(count), []
    for n, name in enumerate(WORKERS):
        worker = Vault.create(scratch / f"w{n}", SECRET, name, "begeleider", kdf=KdfParams.fast_for_tests())[0]
        trust_key(worker, me, "supervisor")
        trust_key(supervisor, PublicKey.from_file(own_public_key(worker).to_file()), "begeleider")
        for dossier in dossiers[n::2]:  # she is their contact person
            worker.save_all([dossier.participant.model_copy(update={"contact_person": name}),
                             *dossier.records()[1:]])
        workers.append(worker)
    return workers


def _send(worker: Vault, scratch: Path, name: str) -> Path:
    export = export_bundle(worker, "Sam de Boer", since_last=True)
    mark_sent(worker, export)
    path = scratch / name
    path.write_bytes(export.data)
    return path


def _import(screens, path: Path) -> None:
    screens.import_screen.import_file(path)
    _wait(lambda: not screens.import_screen.busy)


def _exchange(screens, workers: list[Vault], scratch: Path) -> None:
    """Both workers' bundles; then a week's work from one worker: a new contact, a phase
    change corrected, and an intake edited on her laptop and on a copy restored from her
    backup (two versions from the same worker: a real conflict to show)."""
    for n, worker in enumerate(workers):
        _import(screens, _send(worker, scratch, f"{n}.koers"))
    worker = workers[0]
    Vault.restore(scratch / "twin", worker.backup_to(scratch / "w0.backup"), SECRET)
    twin = Vault.open(scratch / "twin", SECRET)
    people = [worker.dossier(p.id) for p in worker.participants()]
    intake = next(d for d in people if d.intakes).intakes[0]
    worker.save(intake.model_copy(update={"expectations": "Dat iemand met me meegaat."}))
    worker.save(Contact(participant_id=people[1].participant.id, kind="gesprek", duration_minutes=30,
                        note="Gesprek over de week."))
    phase = people[2].phases[-1]
    worker.save(phase.model_copy(update={"date": phase.date - dt.timedelta(days=1)}))
    _import(screens, _send(worker, scratch, "week.koers"))
    twin.save(intake.model_copy(update={"expectations": "Hulp bij de gemeente."}))
    _import(screens, _send(twin, scratch, "twin.koers"))
    twin.close(make_backup=False)


def render(out: Path, lang: str = "nl", count: int = 48, sizes: list[str] | None = None) -> list[Path]:
    """Save supervisor-import, -conflicten, -dossier-alleen-lezen, -caseload, -rapportage and -kaart
    .png (and the worker's two) into out/<size>/."""
    sizes = sizes or list(SIZES)
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(_quiet)
    app = make_qapp()
    install_language(lang)
    apply_style(app)
    suffix = "" if lang == "nl" else f"-{lang}"
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        supervisor = Vault.create(scratch / "s", SECRET, "Sam de Boer", "supervisor", kdf=KdfParams.fast_for_tests())[0]
        window = MainWindow()
        window.resize(*SIZES[sizes[0]])
        screens = install_supervisor_screens(window, supervisor)
        window.set_unlocked(True, supervisor=True)
        window.show_supervisor()
        window.show()
        workers = _workers(scratch, supervisor, count)
        _exchange(screens, workers, scratch)
        shots = _worker_shots(workers[0], out, suffix, sizes)
        for worker in workers:
            worker.close()
        shots += _shot(window, out, f"supervisor-import{suffix}", sizes)
        window.supervisor.setCurrentWidget(screens.conflicts)
        shots += _shot(window, out, f"supervisor-conflicten{suffix}", sizes)
        shots += _read_only_dossier(window, supervisor, out, suffix, sizes)
        window.show_supervisor()
        window.supervisor.setCurrentWidget(screens.overview)
        _wait(lambda: screens.overview.worker_model.rowCount() > 0 and screens.overview.settled)
        shots += _shot(window, out, f"supervisor-caseload{suffix}", sizes)
        window.supervisor.setCurrentWidget(screens.report)
        today = dt.date.today()
        screens.report.set_period(dt.date(today.year - 1, 1, 1), today)
        screens.report.by_worker.setChecked(True)
        screens.report.compute()
        _wait(lambda: screens.report.report is not None and not screens.report.busy)
        screens.report.table_list.setCurrentRow(2)  # outcomes: counts, "<5" and percentages
        shots += _shot(window, out, f"supervisor-rapportage{suffix}", sizes)
        supervisor.save_all(demo_kaart())
        screens.kaart.reload()
        window.supervisor.setCurrentWidget(screens.kaart)
        shots += _shot(window, out, f"supervisor-kaart{suffix}", sizes)
        remove_supervisor_screens(window, screens)
        window.close()
        supervisor.close()
    install_language("nl")
    return shots


def _read_only_dossier(window: MainWindow, supervisor: Vault, out: Path, suffix: str, sizes: list[str]) -> list[Path]:
    """A worker's dossier as her supervisor sees it: read-only, with the banner and a note."""
    from desktop.ui.dossier_screen import DossierScreen
    from desktop.vault.conflicts import open_conflicts

    pid = open_conflicts(supervisor)[0].participant_id
    screen = DossierScreen(supervisor, pid)
    window.show_page(screen, "")
    screen.tabs.setCurrentIndex(3)  # the plan: Ondertekenen and Nieuwe versie are off
    screen.bar.start_note()
    screen.bar.editor.setPlainText("Mooi plan. Wil je de deadline van het tweede doel met haar nakijken?")
    shots = _shot(window, out, f"supervisor-dossier-alleen-lezen{suffix}", sizes)
    window.remove_page(screen)
    return shots


def _worker_shots(worker: Vault, out: Path, suffix: str, sizes: list[str]) -> list[Path]:
    """Her side: 'Naar leidinggevende sturen' with a new contact waiting, and 'Mijn cijfers'."""
    from desktop.ui.worker_screens import install_worker_screens, remove_worker_screens

    worker.save(Contact(participant_id=worker.participants()[0].id, kind="gesprek", duration_minutes=45,
                        note="Samen naar het UWV."))
    window = MainWindow()
    window.set_unlocked(True, supervisor=False)
    screens = install_worker_screens(window, worker)
    window.show()
    window.show_page(screens.send, "")
    shots = _shot(window, out, f"naar-leidinggevende{suffix}", sizes)
    window.show_page(screens.figures, "")
    today = dt.date.today()
    screens.figures.set_period(dt.date(today.year - 1, 1, 1), today)
    screens.figures.compute()
    _wait(lambda: screens.figures.report is not None and not screens.figures.busy)
    shots += _shot(window, out, f"mijn-cijfers{suffix}", sizes)
    remove_worker_screens(window, screens)
    _wait(lambda: False, 100)  # the screens go before her vault closes
    window.close()
    return shots



def _shot(window: MainWindow, out: Path, name: str, sizes: list[str]) -> list[Path]:
    paths = []
    for size in sizes:
        window.resize(*SIZES[size])
        _wait(lambda: False, 80)  # let layouts settle
        (out / size).mkdir(parents=True, exist_ok=True)
        paths.append(out / size / f"{name}.png")
        window.grab().save(str(paths[-1]))
    return paths


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    for shot in render(target, sys.argv[2] if len(sys.argv) > 2 else "nl"):
        print(shot)
