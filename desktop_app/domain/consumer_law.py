"""The customer's statutory rights under the Consumer Rights Act 2015, from plain facts.

Guidance for the member of staff at the till, not legal advice. It names the remedies the
Act gives for what was entered and shows the reasoning with the real dates; it never limits
what the store chooses to offer (a more generous resolution is always allowed). Every rule
it applies is in `law_table.RULES` with its section; a hint lists the rules it used.

- goods: s9-11 (second-hand goods judged with their age and price), s15 installation;
  short-term right to reject to the end of the 30 days beginning with the first day after
  delivery and installation (s22(3)), shorter for perishable goods (s22(4)), paused while
  a repair or replacement asked for in that time is awaited, with at least 7 days left
  afterwards (s22(6)-(8)); refund within 14 days (s20(15)-(18)); repair or replacement
  (s23); after one failed, price reduction or final rejection (s24(5)); no deduction for
  use on a final rejection within the 6 months beginning with the first day after delivery
  (s24(10)-(11)), except a motor vehicle (s24(10)(a)); a fault that appears within the six
  months beginning with the day of delivery is presumed (s19(14)-(15)); delivery (s28) and
  risk (s29);
- services: s49-50; repeat performance (s55), then a price reduction (s56);
- digital content: s34-36; repair or replacement (s43), price reduction (s44), the same
  presumption (s42(9)-(10)), device damage (s46(3)-(5));
- sales online, by phone or away from the shop: the 14-day cancellation right of the
  Consumer Contracts Regulations 2013 (`cancellation`);
- time limits: 6 years (Limitation Act 1980 s5; Limitation (Northern Ireland) Order 1989
  art. 4), 5 in Scotland (Prescription and Limitation (Scotland) Act 1973 s6, s11(3)).
"""

from __future__ import annotations

from dataclasses import KW_ONLY, dataclass
from datetime import date, timedelta
from enum import StrEnum

from desktop_app.domain.cancellation import Cancellation, Sale, cancellation
from desktop_app.domain.law_dates import (add_months, days_after, days_from_to,
                                          last_day_of_months, long_date)
from desktop_app.domain.law_table import LAW_CHECKED, LIMITATION_RULE, checked_line
from desktop_app.domain.phrase import phrase

__all__ = ["ACT", "Issue", "LegalHint", "PurchaseFacts", "Remedy", "RemedyHint", "Sale",
           "Supply", "add_months", "assess", "last_day_of_months", "long_date"]

SHORT_TERM_DAYS = 30
DAYS_LEFT_AFTER_REPAIR = 7
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
    CHANGE_OF_MIND = "change_of_mind"        # a right only for a sale away from the shop
    NONE = "none"          # not a statutory-rights matter (staff attitude, waiting…)


class Remedy(StrEnum):
    SHORT_TERM_REJECT = "short_term_reject"
    REPAIR_OR_REPLACE = "repair_or_replace"
    PRICE_REDUCTION = "price_reduction"
    FINAL_REJECT = "final_reject"
    REPEAT_PERFORMANCE = "repeat_performance"
    DEVICE_COMPENSATION = "device_compensation"
    CANCEL = "cancel"


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
    _: KW_ONLY
    how_bought: Sale = Sale.IN_SHOP
    fault_appeared: date | None = None  # None: not known (taken as the day reported)
    repair_requested: date | None = None
    repair_returned: date | None = None  # None: still waiting, or not known
    perishable: bool = False
    second_hand: bool = False
    installed_on: date | None = None    # the customer was told our installation was done
    gift: bool = False                  # the customer is not the buyer

    @property
    def delivered(self) -> date | None:
        return self.delivery_date or self.purchase_date

    @property
    def started(self) -> date | None:
        """s22(3), s24(11): the day after which delivery and installation have both happened."""
        delivered = self.delivered
        if delivered is None or self.installed_on is None:
            return delivered
        return max(delivered, self.installed_on)

    @property
    def fault_seen(self) -> date:
        return self.fault_appeared or self.reported_date


@dataclass(frozen=True)
class RemedyHint:
    remedy: Remedy
    title: str
    section: str
    reasoning: str
    option_text: str
    time_text: str
    impact: str
    rules: tuple[str, ...] = ()


