"""Entry point of the frozen app: `koers` with a command runs the CLI; without one it opens the app."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["gui"]))
