"""The 14-day right to cancel a sale made online, by phone or away from the shop.

Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013: a
distance or off-premises contract can be cancelled without a reason (regs. 27-29) until 14
days after the day the goods came into the customer's physical possession, or for a
service or online digital content 14 days after the day the contract was made (reg. 30);
up to 12 months longer if the customer was never told of the right (reg. 31). The refund,
with standard delivery, is due within 14 days of getting the goods back or proof they were
sent (reg. 34). Some goods are exempt (reg. 28). A sale in the shop has no such right: a
change of mind there is the store's own policy.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop_app.domain.law_dates import days_after, long_date
from desktop_app.domain.phrase import listed, phrase

CANCEL_DAYS = 14
REFUND_DAYS = 14


class Sale(StrEnum):
    """How the goods or service were bought."""

    IN_SHOP = "in_shop"
    ONLINE = "online"
    PHONE = "phone"
    OFF_PREMISES = "off_premises"

    @property
    def cancellable(self) -> bool:
        """A distance (online, phone, mail order) or off-premises contract (reg. 4-5)."""
        return self is not Sale.IN_SHOP

    @property
    def bought(self) -> str:
        """How it was bought, as the start of the cancellation note (a sale that can be
        cancelled: one in the shop has no such note)."""
        return {Sale.ONLINE: phrase("Bought online"),
                Sale.PHONE: phrase("Bought by phone or mail order"),
                Sale.OFF_PREMISES: phrase("Bought away from the shop")}[self]


@dataclass(frozen=True)
class Cancellation:
    """What the Regulations say for one sale: the period's last day, and whether it is open."""

    last_day: date | None          # None: the day it started is not known
    open: bool
    text: str
    rules: tuple[str, ...]


def cancellation(sale: Sale, *, goods: bool, digital: bool, started: date | None,
                 contract_day: date | None, reported: date,
                 perishable: bool = False) -> Cancellation | None:
    """None for a sale in the shop. `started`: the day the goods came into the customer's
    possession; `contract_day`: the day the contract was made."""
    if not sale.cancellable:
        return None
    how = sale.bought
    if goods and perishable:
        return Cancellation(None, False, phrase(
            "{how}, but goods liable to deteriorate rapidly cannot be cancelled under the "
            "Consumer Contracts Regulations 2013 (reg. 28(1)); the Consumer Rights Act "
            "remedies above still apply if they are faulty.", how=how), ("CCR reg. 28",))
    first = started if goods else contract_day
    if first is None:
        return Cancellation(None, False, phrase(
            "{how}: the customer can cancel within {days} days without a reason (Consumer "
            "Contracts Regulations 2013, reg. 29-30). Enter the date of delivery to see "
            "whether that time has passed.", how=how, days=CANCEL_DAYS),
            ("CCR reg. 27-29", "CCR reg. 30"))
    last = days_after(first, CANCEL_DAYS)
    counted = (phrase("the {days}-day cancellation period after the day the goods came into "
                      "the customer's possession on {first}", days=CANCEL_DAYS,
                      first=long_date(first)) if goods else
               phrase("the {days}-day cancellation period after the day the contract was "
                      "made on {first}", days=CANCEL_DAYS, first=long_date(first)))
    if reported <= last:
        rules = ("CCR reg. 27-29", "CCR reg. 30", "CCR reg. 34")
        text = phrase(
            "{how}: {counted} ends on {last} (reg. 30), and it was reported on {reported}. "
            "The customer may cancel without giving a reason. Refund the price and standard "
            "delivery within {days} days of getting the goods back or proof they were sent; a "
            "deduction only for handling beyond what was needed to look at them (reg. 34). "
            "Exempt: goods made to the customer's specification or personalised, and sealed "
            "hygiene goods, recordings or software that were unsealed (reg. 28).", how=how,
            counted=counted, last=long_date(last), reported=long_date(reported),
            days=REFUND_DAYS)
        if digital:
            rules += ("CCR reg. 36-37",)
            text = listed((text, phrase(
                "Digital content downloaded or streamed with the customer's consent and "
                "acknowledgement cannot be cancelled (reg. 37).")), " ")
        elif not goods:
            rules += ("CCR reg. 36-37",)
            text = listed((text, phrase(
                "If the service began within the period at the customer's request, they pay "
                "for what was done (reg. 36).")), " ")
        return Cancellation(last, True, text, rules)
    return Cancellation(last, False, phrase(
        "{how}: {counted} ended on {last} (Consumer Contracts Regulations 2013, reg. 30). If "
        "the customer was never told of the right to cancel, it runs up to 12 months longer "
        "(reg. 31): check the order confirmation.", how=how, counted=counted,
        last=long_date(last)), ("CCR reg. 30", "CCR reg. 31"))
