"""Co-sign mode driven through the real widgets: synthetic pen strokes, frozen version, locked exit."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QPointingDevice, QTabletEvent, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.flows.signing import Step
from desktop.ui.i18n import install_language
from desktop.ui.signing_screen import SigningScreen
from desktop.ui.widgets.signature_pad import SignaturePad
from desktop.vault import FrozenPlanError
from exports.pdf_signing import verify_pdf
from forms import Action, Assessment, Evaluation, Goal, Participant, SubGoal, Trajectplan
from matrix.instruments import builtin
from tests.conftest import PASSPHRASE
from tests.exports.test_plan_pdf import pdf_text, signed_headings, signed_text


@pytest.fixture
def plan(vault):
    mira = Participant(roepnaam="Mira", preferred_language="en")
    other = Participant(roepnaam="Andere Deelnemer")
    start = dt.date.today() - dt.timedelta(days=3)
    plan = Trajectplan(
        participant_id=mira.id, worker=vault.worker_name, date=start, horizon=start + dt.timedelta(days=180),
        goals=[Goal(life_domain="huisvesting", text="A room of my own, with a contract in my name.", start=3,
                    target=8, deadline=start + dt.timedelta(days=120), agreed=True,
                    specific="Register at the housing site and visit two rooms",
                    subgoals=[SubGoal(text="Register at the housing site", start=2, target=6)],
                    actions=[Action(who="Mira", what="Bring ID to the town hall", by_when=start + dt.timedelta(days=14))]),
               Goal(life_domain="financien", text="Know what I owe <and> make a payment plan.", start=2, target=7)],
    )
    vault.save_all([mira, other, plan, Trajectplan(participant_id=other.id, goals=[Goal(text="Niet van Mira")])])
    return plan


def _draw(qtbot, pad: SignaturePad, y: int) -> None:
    """A mouse (or finger) stroke left to right, as a user would draw it."""
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(30, y))
    for x in range(40, 330, 10):
        QTest.mouseMove(pad, QPoint(x, y + (x // 10) % 7))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(330, y))


def _pen(pad: SignaturePad, points: list[tuple[int, int, float]]) -> None:
    """A pen stroke with pressure, sent as real QTabletEvents."""
    device = QPointingDevice.primaryPointingDevice()
    kinds = [QEvent.Type.TabletPress] + [QEvent.Type.TabletMove] * (len(points) - 2) + [QEvent.Type.TabletRelease]
    for kind, (x, y, pressure) in zip(kinds, points):
        local = QPointF(x, y)
        event = QTabletEvent(kind, device, local, pad.mapToGlobal(local), pressure, 0, 0, 0, 0, 0,
                             Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton)
        QApplication.sendEvent(pad, event)


def _screen(qtbot, vault, plan):
    screen = SigningScreen(vault, plan.id, lambda secret: secret == PASSPHRASE)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow, timeout=2000)  # shortcuts and mnemonics need an active window
    return screen


def test_cosign_with_pen_strokes_freezes_the_version(qtbot, vault, plan):
    screen = _screen(qtbot, vault, plan)
    text = screen.plan_text.text()
    assert "Plan of Mira" in text and "A room of my own" in text and "&lt;and&gt;" in text  # her words, escaped
    assert "Niet van Mira" not in text and "Andere Deelnemer" not in text
    assert screen.flow.step is Step.READ
    qtbot.mouseClick(screen.to_sign_button, Qt.MouseButton.LeftButton)
    assert "Sign here, Mira" == screen.signer_label.text()

    QTest.mouseClick(screen.pad, Qt.MouseButton.LeftButton, pos=QPoint(50, 50))  # a tap is not enough
    qtbot.mouseClick(screen.confirm_button, Qt.MouseButton.LeftButton)
    assert screen.message.text() == "Please draw your signature in the box."
    assert not vault.get(plan.id).frozen

    _draw(qtbot, screen.pad, 90)
    _pen(screen.pad, [(40, 140, 0.2), (120, 150, 0.7), (200, 130, 0.95), (300, 145, 0.4)])
    strokes = screen.pad.strokes()
    assert len(strokes) == 3 and {p.pressure for p in strokes[2]} == {0.2, 0.7, 0.95, 0.4}
    qtbot.mouseClick(screen.confirm_button, Qt.MouseButton.LeftButton)

    stored = vault.get(plan.id)
    assert stored.frozen and stored.signatures[0].role == "deelnemer" and stored.signatures[0].name == "Mira"
    assert stored.signatures[0].plan_hash == plan.plan_content_hash()
    assert screen.signer_label.text() == f"Now the case worker signs: {vault.worker_name}"
    with pytest.raises(FrozenPlanError):
        vault.save(stored.model_copy(update={"worker": "Iemand anders"}))

    _draw(qtbot, screen.pad, 120)
    screen.pad.undo_stroke()
    assert screen.pad.is_empty()
    _draw(qtbot, screen.pad, 100)
    qtbot.keyClick(screen, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # "&Done: case worker signs"
    qtbot.waitUntil(lambda: screen.flow.step is Step.DONE, timeout=2000)  # a mnemonic animates its click
    stored = vault.get(plan.id)
    assert [s.role for s in stored.signatures] == ["deelnemer", "begeleider"]
    assert screen.flow.step is Step.DONE and "Version 1 is now fixed" in screen.done_label.text()


def test_leaving_needs_the_passphrase(qtbot, vault, plan):
    screen = _screen(qtbot, vault, plan)
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert screen.unlock_panel.isVisible() and screen.isVisible()
    screen.close()
    assert screen.isVisible()

    qtbot.keyClicks(screen.secret, "raden maar")
    with qtbot.assertNotEmitted(screen.finished, wait=200):
        qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: screen.unlock_error.text() == "Dat klopt niet.", timeout=2000)
    assert screen.isVisible()
    assert screen.secret.text() == ""

    qtbot.keyClicks(screen.secret, PASSPHRASE)
    with qtbot.waitSignal(screen.finished, timeout=1000):
        qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    assert not screen.isVisible()


def test_leaving_checks_the_passphrase_off_the_ui_thread(qtbot, vault, plan):
    """Argon2 takes a second: on the UI thread the screen froze (issue 17)."""
    checked_on, release = [], threading.Event()

    def slow_check(secret):
        checked_on.append(threading.current_thread())
        release.wait(5)
        return secret == PASSPHRASE

    screen = SigningScreen(vault, plan.id, slow_check)
    qtbot.addWidget(screen)
    screen.show()
    screen.ask_unlock()
    qtbot.keyClicks(screen.secret, PASSPHRASE)
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)  # returns at once, while the check waits
    assert not screen.secret.isEnabled() and screen.unlock_error.text() == "Controleren…"
    with qtbot.waitSignal(screen.finished, timeout=3000):
        release.set()
    assert checked_on and checked_on[0] is not threading.main_thread()


def _reading_text(screen: SigningScreen) -> str:
    """The reading view as she sees it: the label's rich text as plain text."""
    document = QTextDocument()
    document.setHtml(screen.plan_text.text())
    return document.toPlainText()


