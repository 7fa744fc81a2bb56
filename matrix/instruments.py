"""Instrument definitions (the zelfredzaamheidsmatrix and others) loaded from YAML.

An instrument is data: domains, five levels and one criterion text per domain and
level, each text in one or more languages (Dutch always). The schema is documented in
resources/instruments/README.md. Files are validated before anything uses them; a bad
file raises `InstrumentError` naming the domain and level, in Dutch and English.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Annotated

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from forms.catalogue import KoersError, Message, catalogue
from forms.resources import RESOURCES
from forms.vocab import vocabulary

INSTRUMENTS_DIR = RESOURCES / "instruments"
GOAL_TEMPLATES_DIR = RESOURCES / "goal_templates"
DEFAULT_INSTRUMENT = "zrm-domeinen"
LEVELS = (1, 2, 3, 4, 5)
ID_PATTERN = r"^[a-z0-9_-]{1,40}$"
DOMAIN_PATTERN = r"^[a-z0-9_]{1,40}$"  # the same as forms.Assessment's score keys
LANG_PATTERN = r"^[a-z]{2,3}$"
MAX_FILE_BYTES = 1_000_000
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Texts = dict[Annotated[str, Field(pattern=LANG_PATTERN)], Annotated[str, Field(min_length=1, max_length=2000)]]


class InstrumentError(KoersError, ValueError):
    """A bad instrument file or an instrument that is not installed; its Message says what."""


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Domain(_Frozen):
    id: Annotated[str, Field(pattern=DOMAIN_PATTERN)]
    name: Texts
    description: Texts | None = None


class Instrument(_Frozen):
    """One version of an instrument. Assessments pin (id, version), so a file is never edited in place."""

    id: Annotated[str, Field(pattern=ID_PATTERN)]
    version: Annotated[str, Field(min_length=1, max_length=20, pattern=r"^[A-Za-z0-9._-]+$")]
    name: Texts
    description: Texts | None = None
    levels: dict[int, Texts]
    domains: list[Domain] = Field(min_length=1, max_length=60)
    criteria: dict[str, dict[int, Texts]]

    @property
    def domain_ids(self) -> list[str]:
        """The domain ids in the file's order."""
        return [d.id for d in self.domains]

    def title(self, lang: str = "nl") -> str:
        return self._pick(self.name, lang, "name")

    def domain(self, domain_id: str) -> Domain:
        for d in self.domains:
            if d.id == domain_id:
                return d
        raise KeyError(domain_id)

    def domain_name(self, domain_id: str, lang: str = "nl") -> str:
        """The domain's name in `lang` (Dutch if that language is missing)."""
        return self._pick(self.domain(domain_id).name, lang, f"domain.{domain_id}")

    def level_name(self, level: int, lang: str = "nl") -> str:
        """The name of level 1-5 in `lang` (Dutch if missing)."""
        return self._pick(self.levels[level], lang, f"level.{level}")

    def criterion(self, domain_id: str, level: int, lang: str = "nl") -> str:
        """The criterion text of one cell in `lang`, falling back to Dutch."""
        return _pick(self.criteria[domain_id][level], lang)

    def _pick(self, texts: dict[str, str], lang: str, part: str) -> str:
        """The file's own words in `lang`; else the catalogue's translation of this version's
        wording (`matrix.wording.<id>.<version>.<part>`: the names her plan shows, in the
        participant languages the shipped file does not carry); else Dutch."""
        return texts.get(lang) or catalogue(lang).get(f"matrix.wording.{self.id}.{self.version}.{part}") or texts["nl"]


def _pick(texts: dict[str, str], lang: str) -> str:
    return texts.get(lang) or texts["nl"]


# --- loading and validation --------------------------------------------------------------

def _fail(message: Message) -> None:
    raise InstrumentError(message)


def _has_nl(texts: object) -> bool:
    return isinstance(texts, dict) and isinstance(texts.get("nl"), str) and bool(texts["nl"].strip())


def _check_header(raw: object) -> None:
    if not isinstance(raw, dict):
        _fail(Message("matrix.instrument.the-file-is-not"))
    missing = [k for k in ("id", "version", "name", "levels", "domains", "criteria") if k not in raw]
    if missing:
        _fail(Message("matrix.instrument.missing-from-the-file", missing=", ".join(missing)))
    if not isinstance(raw["id"], str) or not re.match(ID_PATTERN, raw["id"]):
        _fail(Message("matrix.instrument.invalid-id-lower-case", id=raw['id']))
    if not isinstance(raw["version"], str):
        _fail(Message("matrix.instrument.quote-the-version-for"))
    if not _has_nl(raw["name"]):
        _fail(Message("matrix.instrument.the-instrument-s-name"))


def _check_levels(levels: object) -> None:
    if not isinstance(levels, dict) or sorted(levels) != list(LEVELS):
        found = sorted(levels) if isinstance(levels, dict) else levels
        _fail(Message("matrix.instrument.there-must-be-exactly", found=found))
    for level, texts in levels.items():
        if not _has_nl(texts):
            _fail(Message("matrix.instrument.level-the-name-has", level=level))


