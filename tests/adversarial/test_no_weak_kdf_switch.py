"""Issue 11 §4: nothing outside the program can weaken the key derivation of a real vault
(the shipped app used to read KOERS_INSECURE_FAST_KDF). Tests pass cheap parameters in code."""

from __future__ import annotations

from pathlib import Path

from desktop.cli import main
from desktop.vault import KdfParams
from desktop.vault.keyfile import load

ROOT = Path(__file__).resolve().parents[2]


def test_the_old_switch_does_not_change_what_koers_init_writes(tmp_path, monkeypatch):
    # The suite's stand-in for the product default (cheap, but not the old switch's values).
    default = KdfParams(time_cost=2, memory_kib=8 * 1024, parallelism=1)
    monkeypatch.setattr("desktop.vault.keyfile.DEFAULT_KDF", default)
    monkeypatch.setenv("KOERS_INSECURE_FAST_KDF", "1")
    monkeypatch.setenv("KOERS_PASSPHRASE", "vier losse woorden paard batterij")
    assert main(["init", "--vault", str(tmp_path / "kluis"), "--worker-name", "Sanne"]) == 0
    assert load(tmp_path / "kluis" / "koers.keys").kdf == default != KdfParams.fast_for_tests()


def test_no_product_code_reads_a_kdf_switch():
    product = [p for room in ("desktop", "exports", "forms", "matrix") for p in (ROOT / room).rglob("*.py")]
    assert [str(p) for p in product if "INSECURE_FAST_KDF" in p.read_text()] == []
