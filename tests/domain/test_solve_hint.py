"""From the wizard's answers to the Solve step's hint and suggested options."""

from __future__ import annotations

from datetime import date

from desktop_app.domain.consumer_law import Remedy, Supply
from desktop_app.domain.jurisdiction import Jurisdiction
from desktop_app.domain.procedure import Category
from desktop_app.domain.solve_hint import purchase_facts, remedy_options, solve_hint

FAULTY = Category("faulty_goods", "Faulty or damaged goods", ("When?",), "faulty")
CHANGE_OF_MIND = Category("change_of_mind", "Changed their mind", (), "none")
TODAY = date(2026, 3, 10)


def test_it_says_what_is_missing_before_it_can_advise():
    assert "category" in solve_hint({}, None, Jurisdiction.ENGLAND, TODAY).missing
    assert "what was bought" in solve_hint({}, FAULTY, Jurisdiction.ENGLAND, TODAY).missing
    missing = solve_hint({"supply_type": "goods"}, FAULTY, Jurisdiction.ENGLAND, TODAY).missing
    assert "date of purchase" in missing


def test_answers_become_facts_with_draft_dates_as_text_too():
    answers = {"supply_type": "digital_content", "purchase_date": "2026-03-01",
               "repair_already_tried": True}
    facts = purchase_facts(answers, FAULTY, Jurisdiction.SCOTLAND, TODAY)
    assert facts.supply is Supply.DIGITAL and facts.purchase_date == date(2026, 3, 1)
    assert facts.repair_or_replacement_tried and facts.jurisdiction == "scotland"
    assert facts.reported_date == TODAY


def test_remedies_become_options_and_only_refunds_carry_the_price():
    answers = {"supply_type": "goods", "purchase_date": date(2026, 3, 1), "amount": "24.99"}
    found = solve_hint(answers, FAULTY, Jurisdiction.ENGLAND, TODAY)
    rows = remedy_options(found.hint, "24.99")
    assert [r["remedy_code"] for r in rows] == [Remedy.SHORT_TERM_REJECT, Remedy.REPAIR_OR_REPLACE]
    assert [r["cost"] for r in rows] == ["24.99", ""]
    assert all(r["description"] and r["time"] and r["impact"] for r in rows)


def test_a_category_without_statutory_rights_suggests_nothing():
    answers = {"supply_type": "goods", "purchase_date": date(2026, 3, 1)}
    found = solve_hint(answers, CHANGE_OF_MIND, Jurisdiction.ENGLAND, TODAY)
    assert found.hint.remedies == () and "policy" in found.hint.notes[0]


def test_every_category_names_a_known_issue():
    from desktop_app.domain.consumer_law import Issue
    from desktop_app.services.procedures import default_catalogue
    for category in default_catalogue().categories:
        assert category.legal_issue in set(Issue), category.id


def test_facts_not_asked_are_not_used():
    """A service has no goods facts and no fault date; repair dates need the tick."""
    answers = {"supply_type": "service", "purchase_date": "2026-03-01",
               "goods_facts": ["motor_vehicle"], "fault_appeared_on": "2026-03-02",
               "repair_requested_on": "2026-03-03"}
    facts = purchase_facts(answers, FAULTY, Jurisdiction.ENGLAND, TODAY)
    assert not facts.motor_vehicle and facts.fault_appeared is None
    assert facts.repair_requested is None
    goods = purchase_facts({**answers, "supply_type": "goods", "repair_already_tried": True},
                           FAULTY, Jurisdiction.ENGLAND, TODAY)
    assert goods.motor_vehicle and goods.fault_appeared == date(2026, 3, 2)
    assert goods.repair_requested == date(2026, 3, 3)
