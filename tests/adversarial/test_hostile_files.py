"""Hostile files and paths given to the command line (issue 11 §4): each is refused with exit 4,
a message in plain words (never a stack trace) and the vault byte-for-byte unchanged.

Tampered KDF parameters in the key file, a restore file whose header holds the wrong types,
CSV cells over the csv module's limit and rows with more cells than the header, /dev/zero and
huge files for `import`, `import-caseload` and `instruments add`, and `backup --out` or
`export --out` aimed at the vault's own files.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from desktop.caseload import MAX_BYTES as CASELOAD_MAX
from desktop.cli import main
from desktop.cli.instrument_commands import MAX_INSTRUMENT_BYTES
from desktop.vault import KdfParams, Vault
from desktop.vault.backup import MAGIC as BACKUP_MAGIC
from exports.bundle import MAX_FILE as BUNDLE_MAX
from forms import Participant
from tests.conftest import PASSPHRASE

HEADER = "roepnaam,geboortejaar,gender,geboorteland,werkvormen,aanmelddatum,aanmeldbron,intakedatum,fase,uitstroomdatum,uitstroomreden\n"


def koers(*argv) -> int:
    return main([str(a) for a in argv])


def files(folder: Path) -> dict[str, bytes]:
    """Every file's bytes, less the empty lock files that file locks leave behind by design."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not (p.suffix == ".lock" and p.stat().st_size == 0)}


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """A closed vault with one participant; KOERS_PASSPHRASE fits it."""
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    vault, _code = Vault.create(tmp_path / "kluis", PASSPHRASE, "Sanne", kdf=KdfParams.fast_for_tests())
    vault.save(Participant(roepnaam="Mira"))
    vault.close()
    return tmp_path / "kluis"


def refused(capsys, folder: Path, before: dict[str, bytes], code: int, *words: str) -> str:
    err = capsys.readouterr().err
    assert code == 4, err
    assert "Traceback" not in err and all(w in err for w in words), err
    assert files(folder) == before, "the vault changed"
    return err


# --- the key file --------------------------------------------------------------------
@pytest.mark.parametrize("field, value", [
    ("time_cost", "3"), ("time_cost", True), ("time_cost", 2**32), ("time_cost", 11),
    ("memory_kib", 99_999_999_999), ("memory_kib", 4_294_967_295), ("memory_kib", 2.5),
    ("parallelism", 0), ("parallelism", 64), ("kdf", None), ("salt", "no base64!"), ("nonce", "AAAA"),
])
def test_tampered_kdf_parameters_in_the_key_file(folder, capsys, field, value):
    keys = folder / "koers.keys"
    data = json.loads(keys.read_text())
    if field in ("kdf",):
        data[field] = value
    elif field in ("salt", "nonce"):
        data["passphrase"][field] = value
    else:
        data["kdf"][field] = value
    keys.write_text(json.dumps(data))
    before = files(folder)
    refused(capsys, folder, before, koers("list", "--vault", folder), "sleutelbestand")


def test_sane_kdf_parameters_still_open(folder, capsys):
    assert koers("list", "--vault", folder) == 0
    assert "Mira" in capsys.readouterr().out


# --- restore -------------------------------------------------------------------------
def _backup(header: object) -> bytes:
    raw = json.dumps(header).encode()
    return BACKUP_MAGIC + len(raw).to_bytes(4, "big") + raw + b"\0" * 64


@pytest.mark.parametrize("header", [
    {"keyfile": 5}, {"keyfile": ["x"]}, {"keyfile": {"kdf": 1}}, [1, 2], "keyfile", {"keyfile": "\ud800"},
    {"keyfile": json.dumps({"magic": "koers-keyfile", "version": "1", "kdf": {"time_cost": "x"}})},
    {"keyfile": json.dumps({"magic": "koers-keyfile", "version": 1, "kdf": {"memory_kib": 2**40},
                            "passphrase": {"salt": "", "nonce": "", "ciphertext": ""},
                            "recovery": {"salt": "", "nonce": "", "ciphertext": ""}})},
])
def test_restore_file_whose_header_holds_the_wrong_types(folder, tmp_path, capsys, header):
    backup = tmp_path / "kapot.kbak"
    backup.write_bytes(_backup(header))
    before = files(folder)
    refused(capsys, folder, before, koers("restore", backup, "--vault", folder), "beschadigd")


