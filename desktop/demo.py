"""Fictional dossiers for the demo vault: every record type, every phase, signed plans,
and names in several scripts. Nobody here exists."""

from __future__ import annotations

import datetime as dt
import math
import random

import uuid

from forms import (
    Aanmelding, Action, Assessment, Consent, Contact, Dossier, Evaluation, Goal, Intake, KaartEntry,
    OutreachContact, Participant, PhaseChange, Point, Referral, Signature, SubGoal, Trajectplan,
)

WORKER = "Sanne de Vries"
TODAY = dt.date.today()

# roepnaam, preferred language, gender, country of birth, phase reached, outcome
PEOPLE = [
    ("Ioana", "ro", "vrouw", "Roemenië", "uitvoering", None),
    ("Десислава", "bg", "vrouw", "Bulgarije", "uitvoering", None),
    ("Réka Szabó", "hu", "vrouw", "Hongarije", "orientatie", None),
    ("Łucja", "pl", "vrouw", "Polen", "nazorg", None),
    ("María José", "es", "trans_vrouw", "Colombia", "uitvoering", None),
    ("Mirjam", "nl", "vrouw", "Nederland", "afgesloten", "ander_werk"),
    ("Ștefania", "ro", "vrouw", "Roemenië", "afgesloten", "tussentijds_gestopt"),
    ("Jasmijn", "nl", "non_binair", "Nederland", "aanmelding", None),
    ("Ana", "en", "vrouw", "Brazilië", "afgesloten", "terugval"),
    ("Zsófia", "hu", "vrouw", "Hongarije", "uitvoering", None),
    ("Kim", "nl", "man", "Nederland", "orientatie", None),
    ("Ralitsa", "bg", "wil_ik_niet_zeggen", "wil_ik_niet_zeggen", "nazorg", None),
]
# The programme's sociale kaart: fictional partners, fixed ids so the demo's referrals point at them.
KAART = [
    ("Schuldhulp Stad", "schulden", "Overzicht van schulden, betalingsregeling", ["nl", "en"], "Fatima El Amrani", 28),
    ("Woonstichting Dak", "wonen", "Kamer met begeleiding", ["nl"], "Joris Bakker", 90),
    ("Jellinek-team Centrum", "verslaving", "Gesprekken, dagbehandeling", ["nl", "en", "pl"], "Petra Smit", 14),
    ("Huisartsenpraktijk De Brug", "huisarts", "Spreekuur zonder verzekering", ["nl", "en", "ro"], "dr. Öztürk", 3),
    ("Zedenrecherche", "politie", "Aangifte, informatief gesprek", ["nl", "en"], "Inspecteur Vos", 7),
    ("Taalschool Woord", "onderwijs", "NT2-les, inburgering", ["nl", "bg", "hu"], "Anouk Peeters", 21),
    ("Werkpunt", "werk", "Cv, sollicitatietraining, werkervaringsplek", ["nl", "en", "es"], "Mo Haddad", 14),
    ("Juridisch Loket", "juridisch", "Verblijfsrecht, arbeidsrecht", ["nl", "en"], "mr. De Wit", 10),
]


def demo_kaart() -> list[KaartEntry]:
    return [KaartEntry(id=uuid.uuid5(uuid.NAMESPACE_URL, f"koers-demo-kaart/{name}"), name=name, kind=kind,
                       offers=offers, languages=languages, contact_person=person, phone=f"020 555 01{n:02d}",
                       waiting_days=wait)
            for n, (name, kind, offers, languages, person, wait) in enumerate(KAART)]


# Veldwerk over the last months: (days ago, place, people, topics, languages, offered, asked to start).
OUTREACH = [
    (3, "raam", 14, ["kennismaking", "gezondheid"], ["ro", "bg"], ["informatie", "gesprek"], 1),
    (9, "club_privehuis", 6, ["gezondheid", "geld"], ["nl", "hu"], ["informatie", "naar_gezondheid"], 0),
    (16, "online", 23, ["kennismaking"], ["nl", "en", "es"], ["informatie"], 2),
    (24, "inloop", 3, ["geld", "wonen", "stoppen"], ["ro"], ["gesprek", "afspraak", "naar_schulden"], 2),
    (31, "raam", 11, ["veiligheid", "verblijf"], ["ro", "pl"], ["gesprek", "naar_juridisch"], 0),
    (45, "escort_thuis", 2, ["werk", "stoppen"], ["nl"], ["praktisch", "naar_werk"], 1),
    (58, "telefoon", 1, ["welzijn"], ["en"], ["gesprek"], 1),
    (72, "club_privehuis", 8, ["kennismaking", "gezondheid"], ["nl", "th"], ["informatie"], 0),
]


