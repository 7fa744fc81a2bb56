"""Shared fixtures: fast key derivation for test vaults, and external tools."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from desktop.vault import KdfParams, Vault

PASSPHRASE = "correct paard batterij niet"
WORKER = "Test Begeleider"


def require_tool(name: str) -> str:
    """The tool's path; skip with a visible reason if missing (CI sets KOERS_REQUIRE_TOOLS=1: fail)."""
    path = shutil.which(name)
    if path is None:
        if os.environ.get("KOERS_REQUIRE_TOOLS") == "1":
            pytest.fail(f"{name} is required in CI but not installed")
        pytest.skip(f"{name} not installed (apt-get install the Debian package to run this test)")
    return path


@pytest.fixture(autouse=True)
def _fast_kdf_and_private_env(monkeypatch, tmp_path):
    """Fast Argon2id for vaults made in this process (the product has no switch for it: the
    default is replaced here, in code); no test touches the real user folders."""
    monkeypatch.setattr("desktop.vault.keyfile.DEFAULT_KDF", KdfParams.fast_for_tests())
    monkeypatch.setattr("desktop.vault.throttle.BASE_SECONDS", 0.01)
    monkeypatch.setenv("KOERS_VAULT", str(tmp_path / "default-vault"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.delenv("KOERS_PASSPHRASE", raising=False)
    monkeypatch.delenv("KOERS_LANG", raising=False)


@pytest.fixture
def vault_dir(tmp_path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir):
    """A fresh, empty, unlocked vault (fast KDF)."""
    opened, _code = Vault.create(vault_dir, PASSPHRASE, WORKER, kdf=KdfParams.fast_for_tests())
    yield opened
    opened.close()
