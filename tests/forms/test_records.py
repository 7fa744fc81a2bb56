"""Rules of the records: what is required, what is refused, and the plain messages."""

import datetime as dt
from uuid import uuid4

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from forms import (
    DECLINED, RECORD_TYPES, Aanmelding, Assessment, Consent, Contact, Dossier, Evaluation, Goal,
    Intake, Participant, PhaseChange, Point, Referral, Signature, Trajectplan, episodes, explain,
)
from forms.base import canonical_json, sha256_hex
from forms.vocab import label, lookup, vocabulary

PID = uuid4()
NOW = dt.datetime(2025, 5, 1, 12, 0, tzinfo=dt.timezone.utc)


def errors(exc: pytest.ExceptionInfo, lang: str = "nl") -> list[str]:
    return explain(exc.value, lang)


def test_only_roepnaam_is_required():
    person = Participant(roepnaam="  Ioana ")
    assert person.roepnaam == "Ioana"
    for kind, cls in RECORD_TYPES.items():
        required = [n for n, f in cls.model_fields.items() if f.is_required()]
        # A decision to keep her dossier longer is the worker's, not something asked of her.
        assert set(required) <= {"roepnaam", "participant_id", "purpose", "phase", "partner",
                                 "instrument_id", "instrument_version", "plan_id",
                                 # a kaart entry: which partner; a handover is written by Koers itself
                                 "name", "kind", "to_fingerprint", "to_name", "basis", "handover_id",
                                 "decided_on", "keep_until", "reason",
                                 # an outreach contact (no one's dossier): where, and how many people
                                 "place", "people"}, kind


def test_missing_roepnaam_is_named_in_dutch_and_english():
    with pytest.raises(ValidationError) as exc:
        Participant(roepnaam="   ")
    assert errors(exc) == ["Roepnaam: mag niet leeg zijn"]
    assert errors(exc, "en") == ["Chosen name: must not be empty"]


@pytest.mark.parametrize("year", [1899, dt.date.today().year + 1])
def test_birth_year_outside_range(year):
    with pytest.raises(ValidationError) as exc:
        Participant(roepnaam="Ana", birth_year=year)
    assert errors(exc)[0].startswith("Geboortejaar: moet tussen 1900 en")


def test_prefer_not_to_say_is_kept_apart_from_unknown():
    declined = Participant(roepnaam="Ana", birth_year=DECLINED, gender=DECLINED, nationality=DECLINED)
    unknown = Participant(roepnaam="Ana", gender="onbekend")
    assert declined.gender == "wil_ik_niet_zeggen" and unknown.gender == "onbekend"
    assert declined.birth_year == DECLINED and unknown.birth_year is None
    assert label("genders", DECLINED, "en") == "Prefer not to say"


def test_unknown_vocabulary_code_names_field_and_value():
    with pytest.raises(ValidationError) as exc:
        Intake(participant_id=PID, work_settings=["raam", "tippelzone"])
    assert errors(exc) == ["Werkvormen: kent de waarde 'tippelzone' niet"]


def test_vocabulary_lookup_ignores_case_and_accents():
    assert lookup("work_settings", "PRIVEHUIS") == "privehuis"
    assert lookup("work_settings", "Privéhuis") == "privehuis"
    assert lookup("sources", "outreach/veldwerk") == "outreach"
    assert lookup("phases", "oriëntatie") == "orientatie"
    assert lookup("phases", "iets anders") is None


def test_every_vocabulary_has_dutch_and_english_labels():
    for name in ["genders", "sources", "work_settings", "stop_reasons", "outcomes", "phases", "life_domains"]:
        terms = vocabulary(name)
        assert terms and all(t.nl and t.en for t in terms.values())


def test_stop_reasons_follow_report_000_table_5_2_and_issue_13():
    assert len(vocabulary("stop_reasons")) == 12


def test_future_dates_are_refused():
    with pytest.raises(ValidationError) as exc:
        Contact(participant_id=PID, date=dt.date.today() + dt.timedelta(days=2))
    assert errors(exc) == ["Datum: ligt in de toekomst"]


