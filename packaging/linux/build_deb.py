"""Wrap the frozen folder (dist/koers) in a Debian package: dist/koers_VERSION_ARCH.deb.

Layout: the app in /opt/koers, `koers` on PATH, the desktop entry, icons, the `.koers` file type
and AppStream metadata. Qt's X libraries are declared as dependencies; everything else is inside.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from forms.version import VERSION  # noqa: E402

HERE = Path(__file__).resolve().parent
ICONS = ROOT / "resources" / "icons"
DEPENDS = "libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxkbcommon-x11-0, libgl1, libfontconfig1"


def _control(arch: str, size_kib: int) -> str:
    return (f"Package: koers\nVersion: {VERSION}\nArchitecture: {arch}\nMaintainer: Koers <koers@localhost>\n"
            f"Installed-Size: {size_kib}\nDepends: {DEPENDS}\nSection: misc\nPriority: optional\n"
            "Description: offline dossiers and trajectory plans for case workers\n"
            " Koers keeps case files encrypted on the laptop, lets participants co-sign\n"
            " their plan on screen and exchanges encrypted bundles with a supervisor.\n"
            " It never opens a network connection.\n")


def build(frozen: Path, out_dir: Path) -> Path:
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    stage = out_dir / "deb-root"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(frozen, stage / "opt" / "koers", symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / "koers").symlink_to("/opt/koers/koers")
    share = stage / "usr" / "share"
    for source, target in [(HERE / "koers.desktop", "applications/koers.desktop"),
                           (HERE / "koers-mime.xml", "mime/packages/koers.xml"),
                           (HERE / "nl.koers.Koers.metainfo.xml", "metainfo/nl.koers.Koers.metainfo.xml"),
                           (ICONS / "koers.svg", "icons/hicolor/scalable/apps/koers.svg"),
                           *[(png, f"icons/hicolor/{png.stem.split('-')[1]}x{png.stem.split('-')[1]}/apps/koers.png")
                             for png in ICONS.glob("koers-*.png")]]:
        (share / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, share / target)
    size_kib = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file()) // 1024
    (stage / "DEBIAN").mkdir()
    (stage / "DEBIAN" / "control").write_text(_control(arch, size_kib))
    deb = out_dir / f"koers_{VERSION}_{arch}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", stage, deb], check=True,
                   capture_output=True)
    shutil.rmtree(stage)
    return deb


if __name__ == "__main__":
    print(build(ROOT / "dist" / "koers", ROOT / "dist"))
