"""The one window: first run, unlock, the workspace, and a place for supervisor screens.

It draws; the session (desktop.ui.app.Session) decides when to lock, unlock and hide.
Titles say the screen (Qt adds "Koers"), never a name.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Signal, SignalInstance
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog, QLabel, QMainWindow, QStackedWidget, QTabWidget, QVBoxLayout, QWidget,
)

from desktop.ui.i18n import tr
from desktop.ui.widgets.common import heading, hint, retire

if TYPE_CHECKING:
    from desktop.ui.workspace import Workspace

PANIC_KEY = "F12"
ALWAYS_ENABLED = {"quit", "panic", "shortcuts"}  # usable on the lock screen too
SUPERVISOR_KEY = "Ctrl+Shift+S"  # Supervisie (a supervisor's vault only)
KEYS_KEY = "Ctrl+K"  # Sleutels: own key, trusting and revoking (desktop.ui.keys_screen)
PREFERRED_SIZE = QSize(1280, 760)
FRAME_ALLOWANCE = 40  # a title bar and borders, before the window manager has drawn them


def opening_geometry(available: QRect, preferred: QSize = PREFERRED_SIZE) -> tuple[QRect, bool]:
    """Where the window opens on a screen offering `available`: (inside rect, maximised?).

    The preferred size where it fits with its frame, centred; else the whole available area,
    maximised, so a 1920×1080 laptop at 150% (1280×720 less the taskbar) shows all of it.
    """
    if preferred.width() > available.width() or preferred.height() + FRAME_ALLOWANCE > available.height():
        return QRect(available), True
    rect = QRect(0, 0, preferred.width(), preferred.height())
    rect.moveCenter(available.center())
    return rect, False


def show_on_screen(window: QWidget) -> None:
    """Show `window` within its screen (see opening_geometry)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    rect, maximised = opening_geometry(screen.availableGeometry())
    window.setGeometry(rect)  # also where no window manager maximises
    if maximised:
        window.showMaximized()
    else:
        window.show()


def screen_keys() -> list[tuple[str, str]]:
    """Keys that belong to buttons and tabs inside screens, not to the window's actions."""
    return [
        ("Ctrl+1 … Ctrl+7", tr("Tabblad van het dossier kiezen")), ("Ctrl+S", tr("Opslaan")),
        ("Ctrl+Shift+N", tr("Nieuw contact, nieuwe verwijzing of toestemming")),
        (tr("Alt+Links / Alt+Rechts"), tr("Vorige / volgende stap van de intake")),
    ]


