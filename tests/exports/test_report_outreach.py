"""Issue 14 §4 in the report: *Bereik* per place or channel and the step from outreach to
aanmelding, counted over the period and suppressed as every other table (pure: no vault)."""

from __future__ import annotations

import csv
import datetime as dt
import io

from exports.report import build_report, to_csv, to_xlsx
from forms import Aanmelding, Dossier, Participant
from forms.outreach import OutreachContact

START, END = dt.date(2026, 1, 1), dt.date(2026, 3, 31)


def _contact(day: dt.date, place: str, people: int, asked: int = 0) -> OutreachContact:
    return OutreachContact(date=day, place=place, people=people, asked_to_start=asked)


def _dossier(source: str, day: dt.date) -> Dossier:
    person = Participant(roepnaam="X")
    return Dossier(participant=person, aanmeldingen=[Aanmelding(participant_id=person.id, source=source, date=day)])


CONTACTS = [
    *[_contact(dt.date(2026, 2, d), "raam", 10, asked=1) for d in range(1, 7)],  # 6 rounds, 60 people, 6 asked
    _contact(dt.date(2026, 2, 10), "online", 3, asked=1),  # 1 contact, 3 people
    _contact(dt.date(2025, 12, 31), "raam", 40, asked=9),  # before the period: not counted
    _contact(dt.date(2026, 4, 1), "inloop", 40, asked=9),  # after it
]
CASES = [("Anna", _dossier("outreach", dt.date(2026, 2, 20))) for _ in range(5)] + \
        [("Anna", _dossier("zelf", dt.date(2026, 3, 1))) for _ in range(6)]


def _table(report, key: str) -> dict[str, tuple[str, int | None]]:
    table = next(t for t in report.tables if t.key == key)
    return {f.category: (f.shown, f.percent) for f in table.figures}


def test_bereik_counts_contacts_and_people_per_place_in_the_period():
    online = [_contact(dt.date(2026, 3, d), "online", 5) for d in range(1, 7)]  # 6 chats, 30 people
    reach = _table(build_report(CASES, START, END, outreach=CONTACTS[:6] + CONTACTS[7:] + online), "bereik")
    assert reach["Ramen — contacten"] == ("6", 50) and reach["Ramen — mensen bereikt"] == ("60", 67)
    assert reach["Online — contacten"] == ("6", 50) and reach["Online — mensen bereikt"] == ("30", 33)
    assert reach["Totaal — contacten"] == ("12", None) and reach["Totaal — mensen bereikt"] == ("90", None)
    assert reach["Inloop — contacten"] == ("0", 0)  # every place is listed, also without contacts


def test_a_small_count_is_withheld_and_cannot_be_worked_out_from_the_total():
    reach = _table(build_report(CASES, START, END, outreach=CONTACTS), "bereik")
    # one online contact with three people: both withheld, and a second cell with each, so the
    # total less the rest does not give them away
    assert reach["Online — contacten"][0] == "<5" and reach["Online — mensen bereikt"][0] == "<5"
    assert reach["Ramen — contacten"][0] == "x" and reach["Ramen — mensen bereikt"][0] == "x"
    assert reach["Totaal — contacten"][0] == "7" and reach["Totaal — mensen bereikt"][0] == "63"


def test_the_step_to_aanmelding_sets_who_asked_beside_the_aanmeldingen_from_outreach():
    report = build_report(CASES, START, END, outreach=CONTACTS)
    step = _table(report, "bereik_aanmelding")
    assert step["Wilden zich aanmelden bij een veldwerkcontact"] == ("7", None)
    assert step["Aanmeldingen via outreach/veldwerk"] == ("5", 71)  # 5 of the 7 who asked
    assert step["Aanmeldingen (alle bronnen)"] == ("11", None)
    sources = _table(report, "aanmeldingen_bron")  # the same figure as in 'Aanmeldingen naar bron'
    assert sources["Outreach/veldwerk"][0] == "5"


def test_small_counts_are_withheld_in_the_step_and_in_the_sources_alike():
    cases = CASES[:3] + CASES[5:]  # 3 aanmeldingen from outreach: "<5" in both tables
    report = build_report(cases, START, END, outreach=CONTACTS)
    assert _table(report, "bereik_aanmelding")["Aanmeldingen via outreach/veldwerk"] == ("<5", None)
    assert _table(report, "aanmeldingen_bron")["Outreach/veldwerk"][0] == "<5"


def test_without_outreach_the_tables_are_there_with_zeros_and_in_english():
    report = build_report(CASES, START, END, lang="en")
    reach = _table(report, "bereik")
    assert reach["Windows — contacts"] == ("0", None) and reach["Total — people reached"] == ("0", None)
    assert "Asked to start at an outreach contact" in _table(report, "bereik_aanmelding")


def test_csv_and_xlsx_carry_both_tables():
    report = build_report(CASES, START, END, outreach=CONTACTS)
    rows = list(csv.DictReader(io.StringIO(to_csv(report).decode("utf-8-sig"))))
    assert {"bereik", "bereik_aanmelding"} <= {row["tabelcode"] for row in rows}
    assert next(r for r in rows if r["categorie"] == "Totaal — mensen bereikt")["aantal"] == "63"
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(to_xlsx(report)))
    cells = [c.value for sheet in book.worksheets for row in sheet.iter_rows() for c in row]
    assert "Bereik: veldwerkcontacten en mensen naar plaats of kanaal" in cells
    assert "Van veldwerk naar aanmelding" in cells and "Ramen — mensen bereikt" in cells
