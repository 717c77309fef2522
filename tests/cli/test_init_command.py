"""The command line's set-up for IT roll-out, run as a real process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop_app import __version__
from desktop_app.services import auth
from desktop_app.services.context import open_app

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], input=stdin, text=True,
                          capture_output=True, cwd=ROOT, timeout=120)


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"complaint-logger {__version__}"


def test_init_without_a_screen_then_sign_in(tmp_path):
    db = tmp_path / "till.db"
    result = run("--db", str(db), "init", "--store-name", "Glasgow Central", "--store-code",
                 "gla01", "--jurisdiction", "scotland", "--manager-name", "Morag",
                 "--manager-code", "M01", "--pin-stdin", stdin="246810\n")
    assert result.returncode == 0, result.stderr
    assert "GLA01" in result.stdout and "246810" not in result.stdout + result.stderr
    ctx = open_app(db)
    assert auth.sign_in(ctx, "M01", "246810").name == "Morag"
    ctx.close()
    again = run("--db", str(db), "init", "--store-name", "X", "--store-code", "X1",
                "--jurisdiction", "england", "--manager-name", "Y", "--manager-code", "Y1",
                "--pin-stdin", stdin="246810\n")
    assert again.returncode == 2 and "already set up" in again.stderr


def test_init_reports_every_bad_field(tmp_path):
    result = run("--db", str(tmp_path / "bad.db"), "init", "--store-name", "", "--store-code",
                 "!", "--jurisdiction", "wales", "--manager-name", "Y", "--manager-code", "Y1",
                 "--pin-stdin", stdin="12\n")
    assert result.returncode == 2
    for field in ("store_name", "store_code", "pin"):
        assert field in result.stderr


def test_the_environment_variable_chooses_the_database(tmp_path):
    db = tmp_path / "env.db"
    env_run = subprocess.run(
        [sys.executable, "-m", "desktop_app", "init", "--store-name", "Env", "--store-code",
         "ENV1", "--jurisdiction", "england", "--manager-name", "E", "--manager-code", "E1",
         "--pin-stdin"], input="246810\n", text=True, capture_output=True, cwd=ROOT,
        env={**__import__("os").environ, "COMPLAINT_LOGGER_DB": str(db)}, timeout=120)
    assert env_run.returncode == 0, env_run.stderr
    assert db.exists()
