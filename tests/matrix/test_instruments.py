"""Instrument files: the shipped ZRM wording, good and bad files, versions, life domains."""

import hashlib

import pytest
import yaml

from forms import Assessment
from forms.catalogue import PARTICIPANT_LANGUAGES
from forms.vocab import vocabulary
from matrix import instruments as mi

ZRM_DOMAINS = [
    "financien", "werk_opleiding", "tijdsbesteding", "huisvesting", "huiselijke_relaties",
    "geestelijke_gezondheid", "lichamelijke_gezondheid", "middelengebruik", "basale_adl",
    "instrumentele_adl", "sociaal_netwerk", "maatschappelijke_participatie", "justitie",
]
# Changing a shipped file's texts means a new version: old assessments pin theirs.
# Update this only together with a new `version` (and keep the old file beside it).
SHIPPED_SHA256 = {"zrm-domeinen.yaml": "99e6a49af7442a60e4942ff9315b0b1835eb8744b7bb12162258da4b38342f86"}


def raw_zrm() -> dict:
    return yaml.safe_load((mi.INSTRUMENTS_DIR / "zrm-domeinen.yaml").read_text("utf-8"))


def dump(raw: dict) -> str:
    return yaml.safe_dump(raw, allow_unicode=True, sort_keys=False)


def test_the_shipped_zrm_has_13_domains_5_levels_and_every_cell_in_nl_and_en():
    zrm = mi.builtin()
    assert zrm.id == "zrm-domeinen" and zrm.version == "1"
    assert zrm.domain_ids == ZRM_DOMAINS
    assert [zrm.level_name(n) for n in mi.LEVELS] == [
        "Acute problematiek", "Niet zelfredzaam", "Beperkt zelfredzaam", "Voldoende zelfredzaam",
        "Volledig zelfredzaam"]
    for domain in zrm.domain_ids:
        for level in mi.LEVELS:
            nl, en = zrm.criterion(domain, level, "nl"), zrm.criterion(domain, level, "en")
            assert nl and en and nl != en
    assert zrm.domain_name("huiselijke_relaties", "en") == "Relationships at home"


def test_shipped_criteria_are_short_plain_sentences():
    zrm = mi.builtin()
    texts = [zrm.criterion(d, n, lang) for d in zrm.domain_ids for n in mi.LEVELS for lang in ("nl", "en")]
    assert all(len(t) <= 120 and t.endswith(".") for t in texts)
    assert len(set(texts)) == len(texts)


def test_shipped_versions_are_pinned():
    shipped = sorted(p.name for p in mi.INSTRUMENTS_DIR.glob("*.yaml"))
    assert shipped == sorted(SHIPPED_SHA256), "a new shipped file: pin its hash here"
    for name, pinned in SHIPPED_SHA256.items():
        digest = hashlib.sha256((mi.INSTRUMENTS_DIR / name).read_bytes()).hexdigest()
        assert digest == pinned, f"{name} changed: give it a new version and keep the old file"


def test_a_missing_language_falls_back_to_dutch():
    raw = raw_zrm()
    del raw["criteria"]["financien"][3]["en"]
    instrument = mi.load_instrument(dump(raw))
    assert instrument.criterion("financien", 3, "en") == instrument.criterion("financien", 3, "nl")
    assert instrument.criterion("financien", 3, "ro") == instrument.criterion("financien", 3, "nl")
    raw["version"] = "2"  # the catalogue translates the shipped version's names only
    assert mi.load_instrument(dump(raw)).domain_name("financien", "bg") == "Financiën"


def test_the_shipped_names_she_reads_are_translated_in_the_catalogue():
    """Her plan shows the profile's domain and level names: the shipped file is nl/en only (and
    pinned), so the participant languages take them from `matrix.wording.zrm-domeinen.1.*`."""
    shipped = mi.builtin()
    for lang in PARTICIPANT_LANGUAGES[2:]:
        def names(said: str) -> list[str]:
            return [shipped.domain_name(d, said) for d in shipped.domain_ids] + [shipped.level_name(n, said) for n in mi.LEVELS]

        assert not [n for n, d in zip(names(lang), names("nl")) if n == d], lang
        assert shipped.title(lang) != shipped.title("nl")
    own = dict(raw_zrm(), levels={**raw_zrm()["levels"], 1: {"nl": "Acuut", "ro": "Criză"}})
    assert mi.load_instrument(dump(own)).level_name(1, "ro") == "Criză"  # the file's own words come first


def test_other_languages_are_kept():
    raw = raw_zrm()
    raw["criteria"]["huisvesting"][1]["ro"] = "Fără adăpost."
    assert mi.load_instrument(dump(raw)).criterion("huisvesting", 1, "ro") == "Fără adăpost."


def _without_level(raw):
    del raw["criteria"]["justitie"][3]


def _without_dutch(raw):
    raw["criteria"]["middelengebruik"][4] = {"en": "Only English."}


def _empty_dutch(raw):
    raw["criteria"]["huisvesting"][2]["nl"] = "  "


def _level_six(raw):
    raw["criteria"]["financien"][6] = {"nl": "Zes."}


def _duplicate_domain(raw):
    raw["domains"].append(dict(raw["domains"][0]))


def _four_levels(raw):
    del raw["levels"][5]


