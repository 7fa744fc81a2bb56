"""The monitoring report's tables for a period, anonymised. Pure: dossiers in, tables out.

Every count is a cell with a key; the same figure has the same key in every table, so one
suppression decision covers all places it appears (exports.report.suppression), checked against
the reports written before (exports.report.linked). Only shown numbers leave this module: a
hidden cell carries its mark ("<5" or "x"), never its value.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass

from exports.report.facts import EFFECTIVE, Facts, facts
from exports.report.funders import funder_tables, worker_tables
from exports.report.lean import LeanDossier, lean_dossier
from exports.report.linked import Mark, Published, marks, protect, publish
from exports.report.per_worker import PER_WORKER, link_workers, scoped, take_worker
from exports.report.suppression import NOT_COMPUTED, SECONDARY_MARK
from exports.report.outreach import outreach_tables
from exports.report.words import word
from forms import Dossier, OutreachContact
from forms.catalogue import text
from forms.vocab import label, vocabulary
from matrix.instruments import DEFAULT_INSTRUMENT, Instrument, builtin, life_domains

MIN_FOR_MEDIAN = 5


@dataclass(frozen=True)
class Figure:
    """One line of a table: what the reader sees, and the number only when it may be shown."""

    category: str
    shown: str  # "12", "<5", "x", or "." when it cannot be computed (legend)
    value: int | None  # the count when shown (for charts); None when withheld or not a count
    percent: int | None  # rounded to a whole number; None where not meaningful or withheld
    chart: bool = True  # part of the table's chart (totals and settings are not)
    percent_shown: str = ""  # "12", "x" (withheld), "." (of nobody), "" (no percentage applies)
    workers: tuple[str, ...] = ()  # shown per begeleider (Report.workers), in tables of PER_WORKER
    is_count: bool = True  # False for a median, an expected number, hours: not a count of people


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    figures: list[Figure]


@dataclass(frozen=True)
class Report:
    start: dt.date
    end: dt.date
    lang: str
    tables: list[Table]
    grouping: str  # "programme" or "worker"
    published: Published  # what the vault's register keeps of it (exports.report.linked)
    workers: tuple[str, ...] = ()  # the begeleiders of the per-worker columns, when grouped by worker


def percent(count: int, total: int) -> int:
    """Whole percent, halves rounded up."""
    return (200 * count + total) // (2 * total)


class _Builder:
    """Collects cells, relations and table layouts; `finish` suppresses and renders."""

    def __init__(self, lang: str):
        self.lang = lang
        self.values: dict[Hashable, int] = {}
        self.relations: list[tuple[Hashable, list[Hashable]]] = []
        self.layout: list[tuple[str, str, list[tuple]]] = []
        self.workers: dict[str, dict] = {}  # per begeleider: her text rows (exports.report.per_worker)

    def cell(self, key: Hashable, value: int) -> Hashable:
        self.values[key] = value
        return key

    def additive(self, total: Hashable, parts: list[Hashable]) -> None:
        self.values[total] = sum(self.values[p] for p in parts)
        self.relations.append((total, parts))

    def table(self, key: str, title: str, rows: list[tuple]) -> None:
        """rows: ("cell", label, key, denominator key | None, in chart) or ("text", label, text, key):
        a text shown only where the cell `key` (if given) is."""
        self.layout.append((key, title, rows))

    def finish(self, start: dt.date, end: dt.date, grouping: str, register: Sequence[Published]) -> Report:
        hidden, veiled = protect(self.values, self.relations, start, end, grouping, register)
        cells = marks(self.values, hidden, veiled)
        tables = [Table(key, title, [self._figure(key, row, hidden, cells) for row in rows])
                  for key, title, rows in self.layout]
        published = publish(start, end, grouping, cells, self.relations)
        return Report(start, end, self.lang, tables, grouping, published, tuple(self.workers))

    def _figure(self, table: str, row: tuple, hidden: set[Hashable], cells: dict[Hashable, Mark]) -> Figure:
        workers = tuple(self._shown(table, row, group, hidden, cells) for group in self.workers
                        if table in PER_WORKER)
        if row[0] == "text":
            _, category, text, guard = row
            return Figure(category, _text_shown(text, guard, hidden), None, None, False, workers=workers, is_count=False)
        _, category, key, denominator, chart = row
        if denominator is None:
            share = ""
        elif key in hidden or denominator in hidden:
            share = SECONDARY_MARK
        else:
            share = str(percent(self.values[key], self.values[denominator])) if self.values[denominator] else NOT_COMPUTED
        if key in hidden:
            return Figure(category, str(cells[key]), None, None, chart, share, workers)
        value = self.values[key]
        return Figure(category, str(value), value, int(share) if share.isdigit() else None, chart, share, workers)

    def _shown(self, table: str, row: tuple, group: str, hidden: set[Hashable], cells: dict[Hashable, Mark]) -> str:
        """Her cell of a row: the count of her dossiers, or her text row by the same name."""
        if row[0] == "cell":
            return str(cells[scoped(group, row[2])])
        text, guard = self.workers[group].get((table, row[1]), (NOT_COMPUTED, None))
        return _text_shown(text, guard, hidden)


def _text_shown(text: str, guard: Hashable | None, hidden: set[Hashable]) -> str:
    """A figure that is not a count (a median, an expected number): withheld beside a withheld
    count, and '.' where it cannot be computed or was not entered."""
    return SECONDARY_MARK if guard in hidden else text or NOT_COMPUTED


def build_report(cases: Sequence[tuple[str, Dossier | LeanDossier]], start: dt.date, end: dt.date, *,
                 expected: Mapping[str, int] | None = None, group_by_worker: bool = False,
                 lang: str = "nl", instrument: Instrument | None = None,
                 register: Sequence[Published] = (), budgets: Mapping[str, int] | None = None,
                 outreach: Sequence[OutreachContact] = ()) -> Report:
    """The anonymised figures for [start, end] over (worker, dossier) pairs; a dossier is a
    forms.Dossier or its lean form (exports.report.lean), which is what the vault hands over.
    `register`: the reports written before, which this one must not give away by difference.

    `expected` holds the 'verwacht' setting for the period: by worker name, and "*" for the
    whole programme; `budgets` what the programme budgeted for it: "intakes" and "work" (other
    work found); `outreach` the outreach contacts (no dossier's: exports.report.outreach).
    """
    instrument = instrument or builtin()
    per = [(group, facts(dossier if isinstance(dossier, dict) else lean_dossier(dossier), start, end, instrument.id))
           for group, dossier in cases]
    b = _Builder(lang)
    seen = [f for _, f in per if f.seen]
    b.cell(("pop",), len(seen))
    everyone = [f for _, f in per]
    _key_figures(b, everyone)  # refers to totals the next two tables define: keys resolve at the end
    _sources(b, everyone)
    _outcomes(b, everyone)
    _ministry(b, per, expected or {}, group_by_worker)
    _distributions(b, seen)
    _zrm(b, seen, instrument)
    _goals(b, seen)
    _waits(b, everyone)
    funder_tables(b, everyone, seen, budgets or {})
    outreach_tables(b, outreach, start, end)
    if group_by_worker:
        for group in sorted({g for g, _ in per}):
            take_worker(b, group, _worker_tables(_Builder(lang), [f for g, f in per if g == group], instrument))
        link_workers(b)
    return b.finish(start, end, "worker" if group_by_worker else "programme", register)


def _worker_tables(b: _Builder, everyone: list[Facts], instrument: Instrument) -> _Builder:
    """The tables of PER_WORKER over one begeleider's dossiers (the same cells, her own keys)."""
    seen = [f for f in everyone if f.seen]
    b.cell(("pop",), len(seen))
    _key_figures(b, everyone)
    _sources(b, everyone)
    _outcomes(b, everyone)
    _zrm(b, seen, instrument)
    _goals(b, seen)
    _waits(b, everyone)
    worker_tables(b, everyone, seen)
    return b


def _codes(vocab: str, present: list[str | None]) -> list[str | None]:
    """The vocabulary's codes in file order, any other code that occurs, then 'not recorded'."""
    codes: list[str | None] = list(vocabulary(vocab))
    codes += sorted({c for c in present if c is not None and c not in codes})
    return codes + [None]


def _label(b: _Builder, vocab: str, code: str | None) -> str:
    return word("not_recorded", b.lang) if code is None else label(vocab, code, b.lang)


def _breakdown(b: _Builder, name: str, vocab: str, present: list[str | None], total: Hashable,
               additive: bool) -> list[tuple]:
    """One cell per code; the rows of a table by vocabulary, the total last."""
    rows = []
    parts = []
    for code in _codes(vocab, present):
        key = b.cell((name, code), sum(1 for c in present if c == code))
        parts.append(key)
        rows.append(("cell", _label(b, vocab, code), key, total, True))
    if additive:
        b.additive(total, parts)
    return rows + [("cell", word("total", b.lang), total, None, False)]


def _sources(b: _Builder, per: list[Facts]) -> None:
    present = [s for f in per for s in f.sources]
    rows = _breakdown(b, "aanm", "sources", present, ("aanm", "*"), additive=True)
    b.table("aanmeldingen_bron", word("t_aanmeldingen_bron", b.lang), rows)


def _outcomes(b: _Builder, per: list[Facts]) -> None:
    outcomes = [o for f in per for o, _ in f.closures]
    codes = _codes("outcomes", outcomes)
    keys = {code: b.cell(("uit", code), sum(1 for o in outcomes if o == code)) for code in codes}
    b.additive(("uit", "effectief"), [keys[c] for c in EFFECTIVE])
    others = [keys[c] for c in codes if c not in EFFECTIVE]
    b.additive(("uit", "*"), [("uit", "effectief"), *others])
    rows = [("cell", word("u_effectief", b.lang), ("uit", "effectief"), ("uit", "*"), False)]
    rows += [("cell", _label(b, "outcomes", c), keys[c], ("uit", "*"), True) for c in codes]
    rows.append(("cell", word("total", b.lang), ("uit", "*"), None, False))
    b.table("uitstroom_uitkomst", word("t_uitstroom", b.lang), rows)


def _key_figures(b: _Builder, per: list[Facts]) -> None:
    lengths = [days for f in per for _, days in f.closures]
    median = str(int(statistics.median(lengths) + 0.5)) if len(lengths) >= MIN_FOR_MEDIAN else ""
    cells = [
        ("k_population", ("pop",)), ("k_aanmeldingen", ("aanm", "*")),
        ("k_intakes", b.cell(("intakes",), sum(f.intakes for f in per))),
        ("k_plannen", b.cell(("plannen",), sum(f.plans_made for f in per))),
        ("k_in_traject", b.cell(("in_traject",), sum(f.in_traject for f in per))),
        ("k_afgesloten", ("uit", "*")), ("k_tussentijds", ("uit", "tussentijds_gestopt")),
        ("k_terugval", ("uit", "terugval")),
    ]
    rows = [("cell", word(name, b.lang), key, None, True) for name, key in cells]
    rows.append(("text", word("k_mediaan", b.lang), median, ("uit", "*")))  # not beside a withheld count
    b.table("kerncijfers", word("t_kerncijfers", b.lang), rows)


MINISTRY_COLUMNS = ("m_ingestroomd", "m_effectief", "m_tussentijds", "m_nog")


def _ministry_counts(per: list[Facts]) -> dict[str, int]:
    return {
        "m_ingestroomd": sum(f.entered for f in per),
        "m_effectief": sum(1 for f in per for o, _ in f.closures if o in EFFECTIVE),
        "m_tussentijds": sum(1 for f in per for o, _ in f.closures if o == "tussentijds_gestopt"),
        "m_nog": sum(f.in_traject_at_end for f in per),
    }


def _ministry(b: _Builder, per: list[tuple[str, Facts]], expected: Mapping[str, int], by_worker: bool) -> None:
    whole = _ministry_counts([f for _, f in per])
    programme_keys = {"m_ingestroomd": b.cell(("min", "*", "in"), whole["m_ingestroomd"]),
                      "m_effectief": ("uit", "effectief"), "m_tussentijds": ("uit", "tussentijds_gestopt"),
                      "m_nog": b.cell(("min", "*", "nog"), whole["m_nog"])}
    groups = sorted({g for g, _ in per}) if by_worker else []
    rows: list[tuple] = []
    for group in groups:  # her exits are the cells of her column in the outcome table (per_worker)
        counts = _ministry_counts([f for g, f in per if g == group])
        keys = {c: b.cell(("min", group, c), counts[c]) if c in ("m_ingestroomd", "m_nog")
                else scoped(group, programme_keys[c]) for c in MINISTRY_COLUMNS}
        rows += _ministry_rows(b, group, expected.get(group), keys)
    for column in ("m_ingestroomd", "m_nog") if groups else ():
        b.relations.append((programme_keys[column], [("min", g, column) for g in groups]))
    programme_expected = expected.get("*")
    if programme_expected is None and groups and all(g in expected for g in groups):
        programme_expected = sum(expected[g] for g in groups)
    rows += _ministry_rows(b, word("programme", b.lang), programme_expected, programme_keys)
    group_word = word("group_worker" if by_worker else "group_programme", b.lang)
    b.table("ministerie", word("t_ministerie", b.lang, group=group_word), rows)


def _ministry_rows(b: _Builder, group: str, expected: int | None, keys: dict[str, Hashable]) -> list[tuple]:
    shown = "" if expected is None else str(expected)
    rows: list[tuple] = [("text", f"{group} — {word('m_verwacht', b.lang)}", shown, None)]
    return rows + [("cell", f"{group} — {word(c, b.lang)}", keys[c], None, True) for c in MINISTRY_COLUMNS]


def _distributions(b: _Builder, seen: list[Facts]) -> None:
    settings = [s for f in seen for s in f.work_settings]
    rows = _breakdown(b, "werk", "work_settings", settings + [None] * sum(not f.work_settings for f in seen),
                      ("pop",), additive=False)
    b.table("werkvorm", word("t_werkvorm", b.lang), rows)
    rows = _breakdown(b, "jur", "legal_positions", [f.legal_position for f in seen], ("pop",), additive=True)
    b.table("juridische_positie", word("t_juridisch", b.lang), rows)
    rows = _breakdown(b, "gen", "genders", [f.gender for f in seen], ("pop",), additive=True)
    b.table("gender", word("t_gender", b.lang), rows)


def _split(b: _Builder, name: str, topic: str, topic_label: str, counts: dict[str, int],
           parts_words: dict[str, str], n_word: str) -> list[tuple]:
    """Parts of one topic (a domain) and their total n: one additive relation."""
    parts = {part: b.cell((name, topic, part), counts[part]) for part in parts_words}
    total = (name, topic, "n")
    b.additive(total, list(parts.values()))
    rows = [("cell", f"{topic_label} — {word(w, b.lang)}", parts[p], total, True) for p, w in parts_words.items()]
    return rows + [("cell", f"{topic_label} — {word(n_word, b.lang)}", total, None, False)]


def _zrm(b: _Builder, seen: list[Facts], instrument: Instrument) -> None:
    rows: list[tuple] = []
    for domain in instrument.domain_ids:
        changes = [f.zrm_changes[domain] for f in seen if domain in f.zrm_changes]
        counts = {"up": sum(c > 0 for c in changes), "same": sum(c == 0 for c in changes),
                  "down": sum(c < 0 for c in changes)}
        rows += _split(b, "zrm", domain, _zrm_topic(instrument, domain, b.lang), counts,
                       {"up": "z_up", "same": "z_same", "down": "z_down"}, "z_n")
    b.table("zelfredzaamheid", word("t_zrm", b.lang), rows)


def _zrm_topic(instrument: Instrument, domain: str, lang: str) -> str:
    """A matrix domain by the name of the life domain it belongs to (the one name the goals
    table uses too, matrix.instruments.life_domains), its own name beside it when it differs."""
    own = instrument.domain_name(domain, lang)
    life = next((ld for ld in life_domains() if domain in ld.zrm_domains), None)
    if instrument.id != DEFAULT_INSTRUMENT or life is None or life.label(lang) == own:
        return own
    return text("report.domain-mapped", lang, life=life.label(lang), matrix=own)


def _goals(b: _Builder, seen: list[Facts]) -> None:
    goals = [g for f in seen for g in f.goals]
    rows: list[tuple] = []
    for code in _codes("life_domains", [d for d, _ in goals]):
        mine = [reached for d, reached in goals if d == code]
        counts = {"yes": sum(mine), "no": len(mine) - sum(mine)}
        rows += _split(b, "doel", code or "-", _label(b, "life_domains", code), counts,
                       {"yes": "d_reached", "no": "d_not"}, "d_n")
    b.table("doelen_bereikt", word("t_doelen", b.lang), rows)


def _waits(b: _Builder, per: list[Facts]) -> None:
    """Per kind of partner: referrals sent, and the median and longest wait in days (shown only
    beside a count that is shown, and from MIN_FOR_MEDIAN referrals on)."""
    waits = [w for f in per for w in f.waits]
    rows: list[tuple] = []
    for code in vocabulary("partner_kinds"):
        days = [d for kind, d in waits if kind == code]
        if not days:
            continue
        count = b.cell(("wacht", code), len(days))
        name = label("partner_kinds", code, b.lang)
        enough = len(days) >= MIN_FOR_MEDIAN
        rows.append(("cell", text("team.report-referrals", b.lang, kind=name), count, None, True))
        rows.append(("text", text("team.report-median", b.lang, kind=name),
                     str(int(statistics.median(days) + 0.5)) if enough else "", count))
        rows.append(("text", text("team.report-longest", b.lang, kind=name), str(max(days)) if enough else "", count))
    if rows:
        b.table("wachttijd_partner", text("team.report-waits", b.lang), rows)
