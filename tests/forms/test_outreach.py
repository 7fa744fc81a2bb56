"""Issue 14 §4: an outreach contact holds codes and counts only — nothing that could name anyone."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from forms import RECORD_TYPES, explain
from forms.dossier import STANDALONE_KINDS
from forms.outreach import OutreachContact

DAY = dt.date(2026, 3, 2)


def _contact(**changes) -> OutreachContact:
    return OutreachContact.model_validate({"date": DAY, "place": "raam", "people": 6} | changes)


def test_a_contact_is_a_stored_kind_of_its_own_outside_any_dossier():
    contact = _contact(topics=["gezondheid", "geld"], languages=["ro", "bg"], offered=["informatie"],
                       asked_to_start=2)
    assert RECORD_TYPES["outreach"] is OutreachContact and "outreach" in STANDALONE_KINDS
    assert contact.dossier_id == contact.id  # its own 'dossier' for ownership
    assert OutreachContact.model_validate_json(contact.model_dump_json()) == contact


def test_there_is_no_field_a_name_or_a_note_could_go_in():
    for field in ("note", "name", "roepnaam", "location", "description"):
        with pytest.raises(ValidationError):
            _contact(**{field: "Ioana bij raam 12"})
    strings = [name for name, info in OutreachContact.model_fields.items()
               if info.annotation is str and name not in ("place",)]
    assert strings == []  # every text is a code of a vocabulary or a language code


@pytest.mark.parametrize(("changes", "words"), [
    ({"place": "achterkamer"}, "Plaats of kanaal"),
    ({"place": None}, "Plaats of kanaal: is verplicht"),
    ({"people": ""}, "Aantal mensen: is verplicht"),
    ({"topics": ["roddel"]}, "Onderwerpen"),
    ({"offered": ["geld"]}, "Aangeboden of verwezen"),
    ({"languages": ["Roemeens"]}, "Talen"),
    ({"people": 0}, "Aantal mensen"),
    ({"people": 5000}, "Aantal mensen"),
    ({"asked_to_start": 7}, "Wilden zich aanmelden: is meer dan het aantal mensen"),
    ({"date": dt.date.today() + dt.timedelta(days=2)}, "Datum"),
])
def test_a_bad_value_is_refused_in_plain_words(changes, words):
    with pytest.raises(ValidationError) as caught:
        _contact(**changes)
    assert any(words in line for line in explain(caught.value, "nl")), explain(caught.value, "nl")
    assert explain(caught.value, "en")  # English has the words too
