"""Starting Koers: the Qt application, the session (unlock, lock, panic, auto-lock) and main().

Privacy set-up happens here once: Qt's own settings (file dialogs' recent folders) go to a
throw-away folder, nothing is logged to disk unless the worker turns the diagnostic log on
(desktop.diagnostics: no names, no typed text), and window titles never carry a name.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from shiboken6 import isValid

from desktop.diagnostics import Code, log, start_log, stop_log
from desktop.settings import Settings, load_settings, save_settings
from desktop.ui import caseload_import_wizard
from desktop.ui.clipboard import ClipboardGuard
from desktop.ui.crash import CrashHandler
from desktop.ui.events import VaultEvents
from desktop.ui.first_run_screen import FirstRunScreen
from desktop.ui.i18n import install_language, tr
from desktop.ui.idle import IdleWatcher
from desktop.ui.lock_keys import LockKeys
from desktop.ui.main_window import PANIC_KEY, MainWindow, show_on_screen
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.single_instance import SingleInstance
from desktop.ui.style import apply_style
from desktop.ui.supervisor import (
    SupervisorScreens, install_supervisor_screens, remove_supervisor_screens, show_conflicts,
)
from desktop.ui.unlock_screen import UnlockScreen
from desktop.ui.vault_actions import VaultActions
from desktop.ui.widgets.input_rules import install_input_rules
from desktop.ui.worker import cancel_running, failures
from desktop.ui.worker_screens import WorkerScreens, install_worker_screens, remove_worker_screens
from desktop.ui.workspace import Workspace
from desktop.vault import KdfParams, Vault
from desktop.vault import agenda as programme_agenda
from desktop.vault.handover import end_covers, set_team_shares
from desktop.vault.old_folders import forget_old_folders
from forms.resources import RESOURCES
from matrix.agenda import Rules

if TYPE_CHECKING:
    from desktop.ui.signing_screen import SigningScreen


_KEEP: list[tempfile.TemporaryDirectory] = []


def make_qapp(argv: list[str] | None = None) -> QApplication:
    """The QApplication with Koers's privacy settings; reuses a running one (tests)."""
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv or ["koers"])
    app.setApplicationName("Koers")
    app.setApplicationDisplayName("Koers")
    app.setDesktopFileName("koers")  # matches packaging/linux/koers.desktop
    app.setWindowIcon(app_icon())
    install_input_rules(app)  # the wheel changes only a focused field; dates take typed digits
    if app.property("koers-private") is None:
        # Qt writes file dialogs' recent folders to QSettings: keep them in a folder that dies with us.
        scratch = tempfile.TemporaryDirectory(prefix="koers-qt-")
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, scratch.name)
        app.setProperty("koers-private", True)
        app.aboutToQuit.connect(scratch.cleanup)
        _KEEP.append(scratch)
    return app


def app_icon() -> QIcon:
    icon = QIcon()
    for png in sorted((RESOURCES / "icons").glob("koers-*.png")):
        icon.addFile(str(png))
    return icon