def test_consent_cannot_be_withdrawn_before_given():
    with pytest.raises(ValidationError) as exc:
        Consent(participant_id=PID, purpose="registratie", given_on=dt.date(2025, 3, 1),
                withdrawn_on=dt.date(2025, 2, 1))
    assert "intrekken kan niet vóór het geven" in errors(exc)[0]
    consent = Consent(participant_id=PID, purpose="anonieme_rapportage", given_on=dt.date(2025, 1, 1),
                      withdrawn_on=dt.date(2025, 2, 1))
    assert consent.active_on(dt.date(2025, 1, 15)) and not consent.active_on(dt.date(2025, 2, 1))


def test_outcome_only_when_closing():
    with pytest.raises(ValidationError):
        PhaseChange(participant_id=PID, phase="nazorg", outcome="ander_werk")
    assert PhaseChange(participant_id=PID, phase="afgesloten", outcome="terugval").outcome == "terugval"


def test_a_terugval_reopens_a_new_episode():
    day = dt.date(2024, 1, 1)
    history = [PhaseChange(participant_id=PID, phase=p, date=day + dt.timedelta(days=i), **extra)
               for i, (p, extra) in enumerate([("aanmelding", {}), ("uitvoering", {}),
                                               ("afgesloten", {"outcome": "terugval"}), ("orientatie", {})])]
    assert [len(e) for e in episodes(history)] == [3, 1]
    dossier = Dossier(participant=Participant(id=PID, roepnaam="Ana"), phases=history)
    assert dossier.phase == "orientatie"


@given(st.integers(1, 10), st.integers(1, 10))
def test_target_below_start_needs_lower_is_better(start, target):
    if target < start:
        with pytest.raises(ValidationError) as exc:
            Goal(text="Minder drinken", start=start, target=target)
        assert "lager is beter" in explain(exc.value)[0]
        assert Goal(text="Minder drinken", start=start, target=target, lower_is_better=True).target == target
    else:
        assert Goal(text="Meer rust", start=start, target=target).target == target


@given(st.one_of(st.integers(-5, 0), st.integers(11, 50)))
def test_scores_are_whole_numbers_from_1_to_10(score):
    with pytest.raises(ValidationError):
        Goal(text="x", start=score)
    with pytest.raises(ValidationError):
        Evaluation(participant_id=PID, plan_id=PID, scores={uuid4(): score})


def test_score_must_be_whole():
    with pytest.raises(ValidationError) as exc:
        Goal(text="x", start=4.5)
    assert errors(exc) == ["Startscore: moet een heel getal zijn"]


def test_assessment_levels_are_1_to_5_or_not_scored():
    ok = Assessment(participant_id=PID, instrument_id="zrm-domeinen", instrument_version="1",
                    scores={"financien": 2, "justitie": None})
    assert ok.scores["justitie"] is None
    with pytest.raises(ValidationError):
        Assessment(participant_id=PID, instrument_id="zrm-domeinen", instrument_version="1", scores={"financien": 6})


def _signature(plan: Trajectplan, role="deelnemer") -> Signature:
    return Signature(role=role, name="Ioana", signed_at=NOW, strokes=[[Point(x=0.1, y=0.5, pressure=0.7)]],
                     plan_hash=plan.plan_content_hash())


def test_signature_covers_exactly_one_plan_version():
    plan = Trajectplan(participant_id=PID, goals=[Goal(text="Ik wil een eigen kamer", start=3, target=8)])
    signed = Trajectplan.model_validate(plan.model_dump() | {"signatures": [_signature(plan).model_dump()]})
    assert signed.frozen and not plan.frozen
    changed = plan.model_dump()
    changed["goals"][0]["target"] = 9
    with pytest.raises(ValidationError) as exc:
        Trajectplan.model_validate(changed | {"signatures": [_signature(plan).model_dump()]})
    assert "andere versie" in errors(exc)[0]


def test_content_hash_ignores_signatures_and_metadata():
    plan = Trajectplan(participant_id=PID, goals=[Goal(text="Werk", start=2, target=6)])
    again = plan.model_copy(update={"rev": 7, "updated_at": NOW})
    assert plan.plan_content_hash() == again.plan_content_hash()
    assert plan.plan_content_hash() != plan.model_copy(update={"version": 2}).plan_content_hash()