def test_pdf_of_the_signed_plan(qtbot, vault, plan, tmp_path):
    """Issue 10 §6: every section the PDF prints up to the signatures was on her screen first,
    and what was recorded later (an evaluation, the matrix) follows the signatures."""
    ins = builtin()
    vault.save_all([Assessment(participant_id=plan.participant_id, instrument_id=ins.id,
                               instrument_version=ins.version, date=dt.date.today(),
                               scores={d: 2 for d in ins.domain_ids}),
                    Evaluation(participant_id=plan.participant_id, plan_id=plan.plan_id, date=dt.date.today(),
                               scores={plan.goals[0].id: 5})])
    screen = _screen(qtbot, vault, plan)
    seen = _reading_text(screen)
    for _ in range(2):
        if screen.flow.step is Step.READ:
            screen.to_sign_button.click()
        _draw(qtbot, screen.pad, 90)
        screen.confirm()
    assert screen.flow.step is Step.DONE and screen.pdf_button.isEnabled()
    out = tmp_path / "plan-1.pdf"
    screen.make_pdf(out)
    qtbot.waitUntil(lambda: "plan-1.pdf" in screen.pdf_status.text(), timeout=15000)
    result = verify_pdf(out.read_bytes())
    assert result.intact and result.plan_record_id == str(plan.id) and result.version == 1
    assert not list(tmp_path.glob(".koers-*"))  # no half-written temporary file left

    headings = signed_headings(out.read_bytes(), "en")
    assert headings == ["Plan of Mira", "Goal 1 · Housing", "Goal 2 · Finances", "Signatures"]
    assert all(heading in seen for heading in headings)
    signed = signed_text(out.read_bytes(), tmp_path, "en")
    for shown in ("Bring ID to the town hall", "Register at the housing site", "start 3 · goal 8",
                  "With these signatures we agree on this plan together."):
        assert shown in seen and shown in signed
    later = pdf_text(out.read_bytes(), tmp_path).split("Recorded after signing", 1)[1]
    assert "start 3 · now 5 · goal 8" in later and "Self-reliance" in later and "Self-reliance" not in seen


