"""`koers gui`: open the app, or render its main screens to PNG (--screenshots DIR [--size WxH], offscreen).

Qt is imported only when the command runs, so the rest of the CLI stays Qt-free.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from desktop.cli.common import add_command, ask_passphrase, vault_dir
from forms.catalogue import text


def cmd_gui(args: argparse.Namespace) -> int:
    folder = vault_dir(args)
    if args.screenshots:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        passphrase = ask_passphrase()
        from desktop.ui.screenshots import render_all

        sizes = args.size or ["1280x720", "1366x768"]
        for path in render_all(folder, passphrase, args.screenshots, lang=args.lang, sizes=sizes):
            print(path)
        return 0
    from desktop.ui.app import main

    return main(folder, bundle=args.bundle)


def register(sub: argparse._SubParsersAction) -> None:
    """Add `koers gui` to the command line."""
    p = add_command(sub, "gui", text("cli.help.gui"), cmd_gui)
    p.add_argument("bundle", nargs="?", type=Path, metavar="FILE.koers",
                   help=text("cli.help.gui.bundle"))
    p.add_argument("--screenshots", type=Path, metavar="DIR",
                   help=text("cli.help.gui.screenshots"))
    p.add_argument("--lang", choices=("nl", "en"), default="nl", help=text("cli.help.gui.lang"))
    p.add_argument("--size", action="append", choices=("1280x720", "1366x768"),
                   help=text("cli.help.gui.size"))
