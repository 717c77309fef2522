"""From what the Identify step recorded to the consumer-law hint of the Solve step.

The wizard's answers name the supply type, the dates and the category; the category says
which Consumer Rights Act issue it suggests (resources/procedures/categories.toml). This
module turns them into `consumer_law.PurchaseFacts`, and the remedies found into rows for
the options table. It never decides the resolution: the store may always do better.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop_app.domain.consumer_law import (Issue, LegalHint, PurchaseFacts, Remedy, Sale,
                                             Supply, assess)
from desktop_app.domain.jurisdiction import Jurisdiction
from desktop_app.domain.law_table import LAW_TABLE_VERSION
from desktop_app.domain.phrase import phrase
from desktop_app.domain.procedure import Category
from desktop_app.domain.schema.complaint import asked_answers

REFUNDS = (Remedy.SHORT_TERM_REJECT, Remedy.FINAL_REJECT, Remedy.CANCEL)
SUPPLY_BY_ANSWER = {"goods": Supply.GOODS, "service": Supply.SERVICE,
                    "digital_content": Supply.DIGITAL}


@dataclass(frozen=True)
class SolveHint:
    """The hint, or why there is none yet (what to fill in to get one)."""

    hint: LegalHint | None
    missing: str = ""


def _as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def purchase_facts(answers: Mapping[str, Any], category: Category | None,
                   jurisdiction: Jurisdiction, today: date) -> PurchaseFacts | str:
    """The facts the Act needs, or a sentence saying what is still missing."""
    supply = SUPPLY_BY_ANSWER.get(answers.get("supply_type") or "")
    if category is None:
        return phrase("Choose the category of the complaint to see the customer's rights.")
    if supply is None:
        return phrase("Say what was bought (goods, a service or digital content) to see the "
                      "rights.")
    purchased = _as_date(answers.get("purchase_date"))
    delivered = _as_date(answers.get("delivery_date"))
    if purchased is None and delivered is None and supply is not Supply.SERVICE:
        return phrase("Enter the date of purchase (or of delivery) to see which remedies the "
                      "customer has and the dates that apply.")
    try:
        issue = Issue(category.legal_issue)
    except ValueError:
        issue = Issue.NONE
    try:
        sale = Sale(answers.get("how_bought") or Sale.IN_SHOP)
    except ValueError:
        sale = Sale.IN_SHOP
    asked = asked_answers(answers)      # a fact not asked (goods facts for a service) is empty
    facts = set(asked.get("goods_facts") or ())
    return PurchaseFacts(
        supply=supply, issue=issue, purchase_date=purchased or delivered,
        delivery_date=delivered, reported_date=_as_date(asked.get("reported_on")) or today,
        repair_or_replacement_tried=bool(asked.get("repair_already_tried")),
        jurisdiction=jurisdiction.value, motor_vehicle="motor_vehicle" in facts,
        how_bought=sale, fault_appeared=_as_date(asked.get("fault_appeared_on")),
        repair_requested=_as_date(asked.get("repair_requested_on")),
        repair_returned=_as_date(asked.get("repair_returned_on")),
        perishable="perishable" in facts, second_hand="second_hand" in facts,
        installed_on=_as_date(asked.get("installed_on")), gift="gift" in facts)


def solve_hint(answers: Mapping[str, Any], category: Category | None,
               jurisdiction: Jurisdiction, today: date) -> SolveHint:
    facts = purchase_facts(answers, category, jurisdiction, today)
    if isinstance(facts, str):
        return SolveHint(None, facts)
    return SolveHint(assess(facts))


def kept(found: SolveHint) -> dict[str, str]:
    """What the record keeps of the hint shown: its text, its rules, the table's version."""
    if found.hint is None:
        return {"legal_hint": "", "legal_rules": "", "law_table_version": ""}
    return {"legal_hint": found.hint.as_text(), "legal_rules": "; ".join(found.hint.rules),
            "law_table_version": LAW_TABLE_VERSION}


def remedy_options(hint: LegalHint, amount: str = "") -> list[dict[str, str]]:
    """Rows for the options table, one per remedy; a refund costs the price paid, when known.

    Other costs (a repair, a price reduction) are left for the staff member to fill in.
    """
    return [{"description": remedy.option_text,
             "cost": amount if remedy.remedy in REFUNDS else "", "time": remedy.time_text,
             "impact": remedy.impact, "remedy_code": remedy.remedy.value}
            for remedy in hint.remedies]
