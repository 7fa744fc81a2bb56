"""Migrating a spreadsheet caseload (CSV) into dossiers: all rows or none.

Columns: roepnaam, geboortejaar, gender, geboorteland, werkvormen (";"-separated),
aanmelddatum, aanmeldbron, intakedatum, fase, uitstroomdatum, uitstroomreden. Values are
the Dutch labels of the vocabularies (case and accents ignored); dates ISO or dd-mm-jjjj.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass

from pydantic import ValidationError

from desktop.vault import Vault
from forms import Aanmelding, Intake, Participant, PhaseChange, Record, explain
from forms.vocab import fold, lookup

COLUMNS = ("roepnaam", "geboortejaar", "gender", "geboorteland", "werkvormen", "aanmelddatum",
           "aanmeldbron", "intakedatum", "fase", "uitstroomdatum", "uitstroomreden")
VOCABULARY = {"gender": "genders", "aanmeldbron": "sources", "fase": "phases", "uitstroomreden": "outcomes"}
MAX_ROWS = 100_000
MAX_BYTES = 64 * 1_048_576  # 100,000 rows of a few hundred characters fit easily


class CaseloadError(Exception):
    """The file cannot be imported; `problems` lists every bad line with its reason."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class CaseloadRow:
    line: int
    key: tuple[str, dt.date | None]  # roepnaam + aanmelddatum: the same person twice
    records: list[Record]


def _date(text: str) -> dt.date:
    for fmt in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    raise ValueError(f"'{text}' is geen datum (jjjj-mm-dd of dd-mm-jjjj)")


def _code(column: str, text: str) -> str:
    code = lookup(VOCABULARY.get(column, "work_settings"), text)
    if code is None:
        raise ValueError(f"{column}: onbekende waarde '{text}'")
    return code


def _records(cells: dict[str, str]) -> list[Record]:
    """The records one row describes; ValueError or ValidationError if a cell is wrong."""
    get = {k: (v or "").strip() for k, v in cells.items()}
    dates = {c: _date(get[c]) if get[c] else None for c in ("aanmelddatum", "intakedatum", "uitstroomdatum")}
    year = get["geboortejaar"]
    person = Participant(
        roepnaam=get["roepnaam"], birth_year=int(year) if year.isdigit() else (year or None),
        gender=_code("gender", get["gender"]) if get["gender"] else None,
        country_of_birth=get["geboorteland"] or None,
    )
    pid = person.id
    records: list[Record] = [person]
    if dates["aanmelddatum"] or get["aanmeldbron"]:
        records.append(Aanmelding(participant_id=pid, date=dates["aanmelddatum"],
                                  source=_code("aanmeldbron", get["aanmeldbron"]) if get["aanmeldbron"] else None))
    settings = [_code("werkvormen", s) for s in get["werkvormen"].split(";") if s.strip()]
    if dates["intakedatum"] or settings:
        records.append(Intake(participant_id=pid, date=dates["intakedatum"], work_settings=settings))
    if get["fase"]:
        phase = _code("fase", get["fase"])
        records.append(PhaseChange(participant_id=pid, phase=phase,
                                   date=dates["intakedatum"] or dates["aanmelddatum"]))
    if dates["uitstroomdatum"] or get["uitstroomreden"]:
        records.append(PhaseChange(participant_id=pid, phase="afgesloten", date=dates["uitstroomdatum"],
                                   outcome=_code("uitstroomreden", get["uitstroomreden"]) if get["uitstroomreden"] else None))
    return records


def _sniff_delimiter(header: str) -> str:
    return ";" if header.count(";") > header.count(",") else ","


def read_caseload(data: bytes) -> list[CaseloadRow]:
    """Parse and validate the whole file; CaseloadError lists every bad line."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CaseloadError(["het bestand is geen UTF-8-tekst / the file is not UTF-8 text"]) from None
    reader = csv.DictReader(io.StringIO(text), delimiter=_sniff_delimiter(text.split("\n", 1)[0]))
    try:
        return _read_rows(reader)
    except csv.Error:  # the csv module's own limits, such as a cell over 131,072 characters
        limit = csv.field_size_limit()
        raise CaseloadError([f"regel {reader.line_num + 1}: geen geldige CSV (bijvoorbeeld een cel van meer dan "
                             f"{limit} tekens) / not valid CSV (for example a cell over {limit} characters)"]) from None


def _read_rows(reader: csv.DictReader) -> list[CaseloadRow]:
    header = [fold(h) for h in (reader.fieldnames or [])]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise CaseloadError([f"regel 1: kolommen ontbreken / missing columns: {', '.join(missing)}"])
    reader.fieldnames = header
    rows, problems, seen = [], [], set()
    for line, cells in enumerate(reader, start=2):
        if line > MAX_ROWS:
            raise CaseloadError([f"meer dan {MAX_ROWS} regels / more than {MAX_ROWS} rows"])
        if reader.restkey in cells:  # DictReader puts cells beyond the header under restkey
            problems.append(f"regel {line}: meer cellen dan kolommen in de kopregel / "
                            "more cells than the header has columns")
            continue
        if not any((v or "").strip() for v in cells.values()):
            continue  # a blank line
        try:
            records = _records(cells)
        except ValidationError as error:
            problems.extend(f"regel {line}: {msg}" for msg in explain(error))
            continue
        except ValueError as error:
            problems.append(f"regel {line}: {error}")
            continue
        key = (fold(cells["roepnaam"]), next((r.date for r in records if isinstance(r, Aanmelding)), None))
        if key not in seen:
            seen.add(key)
            rows.append(CaseloadRow(line, key, records))
    if problems:
        raise CaseloadError(problems)
    return rows


def new_records(rows: list[CaseloadRow], vault: Vault) -> list[Record]:
    """The records of rows whose participant (roepnaam + aanmelddatum) is not in the vault yet."""
    result = []
    for row in rows:
        name = row.key[0]
        existing = {
            (fold(d.participant.roepnaam), a.date if (a := next(iter(d.aanmeldingen), None)) else None)
            for s in vault.participants(search=name) for d in [vault.dossier(s.id)]
        }
        if row.key not in existing:
            result.extend(row.records)
    return result
