"""`demo` then `export` from the command line."""

from __future__ import annotations

import json
import stat

from tests.cli.test_init_command import run
from tests.conftest import MANAGER_PIN, STAFF_PIN


def test_demo_data_exported_by_a_manager_only(ctx, db_path, tmp_path):
    ctx.close()
    made = run("--db", str(db_path), "demo", "--complaints", "30", "--incidents", "5",
               "--seed", "3")
    assert made.returncode == 0 and "30 complaints and 5 incidents" in made.stdout
    out = tmp_path / "march.json"
    exported = run("--db", str(db_path), "export", "--format", "json", "--from", "2025-01-01",
                   "--to", "2026-12-31", "--out", str(out), "--user", "M01", "--pin-stdin",
                   stdin=f"{MANAGER_PIN}\n")
    assert exported.returncode == 0, exported.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    assert len(document["complaints"]) == 30 and len(document["incidents"]) == 5
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    refused = run("--db", str(db_path), "export", "--format", "csv", "--from", "2025-01-01",
                  "--to", "2026-12-31", "--out", str(tmp_path / "x.csv"), "--user", "S01",
                  "--pin-stdin", stdin=f"{STAFF_PIN}\n")
    assert refused.returncode == 2 and not (tmp_path / "x.csv").exists()
