"""Koers fits the laptops workers have: every screen, at 1280×720 (1920×1080 at 150%) and
1366×768, in Dutch, English and a pseudo-translation 40% longer. A text that does not fit its
widget, a widget that cannot be reached (see fit.py for how it measures), or two visible things
with the same Alt-key letter (mnemonics.py) fail the walk.

One session per language walks first run, unlock, the caseload, every dossier tab and intake
step, the plan's dialogs, co-sign mode (plain and in easy language) and the supervisor screens;
each state is measured at both sizes before moving on, so the walk stays a few seconds per language.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea, QWidget

from desktop.demo import demo_dossiers, demo_outreach
from desktop.ui.caseload_import_wizard import CaseloadImportWizard
from desktop.ui.key_moves import AcceptIntroductionDialog, IdentityDialog, IntroduceDialog
from desktop.ui.outreach_screen import OutreachScreen
from desktop.ui.plan_dialogs import EvaluationDialog
from desktop.ui.retention_dialog import RetentionReviewDialog
from desktop.ui.send_screen import SendScreen
from desktop.vault.documents import plan_pdf_job
from desktop.ui.i18n import install_language
from desktop.ui.main_window import ShortcutsDialog, opening_geometry
from desktop.ui.screenshots import SIZES as SCREENSHOT_SIZES
from desktop.ui.signing_screen import SigningScreen
from desktop.ui.style import apply_style
from desktop.ui.widgets.pictogram import ScaleBoxes
from desktop.ui.worker import tasks_running
from forms import Action, Goal, Intake, Participant, SubGoal, Trajectplan
from tests.desktop.gui.fit import PseudoTranslator, lengthen, problems
from tests.desktop.gui.mnemonics import mnemonic_clashes

# The inside of a maximised window: the screen less a taskbar (~40 px) and a title bar (~30 px).
SIZES = {screen: QSize(*inside) for screen, inside in SCREENSHOT_SIZES.items()}
SCREENS = {"1280x720": QSize(1280, 720), "1366x768": QSize(1366, 768)}
STRONG = "zonnige kat rent snel"


@pytest.fixture(params=["nl", "en", "pseudo"])
def language(request, qapp):
    font, palette = qapp.font(), qapp.palette()
    apply_style(qapp)  # as the app does: the style sheet sets padding and weights
    install_language("en" if request.param == "en" else "nl")
    pseudo = PseudoTranslator() if request.param == "pseudo" else None
    if pseudo:
        qapp.installTranslator(pseudo)
    yield request.param
    if pseudo:
        qapp.removeTranslator(pseudo)
    install_language("nl")
    qapp.setStyleSheet("")
    qapp.setFont(font)
    qapp.setPalette(palette)


class Walk:
    """Measures each state of the app at both sizes and keeps every problem found."""

    def __init__(self, qtbot, window: QWidget, tabs_may_scroll: bool = False):
        self.qtbot, self.window, self.found, self.tabs_may_scroll = qtbot, window, [], tabs_may_scroll
        self._seen: set[str] = set()

    def _add(self, where: str, lines: list[str]) -> None:
        for line in lines:  # a problem seen in one state is not repeated for the next
            if (where[:10], line) not in self._seen:
                self._seen.add((where[:10], line))
                self.found.append(f"{where}: {line}")

    def settle(self) -> None:
        """Every background load delivered, then events until no widget moves: a label filled by a
        load wraps only after the layout it asks for, so a fixed number of rounds measured too early."""
        self.qtbot.waitUntil(lambda: tasks_running() == 0, timeout=10_000)
        before = None
        for _ in range(20):
            QApplication.processEvents()
            now = [w.geometry() for w in self.window.findChildren(QWidget) if w.isVisible()]
            if now == before:
                return
            before = now

    def check(self, name: str, widget: QWidget | None = None) -> None:
        """The main window (or a full-screen widget) at both sizes."""
        widget = widget or self.window
        for size_name, size in SIZES.items():
            widget.resize(size)
            self.settle()
            big = widget.width() > size.width() or widget.height() > size.height()
            self._add(f"[{size_name}] {name}", [f"the window is {widget.width()}×{widget.height()}"] * big
                      + problems(widget, self.tabs_may_scroll) + mnemonic_clashes(widget))

    def check_dialog(self, name: str, dialog: QDialog) -> None:
        """A dialog at its own size, which must fit the smaller screen."""
        dialog.show()
        self.settle()
        screen = SCREENS["1280x720"]
        big = dialog.width() > screen.width() or dialog.height() > screen.height() - 70
        self._add(name, [f"the dialog is {dialog.width()}×{dialog.height()}"] * big
                  + problems(dialog, self.tabs_may_scroll) + mnemonic_clashes(dialog))


def _first_run(walk: Walk, qtbot, session) -> None:
    screen = session.first_run
    walk.check("first run")
    qtbot.keyClicks(screen.name, "Sanne de Vries")
    next(b for b in screen.roles.buttons() if b.property("role") == "supervisor").setChecked(True)
    screen.next_step()
    qtbot.keyClicks(screen.passphrase, "kort")
    walk.check("first run: a weak passphrase")
    screen.passphrase.setText(STRONG)
    screen.repeat.setText(STRONG)
    walk.check("first run: a strong passphrase")
    screen.next_step()
    qtbot.waitUntil(lambda: screen.code_label.text() != "", timeout=10_000)
    walk.check("first run: the recovery code")
    screen.check.setText(screen.code_label.text().split("-")[screen.flow.check_group])
    screen.next_step()
    assert session.workspace is not None


def _caseload(walk: Walk, session) -> None:
    walk.check("caseload, empty")
    session.vault.save_all([r for d in demo_dossiers() for r in d.records()])
    session.workspace.caseload.refresh()
    session.window.show_workspace()
    agenda = session.workspace.agenda
    assert agenda.isVisible() and agenda.model.group(False).rowCount() and agenda.model.group(True).rowCount()
    walk.check("caseload with the agenda")
    dialog = session.workspace.caseload.new_participant()
    dialog.add()
    walk.check_dialog("new participant", dialog)
    dialog.reject()
    settings = session.open_settings()
    walk.check_dialog("settings", settings)
    settings.reject()
    shortcuts = ShortcutsDialog(session.window)
    walk.check_dialog("shortcuts", shortcuts)
    shortcuts.reject()


def _app_dialogs(walk: Walk, session, tmp_path) -> None:
    """Everything issue 17 put in the app: Sleutels and what it opens, the Kluis menu, the PDF
    check (with a verdict), the caseload import wizard and the send screen."""
    keys = session.open_keys()
    walk.check_dialog("keys", keys)
    for name, dialog in (("trust a key", keys.open_trust_dialog()),
                         ("introduce a laptop", IntroduceDialog(session.vault, keys)),
                         ("accept an introduction", AcceptIntroductionDialog(session.vault, keys)),
                         ("emergency key", IdentityDialog(session.vault, keys))):
        walk.check_dialog(name, dialog)
        dialog.reject()
    keys.reject()
    actions = session.vault_actions
    for name, dialog in (("passphrase change", actions.change_passphrase()), ("backups", actions.open_backups()),
                         ("instruments", actions.open_instruments())):
        walk.check_dialog(name, dialog)
        dialog.reject()
    ioana = session.vault.dossier(next(p.id for p in session.vault.participants() if p.roepnaam == "Ioana"))
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(plan_pdf_job(session.vault, next(p for p in ioana.plans if p.frozen)).render())
    verify = actions.open_verify_pdf()
    verify.check(pdf)
    walk.qtbot.waitUntil(lambda: not verify.busy, timeout=10_000)
    walk.check_dialog("verify a signed PDF", verify)
    verify.reject()
    session.window.actions["import_caseload"].trigger()
    wizard = session.window.findChild(CaseloadImportWizard)
    walk.check_dialog("caseload import wizard", wizard)
    wizard.reject()
    send = SendScreen(session.vault)
    session.window.show_page(send, "send")
    walk.check("send to the supervisor")
    session.window.show_workspace()
    session.window.remove_page(send)


def _outreach(walk: Walk, session) -> None:
    """Veldwerk (issue 14 §4): empty, with contacts, a form with its problems, a row chosen."""
    screen = OutreachScreen(session.vault)
    session.window.show_page(screen, "veldwerk")
    walk.check("veldwerk, empty")
    session.vault.save_all(demo_outreach())
    screen.reload()
    screen.form.set_values({"people": "", "asked_to_start": "3"})
    screen.save()
    walk.check("veldwerk: a form with problems")
    screen.table.selectRow(0)
    walk.check("veldwerk: editing a contact")
    session.window.show_workspace()
    session.window.remove_page(screen)


def _dossier_tabs(walk: Walk, session, participant_id) -> None:
    screen = session.workspace.open_dossier(participant_id)
    name = screen.name.text()
    for index in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(index)
        walk.check(f"{name}: tab {index + 1}")
    screen.overview.phase_date.setText("gisteren")
    screen.overview.save_phase()
    walk.check(f"{name}: a phase with a wrong date")
    screen.tabs.setCurrentIndex(1)
    for step in ("deelnemer", "aanmelding", "intake", "controle"):
        screen.intake.flow.go(step)
        screen.intake._show_step()
        walk.check(f"{name}: intake step {step}")
    screen.tabs.setCurrentIndex(2)
    _all_domains_shown(walk, session, screen.matrix.grid)
    screen.matrix.views.setCurrentIndex(1)
    walk.check(f"{name}: matrix history")
    screen.matrix.views.setCurrentIndex(0)
    for index in (4, 5, 6):
        screen.tabs.setCurrentIndex(index)
        log = screen.page(("contacts", "referrals", "consent")[index - 4])
        log.save()  # the empty form shows its problems under the fields
        walk.check(f"{name}: tab {index + 1} with problems")
        if log.model.rowCount():
            log.table.selectRow(0)
            walk.check(f"{name}: tab {index + 1} editing a row")


def _cells_whole(table) -> list[str]:
    """Cells whose text does not fit: a word (or, without wrapping, the whole text) wider than
    its column, or a row lower than its wrapped text needs. Such a cell shows "…"."""
    cut, metrics, model = [], table.fontMetrics(), table.model()
    for row in range(model.rowCount()):
        if table.sizeHintForRow(row) > table.rowHeight(row):
            cut.append(f"row {row} needs {table.sizeHintForRow(row)} px, has {table.rowHeight(row)}")
        for column in range(model.columnCount()):
            words = str(model.index(row, column).data() or "")
            pieces = words.split() if table.wordWrap() else [words]
            widest = max((metrics.horizontalAdvance(piece) for piece in pieces), default=0)
            if not table.isColumnHidden(column) and widest + 6 > table.columnWidth(column):
                cut.append(f"cell {row},{column} cut off: {words!r}")
    return cut


def _her_rights(walk: Walk, session, people) -> None:
    """Issue 12: the consent log of a dossier with a withdrawn consent (given / withdrawn whole),
    and the retention review of the dossiers past their term (Mirjam in the demo)."""
    screen = session.workspace.open_dossier(people["Ștefania"])
    screen.tabs.setCurrentIndex(6)
    log = screen.page("consent")
    walk.check("Ștefania: consents")
    for size_name, size in SIZES.items():
        walk.window.resize(size)
        walk.settle()
        walk._add(f"[{size_name}] Ștefania: consent cells", _cells_whole(log.table))
    caseload = session.workspace.caseload
    session.window.show_workspace()
    dialog = caseload.review_retention()
    assert isinstance(dialog, RetentionReviewDialog) and dialog.table.rowCount() >= 1
    walk.check_dialog("retention review", dialog)
    dialog.table.selectRow(0)
    walk.check_dialog("retention review, a dossier chosen", dialog)
    dialog.reject()


def _all_domains_shown(walk: Walk, session, grid) -> None:
    """All 13 domains of the matrix in view at once, without scrolling the grid."""
    for size_name, size in SIZES.items():
        session.window.resize(size)
        walk.settle()
        if grid.rowCount() and grid.verticalScrollBar().maximum() > 0:
            walk.found.append(f"[{size_name}] the matrix scrolls: not all {grid.rowCount()} domains are in view")


def _plan(walk: Walk, session, participant_id) -> None:
    screen = session.workspace.open_dossier(participant_id)
    screen.tabs.setCurrentIndex(3)
    plan_tab = screen.plan
    for index in range(plan_tab.versions.count()):
        plan_tab.versions.setCurrentIndex(index)
        plan_tab.versions.activated.emit(index)
        walk.check(f"plan version {index + 1}")
    evaluation = EvaluationDialog(plan_tab.plan, plan_tab.dossier.evaluations_of(plan_tab.plan.plan_id), plan_tab)
    walk.check_dialog("evaluation", evaluation)
    evaluation.reject()

    def look_at_drafts() -> None:
        dialog = getattr(plan_tab, "draft_dialog", None)
        if dialog is not None and dialog.isVisible():
            walk.check_dialog("goals from the matrix", dialog)
            dialog.reject()

    QTimer.singleShot(50, look_at_drafts)
    plan_tab.propose_goals()


LONG_LANGUAGES = ("hu", "pl", "pt", "bg", "th")  # co-sign mode's longest button rows


def _draw(pad) -> None:
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(30, 60))
    for x in range(40, 330, 10):
        QTest.mouseMove(pad, QPoint(x, 60 + (x // 10) % 7))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(330, 60))


def _co_sign(walk: Walk, session, participant_id) -> None:
    dossier = session.vault.dossier(participant_id)
    unsigned = next(p for p in dossier.plans if not p.frozen)
    signing = SigningScreen(session.vault, unsigned.id, lambda secret: secret == STRONG)
    walk.qtbot.addWidget(signing)
    signing.show()
    walk.check("co-sign: reading", signing)
    signing.to_sign_button.click()
    first = signing.lang
    for lang in (first, *LONG_LANGUAGES):  # her language: the longest words must fit too
        signing.set_language(lang)
        walk.check(f"co-sign: she signs ({lang})", signing)
    signing.set_language(first)
    for _signer in ("deelnemer", "begeleider"):
        _draw(signing.pad)
        signing.confirm()
        if signing.flow.signer:
            for lang in LONG_LANGUAGES:
                signing.set_language(lang)
                walk.check(f"co-sign: the worker signs ({lang})", signing)
            signing.set_language(first)
        walk.check("co-sign: after a signature", signing)
    signing.ask_unlock()
    signing.secret.setText("fout")
    signing.try_unlock()
    walk.qtbot.waitUntil(lambda: signing.secret.isEnabled(), timeout=3000)
    walk.check("co-sign: the unlock panel", signing)
    signing.secret.setText(STRONG)
    with walk.qtbot.waitSignal(signing.finished, timeout=3000):
        signing.try_unlock()


def _co_sign_easy(walk: Walk, session) -> None:
    """Easy language (her intake names `lvb`): larger type, a pictogram per goal, the scale as ten
    boxes, B1 words on the buttons; in the screen's language and in the longest ones."""
    her = Participant(roepnaam="Lan")
    day = dt.date.today()
    housing = Goal(life_domain="huisvesting", text="Ik wil een eigen kamer met een huurcontract op mijn naam.",
                   start=3, target=8, agreed=True, specific="Inschrijven bij woningnet en twee kamers bekijken",
                   deadline=day + dt.timedelta(days=120),
                   subgoals=[SubGoal(text="Inschrijven bij woningnet", start=2, target=6)],
                   actions=[Action(who="Lan", what="Identiteitsbewijs meenemen", by_when=day + dt.timedelta(days=14))])
    money = Goal(life_domain="financien", text="Ik wil weten hoeveel schuld ik heb.", start=2, target=7)
    plan = Trajectplan(participant_id=her.id, worker="Sanne de Vries", date=day, horizon=day + dt.timedelta(days=180),
                       goals=[housing, money])
    session.vault.save_all([her, plan, Intake(participant_id=her.id, conditions=["lvb"])])
    signing = SigningScreen(session.vault, plan.id, lambda secret: secret == STRONG)
    walk.qtbot.addWidget(signing)
    signing.show()
    assert signing.easy
    first = signing.lang
    for lang in (first, *LONG_LANGUAGES):
        signing.set_language(lang)
        walk.check(f"co-sign, easy language: reading ({lang})", signing)
        signing.findChild(QScrollArea).ensureWidgetVisible(signing.findChildren(ScaleBoxes)[0], 0, 40)
        walk.check(f"co-sign, easy language: a goal's ten boxes ({lang})", signing)
    signing.set_language(first)
    signing.to_sign_button.click()
    for lang in (first, *LONG_LANGUAGES):
        signing.set_language(lang)
        walk.check(f"co-sign, easy language: she signs ({lang})", signing)
    signing.set_language(first)
    signing.lock.open = True  # the worker's passphrase panel is the same as in plain co-sign mode
    signing.close()


