"""One dossier in tabs. No roepnaam in any window title: only inside the page."""

from __future__ import annotations

import datetime as dt
import re

from uuid import UUID

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from desktop.settings import Settings
from desktop.ui.contacts_tab import consent_tab, contacts_tab, referrals_tab
from desktop.ui.her_copy import save_her_copy
from desktop.ui.i18n import lang, tr
from desktop.ui.models.caseload_model import short_date
from desktop.ui.intake_tab import IntakeTab
from desktop.ui.overview_tab import OverviewTab
from desktop.ui.erase_dialog import EraseDialog
from desktop.ui.handover_dialog import HandoverDialog, ask_erase_copy, handover_note, send_back
from desktop.ui.read_only import ReadOnlyGuard
from desktop.ui.supervisor.dossier_notes import ReadOnlyBar
from desktop.ui.widgets.common import button, heading, hint
from desktop.ui.widgets.unsaved import settle
from desktop.vault import Changes, Vault, VaultError
from desktop.vault.handover import giver, holder, latest
from desktop.vault.retention import retention_of
from forms import Dossier
from forms.vocab import label


def _placeholder(text: str) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(hint(text))
    layout.addStretch()
    return page


def _matrix_tab(vault: Vault, participant_id: UUID) -> QWidget:
    try:
        from desktop.ui.matrix_tab import MatrixTab
    except ImportError:  # built by another part of the issue; the dossier works without it
        return _placeholder(tr("De zelfredzaamheidsmatrix is nog niet beschikbaar."))
    return MatrixTab(vault, participant_id)


def _plan_tab(vault: Vault, participant_id: UUID, settings: Settings | None) -> QWidget:
    try:
        from desktop.ui.plan_tab import PlanTab
    except ImportError:
        return _placeholder(tr("Het trajectplan is nog niet beschikbaar."))
    return PlanTab(vault, participant_id, settings)


class _Shrinkable(QWidget):
    """Holds a page at the scroll area's size, down to the page's minimum size.

    Without a layout of its own it hides the page's height-for-width from the scroll area,
    which would otherwise ask for the page's preferred height and scroll where it fits.
    """

    def __init__(self, page: QWidget):
        super().__init__()
        self.page = page
        page.setParent(self)
        page.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LayoutRequest and self.parentWidget() is not None:
            # The page's minimum changed: the scroll area measures again (it only watches resizes).
            QCoreApplication.postEvent(self.parentWidget().parentWidget(), QEvent(QEvent.Type.LayoutRequest))
        return False

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.page.minimumSizeHint()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.page.minimumSizeHint()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.page.setGeometry(self.rect())


def _fitting(page: QWidget, holder: QWidget) -> None:
    """Put `page` in `holder`, scrolling only where it cannot shrink further (not widening the window)."""
    scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
    holder.layout().addWidget(scroll)
    holder.layout().activate()  # its real size first: measured while tiny, a scroll bar stays behind
    scroll.setWidget(_Shrinkable(page))


def _without_mnemonic(title: str) -> str:
    """'&Contacten && verwijzingen' → 'Contacten && verwijzingen': no Alt-letter, an '&' still shown."""
    return re.sub(r"&(?!&)", "", title.replace("&&", "\0")).replace("\0", "&&")


