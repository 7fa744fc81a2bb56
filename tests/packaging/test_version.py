"""One version: the package build, `koers --version`, bundles and PDFs all say forms.version.VERSION."""

import importlib.metadata
import io
import tomllib
from pathlib import Path

from pyhanko.pdf_utils.reader import PdfFileReader

from desktop.cli import main
from exports.bundle import open_bundle
from exports.plan_pdf import render_plan_pdf
from forms.version import VERSION
from tests.exports.test_bundle import _pack, records, supervisor, worker  # noqa: F401 (fixtures)
from tests.exports.test_plan_pdf import make_dossier

ROOT = Path(__file__).resolve().parents[2]


def test_the_build_takes_its_version_from_the_one_place(capsys):
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "forms.version.VERSION"}
    assert importlib.metadata.version("koers") == VERSION
    try:
        main(["--version"])
    except SystemExit as done:
        assert done.code == 0
    assert capsys.readouterr().out.strip() == f"koers {VERSION}"
    assert f"## {VERSION}" in (ROOT / "CHANGELOG.md").read_text("utf-8")


def test_a_bundle_says_which_koers_made_it(records, worker, supervisor):  # noqa: F811
    bundle = open_bundle(_pack(records, worker, supervisor), supervisor.identity, [worker.public])
    assert bundle.manifest.made_by == f"Koers {VERSION}"


def test_a_plan_pdf_says_which_koers_made_it():
    dossier, plan = make_dossier(signed=False, goals=1)
    info = PdfFileReader(io.BytesIO(render_plan_pdf(dossier, plan))).trailer["/Info"]
    assert str(info["/Creator"]) == f"Koers {VERSION}"
