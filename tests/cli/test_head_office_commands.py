"""The head-office commands as a shop's IT person and a scheduled task run them."""

from __future__ import annotations

import io

from desktop_app.cli.main import run
from desktop_app.sealing.keys import HeadOfficeKeys, StorePublicKey
from tests.conftest import MANAGER_PIN
from tests.services.test_head_office_link import _save, acknowledge


def test_install_export_bundle_acknowledge_and_check(ctx, staff, tmp_path, monkeypatch,
                                                     capsys):
    db = ["--db", str(ctx.db_path)]
    head_office = HeadOfficeKeys.generate()
    key_file = tmp_path / "head-office.key"
    key_file.write_bytes(head_office.public.to_file())
    _save(ctx, staff)
    ctx.close()
    monkeypatch.setattr("sys.stdin", io.StringIO(MANAGER_PIN + "\n"))
    assert run([*db, "head-office-key", "install", str(key_file), "--user", "M01",
                "--pin-stdin"]) == 0
    assert head_office.public.fingerprint in capsys.readouterr().out
    assert run([*db, "store-key", "export", "--out", str(tmp_path / "till.key")]) == 0
    till = StorePublicKey.from_file((tmp_path / "till.key").read_bytes())
    assert till.fingerprint in capsys.readouterr().out
    assert run([*db, "bundle", "--out", str(tmp_path / "out")]) == 0       # unattended
    out = capsys.readouterr().out
    assert "1 complaints" in out
    (bundle,) = (tmp_path / "out").iterdir()
    ack, last = acknowledge(bundle, head_office, till, tmp_path)
    assert run([*db, "head-office-ack", str(ack)]) == 0
    assert f"up to {last}; 0 waiting" in capsys.readouterr().out
    assert run([*db, "check"]) == 0
    out = capsys.readouterr().out
    assert till.fingerprint in out and head_office.public.fingerprint in out


def test_a_bad_key_file_is_a_sentence_not_a_traceback(ctx, tmp_path, monkeypatch, capsys):
    bad = tmp_path / "not-a-key"
    bad.write_text("hello")
    ctx.close()
    monkeypatch.setattr("sys.stdin", io.StringIO(MANAGER_PIN + "\n"))
    assert run(["--db", str(ctx.db_path), "head-office-key", "install", str(bad), "--user",
                "M01", "--pin-stdin"]) == 2
    err = capsys.readouterr().err
    assert "not head office's public key" in err and "Nothing was changed" in err
