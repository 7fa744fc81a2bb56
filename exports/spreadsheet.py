"""CSV that spreadsheet programs open as data, never as formulas (OWASP: CSV injection).

Every CSV Koers writes goes through `csv_bytes`. A text cell that starts with =, +, -, @, a tab,
a carriage return or a line feed (or the full-width =, +, -, @) would be read as a formula by
Excel, LibreOffice or Numbers; it gets a leading single quote, which they show as text. Numbers
stay numbers, "-3" included. A program that splits on another separator than ours (Excel with
Dutch settings splits on ';') would start a new cell in the middle of one, so a formula
character after ',', ';', a tab or a line break (and any spaces or double quotes) inside a
cell gets the quote too.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")
_INNER = re.compile("([,;\t\r\n][ \"]*)(?=[" + re.escape("".join(FORMULA_START)) + "])")


def safe_cell(value: object) -> object:
    """The cell as it may be written: numbers as they are, text that could run as a formula quoted."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    text = "" if value is None else str(value)
    if _NUMBER.fullmatch(text):
        return text
    text = _INNER.sub(r"\1'", text)
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_bytes(rows: Iterable[Sequence[object]]) -> bytes:
    """The rows as CSV: UTF-8 with a byte-order mark (so spreadsheet programs read the accents
    right), CRLF line ends, every cell made safe."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerows([safe_cell(cell) for cell in row] for row in rows)
    return out.getvalue().encode("utf-8-sig")
