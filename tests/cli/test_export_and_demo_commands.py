"""`demo` then `export` from the command line."""

from __future__ import annotations

import json
import stat

from desktop_app.services.demo import DEMO_STORE
from tests.cli.test_init_command import run
from tests.conftest import STAFF_PIN

DEMO_MANAGER, MANAGER_PIN = DEMO_STORE["manager_code"], DEMO_STORE["pin"]


def test_demo_makes_a_demonstration_store_and_refuses_a_real_one(ctx, db_path, tmp_path):
    ctx.close()
    before = db_path.read_bytes()
    refused = run("--db", str(db_path), "demo", "--complaints", "5")
    assert refused.returncode == 2 and "GLA01" in refused.stderr
    assert "demonstration store" in refused.stderr and db_path.read_bytes() == before
    demo_db = tmp_path / "demo.db"
    made = run("--db", str(demo_db), "demo", "--complaints", "4", "--incidents", "1")
    assert made.returncode == 0, made.stderr
    assert f"Sign in as {DEMO_MANAGER}, PIN {MANAGER_PIN}" in made.stdout
    again = run("--db", str(demo_db), "demo", "--complaints", "3", "--incidents", "0")
    assert again.returncode == 0 and "Added 3 complaints" in again.stdout
    assert run("--db", str(demo_db), "check").returncode == 0     # a create entry for each


def test_demo_data_exported_by_a_manager_only(ctx, db_path, tmp_path):
    ctx.close()
    db_path = tmp_path / "demo.db"
    made = run("--db", str(db_path), "demo", "--complaints", "30", "--incidents", "5",
               "--seed", "3")
    assert made.returncode == 0 and "30 complaints and 5 incidents" in made.stdout
    staff = run("--db", str(db_path), "init", "--store-name", "x", "--store-code", "X1",
                "--jurisdiction", "wales", "--manager-name", "x", "--manager-code", "X1",
                "--pin-stdin", stdin="12345678\n")
    assert staff.returncode == 2                  # already set up, as a demonstration store
    out = tmp_path / "march.json"
    exported = run("--db", str(db_path), "export", "--format", "json", "--from", "2025-01-01",
                   "--to", "2026-12-31", "--out", str(out), "--user", DEMO_MANAGER,
                   "--pin-stdin", stdin=f"{MANAGER_PIN}\n")
    assert exported.returncode == 0, exported.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    assert len(document["complaints"]) == 30 and len(document["incidents"]) == 5
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    refused = run("--db", str(tmp_path / "complaints.db"), "export", "--format", "csv",
                  "--from", "2025-01-01", "--to", "2026-12-31", "--out",
                  str(tmp_path / "x.csv"), "--user", "S01", "--pin-stdin",
                  stdin=f"{STAFF_PIN}\n")
    assert refused.returncode == 2 and not (tmp_path / "x.csv").exists()


def test_import_moves_records_to_a_replacement_till_and_refuses_a_broken_file(
        ctx, db_path, tmp_path):
    ctx.close()
    db_path = tmp_path / "demo.db"
    run("--db", str(db_path), "demo", "--complaints", "12", "--incidents", "3", "--seed", "5")
    out = tmp_path / "all.json"
    run("--db", str(db_path), "export", "--format", "json", "--from", "2020-01-01",
        "--to", "2030-12-31", "--out", str(out), "--user", DEMO_MANAGER, "--pin-stdin",
        stdin=f"{MANAGER_PIN}\n")
    new_db = tmp_path / "new-till.db"
    made = run("--db", str(new_db), "init", "--store-name", "Demonstration store",
               "--store-code", "DEMO01", "--jurisdiction", "england", "--manager-name",
               "Demo Manager", "--manager-code", "M01", "--pin-stdin",
               stdin=f"{MANAGER_PIN}\n")
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
    refused = run("--db", str(db_path), "import", str(bad), "--user", DEMO_MANAGER,
                  "--pin-stdin",
                  stdin=f"{MANAGER_PIN}\n")
    assert refused.returncode == 2
    assert "complaints[4]" in refused.stderr and "amount_pence: should be a whole number" \
        in refused.stderr
