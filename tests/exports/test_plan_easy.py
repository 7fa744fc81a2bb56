"""Her plan in easy language (issue 16 §3): short B1 sentences, larger type, a pictogram per
life domain and the 1-10 scale as ten boxes; the pictograms are one description for app and PDF."""

from __future__ import annotations

import io
import subprocess

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from exports import pictograms
from exports.plan_pdf import PdfOptions, render_plan_pdf
from forms import Dossier, Intake
from tests.conftest import require_tool
from tests.exports.test_plan_pdf import make_dossier, pdf_text


@pytest.fixture(scope="module")
def draft():
    return make_dossier(signed=False, goals=1)


def _font_sizes(pdf: bytes) -> set[float]:
    """Every font size the first page's content stream sets (Tf operators)."""
    page = PdfFileReader(io.BytesIO(pdf)).root["/Pages"]["/Kids"][0].get_object()
    data = page["/Contents"].get_object().data.decode("latin-1")
    tokens = data.split()
    return {float(tokens[i - 1]) for i, token in enumerate(tokens) if token == "Tf"}


def test_easy_language_speaks_in_short_lines_and_larger_type(draft, tmp_path):
    plain = render_plan_pdf(*draft, PdfOptions(lang="nl"))
    easy = render_plan_pdf(*draft, PdfOptions(lang="nl", easy=True))
    shown = pdf_text(easy, tmp_path)
    for line in ("Dit is jouw plan.", "Lees het rustig.", "Wat ga je doen?", "Waar sta je? (1 tot 10)",
                 "Het telt pas als het getekend is."):
        assert line in shown, line
    assert "Wat precies" not in shown and "Wat precies" in pdf_text(plain, tmp_path)
    assert "Ik wil een eigen kamer" in shown  # her words stay as she wrote them
    assert max(_font_sizes(easy)) > max(_font_sizes(plain) - {20.0, 40.0})  # not only the title is large
    assert sorted(_font_sizes(easy))[len(_font_sizes(easy)) // 2] >= 13.5


def test_the_scale_is_ten_boxes_with_start_and_target_named(draft, tmp_path):
    shown = pdf_text(render_plan_pdf(*draft, PdfOptions(lang="en", easy=True)), tmp_path)
    row = next(line for line in shown.splitlines() if line.split()[:3] == ["1", "2", "3"])
    assert row.split() == [str(n) for n in range(1, 11)]
    assert "start" in shown and "goal" in shown


@pytest.mark.parametrize("lang, words", [("th", "นี่คือแผนของคุณ"), ("bg", "Това е твоят план."),
                                         ("pl", "Gdzie jesteś teraz? (od 1 do 10)")])
def test_easy_language_in_other_languages(draft, tmp_path, lang, words):
    pdf = render_plan_pdf(*draft, PdfOptions(lang=lang, easy=True))
    assert words in pdf_text(pdf, tmp_path)
    path = tmp_path / "easy.pdf"
    path.write_bytes(pdf)
    fonts = subprocess.run([require_tool("pdffonts"), str(path)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert all(row.split()[-5] == "yes" for row in fonts)


def test_the_intake_sets_easy_language_for_her_plan(draft):
    dossier, _plan = draft
    assert not dossier.easy_language
    with_need = Dossier(participant=dossier.participant,
                        intakes=[Intake(participant_id=dossier.participant.id, conditions=["lvb"])])
    assert with_need.easy_language


def test_every_life_domain_has_its_own_pictogram_in_the_unit_square():
    from forms.vocab import vocabulary

    domains = list(vocabulary("life_domains"))
    assert set(pictograms.PICTOGRAMS) == set(domains)
    drawn = {pictograms.pictogram(d) for d in domains}
    assert len(drawn) == len(domains) and pictograms.pictogram(None) == pictograms.GENERAL
    for shapes in drawn:
        for shape in shapes:
            assert shape.kind in ("circle", "rect", "line", "poly") and all(0 <= v <= 1 for v in shape.points)


def test_scale_boxes_mark_start_now_and_target():
    boxes = pictograms.scale_boxes(start=3, target=8, now=5)
    assert [b.number for b in boxes] == list(range(1, 11))
    assert [b.number for b in boxes if b.way] == [3, 4, 5, 6, 7, 8]
    assert (boxes[2].start, boxes[4].now, boxes[7].target) == (True, True, True)
    words = {"start": "begin", "now": "nu", "target": "doel"}
    assert pictograms.box_label(pictograms.scale_boxes(4, 4, 4)[3], words) == "begin · nu · doel"
    assert not any(b.way for b in pictograms.scale_boxes(None, 8))
