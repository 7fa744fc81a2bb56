"""The trajectplan PDF, read back with poppler: words, scores, names in every script, fonts, metadata,
its sections (the outline) and a signed part that reads the same whenever the PDF is made."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from exports.pdf_text import text
from exports.plan_pdf import FontMissing, PdfOptions, render_plan_pdf
from exports import pdf_fonts
from forms import (
    Action, Assessment, Dossier, Evaluation, Goal, Participant, Point, Signature, SubGoal, Trajectplan,
)
from matrix.instruments import builtin
from tests.conftest import require_tool

ROEPNAAM = "Десислава"
LEGAL_NAME = "Ștefania Kovács-Łukasiewicz"
WORKER = "Sanne de Vries"


def _strokes(shift: float) -> list[list[Point]]:
    wave = [Point(x=0.1 + i / 40, y=0.5 + (0.2 if i % 2 else -0.2) * shift, pressure=0.3 + i / 60) for i in range(30)]
    return [wave, [Point(x=0.9, y=0.4)]]


def make_dossier(signed: bool = True, goals: int = 2) -> tuple[Dossier, Trajectplan]:
    """A dossier with one plan (signed by both, or a draft), evaluations and two assessments."""
    today = dt.date.today()  # when it is made: a run may cross midnight
    p = Participant(roepnaam=ROEPNAAM, legal_name=LEGAL_NAME, preferred_language="bg")
    texts = ["Ik wil een eigen kamer in Győr of Łódź, niet in een pension.",
             "Ik wil mijn schulden bij de Întreprindere afbetalen.",
             "Quiero aprender neerlandés: niveau A2 halen."]
    plan = Trajectplan(
        participant_id=p.id, date=today - dt.timedelta(days=60), horizon=today + dt.timedelta(days=120),
        worker=WORKER,
        goals=[Goal(life_domain=["huisvesting", "financien", "werk_dagbesteding"][n % 3], text=texts[n % 3],
                    start=3, target=8, agreed=True, specific="Een kamer met een huurcontract",
                    measurable="Een getekend contract", realistic="Er is een wachtlijst van drie maanden",
                    deadline=today + dt.timedelta(days=90),
                    subgoals=[SubGoal(text="Inschrijven bij de woningcorporatie", start=2, target=6)],
                    actions=[Action(who="Десислава", what="Formulier invullen", by_when=today),
                             Action(who=WORKER, what="Meegaan naar het loket", done=True)])
               for n in range(goals)])
    if signed:
        at = dt.datetime(2025, 3, 4, 13, 5, tzinfo=dt.timezone.utc)
        plan.signatures = [Signature(role=role, name=name, signed_at=at, strokes=_strokes(k + 1),
                                     plan_hash=plan.plan_content_hash())
                           for k, (role, name) in enumerate((("deelnemer", ROEPNAAM), ("begeleider", WORKER)))]
    first = plan.goals[0]
    evaluations = [Evaluation(participant_id=p.id, plan_id=plan.plan_id, date=today - dt.timedelta(days=d),
                              scores={first.id: score, first.subgoals[0].id: score - 1})
                   for d, score in ((30, 4), (5, 6))]
    domains = builtin().domain_ids
    assessments = [Assessment(participant_id=p.id, instrument_id="zrm-domeinen", instrument_version="1",
                              date=today - dt.timedelta(days=d),
                              scores={k: (None if k == "justitie" else level) for k in domains})
                   for d, level in ((90, 2), (10, 4))]
    return Dossier(participant=p, plans=[plan], evaluations=evaluations, assessments=assessments), plan


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "plan.pdf"
    path.write_bytes(pdf)
    return subprocess.run([require_tool("pdftotext"), "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def outline(pdf: bytes) -> list[tuple[int, str]]:
    """The PDF's bookmarks as (level, title), in order: its section headings, read from the file."""
    found: list[tuple[int, str]] = []

    def walk(node, level: int) -> None:
        item = node.get("/First")
        while item is not None:
            item = item.get_object() if hasattr(item, "get_object") else item
            found.append((level, str(item["/Title"])))
            if "/First" in item:
                walk(item, level + 1)
            item = item.get("/Next")

    walk(PdfFileReader(io.BytesIO(pdf)).root["/Outlines"], 0)
    return found


