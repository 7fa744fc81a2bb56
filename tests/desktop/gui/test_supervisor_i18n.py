"""The supervisor screens' tr() strings have finished English translations that keep their
%1 placeholders and & shortcut markers."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.ui.i18n import I18N

SUPERVISOR = Path(__file__).resolve().parents[3] / "desktop" / "ui" / "supervisor"


def _strings() -> set[str]:
    found = set()
    for path in SUPERVISOR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                found.add(node.args[0].value)
    return found


def _catalogue() -> dict[str, ET.Element]:
    root = ET.parse(I18N / "koers_en.ts").getroot()
    return {m.findtext("source"): m.find("translation") for m in root.iter("message")}


def test_every_supervisor_string_has_a_finished_english_translation():
    catalogue, strings = _catalogue(), _strings()
    if not {"Bundel inlezen", "Monitoringsrapportage"} & set(catalogue):
        pytest.skip("the supervisor strings are not in resources/i18n/koers_en.ts yet")
    missing = sorted(s for s in strings if s not in catalogue or catalogue[s].get("type") == "unfinished"
                     or not (catalogue[s].text or "").strip())
    assert missing == []


def test_translations_keep_placeholders_and_shortcut_markers():
    catalogue = _catalogue()
    for source in _strings() & set(catalogue):
        english = catalogue[source].text or ""
        assert re.findall(r"%\d", english) == re.findall(r"%\d", source), source
        assert english.replace("&&", "").count("&") == source.replace("&&", "").count("&"), source
