"""Head office's commands as its IT runs them."""

from __future__ import annotations

from desktop_app.cli.main import run
from desktop_app.services import head_office_link
from tests.services.test_head_office_link import _save


def test_init_register_import_and_the_acknowledgement_goes_back(ho_url, ctx, manager, staff,
                                                               tmp_path, capsys):
    keys = tmp_path / "keys"
    base = ["head-office", "--database", ho_url.replace("+psycopg", ""), "--keys", str(keys)]
    assert run([*base, "init"]) == 0
    out = capsys.readouterr().out
    public = keys / "head-office-public-key.json"
    head_office_link.install_head_office_key(ctx, manager, public.read_bytes())
    assert head_office_link.status(ctx).head_office_fingerprint in out
    till_key = tmp_path / "till.json"
    till_key.write_bytes(head_office_link.export_store_key(ctx))
    assert run([*base, "register-store", "GLA01", str(till_key), "--name", "Glasgow",
                "--region", "Scotland"]) == 0
    _save(ctx, staff)
    made = head_office_link.make_bundle(ctx, manager, tmp_path / "stick")
    assert run([*base, "import", str(made.path), "--ack-out", str(tmp_path / "acks")]) == 0
    assert "imported. 1 change applied" in capsys.readouterr().out
    (ack,) = (tmp_path / "acks").iterdir()
    assert head_office_link.read_acknowledgement(ctx, None, ack.read_bytes()) == made.last
    assert run([*base, "add-person", "RM7", "--name", "Rhian", "--region", "Scotland"]) == 0
    assert "sees the stores of Scotland, no incidents" in capsys.readouterr().out
    pack = tmp_path / "pack.pdf"
    assert run([*base, "pack", "--from", "2026-03-01", "--to", "2026-03-31", "--store", "gla01",
                "--out", str(pack)]) == 0
    assert "Wrote the head office period pack" in capsys.readouterr().out
    assert pack.read_bytes().startswith(b"%PDF") and pack.stat().st_mode & 0o077 == 0
    assert run([*base, "pack", "--from", "2026-03-01", "--to", "2026-03-31",
                "--region", "Wales"]) == 2
    assert "no store in the region Wales" in capsys.readouterr().err
    assert run([*base, "retention-sweep", "--complaint-years", "6"]) == 0
    assert "Anonymised 0 complaints and 0 incidents" in capsys.readouterr().out
    assert run([*base, "settings", "--incident-years", "3", "--silent-days", "14"]) == 0
    assert "at most 3 years after they happened" in capsys.readouterr().out
    assert run([*base, "settings", "--silent-days", "0"]) == 2
    assert "Choose between 1 and 365 days" in capsys.readouterr().err
    assert run([*base, "settings"]) == 0
    assert "silent after 14 days" in capsys.readouterr().out
    assert run([*base, "revoke-store", "GLA01"]) == 0
    assert run([*base, "import", str(made.path)]) == 1
    assert "refused" in capsys.readouterr().out


def test_without_a_database_it_says_which_is_needed(capsys, monkeypatch):
    monkeypatch.delenv("COMPLAINT_LOGGER_HEAD_OFFICE_DB", raising=False)
    assert run(["head-office", "init"]) == 2
    assert "--database postgresql://" in capsys.readouterr().err


def test_head_office_gui_is_started_by_the_launcher_with_its_database(monkeypatch):
    from desktop_app.launcher import _head_office_gui
    monkeypatch.delenv("COMPLAINT_LOGGER_HEAD_OFFICE_DB", raising=False)
    assert _head_office_gui(["head-office", "--database", "postgresql://ho/db", "gui"]) \
        == "postgresql://ho/db"
    assert _head_office_gui(["head-office", "import", "x"]) is None
    assert _head_office_gui(["export"]) is None
    monkeypatch.setenv("COMPLAINT_LOGGER_HEAD_OFFICE_DB", "postgresql://env/db")
    assert _head_office_gui(["head-office", "gui"]) == "postgresql://env/db"
