"""The technical report and the opt-in diagnostic log keep names and typed text out (issue 10 §7)."""

from __future__ import annotations

import ast
import datetime as dt
import logging
import os
import stat
from pathlib import Path

import pytest
from pydantic import ValidationError

from desktop import diagnostics
from desktop.diagnostics import Code, log, prune, start_log, stop_log, technical_report
from desktop.settings import Settings
from forms import Participant

ROOT = Path(__file__).resolve().parents[2]
SECRET = "Noor-van-de-Wallen"  # stands for a name or a note someone typed


def _validation_error() -> ValidationError:
    try:
        Participant(roepnaam=SECRET, birth_year=SECRET)
    except ValidationError as error:
        return error
    raise AssertionError("pydantic accepted a name as a year")


def test_the_report_has_type_and_frames_but_never_the_message():
    error = _validation_error()
    assert SECRET in str(error)  # pydantic quotes the input: this is what must not leak
    try:
        raise RuntimeError(f"while saving {SECRET}") from error
    except RuntimeError as wrapped:
        report = technical_report(wrapped)
    assert SECRET not in report
    assert "pydantic_core._pydantic_core.ValidationError" in report and "builtins.RuntimeError" in report
    assert "tests/desktop/test_diagnostics.py:" in report and "in test_the_report_has_type_and_frames" in report
    assert str(Path.home()) not in report  # folders above Koers may carry the user's name


@pytest.fixture
def log_dir(tmp_path):
    yield tmp_path / "logs"
    stop_log()


def test_the_log_is_off_by_default_and_private_when_on(log_dir, monkeypatch):
    assert Settings().diagnostic_log is False
    monkeypatch.setenv("KOERS_LOG_DIR", str(log_dir))
    path = start_log()
    assert path.parent == log_dir
    assert stat.S_IMODE(log_dir.stat().st_mode) == 0o700 and stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_filter_keeps_names_and_free_text_out(log_dir):
    path = start_log(log_dir)
    log.info("deelnemer geopend: %s, %s doelen, reden %s", SECRET, 3, Code("idle"))
    log.info("met namen: %(name)s", {"name": SECRET})
    try:
        Participant(roepnaam=SECRET, birth_year=SECRET)
    except ValidationError:
        log.exception("opslaan mislukt")
    logging.getLogger("pyhanko.sign").warning("signer is %s", SECRET)  # another library: anything
    logging.getLogger("pyhanko.sign").warning(f"signer is {SECRET}")
    stop_log()
    text = path.read_text("utf-8")
    assert SECRET not in text
    assert "deelnemer geopend: ‹tekst›, 3 doelen, reden idle" in text
    assert "opslaan mislukt" in text and "pydantic_core._pydantic_core.ValidationError" in text
    assert text.count("‹bericht weggelaten›") == 2


def test_old_logs_are_pruned(tmp_path):
    now = dt.datetime(2026, 12, 1, 12)
    for day in (0, 1, 2, 3, 4, 5, 20):
        path = tmp_path / f"koers-day{day:02}.log"
        path.write_text("x")
        when = (now - dt.timedelta(days=day)).timestamp()
        os.utime(path, (when, when))
    prune(tmp_path, now)
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"koers-day{day:02}.log" for day in range(5)]
    (tmp_path / "koers-day00.log").unlink()
    prune(tmp_path, now + dt.timedelta(days=13))  # now days 14 to 17 old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["koers-day01.log"]


def test_a_runaway_log_stops_growing(log_dir, monkeypatch):
    monkeypatch.setattr(diagnostics, "MAX_BYTES", 2_000)
    path = start_log(log_dir)
    for number in range(500):
        log.info("regel %s", number)
    assert path.stat().st_size < 2_500


def _log_calls(tree: ast.AST):
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in {"debug", "info", "warning", "error", "exception", "critical"}
                and isinstance(node.func.value, ast.Name) and node.func.value.id in {"log", "logger", "_log"}):
            yield node


def test_koers_logs_only_constant_templates():
    """The filter trusts a Koers template; an f-string or '+' would smuggle values into it."""
    offenders, seen = [], 0
    for folder in ("desktop", "forms", "matrix", "exports"):
        for path in (ROOT / folder).rglob("*.py"):
            for call in _log_calls(ast.parse(path.read_text("utf-8"))):
                seen += 1
                if not (call.args and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)):
                    offenders.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert seen >= 5 and offenders == []
