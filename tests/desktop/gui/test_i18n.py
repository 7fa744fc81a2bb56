"""English is complete: every tr() string has a finished translation that keeps its placeholders."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.ui.i18n import I18N, install_language, tr

ROOT = Path(__file__).resolve().parents[3]
# Screens whose strings this catalogue covers (co-sign, matrix and plan keep their own words).
OWN = ["app", "main_window", "workspace", "first_run_screen", "unlock_screen", "caseload_screen",
       "dossier_screen", "overview_tab", "intake_tab", "contacts_tab", "settings_dialog",
       "widgets/common", "widgets/field_form", "widgets/strength_meter", "models/caseload_model"]


def _tr_strings() -> set[str]:
    found = set()
    for name in OWN:
        tree = ast.parse((ROOT / "desktop" / "ui" / f"{name}.py").read_text("utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                found.add(node.args[0].value)
    return found


def _catalogue() -> dict[str, ET.Element]:
    root = ET.parse(I18N / "koers_en.ts").getroot()
    return {m.findtext("source"): m.find("translation") for m in root.iter("message")}


def test_every_screen_string_has_a_finished_english_translation():
    catalogue = _catalogue()
    missing = sorted(s for s in _tr_strings() if s not in catalogue or catalogue[s].get("type") == "unfinished"
                     or not (catalogue[s].text or "").strip())
    assert missing == []


@pytest.mark.parametrize("source", sorted(_tr_strings()))
def test_translation_keeps_placeholders_and_shortcut_markers(source):
    english = _catalogue()[source].text or ""
    assert re.findall(r"\{\w+\}", english) == re.findall(r"\{\w+\}", source)
    assert english.replace("&&", "").count("&") == source.replace("&&", "").count("&")


def test_compiled_english_is_used_at_runtime(qapp):
    try:
        assert install_language("en")
        assert tr("Koers is vergrendeld") == "Koers is locked"
    finally:
        install_language("nl")
    assert tr("Koers is vergrendeld") == "Koers is vergrendeld"
