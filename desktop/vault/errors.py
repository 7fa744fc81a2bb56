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


class ReadOnlyDossier(VaultError, KoersError):
    """A save to a dossier that another worker owns (desktop.vault.owners): a supervisor reads
    it and writes her remarks in a supervisor note; nothing was written."""

    def __init__(self, message: Message) -> None:
        KoersError.__init__(self, message)
