"""Run Koers's whole workflow in this process under an audit hook that records every
socket created, connected or bound and every name lookup, then print them (one per line)
and exit 1 if there was any. `python network_guard.py WORKDIR`.

AF_UNIX sockets are not a network: asyncio (used inside pyHanko) makes an in-process
AF_UNIX socket pair as its wake-up pipe. Everything else counts.
"""

import os
import socket
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

VIOLATIONS: list[str] = []
WATCHED = {"socket.connect", "socket.bind", "socket.getaddrinfo", "socket.gethostbyname",
           "socket.gethostbyaddr", "socket.getnameinfo", "socket.sendto", "socket.sendmsg"}


def hook(event: str, args: tuple) -> None:
    if event == "socket.__new__":
        family = args[1]
        if family not in (socket.AF_UNIX, -1):
            VIOLATIONS.append(f"{event} family={family}")
    elif event in WATCHED:
        target = args[1] if len(args) > 1 else args
        if not (isinstance(target, (str, bytes)) and event in ("socket.connect", "socket.bind")
                and getattr(args[0], "family", None) == socket.AF_UNIX):
            VIOLATIONS.append(f"{event} {target!r}")


def workflow(work: Path) -> None:
    """The whole command line (init to report), then a GUI session through the real widgets."""
    from desktop.cli import main
    from desktop.vault import KdfParams, keyfile

    keyfile.DEFAULT_KDF = KdfParams.fast_for_tests()  # cheap Argon2id, set in this test process only

    def koers(*argv) -> None:
        code = main([str(a) for a in argv])
        assert code == 0, (argv, code)

    os.environ["KOERS_PASSPHRASE"] = "netwerk-test-wachtwoord"
    koers("init", "--vault", work / "worker", "--worker-name", "Sanne")
    koers("demo", "--vault", work / "demo")
    csv_file = work / "caseload.csv"
    csv_file.write_text("roepnaam,geboortejaar,gender,geboorteland,werkvormen,aanmelddatum,aanmeldbron,"
                        "intakedatum,fase,uitstroomdatum,uitstroomreden\nIoana,1990,vrouw,,raam,2024-01-01,zelf,,,,\n")
    koers("import-caseload", "--vault", work / "worker", csv_file)
    koers("list", "--vault", work / "demo", "--json")
    koers("backup", "--vault", work / "demo", "--out", work / "demo.kbak")

    import json
    import contextlib
    import io

    listing = io.StringIO()
    with contextlib.redirect_stdout(listing):
        koers("list", "--vault", work / "demo", "--json", "--phase", "uitvoering")
    someone = json.loads(listing.getvalue())[0]["id"]
    koers("plan-pdf", someone, "--version", "1", "--vault", work / "demo", "--out", work / "plan.pdf")
    koers("verify-pdf", work / "plan.pdf", "--vault", work / "demo")
    koers("init", "--vault", work / "supervisor", "--worker-name", "Fatima", "--role", "supervisor")
    koers("keys", "export-public", "--vault", work / "supervisor", "--out", work / "supervisor.pub")
    koers("keys", "export-public", "--vault", work / "demo", "--out", work / "worker.pub")
    koers("keys", "trust", work / "supervisor.pub", "--role", "supervisor", "--name", "fatima",
          "--yes", "--vault", work / "demo")
    koers("keys", "trust", work / "worker.pub", "--role", "begeleider", "--name", "sanne",
          "--yes", "--vault", work / "supervisor")
    koers("export", "--to", "fatima", "--vault", work / "demo", "--out", work / "caseload.koers")
    koers("import", work / "caseload.koers", "--vault", work / "supervisor")
    koers("report", "--from", "2020-01-01", "--to", "2030-12-31", "--vault", work / "supervisor",
          "--out", work / "cijfers.pdf")
    koers("report", "--from", "2020-01-01", "--to", "2030-12-31", "--group-by", "worker",
          "--vault", work / "supervisor", "--out", work / "cijfers.csv")

    from tests.desktop.gui_session import gui_session

    gui_session(work / "gui", "Netwerkloze Deelnemer", "Ik wil rust.")


if __name__ == "__main__":
    sys.addaudithook(hook)
    workflow(Path(sys.argv[1]))
    for line in VIOLATIONS:
        print(line)
    sys.exit(1 if VIOLATIONS else 0)
