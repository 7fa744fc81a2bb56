"""Attack: add up a report's per-begeleider figures and the programme's (issue 18).

A report grouped by worker shows, per table, the programme's count and each begeleider's. The
attacker holds the CSV a funder gets and does the sums a reader can: the programme's count less
every begeleider's shown count but one gives that one; a begeleider's Totaal less her shown
parts gives the part left; and a figure that two tables both show (her effective exits in the
ministry's table and in the outcome table) is read from whichever shows it. No sum may leave
a count from 1 to 4 that the report withheld.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random

from exports.report import build_report, to_csv
from exports.report.per_worker import PER_WORKER
from tests.adversarial.test_report_differencing import SUMMED, person

YEAR = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
WORKERS = ("Anna", "Bram", "Chris")
Cell = tuple[str, str, str]  # (table code, category, begeleider or "Programma")


def caseload(seed: int) -> list[tuple[str, object]]:
    """Three small caseloads (2 to 9 people each): many of her counts are small."""
    rng = random.Random(seed)
    cases = []
    for worker in WORKERS:
        for n in range(rng.randint(2, 9)):
            closed = dt.date(2025, 10, 1) + dt.timedelta(days=n) if rng.random() < 0.5 else None
            cases.append((worker, person(len(cases), dt.date(2025, 2, 1) + dt.timedelta(days=rng.randint(0, 200)),
                                         source=rng.choice(("ggd", "zelf", "politie")), closed=closed,
                                         gender=rng.choice(("vrouw", "man")))))
    return cases


def read(data: bytes) -> dict[Cell, str]:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    return {(code, category, group): count for _t, category, group, count, _p, _s, _e, code in rows[1:]}


def sums(cells: dict[Cell, str]) -> list[tuple[Cell, list[Cell]]]:
    """Every total the attacker knows of: the programme over the begeleiders, her Totaal over her parts."""
    found, workers = [], sorted({group for _, _, group in cells} - {"Programma", ""})
    for code, category, group in cells:
        if code in PER_WORKER and group == "Programma":
            found.append(((code, category, group), [(code, category, w) for w in workers]))
    for code in SUMMED & set(PER_WORKER):
        for group in ("Programma", *workers):
            parts = [c for c in cells if c[0] == code and c[2] == group and c[1] != "Totaal" and "subtotaal" not in c[1]]
            found.append(((code, "Totaal", group), parts))
    return found


def worked_out(cells: dict[Cell, str]) -> dict[Cell, int]:
    """Every withheld count the attacker can compute, from the sums and from the other table."""
    known = {cell: int(shown) for cell, shown in cells.items() if shown.isdigit()}
    for worker in WORKERS:  # the same figure in the ministry's table
        ministry = ("ministerie", f"{worker} — effectief uitgestroomd", "Programma")
        outcome = ("uitstroom_uitkomst", "Effectief uitgestroomd (subtotaal)", worker)
        if ministry in known:
            known.setdefault(outcome, known[ministry])
    changed = True
    while changed:
        changed = False
        for total, parts in sums(cells):
            missing = [c for c in (total, *parts) if c not in known]
            if len(missing) != 1:
                continue
            (cell,) = missing
            shown = sum(known[p] for p in parts if p in known)
            known[cell] = known[total] - shown if cell != total else shown
            changed = True
    return {cell: value for cell, value in known.items() if not cells[cell].isdigit()}


def test_no_sum_of_programme_and_begeleider_figures_gives_a_small_count_away():
    withheld_seen = 0
    for seed in range(12):
        cases = caseload(seed)
        cells = read(to_csv(build_report(cases, *YEAR, group_by_worker=True)))
        withheld_seen += sum(1 for shown in cells.values() if shown in ("<5", "x"))
        for cell, value in worked_out(cells).items():
            assert value not in range(1, 5), (seed, cell, value)
    assert withheld_seen > 100  # the caseloads are small enough that there was much to hide


def test_her_small_count_is_withheld_in_her_column_and_covered_in_the_programme():
    """Bram's one police referral: '<5' in his column, and the programme's or another
    begeleider's police count withheld too, so that no subtraction gives it back."""
    cases = [("Anna", person(n, dt.date(2025, 3, 1), source="ggd")) for n in range(8)]
    cases += [("Bram", person(10, dt.date(2025, 3, 1), source="politie"))]
    cases += [("Bram", person(11 + n, dt.date(2025, 3, 1), source="ggd")) for n in range(6)]
    cells = read(to_csv(build_report(cases, *YEAR, group_by_worker=True)))
    assert cells[("aanmeldingen_bron", "Politie", "Bram")] == "<5"
    assert cells[("aanmeldingen_bron", "Politie", "Programma")] == "<5"  # itself small
    assert worked_out(cells).get(("aanmeldingen_bron", "Politie", "Bram")) is None
