"""Synthetic dossiers for benchmarks: realistic sizes, fictional content."""

from __future__ import annotations

import datetime as dt
import random

from forms import (
    Aanmelding, Action, Assessment, Contact, Dossier, Evaluation, Goal, Intake, Participant,
    PhaseChange, SubGoal, Trajectplan,
)

NAMES = ["Ioana", "Десислава", "Réka", "Łucja", "María", "Mirjam", "Ștefania", "Jasmijn", "Ana", "Zsófia",
         "Kim", "Ralitsa", "Bianca", "Eszter", "Nadia", "Lucía", "Agnieszka", "Marieke", "Petra", "Yara"]
ZRM = ["financien", "werk_opleiding", "tijdsbesteding", "huisvesting", "huiselijke_relaties",
       "geestelijke_gezondheid", "lichamelijke_gezondheid", "middelengebruik", "basale_adl",
       "instrumentele_adl", "sociaal_netwerk", "maatschappelijke_participatie", "justitie"]
DOMAINS = ["huisvesting", "financien", "werk_dagbesteding", "sociaal_netwerk", "veiligheid"]
PHASES = ["aanmelding", "orientatie", "uitvoering", "nazorg", "afgesloten"]


def dossier(index: int, contacts: int = 20, goals: int = 5) -> Dossier:
    """One dossier: 3 assessments, a plan of `goals` goals with 2 evaluations, `contacts` contacts."""
    rng = random.Random(index)
    start = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 500))
    person = Participant(roepnaam=f"{rng.choice(NAMES)} {index}", birth_year=rng.randint(1970, 2004),
                         gender=rng.choice(["vrouw", "trans_vrouw", "man", "non_binair"]),
                         preferred_language=rng.choice(["nl", "en", "ro", "bg", "hu"]))
    pid = person.id
    reached = rng.randint(0, 4)
    d = Dossier(participant=person)
    d.aanmeldingen = [Aanmelding(participant_id=pid, date=start, source=rng.choice(["zelf", "ggd", "outreach"]))]
    d.phases = [PhaseChange(participant_id=pid, phase=p, date=start + dt.timedelta(days=30 * i),
                            outcome=rng.choice(["ander_werk", "tussentijds_gestopt", "terugval"]) if p == "afgesloten" else None)
                for i, p in enumerate(PHASES[:reached + 1])]
    d.intakes = [Intake(participant_id=pid, date=start + dt.timedelta(days=7),
                        work_settings=rng.sample(["raam", "club", "privehuis", "thuiswerk", "online"], rng.randint(1, 2)),
                        legal_position=rng.choice(["wonen_werken_uitkering", "alleen_zelfstandig", "onbekend"]),
                        help_request="Ik wil een eigen plek en ander werk.")]
    d.assessments = [Assessment(participant_id=pid, instrument_id="zrm-domeinen", instrument_version="1",
                                date=start + dt.timedelta(days=10 + 90 * n),
                                scores={z: rng.randint(1, 5) for z in ZRM}) for n in range(3)]
    plan = Trajectplan(participant_id=pid, date=start + dt.timedelta(days=20), horizon=start + dt.timedelta(days=200),
                       goals=[Goal(life_domain=rng.choice(DOMAINS), text=f"Ik wil stap {g} zetten naar een eigen leven.",
                                   start=rng.randint(1, 4), target=rng.randint(6, 10), agreed=True,
                                   deadline=start + dt.timedelta(days=150),
                                   subgoals=[SubGoal(text="Eerste stap", start=2, target=5)],
                                   actions=[Action(who="deelnemer", what="Bellen met de gemeente",
                                                   by_when=start + dt.timedelta(days=40))])
                              for g in range(goals)])
    d.plans = [plan]
    d.evaluations = [Evaluation(participant_id=pid, plan_id=plan.plan_id, date=start + dt.timedelta(days=80 + 60 * n),
                                scores={g.id: rng.randint(1, 10) for g in plan.goals}) for n in range(2)]
    d.contacts = [Contact(participant_id=pid, date=start + dt.timedelta(days=5 * c), kind="gesprek",
                          duration_minutes=30, note="Gesprek over de week en de volgende stap.")
                  for c in range(contacts)]
    return d
