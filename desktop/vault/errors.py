"""The errors of vault operations (here, so every vault module can raise them)."""


class VaultError(Exception):
    """A vault operation that cannot be done; the message says why, nothing was written."""


class NewerVault(VaultError):
    """The vault was made by a newer Koers: it is left untouched."""

    def __init__(self, schema: int) -> None:
        super().__init__("deze kluis is gemaakt met een nieuwere Koers: werk Koers bij. De kluis is niet "
                         "aangeraakt. / this vault was made by a newer Koers: update Koers. The vault was "
                         "not touched.")
        self.schema = schema


class FrozenPlanError(VaultError):
    """A signed plan version cannot change: save a new version instead."""


class WeakPassphrase(VaultError):
    """A new passphrase that the policy (desktop.vault.passphrase) refuses; nothing was written."""
