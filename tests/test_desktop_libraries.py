"""A Linux desktop missing Qt's X11 libraries is told which packages to install."""

from __future__ import annotations

from desktop_app import desktop_libraries as libs
from desktop_app.launcher import main


def test_the_packages_named_are_those_of_the_libraries_that_do_not_load():
    absent = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-cursor.so.0"}
    assert libs.missing_packages(lambda name: name not in absent) == [
        "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"]
    assert libs.missing_packages(lambda name: True) == []


def test_only_linux_with_the_x11_platform_needs_them():
    assert libs.needs_x11_libraries({}, "linux")
    assert libs.needs_x11_libraries({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not libs.needs_x11_libraries({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not libs.needs_x11_libraries({}, "win32")


def test_the_launcher_says_what_to_install_instead_of_aborting(monkeypatch, capsys):
    monkeypatch.setattr(libs, "needs_x11_libraries", lambda: True)
    monkeypatch.setattr(libs, "missing_packages", lambda: ["libxcb-icccm4", "libxcb-keysyms1"])
    assert main([]) == 1
    said = capsys.readouterr().err
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in said
    assert main(["head-office", "--database", "postgresql://ho@/ho", "gui"]) == 1
    assert "sudo apt-get install libxcb-icccm4" in capsys.readouterr().err
