"""`koers gui`: open the app, or render its main screens to PNG (--screenshots DIR [--size WxH], offscreen).

Qt is imported only when the command runs, so the rest of the CLI stays Qt-free.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from desktop.cli.common import add_command, ask_passphrase, vault_dir


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
    p = add_command(sub, "gui", "open het programma / open the app", cmd_gui)
    p.add_argument("bundle", nargs="?", type=Path, metavar="FILE.koers",
                   help="een bundel om na het ontgrendelen in te lezen / a bundle to import after unlocking")
    p.add_argument("--screenshots", type=Path, metavar="DIR",
                   help="render every main screen to PNG in DIR and exit (passphrase from KOERS_PASSPHRASE)")
    p.add_argument("--lang", choices=("nl", "en"), default="nl", help="language of the screenshots")
    p.add_argument("--size", action="append", choices=("1280x720", "1366x768"),
                   help="screen size of the screenshots, into DIR/SIZE/ (default: both; repeat for several)")
