"""A working day in fast motion: real mouse clicks and key presses on every tab of the real
window, with the health of the process sampled at every lock. Used by tests/desktop/gui/test_soak.py
and bench/soak.py (no pytest here: QTest drives the widgets).

One round, per participant: pick her in the caseload (mouse), every tab by mouse and by
Ctrl+1…7, the matrix scored by mouse and by keys, a goal edited and saved, co-sign mode
entered and left with the worker's passphrase. Every few rounds: lock (Ctrl+L) and unlock.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from forms import Assessment, Goal, Participant, Trajectplan
from matrix.instruments import builtin

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
ARROWS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right)
MATRIX_KEYS = ARROWS * 3 + (Qt.Key.Key_Space, Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_5, Qt.Key.Key_Delete)
ROUNDS_PER_LOCK = 3


def fill_vault(vault, count: int = 3) -> list[UUID]:
    """`count` participants, each with a scored matrix and a two-goal plan; their ids."""
    ins, today = builtin(), dt.date.today()
    ids, records = [], []
    for n in range(count):
        person = Participant(roepnaam=f"Deelnemer {n + 1}")
        ids.append(person.id)
        records += [
            person,
            Assessment(participant_id=person.id, instrument_id=ins.id, instrument_version=ins.version,
                       date=today - dt.timedelta(days=60), scores={d: 2 for d in ins.domain_ids}),
            Trajectplan(participant_id=person.id, worker=vault.worker_name, date=today,
                        horizon=today + dt.timedelta(days=180),
                        goals=[Goal(life_domain="huisvesting", text="Een eigen kamer huren", start=2, target=6),
                               Goal(life_domain="financien", text="Overzicht van mijn schulden", start=3, target=7)]),
        ]
    vault.save_all(records)
    return ids


@dataclass(frozen=True)
class Sample:
    actions: int
    seconds: float
    none_refs: int
    qobjects: int
    rss_kb: int


def live_qobjects(*roots: QObject) -> int:
    """Every QObject under the application, its top-level windows and `roots`, after pending deletes."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    trees = [QApplication.instance(), *QApplication.topLevelWidgets(), *roots]
    return sum(1 + len(tree.findChildren(QObject)) for tree in trees)


def rss_kb() -> int:
    """Resident memory from /proc (Linux; 0 elsewhere, where the RSS check is skipped)."""
    status = Path("/proc/self/status")
    if not status.exists():
        return 0
    line = next(x for x in status.read_text().splitlines() if x.startswith("VmRSS:"))
    return int(line.split()[1])


