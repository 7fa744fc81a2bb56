"""How strong a new passphrase is: one rule set for the first-run screen and the CLI. No Qt.

A rough entropy estimate (character pool × length, with penalties for repeats, runs and
well-known words) mapped to five levels. It guides; it is not a cracking model.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

MIN_LENGTH = 10
ACCEPTABLE_BITS = 50  # with Argon2id in front, this takes an attacker years per vault

# Words that guessing lists try first (lower case); a passphrase made of them scores low.
COMMON = {
    "wachtwoord", "password", "welkom", "welcome", "koers", "qwerty", "azerty", "admin",
    "geheim", "secret", "letmein", "iloveyou", "monkey", "dragon", "football", "voetbal",
    "zomer", "winter", "lente", "herfst", "amsterdam", "rotterdam", "utrecht", "test",
    "123456", "12345678", "abc123", "111111", "000000",
}
SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiop", "asdfghjkl", "zxcvbnm")

LEVELS = (  # (minimum bits, nl, en)
    (0, "Heel zwak", "Very weak"),
    (28, "Zwak", "Weak"),
    (40, "Redelijk", "Fair"),
    (ACCEPTABLE_BITS, "Sterk", "Strong"),
    (70, "Heel sterk", "Very strong"),
)


@dataclass(frozen=True)
class Strength:
    """The verdict on one passphrase: a level 0-4, an estimate in bits and tips to improve."""

    level: int
    bits: float
    acceptable: bool
    hints: tuple[tuple[str, str], ...]  # (nl, en) pairs

    def label(self, lang: str = "nl") -> str:
        return LEVELS[self.level][2 if lang == "en" else 1]

    def tips(self, lang: str = "nl") -> list[str]:
        return [pair[1 if lang == "en" else 0] for pair in self.hints]


def _pool(text: str) -> int:
    pool = 0
    pool += 26 if re.search(r"[a-z]", text) else 0
    pool += 26 if re.search(r"[A-Z]", text) else 0
    pool += 10 if re.search(r"[0-9]", text) else 0
    pool += 33 if re.search(r"[^a-zA-Z0-9]", text) else 0
    return max(pool, 1)


def _predictable_chars(text: str) -> int:
    """How many characters repeat the previous one or continue a keyboard/alphabet run."""
    lower, count = text.lower(), 0
    for i in range(1, len(lower)):
        pair = lower[i - 1:i + 1]
        if pair[0] == pair[1] or any(pair in seq or pair[::-1] in seq for seq in SEQUENCES):
            count += 1
    return count


def _common_chars(text: str) -> int:
    lower = text.lower()
    return sum(len(word) for word in COMMON if word in lower)


def estimate_bits(passphrase: str) -> float:
    """Entropy estimate: predictable and well-known parts count for about one bit a character."""
    if not passphrase:
        return 0.0
    weak = min(len(passphrase), _predictable_chars(passphrase) + _common_chars(passphrase))
    strong = len(passphrase) - weak
    return strong * math.log2(_pool(passphrase)) + weak * 1.0


def _hints(passphrase: str) -> list[tuple[str, str]]:
    hints = []
    if len(passphrase) < MIN_LENGTH:
        hints.append((f"Gebruik minstens {MIN_LENGTH} tekens", f"Use at least {MIN_LENGTH} characters"))
    if _common_chars(passphrase):
        hints.append(("Vermijd bekende woorden als 'wachtwoord' of '123456'",
                      "Avoid well-known words like 'password' or '123456'"))
    if _predictable_chars(passphrase) > len(passphrase) // 3:
        hints.append(("Vermijd herhalingen en reeksen als 'aaa' of 'abc'",
                      "Avoid repeats and runs like 'aaa' or 'abc'"))
    if len(re.split(r"[\s\-_.,]+", passphrase.strip())) < 3 and len(passphrase) < 16:
        hints.append(("Tip: vier losse woorden zijn sterk en goed te onthouden",
                      "Tip: four unrelated words are strong and easy to remember"))
    return hints


def strength(passphrase: str) -> Strength:
    """Judge a new passphrase. Acceptable means long enough and at least 'Sterk'."""
    bits = estimate_bits(passphrase)
    level = max(i for i, (floor, _nl, _en) in enumerate(LEVELS) if bits >= floor)
    acceptable = len(passphrase) >= MIN_LENGTH and bits >= ACCEPTABLE_BITS
    return Strength(level, round(bits, 1), acceptable, tuple(_hints(passphrase)))
