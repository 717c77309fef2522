"""Which of a store's changes head office holds, from the ranges of the bundles received.

A bundle covers `sequence_from`..`sequence_to` whole: a number inside it that does not
appear is a record changed again later, not a gap. Head office acknowledges everything
up to the end of the run that starts at 1 and has no gap; a gap is a bundle not (yet)
received between two that were.
"""

from __future__ import annotations

from collections.abc import Iterable


def merged(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges joined where they touch or overlap, in order."""
    out: list[list[int]] = []
    for first, last in sorted(ranges):
        if out and first <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], last)
        else:
            out.append([first, last])
    return [(first, last) for first, last in out]


def covered_through(ranges: Iterable[tuple[int, int]]) -> int:
    """The highest sequence held with nothing missing before it (0: not even the first)."""
    blocks = merged(ranges)
    return blocks[0][1] if blocks and blocks[0][0] <= 1 else 0


def gaps(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The missing ranges between what was received (from 1 on)."""
    found, expected = [], 1
    for first, last in merged(ranges):
        if first > expected:
            found.append((expected, first - 1))
        expected = last + 1
    return found
