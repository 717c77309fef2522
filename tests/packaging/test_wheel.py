"""A wheel built from the project works on its own: resources and migrations come from the
installed package, never from the source checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.xdist_group("wheel")
def test_the_wheel_installs_and_runs_from_a_fresh_environment(tmp_path):
    wheels = tmp_path / "wheels"
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                            "--no-build-isolation", "-w", str(wheels), str(ROOT)],
                           capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = wheels.glob("till_complaint_logger-*.whl")

    fresh = tmp_path / "fresh"
    venv.EnvBuilder(with_pip=False).create(fresh)
    python = fresh / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = subprocess.run([str(python), "-c", "import sysconfig; "
                           "print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    # the dependencies (PySide6, SQLAlchemy…) from this environment, but not the checkout
    (Path(site) / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    installed = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps",
                                "--target", site, str(wheel)],
                               capture_output=True, text=True, timeout=300)
    assert installed.returncode == 0, installed.stderr[-2000:]

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    where = subprocess.run(
        [str(python), "-c", "import desktop_app, desktop_app.locations as l; "
         "print(desktop_app.__file__); print(l.resources_dir()); print(l.migrations_dir())"],
        cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120)
    assert where.returncode == 0, where.stderr
    package, resources, migrations = where.stdout.split()
    for path in (package, resources, migrations):
        assert Path(path).is_relative_to(Path(site)), path
        assert not Path(path).is_relative_to(ROOT), path
    assert (Path(resources) / "procedures" / "lass.toml").exists()
    assert (Path(resources) / "fonts" / "DejaVuSans.ttf").exists()

    db = tmp_path / "till.db"
    version = subprocess.run([str(python), "-m", "desktop_app", "--version"], cwd=elsewhere,
                             env=env, capture_output=True, text=True, timeout=120)
    assert version.returncode == 0 and version.stdout.startswith("complaint-logger ")
    init = subprocess.run([str(python), "-m", "desktop_app", "--db", str(db), "init",
                           "--store-name", "Wheel Store", "--store-code", "WHL01",
                           "--jurisdiction", "england", "--manager-name", "Wendy Wheel",
                           "--manager-code", "M01", "--pin-stdin"], input="246810\n",
                          cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120)
    assert init.returncode == 0, init.stderr
    check = subprocess.run([str(python), "-m", "desktop_app", "--db", str(db), "check"],
                           cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120)
    assert check.returncode == 0 and check.stdout.startswith("OK"), check.stdout + check.stderr
