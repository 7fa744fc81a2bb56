"""Where Koers's data files live (the top-level `resources/` folder)."""

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
