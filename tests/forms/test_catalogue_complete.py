"""The catalogue is whole and the code says things only through it (issue 16 §1).

Scans the source of the pure libraries, the vault, the CLI and the screens: every code written in
`Message("…")` / `text("…")` exists in Dutch and English; a code has the same placeholders in
every language that has it; no sentence is glued together from translated pieces; and the old
two-language shapes (`say(nl, en)`, `_t(lang, nl, en)`, splitting "nl / en" text) do not return.
"""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from forms.catalogue import CATALOGUE_DIR, PARTICIPANT_LANGUAGES, WORKER_LANGUAGES, catalogue

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted(p for folder in ("desktop", "forms", "matrix", "exports") for p in (ROOT / folder).rglob("*.py"))
CALLS = {"Message", "text"}
# Files that may still hold an old shape, each with the helper who removes it. Shrink this list.
OLD_SHAPES_ALLOWED: dict[str, str] = {}
# say(nl, en), _t(lang, nl, en), splitting "nl / en" text; (nl, en) pairs and picking from one by lang()
OLD_SHAPES = re.compile(r"\bsay\(|\b_t\(|\.partition\(\" / \"\)|\.split\(\" / \"\)"
                        r"|\(nl, en\)|\[1 if lang\(\) == \"en\" else 0\]")
# "nl / en" text in a string (argparse help, an exception, a report line); these few are one language.
SLASHED = re.compile(r"[^\W\d_]{2,}\W* / \W*[^\W\d_]{2,}")
ONE_LANGUAGE_SLASHES = {"Alt+Links / Alt+Rechts", "Vorige / volgende stap van de intake"}
MONTHS = re.compile(r"(?i)\b(januari|februari|january|february|juni|june|juli|july|oktober|october)\b")


def _trees():
    for path in SOURCES:
        yield path, ast.parse(path.read_text("utf-8"), str(path))


def _name(call: ast.Call) -> str:
    return call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")


def _catalogue_names(tree: ast.AST) -> set[str]:
    """The names a module gave Message and text when importing them from forms.catalogue."""
    return {alias.asname or alias.name for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module == "forms.catalogue"
            for alias in node.names if alias.name in CALLS}