class SoakDriver:
    """Drives one unlocked Session; `samples` holds the health at every lock."""

    def __init__(self, session, passphrase: str, participants: list[UUID], seed: int = 10):
        self.session, self.passphrase, self.participants = session, passphrase, participants
        self.rng = random.Random(seed)
        self.actions = 0
        self.samples: list[Sample] = []
        self._started = time.perf_counter()

    # --- one user action each ----------------------------------------------------------
    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        QTest.mouseClick(widget, LEFT, Qt.KeyboardModifier.NoModifier, pos or widget.rect().center())
        self._done()

    def key(self, widget: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(widget, key, modifier)
        self._done()

    def type(self, widget: QWidget, text: str) -> None:
        for char in text:
            QTest.keyClicks(widget, char)
            self._done()

    def _done(self) -> None:
        self.actions += 1
        QApplication.processEvents()

    def wait_for(self, condition, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the screen did not get there in time")
            QTest.qWait(5)

    def activate(self, window: QWidget) -> None:
        """Shortcuts reach only the active window, as on a desktop."""
        window.activateWindow()
        self.wait_for(window.isActiveWindow)

    # --- the day -------------------------------------------------------------------------
    def run(self, total: int) -> None:
        self.sample()  # unlocked, nothing opened yet: the baseline comes after the first lock
        rounds = 0
        while self.actions < total:
            self.participant_round(self.participants[rounds % len(self.participants)])
            rounds += 1
            if rounds % ROUNDS_PER_LOCK == 0:
                self.lock_and_unlock()

    def sample(self) -> None:
        self.samples.append(Sample(self.actions, time.perf_counter() - self._started, sys.getrefcount(None),
                                   live_qobjects(self.session), rss_kb()))

    def lock_and_unlock(self, idle: bool = False) -> None:
        """Ctrl+L on the window; or, while co-sign mode holds the screen, the idle auto-lock."""
        if idle:
            self.session.idle.idle.emit()
        else:
            self.activate(self.session.window)
            self.key(self.session.window, Qt.Key.Key_L, CTRL)
        assert self.session.vault is None, "the app did not lock"
        if not idle:  # sampled at the same point every time: after a round, locked by Ctrl+L
            self.sample()
        screen = self.session.unlock_screen
        self.type(screen.passphrase, self.passphrase)
        self.key(screen.passphrase, Qt.Key.Key_Return)
        self.wait_for(lambda: self.session.workspace is not None)

    def participant_round(self, participant_id: UUID) -> None:
        workspace = self.session.workspace
        table = workspace.caseload.table
        row = workspace.caseload.model.row_of(participant_id)
        self.click(table.viewport(), table.visualRect(table.model().index(row, 0)).center())
        self.wait_for(lambda: workspace.dossier is not None and workspace.dossier.participant_id == participant_id)
        dossier = workspace.dossier
        self.every_tab(dossier)
        self.score_matrix(dossier)
        self.edit_goal(dossier)
        self.cosign(dossier)

    def every_tab(self, dossier) -> None:
        bar = dossier.tabs.tabBar()
        for index in range(dossier.tabs.count()):
            self.click(bar, bar.tabRect(index).center())
            assert dossier.tabs.currentIndex() == index
        self.activate(self.session.window)
        for index in range(dossier.tabs.count()):
            self.key(dossier.tabs, getattr(Qt.Key, f"Key_{index + 1}"), CTRL)
            assert dossier.tabs.currentIndex() == index, "Ctrl+number did not switch the tab"

    def score_matrix(self, dossier, clicks: int = 12, keys: int = 30) -> None:
        self.click(dossier.tabs.tabBar(), dossier.tabs.tabBar().tabRect(2).center())
        grid = dossier.matrix.grid
        for _ in range(clicks):
            cell = grid.model().index(self.rng.randrange(grid.rowCount()), self.rng.randrange(grid.columnCount()))
            self.click(grid.viewport(), grid.visualRect(cell).center())
        grid.setFocus()
        for _ in range(keys):
            self.key(grid, self.rng.choice(MATRIX_KEYS))

    def edit_goal(self, dossier) -> None:
        self.click(dossier.tabs.tabBar(), dossier.tabs.tabBar().tabRect(3).center())
        plan = dossier.plan
        tree = plan.tree
        goal_row = tree.topLevelItem(0).child(0) if tree.topLevelItem(0).childCount() else tree.topLevelItem(0)
        self.click(tree.viewport(), tree.visualItemRect(goal_row).center())
        editor = plan.editor
        editor.text.setFocus()
        self.key(editor.text, Qt.Key.Key_End, CTRL)
        for _ in range(2):
            self.key(editor.text, Qt.Key.Key_Backspace)
        self.type(editor.text, f" {self.rng.randrange(10)}")
        for slider, key in ((editor.start, Qt.Key.Key_Left), (editor.target, Qt.Key.Key_Right)):
            slider.setFocus()
            self.key(slider._slider, key)
        self.click(editor.save_button)
        assert not plan.error.isVisibleTo(plan), plan.error.text()

    def _sign_anyway(self) -> None:
        """Answer the warning that a goal is not SMART as a worker who signs anyway."""
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            self.click(next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole))

    def cosign(self, dossier) -> None:
        QTimer.singleShot(0, self._sign_anyway)  # runs inside the warning's own event loop
        self.click(dossier.plan.sign_button)
        self.wait_for(lambda: self.session.signing is not None and self.session.signing.isVisible())
        screen = self.session.signing
        self.click(screen.to_sign_button)
        self.click(screen.back_button)
        self.key(screen, Qt.Key.Key_Escape)
        self.type(screen.secret, "niet het goede")
        self.key(screen.secret, Qt.Key.Key_Return)
        self.wait_for(screen.secret.isEnabled)  # the check runs off the UI thread
        assert screen.isVisible(), "co-sign mode opened for a wrong passphrase"
        self.type(screen.secret, self.passphrase)  # she hands the laptop back; then it locks later
        self.key(screen.secret, Qt.Key.Key_Return)
        self.wait_for(lambda: self.session.signing is None)  # left: the session dropped it
