"""The funders' figures of issue 13 over hand-made dossiers with known answers: outcomes by goal,
reasons to stop and to start again, time out, budgets, early stops by reason, profile and contact time."""

from __future__ import annotations

import datetime as dt

import pytest

from exports.report import build_report, to_csv
from forms import Contact, Dossier, Intake, Participant, PhaseChange

START, END = dt.date(2025, 1, 1), dt.date(2025, 12, 31)
D = dt.date


def dossier(n: int, *, phases=(), birth_year=1990, country="Roemenië", intake=None, contacts=(),
            stopped_on=None) -> Dossier:
    """phases: dicts of PhaseChange fields in order (participant_id filled in)."""
    p = Participant(roepnaam=f"D{n:03d}", birth_year=birth_year, country_of_birth=country,
                    stopped_sex_work_on=stopped_on)
    d = Dossier(participant=p)
    d.intakes = [Intake(participant_id=p.id, date=D(2025, 2, 1), **(intake or {}))]
    d.phases = [PhaseChange(participant_id=p.id, **fields) for fields in phases]
    d.contacts = [Contact(participant_id=p.id, date=day, duration_minutes=minutes) for day, minutes in contacts]
    return d


def closed(goal, outcome, **closing) -> tuple[dict, ...]:
    return ({"phase": "uitvoering", "date": D(2025, 2, 10), "goal": goal},
            {"phase": "afgesloten", "date": D(2025, 6, 1), "outcome": outcome, **closing})


def table(report, key: str) -> dict[str, str]:
    (found,) = [t for t in report.tables if t.key == key]
    return {f.category: f.shown for f in found.figures}


def percents(report, key: str) -> dict[str, int | None]:
    (found,) = [t for t in report.tables if t.key == key]
    return {f.category: f.percent for f in found.figures}


@pytest.fixture(scope="module")
def report():
    cases = []
    # 6 aimed at less sex work and reached it; 5 aimed to leave and found other work
    cases += [dossier(n, phases=closed("minder_sekswerk", "minder_sekswerk")) for n in range(6)]
    cases += [dossier(10 + n, phases=closed("uitstappen", "ander_werk")) for n in range(5)]
    # 5 stopped early because of debts; 5 for another reason, their goal changed on the way
    cases += [dossier(20 + n, phases=closed("uitstappen", "tussentijds_gestopt", dropout_reason="schulden"))
              for n in range(5)]
    cases += [dossier(30 + n, phases=({"phase": "uitvoering", "date": D(2025, 2, 10), "goal": "uitstappen"},
                                      {"phase": "uitvoering", "date": D(2025, 3, 1), "goal": "veiliger_werken"},
                                      {"phase": "afgesloten", "date": D(2025, 5, 1), "outcome": "tussentijds_gestopt",
                                       "dropout_reason": "anders"})) for n in range(5)]
    # 6 stopped in 2023 (debts, a raid) and are still out; 5 stopped in mid-2025 (too recent)
    cases += [dossier(40 + n, phases=({"phase": "nazorg", "date": D(2025, 1, 5), "stopped_on": D(2023, 6, 1),
                                       "stop_reasons": ["schulden", "controle_inval"]},)) for n in range(6)]
    cases += [dossier(50 + n, birth_year=2003, country="Nederland",
                      phases=({"phase": "uitvoering", "date": D(2025, 3, 1), "stopped_on": D(2025, 6, 1)},))
              for n in range(5)]
    # 5 started again in 2025 after 100 + n days out, for money problems (two also enjoyed it)
    cases += [dossier(60 + n, country="Thailand", phases=(
        {"phase": "uitvoering", "date": D(2025, 1, 10), "stopped_on": D(2025, 2, 1)},
        {"phase": "uitvoering", "date": D(2025, 5, 13) + dt.timedelta(days=n), "restarted_on": D(2025, 5, 13) + dt.timedelta(days=n),
         "restart_reasons": ["geldproblemen", "leuk"] if n < 2 else ["geldproblemen"]}),
        intake={"reasons_to_stop": ["partner"], "profile": "slachtoffer_uitbuiting", "sector": "onvergund",
                "signals": ["geld_afstaan"]},
        contacts=[(D(2025, 3, 1), 60), (D(2025, 4, 1), 30 * n), (D(2024, 12, 1), 500)]) for n in range(5)]
    return build_report([("Anna", d) for d in cases], START, END, budgets={"intakes": 50, "work": 8})


def test_outcomes_by_goal_count_the_goal_in_force_when_the_trajectory_closed(report):
    rows = table(report, "uitstroom_trajectdoel")
    assert rows["Minder sekswerk naast ander inkomen — minder sekswerk naast ander inkomen"] == "6"
    assert rows["Stoppen met sekswerk — effectief uitgestroomd"] == "5"
    assert rows["Stoppen met sekswerk — tussentijds gestopt"] == "5"
    assert rows["Veiliger werken — tussentijds gestopt"] == "5"  # the goal changed before she stopped
    assert rows["Stoppen met sekswerk — afgesloten (n)"] == "10"
    assert rows["Eerst stabiliseren — afgesloten (n)"] == "0"
    # the ministry's table keeps its categories: minder sekswerk is no effective exit there
    assert table(report, "ministerie")["Programma — effectief uitgestroomd"] == "5"
    assert table(report, "uitstroom_uitkomst")["Minder sekswerk naast ander inkomen"] == "6"


