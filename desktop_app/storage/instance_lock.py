"""Who has the database open: a lock file beside it, shared by users, exclusive for a restore.

Replacing a database file that another process has open leaves that process writing into
the old file (it keeps the old inode), so every reference it shows from then on is lost.
Every process that opens the database holds a shared lock on `NAME.lock` for as long as it
has it open; a restore takes the exclusive lock, which it gets only when nobody else holds
any, and holds it until the new file is in place. The operating system drops a lock when
its process dies, so a crashed till never blocks a restore.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop_app.private_files import FILE_MODE, tighten


class DatabaseInUse(RuntimeError):
    """Another program has the database open (or is restoring it); the message says so."""


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


if sys.platform == "win32":                                   # pragma: no cover - Windows
    import ctypes
    import msvcrt
    from ctypes import wintypes

    class _Overlapped(ctypes.Structure):
        _fields_ = [("Internal", ctypes.c_void_p), ("InternalHigh", ctypes.c_void_p),
                    ("Offset", wintypes.DWORD), ("OffsetHigh", wintypes.DWORD),
                    ("hEvent", wintypes.HANDLE)]

    _EXCLUSIVE, _FAIL_IMMEDIATELY = 0x2, 0x1

    def _try_lock(fd: int, exclusive: bool) -> bool:
        handle = msvcrt.get_osfhandle(fd)
        flags = _FAIL_IMMEDIATELY | (_EXCLUSIVE if exclusive else 0)
        return bool(ctypes.windll.kernel32.LockFileEx(
            handle, flags, 0, 1, 0, ctypes.byref(_Overlapped())))

    def _unlock(fd: int) -> None:
        ctypes.windll.kernel32.UnlockFileEx(msvcrt.get_osfhandle(fd), 0, 1, 0,
                                            ctypes.byref(_Overlapped()))
else:
    import fcntl

    def _try_lock(fd: int, exclusive: bool) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class InstanceLock:
    """A held lock; `release()` (or process exit) lets go of it."""

    def __init__(self, db_path: Path, *, exclusive: bool) -> None:
        path = lock_path(Path(db_path))
        self.exclusive = exclusive
        self._fd: int | None = os.open(path, os.O_CREAT | os.O_RDWR, FILE_MODE)
        tighten(path)
        if not _try_lock(self._fd, exclusive):
            os.close(self._fd)
            self._fd = None
            if exclusive:
                raise DatabaseInUse(
                    f"{db_path} is open in another window or program (the till may be "
                    "running). Close Till Complaint Logger everywhere it uses this database, "
                    "then try again. Nothing was changed.")
            raise DatabaseInUse(f"{db_path} is being restored from a backup right now. "
                                "Wait until the restore has finished, then start again.")

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is not None:
            try:
                _unlock(self._fd)
            finally:
                os.close(self._fd)
                self._fd = None


def hold_shared(db_path: Path) -> InstanceLock:
    return InstanceLock(db_path, exclusive=False)


def hold_exclusive(db_path: Path) -> InstanceLock:
    return InstanceLock(db_path, exclusive=True)
