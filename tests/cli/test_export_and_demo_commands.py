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


def test_import_moves_records_to_a_replacement_till_and_refuses_a_broken_file(
        ctx, db_path, tmp_path):
    ctx.close()
    run("--db", str(db_path), "demo", "--complaints", "12", "--incidents", "3", "--seed", "5")
    out = tmp_path / "all.json"
    run("--db", str(db_path), "export", "--format", "json", "--from", "2020-01-01",
        "--to", "2030-12-31", "--out", str(out), "--user", "M01", "--pin-stdin",
        stdin=f"{MANAGER_PIN}\n")
    new_db = tmp_path / "new-till.db"
    made = run("--db", str(new_db), "init", "--store-name", "Glasgow Central", "--store-code",
               "GLA01", "--jurisdiction", "scotland", "--manager-name", "Morag Manager",
               "--manager-code", "M01", "--pin-stdin", stdin=f"{MANAGER_PIN}\n")
    assert made.returncode == 0, made.stderr
    imported = run("--db", str(new_db), "import", str(out), "--user", "M01", "--pin-stdin",
                   stdin=f"{MANAGER_PIN}\n")
    assert imported.returncode == 0, imported.stderr
    assert "Imported 12 complaints and 3 incidents; 0 were already here." in imported.stdout
    again = run("--db", str(new_db), "import", str(out), "--user", "M01", "--pin-stdin",
                stdin=f"{MANAGER_PIN}\n")
    assert "Imported 0 complaints and 0 incidents; 15 were already here." in again.stdout

    broken = json.loads(out.read_text(encoding="utf-8"))
    broken["complaints"][4]["amount_pence"] = "lots"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(broken), encoding="utf-8")
    refused = run("--db", str(db_path), "import", str(bad), "--user", "M01", "--pin-stdin",
                  stdin=f"{MANAGER_PIN}\n")
    assert refused.returncode == 2
    assert "complaints[4]" in refused.stderr and "amount_pence: should be a whole number" \
        in refused.stderr
