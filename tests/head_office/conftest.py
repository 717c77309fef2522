"""A real PostgreSQL server for head office's tests (never a mock, never skipped): one
per test process, started in a folder of its own (scripts/throwaway_postgres.py), and a
fresh database for each test."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop_app.services import head_office, head_office_link

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def pg_server():
    sys.path.insert(0, str(ROOT / "scripts"))
    from throwaway_postgres import ThrowawayPostgres

    server = ThrowawayPostgres().start()
    yield server
    server.stop()


@pytest.fixture
def ho_url(pg_server) -> str:
    return pg_server.create_database()


@pytest.fixture
def ho(ho_url, tmp_path, clock):
    """Head office, set up, with no store registered yet."""
    folder = tmp_path / "head-office"
    head_office.initialise(ho_url, folder)
    opened = head_office.open_head_office(ho_url, folder, clock)
    yield opened
    opened.close()


@pytest.fixture
def linked_till(ctx, manager, ho):
    """The test store (GLA01) registered at head office and holding head office's key."""
    public = (ho.folder / head_office.PUBLIC_KEY_FILE).read_bytes()
    head_office_link.install_head_office_key(ctx, manager, public)
    head_office.register_store(ho, "GLA01", head_office_link.export_store_key(ctx),
                               name="Glasgow Central", region="Scotland")
    return ctx
