"""The CLI smoke test of a frozen build, for any platform: python packaging/ci/smoke.py dist/koers/koers[.exe]

Runs the worker-to-supervisor workflow with real key derivation in a temporary folder and fails
loudly on the first command that does not exit 0.
"""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def main(program: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        env = dict(os.environ, KOERS_PASSPHRASE="smoke paard batterij niet", QT_QPA_PLATFORM="offscreen",
                   HOME=tmp, USERPROFILE=tmp, APPDATA=tmp, LOCALAPPDATA=tmp)

        def koers(*argv) -> str:
            result = subprocess.run([program, *map(str, argv)], env=env, capture_output=True, text=True,
                                    encoding="utf-8")
            if result.returncode != 0:
                raise SystemExit(f"koers {' '.join(map(str, argv))} failed:\n{result.stderr}")
            return result.stdout

        print(koers("--version").strip())
        worker, supervisor = root / "worker", root / "supervisor"
        koers("demo", "--vault", worker)
        koers("init", "--vault", supervisor, "--worker-name", "Sam Super", "--role", "supervisor")
        koers("keys", "export-public", "--vault", worker, "--out", root / "w.pub")
        koers("keys", "export-public", "--vault", supervisor, "--out", root / "s.pub")
        koers("keys", "trust", root / "s.pub", "--vault", worker, "--role", "supervisor", "--yes")
        koers("keys", "trust", root / "w.pub", "--vault", supervisor, "--role", "begeleider", "--yes")
        participant = json.loads(koers("list", "--vault", worker, "--json"))[0]["id"]
        koers("plan-pdf", participant, "--vault", worker, "--out", root / "plan.pdf")
        koers("verify-pdf", root / "plan.pdf", "--vault", worker)
        koers("export", "--vault", worker, "--to", "Sam Super", "--out", root / "b.koers")
        koers("import", root / "b.koers", "--vault", supervisor)
        koers("report", "--vault", supervisor, "--from", "2024-01-01", "--to", "2026-12-31",
              "--out", root / "figures.csv")
        shots = koers("gui", "--vault", worker, "--screenshots", root / "shots").split()
        if len(shots) < 8:
            raise SystemExit(f"only {len(shots)} screenshots")
        print("smoke test passed")


if __name__ == "__main__":
    main(sys.argv[1])