@dataclass(frozen=True)
class LegalHint:
    remedies: tuple[RemedyHint, ...]
    notes: tuple[str, ...]
    out_of_time: bool
    claim_deadline: date | None
    disclaimer: str
    rules: tuple[str, ...] = ()       # law_table.RULES ids, in the order first used
    checked: date = LAW_CHECKED

    @property
    def checked_text(self) -> str:
        return checked_line(self.checked)

    def as_text(self) -> str:
        """The hint as plain text: what the record keeps and the complaint PDF prints."""
        lines = [f"{r.title} ({r.section}): {r.reasoning}" for r in self.remedies]
        lines += list(self.notes)
        lines += [self.disclaimer, self.checked_text]
        return "\n".join(lines)


DISCLAIMER = phrase("Guidance from the Consumer Rights Act 2015, not legal advice. It never "
                    "stops the store offering more; if in doubt, escalate.")


class _Found:
    """The remedies, notes and rules an assessment collects, in order."""

    def __init__(self) -> None:
        self.remedies: list[RemedyHint] = []
        self.notes: list[str] = []
        self.rules: list[str] = []

    def cite(self, *rules: str) -> None:
        self.rules += [r for r in rules if r not in self.rules]

    def note(self, text: str, *rules: str) -> None:
        self.notes.append(text)
        self.cite(*rules)

    def remedy(self, hint: RemedyHint) -> None:
        self.remedies.append(hint)
        self.cite(*hint.rules)

    def hint(self, *, out_of_time: bool = False, deadline: date | None = None) -> LegalHint:
        return LegalHint(tuple(self.remedies), tuple(self.notes), out_of_time, deadline,
                         DISCLAIMER, tuple(self.rules))


# ---- dates -----------------------------------------------------------------------------------
def short_term_last_day(delivered: date) -> date:
    """s22(3): 30 days beginning with the first day after delivery."""
    return days_after(delivered, SHORT_TERM_DAYS)


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
        return phrase("Prescription and Limitation (Scotland) Act 1973, s6")
    if jurisdiction == "northern_ireland":
        return phrase("Limitation (Northern Ireland) Order 1989, art. 4")
    return phrase("Limitation Act 1980, s5")


@dataclass(frozen=True)
class ShortTerm:
    """The short-term right's last day, and how it was worked out."""

    last_day: date | None        # None: paused while the customer waits for the goods
    how: str = ""


def short_term_window(facts: PurchaseFacts) -> ShortTerm:
    """s22(3), with the pause of s22(6)-(8) for a repair or replacement asked for in time."""
    started = facts.started
    assert started is not None
    end = short_term_last_day(started)
    asked, back = facts.repair_requested, facts.repair_returned
    if not (facts.repair_or_replacement_tried and asked and asked <= end):
        return ShortTerm(end)
    if back is None or back < asked:
        return ShortTerm(None, phrase(
            "the 30 days stopped on {asked}, when the customer asked for the repair or "
            "replacement, and start again when the goods come back, with at least {left} days "
            "then left (s22(6)-(8))", asked=long_date(asked), left=DAYS_LEFT_AFTER_REPAIR))
    waited = days_from_to(asked, back)
    paused = end + timedelta(days=waited)
    at_least = days_after(back, DAYS_LEFT_AFTER_REPAIR)
    how = phrase("the 30 days stopped for the {waited} days from asking for the repair or "
                 "replacement on {asked} to getting the goods back on {back} (s22(6)-(7)), "
                 "so they end on {end}", waited=waited, asked=long_date(asked),
                 back=long_date(back), end=long_date(paused))
    if at_least > paused:
        how = phrase("{how}; at least {left} days remain after the goods came back, so the "
                     "right lasts until {until} (s22(8))", how=how,
                     left=DAYS_LEFT_AFTER_REPAIR, until=long_date(at_least))
    return ShortTerm(max(paused, at_least), how)