def test_early_stops_by_reason_add_up_to_the_early_stops(report):
    rows = table(report, "tussentijds_reden")
    assert rows["Schulden"] == "5" and rows["Een andere reden"] == "5" and rows["Totaal"] == "10"
    assert rows["Niet ingevuld"] == "0"


def test_reasons_count_participants_with_the_percent_of_those_who_answered(report):
    stop = table(report, "redenen_stop")
    assert stop["Schulden"] == "6" and stop["Een controle of inval"] == "6"
    assert stop["Mijn partner had bezwaar tegen het werk"] == "5"  # from the intake
    assert stop["Deelnemers met minstens één reden (n)"] == "11"
    assert percents(report, "redenen_stop")["Schulden"] == 55
    restart = table(report, "redenen_restart")
    assert restart["Geldproblemen"] == "5" and restart["Ik vond het werk leuk"] == "<5"
    assert percents(report, "redenen_restart")["Geldproblemen"] == 100


def test_long_term_out_and_median_time_out(report):
    rows = table(report, "uitgestapt")
    assert rows["Langdurig uitgestapt (minstens een jaar, niet weer begonnen)"] == "6"  # not the 2025 ones
    assert rows["Weer begonnen in de periode"] == "5"
    assert rows["Mediane tijd uit het sekswerk vóór het weer beginnen (dagen)"] == "103"  # 101..105 days


def test_long_term_out_needs_a_whole_year_and_no_return():
    just = dossier(1, stopped_on=D(2024, 12, 31))  # the participant's own date counts as a stop
    not_yet = dossier(2, stopped_on=D(2025, 1, 1))
    back = dossier(3, phases=({"phase": "nazorg", "date": D(2024, 1, 1), "stopped_on": D(2023, 1, 1),
                               "restarted_on": D(2024, 6, 1)},))
    rows = build_report([("A", d) for d in (just, not_yet, back)], START, END)
    assert table(rows, "uitgestapt")["Langdurig uitgestapt (minstens een jaar, niet weer begonnen)"] == "<5"
    alone = build_report([("A", d) for d in [just] * 5 + [not_yet, back]], START, END)
    assert table(alone, "uitgestapt")["Langdurig uitgestapt (minstens een jaar, niet weer begonnen)"] == "5"


def test_budgets_stand_beside_intakes_held_and_other_work_found(report):
    rows = table(report, "begroot")
    assert rows["Intakes — begroot"] == "50" and rows["Intakes — gehouden"] == "37"
    assert rows["(Tijdelijk) ander werk — geschat"] == "8" and rows["(Tijdelijk) ander werk — gevonden"] == "5"


def test_participants_by_profile_sector_origin_age_and_signals(report):
    assert table(report, "deelnemers_profiel")["Slachtoffer van uitbuiting"] == "5"
    assert table(report, "deelnemers_sector")["Onvergunde sector"] == "5"
    origin = table(report, "deelnemers_herkomst")
    assert origin["Midden- en Oost-Europa (EU)"] == "27" and origin["Nederland"] == "5" and origin["Azië"] == "5"
    age = table(report, "deelnemers_leeftijd")
    assert age["Jonger dan 25"] == "5" and age["35 tot 45"] == "32" and age["Totaal"] == "37"
    assert table(report, "signalen")["Deelnemers met minstens één signaal"] == "5"


def test_contact_time_counts_the_period_only(report):
    rows = table(report, "contacttijd")
    assert rows["Deelnemers met contact met een duur in de periode"] == "5"
    # 60 + 30n minutes each (n = 0..4): 300 + 300 = 600 minutes; the one in 2024 is left out
    assert rows["Contacttijd totaal (uren)"] == "10,0"
    assert rows["Mediane contacttijd per deelnemer (minuten)"] == "120"


def test_small_counts_in_the_new_tables_follow_the_rules():
    few = [dossier(n, phases=closed("veiliger_werken", "veiliger_werken")) for n in range(3)]
    report = build_report([("A", d) for d in few], START, END)
    assert table(report, "uitstroom_trajectdoel")["Veiliger werken — veiliger werken"] == "<5"
    assert table(report, "contacttijd")["Mediane contacttijd per deelnemer (minuten)"] == "."  # nobody to compute it over


def test_the_new_tables_are_in_english_and_in_the_csv(report):
    english = build_report([("A", dossier(1, phases=closed("uitstappen", "ander_werk")))], START, END, lang="en")
    assert "Leave sex work — effective exit" in table(english, "uitstroom_trajectdoel")
    assert b"redenen_restart" in to_csv(report)


def test_a_new_attempt_is_a_new_episode_with_its_own_goal_and_outcome():
    """She closed with 'terugval', came back a year later with another goal and reached it."""
    attempts = ({"phase": "uitvoering", "date": D(2024, 1, 10), "goal": "uitstappen"},
                {"phase": "afgesloten", "date": D(2025, 2, 1), "outcome": "terugval", "restarted_on": D(2025, 1, 20)},
                {"phase": "orientatie", "date": D(2025, 3, 1), "goal": "veiliger_werken"},
                {"phase": "afgesloten", "date": D(2025, 9, 1), "outcome": "veiliger_werken"})
    report = build_report([("A", dossier(n, phases=attempts)) for n in range(5)], START, END)
    rows = table(report, "uitstroom_trajectdoel")
    assert rows["Stoppen met sekswerk — terugval"] == "5" and rows["Veiliger werken — veiliger werken"] == "5"
    assert table(report, "kerncijfers")["Afgesloten trajecten"] == "10"