def _supervisor(walk: Walk, session, tmp_path) -> None:
    session.window.show_supervisor()
    screens = session.supervisor_screens
    bad = tmp_path / "kapot.koers"
    bad.write_bytes(b"not a bundle")
    screens.import_screen.import_file(bad)
    walk.qtbot.waitUntil(lambda: not screens.import_screen.busy, timeout=10_000)
    walk.check("supervisor: a refused bundle")
    session.window.supervisor.setCurrentWidget(screens.overview)
    walk.qtbot.waitUntil(lambda: screens.overview.settled and screens.overview.worker_model.rowCount() > 0,
                         timeout=10_000)
    walk.check("supervisor: caseload per worker")
    session.window.supervisor.setCurrentWidget(screens.report)
    screens.report.compute()
    walk.qtbot.waitUntil(lambda: screens.report.report is not None and not screens.report.busy, timeout=10_000)
    for row in (0, 2, 7):  # key figures, outcomes with "<5" and percentages, the longest titles
        screens.report.table_list.setCurrentRow(row)
        walk.check(f"supervisor: report table {row + 1}")


def test_every_screen_fits_both_laptops(qtbot, make_session, vault_dir, tmp_path, language):
    session = make_session(vault_dir)
    walk = Walk(qtbot, session.window, tabs_may_scroll=language == "pseudo")
    _first_run(walk, qtbot, session)
    _caseload(walk, session)
    _app_dialogs(walk, session, tmp_path)
    _outreach(walk, session)
    people = {p.roepnaam: p.id for p in session.vault.participants()}
    _dossier_tabs(walk, session, people["Jasmijn"])  # just registered: the empty states
    _dossier_tabs(walk, session, people["Ioana"])  # a whole traject: signed plan, a newer draft
    _her_rights(walk, session, people)
    _plan(walk, session, people["Ioana"])
    _co_sign(walk, session, people["Ioana"])
    _co_sign_easy(walk, session)
    _supervisor(walk, session, tmp_path)
    session.lock()
    session.unlock_screen.passphrase.setText("niet het goede")
    session.unlock_screen.submit()
    qtbot.waitUntil(lambda: session.unlock_screen.error.isVisible(), timeout=10_000)
    walk.check("unlock: a wrong passphrase")
    assert not walk.found, f"{len(walk.found)} problems in {language}:\n" + "\n".join(walk.found)