# ---- the assessment --------------------------------------------------------------------------
DELIVERY_NOTES = (
    phrase("Unless a time was agreed, goods must be delivered without undue delay and within 30 "
           "days of the contract (s28(3)). If delivery was late and the time was essential, or "
           "a further period the customer set has also passed, the customer may end the "
           "contract and get all their money back without undue delay (s28(6)-(13))."),
    phrase("Until the goods come into the physical possession of the customer (or someone they "
           "named), they are at the store's risk: goods lost or damaged on the way are ours to "
           "put right (s29)."),
)
REFUND_REFUSED_NOTE = phrase(
    "Whether a refund is owed depends on why the customer wants one: goods faulty, not as "
    "described or not fit for purpose give statutory rights (choose that category instead to "
    "see them); goods bought online, by phone or away from the shop can usually be cancelled "
    "within 14 days of delivery (Consumer Contracts Regulations 2013, reg. 29-30); a change "
    "of mind in the shop is the store's own policy. Ask what the reason was.")
IN_SHOP_CHANGE_OF_MIND = phrase(
    "Bought in the shop: the law gives no right to return goods for a change of mind, so the "
    "store's own returns policy applies (and a more generous goodwill resolution is always "
    "allowed).")
NOT_A_BREACH = phrase(
    "This does not look like a breach of the customer's statutory rights (for example how "
    "they were served, or a wait). The store's own policy applies, and a more generous "
    "goodwill resolution is always allowed.")
GIFT_NOTE = phrase(
    "The customer was given it rather than bought it: the statutory rights are the buyer's, "
    "but the person given it can enforce them where the contract was meant to benefit them, "
    "as a gift receipt shows (Contracts (Rights of Third Parties) Act 1999; in Scotland the "
    "Contract (Third Party Rights) (Scotland) Act 2017). Ask for the gift receipt.")


def assess(facts: PurchaseFacts) -> LegalHint:
    """The remedies open to the customer for these facts, with the reasoning in dates."""
    found = _Found()
    if facts.issue is Issue.NONE:
        found.note(NOT_A_BREACH)
        return found.hint()
    if facts.issue is Issue.DELIVERY:
        for note in DELIVERY_NOTES:
            found.note(note, "CRA s28" if "s28" in note else "CRA s29")
        _cancellation(facts, found)
        return found.hint()
    if facts.issue is Issue.DEPENDS_ON_REASON:
        found.note(REFUND_REFUSED_NOTE, "CCR reg. 27-29")
        _cancellation(facts, found)
        return found.hint()
    if facts.issue is Issue.CHANGE_OF_MIND:
        if not _cancellation(facts, found):
            found.note(IN_SHOP_CHANGE_OF_MIND)
        return found.hint()
    delivered = facts.delivered
    deadline = None
    limit_note = ""
    if delivered is not None:
        years = limitation_years(facts.jurisdiction)
        deadline = claim_deadline(delivered, facts.jurisdiction)
        found.cite(LIMITATION_RULE[facts.jurisdiction])
        if facts.reported_date > deadline and facts.jurisdiction == "scotland":
            found.note(phrase(
                "Possibly out of time: in Scotland the {years} years usually run from supply "
                "({supplied}, so until {deadline}), but they run from when the customer knew, "
                "or could reasonably have known, of the loss if that was later (Prescription "
                "and Limitation (Scotland) Act 1973, s6 and s11(3), as amended by the "
                "Prescription (Scotland) Act 2018). Ask when the fault showed; if in doubt, "
                "escalate. The store may help as a goodwill gesture either way.",
                years=years, supplied=long_date(delivered), deadline=long_date(deadline)))
            return found.hint(out_of_time=True, deadline=deadline)
        if facts.reported_date > deadline:
            found.note(phrase(
                "Out of time: a claim must be brought within {years} years of the breach "
                "({law}). Supplied on {supplied}, the time ran out on {deadline}, before the "
                "report on {reported}. The store may still help as a goodwill gesture.",
                years=years, law=_limitation_law(facts.jurisdiction),
                supplied=long_date(delivered), deadline=long_date(deadline),
                reported=long_date(facts.reported_date)))
            return found.hint(out_of_time=True, deadline=deadline)
        limit_note = phrase("Time limit for a claim: {years} years from supply ({law}), so "
                            "until {deadline}.", years=years,
                            law=_limitation_law(facts.jurisdiction),
                            deadline=long_date(deadline))
    if facts.supply is Supply.SERVICE:
        _service(facts, found)
    elif facts.supply is Supply.DIGITAL:
        _digital(facts, found)
    else:
        _goods(facts, found)
    _cancellation(facts, found)
    if facts.gift:
        found.note(GIFT_NOTE, "Third-party rights")
    if limit_note:
        found.note(limit_note)
    elif facts.supply is Supply.SERVICE:
        found.note(phrase("Enter the date the service was provided to see the time limit for "
                          "a claim."))
    return found.hint(deadline=deadline)


