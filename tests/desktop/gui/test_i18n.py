"""English is complete: every string the screens translate, in every Qt context, has a finished
English translation that keeps its placeholders, & shortcut markers and closing punctuation; the
compiled .qm matches the .ts; and real widgets show the English once it is installed.

The strings are taken from the code twice: by lupdate itself (run into a temporary copy of the
catalogue, exactly as resources/i18n/README.md runs it) and by an AST scan of every `tr(`,
`self.tr(` and `QCoreApplication.translate(` call, which also catches calls lupdate cannot see.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest

from desktop.ui.i18n import I18N, install_language, tr
from forms import Goal, Participant, Trajectplan

ROOT = Path(__file__).resolve().parents[3]
UI = ROOT / "desktop" / "ui"
TOOLS = Path(PySide6.__file__).parent
Key = tuple[str, str]  # (context, Dutch source)


def _lupdate(ts: Path, language: str) -> None:
    subprocess.run([str(TOOLS / "lupdate"), "-extensions", "py", str(UI), "-no-obsolete", "-locations", "none",
                    "-source-language", "nl", "-target-language", language, "-ts", str(ts)],
                   check=True, capture_output=True)


def _messages(ts: Path) -> dict[Key, ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message.find("translation")
    return found


def _finished(translation: ET.Element | None) -> bool:
    return (translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete")
            and bool((translation.text or "").strip()))


CATALOGUE = _messages(I18N / "koers_en.ts")


# --- the strings in the code ---------------------------------------------------------------
def _calls(tree: ast.AST):
    """(call, context) for every translating call; the context is None where it cannot be known."""
    def visit(node, cls):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                yield from visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                func = child.func
                if isinstance(func, ast.Name) and func.id == "tr":
                    yield child, ""
                elif isinstance(func, ast.Attribute) and func.attr == "tr":
                    is_self = isinstance(func.value, ast.Name) and func.value.id == "self"
                    yield child, cls if is_self else None
                elif isinstance(func, ast.Attribute) and func.attr == "translate":
                    first = child.args[0] if child.args else None
                    yield child, first.value if isinstance(first, ast.Constant) else None
            yield from visit(child, cls)
    yield from visit(tree, None)


def _in_fstring(tree: ast.AST) -> set[int]:
    return {id(node) for joined in ast.walk(tree) if isinstance(joined, ast.JoinedStr) for node in ast.walk(joined)}


def _scan() -> tuple[set[Key], list[str]]:
    keys, problems = set(), []
    for path in sorted(UI.rglob("*.py")):
        if path == UI / "i18n.py":  # defines tr(): translate("", text) with a variable on purpose
            continue
        tree = ast.parse(path.read_text("utf-8"))
        hidden = _in_fstring(tree)
        for call, context in _calls(tree):
            where = f"{path.relative_to(ROOT)}:{call.lineno}"
            args = call.args[1:] if isinstance(call.func, ast.Attribute) and call.func.attr == "translate" else call.args
            text = args[0] if args else None
            if context is None or not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                problems.append(f"{where}: lupdate cannot extract this call (literal text, self.tr or tr only)")
            elif id(call) in hidden:
                problems.append(f"{where}: tr() inside an f-string is invisible to lupdate; hoist it")
            else:
                keys.add((context, text.value))
    return keys, problems


def test_every_translating_call_can_be_extracted():
    _keys, problems = _scan()
    assert problems == []


def test_every_string_in_the_code_has_a_finished_english_translation():
    keys, _problems = _scan()
    assert len(keys) > 300  # the scan sees every context, not just the shell's
    assert {context for context, _ in keys} >= {"", "MatrixTab", "PlanTab", "GoalEditor", "SigningScreen"}
    missing = sorted(key for key in keys if not _finished(CATALOGUE.get(key)))
    assert missing == []


def test_lupdate_finds_nothing_new_or_unfinished(tmp_path):
    fresh = tmp_path / "koers_en.ts"
    shutil.copy(I18N / "koers_en.ts", fresh)
    _lupdate(fresh, "en")
    messages = _messages(fresh)
    assert sorted(set(messages) ^ set(CATALOGUE)) == []  # nothing new, nothing obsolete
    assert sorted(key for key, translation in messages.items() if not _finished(translation)) == []


def test_dutch_catalogue_lists_the_same_messages():
    assert set(_messages(I18N / "koers_nl.ts")) == set(CATALOGUE)


def test_compiled_catalogues_match_the_ts_files(tmp_path):
    for language in ("en", "nl"):
        built = tmp_path / f"koers_{language}.qm"
        subprocess.run([str(TOOLS / "lrelease"), str(I18N / f"koers_{language}.ts"), "-qm", str(built)],
                       check=True, capture_output=True)
        assert built.read_bytes() == (I18N / f"koers_{language}.qm").read_bytes(), f"run lrelease ({language})"


# --- what a translation must keep ---------------------------------------------------------
def _shape(text: str) -> dict:
    stripped = text.rstrip()
    return {"placeholders": sorted(re.findall(r"\{\w*\}", text)), "args": sorted(re.findall(r"%\d", text)),
            "shortcut markers": text.replace("&&", "").count("&"), "escaped &": text.count("&&"),
            "line breaks": text.count("\n"), "closing": stripped[-1] if stripped[-1:] in ".:…?!" else "",
            "leading space": text[:1] == " "}


def test_translations_keep_placeholders_markers_and_punctuation():
    broken = []
    for (context, source), translation in sorted(CATALOGUE.items()):
        english = translation.text or ""
        want, got = _shape(source), _shape(english)
        broken += [f"{context}/{source!r}: {name} {want[name]!r} became {got[name]!r}"
                   for name in want if want[name] != got[name]]
        if re.search(r"&(?!&)(\s|$)", english.replace("&&", "")):
            broken.append(f"{context}/{source!r}: & marks no letter in {english!r}")
    assert broken == []


# --- real widgets in English ---------------------------------------------------------------
@pytest.fixture
def english(qapp):
    assert install_language("en")
    yield
    install_language("nl")


@pytest.fixture
def mira(vault):
    person = Participant(roepnaam="Mira", preferred_language="en")
    plan = Trajectplan(participant_id=person.id, worker=vault.worker_name, date=dt.date.today(),
                       goals=[Goal(life_domain="huisvesting", text="A room of my own.", start=3, target=8)])
    vault.save_all([person, plan])
    return person, plan


def test_screens_show_english_once_it_is_installed(qtbot, vault, mira, english):
    from desktop.ui.matrix_tab import MatrixTab
    from desktop.ui.plan_tab import PlanTab
    from desktop.ui.signing_screen import SigningScreen
    from desktop.ui.supervisor.import_screen import ImportScreen

    person, plan = mira
    assert tr("Koers is vergrendeld") == "Koers is locked"
    matrix = MatrixTab(vault, person.id)
    plans = PlanTab(vault, person.id)
    signing = SigningScreen(vault, plan.id, lambda secret: False)
    importer = ImportScreen(vault)
    for widget in (matrix, plans, signing, importer):
        qtbot.addWidget(widget)
    assert matrix.new_button.text() == "Ne&w assessment"
    assert plans.new_plan_button.text() == "Ne&w plan" and plans.sign_button.text() == "Sign t&ogether"
    assert plans.editor.save_button.text() == "Save goal"  # GoalEditor, inside the plan tab
    assert signing.leave_button.text() == "Close (case worker) – Esc"
    assert importer.choose_button.text() == "&Choose file…"


def test_dutch_again_after_switching_back(qtbot, vault, mira, english):
    from desktop.ui.matrix_tab import MatrixTab

    install_language("nl")
    tab = MatrixTab(vault, mira[0].id)
    qtbot.addWidget(tab)
    assert tab.new_button.text() == "Nieuwe m&eting"
    assert tr("Koers is vergrendeld") == "Koers is vergrendeld"
