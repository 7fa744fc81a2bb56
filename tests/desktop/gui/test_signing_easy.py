"""Co-sign mode in easy language and in scripts other than Latin (issue 16 §2-§3), through the
real widgets: short lines, a pictogram per goal and the scale as ten boxes, drawn from the same
description as the PDF's."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontDatabase, QTextLayout

from desktop.ui.signing_screen import SigningScreen
from desktop.ui.widgets.pictogram import Pictogram, ScaleBoxes
from exports import pictograms
from exports.pdf_charts import pictogram as pdf_pictogram
from forms import Goal, Intake, Participant, Trajectplan
from tests.conftest import PASSPHRASE


def _open(qtbot, vault, easy: bool, lang: str = "nl") -> SigningScreen:
    her = Participant(roepnaam="Lan", preferred_language=lang)
    plan = Trajectplan(participant_id=her.id, goals=[
        Goal(life_domain="huisvesting", text="Een eigen kamer.", start=3, target=8, specific="Inschrijven"),
        Goal(life_domain="financien", text="Mijn schulden op een rij.", start=2, target=6)])
    records = [her, plan] + ([Intake(participant_id=her.id, conditions=["lvb"])] if easy else [])
    vault.save_all(records)
    screen = SigningScreen(vault, plan.id, lambda secret: secret == PASSPHRASE)
    qtbot.addWidget(screen)
    screen.resize(1280, 720)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_easy_language_shows_short_lines_pictograms_and_ten_boxes(qtbot, vault):
    screen = _open(qtbot, vault, easy=True)
    assert screen.easy
    assert "Dit is jouw plan.<br>Lees het rustig." in screen.plan_text.text() and "font-size:19pt" in screen.plan_text.text()
    pictures = screen.findChildren(Pictogram)
    assert [p.shapes for p in pictures] == [pictograms.pictogram("huisvesting"), pictograms.pictogram("financien")]
    rows = screen.findChildren(ScaleBoxes)
    assert [[b.number for b in r.boxes if b.way] for r in rows] == [[3, 4, 5, 6, 7, 8], [2, 3, 4, 5, 6]]
    image = pictures[0].grab().toImage()
    dark = sum(image.pixelColor(x, y).lightness() < 100 for x in range(image.width()) for y in range(image.height()))
    assert dark > 50  # the house is drawn, not an empty square
    screen.to_sign_button.click()
    assert screen.agree_label.text().splitlines() == ["Dit is mijn plan.", "Ik ben het ermee eens.", "Daarom teken ik."]


def test_the_same_pictogram_description_draws_the_pdf(qtbot, vault):
    for domain in pictograms.PICTOGRAMS:
        assert len(pdf_pictogram(domain).contents) == len(pictograms.pictogram(domain))


def test_without_the_need_co_sign_mode_has_no_pictures(qtbot, vault):
    screen = _open(qtbot, vault, easy=False)
    assert not screen.easy and not screen.findChildren(Pictogram) and not screen.findChildren(ScaleBoxes)
    assert "Wat precies" in screen.plan_text.text()


def test_easy_language_follows_a_language_switch(qtbot, vault):
    screen = _open(qtbot, vault, easy=True, lang="es")
    assert "Este es tu plan." in screen.plan_text.text()
    screen.language_box.setCurrentIndex(screen.language_box.findData("th"))
    assert "นี่คือแผนของคุณ" in screen.plan_text.text()
    assert len(screen.findChildren(Pictogram)) == 2  # rebuilt, not doubled
    assert "Noto Sans Thai" in QFontDatabase.families()  # the shipped font, for Thai glyphs


@pytest.mark.parametrize("lang, words", [("th", "แผนของ Lan"), ("bg", "План на Lan"), ("ro", "Ștergeți")])
def test_her_script_renders_with_glyphs_not_boxes(qtbot, vault, lang, words):
    screen = _open(qtbot, vault, easy=False, lang=lang)
    if lang != "ro":
        assert words in screen.plan_text.text()
    layout = QTextLayout(words, screen.plan_text.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    assert runs and all(index != 0 for run in runs for index in run.glyphIndexes())  # 0: the missing glyph
    if lang == "th":
        assert "Noto Sans Thai" in {run.rawFont().familyName() for run in runs}
