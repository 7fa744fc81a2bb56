"""Decrypt every page of a SQLCipher 4 file with the raw vault key, free pages and WAL frames
included, so a test can look for what must not be there (SQLCipher's own reader only shows the
live rows). Page layout: AES-256-CBC over the page minus its reserve, whose first 16 bytes are
the IV; page 1 starts after the 16-byte salt."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE, RESERVE, SALT = 4096, 80, 16
WAL_HEADER, FRAME_HEADER = 32, 24


def _decrypt(page: bytes, key: bytes, first: bool) -> bytes:
    start = SALT if first else 0
    iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start:PAGE - RESERVE]) + decryptor.finalize()


def database_pages(path: Path, key: bytes) -> list[bytes]:
    data = path.read_bytes()
    return [_decrypt(data[i:i + PAGE], key, i == 0) for i in range(0, len(data) - PAGE + 1, PAGE)]


def wal_pages(path: Path, key: bytes) -> list[bytes]:
    if not path.exists():
        return []
    data = path.read_bytes()
    step = FRAME_HEADER + PAGE
    frames = range(WAL_HEADER, len(data) - step + 1, step)
    # A frame of page 1 is encrypted like page 1; its number is the frame header's first 4 bytes.
    return [_decrypt(data[i + FRAME_HEADER:i + step], key, int.from_bytes(data[i:i + 4], "big") == 1)
            for i in frames]


def plaintext(folder: Path, database: str, key: bytes) -> bytes:
    """Every decrypted page of the vault file and its WAL, one after the other."""
    return b"".join(database_pages(folder / database, key) + wal_pages(folder / (database + "-wal"), key))