def _within_days(days: int = REFUND_WITHIN_DAYS) -> str:
    return phrase("Within {days} days", days=days)


def _cancellation(facts: PurchaseFacts, found: _Found) -> Cancellation | None:
    """The Regulations' 14 days, as a remedy while open and a note otherwise."""
    result = cancellation(facts.how_bought, goods=facts.supply is Supply.GOODS,
                          digital=facts.supply is Supply.DIGITAL,
                          started=facts.delivered, contract_day=facts.purchase_date,
                          reported=facts.reported_date, perishable=facts.perishable)
    if result is None:
        return None
    if result.open:
        found.remedy(RemedyHint(
            Remedy.CANCEL, phrase("Cancel for a refund (14-day cancellation right)"),
            "CCR 2013 reg. 29-30, 34", result.text,
            phrase("Cancel the order: refund the price and standard delivery"),
            phrase("Within {days} days of getting the goods back", days=REFUND_WITHIN_DAYS),
            phrase("Money back without a reason; the goods come back to us"), result.rules))
    else:
        found.note(result.text, *result.rules)
    return result


def _when(facts: PurchaseFacts) -> str:
    """When it was supplied and reported, in the words for what it was."""
    delivered, reported = facts.delivered, long_date(facts.reported_date)
    if delivered is None:
        return phrase("Reported on {reported} (date of supply not known)", reported=reported)
    supplied = long_date(delivered)
    if facts.supply is Supply.SERVICE:
        return phrase("Service provided on {supplied} and reported on {reported}",
                      supplied=supplied, reported=reported)
    if facts.supply is Supply.DIGITAL:
        return phrase("Supplied on {supplied} and reported on {reported}",
                      supplied=supplied, reported=reported)
    return phrase("Delivered on {supplied} and reported on {reported}",
                  supplied=supplied, reported=reported)


def _presumption_note(facts: PurchaseFacts, sections: str) -> str:
    delivered = facts.delivered
    assert delivered is not None
    last = presumption_last_day(delivered)
    seen = facts.fault_seen
    showed = (phrase("The fault showed on {seen}", seen=long_date(seen))
              if facts.fault_appeared else phrase("Reported"))
    if seen <= last:
        return phrase("{showed} within the 6 months after delivery on {delivered} (up to and "
                      "including {last}): the fault is taken to have been there at delivery "
                      "unless we can show otherwise ({sections}).", showed=showed,
                      delivered=long_date(delivered), last=long_date(last), sections=sections)
    return phrase("{showed} more than 6 months after delivery on {delivered} (the 6 months "
                  "ended on {last}): the customer has to show the fault was there at "
                  "delivery, for example with an independent report; the presumption of "
                  "{sections} no longer applies.", showed=showed,
                  delivered=long_date(delivered), last=long_date(last), sections=sections)


# ---- goods -----------------------------------------------------------------------------------
_GOODS_SECTION = {Issue.NOT_AS_DESCRIBED: "s11", Issue.NOT_FIT_FOR_PURPOSE: "s10"}
REPAIR_TRIED_NOTE = phrase(
    "If the customer asked for that repair or replacement within the 30 days, the days spent "
    "waiting for it do not count and at least 7 days remain after it came back (s22(6)-(8)): "
    "enter when it was asked for and when the goods came back to see whether a full refund "
    "is still due.")