def demo_outreach() -> list[OutreachContact]:
    """Outreach contacts without a dossier, fixed ids so a second demo makes no doubles."""
    return [OutreachContact(id=uuid.uuid5(uuid.NAMESPACE_URL, f"koers-demo-outreach/{n}"),
                            date=TODAY - dt.timedelta(days=days), place=place, people=people, topics=topics,
                            languages=languages, offered=offered, asked_to_start=asked)
            for n, (days, place, people, topics, languages, offered, asked) in enumerate(OUTREACH)]


# Closed long ago: past the programme's retention term (two years), for the review flow.
CLOSED_LONG_AGO = {"Mirjam"}
# Not seen for weeks: the agenda's demo shows Kim's missing contact and Ralitsa's aftercare check-in.
NOT_SEEN_LATELY = {"Kim", "Ralitsa"}
PHASE_ORDER = ["aanmelding", "orientatie", "uitvoering", "nazorg", "afgesloten"]
SOURCES = ["outreach", "zelf", "ggd", "netwerk", "politie", "online", "hulpverlening"]
# The goal each trajectory works towards; Łucja's changed on the way (issue 13).
TRAJECTORY_GOALS = ["uitstappen", "andere_dagbesteding", "veiliger_werken", "minder_sekswerk", "eerst_stabiliseren"]
SETTINGS = [["raam"], ["club", "privehuis"], ["thuiswerk"], ["zelfstandig_escort", "online"], ["straat"]]
GOALS = [
    ("huisvesting", "Ik wil een eigen kamer met een huurcontract op mijn naam.", 3, 8,
     "Inschrijven bij woningnet en twee kamers bekijken"),
    ("financien", "Ik wil weten hoeveel schuld ik heb en een betalingsregeling.", 2, 7,
     "Samen met de schuldhulp alle brieven sorteren"),
    ("werk_dagbesteding", "Ik wil drie dagen per week werken in de zorg of de horeca.", 4, 8,
     "Een cv maken en twee sollicitaties sturen"),
    ("veiligheid", "Ik wil me veilig voelen in mijn eigen huis.", 3, 9,
     "Een veiligheidsplan maken met mijn begeleider"),
    ("sociaal_netwerk", "Ik wil elke week iemand spreken buiten het werk.", 2, 6,
     "Naar de taalcafé-avond op dinsdag gaan"),
]


def _strokes(rng: random.Random) -> list[list[Point]]:
    """A handwriting-like scribble: a few wavy strokes from left to right."""
    strokes, x = [], 0.08
    for _ in range(rng.randint(2, 4)):
        width = rng.uniform(0.15, 0.3)
        points = [Point(x=min(0.98, x + width * i / 24),
                        y=0.5 + 0.25 * math.sin(i / 3 + rng.random()) * rng.uniform(0.6, 1.0),
                        pressure=0.4 + 0.4 * abs(math.sin(i / 5))) for i in range(25)]
        strokes.append(points)
        x += width + 0.04
    return strokes


def _plan(participant: Participant, rng: random.Random, start: dt.date, signed: bool) -> Trajectplan:
    goals = []
    for domain, text, begin, target, action in rng.sample(GOALS, 3):
        goals.append(Goal(
            life_domain=domain, text=text, start=begin, target=target, agreed=True,
            specific=text, measurable=f"Van {begin} naar {target} op de schaal van 1 tot 10",
            realistic="Past bij wat ze nu aankan", deadline=start + dt.timedelta(days=rng.randint(120, 240)),
            subgoals=[SubGoal(text="Eerste stap gezet", start=begin, target=min(10, begin + 2))],
            actions=[Action(who="deelnemer", what=action, by_when=TODAY + dt.timedelta(days=rng.randint(3, 30))),
                     Action(who=WORKER, what="Meegaan naar de eerste afspraak", by_when=start + dt.timedelta(days=14),
                            done=start + dt.timedelta(days=14) < TODAY)],
        ))
    plan = Trajectplan(participant_id=participant.id, date=start, horizon=start + dt.timedelta(days=270),
                       worker=WORKER, goals=goals)
    if signed:
        at = dt.datetime.combine(start, dt.time(14, 30), dt.timezone.utc)
        plan.signatures = [
            Signature(role=role, name=name, signed_at=at, strokes=_strokes(rng), plan_hash=plan.plan_content_hash())
            for role, name in (("deelnemer", participant.roepnaam), ("begeleider", WORKER))
        ]
    return plan


