"""Issue 11 §4: nothing outside the program can weaken the key derivation of a real vault
(the shipped app used to read KOERS_INSECURE_FAST_KDF). Tests pass cheap parameters in code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.vault import KdfParams
from desktop.vault.keyfile import load

ROOT = Path(__file__).resolve().parents[2]


def test_the_old_switch_makes_koers_init_use_full_argon2id(tmp_path):
    env = os.environ | {"KOERS_INSECURE_FAST_KDF": "1", "KOERS_PASSPHRASE": "vier losse woorden paard batterij",
                        "KOERS_VAULT": str(tmp_path / "kluis")}
    result = subprocess.run([sys.executable, "-m", "desktop.cli", "init", "--worker-name", "Sanne"], env=env,
                            cwd=ROOT, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120)
    assert result.returncode == 0, result.stderr
    assert load(tmp_path / "kluis" / "koers.keys").kdf == KdfParams()


def test_no_product_code_reads_a_kdf_switch():
    product = [p for room in ("desktop", "exports", "forms", "matrix") for p in (ROOT / room).rglob("*.py")]
    assert [str(p) for p in product if "INSECURE_FAST_KDF" in p.read_text()] == []
