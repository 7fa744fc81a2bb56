"""Issue 14 §1 in the app: *Overdragen…* in the dossier writes the encrypted dossier for a
colleague; her copy here turns read-only with the new holder's name; the colleague reads it in."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit

from desktop.ui.dossier_screen import DossierScreen
from desktop.ui.supervisor.import_screen import ImportScreen
from desktop.vault.handover import hand_over, handover_bundle, team_shares
from desktop.vault.trust import own_public_key, trust_key
from exports.bundle import PublicKey
from forms import Consent, Participant
from tests.desktop.gui.conftest import unlock
from tests.desktop.gui.test_supervisor import _import, _vault


@pytest.fixture
def colleagues(tmp_path):
    anna = _vault(tmp_path / "a", "Anna Werker", "begeleider")
    bea = _vault(tmp_path / "b", "Bea Begeleider", "begeleider")
    trust_key(anna, PublicKey.from_file(own_public_key(bea).to_file()), "begeleider")
    trust_key(bea, PublicKey.from_file(own_public_key(anna).to_file()), "begeleider")
    yield anna, bea
    anna.close()
    bea.close()


def _dossier(qtbot, vault, pid) -> DossierScreen:
    screen = DossierScreen(vault, pid)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def _ioana_agreed_to_bea(anna) -> Participant:
    """Ioana in Anna's vault, with her consent to be handed over to Bea."""
    ioana = Participant(roepnaam="Ioana")
    anna.save_all([ioana, Consent(participant_id=ioana.id, purpose="overdracht_collega", recipient="Bea Begeleider",
                                  given_on=dt.date.today())])
    return ioana


def test_overdragen_hands_the_dossier_to_a_colleague(qtbot, colleagues, tmp_path):
    anna, bea = colleagues
    ioana = _ioana_agreed_to_bea(anna)
    screen = _dossier(qtbot, anna, ioana.id)
    assert screen.handover_button.isVisible() and not screen.holder.isVisible()
    dialog = screen.open_handover()
    assert dialog.colleague.currentText() == "Bea Begeleider"
    assert dialog.write(tmp_path / "ioana.koers")
    assert screen.holder.text() == "Alleen-lezen: bij Bea Begeleider" and not screen.handover_button.isVisible()
    reading = ImportScreen(bea)
    qtbot.addWidget(reading)
    reading.show()
    _import(qtbot, reading, tmp_path / "ioana.koers")
    theirs = _dossier(qtbot, bea, ioana.id)
    assert not theirs.holder.isVisible() and theirs.handover_button.isVisible()


def test_without_her_consent_nothing_is_handed_over(qtbot, colleagues, tmp_path):
    anna, _ = colleagues
    lena = Participant(roepnaam="Lena")
    anna.save(lena)
    dialog = _dossier(qtbot, anna, lena.id).open_handover()
    assert not dialog.write(tmp_path / "lena.koers")
    assert "toestemming" in dialog.error.text() and not (tmp_path / "lena.koers").exists()
    assert anna.dossier(lena.id).handovers == []


def test_a_cover_has_an_end_date(qtbot, colleagues, tmp_path):
    anna, _ = colleagues
    anna.set_meta("team_shares", "1")
    kim = Participant(roepnaam="Kim")
    anna.save(kim)
    dialog = _dossier(qtbot, anna, kim.id).open_handover()
    qtbot.mouseClick(dialog.cover, Qt.MouseButton.LeftButton)
    assert dialog.until.isEnabled()
    assert dialog.write(tmp_path / "kim.koers")
    [cover] = anna.dossier(kim.id).handovers
    assert (cover.mode, cover.basis, cover.until) == ("waarneming", "team_deelt", dt.date.today() + dt.timedelta(days=14))


def test_the_team_shares_setting_is_kept_in_the_vault_and_named_on_the_handover(qtbot, make_session,
                                                                                locked_vault_dir, tmp_path):
    session = make_session(locked_vault_dir)
    unlock(qtbot, session)
    vault = session.vault
    bea = _vault(tmp_path / "b", "Bea Begeleider", "begeleider")
    trust_key(vault, PublicKey.from_file(own_public_key(bea).to_file()), "begeleider")
    bea.close()
    settings = session.open_settings()
    assert settings.team_shares is not None and not settings.team_shares.isChecked()
    box = settings.team_shares  # clicked on its box: the row is wider than the words
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    settings.accept()
    assert team_shares(vault) and vault.db.execute("SELECT count(*) FROM audit WHERE action = 'team-shares:on'").fetchone()[0] == 1
    assert session.open_settings().team_shares.isChecked()  # read back from the vault
    lena = Participant(roepnaam="Lena")
    vault.save(lena)
    screen = session.workspace.open_dossier(lena.id)
    assert not screen.handover_note.isVisible()
    assert screen.open_handover().write(tmp_path / "lena.koers")  # no consent of hers: the team's rule
    today = dt.date.today().strftime("%d-%m-%Y")
    assert screen.handover_note.text() == f"Overgedragen aan Bea Begeleider op {today}, het team deelt dossiers."
    assert screen.holder.text() == "Alleen-lezen: bij Bea Begeleider"


def test_settings_without_a_workers_vault_do_not_ask_the_team_rule(qtbot):
    from desktop.settings import Settings
    from desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.team_shares is None and dialog.result_team_shares() is None