@pytest.fixture
def english_screens(qapp):
    assert install_language("en")
    yield
    install_language("nl")


@pytest.mark.parametrize("preferred, words, plan_of, sign_here", [
    ("ar", "I have read it", "Plan of Ioana", "Sign here, Ioana"),
    ("nl", "Ik heb het gelezen", "Plan van Ioana", "Teken hier, Ioana"),
    ("ro", "L-am citit", "Planul lui Ioana", "Semnează aici, Ioana"),
])
def test_cosign_mode_follows_the_chosen_language_unless_she_has_her_own(qtbot, vault, english_screens,
                                                                        preferred, words, plan_of, sign_here):
    """Issue 10 §5 and 16 §2: in the English interface co-sign mode speaks English, except to
    someone whose own language (Dutch, Romanian here) Koers has."""
    ioana = Participant(roepnaam="Ioana", preferred_language=preferred)
    plan = Trajectplan(participant_id=ioana.id, goals=[Goal(life_domain="werk_dagbesteding", text="Werk")])
    vault.save_all([ioana, plan])
    screen = _screen(qtbot, vault, plan)
    assert words in screen.to_sign_button.text()
    assert screen.leave_button.text() == "Close (case worker) – Esc"  # the worker's words: the interface's
    assert plan_of in _reading_text(screen)
    screen.to_sign_button.click()
    assert screen.signer_label.text() == sign_here


def test_she_can_switch_the_language_on_the_spot(qtbot, vault, plan):
    screen = _screen(qtbot, vault, plan)  # Mira prefers English
    names = [screen.language_box.itemText(i) for i in range(screen.language_box.count())]
    assert names == ["Nederlands", "English", "Română", "Български", "Magyar", "Polski", "Español", "Português",
                     "ไทย"]  # each in itself
    assert screen.language_box.currentText() == "English" and screen.language_label.text() == "&Language"
    qtbot.keyClick(screen, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # the keyboard reaches the list
    qtbot.waitUntil(screen.language_box.hasFocus, timeout=2000)
    qtbot.keyClick(screen.language_box, Qt.Key.Key_Up)  # English → Nederlands
    assert "Plan van Mira" in _reading_text(screen) and "Doel 1 · Huisvesting" in _reading_text(screen)
    assert screen.to_sign_button.text() == "Ik heb het gelezen: naar &tekenen"
    assert screen.language_label.text() == "T&aal"
    qtbot.keyClick(screen, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # the Dutch mnemonic works
    qtbot.waitUntil(lambda: screen.flow.step is Step.PARTICIPANT, timeout=2000)
    _draw(qtbot, screen.pad, 90)
    screen.language_box.setCurrentIndex(screen.language_box.findData("th"))
    assert screen.signer_label.text() == "Mira กรุณาลงชื่อที่นี่"
    assert screen.confirm_button.text() == "เสร็จแล้ว: ฉันลงชื่อ (&D)"
    assert not screen.pad.is_empty()  # switching keeps what she drew
    screen.language_box.setCurrentIndex(screen.language_box.findData("bg"))
    assert screen.lang == "bg" and "Цел 1 · Жилище" in _reading_text(screen)


def test_a_signed_plan_opens_on_the_done_page(qtbot, vault, plan):
    first = _screen(qtbot, vault, plan)
    first.to_sign_button.click()
    _draw(qtbot, first.pad, 90)
    first.confirm()
    again = _screen(qtbot, vault, plan)
    assert again.flow.step is Step.WORKER and not again.back_button.isVisible()
