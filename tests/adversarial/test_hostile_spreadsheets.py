"""Hostile caseload files: a zip bomb dressed as .xlsx, a zip that is no workbook, a sheet that
claims endless columns, entity expansion in the sheet XML, binary noise. Each is refused with a
plain message (or read within the caps), never a hang, a memory blow-up or a traceback."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.caseload import CaseloadError, read_caseload
from forms import spreadsheet
from tests.desktop.test_cli_vault import initialised, koers  # noqa: F401 - the fixture


def _workbook(*rows) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _replace_sheet(data: bytes, sheet_xml: bytes | None = None, stream_mb: int = 0) -> bytes:
    """The same workbook with its first sheet replaced by `sheet_xml` or by `stream_mb` MB of padding."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                target.writestr(info, source.read(info))
            elif sheet_xml is not None:
                target.writestr(info.filename, sheet_xml)
            else:
                with target.open(info.filename, "w", force_zip64=True) as sheet:
                    chunk = b" " * 1_048_576
                    for _ in range(stream_mb):
                        sheet.write(chunk)
    return out.getvalue()


def _refused(data: bytes) -> str:
    with pytest.raises(CaseloadError) as caught:
        read_caseload(data)
    return "\n".join(caught.value.problems)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(initialised, tmp_path, capsys):
    bomb = _replace_sheet(_workbook(["roepnaam"]), stream_mb=spreadsheet.MAX_UNPACKED // 1_048_576 + 1)
    assert len(bomb) < 2_000_000  # small on disk, over the cap unpacked
    assert "uitgepakt te groot" in _refused(bomb)
    (tmp_path / "bom.xlsx").write_bytes(bomb)
    assert koers("import-caseload", "--vault", initialised, tmp_path / "bom.xlsx") == 4
    assert "Traceback" not in capsys.readouterr().err


def test_a_zip_that_is_no_workbook_and_binary_noise_are_refused():
    other = io.BytesIO()
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("roepnaam.csv", "roepnaam\nAna\n")
    assert "beschadigd of geen .xlsx" in _refused(other.getvalue())
    assert "geen geldig Excel-bestand" in _refused(b"PK\x03\x04" + b"\x00" * 100)
    assert "geen tekst" in _refused(bytes(range(256)) * 10)


def test_entity_expansion_in_the_sheet_is_refused():
    laughs = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "' + b"ha" * 50 + b'">'
              + b"".join(b'<!ENTITY %s "%s">' % (chr(98 + i).encode(), (b"&%s;" % chr(97 + i).encode()) * 10)
                         for i in range(9))
              + b']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
              b'<row r="1"><c r="A1" t="inlineStr"><is><t>&j;</t></is></c></row></sheetData></worksheet>')
    problems = _refused(_replace_sheet(_workbook(["roepnaam"]), sheet_xml=laughs))
    assert "beschadigd" in problems or "roepnaam" in problems


def test_endless_columns_are_cut_at_the_cap():
    wide = ['<c r="%s1" t="inlineStr"><is><t>x</t></is></c>' % _column(i) for i in range(1, 5000)]
    xml = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
           '<row r="1"><c r="A1" t="inlineStr"><is><t>roepnaam</t></is></c></row>'
           f'<row r="2">{"".join(wide)}</row></sheetData></worksheet>').encode()
    rows = spreadsheet.read_rows(_replace_sheet(_workbook(["roepnaam"]), sheet_xml=xml))
    assert all(len(cells) <= spreadsheet.MAX_COLUMNS for _line, cells in rows)
    assert "meer cellen dan kolommen" in _refused(_replace_sheet(_workbook(["roepnaam"]), sheet_xml=xml))


def _column(index: int) -> str:
    name = ""
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def test_the_wizard_reads_an_endless_device_with_a_cap():
    from desktop.ui.caseload_import_wizard import read_file

    with pytest.raises(CaseloadError) as caught:
        read_file(Path("/dev/zero"))
    assert "te groot" in caught.value.problems[0]


def test_an_over_long_cell_is_named_by_its_line():
    assert _refused(("roepnaam\nAna\n" + "A" * 131_073 + "\n").encode()).startswith("regel 3: geen geldige CSV")
