"""Small, real values for tests: a PNG the signature checks accept (or refuse by size)."""

from __future__ import annotations

import struct
import zlib


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(width: int = 3, height: int = 2) -> bytes:
    """A white greyscale PNG. Its header says `width` × `height`; the pixel data is only
    written for small images (the checks read the header, which is what a bomb lies in)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\xff" * width for _ in range(height)) \
        if width * height <= 1_000_000 else b"\x00"
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(rows)) + _chunk(b"IEND", b""))


SIGNATURE = png()