class DossierScreen(QWidget):
    """Tabs Overzicht … Toestemming, each built when first shown.

    Emits `sign_requested(plan_record_id)` from the plan tab, and `conflicts_requested(participant
    id)` from the banner of open conflicts. A dossier another worker owns is read-only here.
    """

    sign_requested = Signal(object)
    erased = Signal(object)  # her participant id, once her dossier is erased
    conflicts_requested = Signal(object)

    def __init__(self, vault: Vault, participant_id: UUID, settings: Settings | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._vault, self.participant_id = vault, participant_id
        self.setWindowTitle(tr("Dossier"))
        self.name = heading("")
        self.phase = QLabel(objectName="Chip")
        self.retention = QLabel(objectName="Hint")  # closed dossiers: kept until when
        self.copy_button = button(tr("Haar gegevens…"))  # every letter is taken on some tab
        self.copy_button.setToolTip(tr("Alles wat Koers over haar bewaart, als PDF in haar taal"))
        self.copy_button.clicked.connect(self.save_her_copy)
        self.copy_status = QLabel(objectName="Hint", wordWrap=True, visible=False)
        top = QHBoxLayout()
        top.addWidget(self.name)
        top.addWidget(self.phase)
        self.holder = QLabel(objectName="Chip")  # read-only here: who holds her dossier now
        top.addWidget(self.holder)
        top.addWidget(self.retention)
        top.addStretch()
        self.bar = ReadOnlyBar(vault, participant_id)
        self.bar.conflicts_requested.connect(self.conflicts_requested)
        self._held_elsewhere = holder(vault, participant_id) is not None  # handed over or lent: read-only
        cover = latest(vault, participant_id) if self._held_elsewhere else None
        self._covering = cover is not None and cover.mode == "waarneming"  # she may add contacts meanwhile
        self.handover_button = button(tr("Over&dragen…"))
        self.handover_button.clicked.connect(self.open_handover)
        top.addWidget(self.handover_button)
        self.erase_copy_button = button(tr("Kopie wissen…"))  # handed over or lent: hers no longer
        self.erase_copy_button.clicked.connect(self.ask_erase_copy)
        self.handover_note = QLabel(objectName="Hint", wordWrap=True)  # to whom, on which basis
        handed = QHBoxLayout()  # its own row: the top one is full in a long language
        handed.addWidget(self.handover_note, 1)
        handed.addWidget(self.erase_copy_button)
        self.send_back_button = button(tr("Terugsturen…"))  # her confirmation, or a cover's contacts
        self.send_back_button.setToolTip(tr("De bevestiging van de overdracht, of de contacten van de waarneming,"
                                            " naar de collega die het dossier gaf"))
        self.send_back_button.clicked.connect(self.send_back)
        handed.addWidget(self.send_back_button)
        self.erase_button = button(tr("Verwijderen…"))
        self.erase_button.clicked.connect(self.ask_erase)
        self.erase_button.setVisible(not self.read_only)  # hers to erase, not her supervisor's or a colleague's
        top.addWidget(self.copy_button)
        top.addWidget(self.erase_button)
        self.tabs = QTabWidget(accessibleName=tr("Onderdelen van het dossier"))
        self._built: dict[str, QWidget] = {}
        self._factories = {
            "overview": lambda: OverviewTab(vault, participant_id),
            "intake": lambda: IntakeTab(vault, participant_id, settings),
            "matrix": lambda: _matrix_tab(vault, participant_id),
            "plan": lambda: _plan_tab(vault, participant_id, settings),
            "contacts": lambda: contacts_tab(vault, participant_id, settings),
            "referrals": lambda: referrals_tab(vault, participant_id, settings),
            "consent": lambda: consent_tab(vault, participant_id, settings),
        }
        # The tabs are reached with Ctrl+1 … Ctrl+7: their Alt-letters would take seven of the few
        # the window has, and clash with the buttons on them ("&Overzicht" beside "Fase &opslaan").
        titles = tuple(_without_mnemonic(title) for title in (
            tr("&Overzicht"), tr("&Intake"), tr("&Zelfredzaamheidsmatrix"),
            tr("&Trajectplan"), tr("&Contacten"), tr("&Verwijzingen"), tr("Toe&stemming")))
        for number, title in enumerate(titles, start=1):
            tab_page = QWidget()
            QVBoxLayout(tab_page).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(tab_page, title)
            self.tabs.setTabToolTip(number - 1, f"{title.replace('&&', '§').replace('&', '').replace('§', '&')} (Ctrl+{number})")
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, activated=lambda i=number - 1: self.tabs.setCurrentIndex(i))
        self._titles, self._shown_tab = titles, 0
        self.tabs.currentChanged.connect(self._tab_chosen)
        self.page("overview")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)  # the seven tabs fit beside the caseload at 1280 px
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addLayout(handed)
        layout.addWidget(self.copy_status)
        layout.addWidget(self.tabs, 1)
        self._show_header(vault.open_dossier(participant_id))  # the audit log notes who opened her

    def page(self, key: str) -> QWidget:
        """The tab's page, built the first time it is needed: opening a dossier stays fast."""
        if key not in self._built:
            page = self._built[key] = self._factories[key]()
            holder = self.tabs.widget(list(self._factories).index(key))
            if key in ("matrix", "plan"):
                _fitting(page, holder)
            else:
                holder.layout().addWidget(page)
            if self.read_only and not (key == "contacts" and self._covering):
                ReadOnlyGuard(page)
            if key == "plan" and hasattr(page, "sign_requested"):
                page.sign_requested.connect(self.sign_requested)
            if hasattr(page, "unsaved_changed"):
                index = list(self._factories).index(key)
                page.unsaved_changed.connect(lambda on, i=index: self._mark_tab(i, on))
                self._mark_tab(index, page.has_unsaved())  # a draft put back counts
        return self._built[key]

    # --- unsaved work: marked on its tab, asked about before leaving -------------------
    def _mark_tab(self, index: int, unsaved: bool) -> None:
        self.tabs.setTabText(index, self._titles[index] + (" ●" if unsaved else ""))

    def _tab_chosen(self, index: int) -> None:
        left = self._built.get(list(self._factories)[self._shown_tab])
        if index != self._shown_tab and left is not None and not self._settle(left, self._shown_tab):
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(self._shown_tab)  # she stays with her unsaved work
            self.tabs.blockSignals(False)
            return
        self._shown_tab = index
        self.page(list(self._factories)[index])

    def _settle(self, page: QWidget, index: int) -> bool:
        if not hasattr(page, "has_unsaved"):
            return True
        title = self._titles[index].replace("&&", "§").replace("&", "").replace("§", "&")
        return settle(page, page.unsaved_what() if hasattr(page, "unsaved_what") else title)

    def confirm_leave(self) -> bool:
        """Before this dossier closes: ask about every tab with unsaved work, the one shown first."""
        keys = list(self._factories)
        for index in [self._shown_tab, *(i for i in range(len(keys)) if i != self._shown_tab)]:
            page = self._built.get(keys[index])
            if page is not None and hasattr(page, "has_unsaved") and page.has_unsaved():
                self.tabs.setCurrentIndex(index)  # she sees what she is asked about
                if not self._settle(page, index):
                    return False
        return True

    def show_tab(self, key: str) -> None:
        """Go to a tab by its page key ('plan', 'contacts'...), as if she chose it."""
        self.tabs.setCurrentIndex(list(self._factories).index(key))

    @property
    def read_only(self) -> bool:
        return self.bar.read_only or self._held_elsewhere

    def pages(self) -> list[QWidget]:
        """The pages built so far."""
        return list(self._built.values())

    overview = property(lambda self: self.page("overview"))
    intake = property(lambda self: self.page("intake"))
    matrix = property(lambda self: self.page("matrix"))
    plan = property(lambda self: self.page("plan"))
    contacts = property(lambda self: self.page("contacts"))
    referrals = property(lambda self: self.page("referrals"))
    consent = property(lambda self: self.page("consent"))

    def _show_header(self, dossier: Dossier | None = None) -> None:
        dossier = dossier or self._vault.dossier(self.participant_id)
        self.name.setText(dossier.participant.roepnaam)
        self.phase.setText(label("phases", dossier.phase, lang()) or tr("geen fase"))
        self.phase.setProperty("current", True)
        who = holder(self._vault, self.participant_id)
        self.holder.setText(tr("Alleen-lezen: bij {name}").format(name=who) if who else "")
        self.holder.setVisible(bool(who))
        self.handover_button.setVisible(self._vault.role == "begeleider" and not who)
        self.erase_copy_button.setVisible(bool(who))
        if who and not self._held_elsewhere:  # just handed over from this screen: no more changes here
            self._held_elsewhere = True
            for page in self.pages():
                ReadOnlyGuard(page)
        self.erase_button.setVisible(not self.read_only)
        self.send_back_button.setVisible(self._vault.role == "begeleider" and giver(self._vault, self.participant_id)
                                         is not None)
        note = handover_note(self._vault, self.participant_id)
        self.handover_note.setText(note)
        self.handover_note.setVisible(bool(note))
        kept = retention_of(self._vault, self.participant_id)
        self.retention.setVisible(kept is not None)
        if kept is not None:
            past = kept.past(dt.date.today())
            self.retention.setText((tr("Bewaartermijn voorbij sinds %1") if past else tr("Bewaren tot %1"))
                                   .replace("%1", short_date(kept.keep_until)))

    def open_handover(self) -> HandoverDialog:
        """'Overdragen…': the dialog to hand her dossier to a colleague, or lend it for a cover."""
        dialog = HandoverDialog(self._vault, self.participant_id, self)
        dialog.accepted.connect(self._show_header)
        dialog.open()
        return dialog

    def ask_erase_copy(self) -> QMessageBox:
        """'Kopie wissen…': erase the read-only copy by hand; `erased` once done."""
        return ask_erase_copy(self, self._vault, self.participant_id, holder(self._vault, self.participant_id) or "",
                              lambda: self.erased.emit(self.participant_id))

    def send_back(self) -> None:
        """'Terugsturen…' to the colleague who gave her dossier; the outcome under the header."""
        message = send_back(self, self._vault, self.participant_id)
        if message:
            self._copy_saved(message)

    def save_her_copy(self) -> None:
        """Her copy as a PDF, where the worker chooses (*Haar gegevens*)."""
        save_her_copy(self, self._vault, self.participant_id, self._copy_saved)

    def _copy_saved(self, message: str) -> None:
        self.copy_status.setText(message)
        self.copy_status.setVisible(True)

    def ask_erase(self) -> EraseDialog:
        """Dossier verwijderen, asked twice (desktop.ui.erase_dialog); `erased` once done."""
        dialog = EraseDialog(self._vault, self.participant_id, self.name.text(), self)
        dialog.accepted.connect(lambda: self.erased.emit(self.participant_id))
        dialog.open()
        return dialog

    def on_changed(self, changes: Changes) -> None:
        """Refresh the tabs when something in this dossier changed."""
        if self.participant_id not in changes.participant_ids:
            return
        try:
            self._show_header()
        except VaultError:  # erased (here, or by a restore): the workspace closes this screen
            return
        self.bar.refresh()
        for page in self.pages():
            if hasattr(page, "reload"):
                page.reload()

    def flush_drafts(self) -> None:
        """Write pending drafts now (before locking)."""
        for page in self.pages():
            if hasattr(page, "flush_draft"):
                page.flush_draft()
