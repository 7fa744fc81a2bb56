"""First run: who you are, a strong passphrase, then the recovery code shown and retyped.

The rules live in desktop.flows.first_run; this screen draws its steps.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup, QFrame, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QRadioButton,
    QStackedWidget, QVBoxLayout, QWidget,
)

from desktop.flows.first_run import FirstRunFlow, Step
from desktop.ui.i18n import lang, tr
from desktop.ui.widgets.common import button, error_label, heading, hint, show_error
from desktop.ui.widgets.strength_meter import StrengthMeter
from desktop.ui.worker import run_in_background
from desktop.vault import KdfParams, Vault
from forms.catalogue import KoersError, Message


def _page(title: str, text: str) -> tuple[QWidget, QVBoxLayout]:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(10)
    title_label = heading(title)
    title_label.setWordWrap(True)  # a longer translation takes a second line, not the card's edge
    layout.addWidget(title_label)
    layout.addWidget(hint(text))
    return page, layout


class FirstRunScreen(QWidget):
    """Emits `created(vault)` once the vault exists and the recovery code was confirmed."""

    created = Signal(object)

    def __init__(self, folder: Path, kdf: KdfParams | None = None, flow: FirstRunFlow | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.folder, self._kdf = folder, kdf
        self.flow = flow or FirstRunFlow()
        self._vault: Vault | None = None
        self.setWindowTitle(tr("Eerste start"))
        outer = QVBoxLayout(self)
        card = QFrame(objectName="Card")
        card.setFixedWidth(560)
        row = QHBoxLayout()  # not an alignment: that would measure the wrapped lines at full width
        row.addStretch()
        row.addWidget(card)
        row.addStretch()
        outer.addStretch()
        outer.addLayout(row)
        outer.addStretch()
        layout = QVBoxLayout(card)
        layout.setContentsMargins(28, 24, 28, 24)
        self.pages = QStackedWidget()
        self._pages = {Step.WORKER: self._worker_page(), Step.PASSPHRASE: self._passphrase_page(),
                       Step.CREATING: self._creating_page(), Step.RECOVERY: self._recovery_page()}
        for page in self._pages.values():
            self.pages.addWidget(page)
        layout.addWidget(self.pages)
        self.error = error_label()
        layout.addWidget(self.error)
        self._show()

    # --- pages -----------------------------------------------------------------------
    def _worker_page(self) -> QWidget:
        page, layout = _page(tr("Welkom bij Koers"),
                             tr("Koers bewaart je dossiers versleuteld op deze laptop. Eerst: wie ben je?"))
        self.name = QLineEdit(placeholderText=tr("Je naam"))
        self.name.setAccessibleName(tr("Je naam"))
        self.name.returnPressed.connect(self.next_step)
        layout.addWidget(QLabel(tr("Je naam (komt op trajectplannen)")))
        layout.addWidget(self.name)
        self.roles = QButtonGroup(page)
        row = QHBoxLayout()
        for code, text in (("begeleider", tr("&Begeleider")), ("supervisor", tr("&Supervisor"))):
            radio = QRadioButton(text)
            radio.setProperty("role", code)
            radio.setAccessibleName(text.replace("&", ""))
            radio.setChecked(code == "begeleider")
            self.roles.addButton(radio)
            row.addWidget(radio)
        row.addStretch()
        layout.addLayout(row)
        layout.addStretch()
        layout.addWidget(self._buttons(back=False))
        return page

    def _passphrase_page(self) -> QWidget:
        page, layout = _page(tr("Kies een wachtwoord"),
                             tr("Hiermee ontgrendel je Koers. Vier losse woorden zijn sterk en goed te onthouden."))
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password, placeholderText=tr("Wachtwoord"))
        self.passphrase.setAccessibleName(tr("Wachtwoord"))
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password, placeholderText=tr("Nog een keer"))
        self.repeat.setAccessibleName(tr("Wachtwoord herhalen"))
        self.repeat.returnPressed.connect(self.next_step)
        self.meter = StrengthMeter()
        self.passphrase.textChanged.connect(self.meter.update_for)
        for widget in (self.passphrase, self.meter, self.repeat):
            layout.addWidget(widget)
        layout.addStretch()
        layout.addWidget(self._buttons(back=True))
        return page

    def _creating_page(self) -> QWidget:
        page, layout = _page(tr("De kluis wordt gemaakt"), tr("Even geduld: je sleutels worden aangemaakt."))
        busy = QProgressBar(minimum=0, maximum=0, textVisible=False)
        busy.setAccessibleName(tr("Bezig"))
        layout.addWidget(busy)
        layout.addStretch()
        return page

    def _recovery_page(self) -> QWidget:
        page, layout = _page(tr("Je herstelcode"),
                             tr("Schrijf deze code op papier en bewaar hem veilig, niet bij de laptop. "
                                "Ben je je wachtwoord kwijt, dan kom je alleen hiermee nog bij je dossiers. "
                                "Hij wordt maar één keer getoond."))
        self.code_label = QLabel()
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(15)
        self.code_label.setFont(mono)
        self.code_label.setAccessibleName(tr("Herstelcode"))
        layout.addWidget(self.code_label)
        self.check_label = QLabel(wordWrap=True)
        layout.addWidget(self.check_label)
        self.check = QLineEdit()
        self.check.setAccessibleName(tr("Deel van de herstelcode"))
        self.check.setMaxLength(8)
        self.check.returnPressed.connect(self.next_step)
        layout.addWidget(self.check)
        layout.addStretch()
        layout.addWidget(self._buttons(back=False, next_text=tr("Kl&aar")))
        return page

    def _buttons(self, back: bool, next_text: str | None = None) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addStretch()
        if back:
            previous = button(tr("&Vorige"))
            previous.clicked.connect(self.previous_step)
            layout.addWidget(previous)
        forward = button(next_text or tr("Vol&gende"), primary=True)
        forward.clicked.connect(self.next_step)
        layout.addWidget(forward)
        return row

    # --- moving through the flow -------------------------------------------------------
    def _show(self) -> None:
        self.pages.setCurrentWidget(self._pages[self.flow.step])
        focus = {Step.WORKER: self.name, Step.PASSPHRASE: self.passphrase, Step.RECOVERY: self.check}
        if self.flow.step in focus:
            focus[self.flow.step].setFocus()

    def _problems(self, problems: list[Message]) -> None:
        show_error(self.error, [problem.render(lang()) for problem in problems])

    def next_step(self) -> None:
        step = self.flow.step
        if step is Step.WORKER:
            role = self.roles.checkedButton().property("role")
            self._problems(self.flow.set_worker(self.name.text(), role))
        elif step is Step.PASSPHRASE:
            self._problems(self.flow.set_passphrase(self.passphrase.text(), self.repeat.text()))
            if self.flow.step is Step.CREATING:
                self._create()
        elif step is Step.RECOVERY:
            self._problems(self.flow.confirm_recovery(self.check.text()))
            if self.flow.step is Step.DONE:
                self.code_label.clear()
                self.created.emit(self._vault)
                return
        self._show()

    def previous_step(self) -> None:
        self.flow.back()
        self._problems([])
        self._show()

    def _create(self) -> None:
        flow, folder, kdf = self.flow, self.folder, self._kdf
        self.passphrase.clear()
        self.repeat.clear()
        run_in_background(
            lambda: Vault.create(folder, flow.passphrase, flow.worker_name, flow.role, kdf=kdf),
            self._created, self._failed)

    def _created(self, result: tuple[Vault, str]) -> None:
        self._vault, code = result
        self.flow.vault_created(code)
        self.code_label.setText(code)
        self.check_label.setText(tr("Typ ter controle groep {n} van de code over (vier tekens):")
                                 .format(n=self.flow.check_group + 1))
        self._show()

    def _failed(self, error: Exception) -> None:
        self.flow.creation_failed()
        said = error.message if isinstance(error, KoersError) else str(error)
        self._problems([Message("desktop.first-run.vault-not-made", error=said)])
        self._show()
