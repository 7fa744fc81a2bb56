"""Where a vault lives, and the files inside its folder."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from platformdirs import user_data_dir

DATABASE = "koers.vault"
KEYFILE = "koers.keys"
INSTRUMENTS = "instruments"  # instrument files added to this vault (no personal data)


def default_vault_dir() -> Path:
    """`KOERS_VAULT` if set, else the user's data folder."""
    chosen = os.environ.get("KOERS_VAULT")
    return Path(chosen) if chosen else Path(user_data_dir("koers", appauthor=False)) / "vault"


def instruments_dir(folder: Path) -> Path:
    """Where a vault keeps the instruments added to it."""
    return folder / INSTRUMENTS


def prepare_private_dir(path: Path) -> Path:
    """Create the folder readable by its owner only, before anything is written into it."""
    old = os.umask(0o077)
    try:
        path.mkdir(parents=True, exist_ok=True)
    finally:
        os.umask(old)
    path.chmod(0o700)
    return path


def atomic_write(path: Path, data: bytes) -> None:
    """Write-then-rename with fsync, readable by the user only: a crash leaves the old file
    or the new one, never half of it."""
    path = path.expanduser()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")  # mode 0600
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def within(folder: Path, path: Path) -> bool:
    """Whether `path` is `folder`, lies in it, or is a (symbolic or hard) link to a file in it."""
    folder, target = folder.resolve(), path.resolve()
    if target == folder or folder in target.parents:
        return True
    if not target.is_file():
        return False
    own = {(s.st_dev, s.st_ino) for s in (f.stat() for f in folder.iterdir() if f.is_file())}
    return (target.stat().st_dev, target.stat().st_ino) in own