def test_the_old_workers_copy_names_her_consent_and_is_erased_by_hand(qtbot, colleagues, tmp_path):
    anna, _ = colleagues
    ioana = _ioana_agreed_to_bea(anna)
    screen = _dossier(qtbot, anna, ioana.id)
    assert not screen.erase_copy_button.isVisible()
    assert screen.open_handover().write(tmp_path / "ioana.koers")
    assert "met haar toestemming" in screen.handover_note.text() and screen.handover_note.isVisible()
    assert screen.erase_copy_button.isVisible() and not screen.erase_button.isVisible()
    erased = []
    screen.erased.connect(erased.append)
    box = screen.ask_erase_copy()
    assert "Bea Begeleider" in box.text()
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Kopie wissen"), Qt.MouseButton.LeftButton)
    assert erased == [ioana.id] and anna.participants() == []
    assert anna.db.execute("SELECT count(*) FROM records WHERE participant_id = ?", (str(ioana.id),)).fetchone()[0] == 0


def test_a_covering_colleague_reads_her_dossier_and_adds_contacts_only(qtbot, colleagues, tmp_path, monkeypatch):
    anna, bea = colleagues
    anna.set_meta("team_shares", "1")
    kim = Participant(roepnaam="Kim")
    anna.save(kim)
    dialog = _dossier(qtbot, anna, kim.id).open_handover()
    dialog.cover.setChecked(True)
    assert dialog.write(tmp_path / "kim.koers")
    reading = ImportScreen(bea)
    qtbot.addWidget(reading)
    reading.show()
    _import(qtbot, reading, tmp_path / "kim.koers")
    screen = _dossier(qtbot, bea, kim.id)
    until = (dt.date.today() + dt.timedelta(days=14)).strftime("%d-%m-%Y")
    assert screen.holder.text() == "Alleen-lezen: bij Anna Werker" and screen.read_only
    assert screen.handover_note.text() == f"Waarneming door Bea Begeleider tot en met {until}, het team deelt dossiers."
    assert not screen.erase_button.isVisible() and not screen.handover_button.isVisible()
    assert screen.overview.findChildren(QLineEdit)[0].isReadOnly()
    contacts = screen.contacts
    contacts.form.set_values(contacts.form.values() | {"date": dt.date.today().strftime("%d-%m-%Y"),
                                                       "note": "Gebeld tijdens de waarneming."})
    assert contacts.save()
    assert [c.note for c in bea.dossier(kim.id).contacts] == ["Gebeld tijdens de waarneming."]
    back = _send_back(screen, monkeypatch, tmp_path / "terug.koers")  # the contacts go back to Anna
    assert "Versleuteld voor Anna Werker" in screen.copy_status.text()
    _read_in(qtbot, anna, back)
    assert [c.note for c in anna.dossier(kim.id).contacts] == ["Gebeld tijdens de waarneming."]


def test_a_cover_copy_is_erased_when_the_app_unlocks_after_its_end_date(qtbot, make_session, tmp_path, monkeypatch):
    from types import SimpleNamespace

    from desktop.vault import handover

    anna = _vault(tmp_path / "a", "Anna Werker", "begeleider")
    bea = _vault(tmp_path / "b", "Bea Begeleider", "begeleider")
    trust_key(anna, PublicKey.from_file(own_public_key(bea).to_file()), "begeleider")
    trust_key(bea, PublicKey.from_file(own_public_key(anna).to_file()), "begeleider")
    anna.set_meta("team_shares", "1")
    kim = Participant(roepnaam="Kim")
    anna.save(kim)
    cover = hand_over(anna, kim.id, "Bea Begeleider", until=dt.date.today() + dt.timedelta(days=14))
    (tmp_path / "kim.koers").write_bytes(handover_bundle(anna, cover))
    anna.close()
    reading = ImportScreen(bea)
    qtbot.addWidget(reading)
    reading.show()
    _import(qtbot, reading, tmp_path / "kim.koers")
    assert [p.roepnaam for p in bea.participants()] == ["Kim"]
    bea.close()

    class Later(dt.date):  # the day after the cover's last day
        @classmethod
        def today(cls) -> dt.date:
            return cover.until + dt.timedelta(days=1)

    monkeypatch.setattr(handover, "dt", SimpleNamespace(date=Later, timedelta=dt.timedelta, datetime=dt.datetime,
                                                        UTC=dt.UTC))
    session = make_session(tmp_path / "b")
    unlock(qtbot, session)
    assert session.vault.participants() == [] and session.workspace.caseload.model.rowCount() == 0


def _send_back(screen: DossierScreen, monkeypatch, path):
    """'Terugsturen…' on the dossier, the file chosen as `path`."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    assert screen.send_back_button.isVisible()
    screen.send_back_button.click()
    return path


def _read_in(qtbot, vault, path) -> None:
    reading = ImportScreen(vault)
    qtbot.addWidget(reading)
    reading.show()
    _import(qtbot, reading, path)


def test_the_new_worker_sends_her_confirmation_in_the_app_and_the_old_copy_goes(qtbot, colleagues, tmp_path,
                                                                               monkeypatch):
    anna, bea = colleagues
    ioana = _ioana_agreed_to_bea(anna)
    mine = _dossier(qtbot, anna, ioana.id)
    assert not mine.send_back_button.isVisible()
    assert mine.open_handover().write(tmp_path / "ioana.koers")
    assert not mine.send_back_button.isVisible()  # Anna gave it: nothing of hers goes back
    _read_in(qtbot, bea, tmp_path / "ioana.koers")
    theirs = _dossier(qtbot, bea, ioana.id)
    back = _send_back(theirs, monkeypatch, tmp_path / "bevestiging.koers")
    _read_in(qtbot, anna, back)
    assert anna.participants() == [] and [p.roepnaam for p in bea.participants()] == ["Ioana"]
    _send_back(theirs, monkeypatch, tmp_path / "nog-eens.koers")  # sent once: nothing new
    assert theirs.copy_status.text() == "Niets nieuws voor Anna Werker." and not (tmp_path / "nog-eens.koers").exists()
