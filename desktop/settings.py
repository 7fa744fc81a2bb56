"""The app's settings: one pydantic model stored as JSON under the user's config folder.

Settings hold no personal data (no names, no recent dossiers), so they may live outside
the vault. `KOERS_SETTINGS` (a file path) overrides the location, for tests and scripts.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from platformdirs import user_config_dir
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from desktop.vault.paths import atomic_write, prepare_private_dir


class Settings(BaseModel):
    """What the worker can change in the settings dialog."""

    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    language: Literal["nl", "en"] = "nl"
    # Minutes without keyboard or mouse input before the vault locks itself.
    autolock_minutes: float = Field(default=5, gt=0, le=240)
    # How often a changed form is written to the vault as a draft.
    autosave_seconds: float = Field(default=3, gt=0, le=5)
    font_size_pt: int = Field(default=11, ge=9, le=16)
    # Write a diagnostic log (desktop.diagnostics: no names, no typed text) to report a problem.
    diagnostic_log: bool = False


def settings_path() -> Path:
    """`KOERS_SETTINGS` if set, else settings.json in the platform's config folder."""
    chosen = os.environ.get("KOERS_SETTINGS")
    return Path(chosen) if chosen else Path(user_config_dir("koers", appauthor=False)) / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    """The stored settings; defaults when the file is missing or unreadable."""
    path = path or settings_path()
    try:
        return Settings.model_validate_json(path.read_bytes())
    except (OSError, ValidationError):
        return Settings()


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically, readable by the user only."""
    path = path or settings_path()
    prepare_private_dir(path.parent)
    atomic_write(path, settings.model_dump_json(indent=1).encode())