def _goods(facts: PurchaseFacts, found: _Found) -> None:
    started = facts.started
    breach = _GOODS_SECTION.get(facts.issue, "s9")
    found.cite("CRA s9-11")
    if started is None:
        found.note(phrase("Without the date of purchase or delivery the time limits cannot be "
                          "worked out: ask for the receipt or order."))
        found.remedy(_repair_or_replace(breach, phrase(
            "{when}: a repair or replacement is always open while the goods are faulty",
            when=_when(facts))))
        _goods_notes(facts, found)
        return
    found.note(_presumption_note(facts, "s19(14)-(15)"), "CRA s19(14)-(15)")
    day = (facts.reported_date - started).days
    window = short_term_window(facts)
    if day < 0:
        found.note(phrase("The report date ({reported}) is before the delivery date "
                          "({delivered}): check the dates.",
                          reported=long_date(facts.reported_date), delivered=long_date(started)))
    if window.last_day is None or facts.reported_date <= window.last_day:
        found.remedy(_short_term(facts, window, day, breach))
    else:
        values = dict(end=long_date(window.last_day), started=long_date(started),
                      reported=long_date(facts.reported_date), day=day)
        found.note(phrase("The 30-day short-term right to reject ended on {end} (delivered "
                          "{started}, reported {reported}, day {day}; {how}).",
                          how=window.how, **values) if window.how else
                   phrase("The 30-day short-term right to reject ended on {end} (delivered "
                          "{started}, reported {reported}, day {day}).", **values),
                   "CRA s22(3)", *(("CRA s22(6)-(8)",) if window.how else ()))
    if facts.repair_or_replacement_tried:
        if window.last_day is not None and facts.reported_date > window.last_day \
                and facts.repair_requested is None:
            found.note(REPAIR_TRIED_NOTE, "CRA s22(6)-(8)")
        for remedy in _after_failed_repair(facts, started, breach):
            found.remedy(remedy)
    else:
        late = window.last_day is not None and facts.reported_date > window.last_day
        reason = (phrase("{when}, day {day}, after the 30 days ended on {end}: the customer is "
                         "entitled to one repair or replacement first", when=_when(facts),
                         day=day, end=long_date(window.last_day)) if late else
                  phrase("{when}: the customer may choose this instead of a refund",
                         when=_when(facts)))
        found.remedy(_repair_or_replace(breach, reason))
    _goods_notes(facts, found)


def _short_term(facts: PurchaseFacts, window: ShortTerm, day: int, breach: str) -> RemedyHint:
    """The full refund of the short-term right to reject, while it is open."""
    if window.how:
        counted = window.how
    elif day >= 0:
        counted = phrase("day {day} of the {days} days, which end on {end}", day=day,
                         days=SHORT_TERM_DAYS, end=long_date(window.last_day))
    else:
        counted = phrase("the {days} days, which end on {end}, have not run out",
                         days=SHORT_TERM_DAYS, end=long_date(window.last_day))
    perishable = (phrase("Perishable goods: the right lasts only as long as they could "
                         "reasonably be expected to last, which may be less than 30 days "
                         "(s22(4)).") if facts.perishable else
                  phrase("Perishable goods can have a shorter period (s22(4))."))
    return RemedyHint(
        Remedy.SHORT_TERM_REJECT, phrase("Full refund (short-term right to reject)"),
        f"{breach}, s20, s22",
        phrase("{when}: {counted}. The customer may reject the goods for a full refund, due "
               "within {days} days of agreeing, by the same payment method, with no deduction "
               "for use and no fee (s20(15)-(18)). {perishable}", when=_when(facts),
               counted=counted, days=REFUND_WITHIN_DAYS, perishable=perishable),
        phrase("Full refund to the original payment method within {days} days",
               days=REFUND_WITHIN_DAYS),
        _within_days(), phrase("Money back in full; no deduction for use"),
        ("CRA s20", "CRA s22(3)") + (("CRA s22(6)-(8)",) if window.how else ())
        + (("CRA s22(4)",) if facts.perishable else ()))


