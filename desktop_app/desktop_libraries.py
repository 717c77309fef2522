"""The Linux libraries Qt's window needs, and the Debian packages that bring them.

A fresh Linux desktop may lack a few of the X11 libraries Qt's xcb platform loads; Qt then
aborts with "no Qt platform plugin could be initialized" and no hint of what to install.
Before the window is made, each library is loaded once (as Qt would load it) and the
missing ones are named by package, so the person can type the one `apt-get` line.
Windows, macOS and the offscreen platform need nothing here, nor does the packaged program
(PyInstaller carries the libraries it found beside it, where this check would not look).
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable

#: Library (as the loader names it) -> the Debian/Ubuntu package that has it.
XCB_LIBRARIES = {
    "libX11.so.6": "libx11-6", "libX11-xcb.so.1": "libx11-xcb1", "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0", "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1", "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1", "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0", "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1", "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6", "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}


def _loads(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def needs_x11_libraries(environ: dict[str, str] | None = None,
                        platform: str | None = None) -> bool:
    """Linux with Qt's default (xcb) platform: the window will load the X11 libraries."""
    if getattr(sys, "frozen", False):
        return False
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    chosen = environ.get("QT_QPA_PLATFORM", "")
    return platform.startswith("linux") and chosen in ("", "xcb")


def missing_packages(loads: Callable[[str], bool] = _loads) -> list[str]:
    """The packages to install for the libraries that cannot be loaded, in order."""
    return sorted({package for library, package in XCB_LIBRARIES.items()
                   if not loads(library)})


def explain(packages: list[str]) -> str:
    return ("The window cannot open: this Linux desktop lacks libraries that Qt needs. "
            "Install them, then start again:\n\n    sudo apt-get install "
            + " ".join(packages) + "\n")


def window_can_open() -> bool:
    """True when Qt's window can be made here; otherwise says on stderr which packages
    to install, and False."""
    if not needs_x11_libraries():
        return True
    missing = missing_packages()
    if missing:
        sys.stderr.write(explain(missing))
    return not missing
