"""Issue 14 §1 in the app: *Overdragen…* in the dossier writes the encrypted dossier for a
colleague; her copy here turns read-only with the new holder's name; the colleague reads it in."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.ui.dossier_screen import DossierScreen
from desktop.ui.supervisor.import_screen import ImportScreen
from desktop.vault.trust import own_public_key, trust_key
from exports.bundle import PublicKey
from forms import Consent, Participant
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


def test_overdragen_hands_the_dossier_to_a_colleague(qtbot, colleagues, tmp_path):
    anna, bea = colleagues
    ioana = Participant(roepnaam="Ioana")
    anna.save_all([ioana, Consent(participant_id=ioana.id, purpose="overdracht_collega", recipient="Bea Begeleider",
                                  given_on=dt.date.today())])
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
