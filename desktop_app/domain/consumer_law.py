"""The customer's statutory rights under the Consumer Rights Act 2015, from plain facts.

Guidance for the member of staff at the till, not legal advice. It names the remedies the
Act gives for what was entered and shows the reasoning with the real dates; it never limits
what the store chooses to offer (a more generous resolution is always allowed).

Sources (checked against the Act as published on legislation.gov.uk):
- goods: s9 satisfactory quality, s10 fit for a particular purpose, s11 as described;
  remedies s19-24: short-term right to reject within 30 days (s22), refund within 14 days
  of agreeing by the same means of payment with no fee (s20(15)-(18)); repair or
  replacement (s23); after one failed repair or replacement, price reduction or the final
  right to reject (s24(5)); no deduction for use on a final rejection within 6 months of
  delivery, except motor vehicles (s24(10)-(11)); a fault that appears within 6 months of
  delivery is taken to have been there at delivery unless the trader proves otherwise
  (s19(14)-(15));
- services: s49 reasonable care and skill, s50 information said or written is binding;
  remedies s54-56: repeat performance, then a price reduction;
- digital content: s34-36; remedies s42-45: repair or replacement, then a price reduction;
  s46: repair or compensation when the content damaged a device or other digital content;
- time limits: 6 years from the breach in England, Wales and Northern Ireland (Limitation
  Act 1980 s5; Limitation (Northern Ireland) Order 1989 art. 4), 5 years in Scotland
  (Prescription and Limitation (Scotland) Act 1973 s6).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

SHORT_TERM_DAYS = 30
REFUND_WITHIN_DAYS = 14
PRESUMPTION_MONTHS = 6
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
    jurisdiction: str = "england"
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


def long_date(day: date) -> str:
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it has fewer days."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def limitation_years(jurisdiction: str) -> int:
    return LIMITATION_YEARS.get(jurisdiction, DEFAULT_LIMITATION_YEARS)


def _limitation_law(jurisdiction: str) -> str:
    if jurisdiction == "scotland":
        return "Prescription and Limitation (Scotland) Act 1973"
    if jurisdiction == "northern_ireland":
        return "Limitation (Northern Ireland) Order 1989"
    return "Limitation Act 1980"


def assess(facts: PurchaseFacts) -> LegalHint:
    """The remedies open to the customer for these facts, with the reasoning in dates."""
    if facts.issue is Issue.NONE:
        return LegalHint((), ("This does not look like a breach of the customer's statutory "
                              "rights (for example a change of mind). The store's own policy "
                              "applies, and a goodwill gesture is always allowed.",),
                         False, None, DISCLAIMER)
    delivered = facts.delivered
    notes: list[str] = []
    deadline = None
    if delivered is not None:
        years = limitation_years(facts.jurisdiction)
        deadline = add_months(delivered, 12 * years)
        if facts.reported_date > deadline:
            return LegalHint((), (
                f"Out of time: claims must be brought within {years} years "
                f"({_limitation_law(facts.jurisdiction)}); supplied on {long_date(delivered)}, "
                f"the time ran out on {long_date(deadline)}. The store may still help as a "
                "goodwill gesture.",), True, deadline, DISCLAIMER)
        notes.append(f"Time limit for a claim: {years} years from supply "
                     f"({_limitation_law(facts.jurisdiction)}), so until "
                     f"{long_date(deadline)}.")
    if facts.supply is Supply.SERVICE:
        remedies = _service(facts)
    elif facts.supply is Supply.DIGITAL:
        remedies = _digital(facts)
    else:
        remedies, goods_notes = _goods(facts)
        notes[:0] = goods_notes
    return LegalHint(tuple(remedies), tuple(notes), False, deadline, DISCLAIMER)


# ---- goods -----------------------------------------------------------------------------------
_GOODS_SECTION = {Issue.NOT_AS_DESCRIBED: "s11", Issue.NOT_FIT_FOR_PURPOSE: "s10"}


def _goods(facts: PurchaseFacts) -> tuple[list[RemedyHint], list[str]]:
    delivered = facts.delivered
    breach = _GOODS_SECTION.get(facts.issue, "s9")
    remedies: list[RemedyHint] = []
    notes: list[str] = []
    if delivered is None:
        notes.append("Without the date of purchase or delivery the time limits cannot be "
                     "worked out: ask for the receipt or order.")
        return [_repair_or_replace(breach, "the date of delivery is not known")], notes
    day = (facts.reported_date - delivered).days
    window_end = date.fromordinal(delivered.toordinal() + SHORT_TERM_DAYS)
    six_months = add_months(delivered, PRESUMPTION_MONTHS)
    within_six = facts.reported_date <= six_months
    if 0 <= day <= SHORT_TERM_DAYS:
        remedies.append(RemedyHint(
            Remedy.SHORT_TERM_REJECT, "Full refund (short-term right to reject)",
            f"{breach}, s20, s22",
            f"Delivered on {long_date(delivered)} and reported on "
            f"{long_date(facts.reported_date)}: day {day} of the {SHORT_TERM_DAYS} days, "
            f"which end on {long_date(window_end)}. The customer may reject the goods for a "
            f"full refund, due within {REFUND_WITHIN_DAYS} days of agreeing, by the same "
            "payment method, with no deduction and no fee.",
            f"Full refund to the original payment method within {REFUND_WITHIN_DAYS} days",
            f"Within {REFUND_WITHIN_DAYS} days", "Money back in full; no deduction for use"))
    elif day > SHORT_TERM_DAYS:
        notes.append(f"The 30-day short-term right to reject ended on {long_date(window_end)} "
                     f"(delivered {long_date(delivered)}, reported "
                     f"{long_date(facts.reported_date)}, day {day}).")
    if facts.repair_or_replacement_tried:
        deduction = ("no deduction for use, because it is within 6 months of delivery"
                     if within_six and not facts.motor_vehicle else
                     "a deduction for use is allowed for a motor vehicle" if facts.motor_vehicle
                     else "a deduction for the use the customer has had is allowed after "
                          "6 months")
        remedies.append(RemedyHint(
            Remedy.PRICE_REDUCTION, "Price reduction (after a failed repair or replacement)",
            f"{breach}, s24", "One repair or replacement has already been tried and the goods "
            "still do not conform, so the customer may keep them with an appropriate "
            "reduction in price.",
            "Partial refund as a price reduction, keeping the goods", "Today",
            "Keeps the goods and gets part of the money back"))
        remedies.append(RemedyHint(
            Remedy.FINAL_REJECT, "Refund (final right to reject)", f"{breach}, s24",
            f"After one failed repair or replacement the customer may reject the goods "
            f"for a refund: {deduction}.",
            "Refund on return of the goods (final right to reject)",
            f"Within {REFUND_WITHIN_DAYS} days", "Money back; the goods come back to us"))
    else:
        reason = ("the customer is entitled to one repair or replacement first"
                  if day > SHORT_TERM_DAYS else
                  "the customer may choose this instead of a refund")
        remedies.append(_repair_or_replace(breach, reason))
    if within_six:
        notes.insert(0, f"The fault appeared within 6 months of delivery (by "
                        f"{long_date(six_months)}), so it is taken to have been there at "
                        "delivery unless we can show otherwise (s19(14)-(15)).")
    else:
        notes.insert(0, f"More than 6 months after delivery (after {long_date(six_months)}): "
                        "the customer may need to show the fault was there at delivery, "
                        "for example with an independent report.")
    return remedies, notes


def _repair_or_replace(breach: str, reason: str) -> RemedyHint:
    return RemedyHint(
        Remedy.REPAIR_OR_REPLACE, "Repair or replacement", f"{breach}, s23",
        f"Repair or replace at our cost, within a reasonable time and without significant "
        f"inconvenience: {reason}.",
        "Repair or replace the goods free of charge", "Within a reasonable time",
        "A working item; a wait while it is repaired or replaced")


# ---- services and digital content -------------------------------------------------------------
def _service(facts: PurchaseFacts) -> list[RemedyHint]:
    breach = "s50" if facts.issue is Issue.NOT_AS_AGREED else "s49"
    repeat = RemedyHint(
        Remedy.REPEAT_PERFORMANCE, "Put the service right (repeat performance)",
        f"{breach}, s55", "A service not done with reasonable care and skill (or not as "
        "agreed) must be done again properly, at our cost, within a reasonable time and "
        "without significant inconvenience.",
        "Do the service again properly at no cost", "Within a reasonable time",
        "The job done properly; another visit or wait")
    reduction = RemedyHint(
        Remedy.PRICE_REDUCTION, "Price reduction", f"{breach}, s56",
        "If repeat performance is impossible, or cannot be done within a reasonable time or "
        "without significant inconvenience, the customer is entitled to a price reduction "
        "(up to the full price), paid within 14 days.",
        "Refund part (or all) of the price of the service", "Within 14 days",
        "Money back for the part not done properly")
    if facts.repair_or_replacement_tried:
        return [reduction]
    return [repeat, reduction]


def _digital(facts: PurchaseFacts) -> list[RemedyHint]:
    remedies = [
        RemedyHint(Remedy.REPAIR_OR_REPLACE, "Repair or replacement of the digital content",
                   "s34-36, s43", "Faulty digital content must be repaired or replaced at "
                   "our cost, within a reasonable time.",
                   "Replace or fix the digital content (for example a new code or download)",
                   "Within a reasonable time", "Working content"),
        RemedyHint(Remedy.PRICE_REDUCTION, "Price reduction", "s44",
                   "If repair or replacement is impossible or has failed, the customer is "
                   "entitled to a price reduction (up to the full price), paid within 14 days.",
                   "Refund part (or all) of the price", "Within 14 days", "Money back"),
    ]
    if facts.repair_or_replacement_tried:
        remedies.reverse()          # the reduction first: the repair was tried
    if facts.issue is Issue.DEVICE_DAMAGED:
        remedies.append(RemedyHint(
            Remedy.DEVICE_COMPENSATION, "Repair of the device or compensation", "s46",
            "The digital content damaged the customer's device or other digital content and "
            "we did not take reasonable care: we must repair the damage or pay compensation.",
            "Repair the damaged device or pay compensation", "Within 14 days of agreeing",
            "The device put right or its cost covered"))
    return remedies