def _unknown_criteria_domain(raw):
    raw["criteria"]["onbekend"] = raw["criteria"]["financien"]


def _bad_id(raw):
    raw["id"] = "ZRM Domeinen!"


def _unquoted_version(raw):
    raw["version"] = 2


def _domain_without_name(raw):
    raw["domains"][4]["name"] = {"en": "Home"}


def _no_criteria_for_domain(raw):
    del raw["criteria"]["basale_adl"]


def _unknown_key(raw):
    raw["domains"][0]["colour"] = "red"


def _bad_domain_id(raw):
    raw["domains"][0]["id"] = "geld-zaken"


BAD_FILES = [
    (_without_level, ["'justitie'", "niveau 3"], ["'justitie'", "level 3"]),
    (_without_dutch, ["'middelengebruik'", "niveau 4", "Nederlandse"], ["'middelengebruik'", "level 4", "Dutch"]),
    (_empty_dutch, ["'huisvesting'", "niveau 2"], ["'huisvesting'", "level 2"]),
    (_level_six, ["'financien'", "niveau 6"], ["'financien'", "level 6"]),
    (_duplicate_domain, ["'financien'", "twee keer"], ["'financien'", "twice"]),
    (_four_levels, ["5 niveaus"], ["5 levels"]),
    (_unknown_criteria_domain, ["'onbekend'"], ["'onbekend'"]),
    (_bad_id, ["id"], ["id"]),
    (_unquoted_version, ["versie"], ["version"]),
    (_domain_without_name, ["'huiselijke_relaties'", "naam"], ["'huiselijke_relaties'", "name"]),
    (_no_criteria_for_domain, ["'basale_adl'"], ["'basale_adl'"]),
    (_unknown_key, ["domains.0.colour"], ["domains.0.colour"]),
    (_bad_domain_id, ["domein nummer 1", "geld-zaken"], ["domain number 1", "geld-zaken"]),
]


@pytest.mark.parametrize(("spoil", "nl_words", "en_words"), BAD_FILES, ids=[b[0].__name__ for b in BAD_FILES])
def test_a_bad_file_names_what_is_wrong_in_nl_and_en(spoil, nl_words, en_words):
    raw = raw_zrm()
    spoil(raw)
    with pytest.raises(mi.InstrumentError) as caught:
        mi.load_instrument(dump(raw))
    assert all(w in caught.value.render("nl") for w in nl_words), caught.value.render("nl")
    assert all(w in caught.value.render("en") for w in en_words), caught.value.render("en")


@pytest.mark.parametrize("text", ["", "- a\n- b\n", "id: [unclosed", "id: x\n", "\x00" * 10])
def test_not_an_instrument_at_all(text):
    with pytest.raises(mi.InstrumentError):
        mi.load_instrument(text)


def test_yaml_errors_name_the_line():
    with pytest.raises(mi.InstrumentError) as caught:
        mi.load_instrument("id: x\nversion: \"1\"\nname: {nl: [\n")
    assert "regel" in caught.value.render("nl") and "line" in caught.value.render("en")


def test_instruments_are_frozen():
    with pytest.raises(Exception):
        mi.builtin().version = "2"  # type: ignore[misc]


def test_installed_adds_a_vault_folder_and_find_picks_versions(tmp_path):
    raw = raw_zrm()
    raw["version"] = "10"
    raw["criteria"]["financien"][1]["nl"] = "Andere tekst."
    (tmp_path / "zrm-domeinen@10.yaml").write_text(dump(raw), "utf-8")
    (tmp_path / "broken.yaml").write_text("id: [", "utf-8")  # skipped, never hides the others
    assert [(i.id, i.version) for i in mi.installed(tmp_path)] == [("zrm-domeinen", "1"), ("zrm-domeinen", "10")]
    assert mi.find("zrm-domeinen", extra_dir=tmp_path).version == "10"  # newest: 10 after 1, not before 2
    pinned = mi.find("zrm-domeinen", "1", extra_dir=tmp_path)
    assert pinned.criterion("financien", 1) != "Andere tekst."
    assert mi.find("zrm-domeinen", "10", tmp_path).criterion("financien", 1) == "Andere tekst."
    with pytest.raises(mi.InstrumentError) as caught:
        mi.find("zrm-domeinen", "3", tmp_path)
    assert "niet geïnstalleerd" in caught.value.render("nl") and "not installed" in caught.value.render("en")


def test_an_assessment_can_pin_the_shipped_id():
    from uuid import uuid4
    a = Assessment(participant_id=uuid4(), instrument_id="zrm-domeinen", instrument_version="1",
                   scores={"financien": 2, "justitie": None})
    assert mi.find(a.instrument_id, a.instrument_version).domain_ids == ZRM_DOMAINS


def test_life_domains_agree_with_the_vocabulary_and_map_to_zrm_domains():
    domains = mi.life_domains()
    terms = vocabulary("life_domains")
    assert [d.id for d in domains] == list(terms)
    assert all(d.nl == terms[d.id].nl and d.en == terms[d.id].en for d in domains)
    mapped = {z for d in domains for z in d.zrm_domains}
    assert mapped <= set(ZRM_DOMAINS)
    assert mapped == set(ZRM_DOMAINS)  # every ZRM domain belongs to some life domain
    assert mi.life_domains()[0].label("en") == "Housing"
