"""Vaults made before session 4 kept the last folder of the backup and send dialogs in `meta`.
A path under her home folder names her login, and the vault travels (backups, a new laptop):
the screens now remember the folder for the session only (desktop.ui.widgets.folders), and
what an older vault still holds goes when it is unlocked."""

from __future__ import annotations

from desktop.vault.service import Vault

OLD_FOLDER_KEYS = ("send.last_folder", "backup_folder")


def forget_old_folders(vault: Vault) -> None:
    """Delete the folders an older vault remembered; writes nothing when there are none."""
    present = [key for key in OLD_FOLDER_KEYS if vault.meta(key) is not None]
    if present:
        with vault.transaction() as db:
            db.executemany("DELETE FROM meta WHERE key = ?", [(key,) for key in present])
