"""`koers outreach add|list` through the real command line, and the contacts in `koers report`."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from desktop.cli import main
from tests.conftest import PASSPHRASE


def koers(*argv) -> int:
    return main([str(a) for a in argv])


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "v"
    assert koers("init", "--worker-name", "Anna Werker", "--vault", folder) == 0
    return folder


def _listed(capsys, folder, *extra) -> list[dict]:
    capsys.readouterr()
    assert koers("outreach", "list", "--json", "--vault", folder, *extra) == 0
    return json.loads(capsys.readouterr().out)


def test_add_takes_codes_or_labels_and_list_shows_them_newest_first(folder, capsys):
    assert koers("outreach", "add", "--date", "2026-02-03", "--place", "Club of privéhuis", "--people", "6",
                 "--topics", "gezondheid, Geld en schulden", "--languages", "RO,bg", "--offered", "informatie",
                 "--asked", "1", "--vault", folder) == 0
    assert "Veldwerkcontact opgeslagen: 3 februari 2026, Club of privéhuis, 6 mensen." in capsys.readouterr().out
    assert koers("outreach", "add", "--date", "2026-02-05", "--place", "online", "--people", "20",
                 "--vault", folder) == 0
    found = _listed(capsys, folder)
    assert [(c["date"], c["place"], c["people"]) for c in found] == [("2026-02-05", "online", 20),
                                                                    ("2026-02-03", "club_privehuis", 6)]
    assert found[1]["topics"] == ["gezondheid", "geld"] and found[1]["languages"] == ["ro", "bg"]
    assert found[1]["asked_to_start"] == 1 and "note" not in found[1]
    assert [c["date"] for c in _listed(capsys, folder, "--from", "2026-02-04")] == ["2026-02-05"]
    assert koers("outreach", "list", "--vault", folder) == 0
    assert "Online" in capsys.readouterr().out


def test_an_unknown_place_is_a_usage_error_that_names_the_choices(folder, capsys):
    assert koers("outreach", "add", "--place", "achterkamer", "--people", "2", "--vault", folder) == 2
    err = capsys.readouterr().err
    assert "onbekende waarde 'achterkamer' voor Plaats of kanaal" in err and "club_privehuis" in err
    assert _listed(capsys, folder) == []


def test_more_asking_to_start_than_were_met_is_refused_and_nothing_stored(folder, capsys):
    assert koers("outreach", "add", "--place", "raam", "--people", "2", "--asked", "3", "--vault", folder) == 4
    assert "Wilden zich aanmelden: is meer dan het aantal mensen" in capsys.readouterr().err
    assert _listed(capsys, folder) == []


def test_the_workers_own_report_counts_her_contacts(folder, capsys, tmp_path):
    for day in range(1, 7):
        assert koers("outreach", "add", "--date", f"2026-01-0{day}", "--place", "raam", "--people", "5",
                     "--vault", folder) == 0
    out = tmp_path / "r.csv"
    assert koers("report", "--from", "2026-01-01", "--to", "2026-01-31", "--out", out, "--vault", folder) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    reach = {r["categorie"]: r["aantal"] for r in rows if r["tabelcode"] == "bereik"}
    assert reach["Ramen — contacten"] == "6" and reach["Ramen — mensen bereikt"] == "30"
    assert dt.date.today().year >= 2026
