"""Her copy as a PDF in plain words (reportlab platypus): what she told, what was decided,
every correction with the old and the new value, who received her data and who opened her
dossier. The same content as `copy_json`, for reading instead of for a computer."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence

from pydantic import BaseModel
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Table

from exports.inzage import HerCopy, Receipt, spoken
from exports.inzage.words import changes, field_name, moment_words, parts, rows, value_words, vocabulary_of_field
from exports.pdf_fonts import register_fonts
from exports.plan_pdf.layout import CONTENT_WIDTH, HEADED_TABLE, LABEL_WIDTH, MARGIN, TABLE, Heading, page_canvas, para
from forms import DOSSIER_FIELDS, Dossier, Record, Referral
from forms.catalogue import date_text, text
from forms.version import VERSION

# Her records in the order a person tells her story; plans get a section of their own.
SECTIONS = ("aanmelding", "intake", "phase", "aftercare", "assessment", "evaluation", "contact", "referral",
            "consent", "retention")
_STATUS = vocabulary_of_field(Referral.model_fields["status"])


def _table(items: Sequence[Sequence[str]], widths: Sequence[float] = (LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH),
           headed: bool = False) -> Table:
    cells = [[para(cell, "cell_bold" if headed and i == 0 else "cell") for cell in row]
             for i, row in enumerate(items)]
    return Table(cells, colWidths=list(widths), style=HEADED_TABLE if headed else TABLE, hAlign="LEFT",
                 repeatRows=1 if headed else 0)  # a table split over two pages repeats its head


def _heading(words: str) -> Heading:
    heading = Heading(words)
    heading.keepWithNext = True  # never alone at the foot of a page
    return heading


def _model_block(model: BaseModel, title: str, lang: str, names: Mapping[str, str]) -> list[Flowable]:
    """A titled table of the model's fields, then each of its parts (goals, actions...)."""
    title_para = para(title, "h3")
    title_para.keepWithNext = True
    block: list[Flowable] = [title_para]
    found = rows(model, lang, names)
    if found:
        block.append(_table(found))
    for name, items in parts(model):
        for number, item in enumerate(items, start=1):
            block += _model_block(item, f"{field_name(name + '.one', lang)} {number}", lang, names)
    return block


def _dated_title(record: Record, lang: str) -> str:
    title = text(f"inzage.kind.{record.KIND}", lang)
    day = getattr(record, "date", None) or getattr(record, "decided_on", None)
    return f"{title}, {date_text(day, lang)}" if day else title


def _records(dossier: Dossier, lang: str, names: Mapping[str, str]) -> list[Flowable]:
    story: list[Flowable] = []
    for kind in SECTIONS:
        records = getattr(dossier, DOSSIER_FIELDS[kind])
        if not records:
            continue
        ordered = sorted(records, key=lambda r: (str(getattr(r, "date", None) or ""), r.updated_at))
        blocks = [_model_block(record, _dated_title(record, lang), lang, names) for record in ordered]
        # The section's heading stays with its first record: never alone at the foot of a page.
        story.append(KeepTogether([Heading(text(f"inzage.section.{kind}", lang)), *blocks[0]]))
        story += [KeepTogether(block) for block in blocks[1:]]
    return story


def _plans(dossier: Dossier, lang: str, names: Mapping[str, str]) -> list[Flowable]:
    if not dossier.plans:
        return []
    story: list[Flowable] = [_heading(text("inzage.section.plan", lang))]
    for plan in sorted(dossier.plans, key=lambda p: (str(p.plan_id), p.version)):
        state = text("inzage.plan-signed" if plan.frozen else "inzage.plan-draft", lang)
        story += _model_block(plan, text("inzage.plan-version", lang, version=plan.version, state=state),
                              lang, names)
    return story


