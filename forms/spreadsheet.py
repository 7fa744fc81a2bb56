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

MAX_BYTES = 64 * 1_048_576  # 100,000 rows of a few hundred characters fit easily
MAX_UNPACKED = 256 * 1_048_576  # an .xlsx unpacks to a few times its size; a zip bomb to far more
MAX_ROWS = 100_000
MAX_COLUMNS = 64
Row = tuple[int, list[str]]  # line number (the header is line 1) and its cells


class SpreadsheetError(ValueError):
    """The file cannot be read at all; the message says why in Dutch / English."""


def read_rows(data: bytes) -> list[Row]:
    """Every row of the file, the header included, as stripped text cells."""
    if len(data) > MAX_BYTES:
        raise SpreadsheetError(f"het bestand is groter dan {MAX_BYTES // 1_048_576} MB / "
                               f"the file is larger than {MAX_BYTES // 1_048_576} MB")
    rows = _xlsx_rows(data) if data[:4] == b"PK\x03\x04" else _csv_rows(_decode(data))
    if len(rows) > MAX_ROWS + 1:
        raise SpreadsheetError(f"meer dan {MAX_ROWS} regels / more than {MAX_ROWS} rows")
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
        raise SpreadsheetError("het bestand is geen tekst (CSV) en geen Excel-bestand (.xlsx); sla het in Excel "
                               "op als 'CSV (gescheiden door lijstscheidingsteken)' of als .xlsx / the file is "
                               "neither text (CSV) nor an Excel file (.xlsx)") from None


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
        raise SpreadsheetError(f"regel {reader.line_num}: geen geldige CSV (bijvoorbeeld een cel van meer dan "
                               f"{limit} tekens) / not valid CSV (for example a cell over {limit} characters)") from None
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
        raise SpreadsheetError("het Excel-bestand is beschadigd of geen .xlsx; open het in Excel en sla het "
                               "opnieuw op / the Excel file is damaged or not an .xlsx") from None


def _check_unpacked_size(data: bytes) -> None:
    try:
        unpacked = sum(info.file_size for info in zipfile.ZipFile(io.BytesIO(data)).infolist())
    except (zipfile.BadZipFile, ValueError):
        raise SpreadsheetError("het bestand is geen geldig Excel-bestand (.xlsx) / not a valid .xlsx file") from None
    if unpacked > MAX_UNPACKED:
        raise SpreadsheetError("het Excel-bestand is uitgepakt te groot om in te lezen / "
                               "the Excel file is too large once unpacked")


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
