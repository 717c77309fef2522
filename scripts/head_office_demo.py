"""`make head-office-demo`: a throwaway PostgreSQL in a folder, twenty demonstration stores
sending their bundles, imported, and the head-office window open on them.

Sign in with code HO1 (the whole chain, incidents included) or RM1 (the North only, no
incidents); no password: the throwaway server trusts its own socket. Everything is made-up
and goes when the window closes.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime
from pathlib import Path


ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from desktop_app.services import (auth, demo, head_office, head_office_link,  # noqa: E402
                                  setup)
from desktop_app.services.context import open_app  # noqa: E402
from throwaway_postgres import ThrowawayPostgres  # noqa: E402

STORES = 20
REGIONS = ("Scotland", "North", "Midlands", "South")
PLACES = ("Glasgow", "Leeds", "Derby", "Bristol", "Dundee", "York", "Leicester", "Exeter",
          "Aberdeen", "Hull", "Coventry", "Bath", "Perth", "Bradford", "Lincoln", "Brighton",
          "Stirling", "Durham", "Nottingham", "Poole")
NATIONS = {"Scotland": "scotland"}


def build(folder: Path, url: str) -> None:
    keys = folder / "head-office-keys"
    head_office.initialise(url, keys)
    ho = head_office.open_head_office(url, keys)
    public = (keys / head_office.PUBLIC_KEY_FILE).read_bytes()
    for number in range(1, STORES + 1):
        region = REGIONS[(number - 1) % len(REGIONS)]
        code, place = f"DEM{number:02d}", PLACES[number - 1]
        till = open_app(folder / f"{code}.db")
        setup.initialise(till, store_name=f"{place} High Street", store_code=code,
                         jurisdiction=NATIONS.get(region, "england"),
                         manager_name="Demo Manager", manager_code="M01", pin="246810")
        manager = auth.sign_in(till, "M01", "246810")
        demo.fill(till, complaints=150 + 20 * number, incidents=10 + number, seed=number,
                  years=1)
        head_office_link.install_head_office_key(till, manager, public)
        head_office.register_store(ho, code, head_office_link.export_store_key(till),
                                   name=f"{place} High Street", region=region)
        for path in head_office_link.make_bundle(till, manager, folder / "bundles").paths:
            head_office.import_bundle(ho, path, folder / "acks")
        till.close()
        print(f"{code} {place}: sent and imported", flush=True)
    head_office.add_person(ho, "HO1", "Harriet Chain", incidents=True)
    head_office.add_person(ho, "RM1", "Rhian Regional", region="North")
    ho.close()


def main() -> int:
    from desktop_app.desktop_libraries import window_can_open

    if not window_can_open():            # say so before building twenty stores
        return 1
    with tempfile.TemporaryDirectory(prefix="head-office-demo-") as folder, \
            ThrowawayPostgres() as server:
        url = server.create_database("head_office_demo")
        build(Path(folder), url)
        print(f"{datetime.now():%H:%M} Head office is ready: sign in as HO1 (the chain) or RM1 "
              "(the North).", flush=True)
        from desktop_app.ui.head_office.window import run_head_office
        return run_head_office(url)


if __name__ == "__main__":
    sys.exit(main())
