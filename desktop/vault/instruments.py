"""Adding an instrument file to a vault folder: `koers instruments add` and the app's
*Instrumenten* dialog share this. Added instruments are files in <vault folder>/instruments/
named <id>@<version>.yaml; they hold no personal data. A version is never overwritten with
other texts: assessments pin (id, version), so a changed file must carry a new version.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from desktop.vault.paths import atomic_write, instruments_dir, prepare_private_dir
from matrix import instruments as mi

MAX_INSTRUMENT_BYTES = 2 * 1_048_576  # the built-in matrix is 13 KB; a licensed one is of that kind


class Added(Enum):
    ADDED = "added"
    ALREADY = "already"  # the same id, version and texts: nothing to do
    OTHER_TEXTS = "other_texts"  # the same id and version with other texts: refused


def parse_instrument(data: bytes) -> tuple[mi.Instrument, str]:
    """The instrument and its text. Raises UnicodeDecodeError for a file that is not UTF-8 and
    mi.InstrumentError (which says what is wrong) for a bad instrument."""
    text = data.decode("utf-8")
    return mi.load_instrument(text), text


def add_instrument(folder: Path, instrument: mi.Instrument, text: str) -> Added:
    """Write the instrument into the vault folder's instruments/, unless it is there already."""
    target_dir = instruments_dir(folder)
    existing = {(i.id, i.version): i for i in mi.installed(target_dir)}.get((instrument.id, instrument.version))
    if existing == instrument:
        return Added.ALREADY
    if existing is not None:
        return Added.OTHER_TEXTS
    prepare_private_dir(target_dir)
    atomic_write(target_dir / f"{instrument.id}@{instrument.version}.yaml", text.encode("utf-8"))
    return Added.ADDED
