"""Keys: this vault's own public keys, the other side's keys it trusts, revoking a key (a lost
laptop), and a worker's new key taking over from her old one (introduced by the old key, or
trusted after comparing fingerprints), with the old key's dossiers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.vault import audit, owners
from desktop.vault.errors import VaultError
from desktop.vault.owners import Origin
from desktop.vault.service import ROLES, Vault, checked_name
from exports.bundle import PublicKey, make_introduction, public_signing_key, read_introduction
from forms.base import printable, utcnow
from forms.catalogue import Message


class ExchangeError(VaultError):
    """An export, import or change of trust that cannot be done; nothing was written."""


@dataclass(frozen=True)
class KeyEntry:
    """A key this vault knows, with its history: revoked keys stay, so what they sent keeps a name."""

    key: PublicKey
    added_at: dt.datetime
    revoked_at: dt.datetime | None
    successor: str | None  # the fingerprint of the key that took over from this one


def own_public_key(vault: Vault) -> PublicKey:
    """This vault's public keys, named after its worker."""
    identity = vault.identity
    return PublicKey(vault.worker_name or "Koers", vault.role,
                     public_signing_key(identity.signing_key_pem), identity.age_recipient)


def key_entries(vault: Vault) -> list[KeyEntry]:
    """Every key this vault has trusted, revoked ones too, by name."""
    rows = vault.db.execute("SELECT name, role, ed25519, age, added_at, revoked_at, successor FROM trusted_keys"
                            " ORDER BY revoked_at IS NOT NULL, name")
    return [KeyEntry(PublicKey(name, role, bytes(raw), age), dt.datetime.fromisoformat(added),
                     dt.datetime.fromisoformat(revoked) if revoked else None, successor)
            for name, role, raw, age, added, revoked, successor in rows]


def trusted_keys(vault: Vault, role: str | None = None) -> list[PublicKey]:
    """The other side's keys this vault trusts (not revoked), by name."""
    return [e.key for e in key_entries(vault) if e.revoked_at is None and role in (None, e.key.role)]


def revoked_key(vault: Vault, fingerprint: str) -> KeyEntry | None:
    return next((e for e in key_entries(vault) if e.key.fingerprint == fingerprint and e.revoked_at), None)


def trust_key(vault: Vault, key: PublicKey, role: str, name: str | None = None,
              replaces: str | None = None) -> PublicKey:
    """Register (or rename / change the role of) another side's key; with `replaces` (a trusted
    key's fingerprint) it is that key's successor: it takes her dossiers and the old key is revoked."""
    if role not in ROLES:
        raise ExchangeError(Message("vault.unknown-role", role=role))
    if key.fingerprint == own_public_key(vault).fingerprint:
        raise ExchangeError(Message("exchange.own-key"))
    if revoked_key(vault, key.fingerprint):
        raise ExchangeError(Message("exchange.key-stays-revoked", fingerprint=key.fingerprint))
    key = PublicKey(checked_name(name or key.name), role, key.ed25519, key.age)
    with vault.transaction():
        if replaces:
            old = _active(vault, replaces)
            if old.fingerprint == key.fingerprint:
                raise ExchangeError(Message("exchange.key-succeeds-itself"))
            _retire(vault, old, key)
        _store(vault, key)
    return key


def _active(vault: Vault, fingerprint: str) -> PublicKey:
    fingerprint = fingerprint.strip().upper()
    for key in trusted_keys(vault):
        if key.fingerprint == fingerprint:
            return key
    raise ExchangeError(Message("exchange.no-trusted-fingerprint", fingerprint=printable(fingerprint)))


def _store(vault: Vault, key: PublicKey) -> None:
    clash = vault.db.execute("SELECT fingerprint FROM trusted_keys WHERE name = ? AND fingerprint != ?",
                             (key.name, key.fingerprint)).fetchone()
    if clash:
        name = printable(key.name)
        raise ExchangeError(Message("exchange.name-taken", name=name))
    vault.db.execute("INSERT OR REPLACE INTO trusted_keys (fingerprint, name, role, ed25519, age, added_at)"
                     " VALUES (?,?,?,?,?,?)", (key.fingerprint, key.name, key.role, key.ed25519, key.age,
                                               utcnow().isoformat()))
    audit.append(vault.db, vault.worker_name, "trust-key")


def _retire(vault: Vault, old: PublicKey, new: PublicKey) -> None:
    """`new` takes over from `old`: her dossiers move, and `old` is revoked under a name that
    frees hers for the new key."""
    if old.role != new.role:
        raise ExchangeError(Message("exchange.successor-other-role", new_role=new.role, old_role=old.role))
    vault.db.execute("UPDATE trusted_keys SET name = ?, revoked_at = ?, successor = ? WHERE fingerprint = ?",
                     (f"{old.name} ({old.fingerprint})", utcnow().isoformat(), new.fingerprint, old.fingerprint))
    owners.transfer_all(vault.db, Origin.imported(old.fingerprint), Origin.imported(new.fingerprint))
    audit.append(vault.db, vault.worker_name, "replace-key")


def revoke_key(vault: Vault, fingerprint: str) -> PublicKey:
    """Stop trusting a key (a lost laptop): its bundles are refused from now on, its dossiers stay
    in the vault under its name until a new key takes them over."""
    key = _active(vault, fingerprint)
    with vault.transaction():
        vault.db.execute("UPDATE trusted_keys SET revoked_at = ? WHERE fingerprint = ?",
                         (utcnow().isoformat(), key.fingerprint))
        audit.append(vault.db, vault.worker_name, "revoke-key")
    return key


def introduce(vault: Vault, new: PublicKey) -> bytes:
    """An introduction of this worker's new key (her new laptop), signed with this vault's key."""
    if new.fingerprint == own_public_key(vault).fingerprint:
        raise ExchangeError(Message("exchange.own-key"))
    vault.log("introduce-key")
    return make_introduction(new, own_public_key(vault), vault.identity.signing_key_pem)


def accept_introduction(vault: Vault, data: bytes) -> tuple[PublicKey, PublicKey]:
    """Trust the new key an introduction names under the old key's name and role, hand it the old
    key's dossiers and revoke the old key. BundleError when the introduction does not verify."""
    old, new = read_introduction(data, trusted_keys(vault))
    return old, trust_key(vault, new, old.role, name=old.name, replaces=old.fingerprint)
