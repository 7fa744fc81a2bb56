"""`koers kaart list|add|import`, `koers export --to WORKER` from a supervisor and `koers import`
on the worker's side, through the real command line."""

from __future__ import annotations

import json

import pytest

from tests.adversarial.world import ANNA, SAM, koers, make_world
from tests.conftest import PASSPHRASE


@pytest.fixture
def world(tmp_path, monkeypatch):
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    world = make_world(tmp_path)
    world.anna.close()
    world.bea.close()
    return world


def _kaart(capsys, folder) -> list[dict]:
    capsys.readouterr()
    assert koers("kaart", "list", "--json", "--vault", folder) == 0
    return json.loads(capsys.readouterr().out)


def test_the_supervisor_keeps_the_kaart_and_sends_it_to_a_worker(world, capsys, tmp_path):
    sheet = tmp_path / "partners.csv"
    sheet.write_text("naam;soort;talen;wachttijd;telefoon\nSchuldhulp Stad;Schuldhulp;nl, en;28;020 555\n"
                     "Woonstichting Dak;wonen;nl;90;\n", encoding="utf-8")
    assert koers("kaart", "import", sheet, "--vault", world.sam) == 0
    assert "2 partners toegevoegd, 0 stonden er al" in capsys.readouterr().out
    assert koers("kaart", "import", sheet, "--vault", world.sam) == 0
    assert "0 partners toegevoegd, 2 stonden er al" in capsys.readouterr().out
    out = tmp_path / "kaart.koers"
    assert koers("export", "--to", ANNA, "--out", out, "--vault", world.sam) == 0
    anna = tmp_path / "anna"
    assert koers("kaart", "add", "--name", "Buurthuis", "--kind", "werk", "--wait", "7", "--vault", anna) == 0
    assert koers("import", out, "--vault", anna) == 0
    assert f"Bundel van {SAM}" in capsys.readouterr().out
    found = {(e["name"], e["kind"], e["waiting_days"], e["programme"]) for e in _kaart(capsys, anna)}
    assert found == {("Schuldhulp Stad", "schulden", 28, True), ("Woonstichting Dak", "wonen", 90, True),
                     ("Buurthuis", "werk", 7, False)}


def test_a_bad_line_imports_nothing(world, capsys, tmp_path):
    sheet = tmp_path / "partners.csv"
    sheet.write_text("naam,soort\nGoed,werk\nFout,tandarts\n", encoding="utf-8")
    assert koers("kaart", "import", sheet, "--vault", world.sam) == 4
    assert "regel 3" in capsys.readouterr().err
    assert _kaart(capsys, world.sam) == []


def test_an_unknown_kind_is_a_usage_error(world, capsys):
    assert koers("kaart", "add", "--name", "X", "--kind", "tandarts", "--vault", world.sam) == 2
    assert "onbekende soort partner" in capsys.readouterr().err