def signed_headings(pdf: bytes, lang: str = "nl") -> list[str]:
    """The top-level section headings up to and with the signatures (not what follows them)."""
    top = [title for level, title in outline(pdf) if level == 0]
    return top[: top.index(text("signatures", lang)) + 1]


def signed_text(pdf: bytes, tmp_path: Path, lang: str = "nl") -> str:
    """The text of the PDF up to the heading of what was recorded after signing."""
    return pdf_text(pdf, tmp_path).split(text("after_signing", lang))[0].rstrip()


@pytest.fixture(scope="module")
def signed_plan():
    return make_dossier(signed=True)


@pytest.fixture(scope="module")
def dutch_pdf(signed_plan):
    return render_plan_pdf(*signed_plan, PdfOptions(lang="nl", programme_name="Programma Zuid"))


def test_goals_scores_and_names_can_be_read_back(dutch_pdf, signed_plan, tmp_path):
    dossier, plan = signed_plan
    text = pdf_text(dutch_pdf, tmp_path)
    for expected in ["Plan van Десислава", "Programma Zuid", WORKER, "Doel 1 · Huisvesting",
                     "Győr of Łódź", "Întreprindere", "Een getekend contract", "Inschrijven bij de",
                     "Formulier invullen", "begin 3 · nu 6 · doel 8 · Op koers", "begin 2 · nu 5 · doel 6",
                     "Meegaan naar het loket", "Hoe het ging", "Handtekeningen", "Deelnemer", "Begeleider",
                     "Getekend op 4 maart 2025, 14:05",  # 13:05 UTC is 14:05 in Amsterdam
                     f"code {plan.plan_content_hash()[:12]}", "Pagina 1 van"]:
        assert expected in text, expected
    assert text.count(ROEPNAAM) >= 3  # title, an action, the signature
    assert LEGAL_NAME not in text  # only when the worker ticks it
    assert "CONCEPT" not in text


def test_the_signed_part_reads_the_same_after_later_evaluations(tmp_path):
    """Issue 10 §6: a PDF of version 1 made on the day of signing and one made after two
    evaluations and a new assessment hold the same text up to the signatures; the later
    scores follow under their own heading, outside what the signatures cover."""
    dossier, plan = make_dossier(signed=True)
    signing_day = dt.date(2025, 3, 4)
    back_then = dossier.model_copy(update={"evaluations": [], "assessments": dossier.assessments[:1]})
    first = render_plan_pdf(back_then, plan, PdfOptions(made_on=signing_day))
    later = render_plan_pdf(dossier, plan, PdfOptions(made_on=dt.date.today()))
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    before, after = signed_text(first, tmp_path / "a"), signed_text(later, tmp_path / "b")
    assert before == after
    assert "Handtekeningen" in before and "Getekend op 4 maart 2025" in before
    assert "begin 3 · doel 8" in before and " nu " not in before and "Hoe het ging" not in before
    assert "Zelfredzaamheid" not in before  # the matrix is not what her signature covers
    rest = pdf_text(later, tmp_path).split("Na ondertekening bijgehouden", 1)[1]
    assert "begin 3 · nu 6 · doel 8 · Op koers" in rest and "Hoe het ging" in rest and "Zelfredzaamheid" in rest
    assert "buiten de handtekeningen" in rest and "Bijlage, pagina 1 van" in rest
    assert f"code {plan.plan_content_hash()[:12]}" not in rest  # later pages do not wear the signed footer


def test_sections_are_bookmarks_in_order(dutch_pdf, tmp_path):
    shown = pdf_text(dutch_pdf, tmp_path)
    assert outline(dutch_pdf) == [(0, "Plan van Десислава"), (0, "Doel 1 · Huisvesting"), (0, "Doel 2 · Financiën"),
                                  (0, "Handtekeningen"), (0, "Na ondertekening bijgehouden"),
                                  (1, "Doel 1 · Huisvesting"), (1, "Zelfredzaamheid")]
    assert all(title in shown for _level, title in outline(dutch_pdf))