def _check_domains(domains: object) -> list[str]:
    if not isinstance(domains, list) or not domains:
        _fail(Message("matrix.instrument.no-domains-domains-must"))
    ids: list[str] = []
    for number, domain in enumerate(domains, start=1):
        did = domain.get("id") if isinstance(domain, dict) else None
        if not isinstance(did, str) or not re.match(DOMAIN_PATTERN, did):
            _fail(Message("matrix.instrument.domain-number-invalid-id", number=number, did=did))
        if did in ids:
            _fail(Message("matrix.instrument.domain-appears-twice", did=did))
        if not _has_nl(domain.get("name")):
            _fail(Message("matrix.instrument.domain-the-name-has", did=did))
        ids.append(did)
    return ids


def _check_criteria(criteria: object, domain_ids: list[str]) -> None:
    if not isinstance(criteria, dict):
        _fail(Message("matrix.instrument.criteria-must-give-the"))
    for did in criteria:
        if did not in domain_ids:
            _fail(Message("matrix.instrument.criteria-for-unknown-domain", did=did))
    for did in domain_ids:
        cells = criteria.get(did)
        if not isinstance(cells, dict):
            _fail(Message("matrix.instrument.domain-no-criteria", did=did))
        for level in cells:
            if level not in LEVELS:
                _fail(Message("matrix.instrument.domain-level-only-levels", did=did, level=level))
        for level in LEVELS:
            if level not in cells:
                _fail(Message("matrix.instrument.domain-level-the-text", did=did, level=level))
            if not _has_nl(cells[level]):
                _fail(Message("matrix.instrument.domain-level-no-dutch", did=did, level=level))


def load_instrument(text: str) -> Instrument:
    """Parse and validate an instrument file's text. Raises InstrumentError naming domain and level."""
    if len(text.encode("utf-8", "replace")) > MAX_FILE_BYTES:
        _fail(Message("matrix.instrument.the-file-is-too"))
    try:
        raw = yaml.load(text, Loader=_SAFE_LOADER)  # noqa: S506 - a safe loader, C when available
    except yaml.YAMLError as error:
        where = getattr(error, "problem_mark", None)
        _fail(Message("matrix.instrument.invalid-yaml-at", line=where.line + 1) if where
              else Message("matrix.instrument.invalid-yaml"))
    _check_header(raw)
    _check_levels(raw["levels"])
    _check_criteria(raw["criteria"], _check_domains(raw["domains"]))
    try:
        return Instrument.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        _fail(Message("matrix.instrument.invalid-value-at", where=where, msg=first["msg"]))
    raise AssertionError("unreachable")


# --- what is installed -------------------------------------------------------------------

@cache
def _load_file(path: Path, mtime_ns: int) -> Instrument:
    return load_instrument(path.read_text("utf-8"))


def load_file(path: Path) -> Instrument:
    """Load an instrument file (cached until the file changes)."""
    return _load_file(path, path.stat().st_mtime_ns)


def _version_key(version: str) -> list[tuple[int, int | str]]:
    return [(0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"[.-]", version)]


def installed(extra_dir: Path | None = None) -> list[Instrument]:
    """The instruments Koers ships plus those in `extra_dir` (e.g. <vault>/instruments), sorted by id and version.

    A file in `extra_dir` that no longer validates is skipped (it was checked when added).
    """
    found: dict[tuple[str, str], Instrument] = {}
    folders = [INSTRUMENTS_DIR] + ([extra_dir] if extra_dir and extra_dir.is_dir() else [])
    for folder in folders:
        for path in sorted(folder.glob("*.yaml")):
            try:
                instrument = load_file(path)
            except (InstrumentError, OSError, UnicodeDecodeError):
                if folder == INSTRUMENTS_DIR:
                    raise  # a broken shipped file is a bug, not something to hide
                continue
            found.setdefault((instrument.id, instrument.version), instrument)
    return sorted(found.values(), key=lambda i: (i.id, _version_key(i.version)))


def find(instrument_id: str, version: str | None = None, extra_dir: Path | None = None) -> Instrument:
    """The instrument with this id and version (the newest version if None); InstrumentError if absent."""
    matches = [i for i in installed(extra_dir) if i.id == instrument_id and version in (None, i.version)]
    if not matches:
        which = f"{instrument_id} {version}" if version else instrument_id
        _fail(Message("matrix.instrument.instrument-is-not-installed", which=which))
    return matches[-1]


def builtin(instrument_id: str = DEFAULT_INSTRUMENT) -> Instrument:
    """A shipped instrument (newest version): by default Koers's own ZRM wording."""
    return find(instrument_id)


# --- life domains for goals ----------------------------------------------------------------

class LifeDomain(_Frozen):
    """A programme's life domain (leefgebied) for goals and the ZRM domains it covers."""

    id: str
    nl: str
    en: str
    zrm_domains: list[str]

    def label(self, lang: str = "nl") -> str:
        return self.en if lang == "en" else self.nl


@cache
def life_domains() -> list[LifeDomain]:
    """The life domains of resources/vocabularies/life_domains.yaml with their ZRM mapping."""
    raw = yaml.safe_load((GOAL_TEMPLATES_DIR / "life_domains.yaml").read_text("utf-8"))
    terms = vocabulary("life_domains")
    return [LifeDomain(id=item["id"], nl=terms[item["id"]].nl, en=terms[item["id"]].en,
                       zrm_domains=item["zrm_domains"]) for item in raw["items"]]
