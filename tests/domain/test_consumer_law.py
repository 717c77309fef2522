"""Consumer Rights Act 2015 hints, case by case. Each expectation is worked out from the Act:

- goods: short-term right to reject to the end of day 30 after delivery (s22(3)-(4));
  repair or replacement (s23); after one failed repair/replacement, price reduction or final
  rejection (s24(5)); presumption of a fault at delivery within 6 months (s19(14)-(15));
  no deduction for use on a final rejection within 6 months, except motor vehicles
  (s24(10)-(11));
- services: repeat performance (s55), price reduction (s56);
- digital content: repair or replacement (s43), price reduction (s44), device damage (s46);
- limitation: 6 years (Limitation Act 1980 s5), 5 years in Scotland (1973 Act s6).
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.consumer_law import (Issue, PurchaseFacts, Remedy, Supply, add_months,
                                             assess, long_date)

G, S, D = Supply.GOODS, Supply.SERVICE, Supply.DIGITAL
REJECT, REPAIR, REDUCE, FINAL, REPEAT, DEVICE = (
    Remedy.SHORT_TERM_REJECT, Remedy.REPAIR_OR_REPLACE, Remedy.PRICE_REDUCTION,
    Remedy.FINAL_REJECT, Remedy.REPEAT_PERFORMANCE, Remedy.DEVICE_COMPENSATION)
DELIVERED = date(2026, 1, 10)


def day(n: int) -> date:
    """The n-th day after delivery on 10 January 2026."""
    return date.fromordinal(DELIVERED.toordinal() + n)


CASES = [
    # id, supply, issue, reported, tried, jurisdiction, expected remedies (in order)
    ("goods faulty day 0", G, Issue.FAULTY, day(0), False, "england", [REJECT, REPAIR]),
    ("goods faulty day 1", G, Issue.FAULTY, day(1), False, "england", [REJECT, REPAIR]),
    ("goods faulty day 29", G, Issue.FAULTY, day(29), False, "england", [REJECT, REPAIR]),
    ("goods faulty day 30: last day to reject", G, Issue.FAULTY, day(30), False, "england",
     [REJECT, REPAIR]),
    ("goods faulty day 31: repair first", G, Issue.FAULTY, day(31), False, "england", [REPAIR]),
    ("goods not as described day 10", G, Issue.NOT_AS_DESCRIBED, day(10), False, "england",
     [REJECT, REPAIR]),
    ("goods not fit for purpose day 45", G, Issue.NOT_FIT_FOR_PURPOSE, day(45), False, "wales",
     [REPAIR]),
    ("goods failed repair day 60", G, Issue.FAULTY, day(60), True, "england", [REDUCE, FINAL]),
    ("goods failed repair within 30 days keeps reject", G, Issue.FAULTY, day(20), True,
     "england", [REJECT, REDUCE, FINAL]),
    ("goods failed repair after 6 months", G, Issue.FAULTY, date(2026, 8, 1), True, "england",
     [REDUCE, FINAL]),
    ("goods month 5", G, Issue.FAULTY, date(2026, 6, 9), False, "england", [REPAIR]),
    ("goods exactly 6 months", G, Issue.FAULTY, date(2026, 7, 10), False, "england", [REPAIR]),
    ("goods 6 months and a day", G, Issue.FAULTY, date(2026, 7, 11), False, "england",
     [REPAIR]),
    ("goods 2 years on", G, Issue.FAULTY, date(2028, 1, 9), False, "northern_ireland",
     [REPAIR]),
    ("goods 5 years 11 months in England", G, Issue.FAULTY, date(2031, 12, 10), False,
     "england", [REPAIR]),
    ("goods 5 years 11 months in Scotland: out of time", G, Issue.FAULTY, date(2031, 12, 10),
     False, "scotland", []),
    ("goods exactly 5 years in Scotland", G, Issue.FAULTY, date(2031, 1, 10), False,
     "scotland", [REPAIR]),
    ("goods 5 years and a day in Scotland", G, Issue.FAULTY, date(2031, 1, 11), False,
     "scotland", []),
    ("goods exactly 6 years in England", G, Issue.FAULTY, date(2032, 1, 10), False, "england",
     [REPAIR]),
    ("goods over 6 years in England", G, Issue.FAULTY, date(2032, 1, 11), False, "england", []),
    ("goods over 6 years in Wales", G, Issue.FAULTY, date(2033, 3, 1), False, "wales", []),
    ("change of mind", G, Issue.NONE, day(3), False, "england", []),
    ("service poor care", S, Issue.NOT_REASONABLE_CARE, day(5), False, "england",
     [REPEAT, REDUCE]),
    ("service not as agreed", S, Issue.NOT_AS_AGREED, day(5), False, "scotland",
     [REPEAT, REDUCE]),
    ("service redone and still wrong", S, Issue.NOT_REASONABLE_CARE, day(50), True, "england",
     [REDUCE]),
    ("service after 31 days still repeat", S, Issue.NOT_REASONABLE_CARE, day(200), False,
     "england", [REPEAT, REDUCE]),
    ("service over 6 years", S, Issue.NOT_REASONABLE_CARE, date(2032, 2, 1), False, "england",
     []),
    ("digital faulty", D, Issue.FAULTY, day(2), False, "england", [REPAIR, REDUCE]),
    ("digital faulty day 40: never a right to reject", D, Issue.FAULTY, day(40), False,
     "england", [REPAIR, REDUCE]),
    ("digital failed fix", D, Issue.FAULTY, day(40), True, "england", [REDUCE, REPAIR]),
    ("digital damaged a device", D, Issue.DEVICE_DAMAGED, day(3), False, "england",
     [REPAIR, REDUCE, DEVICE]),
    ("digital not as described", D, Issue.NOT_AS_DESCRIBED, day(3), False, "scotland",
     [REPAIR, REDUCE]),
    ("digital over 5 years in Scotland", D, Issue.FAULTY, date(2031, 6, 1), False, "scotland",
     []),
]


@pytest.mark.parametrize(("supply", "issue", "reported", "tried", "jurisdiction", "expected"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_remedies(supply, issue, reported, tried, jurisdiction, expected):
    facts = PurchaseFacts(supply, issue, DELIVERED, None, reported, tried, jurisdiction)
    assert [r.remedy for r in assess(facts).remedies] == expected


def test_there_are_at_least_thirty_cases():
    assert len(CASES) >= 30


def test_reasoning_uses_the_actual_dates_and_cites_the_act():
    hint = assess(PurchaseFacts(G, Issue.FAULTY, date(2026, 2, 1), date(2026, 2, 14),
                                date(2026, 3, 10)))
    reject = hint.remedies[0]
    assert "14 February 2026" in reject.reasoning and "10 March 2026" in reject.reasoning
    assert "day 24 of the 30 days, which end on 16 March 2026" in reject.reasoning
    assert "within 14 days" in reject.reasoning and "same payment method" in reject.reasoning
    assert "s22" in reject.section
    assert any("14 August 2026" in note for note in hint.notes)           # 6 months on
    assert any("until 14 February 2032" in note for note in hint.notes)   # 6-year limit


def test_within_six_months_the_fault_is_presumed_and_after_it_must_be_shown():
    inside = assess(PurchaseFacts(G, Issue.FAULTY, DELIVERED, None, date(2026, 7, 10)))
    after = assess(PurchaseFacts(G, Issue.FAULTY, DELIVERED, None, date(2026, 7, 11)))
    assert "taken to have been there at delivery" in inside.notes[0]
    assert "may need to show" in after.notes[0]


@pytest.mark.parametrize(("reported", "motor", "phrase"), [
    (date(2026, 5, 1), False, "no deduction for use"),
    (date(2026, 9, 1), False, "deduction for the use"),
    (date(2026, 5, 1), True, "deduction for use is allowed for a motor vehicle"),
])
def test_deduction_for_use_on_a_final_rejection(reported, motor, phrase):
    facts = PurchaseFacts(G, Issue.FAULTY, DELIVERED, None, reported, True, motor_vehicle=motor)
    final = next(r for r in assess(facts).remedies if r.remedy is FINAL)
    assert phrase in final.reasoning


def test_the_delivery_date_counts_not_the_purchase_date():
    facts = PurchaseFacts(G, Issue.FAULTY, date(2026, 1, 1), date(2026, 2, 20),
                          date(2026, 3, 20))                 # 78 days after purchase
    assert assess(facts).remedies[0].remedy is REJECT       # 28 days after delivery


def test_out_of_time_says_when_time_ran_out_and_allows_goodwill():
    hint = assess(PurchaseFacts(G, Issue.FAULTY, DELIVERED, None, date(2031, 6, 1),
                                jurisdiction="scotland"))
    assert hint.out_of_time and hint.claim_deadline == date(2031, 1, 10)
    assert "10 January 2031" in hint.notes[0] and "goodwill" in hint.notes[0]
    assert "Prescription and Limitation (Scotland) Act 1973" in hint.notes[0]


def test_no_dates_still_offers_repair_and_asks_for_the_receipt():
    hint = assess(PurchaseFacts(G, Issue.FAULTY, None, None, date(2026, 3, 10)))
    assert [r.remedy for r in hint.remedies] == [REPAIR]
    assert any("receipt" in note for note in hint.notes)


def test_every_hint_says_it_is_not_legal_advice_and_never_limits_the_store():
    for case in CASES:
        hint = assess(PurchaseFacts(case[1], case[2], DELIVERED, None, case[3], case[4],
                                    case[5]))
        assert "not legal advice" in hint.disclaimer and "more" in hint.disclaimer


@pytest.mark.parametrize(("start", "months", "expected"), [
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2024, 8, 31), 6, date(2025, 2, 28)),
    (date(2024, 2, 29), 12, date(2025, 2, 28)),
    (date(2026, 12, 15), 1, date(2027, 1, 15)),
])
def test_calendar_months_clamp_to_the_month_end(start, months, expected):
    assert add_months(start, months) == expected


def test_long_dates_read_as_people_write_them():
    assert long_date(date(2026, 3, 1)) == "1 March 2026"