def test_the_pseudo_translation_is_40_percent_longer_and_keeps_its_markers():
    assert lengthen("&Opslaan") .startswith("&Opslaan ")
    assert len(lengthen("Nieuwe deelnemer")) >= len("Nieuwe deelnemer") * 1.4
    assert lengthen("&Datum:").endswith(":") and lengthen("Instellingen…").endswith("…")
    assert lengthen("&Nieuwe deelnemer\tCtrl+N").endswith("\tCtrl+N")
    assert lengthen("Groep {n} van %1.").count("{n}") == 1 and lengthen("Groep {n} van %1.").endswith(".")


@pytest.mark.parametrize(("available", "maximised"), [
    (QRect(0, 0, 1280, 688), True),  # 1920×1080 at 150%, less a 32-pixel taskbar
    (QRect(0, 0, 1366, 728), True),  # 1366×768 at 100%, less a 40-pixel taskbar
    (QRect(0, 0, 1920, 1040), False),
    (QRect(1920, 0, 2560, 1400), False),  # a second, larger screen to the right
])
def test_the_window_opens_within_the_available_screen(available, maximised):
    rect, is_maximised = opening_geometry(available)
    assert is_maximised == maximised
    assert available.contains(rect)
    if not maximised:
        assert rect.size() == QSize(1280, 760) and rect.center() == available.center()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_radar_labels_are_whole_where_there_is_room_and_the_chart_stays_readable(qtbot, lang):
    from desktop.ui.widgets.radar_chart import MIN_RADIUS, RadarChart
    from matrix.instruments import builtin

    instrument = builtin()
    chart = RadarChart()
    qtbot.addWidget(chart)
    chart.set_data([instrument.domain_name(d, lang) for d in instrument.domain_ids], [3] * len(instrument.domain_ids))
    chart.resize(480, 420)  # the chart's panel on a wider screen
    assert [shown.replace("\n", " ") for shown in chart.label_texts()] == chart.labels  # whole, on 1–2 lines
    chart.resize(267, 343)  # its panel at 1280×720: labels may elide, the shape may not shrink to a dot
    assert chart.radius() >= MIN_RADIUS


