"""A worker's own screens beyond the caseload: 'Naar leidinggevende sturen', 'Mijn cijfers'
(the supervisor's report screen, her own dossiers only), the sociale kaart, Veldwerk (outreach
without a dossier) and reading in a bundle (the kaart from her supervisor, a dossier from a
colleague), in a menu of their own.

    screens = install_worker_screens(window, vault)   # after unlocking a worker's vault
    remove_worker_screens(window, screens)            # when locking

The screens read the vault: they must go when it locks. The session holds them, not the window.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from desktop.ui.i18n import tr
from desktop.ui.kaart_screen import KaartScreen
from desktop.ui.outreach_screen import OutreachScreen
from desktop.ui.retention_dialog import RetentionReviewDialog
from desktop.ui.send_screen import SendScreen
from desktop.ui.supervisor.import_screen import ImportScreen
from desktop.ui.supervisor.report_screen import ReportScreen
from desktop.ui.worker import run_in_background
from desktop.vault import Vault

SEND_KEY, FIGURES_KEY, KAART_KEY, IMPORT_KEY = "Ctrl+Shift+E", "Ctrl+Shift+M", "Ctrl+Shift+K", "Ctrl+Shift+O"
RETENTION_KEY, OUTREACH_KEY = "Ctrl+Shift+T", "Ctrl+Shift+W"


@dataclass
class WorkerScreens:
    send: SendScreen
    figures: ReportScreen
    kaart: KaartScreen
    import_screen: ImportScreen
    outreach: OutreachScreen
    menu: QMenu
    actions: list[QAction]

    @property
    def pages(self) -> tuple[QWidget, ...]:
        """The screens, in the order of the menu actions that show them."""
        return self.send, self.figures, self.kaart, self.outreach, self.import_screen


def _action(window: QMainWindow, text: str, key: str, slot) -> QAction:
    action = QAction(text, window)
    action.setObjectName(f"worker-{key}")
    action.setShortcut(QKeySequence(key))
    action.triggered.connect(slot)
    window.addAction(action)  # active even while the menu bar is hidden
    return action


def install_worker_screens(window: QMainWindow, vault: Vault, runner=run_in_background) -> WorkerScreens:
    """Add the menu 'Mijn werk' with both screens to `window` (a MainWindow)."""
    send, figures = SendScreen(vault, runner), ReportScreen(vault, runner, own_caseload=True)
    kaart, import_screen, outreach = KaartScreen(vault), ImportScreen(vault, runner), OutreachScreen(vault)
    import_screen.imported.connect(lambda _report: kaart.reload())
    menu = QMenu(tr("&Mijn werk"), window, objectName="worker-menu")
    bar = window.menuBar()
    bar.insertMenu(bar.actions()[-1], menu)  # before Help, which stays last
    actions = [
        _action(window, tr("Naar leidinggevende &sturen…"), SEND_KEY,
                lambda: window.show_page(send, tr("Naar leidinggevende sturen"))),
        _action(window, tr("Mijn &cijfers"), FIGURES_KEY, lambda: window.show_page(figures, tr("Mijn cijfers"))),
        _action(window, tr("Sociale &kaart"), KAART_KEY, lambda: window.show_page(kaart, tr("Sociale kaart"))),
        _action(window, tr("&Veldwerk"), OUTREACH_KEY, lambda: window.show_page(outreach, tr("Veldwerk"))),
        _action(window, tr("Bundel &inlezen…"), IMPORT_KEY,
                lambda: window.show_page(import_screen, tr("Bundel inlezen"))),
        _action(window, tr("&Bewaartermijn…"), RETENTION_KEY, lambda: review_retention(vault, window)),
    ]
    for action in actions:
        menu.addAction(action)
    return WorkerScreens(send, figures, kaart, import_screen, outreach, menu, actions)


def review_retention(vault: Vault, window: QMainWindow) -> RetentionReviewDialog:
    """The retention review (and the programme's term), also when no dossier is past it."""
    dialog = RetentionReviewDialog(vault, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def remove_worker_screens(window: QMainWindow, screens: WorkerScreens | None) -> None:
    """Take the screens, their menu and their shortcuts off `window` (call when the vault locks)."""
    if screens is None:
        return
    for action in screens.actions:
        window.removeAction(action)
        action.deleteLater()
    window.menuBar().removeAction(screens.menu.menuAction())
    screens.menu.deleteLater()
    for widget in screens.pages:
        window.remove_page(widget)


__all__ = ["WorkerScreens", "install_worker_screens", "remove_worker_screens"]
