"""The facts a till worker now enters, rule by rule, each row worked out from the Act or the
Regulations it cites (not from the code). Delivered 10 January 2026 throughout unless said:
the 30 days of s22(3) are 11 January..9 February.
"""

from __future__ import annotations

import importlib.util
import re
from datetime import date
from pathlib import Path

import pytest

from desktop_app.domain.consumer_law import Issue, PurchaseFacts, Remedy, Sale, Supply, assess
from desktop_app.domain.law_table import LAW_CHECKED, RULES, checked_line

G, S, D = Supply.GOODS, Supply.SERVICE, Supply.DIGITAL
REJECT, REPAIR, REDUCE, FINAL, REPEAT, CANCEL = (
    Remedy.SHORT_TERM_REJECT, Remedy.REPAIR_OR_REPLACE, Remedy.PRICE_REDUCTION,
    Remedy.FINAL_REJECT, Remedy.REPEAT_PERFORMANCE, Remedy.CANCEL)
DELIVERED = date(2026, 1, 10)
ROOT = Path(__file__).resolve().parents[2]


def d(month: int, day: int, year: int = 2026) -> date:
    return date(year, month, day)


def facts(reported: date, *, supply=G, issue=Issue.FAULTY, tried=False, delivered=DELIVERED,
          bought=None, **more) -> PurchaseFacts:
    return PurchaseFacts(supply, issue, bought or delivered, delivered, reported, tried,
                         "england", more.pop("motor", False), **more)


def remedies(hint) -> list[Remedy]:
    return [r.remedy for r in hint.remedies]


# --- s22(6)-(8): the 30 days stop while a repair or replacement is awaited --------------------
PAUSE = [
    # asked 1 Feb (day 22), back 10 Feb: 10 days waited (1..10 Feb) -> 9 Feb + 10 = 19 Feb;
    # 7 days after the return end 17 Feb, earlier, so 19 Feb stands (s22(7))
    pytest.param(d(2, 1), d(2, 10), d(2, 19), [REJECT, REDUCE, FINAL],
                 id="s22(7) paused: last day 19 February"),
    pytest.param(d(2, 1), d(2, 10), d(2, 20), [REDUCE, FINAL],
                 id="s22(7) paused: 20 February is a day too late"),
    # asked 9 Feb (the 30th day), back 25 Feb: 17 days waited -> 26 Feb; 7 days after the
    # return end 4 March, later, so the right lasts to 4 March (s22(8))
    pytest.param(d(2, 9), d(2, 25), d(3, 4), [REJECT, REDUCE, FINAL],
                 id="s22(8) at least 7 days after: 4 March"),
    pytest.param(d(2, 9), d(2, 25), d(3, 5), [REDUCE, FINAL],
                 id="s22(8) at least 7 days after: 5 March too late"),
    # asked on day 31: too late to pause anything (s22(6) needs the request within the time)
    pytest.param(d(2, 10), d(2, 12), d(2, 13), [REDUCE, FINAL],
                 id="s22(6) asked after the 30 days: no pause"),
    # asked, not back yet: still paused, the short-term right is not lost
    pytest.param(d(2, 1), None, d(3, 20), [REJECT, REDUCE, FINAL],
                 id="s22(7) still waiting: paused"),
]


@pytest.mark.parametrize(("asked", "back", "reported", "expected"), PAUSE)
def test_the_thirty_days_pause_while_a_repair_is_awaited(asked, back, reported, expected):
    hint = assess(facts(reported, tried=True, repair_requested=asked, repair_returned=back))
    assert remedies(hint) == expected
    if REJECT in expected and back is not None:
        reject = hint.remedies[0]
        assert "stopped for the" in reject.reasoning and "CRA s22(6)-(8)" in hint.rules
    assert "CRA s22(3)" in hint.rules


def test_the_pause_reasoning_names_the_days_and_the_seven_days_left():
    hint = assess(facts(d(3, 1), tried=True, repair_requested=d(2, 9), repair_returned=d(2, 25)))
    text = hint.remedies[0].reasoning
    assert "17 days from asking for the repair or replacement on 9 February 2026" in text
    assert "until 4 March 2026 (s22(8))" in text