def _literal_codes() -> dict[str, str]:
    """code -> where it is first used, for every Message("…") / text("…") with a literal code."""
    found: dict[str, str] = {}
    for path, tree in _trees():
        names = _catalogue_names(tree) | ({"Message", "text"} if path.name == "catalogue.py" else set())
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names
                    and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found.setdefault(node.args[0].value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_the_scan_sees_the_code():
    codes = _literal_codes()
    assert len(codes) > 150 and "cli.wrong-passphrase" in codes and "smart.s.concrete" in codes


@pytest.mark.parametrize("lang", WORKER_LANGUAGES)
def test_every_code_in_the_code_is_in_the_catalogue(lang):
    known = catalogue(lang)
    missing = {code: where for code, where in _literal_codes().items() if code not in known}
    assert not missing, f"not in the {lang} catalogue: {missing}"


def test_codes_made_from_a_list_are_in_the_catalogue():
    """The few codes built from a fixed list (a field's label, a pydantic error, a bundle refusal)."""
    from exports.bundle import MESSAGES
    from forms.messages import FIELDS, TEMPLATES

    wanted = ([f"forms.field.{name}" for name in FIELDS]
              + [f"forms.error.{kind.replace('_', '-')}" for kind in TEMPLATES]
              + [f"exchange.bundle.{code.replace('_', '-')}" for code in MESSAGES])
    for lang in WORKER_LANGUAGES:
        assert not [code for code in wanted if code not in catalogue(lang)], lang


# The domains a participant reads (co-sign mode, her plan PDF, the SMART hints said there).
HER_DOMAINS = ("plan", "signing", "smart")


def _codes_in(lang: str, domain: str) -> set[str]:
    from babel.messages.pofile import read_po

    path = CATALOGUE_DIR / lang / f"{domain}.po"
    if not path.exists():
        return set()
    with path.open("rb") as handle:
        return {m.id for m in read_po(handle) if m.id and m.string}


@pytest.mark.parametrize("lang", [lang for lang in PARTICIPANT_LANGUAGES if lang not in WORKER_LANGUAGES])
@pytest.mark.parametrize("domain", HER_DOMAINS)
def test_what_she_reads_is_whole_in_every_participant_language(lang, domain):
    """No code of her domains falls back to Dutch in her language, and none is left over."""
    dutch, hers = _codes_in("nl", domain), _codes_in(lang, domain)
    assert dutch and not dutch - hers, f"{lang}/{domain}.po lacks {sorted(dutch - hers)}"
    assert not hers - dutch, f"{lang}/{domain}.po has codes Dutch lacks: {sorted(hers - dutch)}"


def _placeholders(sentence: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(sentence) if name is not None}


def test_a_code_has_the_same_placeholders_in_every_language():
    languages = sorted(folder.name for folder in CATALOGUE_DIR.iterdir() if folder.is_dir())
    assert {"nl", "en"} <= set(languages)
    differ = []
    for code, dutch in catalogue("nl").items():
        for lang in languages:
            other = catalogue(lang).get(code)
            if other is not None and _placeholders(other) != _placeholders(dutch):
                differ.append(f"{lang} {code}: {sorted(_placeholders(other))} "
                              f"vs nl {sorted(_placeholders(dutch))}")
    assert not differ, differ


def test_every_language_file_says_who_translated_it_and_whether_it_was_reviewed():
    for path in sorted(CATALOGUE_DIR.glob("*/*.po")):
        said = path.read_text("utf-8")  # Babel keeps only the standard headers: read the X- ones
        assert re.search(r'^"X-Koers-Translator: \S.*\\n"$', said, re.M), path
        assert re.search(r'^"X-Koers-Review: \S.*\\n"$', said, re.M), path


def _translated(node: ast.AST, names: set[str]) -> bool:
    """A finished translated sentence: the catalogue's text(...) or Message(...), any .render(...),
    or str() of a Message or KoersError."""
    if not isinstance(node, ast.Call):
        return False
    if _name(node) == "str" and node.args:
        inner = node.args[0]
        return _translated(inner, names) or (isinstance(inner, ast.Name) and inner.id in ("message", "error"))
    return _name(node) == "render" or (isinstance(node.func, ast.Name) and node.func.id in names)


def _glued(node: ast.AST, names: set[str]) -> bool:
    """Text built from translated pieces: `+` or an f-string or a .join over them."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _translated(node.left, names) or _translated(node.right, names)
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.FormattedValue) and _translated(v.value, names) for v in node.values)
    if isinstance(node, ast.Call) and _name(node) == "join" and node.args:
        return any(_translated(inner, names) for inner in ast.walk(node.args[0]))
    return False


def glued_text(tree: ast.AST) -> list[int]:
    names = _catalogue_names(tree)
    return [node.lineno for node in ast.walk(tree) if _glued(node, names)]


def test_no_sentence_is_glued_from_translated_pieces():
    glued = [f"{path.relative_to(ROOT)}:{line}" for path, tree in _trees() for line in glued_text(tree)]
    assert not glued, glued


@pytest.mark.parametrize("source", [
    'print(text("cli.a") + name)', 'x = f"koers: {text(\'cli.a\')}"', 'x = "; ".join(m.render(lang) for m in ms)',
    'x = str(error) + " / " + more', 'x = Message("a").render("nl") + "."',
])
def test_the_glue_check_sees_glue(source):
    assert glued_text(ast.parse("from forms.catalogue import Message, text\n" + source))


def _strings(tree: ast.AST) -> list[ast.Constant]:
    """The string literals of a module that are not docstrings."""
    docs = {id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [node for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs]


def two_language_strings(tree: ast.AST) -> list[int]:
    """Lines of strings that say a thing twice ("map van de kluis / vault folder") or name months."""
    return [node.lineno for node in _strings(tree)
            if (SLASHED.search(node.value) and node.value not in ONE_LANGUAGE_SLASHES) or MONTHS.search(node.value)]


@pytest.mark.parametrize("source", [
    'p.add_argument("--vault", help="map van de kluis / vault folder")',
    'raise FontMissing(f"lettertype ontbreekt / font missing: {path}")',
    'lines.append("daarna / then:")', 'MONTHS = ["januari", "februari", "maart"]',
])
def test_the_two_language_string_check_sees_them(source):
    assert two_language_strings(ast.parse(source))


@pytest.mark.parametrize("line", ['problems.append(("Kies een rol", "Choose a role"))  # (nl, en)',
                                  'show_error(self.error, [pair[1 if lang() == "en" else 0] for pair in problems])'])
def test_the_old_shape_check_sees_pairs(line):
    assert OLD_SHAPES.search(line)


def test_no_string_says_a_thing_in_two_languages():
    found = [f"{path.relative_to(ROOT)}:{line}" for path, tree in _trees() for line in two_language_strings(tree)]
    assert not found, found


def test_the_old_two_language_shapes_do_not_return():
    found = [f"{path.relative_to(ROOT)}:{number}" for path in SOURCES
             if str(path.relative_to(ROOT)) not in OLD_SHAPES_ALLOWED
             for number, line in enumerate(path.read_text("utf-8").splitlines(), 1) if OLD_SHAPES.search(line)]
    assert not found, found


def test_the_language_list_in_the_docs_says_what_the_files_say():
    """docs/languages/README.md lists each language with its review status for the closing note
    and the programmes; it must not drift from the .po headers the settings read."""
    from forms.translations import translation_status

    table = (ROOT / "docs" / "languages" / "README.md").read_text("utf-8")
    for status in translation_status():
        row = re.search(rf"^\| {status.lang} \| [^|]+ \| ([^|]+) \| ([^|]+) \|$", table, re.M)
        assert row, f"no row for {status.lang}"
        assert row.group(1).strip() == ", ".join(status.translators), status.lang
        assert row.group(2).strip() == ("yes" if status.reviewed else "**no**"), status.lang
