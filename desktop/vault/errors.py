"""The errors of vault operations (here, so every vault module can raise them)."""

from forms.catalogue import KoersError, Message


class VaultError(KoersError):
    """A vault operation that cannot be done; its Message says why, nothing was written."""


class NewerVault(VaultError):
    """The vault was made by a newer Koers: it is left untouched."""

    def __init__(self, schema: int) -> None:
        super().__init__(Message("vault.newer-schema"))
        self.schema = schema


class FrozenPlanError(VaultError):
    """A signed plan version cannot change: save a new version instead."""


class WeakPassphrase(VaultError):
    """A new passphrase that the policy (desktop.vault.passphrase) refuses; nothing was written."""


class ReadOnlyDossier(VaultError):
    """A save to a dossier someone else holds, nothing written: at a supervisor, a worker's
    dossier (her remarks go in a supervisor note; desktop.vault.owners); at a worker, a dossier
    she handed over or covers, or the programme's kaart entries (desktop.vault.handover)."""