def test_pen_points_stay_on_the_pad():
    with pytest.raises(ValidationError):
        Point(x=1.2, y=0.5)
    with pytest.raises(ValidationError):
        Point(x=0.5, y=0.5, pressure=-0.1)


def test_unknown_fields_are_refused():
    with pytest.raises(ValidationError) as exc:
        Participant(roepnaam="Ana", bsn="123456789")
    assert errors(exc) == ["bsn: is geen bekend veld"]


def test_absurd_sizes_are_refused():
    with pytest.raises(ValidationError) as exc:
        Contact(participant_id=PID, note="x" * 20_001)
    assert "te lang" in errors(exc)[0]
    with pytest.raises(ValidationError):
        Participant(roepnaam="x" * 121)


def test_easy_language_follows_conditions():
    assert Intake(participant_id=PID, conditions=["lvb"]).easy_language
    assert not Intake(participant_id=PID, conditions=["taal"]).easy_language


def test_dossier_groups_records_by_kind():
    person = Participant(roepnaam="Ana")
    records = [Aanmelding(participant_id=person.id, source="zelf"),
               Referral(participant_id=person.id, partner="GGD"),
               Contact(participant_id=person.id)]
    dossier = Dossier.from_records(person, records)
    assert (len(dossier.aanmeldingen), len(dossier.referrals), len(dossier.contacts)) == (1, 1, 1)
    assert dossier.records()[0] is person and len(dossier.records()) == 4
    assert {record.dossier_id for record in dossier.records()} == {person.id}


BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


@given(st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters=BIDI_CONTROLS),
               min_size=1, max_size=120).filter(str.strip))
def test_any_nonblank_name_is_a_valid_roepnaam(name):
    assert Participant(roepnaam=name).roepnaam == name.strip()


@pytest.mark.parametrize("name, code", [("Ana\x1b[2J", "U+001B"), ("Ana\nBea", "U+000A"), ("Ana\x9b2J", "U+009B"),
                                        ("Ana\u202eaeB", "U+202E"), ("Ana\u2028Bea", "U+2028")])
def test_control_characters_are_refused_in_names(name, code):
    with pytest.raises(ValidationError) as exc:
        Participant(roepnaam=name)
    assert errors(exc) == [f"Roepnaam: bevat een stuurteken ({code}); gebruik alleen letters, cijfers en leestekens"]


def test_a_name_from_outside_prints_its_control_characters_visibly():
    from forms.base import printable

    assert printable("Ana\x1b[1A\x1b[2K\u202e") == "Ana\\x1b[1A\\x1b[2K\\u202e"
    assert printable("Zsófia de Vries-Öztürk") == "Zsófia de Vries-Öztürk"


def test_years_in_sex_work_may_be_declined_but_not_absurd():
    assert Intake(participant_id=PID, years_in_sex_work=DECLINED).years_in_sex_work == DECLINED
    assert Intake(participant_id=PID, years_in_sex_work=12).years_in_sex_work == 12
    with pytest.raises(ValidationError) as exc:
        Intake(participant_id=PID, years_in_sex_work=81)
    assert "Jaren in sekswerk: mag hoogstens 80 zijn" in errors(exc)


@given(st.recursive(st.none() | st.booleans() | st.integers(-2**53, 2**53) | st.text(),
                    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner), max_leaves=20))
def test_canonical_json_is_sorted_compact_utf8(data):
    import json

    from forms import canonical_json

    assert canonical_json(data) == json.dumps(data, sort_keys=True, separators=(",", ":"),
                                              ensure_ascii=False).encode("utf-8", "surrogatepass")


def test_the_goals_language_is_signed_when_set_and_old_hashes_stay():
    plan = Trajectplan(participant_id=PID, goals=[Goal(text="Een eigen kamer")])
    content = plan.model_dump(mode="json", include={"participant_id", "plan_id", "version", "date", "horizon",
                                                    "worker", "goals"})
    assert plan.goals_language == "nl"
    assert plan.plan_content_hash() == sha256_hex(canonical_json(content))  # as before the field existed
    thai = plan.model_copy(update={"goals_language": "th"})
    assert thai.plan_content_hash() != plan.plan_content_hash()
