"""Her plan in her language (issue 16 §2): every participant language renders with embedded
fonts, and the PDF's text, read back with poppler, holds that language's own words."""

from __future__ import annotations

import subprocess

import pytest
from reportlab.graphics.shapes import String
from reportlab.pdfbase import pdfmetrics

from exports.pdf_charts import radar
from exports.pdf_fonts import FONT, register_fonts
from exports.pdf_text import LANGUAGES, language_name, text
from exports.plan_pdf import PdfOptions, render_plan_pdf
from matrix.instruments import builtin
from tests.conftest import require_tool
from tests.exports.test_plan_pdf import make_dossier, pdf_text

# Words each language's PDF must show, in its own script (checked by hand, not from the catalogue).
OWN_WORDS = {
    "nl": ["Handtekeningen", "Doel 1 · Huisvesting"], "en": ["Signatures", "Goal 1 · Housing"],
    "ro": ["Semnături", "Obiectivul 1 · Locuință"], "bg": ["Подписи", "Цел 1 · Жилище"],
    "hu": ["Aláírások", "1. cél · Lakhatás", "Segítő"], "pl": ["Podpisy", "Cel 1 · Mieszkanie", "Osoba wspierająca"],
    "es": ["Firmas", "Meta 1 · Vivienda"], "pt": ["Assinaturas", "Meta 1 · Moradia"],
    "th": ["ลายมือชื่อ", "เป้าหมายที่ 1", "ที่อยู่อาศัย"],
}

# The matrix words the PDF shows after the signatures: a goal's status (her first goal is on its
# way), a level of the profile table and a life domain of the instrument (checked by hand).
MATRIX_WORDS = {
    "nl": ["Op koers", "Voldoende zelfredzaam", "Sociaal netwerk"],
    "en": ["On track", "Sufficiently self-sufficient", "Social network"],
    "ro": ["Pe drumul bun", "Autonomie suficientă", "Rețea socială"],
    "bg": ["По план", "Достатъчна самостоятелност", "Социална мрежа"],
    "hu": ["Jó úton", "Eléggé önálló", "Kapcsolati háló"],
    "pl": ["Na dobrej drodze", "Wystarczająca samodzielność", "Sieć kontaktów"],
    "es": ["En buen camino", "Autonomía suficiente", "Red social"],
    "pt": ["No caminho certo", "Autonomia suficiente", "Rede social"],
    "th": ["กำลังไปได้ดี", "ดูแลตัวเองได้พอสมควร", "เครือข่ายทางสังคม"],
}

@pytest.fixture(scope="module")
def plans():
    return make_dossier(signed=True)


def _fonts(pdf: bytes, tmp_path) -> list[str]:
    path = tmp_path / "plan.pdf"
    path.write_bytes(pdf)
    return subprocess.run([require_tool("pdffonts"), str(path)], capture_output=True, text=True,
                          check=True).stdout.splitlines()[2:]


def test_every_participant_language_is_covered():
    assert set(OWN_WORDS) == set(LANGUAGES) == set(MATRIX_WORDS)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_her_plan_reads_in_her_language_with_embedded_fonts(plans, lang, tmp_path):
    pdf = render_plan_pdf(*plans, PdfOptions(lang=lang))
    shown = pdf_text(pdf, tmp_path)
    for words in OWN_WORDS[lang]:
        assert words in shown, (lang, words)
    for words in MATRIX_WORDS[lang]:  # a table cell may wrap a long name
        assert all(word in shown for word in words.split()), (lang, words)
    if lang != "nl":  # no Dutch matrix word is left in another language's paper
        assert not [words for words in MATRIX_WORDS["nl"] + ["Niet zelfredzaam"] if words in shown], lang
    assert "Ik wil een eigen kamer in Győr of Łódź" in shown  # her own words, as she wrote them
    if lang != "nl":  # the goals are Dutch: the paper says so in its own language
        label = text("goals_language", lang).split()  # a long label wraps in its column
        assert all(word in shown for word in label) and language_name("nl", lang) in shown
    rows = _fonts(pdf, tmp_path)
    assert rows and all(row.split()[-5] == "yes" for row in rows), rows  # the 'emb' column
    if lang == "th":
        assert any("NotoSansThai" in row for row in rows), rows


def test_thai_words_in_a_dutch_plan_get_the_thai_font(tmp_path):
    dossier, plan = make_dossier(signed=False, goals=1)
    plan.goals[0].text = "ฉันอยากมีห้องของตัวเอง in Utrecht"
    pdf = render_plan_pdf(dossier, plan, PdfOptions(lang="nl"))
    assert "ฉันอยากมีห้องของตัวเอง in Utrecht" in pdf_text(pdf, tmp_path)
    assert any("NotoSansThai" in row for row in _fonts(pdf, tmp_path))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_profile_chart_draws_every_domain_name_with_its_glyphs(lang):
    """The radar's labels are the instrument's domain names in her language: each label's font
    must hold every character, or Thai prints as empty boxes (pdftotext would still read it)."""
    register_fonts()
    shipped = builtin()
    names = [shipped.domain_name(d, lang) for d in shipped.domain_ids]
    drawing = radar(names, [3] * len(names), None, FONT)
    labels = [s for s in drawing.contents if isinstance(s, String) and s.text in names]
    assert len(labels) == len(names)
    for label in labels:
        glyphs = pdfmetrics.getFont(label.fontName).face.charToGlyph
        assert all(ord(c) in glyphs for c in label.text if not c.isspace()), (lang, label.text, label.fontName)
