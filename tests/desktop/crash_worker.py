"""A process for tests to kill with SIGKILL. It prints "ready" once imported and unlocked,
then works until killed:

    python crash_worker.py saves VAULT_DIR          batches of contacts, one transaction each
    python crash_worker.py caseload VAULT_DIR CSV   `koers import-caseload` in this process
    python crash_worker.py bundle VAULT_DIR FILE    `koers import FILE.koers` in this process

The passphrase comes from KOERS_PASSPHRASE.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.cli import main  # noqa: E402
from desktop.vault import Vault  # noqa: E402
from forms import Contact, Participant  # noqa: E402

BATCH = 40


def burst_of_saves(folder: str) -> None:
    """Every note names its batch, so a half-written batch would show."""
    vault = Vault.open(Path(folder), os.environ["KOERS_PASSPHRASE"])
    person = vault.save(Participant(roepnaam="Crashtest")).record
    print("ready", flush=True)
    batch = 0
    while True:
        vault.save_all(Contact(participant_id=person.id, note=f"batch-{batch}") for _ in range(BATCH))
        batch += 1


def caseload(folder: str, csv_file: str) -> None:
    print("ready", flush=True)
    main(["import-caseload", "--vault", folder, csv_file])


def bundle(folder: str, bundle_file: str) -> None:
    print("ready", flush=True)
    main(["import", bundle_file, "--vault", folder])


if __name__ == "__main__":
    {"saves": burst_of_saves, "caseload": caseload, "bundle": bundle}[sys.argv[1]](*sys.argv[2:])