def _goods_notes(facts: PurchaseFacts, found: _Found) -> None:
    if facts.issue is Issue.DEVICE_DAMAGED:
        found.note(phrase("If the goods damaged other property, the customer may also claim "
                          "damages for that loss (s19(9)-(11))."), "CRA s19(9)-(11)")
    if facts.installed_on is not None:
        found.note(phrase("We installed it: the 30 days and the 6 months without a deduction "
                          "for use count from when the customer was told it was finished "
                          "({finished}) (s22(3)(c), s24(11)); an installation done wrongly is "
                          "itself a fault (s15).", finished=long_date(facts.installed_on)),
                   "CRA s15")
    if facts.second_hand:
        found.note(phrase("Second-hand goods have the same rights; what counts as satisfactory "
                          "quality takes account of their age, price and description, and "
                          "faults pointed out before the sale are not covered (s9(2)-(4))."),
                   "CRA s9-11")


def _after_failed_repair(facts: PurchaseFacts, started: date,
                         breach: str) -> list[RemedyHint]:
    no_deduction_until = no_deduction_last_day(started)
    within = facts.reported_date <= no_deduction_until
    if facts.motor_vehicle:
        deduction = phrase("a deduction for the use the customer has had is allowed, because "
                           "it is a motor vehicle (s24(10)(a))")
    elif within:
        deduction = phrase("no deduction for use, because it is within the 6 months after "
                           "delivery, which end on {end} (s24(10)-(11))",
                           end=long_date(no_deduction_until))
    else:
        deduction = phrase("a deduction for the use the customer has had is allowed, because "
                           "the 6 months after delivery ended on {end} (s24(8)-(10))",
                           end=long_date(no_deduction_until))
    tried = phrase("{when}. One repair or replacement has already been tried and the goods "
                   "still do not conform (s24(5))", when=_when(facts))
    return [
        RemedyHint(
            Remedy.PRICE_REDUCTION,
            phrase("Price reduction (after a failed repair or replacement)"),
            f"{breach}, s24",
            phrase("{tried}, so the customer may keep them with an appropriate reduction in "
                   "price (up to the full price), refunded within {days} days of agreeing.",
                   tried=tried, days=REFUND_WITHIN_DAYS),
            phrase("Partial refund as a price reduction, keeping the goods"),
            _within_days(), phrase("Keeps the goods and gets part of the money back"),
            ("CRA s24(5)",)),
        RemedyHint(
            Remedy.FINAL_REJECT, phrase("Refund (final right to reject)"),
            f"{breach}, s20, s24",
            phrase("{tried}, so the customer may reject them for a refund: {deduction}.",
                   tried=tried, deduction=deduction),
            phrase("Refund on return of the goods (final right to reject)"),
            _within_days(), phrase("Money back; the goods come back to us"),
            ("CRA s24(5)", "CRA s24(8)-(11)", "CRA s20")),
    ]


def _repair_or_replace(breach: str, reason: str) -> RemedyHint:
    return RemedyHint(
        Remedy.REPAIR_OR_REPLACE, phrase("Repair or replacement"), f"{breach}, s23",
        phrase("{reason}. Repair or replace at our cost, within a reasonable time and without "
               "significant inconvenience (s23(2)).", reason=reason),
        phrase("Repair or replace the goods free of charge"),
        phrase("Within a reasonable time"),
        phrase("A working item; a wait while it is repaired or replaced"), ("CRA s23",))


