"""Strict test set-up: offscreen Qt, no real dialogs, Qt warnings fail the test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("COMPLAINT_LOGGER_DB", None)

from datetime import datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from desktop_app.domain.clock import FixedClock  # noqa: E402
from desktop_app.services import setup  # noqa: E402
from desktop_app.services.context import AppContext, open_app  # noqa: E402

MANAGER_PIN = "246810"
STAFF_PIN = "1357"
SUPERVISOR_PIN = "8642"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 3, 10, 10, 30))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "complaints.db"


def set_up_store(context: AppContext) -> None:
    """Glasgow, Scotland, with a manager, a supervisor and a staff member."""
    manager = setup.initialise(context, store_name="Glasgow Central", store_code="GLA01",
                               jurisdiction="scotland", manager_name="Morag Manager",
                               manager_code="M01", pin=MANAGER_PIN)
    from desktop_app.domain.staff import Role
    from desktop_app.services import auth

    auth.add_staff(context, manager, name="Sam Staff", code="S01", role=Role.STAFF, pin=STAFF_PIN)
    auth.add_staff(context, manager, name="Suzy Supervisor", code="V01", role=Role.SUPERVISOR,
                   pin=SUPERVISOR_PIN)


@pytest.fixture(scope="session")
def store_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The set-up store made once per test process through the real services (three
    argon2 hashes cost a third of a second), then copied for each test while closed."""
    path = tmp_path_factory.mktemp("template") / "complaints.db"
    context = open_app(path, clock=FixedClock(datetime(2026, 3, 10, 10, 30)))
    set_up_store(context)
    context.close()
    return path


@pytest.fixture
def ctx(db_path: Path, clock: FixedClock, store_template: Path) -> AppContext:
    """A set-up store (Glasgow, Scotland) with a manager, a supervisor and a staff member."""
    import shutil

    from desktop_app.storage.audit_anchor import anchor_path

    shutil.copyfile(store_template, db_path)          # closed: no WAL beside it
    shutil.copyfile(anchor_path(store_template), anchor_path(db_path))
    context = open_app(db_path, clock=clock)
    yield context
    _wait_for_background_work()
    context.close()


def _wait_for_background_work() -> None:
    """Queries a screen started on the thread pool finish before their database closes."""
    import sys

    qt_core = sys.modules.get("PySide6.QtCore")
    if qt_core is not None:
        qt_core.QThreadPool.globalInstance().waitForDone(30_000)


@pytest.fixture
def manager(ctx):
    from desktop_app.services import auth
    return auth.sign_in(ctx, "M01", MANAGER_PIN)


@pytest.fixture
def staff(ctx):
    from desktop_app.services import auth
    return auth.sign_in(ctx, "S01", STAFF_PIN)


@pytest.fixture
def supervisor(ctx):
    from desktop_app.services import auth
    return auth.sign_in(ctx, "V01", SUPERVISOR_PIN)


@pytest.fixture
def cardiff(tmp_path):  # noqa: ANN201 - (AppContext, its manager)
    """A store in Wales (it offers Welsh), set up with only its manager, M01."""
    ctx = open_app(tmp_path / "cardiff.db", clock=FixedClock(datetime(2026, 3, 10, 10, 30)))
    boss = setup.initialise(ctx, store_name="Caerdydd Canol", store_code="CDF01",
                            jurisdiction="wales", manager_name="Megan Rheolwr",
                            manager_code="M01", pin=MANAGER_PIN)
    yield ctx, boss
    ctx.close()