def _assessments(participant: Participant, domain_ids: list[str], rng: random.Random,
                 first: dt.date, count: int) -> list[Assessment]:
    levels = {d: rng.choice([1, 2, 2, 3, 3, 4]) for d in domain_ids}
    result = []
    for n in range(count):
        scores = {d: (None if rng.random() < 0.08 else min(5, level + n * rng.randint(0, 1)))
                  for d, level in levels.items()}
        result.append(Assessment(participant_id=participant.id, instrument_id="zrm-domeinen",
                                 instrument_version="1", date=first + dt.timedelta(days=90 * n),
                                 scores=scores, assessor=WORKER))
    return result


def _episode(phases: list[PhaseChange], index: int, outcome: str | None, start: dt.date) -> list[PhaseChange]:
    """Her goal, the day she stopped sex work and why, and for Ana the day she started again."""
    phases = [phases[0].model_copy(update={"goal": TRAJECTORY_GOALS[index % len(TRAJECTORY_GOALS)]}), *phases[1:]]
    last: dict = {}
    if outcome:
        last = {"outcome": outcome}
    if outcome == "tussentijds_gestopt":
        last |= {"dropout_reason": "vertrokken", "outcome_reason": "Verhuisd naar een andere stad"}
    if index % len(PEOPLE) in (3, 5, 8, 11):  # Łucja, Mirjam, Ana, Ralitsa stopped sex work
        last |= {"stopped_on": start + dt.timedelta(days=30), "stop_reasons": ["schulden", "andere_baan"]}
    if index % len(PEOPLE) == 8:  # Ana started again after a few months out
        last |= {"restarted_on": start + dt.timedelta(days=150),
                 "restart_reasons": ["geldproblemen", "geen_ander_werk"]}
    if index % len(PEOPLE) == 3 and len(phases) > 2:
        phases[2] = phases[2].model_copy(update={"goal": "andere_dagbesteding"})
    return [*phases[:-1], phases[-1].model_copy(update=last)] if last else phases


def _safety(index: int, rng: random.Random) -> dict:
    """Ralitsa's intake records signals, her B8/B9 reflection period and a report under consideration."""
    if index % len(PEOPLE) != 11:
        return {"reflection_period": "niet_van_toepassing", "police_report": "geen",
                "profile": rng.choice(["carriereswitch", "meerdere_hulpvragen"])}
    return {"signals": ["geld_afstaan", "paspoort_kwijt"], "profile": "slachtoffer_uitbuiting",
            "reflection_period": "loopt", "police_report": "overweegt"}


