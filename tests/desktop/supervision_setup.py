"""Real vaults for the supervisor's day: two workers and one supervisor who trust each other,
and a real conflict made by two bundles from the same worker (her vault restored from a
backup, then edited differently on both copies)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.demo import WORKER, demo_dossiers
from desktop.vault import KdfParams, Vault
from desktop.vault.exchange import export_bundle, import_bundle, mark_sent, own_public_key, trust_key
from exports.bundle import PublicKey
from forms import Dossier
from tests.conftest import PASSPHRASE

SUPERVISOR = "Sam Super"
OTHER_WORKER = "Bea Begeleider"


def make_vault(folder: Path, name: str, role: str) -> Vault:
    return Vault.create(folder, PASSPHRASE, name, role, kdf=KdfParams.fast_for_tests())[0]


def trust_both(worker: Vault, supervisor: Vault) -> None:
    trust_key(worker, PublicKey.from_file(own_public_key(supervisor).to_file()), "supervisor")
    trust_key(supervisor, PublicKey.from_file(own_public_key(worker).to_file()), "begeleider")


def bundle_file(worker: Vault, path: Path, since_last: bool = False) -> Path:
    export = export_bundle(worker, SUPERVISOR, since_last=since_last)
    mark_sent(worker, export)
    path.write_bytes(export.data)
    return path


@dataclass
class Day:
    """Anna (the demo worker, many dossiers), Bea (one dossier) and their supervisor Sam."""

    anna: Vault
    bea: Vault
    sam: Vault
    dossiers: list[Dossier]
    folder: Path

    def close(self) -> None:
        for vault in (self.anna, self.bea, self.sam):
            vault.close(make_backup=False)

    def read_in(self, worker: Vault, name: str, since_last: bool = False):
        return import_bundle(self.sam, bundle_file(worker, self.folder / name, since_last).read_bytes())

    def make_conflict(self) -> Path:
        """Two versions 2 of Anna's first participant, from Anna's vault and from a restored copy
        of it; the first is read in, the second's bundle (returned) is the conflict."""
        person = self.dossiers[0].participant
        copy = self.anna.backup_to(self.folder / "anna-backup.koersbackup")
        Vault.restore(self.folder / "anna-copy", copy, PASSPHRASE)
        twin = Vault.open(self.folder / "anna-copy", PASSPHRASE)
        self.anna.save(self.anna.get(person.id).model_copy(update={"roepnaam": "Ioana P."}))
        self.read_in(self.anna, "anna-2.koers", since_last=True)
        twin.save(twin.get(person.id).model_copy(update={"roepnaam": "Ioana S."}))
        path = bundle_file(twin, self.folder / "anna-twin.koers", since_last=True)
        twin.close(make_backup=False)
        return path


def supervisors_day(folder: Path) -> Day:
    """Both workers' first bundles already read in by Sam."""
    dossiers = demo_dossiers()
    anna, bea = make_vault(folder / "anna", WORKER, "begeleider"), make_vault(folder / "bea", OTHER_WORKER, "begeleider")
    sam = make_vault(folder / "sam", SUPERVISOR, "supervisor")
    trust_both(anna, sam)
    trust_both(bea, sam)
    anna.save_all([r for d in dossiers for r in d.records()])
    bea_dossier = demo_dossiers()[1]  # the same demo person, other ids: a second 'namesake'
    bea.save_all(bea_dossier.records())
    day = Day(anna, bea, sam, dossiers, folder)
    day.read_in(anna, "anna-1.koers")
    day.read_in(bea, "bea-1.koers")
    return day