# ---- services --------------------------------------------------------------------------------
def _service(facts: PurchaseFacts, found: _Found) -> None:
    as_agreed = facts.issue is Issue.NOT_AS_AGREED
    breach = "s50" if as_agreed else "s49"
    when = _when(facts)
    found.cite("CRA s49-50")
    repeat = RemedyHint(
        Remedy.REPEAT_PERFORMANCE, phrase("Put the service right (repeat performance)"),
        f"{breach}, s54, s55",
        phrase("{when}. A service not as agreed or described (s50) must be done again "
               "properly, at our cost, within a reasonable time and without significant "
               "inconvenience (s55).", when=when) if as_agreed else
        phrase("{when}. A service not done with reasonable care and skill (s49) must be done "
               "again properly, at our cost, within a reasonable time and without significant "
               "inconvenience (s55).", when=when),
        phrase("Do the service again properly at no cost"), phrase("Within a reasonable time"),
        phrase("The job done properly; another visit or wait"), ("CRA s55",))
    reason = (phrase("The service has already been done again and is still not right")
              if facts.repair_or_replacement_tried else
              phrase("If repeat performance is impossible, or cannot be done within a "
                     "reasonable time or without significant inconvenience"))
    reduction = RemedyHint(
        Remedy.PRICE_REDUCTION, phrase("Price reduction"), f"{breach}, s54, s56",
        phrase("{when}. {reason}: the customer is entitled to a price reduction (up to the "
               "full price), refunded within {days} days of agreeing (s56).", when=when,
               reason=reason, days=REFUND_WITHIN_DAYS),
        phrase("Refund part (or all) of the price of the service"), _within_days(),
        phrase("Money back for the part not done properly"), ("CRA s56",))
    if not facts.repair_or_replacement_tried:
        found.remedy(repeat)
    found.remedy(reduction)
    found.note(phrase("For a service there is no 6-month presumption: the customer needs to "
                      "show what was not done properly."))
    if facts.issue is Issue.DEVICE_DAMAGED:
        found.note(phrase("If the service damaged the customer's property, damages for that "
                          "loss may also be claimed (s54(7))."))


# ---- digital content -------------------------------------------------------------------------
_DIGITAL_SECTION = {Issue.NOT_FIT_FOR_PURPOSE: "s35", Issue.NOT_AS_DESCRIBED: "s36"}


def _digital(facts: PurchaseFacts, found: _Found) -> None:
    breach = _DIGITAL_SECTION.get(facts.issue, "s34")
    when = _when(facts)
    found.cite("CRA s34-36")
    if facts.delivered is not None:
        found.note(_presumption_note(facts, "s42(9)-(10)"), "CRA s42(9)-(10)")
    repair = RemedyHint(
        Remedy.REPAIR_OR_REPLACE, phrase("Repair or replacement of the digital content"),
        f"{breach}, s42, s43",
        phrase("{when}. Digital content that does not conform must be repaired or replaced at "
               "our cost, within a reasonable time and without significant inconvenience "
               "(s43).", when=when),
        phrase("Replace or fix the digital content (for example a new code or download)"),
        phrase("Within a reasonable time"), phrase("Working content"), ("CRA s43-44",))
    reason = (phrase("A repair or replacement has already been tried and failed")
              if facts.repair_or_replacement_tried else
              phrase("If repair or replacement is impossible or is not done within a "
                     "reasonable time and without significant inconvenience"))
    reduction = RemedyHint(
        Remedy.PRICE_REDUCTION, phrase("Price reduction"), f"{breach}, s42, s44",
        phrase("{when}. {reason}: the customer is entitled to a price reduction (up to the "
               "full price), refunded within {days} days of agreeing (s44).", when=when,
               reason=reason, days=REFUND_WITHIN_DAYS),
        phrase("Refund part (or all) of the price"), _within_days(), phrase("Money back"),
        ("CRA s43-44",))
    if facts.issue is Issue.DEVICE_DAMAGED:
        found.remedy(RemedyHint(
            Remedy.DEVICE_COMPENSATION, phrase("Repair of the device or compensation"), "s46",
            phrase("{when}. The digital content damaged the customer's device or other digital "
                   "content. If the damage would not have happened had we used reasonable "
                   "care and skill, we must either repair it, within a reasonable time and "
                   "without significant inconvenience to the customer, or pay compensation for "
                   "it, within {days} days of agreeing that the customer is entitled to it "
                   "(s46(3)-(5)).", when=when, days=REFUND_WITHIN_DAYS),
            phrase("Repair the damaged device or pay compensation for it"),
            phrase("Repair: a reasonable time; payment: within {days} days of agreeing",
                   days=REFUND_WITHIN_DAYS),
            phrase("The device put right or its cost covered"), ("CRA s46",)))
    for remedy in ((reduction, repair) if facts.repair_or_replacement_tried else
                   (repair, reduction)):
        found.remedy(remedy)
    found.note(phrase("Digital content has no right to reject; content on a disc or other "
                      "physical medium counts as goods (s16)."), "CRA s16")
