"""The complaint laid out as the cycle; the customer copy leaves internal notes out."""

from __future__ import annotations

from datetime import date, datetime

from desktop_app.domain.complaint import Approval, Complaint, Escalation, SolutionOption
from desktop_app.domain.complaint_sections import complaint_sections, long_date, option_rows


def _complaint() -> Complaint:
    return Complaint(
        store_code="GLA01", model_id="four_as", staff_id=2, opened_at=datetime(2026, 3, 10, 10),
        saved_at=datetime(2026, 3, 10, 10, 4, 30), customer_account="It broke <b>",
        paraphrase="It broke, you say", customer_feelings="Cross", desired_outcome="Refund",
        product="Kettle", channel="in_store", amount_pence=2499,
        purchase_date=date(2026, 3, 1), root_cause="INTERNAL-ROOT", five_whys=("Thermostat",),
        options=(SolutionOption("Refund", 2499, "Today", "Money back"),
                 SolutionOption("Repair", 0, "A week", "Wait")),
        chosen_option=0, justification="INTERNAL-WHY", improvement_suggestion="INTERNAL-IDEA",
        approval=Approval(3, "Suzy Supervisor", datetime(2026, 3, 10, 10, 3)),
        escalation=Escalation("Store manager", "INTERNAL-REASON", datetime(2026, 3, 10, 10, 4)),
        customer_agrees=True, contact_consent=True, contact_phone="07700 900123",
        reference="GLA01-2026-000001", staff_name="Sam Staff")


def _text(sections) -> str:
    return "\n".join(f"{s.title}|{label}|{value}" for s in sections for label, value in s.rows)


def test_the_full_record_has_every_part_in_cycle_order():
    sections = complaint_sections(_complaint(), category_label="Faulty goods")
    titles = [s.title for s in sections]
    assert titles == ["The complaint", "Identify: what the customer told us",
                      "Diagnose: the root cause", "Apologise", "Solve", "Escalated", "Agreement",
                      "Thank you and follow-up", "Contact"]
    text = _text(sections)
    for value in ("It broke <b>", "£24.99", "1 March 2026", "Faulty goods", "INTERNAL-ROOT",
                  "Thermostat", "INTERNAL-WHY", "Suzy Supervisor", "INTERNAL-REASON",
                  "Sam Staff", "4 min 30 s", "07700 900123", "FOUR AS"):
        assert value in text, value


def test_the_customer_copy_leaves_out_internal_notes_and_staff():
    text = _text(complaint_sections(_complaint(), customer_copy=True))
    for internal in ("INTERNAL-ROOT", "INTERNAL-WHY", "INTERNAL-IDEA", "INTERNAL-REASON",
                     "Sam Staff", "Suzy Supervisor", "Handling time"):
        assert internal not in text, internal
    assert "Refund" in text and "Store manager" in text


def test_options_table_marks_the_chosen_one():
    assert option_rows(_complaint()) == [("1 (chosen)", "Refund", "£24.99", "Today", "Money back"),
                                         ("2", "Repair", "£0.00", "A week", "Wait")]


def test_dates_read_naturally():
    assert long_date(datetime(2026, 3, 9, 8, 5)) == "9 March 2026, 08:05"
    assert long_date(None) == "Not known"
