"""Consumer Rights Act 2015 hints, case by case. Each expectation is worked out from the Act
(and the limitation statutes), not from the code:

- goods: short-term right to reject to the end of the 30 days beginning with the first day
  after delivery (s22(3)): delivered 10 January -> the 30 days are 11 January..9 February, so
  day 30 (9 February) yes, day 31 (10 February) no; repair or replacement (s23); after one
  failed repair/replacement, price reduction or final rejection (s24(5));
- presumption (s19(14)-(15), digital s42(9)-(10)): "the period of six months beginning with
  the day on which the goods were delivered": delivered 10 January -> 10 January..9 July;
  on 10 July the customer has to show the fault;
- no deduction for use on final rejection (s24(10)-(11)): 6 months beginning with the first
  day after delivery: 11 January..10 July; motor vehicles excepted (s24(10)(a));
- services: repeat performance (s55), price reduction (s56); no 30-day rule, no presumption;
- digital content: repair or replacement (s43), price reduction (s44), device damage (s46);
  no right to reject;
- limitation: 6 years (Limitation Act 1980 s5; NI Order 1989 art. 4), 5 in Scotland (1973 Act
  s6), the day of the breach not counted: supplied 10 January 2026 -> last day 10 January
  2032 (England), 10 January 2031 (Scotland).
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.consumer_law import (Issue, PurchaseFacts, Remedy, Supply, add_months,
                                             assess, last_day_of_months, long_date)

G, S, D = Supply.GOODS, Supply.SERVICE, Supply.DIGITAL
REJECT, REPAIR, REDUCE, FINAL, REPEAT, DEVICE = (
    Remedy.SHORT_TERM_REJECT, Remedy.REPAIR_OR_REPLACE, Remedy.PRICE_REDUCTION,
    Remedy.FINAL_REJECT, Remedy.REPEAT_PERFORMANCE, Remedy.DEVICE_COMPENSATION)
DELIVERED = date(2026, 1, 10)


def day(n: int) -> date:
    """The n-th day after delivery on 10 January 2026."""
    return date.fromordinal(DELIVERED.toordinal() + n)


def case(case_id, supply, issue, reported, expected, *, tried=False, where="england",
         motor=False, delivered=DELIVERED, bought=None, presumed=None, deduction=None):
    """presumed: True = the 6-month presumption applies, False = customer must show it.
    deduction: True = a deduction for use is allowed on final rejection, False = none."""
    facts = PurchaseFacts(supply, issue, bought or delivered, delivered, reported, tried, where,
                          motor)
    return pytest.param(facts, expected, presumed, deduction, id=case_id)


CASES = [
    # --- goods, the 30-day short-term right to reject (s22(3)) ---
    # reported on the delivery day: within the 30 days -> reject, or choose repair (s23)
    case("goods faulty day 0", G, Issue.FAULTY, day(0), [REJECT, REPAIR], presumed=True),
    case("goods faulty day 1", G, Issue.FAULTY, day(1), [REJECT, REPAIR], presumed=True),
    case("goods faulty day 29", G, Issue.FAULTY, day(29), [REJECT, REPAIR]),
    # 9 February is the 30th day beginning with 11 January: still in time
    case("goods faulty day 30: last day to reject", G, Issue.FAULTY, day(30),
         [REJECT, REPAIR]),
    # 10 February is outside the 30 days: only repair or replacement first (s23, s24(5))
    case("goods faulty day 31: repair first", G, Issue.FAULTY, day(31), [REPAIR],
         presumed=True),
    # s11 breach gives the same tiers as s9 (s19(3))
    case("goods not as described day 10", G, Issue.NOT_AS_DESCRIBED, day(10),
         [REJECT, REPAIR]),
    # s10 breach, 45 days on: past s22, so s23 first
    case("goods not fit for purpose day 45 (Wales)", G, Issue.NOT_FIT_FOR_PURPOSE, day(45),
         [REPAIR], where="wales"),
    # the 30 days run from delivery, not purchase: bought 1 Jan, delivered 20 Feb, day 28
    case("goods delivered later than bought: 30 days from delivery", G, Issue.FAULTY,
         date(2026, 3, 20), [REJECT, REPAIR], bought=date(2026, 1, 1),
         delivered=date(2026, 2, 20)),
    # a charger that damaged a phone is still faulty goods: s22 + s23 (damages via s19(11))
    case("goods damaged other property day 5", G, Issue.DEVICE_DAMAGED, day(5),
         [REJECT, REPAIR]),
    # --- goods, after one failed repair or replacement (s24(5)) ---
    case("goods failed repair day 60", G, Issue.FAULTY, day(60), [REDUCE, FINAL],
         tried=True, presumed=True, deduction=False),
    # still inside the 30 days: the short-term right is not lost (s22, s24(5))
    case("goods failed repair within 30 days keeps reject", G, Issue.FAULTY, day(20),
         [REJECT, REDUCE, FINAL], tried=True, deduction=False),
    # --- the month-6 boundary (delivery + 6 months = 10 July 2026) ---
    # day before: 9 July is the last day of the six months beginning 10 January (s19(15))
    case("month 6 day before: presumed", G, Issue.FAULTY, date(2026, 7, 9), [REPAIR],
         presumed=True),
    # on: 10 July falls outside s19(15)'s six months -> the customer must show the fault
    case("month 6 on the day: customer must show", G, Issue.FAULTY, date(2026, 7, 10),
         [REPAIR], presumed=False),
    case("month 6 day after: customer must show", G, Issue.FAULTY, date(2026, 7, 11),
         [REPAIR], presumed=False),
    # final rejection: s24(11)'s 6 months begin 11 January, end 10 July -> no deduction
    case("month 6 day before, failed repair: no deduction", G, Issue.FAULTY,
         date(2026, 7, 9), [REDUCE, FINAL], tried=True, presumed=True, deduction=False),
    case("month 6 on the day, failed repair: no deduction", G, Issue.FAULTY,
         date(2026, 7, 10), [REDUCE, FINAL], tried=True, presumed=False, deduction=False),
    case("month 6 day after, failed repair: deduction allowed", G, Issue.FAULTY,
         date(2026, 7, 11), [REDUCE, FINAL], tried=True, presumed=False, deduction=True),
    # delivered 31 August 2025: no 31 February, so the six months end 28 February 2026
    case("month-end delivery: presumed to the end of February", G, Issue.FAULTY,
         date(2026, 2, 28), [REPAIR], delivered=date(2025, 8, 31), presumed=True),
    # delivered 28 Feb 2026: s19 six months end 27 Aug; s24(11) months begin 1 Mar, end 31 Aug
    case("delivered 28 February, rejected 31 August: no deduction, not presumed", G,
         Issue.FAULTY, date(2026, 8, 31), [REDUCE, FINAL], tried=True,
         delivered=date(2026, 2, 28), presumed=False, deduction=False),
    # --- motor vehicles: s24(10)(a) allows a deduction even within 6 months ---
    case("motor vehicle failed repair day 60: deduction allowed", G, Issue.FAULTY, day(60),
         [REDUCE, FINAL], tried=True, motor=True, deduction=True),
    # the exception is only for final rejection: short-term rejection never deducts (s20(18))
    case("motor vehicle day 20: short-term reject", G, Issue.FAULTY, day(20),
         [REJECT, REPAIR], motor=True),
    # --- time limits ---
    case("goods 2 years on (Northern Ireland)", G, Issue.FAULTY, date(2028, 1, 9), [REPAIR],
         where="northern_ireland", presumed=False),
    case("goods 5 years 11 months in England: in time", G, Issue.FAULTY, date(2031, 12, 10),
         [REPAIR]),
    case("goods 5 years 11 months in Scotland: out of time", G, Issue.FAULTY,
         date(2031, 12, 10), [], where="scotland"),
    case("goods exactly 5 years in Scotland: last day", G, Issue.FAULTY, date(2031, 1, 10),
         [REPAIR], where="scotland"),
    case("goods 5 years and a day in Scotland", G, Issue.FAULTY, date(2031, 1, 11), [],
         where="scotland"),
    case("goods exactly 6 years in England: last day", G, Issue.FAULTY, date(2032, 1, 10),
         [REPAIR]),
    case("goods 6 years and a day in England", G, Issue.FAULTY, date(2032, 1, 11), []),
    case("goods over 6 years in Wales", G, Issue.FAULTY, date(2033, 3, 1), [], where="wales"),
    case("goods 6 years and a day in Northern Ireland", G, Issue.FAULTY, date(2032, 1, 11),
         [], where="northern_ireland"),
    # supplied 29 Feb 2024: six years on there is no 29 Feb, so the last day is 28 Feb 2030
    case("leap-day supply: last day 28 February 2030", G, Issue.FAULTY, date(2030, 2, 28),
         [REPAIR], delivered=date(2024, 2, 29)),
    case("leap-day supply: 1 March 2030 out of time", G, Issue.FAULTY, date(2030, 3, 1), [],
         delivered=date(2024, 2, 29)),
    # --- not a statutory matter: store policy only ---
    case("change of mind", G, Issue.NONE, day(3), []),
    case("staff attitude about a service", S, Issue.NONE, day(3), []),
    # --- services (s49, s50; remedies s54-56) ---
    case("service poor care", S, Issue.NOT_REASONABLE_CARE, day(5), [REPEAT, REDUCE]),
    case("service not as agreed (Scotland)", S, Issue.NOT_AS_AGREED, day(5),
         [REPEAT, REDUCE], where="scotland"),
    # redone and still wrong: repeat performance has failed -> price reduction (s56(3))
    case("service redone and still wrong", S, Issue.NOT_REASONABLE_CARE, day(50), [REDUCE],
         tried=True),
    # no 30-day limit for services: repeat performance still due on day 200
    case("service after 200 days still repeat", S, Issue.NOT_REASONABLE_CARE, day(200),
         [REPEAT, REDUCE]),
    case("service over 6 years", S, Issue.NOT_REASONABLE_CARE, date(2032, 2, 1), []),
    # --- digital content (s34-36; remedies s42-46) ---
    case("digital faulty", D, Issue.FAULTY, day(2), [REPAIR, REDUCE], presumed=True),
    # no short-term right to reject for digital content, whatever the day
    case("digital faulty day 40: never a right to reject", D, Issue.FAULTY, day(40),
         [REPAIR, REDUCE]),
    # repair tried and failed: price reduction comes first (s44(3)), repair stays listed
    case("digital failed fix", D, Issue.FAULTY, day(40), [REDUCE, REPAIR], tried=True),
    # damage to a device: s46 repair or compensation, plus s43/s44 for the content
    case("digital damaged a device", D, Issue.DEVICE_DAMAGED, day(3),
         [DEVICE, REPAIR, REDUCE]),
    case("digital not as described (Scotland)", D, Issue.NOT_AS_DESCRIBED, day(3),
         [REPAIR, REDUCE], where="scotland"),
    # s42(9)-(10) presumption ends 9 July like s19(15)
    case("digital after 6 months: customer must show", D, Issue.FAULTY, date(2026, 7, 10),
         [REPAIR, REDUCE], presumed=False),
    case("digital over 5 years in Scotland", D, Issue.FAULTY, date(2031, 6, 1), [],
         where="scotland"),
]

PRESUMED = "taken to have been there at delivery"
MUST_SHOW = "the customer has to show"


@pytest.mark.parametrize(("facts", "expected", "presumed", "deduction"), CASES)
def test_remedies(facts, expected, presumed, deduction):
    hint = assess(facts)
    assert [r.remedy for r in hint.remedies] == expected
    assert hint.out_of_time is (facts.issue is not Issue.NONE and not expected)
    assert "not legal advice" in hint.disclaimer
    if presumed is not None:
        wanted, unwanted = (PRESUMED, MUST_SHOW) if presumed else (MUST_SHOW, PRESUMED)
        assert any(wanted in note for note in hint.notes)
        assert not any(unwanted in note for note in hint.notes)
    if deduction is not None:
        final = next(r for r in hint.remedies if r.remedy is FINAL)
        assert ("deduction for the use the customer has had is allowed" in final.reasoning) \
            is deduction
        assert ("no deduction for use" in final.reasoning) is (not deduction)


def test_there_are_at_least_thirty_cases():
    assert len(CASES) >= 30


def test_reasoning_uses_the_actual_dates_and_cites_the_act():
    hint = assess(PurchaseFacts(G, Issue.FAULTY, date(2026, 2, 1), date(2026, 2, 14),
                                date(2026, 3, 10)))
    reject, repair = hint.remedies
    assert "14 February 2026" in reject.reasoning and "10 March 2026" in reject.reasoning
    # 30 days beginning 15 February end on 16 March
    assert "day 24 of the 30 days, which end on 16 March 2026" in reject.reasoning
    assert "within 14 days" in reject.reasoning and "same payment method" in reject.reasoning
    assert "s22" in reject.section and "s20" in reject.section
    assert reject.option_text.startswith("Full refund") and reject.time_text == "Within 14 days"
    assert "10 March 2026" in repair.reasoning and "s23" in repair.section
    # six months beginning 14 February end on 13 August
    assert any("13 August 2026" in note and PRESUMED in note for note in hint.notes)
    assert any("until 14 February 2032" in note for note in hint.notes)   # 6-year limit
    assert hint.claim_deadline == date(2032, 2, 14)


def test_after_day_30_the_reasoning_says_when_the_right_to_reject_ended():
    hint = assess(PurchaseFacts(G, Issue.FAULTY, DELIVERED, None, day(31)))
    assert "9 February 2026" in hint.remedies[0].reasoning
    assert any("ended on 9 February 2026" in note for note in hint.notes)


def test_final_rejection_reasoning_names_the_six_month_date():
    hint = assess(PurchaseFacts(G, Issue.FAULTY, DELIVERED, None, date(2026, 7, 11), True))
    final = next(r for r in hint.remedies if r.remedy is FINAL)
    assert "ended on 10 July 2026" in final.reasoning and "11 July 2026" in final.reasoning
    assert "s24" in final.section


def test_a_failed_repair_after_30_days_mentions_the_paused_period():
    hint = assess(PurchaseFacts(G, Issue.FAULTY, DELIVERED, None, day(60), True))
    assert any("s22(6)-(8)" in note for note in hint.notes)


def test_services_and_digital_cite_their_sections_and_dates():
    service = assess(PurchaseFacts(S, Issue.NOT_AS_AGREED, DELIVERED, None, day(5)))
    assert [r.section for r in service.remedies] == ["s50, s54, s55", "s50, s54, s56"]
    assert all("10 January 2026" in r.reasoning for r in service.remedies)
    digital = assess(PurchaseFacts(D, Issue.DEVICE_DAMAGED, DELIVERED, None, day(3)))
    assert digital.remedies[0].section == "s46"
    assert "compensation" in digital.remedies[0].option_text
    assert any("no right to reject" in note for note in digital.notes)


def test_out_of_time_says_when_time_ran_out_and_allows_goodwill():
    hint = assess(PurchaseFacts(G, Issue.FAULTY, DELIVERED, None, date(2031, 6, 1),
                                jurisdiction="scotland"))
    assert hint.out_of_time and hint.claim_deadline == date(2031, 1, 10)
    assert hint.remedies == ()
    assert "10 January 2031" in hint.notes[0] and "goodwill" in hint.notes[0]
    assert "Prescription and Limitation (Scotland) Act 1973" in hint.notes[0]
    england = assess(PurchaseFacts(G, Issue.FAULTY, DELIVERED, None, date(2032, 1, 11)))
    assert england.claim_deadline == date(2032, 1, 10)
    assert "6 years" in england.notes[0] and "Limitation Act 1980" in england.notes[0]


def test_not_a_statutory_matter_points_to_store_policy_and_goodwill():
    hint = assess(PurchaseFacts(G, Issue.NONE, DELIVERED, None, day(3)))
    assert hint.remedies == () and not hint.out_of_time
    assert "policy" in hint.notes[0] and "generous" in hint.notes[0]


def test_no_dates_still_offers_repair_and_asks_for_the_receipt():
    hint = assess(PurchaseFacts(G, Issue.FAULTY, None, None, date(2026, 3, 10)))
    assert [r.remedy for r in hint.remedies] == [REPAIR]
    assert any("receipt" in note for note in hint.notes)
    assert hint.claim_deadline is None and not hint.out_of_time


def test_a_report_before_delivery_asks_to_check_the_dates():
    hint = assess(PurchaseFacts(G, Issue.FAULTY, DELIVERED, None, day(-2)))
    assert any("check the dates" in note for note in hint.notes)
    assert "day -2" not in hint.remedies[0].reasoning


def test_every_hint_says_it_is_not_legal_advice_and_never_limits_the_store():
    for param in CASES:
        hint = assess(param.values[0])
        assert "not legal advice" in hint.disclaimer and "more" in hint.disclaimer


@pytest.mark.parametrize(("start", "months", "expected"), [
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2024, 8, 31), 6, date(2025, 2, 28)),
    (date(2024, 2, 29), 12, date(2025, 2, 28)),
    (date(2026, 12, 15), 1, date(2027, 1, 15)),
])
def test_calendar_months_clamp_to_the_month_end(start, months, expected):
    assert add_months(start, months) == expected


@pytest.mark.parametrize(("first_day", "expected"), [
    (date(2026, 1, 10), date(2026, 7, 9)),     # the day before the corresponding date
    (date(2025, 8, 31), date(2026, 2, 28)),    # no 31 February: end of February
    (date(2026, 3, 1), date(2026, 8, 31)),     # from the 1st: the end of the 6th month
    (date(2023, 8, 30), date(2024, 2, 29)),    # leap year: no 30 February -> 29th
])
def test_six_months_beginning_with_a_day(first_day, expected):
    assert last_day_of_months(first_day, 6) == expected


def test_long_dates_read_as_people_write_them():
    assert long_date(date(2026, 3, 1)) == "1 March 2026"


def test_the_motor_vehicle_exception_is_cited_as_section_24_10_a():
    """s24(10): "No deduction may be made if the final right to reject is exercised in the
    first 6 months (see subsection (11)), unless (a) the goods consist of a motor vehicle";
    s24(11) only defines the first 6 months. (Issue #19 asked for s24(11)(a); the Act's text
    says otherwise.)"""
    hint = assess(PurchaseFacts(G, Issue.FAULTY, DELIVERED, DELIVERED, day(60), True, "england",
                                True))
    text = " ".join(r.reasoning for r in hint.remedies)
    assert "s24(10)(a)" in text and "s24(11)(a)" not in text


def test_device_damage_repair_is_due_in_a_reasonable_time_and_payment_in_14_days():
    hint = assess(PurchaseFacts(D, Issue.DEVICE_DAMAGED, DELIVERED, DELIVERED, day(5), False,
                                "england", False))
    (device,) = [r for r in hint.remedies if r.remedy is DEVICE]
    assert "repair it, within a reasonable time" in device.reasoning
    assert "compensation for it, within 14 days of agreeing that the customer is entitled" \
        in device.reasoning
    assert "s46(3)-(5)" in device.reasoning


def test_in_scotland_late_knowledge_of_the_fault_may_keep_a_claim_in_time():
    """Prescription and Limitation (Scotland) Act 1973 s11(3), as amended by the Prescription
    (Scotland) Act 2018: the five years may run from when the loss was known."""
    late = assess(PurchaseFacts(G, Issue.FAULTY, DELIVERED, DELIVERED, date(2031, 1, 11), False,
                                "scotland", False))
    assert late.remedies == ()
    assert late.notes[0].startswith("Possibly out of time")
    assert "s11(3)" in late.notes[0] and "10 January 2031" in late.notes[0]
    england = assess(PurchaseFacts(G, Issue.FAULTY, DELIVERED, DELIVERED, date(2032, 1, 11),
                                   False, "england", False))
    assert england.notes[0].startswith("Out of time")


def test_late_or_damaged_delivery_names_the_delivery_and_risk_sections():
    hint = assess(PurchaseFacts(G, Issue.DELIVERY, DELIVERED, DELIVERED, day(3), False,
                                "england", False))
    text = " ".join(hint.notes)
    assert "s28(3)" in text and "s29" in text and "not look like a breach" not in text


def test_a_refused_refund_says_the_rights_turn_on_the_reason():
    hint = assess(PurchaseFacts(G, Issue.DEPENDS_ON_REASON, DELIVERED, DELIVERED, day(3), False,
                                "england", False))
    assert "depends on why" in hint.notes[0] and "14 days of delivery" in hint.notes[0]


def test_the_categories_delivery_and_refund_refused_are_legal_matters():
    from desktop_app.services.procedures import default_catalogue

    issues = {c.id: c.legal_issue for c in default_catalogue().categories}
    assert issues["delivery"] == Issue.DELIVERY.value
    assert issues["refund_refused"] == Issue.DEPENDS_ON_REASON.value
    assert all(Issue(value) for value in issues.values())
