"""Build the one-folder application with PyInstaller, then smoke-test it (`make package`).

    python3 packaging/build_bundle.py [--dist DIR] [--work DIR] [--no-smoke] [--installer]

1. Sets up its own virtual environment, .venv-package (never the development .venv), with
   the project and its `package` extra (the pinned PySide6, PyInstaller and hooks); it is
   reinstalled only when pyproject.toml changes.
2. Runs PyInstaller with packaging/till_complaint_logger.spec into dist/TillComplaintLogger.
3. Smoke-tests the bundle from an empty folder: --version, init and check on a fresh
   database, a PDF report with charts, and the window offscreen (TILL_SMOKE_TEST=first: the
   first window; TILL_SMOKE_TEST=1: the main window after opening the database).
4. On Windows with --installer: compiles packaging/installer.iss with Inno Setup (ISCC),
   passing the version from desktop_app/__init__.py.

`--render-icons` redraws resources/icons/app.png (256 px) and icon.ico from icon.svg (needs PySide6).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "packaging"
APP_PNG = ROOT / "resources" / "icons" / "app.png"   # the window icon, also the desktop one
SPEC = HERE / "till_complaint_logger.spec"
VENV = ROOT / ".venv-package"
APP_NAME = "TillComplaintLogger"      # the spec's EXE and COLLECT name
CLI_NAME = "complaint-logger"         # the spec's console twin on Windows
ICON_NAME = "till-complaint-logger"   # Icon= in the .desktop file
WINDOWS = sys.platform == "win32"
SMOKE_PIN = "246810"


def version() -> str:
    """The one source of the version: desktop_app/__init__.py."""
    text = (ROOT / "desktop_app" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE).group(1)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if WINDOWS else "bin/python")


def run(command: list, **kwargs) -> subprocess.CompletedProcess:
    print("+", " ".join(str(part) for part in command), flush=True)
    return subprocess.run([str(part) for part in command], check=True, **kwargs)


def ensure_venv() -> Path:
    """.venv-package with the project (editable: the bundle is built from this checkout)."""
    stamp = VENV / ".installed-stamp"
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    python = venv_python()
    if python.exists() and stamp.exists() and stamp.read_text().strip() == wanted:
        return python
    if not python.exists():
        run([sys.executable, "-m", "venv", VENV])
    run([python, "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
    run([python, "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[package]"])
    stamp.write_text(wanted + "\n")
    return python


def build(python: Path, dist: Path, work: Path) -> Path:
    started = time.perf_counter()
    run([python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", dist, "--workpath", work, SPEC], cwd=ROOT)
    app_dir = dist / APP_NAME
    if not WINDOWS:  # the desktop entry and icons, ready to install (packaging/README.md)
        shutil.copy2(HERE / "till-complaint-logger.desktop", app_dir)
        shutil.copy2(HERE / "icon.svg", app_dir / f"{ICON_NAME}.svg")
        shutil.copy2(APP_PNG, app_dir / f"{ICON_NAME}.png")
    size = sum(f.stat().st_size for f in app_dir.rglob("*")
               if f.is_file() and not f.is_symlink())  # PyInstaller links some libraries
    print(f"Built {app_dir} in {time.perf_counter() - started:.0f} s, "
          f"{size / 2**20:.0f} MiB", flush=True)
    return app_dir


def executables(app_dir: Path) -> tuple[Path, Path]:
    """(window program, command-line program); the same file except on Windows."""
    suffix = ".exe" if WINDOWS else ""
    gui = app_dir / f"{APP_NAME}{suffix}"
    cli = app_dir / f"{CLI_NAME}{suffix}" if WINDOWS else gui
    return gui, cli


def smoke_env() -> dict[str, str]:
    """No PYTHONPATH or database override from the caller; Qt offscreen."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "COMPLAINT_LOGGER_DB", "TILL_SMOKE_TEST")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def smoke_test(app_dir: Path) -> None:
    """Runs the bundle from an empty folder; raises on the first failure."""
    gui, cli = executables(app_dir)
    env = smoke_env()
    pdfium = list((app_dir / "_internal" / "pypdfium2_raw").glob("*pdfium*"))
    if not pdfium:
        raise RuntimeError("pypdfium2's shared library is missing from the bundle")
    for folder in ("resources/procedures", "resources/fonts", "db/versions"):
        if not (app_dir / "_internal" / folder).is_dir():
            raise RuntimeError(f"_internal/{folder} is missing from the bundle")

    missing = missing_qt_libraries(app_dir)
    if missing:
        raise RuntimeError("Qt libraries needed by bundled plugins are missing (the spec's "
                           "UNUSED_QT_LIBRARIES?):\n" + "\n".join(missing))

    with tempfile.TemporaryDirectory(prefix="till-smoke-") as tmp:
        db = Path(tmp) / "smoke.db"

        def step(label: str, command: list, stdin: str | None = None,
                 extra_env: dict | None = None, expect: str = "") -> str:
            done = subprocess.run([str(part) for part in command], input=stdin, text=True,
                                  capture_output=True, cwd=tmp, timeout=180,
                                  env=dict(env, **(extra_env or {})))
            output = (done.stdout + done.stderr).strip()
            print(f"[smoke] {label}: exit {done.returncode}" + (f": {output}" if output else ""),
                  flush=True)
            if done.returncode != 0 or expect not in done.stdout:
                raise RuntimeError(f"smoke test '{label}' failed (exit {done.returncode}):\n"
                                   f"{done.stdout}\n{done.stderr}")
            return done.stdout

        step("version", [cli, "--version"], expect=f"complaint-logger {version()}")
        step("init", [cli, "--db", db, "init", "--store-name", "Smoke Store", "--store-code",
                      "SMK01", "--jurisdiction", "england", "--manager-name", "Sam Smoke",
                      "--manager-code", "M01", "--pin-stdin"], stdin=SMOKE_PIN + "\n",
             expect="Set up SMK01")
        step("check", [cli, "--db", db, "check"], expect="OK")
        step("backup", [cli, "--db", db, "backup", "--out", Path(tmp) / "usb" / "b.db",
                        "--user", "M01", "--pin-stdin"], stdin=SMOKE_PIN + "\n",
             expect="Backed up")
        demo_db = Path(tmp) / "demo.db"            # demo never writes into a real store
        made = step("demo", [cli, "--db", demo_db, "demo", "--complaints", "20",
                             "--incidents", "4"], expect="Added 20 complaints")
        demo_code, demo_pin = made.split("Sign in as ")[1].rstrip(".\n").split(", PIN ")
        report = Path(tmp) / "summary.pdf"
        step("report", [cli, "--db", demo_db, "report", "summary", "--from", "2000-01-01",
                        "--to", "2099-12-31", "--user", demo_code, "--pin-stdin", "--out",
                        report], stdin=demo_pin + "\n", expect="Wrote")
        if not report.read_bytes().startswith(b"%PDF"):
            raise RuntimeError("the summary report is not a PDF")
        step("window (first window)", [gui, "--db", db], extra_env={"TILL_SMOKE_TEST": "first"})
        step("window (main window)", [gui, "--db", demo_db], extra_env={"TILL_SMOKE_TEST": "1"})
        step("window (fresh database)", [gui, "--db", Path(tmp) / "fresh.db"],
             extra_env={"TILL_SMOKE_TEST": "1"})
    print("[smoke] all passed", flush=True)


