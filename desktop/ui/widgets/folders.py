"""The folder a file dialog opens in: the last one used (a USB stick), remembered in memory
only, so no path (which may hold a name) is written to disk; the home folder before that."""

from __future__ import annotations

from pathlib import Path

_last: dict[str, Path] = {}


def last_folder() -> str:
    folder = _last.get("folder")
    return str(folder) if folder is not None and folder.is_dir() else str(Path.home())


def remember_folder(chosen: Path) -> None:
    """Remember the folder of a file the worker chose (or the folder itself)."""
    _last["folder"] = chosen if chosen.is_dir() else chosen.parent
