"""Where the program's own files are: source tree, installed wheel or frozen bundle.

`resources/` and `db/` live at the top of the repository (the design card). A wheel
carries them inside the package as `desktop_app/_bundled/...` (hatchling force-include),
and a PyInstaller bundle puts them beside the executable's `_internal` folder. This is
the one place that knows all three layouts; everything else asks it.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    found = [_PACKAGE_DIR / "_bundled" / name]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        found.append(Path(frozen_root) / name)
    found.append(_PACKAGE_DIR.parent / name)  # source tree or editable install
    return found


@cache
def _locate(name: str) -> Path:
    for candidate in _candidates(name):
        if candidate.is_dir():
            return candidate
    tried = ", ".join(str(c) for c in _candidates(name))
    raise FileNotFoundError(f"The program's '{name}' folder is missing (looked in {tried}).")


def resources_dir() -> Path:
    return _locate("resources")


def migrations_dir() -> Path:
    return _locate("db")


def head_office_migrations_dir() -> Path:
    return migrations_dir() / "head_office"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