class Session(QObject):
    """Owns the unlocked vault while there is one; locks on Ctrl+L, F12, idleness and failures."""

    def __init__(self, folder: Path, settings: Settings, settings_file: Path | None = None,
                 kdf: KdfParams | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.folder, self.settings, self._settings_file, self._kdf = folder, settings, settings_file, kdf
        self.vault: Vault | None = None
        self.events: VaultEvents | None = None
        self.workspace: Workspace | None = None
        self.supervisor_screens: SupervisorScreens | None = None
        self.worker_screens: WorkerScreens | None = None
        self.unlock_screen: UnlockScreen | None = None
        self.signing: SigningScreen | None = None
        self.first_run: FirstRunScreen | None = None
        self.bundle_to_open: Path | None = None  # a .koers file Koers was started with (a double-click)
        self.window = self._new_window()
        self.idle = IdleWatcher(self._autolock_ms(), self)
        self.idle.idle.connect(self.lock)
        self.crashes = CrashHandler(self.vault_failed, self)
        self.clipboard = ClipboardGuard(self)  # what Koers copied goes when the vault locks
        failures().storage.connect(self.vault_failed)
        # Co-sign mode and modal dialogs block the window's shortcuts; these keys still work there.
        self.keys = LockKeys({"Ctrl+L": self.lock, PANIC_KEY: self.panic, "Ctrl+Q": self.quit}, self)
        self.show_start()

    def _new_window(self) -> MainWindow:
        window = MainWindow()
        self.vault_actions = VaultActions(self, window)
        caseload_import_wizard.install(window, lambda: self.vault)
        window.lock_requested.connect(self.lock)
        window.panic_requested.connect(self.panic)
        window.settings_requested.connect(self.open_settings)
        window.keys_requested.connect(self.open_keys)
        window.quit_requested.connect(self.quit)
        return window

    def _autolock_ms(self) -> int:
        return int(self.settings.autolock_minutes * 60_000)

    # --- start, unlock, lock -----------------------------------------------------------
    def show_start(self) -> None:
        if Vault.exists(self.folder):
            if self.unlock_screen is None:
                self.unlock_screen = UnlockScreen(self.folder)
                self.unlock_screen.unlocked.connect(self.unlocked)
            self.unlock_screen.reset()
            self.window.show_page(self.unlock_screen, tr("Vergrendeld"))
        else:
            self.first_run = FirstRunScreen(self.folder, self._kdf)
            self.first_run.created.connect(self.unlocked)
            self.window.show_page(self.first_run, tr("Eerste start"))

    def unlocked(self, vault: Vault) -> None:
        if self.first_run is not None:
            self.window.remove_page(self.first_run)
            self.first_run = None
        self.vault = vault
        forget_old_folders(vault)
        if vault.role == "begeleider":
            end_covers(vault)  # a colleague's cover copy goes once its end date has passed
        self.events = VaultEvents(vault, self)
        self.workspace = Workspace(vault, self.events, self.settings)
        self.workspace.sign_requested.connect(self.open_signing)
        self.workspace.title_changed.connect(self.window.set_screen_title)
        self.window.workspace = self.workspace
        self.window.show_page(self.workspace, tr("Deelnemers"))
        self.window.set_unlocked(True, supervisor=vault.role == "supervisor")
        if vault.role == "supervisor":
            self.supervisor_screens = install_supervisor_screens(self.window, vault, self.events)
            self.workspace.conflicts_requested.connect(self.review_conflicts)
            self.supervisor_screens.overview.open_dossier.connect(self.open_dossier)
            self.window.show_supervisor()  # her day starts with the workers' caseloads, not a new participant
        else:
            self.worker_screens = install_worker_screens(self.window, vault)
        caseload_import_wizard.install(self.window, lambda: self.vault)
        self.idle.start()
        log.info("ontgrendeld")
        if self.bundle_to_open is not None:
            self._open_bundle()

    def open_dossier(self, participant_id) -> None:
        """A row of the supervisor's caseload: her dossier on the Deelnemers page (read-only when not hers)."""
        if self.workspace is not None:
            self.window.show_workspace()
            self.workspace.open_dossier(participant_id)

    def review_conflicts(self, participant_id=None) -> None:
        if self.supervisor_screens is not None:
            show_conflicts(self.window, self.supervisor_screens, participant_id)

    def _open_bundle(self) -> None:
        """The import screen reads the bundle Koers was opened with, once she has unlocked."""
        bundle, self.bundle_to_open = self.bundle_to_open, None
        if self.supervisor_screens is None:  # a worker reads her supervisor's kaart, a colleague's dossier
            self.window.show_page(self.worker_screens.import_screen, tr("Bundel inlezen"))
            self.worker_screens.import_screen.import_file(bundle)
            return
        self.window.show_supervisor()
        self.window.supervisor.setCurrentWidget(self.supervisor_screens.import_screen)
        self.supervisor_screens.import_screen.import_file(bundle)

    def lock(self) -> None:
        """Save pending drafts, drop every screen with personal data, close the vault.

        Each step runs even when one before it fails: a lock that stops halfway would leave a
        dossier on screen and the vault open. The first failure is raised at the end.
        """
        if self.vault is None:
            cancel_running()  # an unlock still under way: its vault is closed unseen
            if self.unlock_screen is not None:
                self.unlock_screen.reset()
            return
        self.idle.stop()
        failed = []
        for step in (self._save_drafts, self._close_windows, self._drop_screens, self._close_vault,
                     self.clipboard.clear_ours):
            try:
                step()
            except Exception as error:  # noqa: BLE001 - the remaining steps must still run
                log.error("vergrendelen: stap %s mislukt", Code(step.__name__), exc_info=error)
                failed.append(error)
        self.window.set_unlocked(False, supervisor=False)
        caseload_import_wizard.install(self.window, lambda: self.vault)
        self.show_start()
        log.info("vergrendeld")
        if failed:
            raise failed[0]

    def _save_drafts(self) -> None:
        self.workspace.flush_drafts()

    def _close_windows(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and widget.isVisible():
                if isinstance(widget, QDialog):
                    widget.reject()  # ends a dialog's own event loop (exec) too
                widget.hide()  # not close(): co-sign mode refuses to close without the passphrase
        if self.signing is not None and isValid(self.signing):
            self.signing.deleteLater()
        self.signing = None

    def _drop_screens(self) -> None:
        self.window.workspace = None
        self.window.remove_page(self.workspace)
        self.workspace = None
        remove_supervisor_screens(self.window, self.supervisor_screens)  # the overview shows roepnamen
        self.supervisor_screens = None
        remove_worker_screens(self.window, self.worker_screens)
        self.worker_screens = None

    def _close_vault(self) -> None:
        cancel_running()
        self.events.stop()
        self.events.deleteLater()
        self.events = None
        vault, self.vault = self.vault, None
        try:
            vault.close()
        except Exception:
            vault.close(make_backup=False)  # the backup failed (disk full?): the key must go anyway
            raise

    def panic(self) -> None:
        """Hide every window at once, then lock; Koers stays in the taskbar, locked."""
        for widget in QApplication.topLevelWidgets():
            widget.hide()
        try:
            self.lock()
        finally:
            self.window.showMinimized()

    def bring_forward(self) -> None:
        """Another launch asked for this vault: show the window (locked or not) on top."""
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def quit(self) -> None:
        try:
            self.lock()
        finally:
            QApplication.quit()

    def vault_failed(self, error: BaseException) -> None:
        """The vault's storage failed (disk full, file unreadable): lock, then say so calmly."""
        if self.vault is None:
            return  # nothing open that could be harmed (an unlock says why it failed itself)
        try:
            self.lock()
        finally:
            self.crashes.show_dialog(error, storage=True)

    # --- settings and co-signing -----------------------------------------------------
    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.settings, self.window, self.vault)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.result_settings(), dialog.result_team_shares(),
                                                            dialog.result_programme()))
        dialog.open()
        return dialog

    def apply_settings(self, settings: Settings, shares: bool | None = None, programme: Rules | None = None) -> None:
        """Store and apply; a new language rebuilds the screens (the vault stays open). `shares` (the
        programme's rule for handovers) and `programme` (its agenda settings) go into the open vault."""
        if shares is not None and self.vault is not None:
            set_team_shares(self.vault, shares)
        if programme is not None and self.vault is not None:
            programme_agenda.set_rules(self.vault, programme.meting_months, programme.contact_weeks)
        language_changed = settings.language != self.settings.language
        self.settings = settings
        save_settings(settings, self._settings_file)
        self.idle.set_timeout(self._autolock_ms())
        apply_style(QApplication.instance(), settings.font_size_pt)
        apply_log_setting(settings)
        if language_changed:
            install_language(settings.language)
            self.rebuild()

    def rebuild(self) -> None:
        """Build the window again in the current language, keeping the open dossier.

        The new window is wired once (_new_window); the old one, its screens and its
        connections go with it."""
        place = self._place()
        old, self.window = self.window, self._new_window()
        self.window.setGeometry(old.geometry())
        self.unlock_screen = None  # it lived on the old window
        if self.vault is not None:
            self.workspace.flush_drafts()
            self.events.stop()
            self.events.deleteLater()
            self.supervisor_screens = self.worker_screens = None  # deleted with the old window
            self.unlocked(self.vault)
            self._return_to(place)
        else:
            self.show_start()
        self.window.show()
        old.quit_requested.disconnect(self.quit)  # closing the old window is not quitting
        old.close()
        old.deleteLater()

    def _place(self) -> dict:
        """Where she is: the page (a supervisor tab or one of Mijn werk), the open dossier and its tab,
        report inputs."""
        dossier = self.workspace.dossier if self.workspace else None
        place = {"supervisor": self.window.stack.currentWidget() is self.window.supervisor,
                 "tab": self.window.supervisor.currentIndex(),
                 "dossier": dossier.participant_id if dossier else None,
                 "dossier_tab": dossier.tabs.currentIndex() if dossier else 0}
        if self.supervisor_screens is not None:
            place["report"] = self.supervisor_screens.report.inputs()
        if self.worker_screens is not None and self.window.stack.currentWidget() in self.worker_screens.pages:
            place["worker_page"] = self.worker_screens.pages.index(self.window.stack.currentWidget())
        return place

    def _return_to(self, place: dict) -> None:
        if place["dossier"]:
            screen = self.workspace.open_dossier(place["dossier"])
            if screen is not None:
                screen.tabs.setCurrentIndex(place["dossier_tab"])
        if place["supervisor"]:
            self.window.show_supervisor()
            self.window.supervisor.setCurrentIndex(place["tab"])
        elif "worker_page" in place and self.worker_screens is not None:
            self.worker_screens.actions[place["worker_page"]].trigger()  # shows it with its title
        else:
            self.window.show_workspace()
        if self.supervisor_screens is not None and "report" in place:
            self.supervisor_screens.report.set_inputs(place["report"])

    def open_keys(self) -> QDialog | None:
        """Sleutels: a dialog over the window, deleted when it closes or the vault locks."""
        from desktop.ui.keys_screen import KeysScreen

        if self.vault is None:
            return None
        dialog = KeysScreen(self.vault, self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_signing(self, plan_record_id) -> SigningScreen:
        """Co-sign mode, full screen; it goes when the worker leaves it or the vault locks."""
        from desktop.ui.signing_screen import SigningScreen  # loaded when first needed

        folder = self.folder
        screen = SigningScreen(self.vault, plan_record_id, lambda p: Vault.passphrase_fits(folder, p))
        screen.finished.connect(self._signing_finished)
        self.signing = screen
        screen.showFullScreen()
        return screen

    def _signing_finished(self) -> None:
        if self.signing is not None:
            self.signing.hide()
            self.signing.deleteLater()
            self.signing = None


def apply_log_setting(settings: Settings) -> None:
    """Start or stop the opt-in diagnostic log as the setting says."""
    if settings.diagnostic_log:
        start_log()
    else:
        stop_log()


def start(folder: Path, settings_file: Path | None = None) -> tuple[QApplication, Session]:
    """Build the app and its session without entering the event loop (tests, benchmarks)."""
    app = make_qapp()
    settings = load_settings(settings_file)
    install_language(settings.language)
    apply_style(app, settings.font_size_pt)
    apply_log_setting(settings)
    session = Session(folder, settings, settings_file)
    return app, session


def main(folder: Path, bundle: Path | None = None) -> int:
    """`koers gui`: show the window and run until it closes; 1 if Koers already has this vault open.

    With `bundle` (a double-clicked .koers file) the import screen reads it after unlocking."""
    app = make_qapp()
    instance = SingleInstance(folder)
    if not instance.acquire():
        instance.nudge()
        install_language(load_settings().language)
        QMessageBox.information(None, "Koers", tr("Koers is al geopend voor deze kluis. Dat venster staat nu vooraan."))
        return 1
    app, session = start(folder)
    session.bundle_to_open = bundle
    session.crashes.install()
    instance.raise_requested.connect(session.bring_forward)
    app.aboutToQuit.connect(instance.release)
    show_on_screen(session.window)
    QTimer.singleShot(0, session.window.raise_)
    return app.exec()


__all__ = ["Session", "main", "make_qapp", "start"]
