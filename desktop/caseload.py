"""Migrating a spreadsheet caseload (.xlsx or CSV) into dossiers: all rows or none.

Columns: roepnaam (the only one required), geboortejaar, gender, geboorteland, werkvormen
(";"- or ","-separated), aanmelddatum, aanmeldbron, intakedatum, fase, uitstroomdatum,
uitstroomreden, trajectdoel, gestopt_op, uitstapredenen, weer_begonnen_op, herstartredenen
(the reasons separated like werkvormen). Values are the Dutch labels of the vocabularies (case
and accents ignored); dates ISO or dd-mm-jjjj. Reading the file itself is forms.spreadsheet's job.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from pydantic import ValidationError

from desktop.vault import Vault
from forms import Aanmelding, Intake, Participant, PhaseChange, Record
from forms.catalogue import Message, text
from forms.messages import problems as problems_of
from forms.spreadsheet import MAX_BYTES, SpreadsheetError, read_rows
from forms.vocab import fold, lookup

__all__ = ["MAX_BYTES", "CaseloadError", "CaseloadRow", "new_records", "read_caseload"]

COLUMNS = ("roepnaam", "geboortejaar", "gender", "geboorteland", "werkvormen", "aanmelddatum",
           "aanmeldbron", "intakedatum", "fase", "uitstroomdatum", "uitstroomreden", "trajectdoel",
           "gestopt_op", "uitstapredenen", "weer_begonnen_op", "herstartredenen")
VOCABULARY = {"gender": "genders", "aanmeldbron": "sources", "fase": "phases", "uitstroomreden": "outcomes",
              "trajectdoel": "trajectory_goals", "uitstapredenen": "stop_reasons", "herstartredenen": "restart_reasons"}
DATES = ("aanmelddatum", "intakedatum", "uitstroomdatum", "gestopt_op", "weer_begonnen_op")
EPISODE = ("trajectdoel", "gestopt_op", "uitstapredenen", "weer_begonnen_op", "herstartredenen")
class CaseloadError(Exception):
    """The file cannot be imported; `messages` holds every bad line with its reason (a Message,
    or text already in the reader's language); `lines(lang)` says them."""

    def __init__(self, messages: list[Message | str]):
        super().__init__(messages)
        self.messages = messages

    @property
    def problems(self) -> list[str]:
        """The lines in the process's language."""
        return self.lines()

    def lines(self, lang: str | None = None) -> list[str]:
        return [p.render(lang) if isinstance(p, Message) else p for p in self.messages]

    def __str__(self) -> str:
        return "\n".join(self.lines())


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


def _codes(column: str, cell: str) -> list[str]:
    """A cell of several codes, ';'- or ','-separated."""
    return [_code(column, part.strip()) for part in re.split("[;,]", cell) if part.strip()]


def _with_episode(phases: list[PhaseChange], get: dict[str, str], dates: dict[str, dt.date | None]) -> list[Record]:
    """The row's phase changes with its goal (on the first) and the days she stopped or started
    again with her reasons (on the last): one episode of the dossier."""
    if not any(get[c] for c in EPISODE):
        return list(phases)
    if not phases:
        raise ValueError(text("counts.import-episode-needs-phase"))
    goal = _code("trajectdoel", get["trajectdoel"]) if get["trajectdoel"] else None
    phases = [phases[0].model_copy(update={"goal": goal}), *phases[1:]]
    episode = {"stopped_on": dates["gestopt_op"], "stop_reasons": _codes("uitstapredenen", get["uitstapredenen"]),
               "restarted_on": dates["weer_begonnen_op"],
               "restart_reasons": _codes("herstartredenen", get["herstartredenen"])}
    last = PhaseChange.model_validate(phases[-1].model_dump() | episode)  # validated: restart after stop
    return [*phases[:-1], last]


def _records(cells: dict[str, str]) -> list[Record]:
    """The records one row describes; ValueError or ValidationError if a cell is wrong."""
    get = {c: cells.get(c, "") for c in COLUMNS}
    dates = {c: _date(get[c]) if get[c] else None for c in DATES}
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
    settings = _codes("werkvormen", get["werkvormen"])
    if dates["intakedatum"] or settings:
        records.append(Intake(participant_id=pid, date=dates["intakedatum"], work_settings=settings))
    phases = []
    if get["fase"]:
        phase = _code("fase", get["fase"])
        phases.append(PhaseChange(participant_id=pid, phase=phase,
                                  date=dates["intakedatum"] or dates["aanmelddatum"]))
    if dates["uitstroomdatum"] or get["uitstroomreden"]:
        outcome = _code("uitstroomreden", get["uitstroomreden"]) if get["uitstroomreden"] else None
        phases.append(PhaseChange(participant_id=pid, phase="afgesloten", date=dates["uitstroomdatum"],
                                  outcome=outcome))
    return records + _with_episode(phases, get, dates)


def read_caseload(data: bytes) -> list[CaseloadRow]:
    """Parse and validate the whole file; CaseloadError lists every bad line."""
    try:
        lines = read_rows(data)
    except SpreadsheetError as error:
        raise CaseloadError([error.message]) from None
    header = [fold(h) for h in lines[0][1]] if lines else []
    if "roepnaam" not in header:
        raise CaseloadError([Message("forms.caseload.no-roepnaam")])
    width = len(header) - next(i for i, h in enumerate(reversed(header)) if h)  # Excel pads the header
    rows, problems, seen = [], [], set()
    for line, values in lines[1:]:
        if not any(values):
            continue  # a blank line
        if any(values[width:]):
            problems.append(Message("forms.caseload.line", line=line,
                                    problem=Message("forms.caseload.too-many-cells")))
            continue
        cells = dict(zip(header, values))
        try:
            records = _records(cells)
        except ValidationError as error:
            problems.extend(Message("forms.caseload.line", line=line, problem=said) for said in problems_of(error))
            continue
        except ValueError as error:
            said = getattr(error, "message", str(error))  # a KoersError's Message, else its text
            problems.append(Message("forms.caseload.line", line=line, problem=said))
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
