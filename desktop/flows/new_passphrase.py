"""The rule for every new passphrase the screens take: first run, changing it, recovery. No Qt.

One function, so the first-run screen, Wachtwoord wijzigen and Wachtwoord vergeten refuse
the same passphrases; the strength itself is judged in desktop.vault.passphrase.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.vault.passphrase import strength
from forms.catalogue import Message

Problem = Message  # said in the screen's language by whoever shows it


def new_passphrase_problems(passphrase: str, repeated: str, context: Iterable[str] = ()) -> list[Problem]:
    """What keeps this new passphrase (typed twice) from being used; empty when it may be.
    `context`: words an attacker would try for this vault (the worker's name), as the vault's
    own check (Vault.create, change_passphrase, recover) uses them."""
    problems = []
    if not strength(passphrase, context).acceptable:
        problems.append(Message("desktop.passphrase.too-weak"))
    if passphrase != repeated:
        problems.append(Message("desktop.passphrase.differ"))
    return problems
