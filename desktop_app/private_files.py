"""Files and folders the program writes are readable by this user only, from their first byte.

Everything the program writes holds personal data (the database, its backups, PDFs, exports,
subject access packs), so nothing is created with the umask's 0644 and tightened later:
files are opened 0600 and folders made 0700. A file is written beside its target as
`NAME.PID.partial` and renamed into place, so a full USB stick leaves no half-written file;
the partial file is removed whatever stops the write.

Plain Python on purpose: storage, services, the command line and the UI all use it.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700
PARTIAL_SUFFIX = ".partial"


def tighten(path: Path, mode: int = FILE_MODE) -> None:
    """Make an existing file (or folder) private; a FAT-formatted USB stick has no
    permissions to set, which is not an error."""
    try:
        if stat.S_IMODE(os.stat(path).st_mode) & 0o077:
            os.chmod(path, mode)
    except OSError:
        pass


def private_dir(path: Path) -> Path:
    """Create a folder (and any missing parents) at 0700. Folders that already exist are
    left as they are: a USB stick's folder or a home folder is not ours to change."""
    path = Path(path)
    missing = []
    probe = path
    while not probe.exists():
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=DIR_MODE)
        except FileExistsError:
            continue
        tighten(folder, DIR_MODE)        # mkdir's mode is masked by the umask
    return path


def create_private(path: Path) -> None:
    """An empty file at 0600 (left as it is if it exists already)."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, FILE_MODE)
    os.close(fd)
    tighten(path)


def partial_path(target: Path) -> Path:
    """Beside the target, named for this process: two programs writing the same file at
    once (two head-office importers acknowledging one store) each rename a whole file."""
    return target.with_name(f"{target.name}.{os.getpid()}{PARTIAL_SUFFIX}")


@contextlib.contextmanager
def partial_file(target: Path) -> Iterator[Path]:
    """A private, empty `target.partial` for the caller to fill; renamed onto `target` when
    the block ends normally, removed when it raises."""
    target = Path(target)
    private_dir(target.parent)
    partial = partial_path(target)
    partial.unlink(missing_ok=True)
    try:
        create_private(partial)
        yield partial
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise


def write_private(target: Path, data: bytes) -> Path:
    """Write `data` to `target`, private to this user, all or nothing. Raises OSError."""
    with partial_file(Path(target)) as partial:
        fd = os.open(partial, os.O_WRONLY | os.O_TRUNC, FILE_MODE)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    return Path(target)
