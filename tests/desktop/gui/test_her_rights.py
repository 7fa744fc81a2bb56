"""Retention and her own copy through the real widgets: the caseload counts the dossiers past
their term, the review keeps one with a reason; a closed dossier says until when it is kept;
opening a dossier is logged; *Haar gegevens…* writes her copy as a PDF."""

from __future__ import annotations

import datetime as dt
import subprocess

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from desktop.ui.models.caseload_model import short_date
from desktop.ui.retention_dialog import RetentionReviewDialog
from desktop.vault import Vault
from forms import Participant, PhaseChange
from forms.retention import months_later
from tests.conftest import PASSPHRASE, require_tool
from tests.desktop.gui.conftest import unlock

LEFT = Qt.MouseButton.LeftButton
TODAY = dt.date.today()


def _fill(folder, people: list[tuple[str, int | None]]) -> dict[str, Participant]:
    """Participants closed `days` ago (None: still running)."""
    vault, made = Vault.open(folder, PASSPHRASE), {}
    for name, days in people:
        person = made[name] = Participant(roepnaam=name)
        steps = [PhaseChange(participant_id=person.id, phase="aanmelding", date=TODAY - dt.timedelta(days=1500))]
        if days is not None:
            steps.append(PhaseChange(participant_id=person.id, phase="afgesloten", date=TODAY - dt.timedelta(days=days)))
        vault.save_all([person, *steps])
    vault.close()
    return made


def test_the_review_keeps_each_dossier_past_its_term_with_a_reason(qtbot, make_session, locked_vault_dir):
    made = _fill(locked_vault_dir, [("Mirjam", 900), ("Ana", 800), ("Ioana", None)])
    session = make_session(locked_vault_dir)
    caseload = unlock(qtbot, session).caseload
    assert caseload.retention_button.isVisibleTo(caseload)
    assert caseload.retention_button.text() == "Bewaartermijn om: 2"
    qtbot.mouseClick(caseload.retention_button, LEFT)
    dialog = caseload.findChild(RetentionReviewDialog)
    assert dialog is not None and dialog.isVisible() and dialog.table.rowCount() == 2
    assert dialog.table.item(0, 0).text() == "Mirjam"  # the longest past its term first
    qtbot.mouseClick(dialog.keep_button, LEFT)
    assert dialog.error.isVisibleTo(dialog) and "waarom" in dialog.error.text()
    qtbot.keyClicks(dialog.reason, "Lopende aangifte; de politie kan het dossier opvragen.")
    qtbot.mouseClick(dialog.keep_button, LEFT)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "Ana"
    assert "Mirjam wordt langer bewaard" in dialog.done_label.text()
    assert caseload.retention_button.text() == "Bewaartermijn om: 1"
    qtbot.keyClicks(dialog.reason, "Klacht in behandeling.")
    qtbot.mouseClick(dialog.keep_button, LEFT)
    assert dialog.table.rowCount() == 0 and dialog.done_label.text() == "Alle dossiers zijn nagekeken."
    dialog.reject()
    assert not caseload.retention_button.isVisibleTo(caseload)
    vault = session.vault
    assert vault.db.execute("SELECT count(*) FROM audit WHERE action = 'retention-keep'").fetchone()[0] == 2
    kept = vault.dossier(made["Mirjam"].id).retention_reviews
    assert [r.keep_until for r in kept] == [months_later(dt.date.today(), 12)]
    assert vault.audit_broken_at() is None


def test_a_closed_dossier_says_until_when_it_is_kept_and_opening_it_is_logged(qtbot, make_session,
                                                                              locked_vault_dir):
    made = _fill(locked_vault_dir, [("Mirjam", 900), ("Ana", 30), ("Ioana", None)])
    session = make_session(locked_vault_dir)
    workspace = unlock(qtbot, session)
    caseload = workspace.caseload
    for name, expected in (("Mirjam", "Bewaartermijn voorbij sinds "
                                      f"{short_date(months_later(TODAY - dt.timedelta(days=900), 24))}"),
                           ("Ana", f"Bewaren tot {short_date(months_later(TODAY - dt.timedelta(days=30), 24))}"),
                           ("Ioana", None)):
        caseload.table.selectRow(caseload.model.row_of(made[name].id))  # as a click on her row does
        dossier = workspace.dossier
        assert dossier.participant_id == made[name].id
        assert dossier.retention.isVisibleTo(dossier) == (expected is not None)
        if expected:
            assert dossier.retention.text() == expected
    opened = session.vault.db.execute("SELECT actor, record_id FROM audit WHERE action = 'open' ORDER BY seq").fetchall()
    assert opened == [(session.vault.worker_name, str(made[n].id)) for n in ("Mirjam", "Ana", "Ioana")]
    assert session.vault.audit_broken_at() is None and session.vault.audit_head_intact()