# --- s22(3)(c), s24(11): installation by the store moves the start ----------------------------
def test_installation_moves_the_thirty_days_and_the_six_months():
    # delivered 10 Jan, installation finished 20 Jan: the 30 days are 21 Jan..19 Feb
    installed = dict(installed_on=d(1, 20))
    assert remedies(assess(facts(d(2, 19), **installed))) == [REJECT, REPAIR]
    assert remedies(assess(facts(d(2, 20), **installed))) == [REPAIR]
    # s24(11): 6 months beginning 21 January end 20 July: no deduction on 20 July
    final = assess(facts(d(7, 20), tried=True, **installed)).remedies[-1]
    assert "no deduction for use" in final.reasoning
    final = assess(facts(d(7, 21), tried=True, **installed)).remedies[-1]
    assert "deduction for the use the customer has had is allowed" in final.reasoning
    hint = assess(facts(d(2, 1), **installed))
    assert any("s15" in note and "20 January 2026" in note for note in hint.notes)


# --- s19(14)-(15): the presumption turns on when the fault appeared ---------------------------
@pytest.mark.parametrize(("appeared", "reported", "presumed"), [
    # the six months beginning 10 January end 9 July
    pytest.param(d(7, 9), d(7, 20), True, id="s19(14) appeared 9 July, told us 20 July"),
    pytest.param(d(7, 10), d(7, 11), False, id="s19(14) appeared 10 July: too late"),
    pytest.param(None, d(7, 9), True, id="s19(14) not known: the report date counts"),
])
def test_the_presumption_follows_when_the_fault_appeared(appeared, reported, presumed):
    hint = assess(facts(reported, fault_appeared=appeared))
    taken = any("taken to have been there at delivery" in note for note in hint.notes)
    assert taken is presumed
    if appeared:
        assert any(f"The fault showed on {appeared.day} July 2026" in n for n in hint.notes)


# --- s24(10)(a): motor vehicles -----------------------------------------------------------------
def test_a_motor_vehicle_allows_a_deduction_within_six_months_only_on_final_rejection():
    final = assess(facts(d(3, 1), tried=True, motor=True)).remedies[-1]
    assert "deduction for the use" in final.reasoning and "s24(10)(a)" in final.reasoning
    short = assess(facts(d(1, 20), motor=True)).remedies[0]
    assert short.remedy is REJECT and "no deduction for use" in short.reasoning


# --- s22(4): perishable goods ---------------------------------------------------------------
def test_perishable_goods_warn_that_the_right_may_be_shorter():
    hint = assess(facts(d(1, 15), perishable=True))
    assert "could reasonably be expected to last" in hint.remedies[0].reasoning
    assert "CRA s22(4)" in hint.rules


# --- s9(2)-(4): second-hand; gifts ------------------------------------------------------------
def test_second_hand_goods_keep_their_rights_judged_by_age_and_price():
    hint = assess(facts(d(1, 15), second_hand=True))
    assert remedies(hint) == [REJECT, REPAIR]
    assert any("Second-hand goods have the same rights" in note for note in hint.notes)


def test_a_gift_says_whose_rights_they_are():
    hint = assess(facts(d(1, 15), gift=True))
    assert any("gift receipt" in note for note in hint.notes)
    assert "Third-party rights" in hint.rules


# --- Consumer Contracts Regulations 2013: 14 days to cancel a sale away from the shop --------
CCR = [
    # reg. 30(3): 14 days after the day the goods came into possession (10 Jan): to 24 Jan
    pytest.param(Sale.ONLINE, Issue.CHANGE_OF_MIND, d(1, 24), [CANCEL],
                 id="reg. 30(3) online, day 14: cancel"),
    pytest.param(Sale.ONLINE, Issue.CHANGE_OF_MIND, d(1, 25), [],
                 id="reg. 30(3) online, day 15: too late"),
    pytest.param(Sale.PHONE, Issue.CHANGE_OF_MIND, d(1, 11), [CANCEL], id="reg. 29 by phone"),
    pytest.param(Sale.OFF_PREMISES, Issue.CHANGE_OF_MIND, d(1, 20), [CANCEL],
                 id="reg. 29 off premises"),
    # reg. 4-5: a sale in the shop is neither distance nor off-premises: no right
    pytest.param(Sale.IN_SHOP, Issue.CHANGE_OF_MIND, d(1, 11), [], id="in the shop: policy"),
    # faulty goods bought online: the CRA remedies and the cancellation right, both
    pytest.param(Sale.ONLINE, Issue.FAULTY, d(1, 20), [REJECT, REPAIR, CANCEL],
                 id="faulty online: CRA and reg. 29"),
    # a refused refund for an online sale: the rights turn on the reason, and the 14 days
    pytest.param(Sale.ONLINE, Issue.DEPENDS_ON_REASON, d(1, 20), [CANCEL],
                 id="refund refused online, in time"),
]


