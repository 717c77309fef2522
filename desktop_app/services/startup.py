"""What follows once the sign-in screen is up, off the UI thread and in this order:

1. the page check (SQLite's quick_check, every page read: seconds on ten years of records),
   which settles `ctx.integrity` so that saves may go ahead (or are refused, on damage);
2. today's automatic backup, on its own read connection;
3. the retention sweep, in batches that each let go of the writer.

Nothing here grows with the data before a person can sign in: opening the file reads only
its versions and triggers (`maintenance.startup_check(thorough=False)`).
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime

from desktop_app.services import data_protection, maintenance
from desktop_app.services.context import AppContext

log = logging.getLogger(__name__)

DAMAGE_FOUND = (" Nothing more can be saved into it. A manager can restore the newest good "
                "backup in Settings, Backups; until then, write complaints on paper.")


def check_pages(ctx: AppContext) -> bool:
    """The start-up page check; settles `ctx.integrity` whatever happens."""
    try:
        found = maintenance.startup_check(ctx.db.path)
    except Exception:  # noqa: BLE001 - a check that cannot run must not switch saving off
        log.warning("The start-up page check could not run", exc_info=True)
        ctx.integrity.settle(True)
        return True
    sound = found.ok or not found.damaged
    ctx.integrity.settle(sound, "" if sound else found.message + DAMAGE_FOUND)
    return sound


def after_opening(ctx: AppContext, *, stop: threading.Event | None = None) -> None:
    """The page check, then today's backup and the sweep once the file is known sound.
    Each failure is logged without its data and tried again at the next start; `stop`
    (set when the program closes) ends the sweep after its current batch."""
    if not check_pages(ctx):
        return
    try:
        days = maintenance.keep_days_from_file(ctx.db.path)
        maintenance.automatic_backup(ctx.db.path, now=datetime.now(), keep_days=days)
    except Exception:  # noqa: BLE001 - a failed daily backup must never stop the till
        log.warning("The automatic backup failed", exc_info=True)
    try:
        data_protection.retention_sweep(ctx, stop=stop)
    except Exception:  # noqa: BLE001 - carried on at the next start; never stops the till
        log.warning("The retention sweep failed", exc_info=True)
