"""Ondertekenen: the full-screen co-sign mode the worker hands to the participant.

Shows only her plan, in large type, in her language (or the worker's, when Koers lacks hers;
a list names every language Koers has for her, each in itself): exactly what the PDF prints
above the signatures (exports.plan_content). She signs, then the
worker signs; the version freezes with her signature. Leaving needs the worker's secret
(`unlock_check`), so Escape, Alt+F4 or closing the window only open the unlock panel
(desktop.ui.signing_exit).
Show it with `showFullScreen()`; as a top-level application-modal window it keeps the
rest of Koers (other dossiers) out of reach while she holds the laptop.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QStackedWidget,
    QVBoxLayout, QWidget,
)

from desktop.flows.signing import ExitLock, SigningFlow, Step, language_choices, signing_language, word
from desktop.ui.i18n import lang as screen_language
from desktop.ui.signing_exit import SigningExit
from desktop.ui.signing_reading import (
    closing_html, easy_goal_html, easy_heading, easy_type, head_html, load_script_fonts, plan_html, rich,
)
from desktop.ui.widgets.pictogram import ScaleBoxes
from desktop.ui.widgets.signature_pad import SignaturePad
from desktop.ui.worker import run_in_background
from desktop.vault import FrozenPlanError
from desktop.vault.documents import plan_pdf_job
from desktop.vault.paths import atomic_write
from exports.pdf_text import long_date, text
from exports.plan_content import SignedPart, signed_part

BODY_PT = 17
HEADING_PT = 24


def _plain(text: str) -> str:
    return text.replace("&", "")


class SigningScreen(SigningExit, QWidget):
    """Co-sign mode for one plan version. `finished` fires once the worker unlocked it."""

    finished = Signal()

    def __init__(self, vault, plan_record_id: UUID, unlock_check: Callable[[str], bool],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowTitle("Koers")
        load_script_fonts()
        self._vault = vault
        plan = vault.get(plan_record_id)
        dossier = vault.dossier(plan.participant_id)
        participant = dossier.participant
        self.lang = signing_language(participant, screen_language())
        self.easy = dossier.easy_language
        self._participant = participant
        self._worded: dict[QPushButton, str] = {}
        self.flow = SigningFlow(plan, participant.roepnaam, plan.worker or vault.worker_name,
                                lambda signature: vault.sign_plan(plan_record_id, signature))
        self.lock = ExitLock(unlock_check)
        font = QFont(self.font())
        font.setPointSize(BODY_PT)
        self.setFont(font)
        self._pages = QStackedWidget()
        self._pages.addWidget(self._reading_page())
        self._pages.addWidget(self._signing_page())
        self._pages.addWidget(self._done_page())
        outer = QVBoxLayout(self)
        outer.addLayout(self._top_bar())
        outer.addWidget(self._pages, 1)
        outer.addWidget(self._unlock_panel())
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.ask_unlock)
        self._show_step()

    # --- pages -----------------------------------------------------------------------
    def _button(self, text: str, slot, primary: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(_plain(text))
        button.setMinimumHeight(52)
        button.clicked.connect(slot)
        if primary:
            button.setStyleSheet(
                f"QPushButton {{ background: #1f5fbf; color: white; padding: 8px 22px; font-size: {BODY_PT}pt;"
                " font-weight: bold; border: 3px solid #1f5fbf; border-radius: 6px }"
                " QPushButton:disabled { background: #9db3d6; border-color: #9db3d6 }"
                " QPushButton:focus { border-color: #f0b400 }")
        return button

    def _worded_button(self, key: str, slot, primary: bool = False) -> QPushButton:
        """A button in her words: `_retext` keeps it in the language on screen."""
        button = self._button(self._word(key), slot, primary)
        self._worded[button] = key
        return button

    def _top_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.addStretch(1)
        small = QFont(self.font())
        small.setPointSize(11)
        self.leave_button = QPushButton(self.tr("Sluiten (begeleider) – Esc"))
        self.leave_button.setFont(small)
        self.leave_button.setAccessibleName(self.tr("Sluiten: alleen met wachtwoord of pincode van de begeleider"))
        self.leave_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.leave_button.clicked.connect(self.ask_unlock)
        # Each language named in itself, so she finds hers without reading another one.
        self.language_box = QComboBox()
        self.language_box.setFont(small)
        for code, name in language_choices():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(self.language_box.findData(self.lang))
        self.language_box.currentIndexChanged.connect(
            lambda index: self.set_language(self.language_box.itemData(index)))
        self.language_label = QLabel()
        self.language_label.setFont(small)
        self.language_label.setBuddy(self.language_box)
        bar.addWidget(self.language_label)
        bar.addWidget(self.language_box)
        bar.addWidget(self.leave_button)
        return bar

    def _reading_page(self) -> QWidget:
        self.plan_text = QLabel()
        self.plan_text.setWordWrap(True)
        self.plan_text.setTextFormat(Qt.TextFormat.RichText)
        self.plan_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.plan_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.plan_text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.plan_text.setContentsMargins(24, 8, 24, 8)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Lines of at most ~70 characters read easily, also on a wide screen.
        column = QWidget()
        column.setMaximumWidth(self.fontMetrics().averageCharWidth() * 72)
        self.reading = QVBoxLayout(column)
        self.reading.addWidget(self.plan_text)
        self.reading.addStretch(1)
        holder = QWidget()
        centre = QHBoxLayout(holder)
        centre.addStretch(1)  # stretches, not an alignment: the column's wrapped labels keep their height
        centre.addWidget(column, 100)
        centre.addStretch(1)
        scroll.setWidget(holder)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.to_sign_button = self._worded_button("to_sign", self._to_signing, primary=True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(scroll, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.to_sign_button)
        layout.addLayout(row)
        return page

    def _signing_page(self) -> QWidget:
        self.signer_label = QLabel()
        heading = QFont(self.font())
        heading.setPointSize(HEADING_PT)
        heading.setBold(True)
        self.signer_label.setFont(heading)
        self.agree_label = QLabel(self._word("agree"))
        self.agree_label.setWordWrap(True)
        self.pad = SignaturePad()
        self.pad.changed.connect(self._ink_changed)
        self.message = QLabel()
        self.message.setStyleSheet("color: #a3261b")
        self.clear_button = self._worded_button("clear", self.pad.clear)
        self.undo_button = self._worded_button("undo", self.pad.undo_stroke)
        self.back_button = self._worded_button("back", self._to_reading)
        self.confirm_button = self._worded_button("confirm", self.confirm, primary=True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.signer_label)
        layout.addWidget(self.agree_label)
        layout.addWidget(self.pad, 1)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        for button in (self.back_button, self.clear_button, self.undo_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.confirm_button)
        layout.addLayout(row)
        return page

    def _done_page(self) -> QWidget:
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.setTextFormat(Qt.TextFormat.RichText)
        self.done_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pdf_button = self._button(self.tr("&PDF maken"), self._ask_pdf_path)
        self.pdf_button.setToolTip(self.tr("Het ondertekende plan als PDF opslaan (Alt+P)"))
        self.pdf_status = QLabel()
        self.pdf_status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pdf_status.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.done_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.pdf_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.pdf_status)
        layout.addStretch(2)
        return page

    # --- steps -----------------------------------------------------------------------
    def _show_step(self) -> None:
        step = self.flow.step
        if step is Step.READ:
            self._pages.setCurrentIndex(0)
        elif step in (Step.PARTICIPANT, Step.WORKER):
            role, _name = self.flow.signer
            self._worded[self.confirm_button] = "confirm" if role == "deelnemer" else "confirm_worker"
            self.back_button.setVisible(role == "deelnemer")
            self.agree_label.setVisible(role == "deelnemer")
            self.pad.clear()
            self.message.clear()
            self._pages.setCurrentIndex(1)
        else:
            self._pages.setCurrentIndex(2)
        self._retext()
        self._focus_step()

    def _focus_step(self) -> None:
        """The keyboard rests on what the step asks for: read on, draw, or make the PDF."""
        page = self._pages.currentIndex()
        (self.to_sign_button, self.pad, self.pdf_button)[page].setFocus()

    def _retext(self) -> None:
        """Every word of the steps in `self.lang`; a drawing on the pad stays."""
        for button, key in self._worded.items():
            button.setText(self._word(key))
            button.setAccessibleName(_plain(self._word(key)))
        self.language_label.setText(self._word("language"))
        self.language_box.setAccessibleName(_plain(self._word("language")))
        self.agree_label.setText(self._word("agree"))
        self._fill_reading()
        if self.flow.signer:
            role, name = self.flow.signer
            self.signer_label.setText(self._word("sign_here" if role == "deelnemer" else "worker_signs", name=name))
        if self.flow.step is Step.DONE:
            self.done_label.setText(self._done_html())

    def _fill_reading(self) -> None:
        """The reading page: one text, or in easy language each goal with its pictogram and
        its scale as ten boxes (the same drawings as the PDF's)."""
        part = self.part()
        while self.reading.count() > 2:  # the plan text and the closing stretch stay
            old = self.reading.takeAt(1).widget()
            old.hide()
            old.setParent(None)  # gone from the page now, not at the next event loop turn
            old.deleteLater()
        if not self.easy:
            self.plan_text.setText(plan_html(part, self._word("agree")))
            return
        self.plan_text.setText(easy_type(head_html(part)))
        words = {"start": text("start", self.lang), "now": text("current", self.lang),
                 "target": text("target", self.lang)}
        widgets: list[QWidget] = []
        for goal in part.goals:
            parts, scale, rows = easy_goal_html(goal)
            widgets += [easy_heading(goal, self.font(), HEADING_PT), rich(parts), rich(scale),
                        ScaleBoxes(goal.start, goal.target, words, goal.scale.value), rich(rows)]
        widgets.append(rich(closing_html(part, self._word("agree"))))
        for index, widget in enumerate(widgets, start=1):
            self.reading.insertWidget(index, widget)

    def _word(self, key: str, **params: object) -> str:
        return word(key, self.lang, self.easy, **params)

    def part(self) -> SignedPart:
        """What she reads (and signs) in the language on screen."""
        return signed_part(self._participant, self.flow.plan, self.lang, easy=self.easy)

    def set_language(self, lang: str) -> None:
        """Her plan and these steps in `lang`; a PDF made here follows. A drawing on the pad stays."""
        if lang == self.lang:
            return
        self.lang = lang
        self.language_box.setCurrentIndex(self.language_box.findData(lang))
        self.message.clear()
        self._retext()

    def _done_html(self) -> str:
        plan = self.flow.plan
        lines = [f"<h1>{escape(self._word('done'))}</h1>",
                 f"<p>{escape(self._word('frozen', version=plan.version))}</p>".replace("\n", "<br>")]
        for signature in plan.signatures:
            day = signature.signed_at.astimezone().date()
            said = self._word("signed_by", name=signature.name, date=long_date(day, self.lang))
            lines.append(f"<p>{escape(said)}</p>")
        return "".join(lines)

    def _to_signing(self) -> None:
        self.flow.to_signing()
        self._show_step()

    def _to_reading(self) -> None:
        self.flow.back_to_reading()
        self._show_step()

    def _ink_changed(self) -> None:
        self.message.clear()

    def confirm(self) -> None:
        """Sign with what is on the pad; a tap or an empty pad asks her to sign again."""
        strokes = self.pad.strokes()
        if not self.flow.enough_ink(strokes):
            self.message.setText(self._word("too_little"))
            return
        try:
            self.flow.submit(strokes)
        except FrozenPlanError as error:  # changed elsewhere since the screen opened
            self.message.setText(str(error))
            return
        self._show_step()

    # --- the PDF ---------------------------------------------------------------------
    def _ask_pdf_path(self) -> None:
        # A neutral file name: nothing on it names her or the programme.
        suggested = str(Path.home() / f"plan-{self.flow.plan.version}.pdf")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("PDF opslaan"), suggested, "PDF (*.pdf)")
        if path:
            self.make_pdf(Path(path))

    def make_pdf(self, path: Path) -> None:
        """Render the plan in her language, sign it with the worker's certificate, write `path`.

        The vault is read here, on the UI thread; rendering, signing and writing run in the
        background (desktop.ui.worker) and touch no widget and no database.
        """
        vault, plan = self._vault, self.flow.plan
        job = plan_pdf_job(vault, plan, lang=self.lang)  # read here; rendered off the screen thread

        def work() -> Path:
            atomic_write(path, job.render())
            return path

        self.pdf_button.setEnabled(False)
        self.pdf_status.setText(self.tr("PDF wordt gemaakt…"))
        run_in_background(work, self._pdf_done, self._pdf_failed)

    def _pdf_done(self, path: Path) -> None:
        self._vault.log("export_pdf", self.flow.plan.KIND, self.flow.plan.id)
        self.pdf_button.setEnabled(True)
        self.pdf_status.setText(self.tr("PDF opgeslagen: %1").replace("%1", path.name))

    def _pdf_failed(self, error: Exception) -> None:
        self.pdf_button.setEnabled(True)
        self.pdf_status.setText(self.tr("De PDF kon niet worden gemaakt: %1").replace("%1", str(error)))
