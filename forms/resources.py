"""Where Koers's data files live: the `resources` package, wherever it is installed."""

from importlib.resources import files
from pathlib import Path


def _on_disk() -> Path:
    """The package's folder. Wheels and the frozen app keep the files on disk, so fonts and YAML are
    opened by path; the frozen app's importer answers with a MultiplexedPath whose children (not
    itself) are plain paths."""
    root = files("resources")
    return root if isinstance(root, Path) else Path(str(root.joinpath("vocabularies"))).parent


RESOURCES = _on_disk()
