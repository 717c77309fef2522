"""Head office's view of a store's sequence: what it holds without a gap, and the gaps."""

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.bundle_ranges import covered_through, gaps, merged


def test_ranges_join_where_they_touch_and_the_run_from_one_is_acknowledged():
    assert merged([(6, 9), (1, 5), (12, 20)]) == [(1, 9), (12, 20)]
    assert covered_through([(6, 9), (1, 5), (12, 20)]) == 9
    assert gaps([(6, 9), (1, 5), (12, 20)]) == [(10, 11)]


def test_nothing_from_the_start_acknowledges_nothing():
    assert covered_through([(4, 9)]) == 0 and gaps([(4, 9)]) == [(1, 3)]
    assert covered_through([]) == 0 and gaps([]) == []


def test_the_same_bundle_twice_or_overlapping_ones_change_nothing():
    assert covered_through([(1, 5), (1, 5), (3, 8)]) == 8


@given(st.lists(st.tuples(st.integers(1, 60), st.integers(0, 10)), max_size=12))
def test_covered_and_gaps_agree_with_counting_number_by_number(pairs):
    ranges = [(first, first + length) for first, length in pairs]
    held = {n for first, last in ranges for n in range(first, last + 1)}
    through = 0
    while through + 1 in held:
        through += 1
    assert covered_through(ranges) == through
    missing = {n for first, last in gaps(ranges) for n in range(first, last + 1)}
    top = max(held, default=0)
    assert missing == {n for n in range(1, top + 1) if n not in held}