def _corrections(copy: HerCopy, lang: str, names: Mapping[str, str]) -> list[Flowable]:
    intro = para(text("inzage.corrections-intro", lang))
    intro.keepWithNext = True  # heading, intro and the first correction on one page
    story: list[Flowable] = [_heading(text("inzage.section.corrections", lang)), intro]
    corrected = copy.corrected()
    if not corrected:
        return story + [para(text("inzage.none", lang))]
    third = (CONTENT_WIDTH - LABEL_WIDTH) / 2
    for revisions in corrected.values():
        block: list[Flowable] = [para(text(f"inzage.kind.{revisions[0].kind}", lang), "h3")]
        for old, new in zip(revisions, revisions[1:]):
            found = changes(old.record, new.record, lang, names)
            if found:
                head = (text("inzage.changed-on", lang, when=moment_words(new.saved_at, lang)),
                        text("inzage.before", lang), text("inzage.after", lang))
                block.append(_table([head, *found], (LABEL_WIDTH, third, third), headed=True))
        story.append(KeepTogether(block))  # the record's name stays with what changed in it
    return story


def _receipt_row(receipt: Receipt, lang: str) -> tuple[str, str, str]:
    when = value_words(receipt.at, None, lang, {}) if receipt.at else text("inzage.date-unknown", lang)
    how = text(f"inzage.receipt.{receipt.how}", lang)
    if receipt.status:
        how = f"{how} ({value_words(receipt.status, _STATUS, lang, {})})"
    return (when, receipt.recipient, how)


def _people(copy: HerCopy, lang: str) -> list[Flowable]:
    third = CONTENT_WIDTH / 3
    story: list[Flowable] = [_heading(text("inzage.section.received", lang)), para(text("inzage.received-intro", lang))]
    received = [(text("inzage.when", lang), text("inzage.who", lang), text("inzage.how", lang)),
                *(_receipt_row(r, lang) for r in copy.received)]
    story.append(_table(received, (third, third, third), headed=True) if copy.received
                 else para(text("inzage.none", lang)))
    story += [_heading(text("inzage.section.opened", lang)), para(text("inzage.opened-intro", lang))]
    opened = [(text("inzage.when", lang), text("inzage.who", lang)),
              *((moment_words(o.at, lang), o.by) for o in copy.openings)]
    story.append(_table(opened, (LABEL_WIDTH * 1.5, CONTENT_WIDTH - LABEL_WIDTH * 1.5), headed=True)
                 if copy.openings else para(text("inzage.none", lang)))
    return story


def _retention(copy: HerCopy, lang: str) -> list[Flowable]:
    story: list[Flowable] = [_heading(text("inzage.section.keeping", lang))]
    if copy.keep_until is None:
        return story + [para(text("inzage.keeping-open", lang))]
    return story + [para(text("inzage.keeping-closed", lang, closed=date_text(copy.closed_on, lang),
                                  until=date_text(copy.keep_until, lang)))]


def _names(dossier: Dossier) -> dict[str, str]:
    """Goal and sub-goal ids -> their words, so evaluations say which goal they scored."""
    return {str(part.id): part.text for plan in dossier.plans for goal in plan.goals
            for part in (goal, *goal.subgoals)}


def render_copy_pdf(copy: HerCopy, lang: str) -> bytes:
    """The PDF of her copy in `lang` (Dutch where the catalogue lacks a sentence).
    Raises exports.pdf_fonts.FontMissing when the Unicode font is not installed."""
    register_fonts()
    lang = spoken(lang)
    names = _names(copy.dossier) | copy.names
    story: list[Flowable] = [
        para(copy.programme, "programme"), para(text("inzage.title", lang), "title"),
        para(text("inzage.made-on", lang, when=moment_words(copy.made_at, lang)), "small"),
        para(text("inzage.intro", lang)),
        *_model_block(copy.dossier.participant, text("inzage.section.participant", lang), lang, names),
    ]
    story += _records(copy.dossier, lang, names) + _plans(copy.dossier, lang, names)
    story += _corrections(copy, lang, names) + _people(copy, lang) + _retention(copy, lang)
    story += [_heading(text("inzage.section.rights", lang)), para(text("inzage.rights", lang))]

    def footer(page: int, pages: int) -> tuple[str, str]:
        return text("inzage.footer", lang, programme=copy.programme), text("inzage.page", lang, page=page, pages=pages)

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN + 4, title=text("inzage.title", lang), author="", subject="",
                            creator=f"Koers {VERSION}", lang=lang)
    doc.build(story, canvasmaker=page_canvas(footer, None, {}))
    return out.getvalue()