@pytest.mark.parametrize(("sale", "issue", "reported", "expected"), CCR)
def test_cancelling_a_sale_made_away_from_the_shop(sale, issue, reported, expected):
    hint = assess(facts(reported, issue=issue, how_bought=sale))
    assert remedies(hint) == expected
    text = " ".join(hint.notes)
    if sale is Sale.IN_SHOP:
        assert "no right to return goods for a change of mind" in text
    elif CANCEL not in expected:
        assert "ended on 24 January 2026" in text and "reg. 31" in text
    else:
        cancel = hint.remedies[-1]
        assert "ends on 24 January 2026" in cancel.reasoning
        assert "within 14 days of getting the goods back" in cancel.reasoning
        assert "CCR reg. 34" in hint.rules


def test_perishable_goods_bought_online_cannot_be_cancelled():
    hint = assess(facts(d(1, 12), issue=Issue.CHANGE_OF_MIND, how_bought=Sale.ONLINE,
                        perishable=True))
    assert remedies(hint) == [] and "reg. 28(1)" in hint.notes[0]


def test_a_service_bought_online_counts_from_the_contract_and_pays_for_what_was_done():
    # contract 10 January: 14 days after end 24 January (reg. 30(2))
    hint = assess(facts(d(1, 24), supply=S, issue=Issue.CHANGE_OF_MIND,
                        how_bought=Sale.ONLINE))
    assert remedies(hint) == [CANCEL]
    assert "pay for what was done (reg. 36)" in hint.remedies[0].reasoning


def test_digital_content_bought_online_names_the_download_exception():
    hint = assess(facts(d(1, 12), supply=D, issue=Issue.CHANGE_OF_MIND, how_bought=Sale.ONLINE))
    assert "cannot be cancelled (reg. 37)" in hint.remedies[0].reasoning


def test_change_of_mind_online_without_a_delivery_date_asks_for_it():
    hint = assess(PurchaseFacts(G, Issue.CHANGE_OF_MIND, None, None, d(1, 12),
                                how_bought=Sale.ONLINE))
    assert "Enter the date of delivery" in hint.notes[0]


# --- services need no date ------------------------------------------------------------------
def test_a_service_without_a_date_still_gets_its_remedies():
    hint = assess(PurchaseFacts(S, Issue.NOT_REASONABLE_CARE, None, None, d(3, 10)))
    assert remedies(hint) == [REPEAT, REDUCE]
    assert any("Enter the date the service was provided" in note for note in hint.notes)
    assert hint.claim_deadline is None


# --- the law table ----------------------------------------------------------------------------
def _every_case() -> list[PurchaseFacts]:
    from tests.domain.test_consumer_law import CASES
    found = [param.values[0] for param in CASES]
    found += [facts(p.values[2], tried=True, repair_requested=p.values[0],
                    repair_returned=p.values[1]) for p in PAUSE]
    found += [facts(p.values[2], issue=p.values[1], how_bought=p.values[0]) for p in CCR]
    found += [facts(d(1, 15), gift=True, second_hand=True, installed_on=d(1, 11),
                    perishable=True)]
    return found


def test_every_rule_a_hint_cites_is_in_the_law_table():
    used = set()
    for case in _every_case():
        hint = assess(case)
        used |= set(hint.rules)
        assert set(hint.rules) <= set(RULES), set(hint.rules) - set(RULES)
        assert hint.checked == LAW_CHECKED
    assert len(used) >= 20


def test_docs_law_lists_every_rule_and_the_day_it_was_checked():
    """docs/law.md is written from the table by scripts/write_law_doc.py."""
    text = (ROOT / "docs" / "law.md").read_text(encoding="utf-8")
    spec = importlib.util.spec_from_file_location("law_doc", ROOT / "scripts" /
                                                  "write_law_doc.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert text == module.document(), "run scripts/write_law_doc.py"
    missing = [rule_id for rule_id in RULES if f"`{rule_id}`" not in text]
    assert not missing, missing
    assert LAW_CHECKED.isoformat() in text
    checked = re.search(r"Last checked: (\d{4}-\d{2}-\d{2})", text)
    assert checked and checked.group(1) == LAW_CHECKED.isoformat()


def test_the_saved_text_holds_every_remedy_note_the_disclaimer_and_the_date():
    hint = assess(facts(d(1, 20), how_bought=Sale.ONLINE))
    text = hint.as_text()
    for remedy in hint.remedies:
        assert remedy.reasoning in text
    assert all(note in text for note in hint.notes)
    assert hint.disclaimer in text and checked_line() in text
    assert "1 December 2026" in checked_line()
