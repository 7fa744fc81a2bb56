"""Her copy in plain words: codes become their labels (also of required fields, whose marker
pydantic moves), ids and hashes stay out, and a correction inside a goal names what changed."""

import datetime as dt

from exports.inzage.words import changes, flat_rows, rows
from forms import Consent, Goal, Participant, PhaseChange, Trajectplan
from forms.vocab import DECLINED


def test_codes_become_labels_and_bookkeeping_stays_out():
    pid = Participant(roepnaam="Ioana").id
    phase = PhaseChange(participant_id=pid, phase="afgesloten", date=dt.date(2025, 3, 3), outcome="ander_werk")
    assert rows(phase, "nl") == [("Fase", "Afgesloten"), ("Datum", "3 maart 2025"), ("Uitstroomreden", "Ander werk")]
    consent = Consent(participant_id=pid, purpose="delen_ketenpartner", recipient="Schuldhulp")
    assert ("Purpose", "Sharing with a partner organisation") in rows(consent, "en")
    person = Participant(roepnaam="Ioana", birth_year=DECLINED, languages=["ro", "nl"])
    shown = dict(rows(person, "nl"))
    assert shown["Geboortejaar"] == "Wil ik niet zeggen" and shown["Talen"] == "Roemeens, Nederlands"  # languages by their name
    assert set(shown) == {"Roepnaam", "Geboortejaar", "Talen"}  # no id, revision or time of saving


def test_a_correction_inside_a_goal_names_the_field_and_both_values():
    pid = Participant(roepnaam="Ioana").id
    goal = Goal(text="Een eigen kamer.", life_domain="huisvesting", start=3, target=8)
    plan = Trajectplan(participant_id=pid, goals=[goal])
    corrected = plan.model_copy(update={"goals": [goal.model_copy(update={"text": "Een eigen huis."})]})
    assert changes(plan, corrected, "nl") == [("Doel 1 · Doel in eigen woorden", "Een eigen kamer.", "Een eigen huis.")]
    assert ("Doel 1 · Leefgebied", "Huisvesting") in flat_rows(plan, "nl")