def test_haar_gegevens_writes_her_copy_as_a_pdf(qtbot, make_session, locked_vault_dir, tmp_path, monkeypatch):
    made = _fill(locked_vault_dir, [("Mirjam", 900)])
    target = tmp_path / "stick" / "inzage.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    session = make_session(locked_vault_dir)
    workspace = unlock(qtbot, session)
    dossier = workspace.open_dossier(made["Mirjam"].id)
    qtbot.mouseClick(dossier.copy_button, LEFT)
    qtbot.waitUntil(lambda: dossier.copy_status.isVisibleTo(dossier), timeout=15000)
    assert dossier.copy_status.text() == "Haar gegevens opgeslagen: inzage.pdf"
    out = subprocess.run([require_tool("pdftotext"), str(target), "-"], capture_output=True, text=True, check=True)
    text = " ".join(out.stdout.split())
    assert "Wat Koers over jou bewaart" in text and "Mirjam" in text and "Wie je dossier opende" in text
    assert session.vault.db.execute("SELECT count(*) FROM audit WHERE action = 'inzage'").fetchone()[0] == 1


def test_the_programmes_term_is_set_in_the_review_from_the_menu(qtbot, make_session, locked_vault_dir):
    _fill(locked_vault_dir, [("Ana", 100), ("Ioana", None)])
    session = make_session(locked_vault_dir)
    caseload = unlock(qtbot, session).caseload
    assert not caseload.retention_button.isVisibleTo(caseload)  # nothing past the two years
    action = session.window.findChild(QAction, "worker-Ctrl+Shift+T")
    action.trigger()
    dialog = session.window.findChild(RetentionReviewDialog)
    assert dialog.isVisible() and dialog.table.rowCount() == 0 and dialog.term.value() == 24
    assert dialog.done_label.text() == "Geen dossiers over hun bewaartermijn."
    dialog.term.setValue(3)
    qtbot.mouseClick(dialog.term_button, LEFT)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "Ana"
    assert "(3 maanden)" in dialog.intro.text()
    assert caseload.retention_button.text() == "Bewaartermijn om: 1"  # told by the audit-logged change
    assert session.vault.meta("retention_months") == "3"
    dialog.reject()


def test_the_review_erases_a_dossier_past_its_term_after_asking_twice(qtbot, make_session, locked_vault_dir):
    from desktop.ui.erase_dialog import EraseDialog

    made = _fill(locked_vault_dir, [("Mirjam", 900), ("Ana", 800)])
    session = make_session(locked_vault_dir)
    caseload = unlock(qtbot, session).caseload
    dialog = caseload.review_retention()
    assert dialog.table.item(0, 0).text() == "Mirjam"
    qtbot.mouseClick(dialog.erase_button, LEFT)
    erase = dialog.findChild(EraseDialog)
    assert erase.isVisible() and erase.name == "Mirjam"
    assert erase.reason.text().startswith("Bewaartermijn voorbij (bewaren tot ")
    qtbot.mouseClick(erase.next_button, LEFT)  # what goes, and why: then once more
    qtbot.mouseClick(erase.erase_button, LEFT)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "Ana"
    assert dialog.done_label.text() == "Het dossier van Mirjam is verwijderd."
    assert caseload.retention_button.text() == "Bewaartermijn om: 1"
    vault = session.vault
    assert vault.participants(search="Mirjam") == []
    assert vault.db.execute("SELECT count(*) FROM records WHERE participant_id = ?",
                            (str(made["Mirjam"].id),)).fetchone()[0] == 0
    assert vault.db.execute("SELECT kind FROM audit WHERE action = 'erase-reason' AND record_id = ?",
                            (str(made["Mirjam"].id),)).fetchone()[0].startswith("Bewaartermijn voorbij")
    assert vault.audit_broken_at() is None
    dialog.reject()
