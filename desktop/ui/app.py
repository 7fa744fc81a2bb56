"""Starting Koers: the Qt application, the session (unlock, lock, panic, auto-lock) and main().

Privacy set-up happens here once: Qt's own settings (file dialogs' recent folders) go to a
throw-away folder, nothing is logged to disk, and window titles never carry a name.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop.settings import Settings, load_settings, save_settings
from desktop.ui.events import VaultEvents
from desktop.ui.first_run_screen import FirstRunScreen
from desktop.ui.i18n import install_language, tr
from desktop.ui.idle import IdleWatcher
from desktop.ui.main_window import MainWindow, show_on_screen
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.style import apply_style
from desktop.ui.supervisor import install_supervisor_screens, remove_supervisor_screens
from desktop.ui.unlock_screen import UnlockScreen
from desktop.ui.widgets.input_rules import install_input_rules
from desktop.ui.workspace import Workspace
from desktop.vault import KdfParams, Vault


_KEEP: list[tempfile.TemporaryDirectory] = []


def make_qapp(argv: list[str] | None = None) -> QApplication:
    """The QApplication with Koers's privacy settings; reuses a running one (tests)."""
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv or ["koers"])
    app.setApplicationName("Koers")
    app.setApplicationDisplayName("Koers")
    app.setDesktopFileName("koers")
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


class Session(QObject):
    """Owns the unlocked vault while there is one; locks on Ctrl+L, F12 and idleness."""

    def __init__(self, folder: Path, settings: Settings, settings_file: Path | None = None,
                 kdf: KdfParams | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.folder, self.settings, self._settings_file, self._kdf = folder, settings, settings_file, kdf
        self.vault: Vault | None = None
        self.events: VaultEvents | None = None
        self.workspace: Workspace | None = None
        self.window = MainWindow()
        self.idle = IdleWatcher(self._autolock_ms(), self)
        self.idle.idle.connect(self.lock)
        self.window.lock_requested.connect(self.lock)
        self.window.panic_requested.connect(self.panic)
        self.window.settings_requested.connect(self.open_settings)
        self.window.quit_requested.connect(self.quit)
        self.unlock_screen: UnlockScreen | None = None
        self.signing: QWidget | None = None
        self.first_run: FirstRunScreen | None = None
        self.show_start()

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
        self.events = VaultEvents(vault, self)
        self.workspace = Workspace(vault, self.events, self.settings)
        self.workspace.sign_requested.connect(self.open_signing)
        self.workspace.title_changed.connect(self.window.set_screen_title)
        self.window.workspace = self.workspace
        self.window.show_page(self.workspace, tr("Deelnemers"))
        self.window.set_unlocked(True, supervisor=vault.role == "supervisor")
        if vault.role == "supervisor":
            install_supervisor_screens(self.window, vault, self.events)
        self.idle.start()

    def lock(self) -> None:
        """Save pending drafts, drop every screen with personal data, close the vault."""
        if self.vault is None:
            return
        self.idle.stop()
        self.workspace.flush_drafts()
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and widget.isVisible():
                if isinstance(widget, QDialog):
                    widget.reject()
                widget.hide()  # not close(): co-sign mode refuses to close without the passphrase
        if self.signing is not None:
            self.signing.deleteLater()
            self.signing = None
        self.window.workspace = None
        self.window.remove_page(self.workspace)
        self.workspace = None
        remove_supervisor_screens(self.window)  # the overview shows roepnamen
        self.events.stop()
        self.events = None
        self.vault.close()
        self.vault = None
        self.window.set_unlocked(False, supervisor=False)
        self.show_start()

    def panic(self) -> None:
        """Hide every window at once, then lock; Koers stays in the taskbar, locked."""
        for widget in QApplication.topLevelWidgets():
            widget.hide()
        self.lock()
        self.window.showMinimized()

    def quit(self) -> None:
        self.lock()
        QApplication.instance().quit()

    # --- settings and co-signing -----------------------------------------------------
    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.settings, self.window)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.result_settings()))
        dialog.open()
        return dialog

    def apply_settings(self, settings: Settings) -> None:
        """Store and apply; a new language rebuilds the screens (the vault stays open)."""
        language_changed = settings.language != self.settings.language
        self.settings = settings
        save_settings(settings, self._settings_file)
        self.idle.set_timeout(self._autolock_ms())
        apply_style(QApplication.instance(), settings.font_size_pt)
        if language_changed:
            install_language(settings.language)
            self.rebuild()

    def rebuild(self) -> None:
        """Build the window again in the current language, keeping the open dossier."""
        vault, shown = self.vault, self.workspace.dossier.participant_id if self.workspace and self.workspace.dossier else None
        old = self.window
        self.window = MainWindow()
        for signal, slot in ((self.window.lock_requested, self.lock), (self.window.panic_requested, self.panic),
                             (self.window.settings_requested, self.open_settings),
                             (self.window.quit_requested, self.quit)):
            signal.connect(slot)
        self.window.setGeometry(old.geometry())
        if vault is not None:
            self.workspace.flush_drafts()
            self.events.stop()
            self.unlock_screen = None
            self.unlocked(vault)
            if shown:
                self.workspace.open_dossier(shown)
        self.window.show()
        old.quit_requested.disconnect()
        old.close()
        old.deleteLater()

    def open_signing(self, plan_record_id) -> QWidget | None:
        from desktop.ui.signing_screen import SigningScreen  # the co-sign mode of the plan tab

        folder = self.folder
        screen = SigningScreen(self.vault, plan_record_id, lambda p: Vault.passphrase_fits(folder, p))
        screen.finished.connect(screen.hide)
        screen.finished.connect(screen.deleteLater)
        self.signing = screen
        screen.showFullScreen()
        return screen


def start(folder: Path, settings_file: Path | None = None) -> tuple[QApplication, Session]:
    """Build the app and its session without entering the event loop (tests, benchmarks)."""
    app = make_qapp()
    settings = load_settings(settings_file)
    install_language(settings.language)
    apply_style(app, settings.font_size_pt)
    session = Session(folder, settings, settings_file)
    return app, session


def main(folder: Path) -> int:
    """`koers gui`: show the window and run until it closes."""
    app, session = start(folder)
    show_on_screen(session.window)
    QTimer.singleShot(0, session.window.raise_)
    return app.exec()


__all__ = ["Session", "main", "make_qapp", "start"]
