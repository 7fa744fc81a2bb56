"""The encrypted store of dossiers (SQLCipher), its keys, and the service API. No Qt."""

from desktop.vault.backup import BackupError, BackupInfo
from desktop.vault.db import NotAVault
from desktop.vault.keyfile import KdfParams, WrongPassphrase
from desktop.vault.paths import default_vault_dir
from desktop.vault.changes import Changes
from desktop.vault.dossiers import ParticipantSummary
from desktop.vault.errors import FrozenPlanError, NewerVault, VaultError, WeakPassphrase
from desktop.vault.service import Vault
from desktop.vault.writes import SaveResult

__all__ = ["BackupError", "BackupInfo", "Changes", "FrozenPlanError", "KdfParams", "NotAVault", "ParticipantSummary",
           "NewerVault", "SaveResult", "Vault", "VaultError", "WeakPassphrase", "WrongPassphrase", "default_vault_dir"]
