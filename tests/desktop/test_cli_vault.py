"""The `koers` command line end to end: init, demo, list, show, passwd, recover, import-caseload."""

import json
import os
import subprocess
import sys

import pytest

from desktop.cli import main
from tests.conftest import PASSPHRASE

HEADER = "roepnaam,geboortejaar,gender,geboorteland,werkvormen,aanmelddatum,aanmeldbron,intakedatum,fase,uitstroomdatum,uitstroomreden\n"


def koers(*argv: str) -> int:
    return main([str(a) for a in argv])


@pytest.fixture
def initialised(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "kluis"
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    assert koers("init", "--vault", folder, "--worker-name", "Sanne") == 0
    capsys.readouterr()
    return folder


def test_init_prints_a_recovery_code(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    assert koers("init", "--vault", tmp_path / "k", "--worker-name", "Sanne", "--role", "supervisor") == 0
    out = capsys.readouterr().out
    code = out.strip().splitlines()[-1].strip()
    assert len(code.split("-")) == 8
    assert koers("init", "--vault", tmp_path / "k", "--worker-name", "Sanne") == 4  # never over an existing vault


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as exc:
        koers("init")
    assert exc.value.code == 2
    assert koers("list", "--phase", "bestaat-niet") == 2


@pytest.mark.parametrize(("lang", "said", "not_said"), [
    ("nl", ["map van de kluis", "taal (standaard: de hare)"], ["vault folder", " / "]),
    ("en", ["vault folder", "language (default: hers)"], ["map van de kluis", " / "]),
])
def test_help_speaks_the_language_of_the_cli(lang, said, not_said, monkeypatch, capsys):
    """`koers --help` comes from the catalogue in KOERS_LANG, one language, not "nl / en"."""
    monkeypatch.setenv("KOERS_LANG", lang)
    with pytest.raises(SystemExit):
        main(["plan-pdf", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert all(words in shown for words in said) and not any(words in shown for words in not_said), shown


def test_wrong_passphrase_exits_3(initialised, monkeypatch, capsys):
    monkeypatch.setenv("KOERS_PASSPHRASE", "fout fout fout")
    assert koers("list", "--vault", initialised) == 3
    assert "verkeerd wachtwoord" in capsys.readouterr().err


def test_demo_list_search_phase_show(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "demo"
    assert koers("demo", "--vault", folder) == 0
    capsys.readouterr()
    assert koers("list", "--vault", folder, "--json") == 0
    everyone = json.loads(capsys.readouterr().out)
    names = {p["roepnaam"] for p in everyone}
    assert {"Десислава", "Ștefania", "Réka Szabó", "Łucja"} <= names
    assert {p["phase"] for p in everyone} == {"aanmelding", "orientatie", "uitvoering", "nazorg", "afgesloten"}
    assert koers("list", "--vault", folder, "--json", "--search", "дес") == 0
    assert [p["roepnaam"] for p in json.loads(capsys.readouterr().out)] == ["Десислава"]
    assert koers("list", "--vault", folder, "--json", "--phase", "Oriëntatie") == 0
    assert {p["phase"] for p in json.loads(capsys.readouterr().out)} == {"orientatie"}

    someone = next(p for p in everyone if p["roepnaam"] == "Ioana")
    assert koers("show", "--vault", folder, someone["id"], "--json") == 0
    dossier = json.loads(capsys.readouterr().out)
    assert dossier["participant"]["roepnaam"] == "Ioana"
    assert dossier["plans"][0]["signatures"] and dossier["assessments"] and dossier["evaluations"]
    for kind in ("aanmeldingen", "intakes", "consents", "contacts", "referrals", "phases"):
        assert dossier[kind], kind
    assert koers("show", "--vault", folder, "niet-een-id") == 2
    assert koers("show", "--vault", folder, "00000000-0000-0000-0000-000000000000") == 4


def test_passwd_and_recover(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "k"
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    koers("init", "--vault", folder, "--worker-name", "Sanne")
    code = capsys.readouterr().out.strip().splitlines()[-1].strip()
    monkeypatch.setenv("KOERS_NEW_PASSPHRASE", "tweede zin met woorden")
    assert koers("passwd", "--vault", folder) == 0
    assert koers("list", "--vault", folder) == 3
    monkeypatch.setenv("KOERS_RECOVERY_CODE", "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")
    monkeypatch.setenv("KOERS_NEW_PASSPHRASE", "derde zin, nog langer!")
    assert koers("recover", "--vault", folder) == 3
    monkeypatch.setenv("KOERS_RECOVERY_CODE", code)
    assert koers("recover", "--vault", folder) == 0
    monkeypatch.setenv("KOERS_PASSPHRASE", "derde zin, nog langer!")
    assert koers("list", "--vault", folder) == 0


def test_import_caseload_all_or_nothing_and_idempotent(initialised, tmp_path, capsys):
    good = tmp_path / "caseload.csv"
    good.write_text(HEADER
                    + "Ioana,1990,Vrouw,Roemenië,raam;CLUB,2024-02-01,outreach/veldwerk,01-03-2024,Uitvoering,,\n"
                    + "Десислава,,,,,15-01-2024,GGD,,oriëntatie,,\n"
                    + "Mirjam,1985,vrouw,,privéhuis,2023-01-10,zelf,2023-02-01,afgesloten,2024-06-30,Ander werk\n"
                    + ",,,,,,,,,,\n", encoding="utf-8")
    assert koers("import-caseload", "--vault", initialised, good) == 0
    assert "3 deelnemers toegevoegd" in capsys.readouterr().out
    assert koers("import-caseload", "--vault", initialised, good) == 0
    assert "0 deelnemers toegevoegd" in capsys.readouterr().out
    assert koers("list", "--vault", initialised, "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert sorted(r["phase"] for r in rows) == ["afgesloten", "orientatie", "uitvoering"]


def test_a_bad_caseload_imports_nothing_and_names_every_bad_line(initialised, tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER
                   + "Ioana,1990,Vrouw,,raam,2024-02-01,,,,,\n"
                   + ",1990,,,,,,,,,\n"
                   + "Bea,1990,,,tippelzone,,,,,,\n"
                   + "Cleo,,,,,31-02-2024,,,,,\n"
                   + "Dora,1850,,,,,,,,,\n", encoding="utf-8")
    assert koers("import-caseload", "--vault", initialised, bad) == 4
    err = capsys.readouterr().err
    for expected in ("regel 3: Roepnaam", "regel 4: werkvormen: onbekende waarde 'tippelzone'",
                     "regel 5: '31-02-2024' is geen datum", "regel 6: Geboortejaar"):
        assert expected in err
    assert "regel 2" not in err
    assert koers("list", "--vault", initialised, "--json") == 0
    assert json.loads(capsys.readouterr().out) == []


def test_caseload_with_semicolons_and_missing_columns(initialised, tmp_path, capsys):
    semi = tmp_path / "excel.csv"
    semi.write_bytes(("\ufeff" + HEADER.replace(",", ";") + 'Ana;;;;"raam;club";;;;;;\n').encode("utf-8"))
    assert koers("import-caseload", "--vault", initialised, semi) == 0
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("naam,jaar\nAna,1990\n")
    assert koers("import-caseload", "--vault", initialised, wrong) == 4
    assert "de kolom roepnaam ontbreekt" in capsys.readouterr().err
    assert koers("import-caseload", "--vault", initialised, tmp_path / "bestaat-niet.csv") == 4


def test_the_installed_command_prompts_without_echo_and_exits_3(initialised):
    """A real process: no passphrase in the environment and no terminal -> usage error, not a hang."""
    env = {k: v for k, v in os.environ.items() if k != "KOERS_PASSPHRASE"}
    result = subprocess.run([sys.executable, "-m", "desktop.cli", "list", "--vault", str(initialised)],
                            env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60)
    assert result.returncode == 2 and "KOERS_PASSPHRASE" in result.stderr
    env["KOERS_PASSPHRASE"] = "fout"
    result = subprocess.run([sys.executable, "-m", "desktop.cli", "list", "--vault", str(initialised)],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 3 and result.stderr.strip() == "koers: verkeerd wachtwoord"
