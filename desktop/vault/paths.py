"""Where a vault lives, and the files inside its folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

DATABASE = "koers.vault"
KEYFILE = "koers.keys"


def default_vault_dir() -> Path:
    """`KOERS_VAULT` if set, else the user's data folder."""
    chosen = os.environ.get("KOERS_VAULT")
    return Path(chosen) if chosen else Path(user_data_dir("koers", appauthor=False)) / "vault"


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
    """Write-then-rename with fsync, so a crash leaves the old or the new file, never half."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
