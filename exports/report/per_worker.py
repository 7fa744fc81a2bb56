"""*Per begeleider*: a report grouped by worker shows, beside the programme's figure, each
begeleider's own, in the tables where that says something about the work (PER_WORKER; which
and why: docs/report.md).

Her figures are built by the same table functions over her dossiers alone, on a builder of
her own, and taken into the report's builder under her own keys ("bw", name, *key). Every
count is a sum over dossiers and each dossier has one begeleider, so the programme's cell is
the sum of hers: that is declared as one more additive relation, and the one suppression
decision (exports.report.suppression, .linked) then covers both tables together. A small
count of hers is "<5", and no programme figure less the others gives it away.
"""

from __future__ import annotations

from collections.abc import Hashable

# Not per begeleider: 'ministerie' has a row per begeleider already; 'begroot' sets out the
# programme's budget; the tables of who her participants are (work setting, legal position,
# gender, profile, sector, country group, age, signals, reasons) would, per caseload, mostly
# read "<5" and narrow down who someone is, while saying nothing about her work.
PER_WORKER = ("kerncijfers", "aanmeldingen_bron", "uitstroom_uitkomst", "uitstroom_trajectdoel",
              "tussentijds_reden", "uitgestapt", "zelfredzaamheid", "doelen_bereikt", "wachttijd_partner",
              "contacttijd")


def scoped(group: str, key: Hashable) -> tuple:
    """Her key for the programme's cell `key`."""
    return ("bw", group, *key)


def take_worker(b, group: str, mine) -> None:
    """Take her builder's cells and relations under her keys, and keep her text rows (medians)
    by table and row name for the report's per-worker column."""
    for key, value in mine.values.items():
        b.values[scoped(group, key)] = value
    b.relations += [(scoped(group, total), [scoped(group, p) for p in parts]) for total, parts in mine.relations]
    b.workers[group] = {(table, row[1]): (row[2], None if row[3] is None else scoped(group, row[3]))
                        for table, _title, rows in mine.layout if table in PER_WORKER
                        for row in rows if row[0] == "text"}


def link_workers(b) -> None:
    """Each programme cell her tables have is the sum of the begeleiders' cells (0 where she has
    none of it): one relation each, so that hiding one of them is covered across the tables."""
    groups = list(b.workers)
    theirs = {key[2:] for key in b.values if key[:1] == ("bw",)}
    for key in sorted(theirs, key=repr):
        parts = [scoped(group, key) for group in groups]
        for part in parts:
            b.values.setdefault(part, 0)
        assert b.values[key] == sum(b.values[p] for p in parts), key  # every count is a sum over dossiers
        b.relations.append((key, parts))
