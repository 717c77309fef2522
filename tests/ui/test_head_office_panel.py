"""A manager links the till to head office and sends a bundle, through the Backups screen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.sealing.keys import HeadOfficeKeys, StorePublicKey
from tests.conftest import MANAGER_PIN
from tests.services.test_head_office_link import _save, acknowledge
from tests.ui.helpers import open_window, sign_in

CLICK = Qt.MouseButton.LeftButton


def test_install_the_key_send_a_bundle_and_read_the_acknowledgement(qtbot, ctx, staff,
                                                                    tmp_path, monkeypatch):
    _save(ctx, staff)
    head_office = HeadOfficeKeys.generate()
    key_file = tmp_path / "head-office.key"
    key_file.write_bytes(head_office.public.to_file())
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    qtbot.mouseClick(window.home.backups_button, CLICK)
    panel = window.backups.head_office
    assert panel.values["headOfficeFingerprint"].text() == "Not installed yet"
    assert not panel.send_button.isEnabled()
    monkeypatch.setattr(panel, "choose_file", lambda title: str(key_file))
    qtbot.mouseClick(panel.findChild(type(panel.send_button), "installHeadOfficeKeyButton"),
                     CLICK)
    assert head_office.public.fingerprint in panel.message.text()
    assert panel.values["headOfficeFingerprint"].text() == head_office.public.fingerprint
    assert panel.values["acknowledged"].text() == ("every change up to 0; 1 changed since, "
                                                   "waiting to be sent")
    stick = tmp_path / "stick"
    monkeypatch.setattr(panel, "choose_folder", lambda: str(stick))
    with qtbot.waitSignal(panel.sending.done):
        qtbot.mouseClick(panel.send_button, CLICK)
    assert panel.message.text().startswith("Sealed changes 1 to")
    assert panel.send_button.isEnabled()
    said = panel.message.text()
    qtbot.mouseClick(window.backups.findChild(type(panel.send_button), "backupBackButton"),
                     CLICK)
    qtbot.mouseClick(window.home.backups_button, CLICK)
    assert panel.message.text() == said             # still said on coming back
    (bundle,) = stick.iterdir()
    saved_key = tmp_path / "till.json"
    monkeypatch.setattr(panel, "choose_save", lambda: str(saved_key))
    qtbot.mouseClick(panel.findChild(type(panel.send_button), "saveStoreKeyButton"), CLICK)
    till = StorePublicKey.from_file(saved_key.read_bytes())
    assert panel.values["storeFingerprint"].text() == till.fingerprint
    ack, last = acknowledge(bundle, head_office, till, tmp_path)
    monkeypatch.setattr(panel, "choose_file", lambda title: str(ack))
    qtbot.mouseClick(panel.findChild(type(panel.send_button), "readAckButton"), CLICK)
    assert panel.message.text() == f"Head office has every change up to {last}."
    assert panel.values["acknowledged"].text().startswith(f"every change up to {last}; 0 ")


def test_a_file_that_is_not_a_key_says_so_beside_the_buttons(qtbot, ctx, tmp_path, monkeypatch):
    bad = tmp_path / "photo.jpg"
    bad.write_bytes(b"\xff\xd8\xff not a key")
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    qtbot.mouseClick(window.home.backups_button, CLICK)
    panel = window.backups.head_office
    monkeypatch.setattr(panel, "choose_file", lambda title: str(bad))
    qtbot.mouseClick(panel.findChild(type(panel.send_button), "installHeadOfficeKeyButton"),
                     CLICK)
    assert "not head office's public key" in panel.message.text()
    assert panel.values["headOfficeFingerprint"].text() == "Not installed yet"
