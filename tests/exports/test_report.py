"""The monitoring report over hand-made dossiers: every figure, the small-count rules, CSV, PDF."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exports.report import build_report, suppress, to_csv, to_pdf
from exports.report.bounds import ranges
from exports.report.linked import marks
from exports.report.figures import percent
from forms import (
    Aanmelding, Assessment, Dossier, Evaluation, Goal, Intake, Participant, PhaseChange, Referral, Trajectplan,
)
from tests.conftest import require_tool

START, END = dt.date(2025, 1, 1), dt.date(2025, 12, 31)


def person(n: int, *, source="ggd", phases=(), outcome=None, settings=("raam",), legal="onbekend",
           gender="vrouw", aanmelding=dt.date(2025, 2, 1)) -> Dossier:
    """A dossier: an aanmelding, an intake, and phase changes (phase, date) in order."""
    p = Participant(roepnaam=f"Deelnemer{n:03d}", birth_year=1990, gender=gender)
    d = Dossier(participant=p)
    d.aanmeldingen = [Aanmelding(participant_id=p.id, date=aanmelding, source=source)]
    d.intakes = [Intake(participant_id=p.id, date=aanmelding + dt.timedelta(days=5), work_settings=list(settings),
                        legal_position=legal)]
    d.phases = [PhaseChange(participant_id=p.id, phase=ph, date=day,
                            outcome=outcome if ph == "afgesloten" else None) for ph, day in phases]
    return d


def figures(report, table: str) -> dict[str, tuple[str, int | None]]:
    (found,) = [t for t in report.tables if t.key == table]
    return {f.category: (f.shown, f.percent) for f in found.figures}


@pytest.fixture(scope="module")
def caseload():
    """30 participants in 2025: 20 via GGD, 10 self-referred; 12 closed (6 other work, 6 stopped early)."""
    cases = []
    for n in range(30):
        phases = [("orientatie", dt.date(2025, 2, 10)), ("uitvoering", dt.date(2025, 3, 1))]
        outcome = None
        if n < 12:
            phases.append(("afgesloten", dt.date(2025, 3, 1) + dt.timedelta(days=100 + n)))
            outcome = "ander_werk" if n % 2 else "tussentijds_gestopt"
        cases.append(("Anna" if n < 15 else "Bram", person(
            n, source="ggd" if n < 20 else "zelf", phases=phases, outcome=outcome,
            settings=("raam", "online") if n < 8 else ("club",), gender="man" if n < 3 else "vrouw")))
    old = person(99, aanmelding=dt.date(2023, 5, 1),
                 phases=[("orientatie", dt.date(2023, 5, 2)), ("afgesloten", dt.date(2023, 9, 1))])
    return cases + [("Anna", old)]


def test_key_figures(caseload):
    report = build_report(caseload, START, END)
    key = figures(report, "kerncijfers")
    assert key["Deelnemers in beeld in de periode"][0] == "30"  # the one closed in 2023 is not
    assert key["Aanmeldingen"][0] == "30" and key["Intakes"][0] == "30"
    assert key["Deelnemers in traject"][0] == "30" and key["Afgesloten trajecten"][0] == "12"
    assert key["Tussentijds gestopt"][0] == "6"
    assert key["Mediane trajectduur (dagen)"][0] == "125"  # 19 + 100 + 5.5 days from oriëntatie on 10 Feb, halves up


def test_sources_and_outcomes_with_percentages(caseload):
    report = build_report(caseload, START, END)
    sources = figures(report, "aanmeldingen_bron")
    assert sources["GGD"] == ("20", 67) and sources["Zelf"] == ("10", 33) and sources["Politie"] == ("0", 0)
    assert sources["Totaal"] == ("30", None)
    outcomes = figures(report, "uitstroom_uitkomst")
    assert outcomes["Ander werk"] == ("6", 50) and outcomes["Effectief uitgestroomd (subtotaal)"] == ("6", 50)


def test_the_ministry_table_per_worker_and_programme(caseload):
    report = build_report(caseload, START, END, expected={"Anna": 20, "Bram": 25}, group_by_worker=True)
    table = figures(report, "ministerie")
    assert table["Anna — verwacht"] == ("20", None) and table["Programma — verwacht"] == ("45", None)
    assert table["Anna — ingestroomd"][0] == "15" and table["Programma — ingestroomd"][0] == "30"
    assert table["Anna — effectief uitgestroomd"][0] == "6" and table["Bram — effectief uitgestroomd"][0] == "0"
    assert table["Programma — nog in traject"][0] == "18"
    plain = figures(build_report(caseload, START, END, expected={"*": 40}), "ministerie")
    assert plain["Programma — verwacht"] == ("40", None) and not any(k.startswith("Anna") for k in plain)


def test_distributions_count_each_setting_and_share_participants(caseload):
    report = build_report(caseload, START, END)
    settings_ = figures(report, "werkvorm")
    assert settings_["Raam"] == ("8", 27) and settings_["Online"] == ("8", 27) and settings_["Club"] == ("22", 73)
    gender = figures(report, "gender")
    assert gender["Man"] == ("<5", None)
    assert gender["Vrouw"] == ("x", None)  # else 30 - 27 would give the small count away
    assert gender["Totaal"] == ("30", None)


def test_small_counts_never_show_and_no_total_gives_one_away():
    cases = [("Anna", person(n, source="politie" if n < 2 else "ggd")) for n in range(9)]
    sources = figures(build_report(cases, START, END), "aanmeldingen_bron")
    assert sources["Politie"] == ("<5", None) and sources["GGD"] == ("x", None)
    cases = [("Anna", person(n)) for n in range(3)]
    report = build_report(cases, START, END)
    assert figures(report, "kerncijfers")["Deelnemers in beeld in de periode"] == ("<5", None)
    for table in report.tables:
        for figure in table.figures:
            assert figure.shown not in {"1", "2", "3", "4"}


def test_zelfredzaamheid_change_and_goals_reached():
    cases = []
    for n in range(12):
        d = person(n, phases=[("uitvoering", dt.date(2025, 2, 10))])
        pid = d.participant.id
        d.assessments = [Assessment(participant_id=pid, instrument_id="zrm-domeinen", instrument_version="1",
                                    date=day, scores={"financien": level, "huisvesting": 3})
                         for day, level in ((dt.date(2025, 2, 1), 2), (dt.date(2025, 6, 1), 2 + (n < 7)))]
        goal = Goal(life_domain="financien", text="Een betalingsregeling", start=2, target=6)
        d.plans = [Trajectplan(participant_id=pid, date=dt.date(2025, 2, 15), goals=[goal])]
        d.evaluations = [Evaluation(participant_id=pid, plan_id=d.plans[0].plan_id, date=dt.date(2025, 5, 1),
                                    scores={goal.id: 6 if n < 7 else 3})]
        cases.append(("Anna", d))
    zrm = figures(build_report(cases, START, END), "zelfredzaamheid")
    assert zrm["Financiën — vooruit"] == ("7", 58) and zrm["Financiën — gelijk"] == ("5", 42)
    assert zrm["Huisvesting — gelijk"] == ("12", 100) and zrm["Huisvesting — gemeten (n)"] == ("12", None)
    goals = figures(build_report(cases, START, END, lang="en"), "doelen_bereikt")
    assert goals["Finances — reached"] == ("7", 58) and goals["Finances — goals (n)"] == ("12", None)
    few = figures(build_report(cases[5:], START, END), "zelfredzaamheid")  # 2 improved, 5 the same
    assert few["Financiën — vooruit"] == ("<5", None) and few["Financiën — gelijk"] == ("x", None)


def test_percent_rounds_halves_up():
    assert (percent(1, 8), percent(1, 3), percent(2, 3), percent(0, 5)) == (13, 33, 67, 0)


cells = st.dictionaries(st.sampled_from("abcdefgh"), st.integers(0, 30), min_size=8, max_size=8)


@settings(max_examples=300, deadline=None)
@given(cells, st.integers(0, 30))
def test_no_relation_is_left_with_one_hidden_cell(values, extra):
    values = dict(values)
    values["T"] = sum(values[k] for k in "abcd")
    values["S"] = values["T"] + values["e"] + values["f"]
    values["U"] = values["g"] + values["h"] + extra
    values["z"] = extra
    relations = [("T", list("abcd")), ("S", ["T", "e", "f"]), ("U", ["g", "h", "z"])]
    hidden = suppress(values, relations)
    assert {k for k, v in values.items() if 1 <= v <= 4} <= hidden
    for total, parts in relations:
        assert sum(cell in hidden for cell in (total, *parts)) != 1


@settings(max_examples=300, deadline=None)
@given(cells, st.integers(0, 30), st.sets(st.sampled_from("abcdefghTSU")))
def test_what_a_reader_can_tell_of_a_cell_always_holds_its_count(values, extra, veiled):
    """The ranges the differencing check reasons with (exports.report.bounds) never exclude the truth."""
    values = dict(values)
    values["T"] = sum(values[k] for k in "abcd")
    values["S"] = values["T"] + values["e"] + values["f"]
    values["U"] = values["g"] + values["h"] + extra
    values["z"] = extra
    relations = [("T", list("abcd")), ("S", ["T", "e", "f"]), ("U", ["g", "h", "z"])]
    hidden = suppress(values, relations, veiled)
    for key, (low, high) in ranges(marks(values, hidden, veiled), relations).items():
        assert low <= values[key] <= high


def test_nothing_personal_leaves_in_csv_or_pdf(caseload):
    report = build_report(caseload, START, END, group_by_worker=True)
    text = to_csv(report).decode("utf-8-sig") + _pdf_text(to_pdf(report))
    for _, dossier in caseload:
        assert dossier.participant.roepnaam not in text
        assert str(dossier.participant.id) not in text
    assert "1990" not in text


TABLE_KEYS = {"kerncijfers", "aanmeldingen_bron", "uitstroom_uitkomst", "ministerie", "werkvorm", "juridische_positie",
              "gender", "zelfredzaamheid", "doelen_bereikt", "uitstroom_trajectdoel", "redenen_stop", "redenen_restart",
              "uitgestapt", "begroot", "tussentijds_reden", "deelnemers_profiel", "deelnemers_sector",
              "deelnemers_herkomst", "deelnemers_leeftijd", "signalen", "contacttijd",
              "bereik", "bereik_aanmelding"}


def _csv(report) -> list[dict[str, str]]:
    """The CSV parsed back as a script would: by its header."""
    return list(csv.DictReader(io.StringIO(to_csv(report).decode("utf-8-sig"))))


def test_csv_parsed_back_has_dutch_headers_the_period_and_the_legend(caseload):
    report = build_report(caseload, START, END)
    rows = _csv(report)
    assert list(rows[0]) == ["tabel", "categorie", "begeleider", "aantal", "percentage", "periode_van", "periode_tot",
                             "tabelcode"]
    assert {(r["periode_van"], r["periode_tot"]) for r in rows} == {(START.isoformat(), END.isoformat())}
    figures_ = [r for r in rows if r["tabelcode"] != "legenda"]
    assert {r["tabelcode"] for r in figures_} == TABLE_KEYS
    assert not {r["tabel"] for r in rows} & TABLE_KEYS  # a title, never an internal id, where people read
    assert {r["begeleider"] for r in figures_} == {"Programma"}
    assert all(r["aantal"] in {"<5", "x", "."} or r["aantal"].replace(",", "").isdigit() for r in figures_)
    assert all(r["percentage"] in {"", "x", "."} or r["percentage"].isdigit() for r in figures_)
    legend = [(r["aantal"], r["categorie"][:2]) for r in rows if r["tabelcode"] == "legenda"]
    assert legend == [("<5", "<5"), ("x", "x:"), (".", ". "), ("", "le")] and rows[-1]["tabel"] == "Legenda"
    english = _csv(build_report(caseload, START, END, lang="en"))
    assert list(english[0])[:4] == ["table", "category", "case_worker", "count"]
    assert english[0]["table"] == "Key figures" and english[-1]["table"] == "Legend"


def test_no_cell_is_blank_without_meaning(caseload):
    """A median over too few people is '.', a percentage beside a withheld count 'x'; only a
    row without a denominator (a total, a median) has an empty percentage."""
    few = [c for c in caseload if c[0] == "Anna"][:5]  # 5 people, 5 closed (<5 of a kind)
    report = build_report(few + [("Bram", person(50))], START, END, group_by_worker=True)
    for table in report.tables:
        for figure in table.figures:
            assert figure.shown and all(figure.workers), (table.key, figure)
    key = {f.category: f for f in next(t for t in report.tables if t.key == "kerncijfers").figures}
    assert key["Mediane trajectduur (dagen)"].workers == ("121", ".")  # Anna: 5 closed; Bram: none
    gender = {f.category: f.percent_shown for f in next(t for t in report.tables if t.key == "gender").figures}
    assert gender["Vrouw"] == "x" and gender["Man"] == "x" and gender["Totaal"] == ""
    zrm = {f.category: f.percent_shown for f in next(t for t in report.tables if t.key == "zelfredzaamheid").figures}
    assert zrm["Financiën — vooruit"] == "."  # a percentage of nobody (no one measured)
    ministry = figures(report, "ministerie")
    assert ministry["Programma — verwacht"][0] == "."  # none entered


def test_per_begeleider_in_every_table_where_it_is_meaningful(caseload):
    from exports.report.per_worker import PER_WORKER

    report = build_report(caseload, START, END, group_by_worker=True)
    assert report.workers == ("Anna", "Bram")
    for table in report.tables:
        assert all(len(f.workers) == (2 if table.key in PER_WORKER else 0) for f in table.figures), table.key
    sources = {f.category: (f.shown, f.workers) for f in next(t for t in report.tables if t.key == "aanmeldingen_bron").figures}
    assert sources["GGD"] == ("20", ("15", "5")) and sources["Zelf"] == ("10", ("0", "10"))
    rows = _csv(report)
    ggd = {r["begeleider"]: r["aantal"] for r in rows if r["tabelcode"] == "aanmeldingen_bron" and r["categorie"] == "GGD"}
    assert ggd == {"Programma": "20", "Anna": "15", "Bram": "5"}
    outcome = next(t for t in report.tables if t.key == "uitstroom_uitkomst").figures[0]
    ministry = figures(report, "ministerie")  # her effective exits are one figure in both tables
    assert outcome.workers == (ministry["Anna — effectief uitgestroomd"][0], ministry["Bram — effectief uitgestroomd"][0])
    assert not build_report(caseload, START, END).tables[0].figures[0].workers  # only when grouped


def _pdf_text(data: bytes) -> str:
    tool = require_tool("pdftotext")
    return subprocess.run([tool, "-", "-"], input=data, capture_output=True, check=True).stdout.decode()


@pytest.mark.parametrize("lang, words", [("nl", ["Monitoringsrapportage", "Aanmeldingen naar bron", "Financiën"]),
                                         ("en", ["Monitoring report", "Referrals by source", "Finances"])])
def test_pdf_in_both_languages_with_an_embedded_font(caseload, tmp_path, lang, words):
    data = to_pdf(build_report(caseload, START, END, lang=lang))
    text = _pdf_text(data)
    assert all(w in text for w in words)
    (tmp_path / "r.pdf").write_bytes(data)
    fonts = subprocess.run([require_tool("pdffonts"), str(tmp_path / "r.pdf")], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(" yes yes " in line for line in fonts)  # every font embedded (subset)
    assert "uitstap" not in text.lower()


def test_waiting_time_per_kind_of_partner_median_and_longest():
    """Issue 14 §2: days from sending a referral to the intake there, per kind of partner; a
    referral still waiting counts until the period's end; too few referrals show no median."""
    cases = []
    for n, days in enumerate([10, 20, 30, 40, None]):  # the last still waits at the end of the year
        d = person(n)
        sent = dt.date(2025, 12, 1) if days is None else dt.date(2025, 3, 1)
        d.referrals = [Referral(participant_id=d.participant.id, partner="Schuldhulp Stad", partner_kind="schulden",
                                sent_on=sent, intake_on=sent + dt.timedelta(days=days) if days else None)]
        if n < 2:
            d.referrals.append(Referral(participant_id=d.participant.id, partner="Dak", partner_kind="wonen",
                                        sent_on=dt.date(2025, 4, 1), intake_on=dt.date(2025, 7, 1)))
        cases.append(("Anna", d))
    waits = figures(build_report(cases, START, END), "wachttijd_partner")
    assert waits["Schuldhulp — verwijzingen"] == ("5", None)
    assert waits["Schuldhulp — mediaan wachttijd (dagen)"][0] == "30"  # 10, 20, 30, 30 (still waiting), 40
    assert waits["Schuldhulp — langste wachttijd (dagen)"][0] == "40"
    assert waits["Wonen — verwijzingen"][0] == "<5"
    assert waits["Wonen — mediaan wachttijd (dagen)"][0] == "x"  # beside a withheld count


def test_every_pdf_page_carries_the_legend(caseload):
    from exports.report.legend import legend_lines

    pages = _pdf_text(to_pdf(build_report(caseload, START, END))).split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) > 1
    for page in pages:
        assert "Legenda" in page and all(line[:30] in page for line in legend_lines("nl"))


def test_one_name_per_life_domain_in_the_matrix_and_goals_tables(caseload):
    report = build_report(caseload, START, END)
    tables = {t.key: [f.category for f in t.figures] for t in report.tables}
    matrix = " | ".join(tables["zelfredzaamheid"])
    assert "Werk & dagbesteding (matrix: Werk & opleiding)" in matrix
    assert "Psychische gezondheid (matrix: Geestelijke gezondheid)" in matrix
    assert not any(c.startswith("Werk & opleiding") or c.startswith("Geestelijke") for c in tables["zelfredzaamheid"])
    assert any(c.startswith("Huisvesting — ") for c in tables["zelfredzaamheid"])  # the same name: said once
