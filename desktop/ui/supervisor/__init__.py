"""Supervisor mode: reading in workers' bundles, the caseload per worker, and the anonymised
monitoring report, as tabs on the main window's Supervisie page.

    screens = install_supervisor_screens(window, vault, events)   # after unlocking
    remove_supervisor_screens(window, screens)                     # when locking

The screens hold personal data (names in the overview): they must go when the vault locks.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QMainWindow
from shiboken6 import isValid

from desktop.ui.i18n import tr
from desktop.ui.kaart_screen import KaartScreen
from desktop.ui.supervisor.caseload_overview_screen import CaseloadOverviewScreen
from desktop.ui.supervisor.conflict_screen import ConflictScreen
from desktop.ui.supervisor.import_screen import ImportScreen
from desktop.ui.supervisor.report_screen import ReportScreen
from desktop.ui.widgets.common import retire
from desktop.ui.worker import run_in_background
from desktop.vault import Vault


@dataclass
class SupervisorScreens:
    import_screen: ImportScreen
    overview: CaseloadOverviewScreen
    report: ReportScreen
    conflicts: ConflictScreen
    kaart: KaartScreen

    def widgets(self) -> list:
        return [self.import_screen, self.overview, self.conflicts, self.report, self.kaart]


def install_supervisor_screens(window: QMainWindow, vault: Vault, events=None,
                               runner=run_in_background) -> SupervisorScreens:
    """Add 'Bundel inlezen', 'Caseload', 'Conflicten', 'Rapportage' and 'Sociale kaart' to `window`'s Supervisie page.

    `window` is a desktop.ui.main_window.MainWindow; `events` (desktop.ui.events.VaultEvents)
    lets the overview refresh after changes; `runner` is desktop.ui.worker.run_in_background.
    The caller keeps the returned screens and hands them to remove_supervisor_screens.
    """
    screens = SupervisorScreens(ImportScreen(vault, runner), CaseloadOverviewScreen(vault, events, runner),
                                ReportScreen(vault, runner), ConflictScreen(vault), KaartScreen(vault))
    screens.import_screen.imported.connect(lambda _report: screens.overview.mark_stale())
    screens.import_screen.imported.connect(lambda _report: screens.conflicts.reload())
    screens.conflicts.resolved.connect(lambda _pid: screens.overview.mark_stale())
    for widget, title in zip(screens.widgets(), (tr("Bundel inlezen"), tr("Caseload per begeleider"),
                                                  tr("Conflicten"), tr("Rapportage"), tr("Sociale kaart")), strict=True):
        window.add_supervisor_widget(widget, title)
    return screens


def show_conflicts(window: QMainWindow, screens: SupervisorScreens, participant_id=None) -> None:
    """The Conflicten tab, on the first open conflict of `participant_id` when given."""
    window.show_supervisor()
    window.supervisor.setCurrentWidget(screens.conflicts)
    screens.conflicts.reload(participant_id)


def remove_supervisor_screens(window: QMainWindow, screens: SupervisorScreens | None) -> None:
    """Take the supervisor screens off `window` and delete them (call when the vault locks)."""
    if screens is None:
        return
    for widget in filter(isValid, screens.widgets()):  # removing twice is harmless
        index = window.supervisor.indexOf(widget)
        if index >= 0:
            window.supervisor.removeTab(index)
        retire(widget)


__all__ = ["SupervisorScreens", "install_supervisor_screens", "remove_supervisor_screens", "show_conflicts"]