def shortcut_list(window: QWidget) -> list[tuple[str, str]]:
    """Every keyboard shortcut: read from the window's own actions (so a new menu item with a key
    is listed without anyone remembering to), then the keys inside screens."""
    rows: list[tuple[str, str]] = []
    for action in QWidget.actions(window):  # MainWindow.actions is its dict of named actions
        text, _, key = action.text().partition("\t")  # "&Nieuwe deelnemer\tCtrl+N": a button owns the key
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) or key
        if key:
            rows.append((key, action.statusTip() or text.replace("&", "").rstrip("…").strip()))
    return rows + screen_keys()


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setWindowTitle(tr("Sneltoetsen"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Sneltoetsen"), "Subtitle"))
        rows = "".join(f"<tr><td><b>{escape(key)}</b>&nbsp;&nbsp;</td><td>{escape(text)}</td></tr>"
                       for key, text in shortcut_list(parent))
        self.table = QLabel(f"<table cellpadding='3'>{rows}</table>")
        self.table.setAccessibleName(tr("Sneltoetsen"))
        layout.addWidget(self.table)


class MainWindow(QMainWindow):
    """Pages: first run, unlock, workspace, supervisor. Signals ask the session to act."""

    lock_requested = Signal()
    panic_requested = Signal()
    settings_requested = Signal()
    keys_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.supervisor = QTabWidget(accessibleName=tr("Supervisie"))
        self.actions: dict[str, QAction] = {}
        self.workspace: Workspace | None = None  # set by the session while unlocked
        self._build_menus()
        self.set_screen_title(tr("Welkom"))

    def _action(self, key: str, text: str, shortcut: str | None, slot: Callable | SignalInstance,
                tip: str = "") -> QAction:
        action = QAction(text, self, statusTip=tip)  # the tip describes it in the shortcut list
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)  # active even while the menu bar is hidden
        self.actions[key] = action
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        koers = bar.addMenu(tr("&Koers"))
        koers.addAction(self._action("new", tr("&Nieuwe deelnemer"), None, self.new_participant))
        koers.addAction(self._action("search", tr("&Zoeken"), "Ctrl+F", self.search,
                                     tr("Zoeken op roepnaam")))
        koers.addSeparator()
        koers.addAction(self._action("caseload", tr("&Deelnemers"), "Ctrl+D", self.show_workspace,
                                     tr("Naar de deelnemers")))
        koers.addAction(self._action("supervisor", tr("Su&pervisie"), SUPERVISOR_KEY, self.show_supervisor,
                                     tr("Supervisie (kluis van een supervisor)")))
        koers.addAction(self._action("settings", tr("&Instellingen…"), "Ctrl+,", self.settings_requested))
        koers.addAction(self._action("keys", tr("S&leutels…"), KEYS_KEY, self.keys_requested,
                                     tr("Sleutels: eigen sleutel, vertrouwen, intrekken")))
        koers.addSeparator()
        koers.addAction(self._action("lock", tr("&Vergrendelen"), "Ctrl+L", self.lock_requested,
                                     tr("Nu vergrendelen")))
        koers.addAction(self._action("panic", tr("Ver&bergen en vergrendelen"), PANIC_KEY, self.panic_requested,
                                     tr("Paniektoets: alles verbergen en vergrendelen")))
        koers.addAction(self._action("quit", tr("&Afsluiten"), "Ctrl+Q", self.quit_requested))
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(self._action("shortcuts", tr("&Sneltoetsen"), "F1", self.show_shortcuts))
        self.actions["new"].setShortcutVisibleInContextMenu(True)
        self.actions["new"].setText(tr("&Nieuwe deelnemer") + "\tCtrl+N")  # the button owns Ctrl+N
        self.set_unlocked(False, supervisor=False)

    def set_unlocked(self, unlocked: bool, supervisor: bool) -> None:
        """While locked only Afsluiten, the panic key and the shortcut list stay: nothing reaches a dossier."""
        for key in set(self.actions) - ALWAYS_ENABLED:
            self.actions[key].setEnabled(unlocked)
        self.actions["supervisor"].setEnabled(unlocked and supervisor)
        self.actions["supervisor"].setVisible(unlocked and supervisor)

    def set_screen_title(self, screen: str) -> None:
        self.setWindowTitle(screen)  # Qt adds " — Koers", the app's display name

    def show_page(self, widget: QWidget, title: str) -> None:
        if self.stack.indexOf(widget) < 0:
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        self.set_screen_title(title)
        widget.setFocus()

    def remove_page(self, widget: QWidget) -> None:
        self.stack.removeWidget(widget)
        retire(widget)

    # --- supervisor place (filled by the exports part of Koers) --------------------------
    def add_supervisor_widget(self, widget: QWidget, title: str) -> None:
        """For supervisor screens: each becomes a tab on the Supervisie page."""
        placeholder = self.supervisor.widget(0)
        if placeholder is not None and placeholder.property("placeholder"):
            self.supervisor.removeTab(0)
        self.supervisor.addTab(widget, title)

    def show_supervisor(self) -> None:
        if self.supervisor.count() == 0:
            page = QWidget()
            page.setProperty("placeholder", True)
            layout = QVBoxLayout(page)
            layout.addWidget(hint(tr("Hier komen de overzichten voor supervisors (bundels inlezen, rapportage).")))
            layout.addStretch()
            self.supervisor.addTab(page, tr("Supervisie"))
        self.show_page(self.supervisor, tr("Supervisie"))

    def show_workspace(self) -> None:
        if self.workspace is not None:
            self.show_page(self.workspace, tr("Deelnemers"))

    def new_participant(self) -> None:
        if self.workspace is not None:
            self.show_workspace()
            self.workspace.caseload.new_participant()

    def search(self) -> None:
        if self.workspace is not None:
            self.show_workspace()
            self.workspace.caseload.focus_search()

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self).open()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.quit_requested.emit()
        event.accept()
