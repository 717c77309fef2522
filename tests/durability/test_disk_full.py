"""A full disk: the save is refused with a clear message, the typed form is kept, and the
database holds whole records only."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.durability.test_crash import _check

ROOT = Path(__file__).resolve().parents[2]


def test_a_full_disk_refuses_the_save_clearly_and_keeps_everything_else(ctx, db_path):
    ctx.close()
    size = db_path.stat().st_size
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-m", "tests.durability.child_disk_full",
                             str(db_path), str(size + 256 * 1024)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stderr
    refusal = lines[-1]
    assert refusal.startswith("REFUSED True "), refusal      # the form still holds the text
    assert "nothing was saved" in refusal and "full" in refusal
    shown = {line for line in lines[:-1]}
    assert shown, "some complaints were saved before the disk filled"
    _check(db_path, shown)
