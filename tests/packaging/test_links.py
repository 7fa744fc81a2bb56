"""Every link in the README and docs/ points at something inside the repository (or the web)."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINK = re.compile(r"\]\(([^)\s]+)\)")
DOCUMENTS = [ROOT / "README.md", ROOT / "CHANGELOG.md", *sorted((ROOT / "docs").rglob("*.md")),
             *sorted((ROOT / "resources").rglob("README.md"))]


def _local_targets(document: Path):
    for target in LINK.findall(document.read_text("utf-8")):
        if not target.startswith(("http://", "https://", "mailto:", "#")):
            yield target.split("#")[0]


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_links_stay_inside_the_repository(document):
    broken = []
    for target in _local_targets(document):
        resolved = (document.parent / target).resolve()
        if not resolved.is_relative_to(ROOT) or not resolved.exists():
            broken.append(target)
    assert broken == []


def test_the_check_sees_a_link_outside(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("[design](../shared/DESIGN.md) and [web](https://example.org)")
    assert list(_local_targets(page)) == ["../shared/DESIGN.md"]
