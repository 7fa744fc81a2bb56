"""`koers instruments [--json]`, `koers instruments add FILE` and `koers smart-check`."""

import io
import json

import pytest
import yaml

from desktop.cli import main
from matrix.instruments import INSTRUMENTS_DIR


def koers(*argv) -> int:
    return main([str(a) for a in argv])


def zrm_file(tmp_path, filename="eigen.yaml", **changes):
    raw = yaml.safe_load((INSTRUMENTS_DIR / "zrm-domeinen.yaml").read_text("utf-8"))
    raw.update(changes)
    path = tmp_path / filename
    path.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), "utf-8")
    return path, raw


def listed(capsys, *extra) -> list[dict]:
    capsys.readouterr()
    assert koers("instruments", "--json", *extra) == 0
    return json.loads(capsys.readouterr().out)


def test_lists_the_shipped_instrument(capsys):
    rows = listed(capsys)
    assert rows == [{"id": "zrm-domeinen", "version": "1", "domains": 13, "source": "koers",
                     "name": "Zelfredzaamheid per domein (Koers-formulering)"}]
    assert koers("instruments") == 0
    assert "zrm-domeinen" in capsys.readouterr().out


def test_add_stores_a_validated_file_in_the_vault_folder(vault, vault_dir, tmp_path, capsys):
    path, _raw = zrm_file(tmp_path, id="ggd-zrm", version="2017", name={"nl": "ZRM (licentie)", "en": "SSM (licensed)"})
    assert koers("instruments", "add", path, "--vault", vault_dir) == 0
    stored = vault_dir / "instruments" / "ggd-zrm@2017.yaml"
    assert stored.read_bytes() == path.read_bytes()
    assert stored.stat().st_mode & 0o077 == 0
    rows = listed(capsys, "--vault", vault_dir)
    assert [(r["id"], r["version"], r["source"]) for r in rows] == [("ggd-zrm", "2017", "vault"), ("zrm-domeinen", "1", "koers")]
    # --vault before `add` counts too; the same file again is fine
    assert koers("instruments", "--vault", vault_dir, "add", path) == 0
    assert "al geïnstalleerd" in capsys.readouterr().out


def test_a_bad_file_names_domain_and_level_and_adds_nothing(vault, vault_dir, tmp_path, capsys, monkeypatch):
    path, raw = zrm_file(tmp_path)
    del raw["criteria"]["geestelijke_gezondheid"][2]["nl"]
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), "utf-8")
    assert koers("instruments", "add", path, "--vault", vault_dir) == 4
    err = capsys.readouterr().err
    assert "'geestelijke_gezondheid', niveau 2" in err and "niets toegevoegd" in err
    assert not (vault_dir / "instruments").exists()
    monkeypatch.setenv("KOERS_LANG", "en")
    assert koers("instruments", "add", path, "--vault", vault_dir) == 4
    assert "'geestelijke_gezondheid', level 2" in capsys.readouterr().err


def test_a_version_is_never_overwritten_with_other_texts(vault, vault_dir, tmp_path, capsys):
    path, raw = zrm_file(tmp_path)  # same id and version as the shipped file, other texts
    raw["criteria"]["financien"][1]["nl"] = "Een andere tekst."
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), "utf-8")
    assert koers("instruments", "add", path, "--vault", vault_dir) == 4
    assert "nieuwe versie" in capsys.readouterr().err
    assert not (vault_dir / "instruments").exists()


def test_add_needs_an_existing_vault_and_a_readable_file(tmp_path, capsys):
    path, _ = zrm_file(tmp_path, version="9")
    assert koers("instruments", "add", path, "--vault", tmp_path / "nergens") == 2
    assert "geen kluis" in capsys.readouterr().err
    assert koers("instruments", "add", tmp_path / "ontbreekt.yaml", "--vault", tmp_path) == 2


def smart_check(monkeypatch, capsys, goal, *flags) -> tuple[int, str, str]:
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO(goal if isinstance(goal, str) else json.dumps(goal)))
    code = koers("smart-check", *flags)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_smart_check_prints_verdicts_as_json(monkeypatch, capsys):
    goal = {"text": "Ik vraag een uitkering aan bij de gemeente", "domain": "FINANCIËN", "start": 2, "target": 9,
            "deadline": "2025-02-01", "agreed": True, "plan_date": "2025-01-15"}
    code, out, _err = smart_check(monkeypatch, capsys, goal, "--json")
    assert code == 0
    verdicts = json.loads(out)
    assert list(verdicts) == ["S", "M", "A", "R", "T"]
    assert [verdicts[x]["ok"] for x in "SMART"] == [True, True, True, False, True]
    assert "grote stap" in verdicts["R"]["hint"]


def test_smart_check_only_needs_text_and_speaks_english(monkeypatch, capsys):
    monkeypatch.setenv("KOERS_LANG", "en")
    code, out, _err = smart_check(monkeypatch, capsys, {"text": "I want to feel better"}, "--json")
    assert code == 0
    verdicts = json.loads(out)
    assert not verdicts["S"]["ok"] and verdicts["T"]["hint"] == "Agree on a date by which the goal should be reached."
    code, out, _err = smart_check(monkeypatch, capsys, {"text": "I want to feel better"})
    assert code == 0 and out.splitlines()[0].startswith("S  tip")


@pytest.mark.parametrize(("goal", "code", "message"), [
    ("{not json", 2, "JSON"),
    ("[1, 2]", 2, "JSON"),
    ({"text": "Ik wil een woning", "domain": "ruimtevaart"}, 4, "ruimtevaart"),
    ({"text": "Ik wil een woning", "start": 12}, 4, "10"),
    ({"domain": "huisvesting"}, 4, "verplicht"),  # text is required
])
def test_smart_check_refuses_bad_input(monkeypatch, capsys, goal, code, message):
    returned, out, err = smart_check(monkeypatch, capsys, goal, "--json")
    assert returned == code and out == ""
    assert message in err
