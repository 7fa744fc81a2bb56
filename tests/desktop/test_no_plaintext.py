"""After a full session, nothing that identifies a participant is left in plaintext outside
the vault: not in the vault folder, the temp folder, Qt's config and cache folders, or the
program's own output. Files the user explicitly exports are the only exception."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ROEPNAAM = "Zwaluwnestje Qordelia"
NOTE = "hulpvraag-unieke-tekst-kwzx-8812"
CSV_NAME = "Ysoldewiet Plaintextproef"


def _needles() -> list[bytes]:
    return [s.encode(enc) for s in (ROEPNAAM, NOTE, CSV_NAME) for enc in ("utf-8", "utf-16-le")]


def _leaks(folder: Path) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            found += [f"{path.relative_to(folder)}: {n!r}" for n in _needles() if n in data]
    return found


def test_full_session_leaves_no_plaintext(tmp_path):
    home, temp, exported = tmp_path / "home", tmp_path / "tmp", tmp_path / "usb-stick"
    for folder in (home, temp, exported):
        folder.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")} | {
        "HOME": str(home), "TMPDIR": str(temp),
        "QT_QPA_PLATFORM": "offscreen", "KOERS_PASSPHRASE": "sessie wachtwoord 123",
        "XDG_CONFIG_HOME": str(home / ".config"), "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local/share"), "XDG_RUNTIME_DIR": str(temp / "runtime"),
        "KOERS_VAULT": str(home / "vault"),
    }
    (temp / "runtime").mkdir(mode=0o700)
    csv_file = exported / "caseload.csv"  # the user's own spreadsheet: hers to keep
    csv_file.write_text("roepnaam,geboortejaar,gender,geboorteland,werkvormen,aanmelddatum,aanmeldbron,"
                        f"intakedatum,fase,uitstroomdatum,uitstroomreden\n{CSV_NAME},1990,,,,,,,,,\n")

    def run(*argv: str) -> subprocess.CompletedProcess:
        result = subprocess.run([sys.executable, *argv], env=env, cwd=ROOT, capture_output=True,
                                text=True, timeout=300)
        assert result.returncode == 0, result.stderr[-2000:]
        return result

    outputs = [run("tests/desktop/gui_session.py", str(home / "vault"), ROEPNAAM, NOTE)]
    outputs.append(run("-m", "desktop.cli", "import-caseload", str(csv_file)))
    outputs.append(run("-m", "desktop.cli", "backup", "--out", str(exported / "backup.kbak")))

    assert _leaks(home) == []
    assert _leaks(temp) == []
    logs = "".join(o.stdout + o.stderr for o in outputs)
    assert ROEPNAAM not in logs and NOTE not in logs and CSV_NAME not in logs
    assert (home / "vault" / "koers.vault").exists()  # the scan did look at the vault


def test_the_scan_finds_plaintext(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "qt.ini").write_bytes(ROEPNAAM.encode("utf-16-le"))
    assert _leaks(tmp_path) == [f"sub/qt.ini: {ROEPNAAM.encode('utf-16-le')!r}"]
