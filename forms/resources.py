"""Where Koers's data files live: the `resources` package, wherever it is installed."""

from importlib.resources import files
from pathlib import Path

# A regular package on a file system (a wheel install, an editable checkout, a frozen folder)
# is a real directory, so fonts and YAML files keep being opened by path.
RESOURCES = Path(str(files("resources")))