def missing_qt_libraries(app_dir: Path) -> list[str]:
    """Linux: Qt libraries a bundled module or plugin links to but the bundle lacks (the
    offscreen smoke test would not notice a broken xcb or Wayland plugin)."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return []
    problems = []
    for path in sorted((app_dir / "_internal" / "PySide6").rglob("*.so*")):
        if path.is_symlink():
            continue
        listed = subprocess.run(["ldd", str(path)], capture_output=True, text=True).stdout
        problems += [f"{path.name}: {line.split()[0]}" for line in listed.splitlines()
                     if "not found" in line and line.strip().startswith("libQt6")]
    return problems


def find_iscc() -> Path | None:
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").exists():
            return Path(base) / "Inno Setup 6" / "ISCC.exe"
    return None


def build_installer(dist: Path) -> None:
    iscc = find_iscc()
    if iscc is None:
        raise SystemExit("Inno Setup 6 (ISCC.exe) was not found; install it or add it to PATH.")
    run([iscc, f"/DAppVersion={version()}", f"/DDistDir={dist}",
         f"/O{dist / 'installer'}", HERE / "installer.iss"])


def render_icons() -> None:
    """icon.svg -> resources/icons/app.png (256 px) and icon.ico (16-256 px, PNG entries)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - keeps Qt alive
    renderer = QSvgRenderer(str(HERE / "icon.svg"))

    def png(size: int) -> bytes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return bytes(data.data())

    APP_PNG.write_bytes(png(256))
    sizes = (16, 24, 32, 48, 64, 128, 256)
    images = [png(size) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries = b""
    for size, data in zip(sizes, images):
        side = 0 if size == 256 else size   # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    (HERE / "icon.ico").write_bytes(header + entries + b"".join(images))
    print(f"Wrote {APP_PNG} and {HERE / 'icon.ico'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder")
    parser.add_argument("--no-smoke", action="store_true", help="skip the smoke tests")
    parser.add_argument("--installer", action="store_true",
                        help="Windows: also compile the Inno Setup installer")
    parser.add_argument("--render-icons", action="store_true",
                        help="redraw app.png and icon.ico from icon.svg, then stop")
    args = parser.parse_args(argv)
    if args.render_icons:
        render_icons()
        return 0
    if sys.version_info < (3, 11):
        raise SystemExit("Python 3.11 or newer is needed to build the bundle.")
    dist, work = args.dist.resolve(), args.work.resolve()
    app_dir = build(ensure_venv(), dist, work)
    if not args.no_smoke:
        smoke_test(app_dir)
    if args.installer:
        if not WINDOWS:
            raise SystemExit("The installer is built on Windows (Inno Setup).")
        build_installer(dist)
    return 0


if __name__ == "__main__":
    sys.exit(main())