# --- CSV caseloads -------------------------------------------------------------------
@pytest.mark.parametrize("body, words", [
    ("A" * 131_073 + ",1990,,,,,,,,,\n", ("regel 2", "131072")),
    (f'"{"x" * 200_000}",1990,,,,,,,,,\n', ("regel 2", "131072")),
    ("Mira,1990,,,,,,,,,,extra\nNoor,1991,,,,,,,,,\n", ("regel 2", "meer cellen dan kolommen")),
])
def test_csv_cells_beyond_the_limits(folder, tmp_path, capsys, body, words):
    csv = tmp_path / "caseload.csv"
    csv.write_text(HEADER + body, "utf-8")
    before = files(folder)
    refused(capsys, folder, before, koers("import-caseload", csv, "--vault", folder), *words)


# --- endless and huge inputs ---------------------------------------------------------
COMMANDS = {"import": ("import",), "import-caseload": ("import-caseload",), "instruments add": ("instruments", "add")}
LIMITS = {"import": BUNDLE_MAX, "import-caseload": CASELOAD_MAX, "instruments add": MAX_INSTRUMENT_BYTES}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("command", list(COMMANDS))
def test_dev_zero_is_read_with_a_cap(folder, capsys, command):
    before = files(folder)
    refused(capsys, folder, before, koers(*COMMANDS[command], "/dev/zero", "--vault", folder), "te groot")


@pytest.mark.timeout(60)
@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_huge_file_is_refused_unread(folder, tmp_path, capsys, command):
    huge = tmp_path / "huge"
    with huge.open("wb") as handle:
        handle.truncate(LIMITS[command] + 1)  # sparse: no disk used
    before = files(folder)
    refused(capsys, folder, before, koers(*COMMANDS[command], huge, "--vault", folder), "te groot")


# --- writing onto the vault itself ---------------------------------------------------
@pytest.fixture
def supervisor_trusted(folder, tmp_path, capsys):
    """The worker's vault trusts a supervisor 'Sam Super', so `export` has someone to write for."""
    Vault.create(tmp_path / "s", PASSPHRASE, "Sam Super", role="supervisor", kdf=KdfParams.fast_for_tests())[0].close()
    assert koers("keys", "export-public", "--vault", tmp_path / "s", "--out", tmp_path / "s.pub") == 0
    assert koers("keys", "trust", tmp_path / "s.pub", "--vault", folder, "--role", "supervisor", "--yes") == 0
    capsys.readouterr()
    return folder


def _targets(folder: Path, tmp_path: Path) -> list[Path]:
    link, hard = tmp_path / "link.kbak", tmp_path / "hard.kbak"
    link.symlink_to(folder / "koers.vault")
    os.link(folder / "koers.keys", hard)
    return [folder / "koers.vault", folder / "koers.keys", folder / "nieuw.kbak", folder / "backups" / "x.kbak",
            folder, link, hard]


def test_backup_out_onto_the_vault_is_refused(folder, tmp_path, capsys):
    for target in _targets(folder, tmp_path):
        before = files(folder)
        refused(capsys, folder, before, koers("backup", "--vault", folder, "--out", target), "kluis zelf")
    assert koers("backup", "--vault", folder, "--out", tmp_path / "elders.kbak") == 0


def test_export_out_onto_the_vault_is_refused(supervisor_trusted, tmp_path, capsys):
    folder = supervisor_trusted
    for target in _targets(folder, tmp_path):
        before = files(folder)
        refused(capsys, folder, before,
                koers("export", "--vault", folder, "--to", "Sam Super", "--out", target), "kluis zelf")
    assert koers("export", "--vault", folder, "--to", "Sam Super", "--out", tmp_path / "naar-sam.koers") == 0
