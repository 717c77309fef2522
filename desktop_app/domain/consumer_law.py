"""The customer's statutory rights under the Consumer Rights Act 2015, from plain facts.

Guidance for the member of staff at the till, not legal advice. It names the remedies the
Act gives for what was entered and shows the reasoning with the real dates; it never limits
what the store chooses to offer (a more generous resolution is always allowed).

Sources (the Act as published on legislation.gov.uk):
- goods: s9 satisfactory quality, s10 fit for a particular purpose, s11 as described;
  remedies s19-24: short-term right to reject to the end of the 30 days beginning with the
  first day after delivery (s22(3)-(4)), paused while a repair or replacement is awaited
  with at least 7 days left afterwards (s22(6)-(8)); refund within 14 days of agreeing by
  the same means of payment, no fee, no deduction for use (s20(15)-(18)); repair or
  replacement (s23); after one failed repair or replacement, price reduction or the final
  right to reject (s24(5)); no deduction for use on a final rejection within the 6 months
  beginning with the first day after delivery, except motor vehicles (s24(10)-(11)); a
  fault that appears within the six months beginning with the day of delivery is taken to
  have been there on that day unless the trader proves otherwise (s19(14)-(15));
  other remedies such as damages stay open (s19(9)-(11));
- services: s49 reasonable care and skill, s50 information said or written is binding;
  remedies s54-56: repeat performance (s55), then a price reduction (s56);
- digital content: s34 quality, s35 fit for purpose, s36 as described; remedies s42-45:
  repair or replacement (s43), price reduction (s44), the same 6-month presumption
  (s42(9)-(10)); s46: repair or compensation when the content damaged a device or other
  digital content;
- time limits: 6 years from the breach in England, Wales and Northern Ireland (Limitation
  Act 1980 s5; Limitation (Northern Ireland) Order 1989 art. 4), 5 years in Scotland
  (Prescription and Limitation (Scotland) Act 1973 s6).

Periods of months follow the corresponding-date rule: a period of N months beginning with a
day ends on the day before the same date N months later, or on the last day of that month
when it has no such date (31 August + 6 months ends 28/29 February).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

SHORT_TERM_DAYS = 30
REFUND_WITHIN_DAYS = 14
PRESUMPTION_MONTHS = 6
NO_DEDUCTION_MONTHS = 6
LIMITATION_YEARS = {"scotland": 5}
DEFAULT_LIMITATION_YEARS = 6
ACT = "Consumer Rights Act 2015"


class Supply(StrEnum):
    GOODS = "goods"
    SERVICE = "service"
    DIGITAL = "digital"


class Issue(StrEnum):
    FAULTY = "faulty"
    NOT_AS_DESCRIBED = "not_as_described"
    NOT_FIT_FOR_PURPOSE = "not_fit_for_purpose"
    NOT_REASONABLE_CARE = "not_reasonable_care"
    NOT_AS_AGREED = "not_as_agreed"
    DEVICE_DAMAGED = "device_damaged"
    DELIVERY = "delivery"                    # late, missing or damaged on the way (s28, s29)
    DEPENDS_ON_REASON = "depends_on_reason"  # a refund refused: the rights turn on why
    NONE = "none"          # not a statutory-rights matter (change of mind, staff attitude…)


class Remedy(StrEnum):
    SHORT_TERM_REJECT = "short_term_reject"
    REPAIR_OR_REPLACE = "repair_or_replace"
    PRICE_REDUCTION = "price_reduction"
    FINAL_REJECT = "final_reject"
    REPEAT_PERFORMANCE = "repeat_performance"
    DEVICE_COMPENSATION = "device_compensation"


@dataclass(frozen=True)
class PurchaseFacts:
    supply: Supply
    issue: Issue
    purchase_date: date | None
    delivery_date: date | None          # None: delivered when bought
    reported_date: date
    repair_or_replacement_tried: bool = False
    jurisdiction: str = "england"       # england / wales / scotland / northern_ireland
    motor_vehicle: bool = False

    @property
    def delivered(self) -> date | None:
        return self.delivery_date or self.purchase_date


@dataclass(frozen=True)
class RemedyHint:
    remedy: Remedy
    title: str
    section: str
    reasoning: str
    option_text: str
    time_text: str
    impact: str


@dataclass(frozen=True)
class LegalHint:
    remedies: tuple[RemedyHint, ...]
    notes: tuple[str, ...]
    out_of_time: bool
    claim_deadline: date | None
    disclaimer: str


DISCLAIMER = (f"Guidance from the {ACT}, not legal advice. It never stops the store offering "
              "more; if in doubt, escalate.")


# ---- dates -----------------------------------------------------------------------------------
def long_date(day: date) -> str:
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it has fewer days."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def last_day_of_months(first_day: date, months: int) -> date:
    """The last day of a period of `months` months beginning with `first_day` (inclusive).

    The day before the corresponding date, or the end of the month without one.
    """
    corresponding = add_months(first_day, months)
    if corresponding.day != first_day.day:          # clamped: no corresponding date
        return corresponding
    return corresponding - timedelta(days=1)


def short_term_last_day(delivered: date) -> date:
    """s22(3): 30 days beginning with the first day after delivery."""
    return delivered + timedelta(days=SHORT_TERM_DAYS)


def presumption_last_day(delivered: date) -> date:
    """s19(14)-(15), s42(9)-(10): six months beginning with the day of delivery."""
    return last_day_of_months(delivered, PRESUMPTION_MONTHS)


def no_deduction_last_day(delivered: date) -> date:
    """s24(10)-(11): 6 months beginning with the first day after delivery."""
    return last_day_of_months(delivered + timedelta(days=1), NO_DEDUCTION_MONTHS)


def limitation_years(jurisdiction: str) -> int:
    return LIMITATION_YEARS.get(jurisdiction, DEFAULT_LIMITATION_YEARS)


def claim_deadline(delivered: date, jurisdiction: str) -> date:
    """The last day to bring a claim: the day of the breach itself is not counted."""
    return add_months(delivered, 12 * limitation_years(jurisdiction))


def _limitation_law(jurisdiction: str) -> str:
    if jurisdiction == "scotland":
        return "Prescription and Limitation (Scotland) Act 1973, s6"
    if jurisdiction == "northern_ireland":
        return "Limitation (Northern Ireland) Order 1989, art. 4"
    return "Limitation Act 1980, s5"


# ---- the assessment --------------------------------------------------------------------------
DELIVERY_NOTES = (
    "Unless a time was agreed, goods must be delivered without undue delay and within 30 "
    "days of the contract (s28(3)). If delivery was late and the time was essential, or a "
    "further period the customer set has also passed, the customer may end the contract and "
    "get all their money back without undue delay (s28(6)-(13)).",
    "Until the goods come into the physical possession of the customer (or someone they "
    "named), they are at the store's risk: goods lost or damaged on the way are ours to put "
    "right (s29).",
)
REFUND_REFUSED_NOTE = (
    "Whether a refund is owed depends on why the customer wants one: goods faulty, not as "
    "described or not fit for purpose give statutory rights (choose that category instead to "
    "see them); goods bought online, by phone or away from the shop can usually be cancelled "
    "within 14 days of delivery (Consumer Contracts Regulations 2013, reg. 29-30); a change "
    "of mind in the shop is the store's own policy. Ask what the reason was.")


def assess(facts: PurchaseFacts) -> LegalHint:
    """The remedies open to the customer for these facts, with the reasoning in dates."""
    if facts.issue is Issue.DELIVERY:
        return LegalHint((), DELIVERY_NOTES, False, None, DISCLAIMER)
    if facts.issue is Issue.DEPENDS_ON_REASON:
        return LegalHint((), (REFUND_REFUSED_NOTE,), False, None, DISCLAIMER)
    if facts.issue is Issue.NONE:
        return LegalHint((), ("This does not look like a breach of the customer's statutory "
                              "rights (for example a change of mind, or how they were "
                              "served). The store's own policy applies, and a more generous "
                              "goodwill resolution is always allowed.",),
                         False, None, DISCLAIMER)
    delivered = facts.delivered
    deadline = None
    limit_note: list[str] = []
    if delivered is not None:
        years = limitation_years(facts.jurisdiction)
        deadline = claim_deadline(delivered, facts.jurisdiction)
        if facts.reported_date > deadline and facts.jurisdiction == "scotland":
            return LegalHint((), (
                f"Possibly out of time: in Scotland the {years} years usually run from "
                f"supply ({long_date(delivered)}, so until {long_date(deadline)}), but they "
                "run from when the customer knew, or could reasonably have known, of the loss "
                "if that was later (Prescription and Limitation (Scotland) Act 1973, s6 and "
                "s11(3), as amended by the Prescription (Scotland) Act 2018). Ask when the "
                "fault showed; if in doubt, escalate. The store may help as a goodwill "
                "gesture either way.",), True, deadline, DISCLAIMER)
        if facts.reported_date > deadline:
            return LegalHint((), (
                f"Out of time: a claim must be brought within {years} years of the breach "
                f"({_limitation_law(facts.jurisdiction)}). Supplied on {long_date(delivered)}, "
                f"the time ran out on {long_date(deadline)}, before the report on "
                f"{long_date(facts.reported_date)}. The store may still help as a goodwill "
                "gesture.",), True, deadline, DISCLAIMER)
        limit_note.append(f"Time limit for a claim: {years} years from supply "
                          f"({_limitation_law(facts.jurisdiction)}), so until "
                          f"{long_date(deadline)}.")
    if facts.supply is Supply.SERVICE:
        remedies, notes = _service(facts)
    elif facts.supply is Supply.DIGITAL:
        remedies, notes = _digital(facts)
    else:
        remedies, notes = _goods(facts)
    return LegalHint(tuple(remedies), tuple(notes + limit_note), False, deadline, DISCLAIMER)


def _when(facts: PurchaseFacts, what: str = "Delivered") -> str:
    delivered = facts.delivered
    if delivered is None:
        return f"Reported on {long_date(facts.reported_date)} (date of supply not known)"
    return (f"{what} on {long_date(delivered)} and reported on "
            f"{long_date(facts.reported_date)}")


def _presumption_note(facts: PurchaseFacts, sections: str) -> str:
    delivered = facts.delivered
    assert delivered is not None
    last = presumption_last_day(delivered)
    if facts.reported_date <= last:
        return (f"Reported within the 6 months after delivery on {long_date(delivered)} (up "
                f"to and including {long_date(last)}): the fault is taken to have been there "
                f"at delivery unless we can show otherwise ({sections}).")
    return (f"More than 6 months after delivery on {long_date(delivered)} (the 6 months ended "
            f"on {long_date(last)}): the customer has to show the fault was there at "
            "delivery, for example with an independent report; the presumption of "
            f"{sections} no longer applies.")


# ---- goods -----------------------------------------------------------------------------------
_GOODS_SECTION = {Issue.NOT_AS_DESCRIBED: "s11", Issue.NOT_FIT_FOR_PURPOSE: "s10"}


def _goods(facts: PurchaseFacts) -> tuple[list[RemedyHint], list[str]]:
    delivered = facts.delivered
    breach = _GOODS_SECTION.get(facts.issue, "s9")
    remedies: list[RemedyHint] = []
    notes: list[str] = []
    if facts.issue is Issue.DEVICE_DAMAGED:
        notes.append("If the goods damaged other property, the customer may also claim "
                     "damages for that loss (s19(9)-(11)).")
    if delivered is None:
        notes.insert(0, "Without the date of purchase or delivery the time limits cannot be "
                        "worked out: ask for the receipt or order.")
        return [_repair_or_replace(breach, f"{_when(facts)}: a repair or replacement is "
                                           "always open while the goods are faulty")], notes
    day = (facts.reported_date - delivered).days
    window_end = short_term_last_day(delivered)
    if day < 0:
        notes.append(f"The report date ({long_date(facts.reported_date)}) is before the "
                     f"delivery date ({long_date(delivered)}): check the dates.")
    if day <= SHORT_TERM_DAYS:
        counted = (f"day {day} of the {SHORT_TERM_DAYS} days, which end on "
                   f"{long_date(window_end)}" if day >= 0 else
                   f"the {SHORT_TERM_DAYS} days, which end on {long_date(window_end)}, "
                   "have not run out")
        remedies.append(RemedyHint(
            Remedy.SHORT_TERM_REJECT, "Full refund (short-term right to reject)",
            f"{breach}, s20, s22",
            f"{_when(facts)}: {counted}. The customer may reject the goods for a full refund, "
            f"due within {REFUND_WITHIN_DAYS} days of agreeing, by the same payment method, "
            "with no deduction for use and no fee (s20(15)-(18)). Perishable goods can have "
            "a shorter period (s22(4)).",
            f"Full refund to the original payment method within {REFUND_WITHIN_DAYS} days",
            f"Within {REFUND_WITHIN_DAYS} days", "Money back in full; no deduction for use"))
    else:
        notes.append(f"The 30-day short-term right to reject ended on {long_date(window_end)} "
                     f"(delivered {long_date(delivered)}, reported "
                     f"{long_date(facts.reported_date)}, day {day}).")
    if facts.repair_or_replacement_tried:
        if day > SHORT_TERM_DAYS:
            notes.append("If the customer asked for that repair or replacement within the 30 "
                         "days, the days spent waiting for it do not count and at least 7 "
                         "days remain after it came back (s22(6)-(8)): a full refund may "
                         "still be due.")
        remedies += _after_failed_repair(facts, delivered, breach)
    else:
        reason = (f"{_when(facts)}, day {day}, after the 30 days ended on "
                  f"{long_date(window_end)}: the customer is entitled to one repair or "
                  "replacement first" if day > SHORT_TERM_DAYS else
                  f"{_when(facts)}: the customer may choose this instead of a refund")
        remedies.append(_repair_or_replace(breach, reason))
    notes.insert(0, _presumption_note(facts, "s19(14)-(15)"))
    return remedies, notes


def _after_failed_repair(facts: PurchaseFacts, delivered: date,
                         breach: str) -> list[RemedyHint]:
    no_deduction_until = no_deduction_last_day(delivered)
    within = facts.reported_date <= no_deduction_until
    if facts.motor_vehicle:
        deduction = ("a deduction for the use the customer has had is allowed, because it is "
                     "a motor vehicle (s24(11)(a))")
    elif within:
        deduction = (f"no deduction for use, because it is within the 6 months after "
                     f"delivery, which end on {long_date(no_deduction_until)} (s24(10)-(11))")
    else:
        deduction = (f"a deduction for the use the customer has had is allowed, because the "
                     f"6 months after delivery ended on {long_date(no_deduction_until)} "
                     "(s24(8)-(10))")
    tried = (f"{_when(facts)}. One repair or replacement has already been tried and the goods "
             "still do not conform (s24(5))")
    return [
        RemedyHint(
            Remedy.PRICE_REDUCTION, "Price reduction (after a failed repair or replacement)",
            f"{breach}, s24", f"{tried}, so the customer may keep them with an appropriate "
            f"reduction in price (up to the full price), refunded within {REFUND_WITHIN_DAYS} "
            "days of agreeing.",
            "Partial refund as a price reduction, keeping the goods",
            f"Within {REFUND_WITHIN_DAYS} days", "Keeps the goods and gets part of the money back"),
        RemedyHint(
            Remedy.FINAL_REJECT, "Refund (final right to reject)", f"{breach}, s20, s24",
            f"{tried}, so the customer may reject them for a refund: {deduction}.",
            "Refund on return of the goods (final right to reject)",
            f"Within {REFUND_WITHIN_DAYS} days", "Money back; the goods come back to us"),
    ]


def _repair_or_replace(breach: str, reason: str) -> RemedyHint:
    return RemedyHint(
        Remedy.REPAIR_OR_REPLACE, "Repair or replacement", f"{breach}, s23",
        f"{reason}. Repair or replace at our cost, within a reasonable time and without "
        "significant inconvenience (s23(2)).",
        "Repair or replace the goods free of charge", "Within a reasonable time",
        "A working item; a wait while it is repaired or replaced")


# ---- services --------------------------------------------------------------------------------
def _service(facts: PurchaseFacts) -> tuple[list[RemedyHint], list[str]]:
    breach = "s50" if facts.issue is Issue.NOT_AS_AGREED else "s49"
    failing = ("not as agreed or described (s50)" if breach == "s50" else
               "not done with reasonable care and skill (s49)")
    when = _when(facts, "Service provided")
    repeat = RemedyHint(
        Remedy.REPEAT_PERFORMANCE, "Put the service right (repeat performance)",
        f"{breach}, s54, s55", f"{when}. A service {failing} must be done again properly, at "
        "our cost, within a reasonable time and without significant inconvenience (s55).",
        "Do the service again properly at no cost", "Within a reasonable time",
        "The job done properly; another visit or wait")
    reason = ("The service has already been done again and is still not right"
              if facts.repair_or_replacement_tried else
              "If repeat performance is impossible, or cannot be done within a reasonable "
              "time or without significant inconvenience")
    reduction = RemedyHint(
        Remedy.PRICE_REDUCTION, "Price reduction", f"{breach}, s54, s56",
        f"{when}. {reason}: the customer is entitled to a price reduction (up to the full "
        f"price), refunded within {REFUND_WITHIN_DAYS} days of agreeing (s56).",
        "Refund part (or all) of the price of the service", f"Within {REFUND_WITHIN_DAYS} days",
        "Money back for the part not done properly")
    notes = ["For a service there is no 6-month presumption: the customer needs to show what "
             "was not done properly."]
    if facts.issue is Issue.DEVICE_DAMAGED:
        notes.append("If the service damaged the customer's property, damages for that loss "
                     "may also be claimed (s54(7)).")
    return ([reduction] if facts.repair_or_replacement_tried else [repeat, reduction]), notes


# ---- digital content -------------------------------------------------------------------------
_DIGITAL_SECTION = {Issue.NOT_FIT_FOR_PURPOSE: "s35", Issue.NOT_AS_DESCRIBED: "s36"}


def _digital(facts: PurchaseFacts) -> tuple[list[RemedyHint], list[str]]:
    breach = _DIGITAL_SECTION.get(facts.issue, "s34")
    when = _when(facts, "Supplied")
    repair = RemedyHint(
        Remedy.REPAIR_OR_REPLACE, "Repair or replacement of the digital content",
        f"{breach}, s42, s43", f"{when}. Digital content that does not conform must be "
        "repaired or replaced at our cost, within a reasonable time and without significant "
        "inconvenience (s43).",
        "Replace or fix the digital content (for example a new code or download)",
        "Within a reasonable time", "Working content")
    reason = ("A repair or replacement has already been tried and failed"
              if facts.repair_or_replacement_tried else
              "If repair or replacement is impossible or is not done within a reasonable "
              "time and without significant inconvenience")
    reduction = RemedyHint(
        Remedy.PRICE_REDUCTION, "Price reduction", f"{breach}, s42, s44",
        f"{when}. {reason}: the customer is entitled to a price reduction (up to the full "
        f"price), refunded within {REFUND_WITHIN_DAYS} days of agreeing (s44).",
        "Refund part (or all) of the price", f"Within {REFUND_WITHIN_DAYS} days", "Money back")
    remedies = [reduction, repair] if facts.repair_or_replacement_tried else [repair, reduction]
    if facts.issue is Issue.DEVICE_DAMAGED:
        remedies.insert(0, RemedyHint(
            Remedy.DEVICE_COMPENSATION, "Repair of the device or compensation", "s46",
            f"{when}. The digital content damaged the customer's device or other digital "
            "content. If the damage would not have happened had we used reasonable care and "
            "skill, we must either repair it, within a reasonable time and without "
            "significant inconvenience to the customer, or pay compensation for it, within "
            f"{REFUND_WITHIN_DAYS} days of agreeing that the customer is entitled to it "
            "(s46(3)-(5)).",
            "Repair the damaged device or pay compensation for it",
            f"Repair: a reasonable time; payment: within {REFUND_WITHIN_DAYS} days of agreeing",
            "The device put right or its cost covered"))
    notes = ["Digital content has no right to reject; content on a disc or other physical "
             "medium counts as goods (s16)."]
    if facts.delivered is not None:
        notes.insert(0, _presumption_note(facts, "s42(9)-(10)"))
    return remedies, notes