def test_the_team_screens_fit_both_laptops(qtbot, make_session, locked_vault_dir, tmp_path, language):
    """Issue 14 §1-2 in a worker's vault: settings with the team's rule, the sociale kaart (adding,
    changing her own), Overdragen… and a handed-over dossier with its note and Kopie wissen…."""
    from desktop.ui.handover_dialog import HandoverDialog
    from desktop.vault.handover import hand_over, set_team_shares
    from desktop.vault.trust import own_public_key, trust_key
    from exports.bundle import PublicKey
    from forms import KaartEntry
    from tests.desktop.gui.conftest import unlock
    from tests.desktop.gui.test_supervisor import _vault

    session = make_session(locked_vault_dir)
    unlock(qtbot, session)
    vault, walk = session.vault, Walk(qtbot, session.window, tabs_may_scroll=language == "pseudo")
    bea = _vault(tmp_path / "bea", "Bea Begeleider", "begeleider")
    trust_key(vault, PublicKey.from_file(own_public_key(bea).to_file()), "begeleider")
    bea.close()
    vault.save_all([r for d in demo_dossiers() for r in d.records()])
    vault.save_all([KaartEntry(name="Schuldhulpmaatje Amsterdam-Zuidoost", kind="schulden", waiting_days=28,
                               offers="Hulp bij schulden en post", languages=["nl", "en", "ro"],
                               contact_person="Fatima el Amrani", phone="020 555 1234"),
                    KaartEntry(name="Buurthuis", kind="werk")])
    settings = session.open_settings()
    walk.check_dialog("settings with the team's rule", settings)
    settings.reject()
    kaart = session.worker_screens.kaart
    kaart.reload()
    session.window.show_page(kaart, "kaart")
    walk.check("sociale kaart")
    kaart.table.selectRow(0)
    walk.check("sociale kaart: changing her own")
    session.window.show_workspace()
    people = {p.roepnaam: p.id for p in vault.participants()}
    dialog = HandoverDialog(vault, people["Ioana"], session.window)
    walk.check_dialog("Overdragen…", dialog)
    dialog.reject()
    set_team_shares(vault, True)
    hand_over(vault, people["Ioana"], "Bea Begeleider")
    screen = session.workspace.open_dossier(people["Ioana"])
    walk.check("a handed-over dossier")
    box = screen.ask_erase_copy()
    walk.check_dialog("Kopie wissen", box)
    box.reject()
    assert not walk.found, f"{len(walk.found)} problems in {language}:\n" + "\n".join(walk.found)