def demo_dossier(index: int) -> Dossier:
    """One fictional dossier; `index` picks the person and seeds everything else."""
    from matrix.instruments import builtin  # the demo scores the shipped instrument

    name, language, gender, country, phase, outcome = PEOPLE[index % len(PEOPLE)]
    rng = random.Random(index)
    # Closed long ago: 820 to 1220 days, so past a two-year term, and within four years.
    start = TODAY - dt.timedelta(days=rng.randint(200, 600) + (800 if name in CLOSED_LONG_AGO else 0))
    p = Participant(roepnaam=name if index < len(PEOPLE) else f"{name} {index}", preferred_language=language,
                    languages=sorted({language, "nl"}), gender=gender, country_of_birth=country,
                    birth_year=rng.randint(1975, 2003), contact_person=WORKER,
                    contact_preferences=rng.sample(["telefoon", "whatsapp", "geen_huisbezoek"], 2))
    d = Dossier(participant=p)
    pid = p.id
    d.aanmeldingen.append(Aanmelding(participant_id=pid, date=start, source=rng.choice(SOURCES)))
    reached = PHASE_ORDER.index(phase)
    d.phases = [PhaseChange(participant_id=pid, phase=ph, date=start + dt.timedelta(days=45 * i))
                for i, ph in enumerate(PHASE_ORDER[:reached + 1])]
    d.phases = _episode(d.phases, index, outcome, start)
    if reached >= 1:
        d.intakes.append(Intake(
            participant_id=pid, date=start + dt.timedelta(days=10), legal_position=rng.choice(
                ["wonen_werken_uitkering", "alleen_zelfstandig", "onbekend"]),
            work_settings=rng.choice(SETTINGS), sector=rng.choice(["vergund", "onvergund"]),
            years_in_sex_work=rng.randint(1, 15), reasons_to_stop=rng.sample(["andere_baan", "partner", "fysiek_zwaar"], 2),
            earlier_attempts=rng.randint(0, 3), **_safety(index, rng),
            help_request="Ik wil rust, een eigen plek en werk waar ik trots op ben.",
            expectations="Dat iemand met me meegaat naar de gemeente.",
            conditions=["taal"] if language != "nl" else [],
            domain_situations={"huisvesting": "Slaapt nu bij een vriendin."}))
        d.consents.append(Consent(participant_id=pid, purpose="registratie", given_on=start + dt.timedelta(days=10),
                                  how="mondeling"))
        debt = demo_kaart()[0]
        d.consents.append(Consent(participant_id=pid, purpose="delen_ketenpartner", recipient=debt.name,
                                  given_on=start + dt.timedelta(days=20), how="getekend"))
        status = rng.choice(["wachtlijst", "gestart"])
        d.referrals.append(Referral(participant_id=pid, partner=debt.name, purpose="Overzicht van schulden",
                                    consent_id=d.consents[-1].id, status=status, partner_id=debt.id,
                                    partner_kind=debt.kind, sent_on=start + dt.timedelta(days=25),
                                    intake_on=min(TODAY, start + dt.timedelta(days=45 + index)) if status == "gestart" else None))
        # Case oversight: shared with the supervisor, except by Ștefania, who withdrew it when she
        # stopped (Jasmijn, just referred, was not asked yet): theirs travel anonymously.
        withdrawn = start + dt.timedelta(days=100) if name == "Ștefania" else None
        d.consents.append(Consent(participant_id=pid, purpose="delen_leidinggevende", how="getekend",
                                  given_on=start + dt.timedelta(days=10), withdrawn_on=withdrawn))
        d.assessments = _assessments(p, builtin().domain_ids, rng, start + dt.timedelta(days=12), min(3, reached + 1))
    d.contacts = [Contact(participant_id=pid, date=start + dt.timedelta(days=7 * i), kind=rng.choice(
        ["outreach", "gesprek", "telefoon", "whatsapp", "begeleiding"]), duration_minutes=rng.choice([15, 30, 60]),
        note="Gesprek over de week en de volgende stap.") for i in range(4 + reached * 2)]
    if 1 <= reached <= 3 and name not in NOT_SEEN_LATELY:  # the agenda's demo: most were seen lately
        d.contacts.append(Contact(participant_id=pid, date=TODAY - dt.timedelta(days=2 + index % 12), kind="gesprek",
                                  duration_minutes=30, note="Even bijgepraat."))
    if reached >= 2:
        # Her current plan: signed a few months ago, evaluated twice since, deadlines mostly ahead.
        recent = TODAY - dt.timedelta(days=rng.randint(95, 130))
        plan_day = start + dt.timedelta(days=60)
        plan = _plan(p, rng, plan_day if name in CLOSED_LONG_AGO else max(plan_day, recent), signed=True)
        d.plans.append(plan)
        for n in (1, 2):
            d.evaluations.append(Evaluation(
                participant_id=pid, plan_id=plan.plan_id, date=plan.date + dt.timedelta(days=45 * n),
                scores={g.id: min(10, g.start + n + rng.randint(-1, 1)) for g in plan.goals}, assessor=WORKER))
        if index % 3 == 0:  # a newer, not yet signed version
            d.plans.append(_plan(p, rng, TODAY - dt.timedelta(days=3), signed=False).model_copy(
                update={"plan_id": plan.plan_id, "version": 2}))
    elif reached == 1:
        d.plans.append(_plan(p, rng, start + dt.timedelta(days=30), signed=False))
    return d


def demo_dossiers(count: int = len(PEOPLE)) -> list[Dossier]:
    return [demo_dossier(i) for i in range(count)]
