"""A spreadsheet file's rows as text, whatever workers really have: .xlsx, or CSV as Dutch
Excel saves it (semicolons, Windows-1252) or as UTF-8 (with or without BOM).

Pure: bytes in, (line number, cells) out. The file is treated as hostile: its size, the
unpacked size of an .xlsx, the number of rows and columns are capped, and anything the
readers choke on becomes a SpreadsheetError with a plain message.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile

from forms.catalogue import KoersError, Message

MAX_BYTES = 64 * 1_048_576  # 100,000 rows of a few hundred characters fit easily
MAX_UNPACKED = 256 * 1_048_576  # an .xlsx unpacks to a few times its size; a zip bomb to far more
MAX_ROWS = 100_000
MAX_COLUMNS = 64
Row = tuple[int, list[str]]  # line number (the header is line 1) and its cells


class SpreadsheetError(KoersError, ValueError):
    """The file cannot be read at all; its Message says why."""


def read_rows(data: bytes) -> list[Row]:
    """Every row of the file, the header included, as stripped text cells."""
    if len(data) > MAX_BYTES:
        raise SpreadsheetError(Message("forms.spreadsheet.too-large", megabytes=MAX_BYTES // 1_048_576))
    rows = _xlsx_rows(data) if data[:4] == b"PK\x03\x04" else _csv_rows(_decode(data))
    if len(rows) > MAX_ROWS + 1:
        raise SpreadsheetError(Message("forms.spreadsheet.too-many-rows", rows=MAX_ROWS))
    return rows


def _decode(data: bytes) -> str:
    """UTF-8 (a BOM is dropped), else Windows-1252 as Excel writes 'CSV (puntkomma)'."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # cp1252 leaves five bytes undefined: not a text file
        raise SpreadsheetError(Message("forms.spreadsheet.not-csv-or-xlsx")) from None


def _csv_rows(text: str) -> list[Row]:
    header = text.split("\n", 1)[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows: list[Row] = []
    try:
        for cells in reader:
            rows.append((reader.line_num, [c.strip() for c in cells]))
            if len(rows) > MAX_ROWS + 1:
                break
    except csv.Error:  # the csv module's own limits, such as a cell over 131,072 characters
        limit = csv.field_size_limit()
        raise SpreadsheetError(Message("forms.spreadsheet.bad-csv", line=reader.line_num, limit=limit)) from None
    return rows


def _xlsx_rows(data: bytes) -> list[Row]:
    from openpyxl import load_workbook  # only .xlsx files need it

    _check_unpacked_size(data)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            return _sheet_rows(book.worksheets[0])
        finally:
            book.close()
    except SpreadsheetError:
        raise
    except Exception:  # noqa: BLE001 - a hostile or damaged file may break the reader anywhere
        raise SpreadsheetError(Message("forms.spreadsheet.damaged-xlsx")) from None


def _check_unpacked_size(data: bytes) -> None:
    try:
        unpacked = sum(info.file_size for info in zipfile.ZipFile(io.BytesIO(data)).infolist())
    except (zipfile.BadZipFile, ValueError):
        raise SpreadsheetError(Message("forms.spreadsheet.not-xlsx")) from None
    if unpacked > MAX_UNPACKED:
        raise SpreadsheetError(Message("forms.spreadsheet.unpacked-too-large"))


def _sheet_rows(sheet) -> list[Row]:
    rows: list[Row] = []
    for line, values in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True), start=1):
        rows.append((line, [_text(v) for v in values]))
        if len(rows) > MAX_ROWS + 1:
            break
    return rows


def _text(value: object) -> str:
    """A cell as the text a worker typed: dates as jjjj-mm-dd, 1990.0 as 1990."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