def test_profile_radar_and_table_of_levels(dutch_pdf, tmp_path):
    text = pdf_text(dutch_pdf, tmp_path)
    assert "Zelfredzaamheid" in text
    assert "4 · Voldoende zelfredzaam" in text or "Voldoende" in text
    assert "niet gescoord" in text
    assert "Financiën" in text and "Justitie" in text


def test_english_wording_and_legal_name_when_asked(signed_plan, tmp_path):
    pdf = render_plan_pdf(*signed_plan, PdfOptions(lang="en", show_legal_name=True))
    text = pdf_text(pdf, tmp_path)
    for expected in ["Plan of Десислава", "Goal 1 · Housing", "start 3 · now 6 · goal 8 · On track",
                     "Signatures", "Signed on March 4, 2025, 14:05", "Goals written in", "Page 1 of", LEGAL_NAME]:
        assert expected in text, expected
    assert "Doel" not in text


def test_every_font_is_embedded(dutch_pdf, tmp_path):
    path = tmp_path / "plan.pdf"
    path.write_bytes(dutch_pdf)
    rows = subprocess.run([require_tool("pdffonts"), str(path)], capture_output=True, text=True,
                          check=True).stdout.splitlines()[2:]
    assert rows, "no fonts listed"
    assert all(row.split()[-5] == "yes" for row in rows), rows  # the 'emb' column
    assert not any("Helvetica" in row for row in rows)


def test_metadata_has_a_neutral_title_and_only_identifiers(dutch_pdf, signed_plan):
    _, plan = signed_plan
    info = PdfFileReader(io.BytesIO(dutch_pdf)).trailer["/Info"]
    assert str(info["/Title"]) == "Trajectplan"
    assert str(info["/KoersPlanId"]) == str(plan.plan_id)
    assert str(info["/KoersPlanVersion"]) == "1"
    assert str(info["/KoersPlanHash"]) == plan.plan_content_hash()
    assert str(info["/KoersPlanRecord"]) == str(plan.id)
    everything = " ".join(str(v) for v in info.values())
    assert ROEPNAAM not in everything and WORKER not in everything
    assert "uitstap" not in everything.lower()


def test_a_draft_carries_the_visible_mark(tmp_path):
    pdf = render_plan_pdf(*make_dossier(signed=False), PdfOptions(lang="nl"))
    text = pdf_text(pdf, tmp_path)
    assert "CONCEPT — niet ondertekend" in text
    assert "Nog niet getekend." in text
    assert "Na ondertekening" not in text and "Bijgehouden, buiten het plan" in text


def test_qpdf_finds_no_errors_and_a_page_renders(dutch_pdf, tmp_path):
    path = tmp_path / "plan.pdf"
    path.write_bytes(dutch_pdf)
    subprocess.run([require_tool("qpdf"), "--check", str(path)], check=True, capture_output=True)
    subprocess.run([require_tool("pdftoppm"), "-png", "-r", "30", "-f", "1", "-l", "1", str(path),
                    str(tmp_path / "page")], check=True, capture_output=True)
    assert (tmp_path / "page-1.png").stat().st_size > 1000


def test_a_plan_without_goals_or_assessments_still_renders(tmp_path):
    p = Participant(roepnaam="Kim")
    plan = Trajectplan(participant_id=p.id)
    text = pdf_text(render_plan_pdf(Dossier(participant=p, plans=[plan]), plan), tmp_path)
    assert "nog geen doelen" in text and "CONCEPT" in text


def test_a_missing_font_is_a_clear_error(signed_plan, tmp_path):
    with pytest.raises(FontMissing) as refused:
        render_plan_pdf(*signed_plan, PdfOptions(font_dir=tmp_path))
    assert refused.value.render("en").startswith("A font is missing:") and str(tmp_path) in refused.value.render("nl")


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError):
        PdfOptions(lang="xx")


def test_fonts_come_from_the_shipped_resources():
    for font in ("DejaVuSans.ttf", "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"):
        assert (pdf_fonts.FONT_DIR / font).is_file()
    assert (pdf_fonts.FONT_DIR / "LICENSE-NotoSansThai.txt").read_text().count("SIL Open Font License") >= 1
