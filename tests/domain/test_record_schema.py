"""The record schema is the one description of every field: these tests walk it and check
that each field is covered at every boundary — the record's dataclasses, the form's check,
the import's check, the export, erasure, the screen/PDF layout and the customer copy — so
adding a field in one place and not the others fails here."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from datetime import date, datetime
from typing import Any

import pytest

from desktop_app.domain import complaint_sections, incident_sections
from desktop_app.domain.aftercare import Decision, FollowUp, NextStep
from desktop_app.domain.amendment import Amendment
from desktop_app.domain.complaint import (Approval, ClarifyingAnswer, Complaint, Escalation,
                                          SolutionOption, Status)
from desktop_app.domain.exchange_format import (CSV_COMPLAINT_COLUMNS, complaint_record,
                                                incident_record, plain)
from desktop_app.domain.incident import (Disclosure, Incident, IncidentPerson,
                                         IncidentUpdate, PersonPart)
from desktop_app.domain.procedure import Category
from desktop_app.domain.review import Review
from desktop_app.domain.schema import complaint as cs
from desktop_app.domain.schema import incident as ins
from desktop_app.domain.schema.erasure import COMPLAINT_ERASURE, INCIDENT_ERASURE
from desktop_app.domain.schema.field import Field, Kind, RecordSchema
from desktop_app.domain.schema.records import (RecordContext, complaint_errors,
                                               incident_errors, items_of)
from desktop_app.domain.schema.values import MAX_PNG_SIDE
from tests.domain.test_complaint_form import FAULTY, MODEL
from tests.samples import SIGNATURE, png

SAVED = datetime(2026, 3, 10, 10, 4)
NOW = datetime(2026, 4, 1, 9, 0)
CONTEXT = RecordContext(store_code="GLA01", now=NOW, categories={FAULTY.id: FAULTY},
                        models={MODEL.id: MODEL})

DATACLASSES: list[tuple[RecordSchema, type]] = [
    (cs.COMPLAINT, Complaint), (cs.ANSWER, ClarifyingAnswer), (cs.OPTION, SolutionOption),
    (cs.APPROVAL, Approval), (cs.ESCALATION, Escalation), (cs.AMENDMENT, Amendment),
    (cs.FOLLOW_UP, FollowUp), (cs.DECISION, Decision), (cs.REVIEW, Review),
    (ins.INCIDENT, Incident),
    (ins.PERSON, IncidentPerson), (ins.UPDATE, IncidentUpdate), (ins.DISCLOSURE, Disclosure),
]


def sample_complaint(**changes: Any) -> Complaint:
    """A complaint with something in every field and every part, sound by every rule."""
    values = dict(
        reference="GLA01-2026-000001", store_code="GLA01", model_id=MODEL.id, staff_id=2,
        staff_name="Sam Staff", opened_at=datetime(2026, 3, 10, 10, 0), saved_at=SAVED,
        customer_account="It broke.", paraphrase="It broke, you say.",
        customer_feelings="Cross", desired_outcome="Refund", implicit_needs="Be believed",
        product="Kettle", supply_type="goods", purchase_date=date(2026, 3, 1),
        delivery_date=date(2026, 3, 2), receipt_number="R1", amount_pence=2499,
        channel="in_store", repair_already_tried=True, category=FAULTY.id,
        clarifying_answers=(ClarifyingAnswer("When did it fail?", "Yesterday"),),
        root_cause="Bad batch", five_whys=("Thermostat", "Supplier"), apology_given=True,
        empathy_statement="I see", justification="Within 30 days",
        options=(SolutionOption("Refund", 1500, "Now", "Money", "refund"),
                 SolutionOption("Replace", 2499, "Now", "Kettle")),
        chosen_option=0, reasonable_adjustments="Seat offered",
        approval=Approval(3, "Val Supervisor", datetime(2026, 3, 10, 10, 3)),
        escalation=Escalation("Store manager", "Wants more", SAVED, ("requested",)),
        customer_agrees=False, customer_name="Jane", signature_png=SIGNATURE, thanked=True,
        follow_up_needed=True, follow_up_due=date(2026, 3, 20), follow_up_method="phone",
        satisfaction=4, contact_consent=True, contact_phone="07700 900123",
        contact_email="jane@example.org", improvement_suggestion="Check stock",
        status=Status.AWAITING_FOLLOW_UP,
        amendments=[Amendment(datetime(2026, 3, 11, 9, 0), 3, "product", "Kettel", "Kettle",
                              "Misspelt", "Val Supervisor")],
        follow_ups=[FollowUp(date(2026, 3, 12), "phone", "Rang", "Still cross", False,
                             date(2026, 3, 20), 2, datetime(2026, 3, 12, 9, 0), "Sam Staff")],
        decisions=[Decision(datetime(2026, 3, 11, 10, 0), 3, "Refund", "Our fault entirely",
                            NextStep.TELL_CUSTOMER, date(2026, 3, 20), "Val Supervisor")],
        reviews=[Review(datetime(2026, 3, 13, 9, 0), 3, "Asked good questions first",
                        "Offer the customer a choice before escalating", "Val Supervisor",
                        datetime(2026, 3, 13, 12, 0))],
    )
    values.update(changes)
    return Complaint(**values)


def sample_incident(**changes: Any) -> Incident:
    values = dict(
        reference="GLA01-2026-I000001", store_code="GLA01", reported_by=2,
        reported_by_name="Sam Staff", recorded_at=datetime(2026, 3, 10, 10, 30),
        occurred_at=datetime(2026, 3, 10, 10, 0), location="Till 1", account="He swore.",
        situation="Queue", task="Serving", action="Stayed calm", result="He left",
        behaviours=("verbal_abuse", "hate_motivated", "other"),
        protected_characteristics=("race",), behaviour_other="Threw a basket",
        trigger="other", trigger_other="Asked to wait", deescalation=("calm_tone",),
        deescalation_other="Moved away", called={"police": "10:05"}, police_attended=True,
        crime_reference="CR-1", injury="minor", injury_details="Bruise", days_off_work=2,
        cctv_captured=True, cctv_reference="Cam 2", person_description="Tall",
        welfare_support_offered=True, debrief_date=date(2026, 3, 11), welfare_done=True,
        people=(IncidentPerson(PersonPart.AFFECTED, 2, "Sam Staff"),
                IncidentPerson(PersonPart.WITNESS, None, "A shopper", "07700 900999")),
        updates=(IncidentUpdate(datetime(2026, 3, 11, 9, 0), 3, "note", "Checked", "Val"),),
        disclosures=(Disclosure(date(2026, 3, 12), "PC Example", "Police Scotland",
                                "Investigation", "cctv", 3),),
        complaint_reference="GLA01-2026-000001",
    )
    values.update(changes)
    return Incident(**values)


# ---- the schema and the records --------------------------------------------------------
@pytest.mark.parametrize(("schema", "kind"), DATACLASSES, ids=[s.name for s, _ in DATACLASSES])
def test_the_schema_describes_every_attribute_of_the_record(schema, kind):
    described = {f.name for f in schema if f.stored}
    attributes = {f.name for f in dataclasses.fields(kind)} - {"id"}
    assert described == attributes


def test_every_field_has_its_label_from_resources():
    for schema, _ in DATACLASSES:
        assert all(f.label for f in schema), schema.name
    for schema in (cs.COMPLAINT, ins.INCIDENT):
        for path, f in schema.walk():
            assert f.label and not f.label[0].islower(), path


def test_the_samples_are_sound():
    assert complaint_errors(sample_complaint(), CONTEXT) == {}
    assert incident_errors(sample_incident(), CONTEXT) == {}


# ---- every field fails the check of its kind at every door ------------------------------
BAD: dict[Kind, Any] = {
    Kind.MONEY: -1, Kind.PAST_DATE: date(2099, 1, 1), Kind.FUTURE_DATE: date(2001, 1, 1),
    Kind.DATE: date(1800, 1, 1), Kind.DATETIME: datetime(2099, 1, 1), Kind.CHOICE: "nope",
    Kind.CHOICES: ("nope",), Kind.CHECK: "maybe", Kind.YES_NO: "perhaps", Kind.RATING: 99,
    Kind.REFERENCE: "nope", Kind.STAFF: "someone", Kind.STAFF_LIST: ["someone"],
    Kind.CALL_TIMES: {"police": "25:99"}, Kind.PNG: b"not a png",
}


def bad_value(f: Field) -> Any:
    if f.is_text:
        return "x" * (f.max_length + 1)
    if f.kind is Kind.COUNT:
        return (f.maximum if f.maximum is not None else 10**6) + 1
    if f.kind is Kind.TEXT_LIST:
        return ("x" * (f.max_length + 1),)
    return BAD[f.kind]


def _paths(schema: RecordSchema, record: Any) -> list[tuple[str, tuple, Field]]:
    """(path, where) of every stored value of `record`: where is a chain of (attribute,
    index or None) steps to reach it."""
    found = []
    for f in schema:
        if not f.stored:
            continue
        if f.kind is Kind.PART:
            items = items_of(f, getattr(record, f.name))
            assert items, f"the sample has no {f.key} to check"
            where = f.key if f.max_items == 1 else f"{f.key}[0]"
            index = None if f.max_items == 1 else 0
            for path, steps, inner in _paths(f.part, items[0]):
                found.append((f"{where}.{path}", ((f.name, index),) + steps, inner))
        else:
            found.append((f.key, ((f.name, None),), f))
    return found


def _with(record: Any, steps: tuple, value: Any) -> Any:
    (name, index), rest = steps[0], steps[1:]
    if not rest:
        return dataclasses.replace(record, **{name: value})
    current = getattr(record, name)
    if index is None:
        return dataclasses.replace(record, **{name: _with(current, rest, value)})
    items = list(current)
    items[index] = _with(items[index], rest, value)
    return dataclasses.replace(record, **{name: type(current)(items)})


COMPLAINT_PATHS = _paths(cs.COMPLAINT, sample_complaint())
INCIDENT_PATHS = _paths(ins.INCIDENT, sample_incident())


@pytest.mark.parametrize(("path", "steps", "field"), COMPLAINT_PATHS,
                         ids=[p for p, _, _ in COMPLAINT_PATHS])
def test_a_bad_value_in_any_complaint_field_is_refused_by_name(path, steps, field):
    broken = _with(sample_complaint(), steps, bad_value(field))
    errors = complaint_errors(broken, CONTEXT)
    assert path in errors, errors


@pytest.mark.parametrize(("path", "steps", "field"), INCIDENT_PATHS,
                         ids=[p for p, _, _ in INCIDENT_PATHS])
def test_a_bad_value_in_any_incident_field_is_refused_by_name(path, steps, field):
    broken = _with(sample_incident(), steps, bad_value(field))
    errors = incident_errors(broken, CONTEXT)
    assert path in errors, errors


def test_the_wizard_checks_every_field_a_step_asks_with_the_same_rule():
    from desktop_app.domain.complaint_form import step_errors
    from tests.domain.test_complaint_form import answers, ctx

    asked = {key: step for step in MODEL.steps for key in step.fields}
    assert set(asked) <= set(cs.PLAIN_FIELDS)
    for key, step in asked.items():
        f = cs.COMPLAINT[key]
        if f.kind is Kind.CHECK:
            continue          # a box is ticked or not: there is nothing out of range
        value = bad_value(f)
        errors = step_errors(step, answers(**{key: value}), ctx())
        assert key in errors, (key, errors)
    special = {key for keys in cs.SPECIAL_PARTS.values() for key in keys}
    stored_form = {f.key for f in cs.COMPLAINT.where(form=True)}
    assert stored_form - {"escalation"} <= set(cs.PLAIN_FIELDS) | special, "no step asks it"
    asked_part = {f.key for f in cs.ESCALATION.where(form=True)}
    assert set(cs.ESCALATION_ANSWERS.values()) == asked_part


def test_a_signature_must_be_a_real_png_of_sensible_size():
    huge = png(MAX_PNG_SIDE[0] + 1, 10)
    for value in (b"\x89PNG\r\n\x1a\nnot really", huge):
        assert "signature_png" in complaint_errors(sample_complaint(signature_png=value),
                                                   CONTEXT)


# ---- record-level rules ----------------------------------------------------------------
@pytest.mark.parametrize(("changes", "path"), [
    ({"saved_at": datetime(2026, 3, 10, 9, 0)}, "saved_at"),
    ({"store_code": "EDI02"}, "store_code"),
    ({"chosen_option": 7}, "chosen_option"),
    ({"model_id": "nope"}, "model_id"),
    ({"status": Status.CLOSED, "closed_at": datetime(2026, 3, 12), "closure_note": ""},
     "closure_note"),
    ({"contact_consent": False}, "contact_phone"),
    ({"escalation": None, "status": Status.ESCALATED}, "status"),
    ({"follow_up_needed": False}, "follow_up_due"),
    ({"customer_agrees": None}, "customer_agrees"),
])
def test_the_record_rules(changes, path):
    assert path in complaint_errors(sample_complaint(**changes), CONTEXT)


def test_categories_that_always_escalate_must_have_been_escalated():
    discrimination = Category("discrimination", "Discrimination", always_escalate=True)
    context = dataclasses.replace(CONTEXT, categories={discrimination.id: discrimination})
    errors = complaint_errors(sample_complaint(category="discrimination", escalation=None,
                                               status=Status.OPEN), context)
    assert "escalation" in errors


def _erased(record: Any, schema: RecordSchema) -> Any:
    """The record as anonymising leaves it, worked out from the schema alone."""
    changes = {}
    for f in schema:
        if f.kind is Kind.PART and f.stored:
            value = getattr(record, f.name)
            if f.max_items == 1:
                changes[f.name] = _erased(value, f.part) if value is not None else None
            else:
                changes[f.name] = type(value)(_erased(item, f.part) for item in value)
        elif f.personal and f.stored:
            changes[f.name] = f.erased_to
    return dataclasses.replace(record, **changes)


def test_an_anonymised_record_needs_no_personal_fields_but_keeps_no_others():
    anonymised = dataclasses.replace(_erased(sample_complaint(), cs.COMPLAINT),
                                     anonymised_at=datetime(2026, 3, 30),
                                     contact_consent=False)
    assert complaint_errors(anonymised, CONTEXT) == {}
    leftover = dataclasses.replace(anonymised, customer_name="Jane")
    assert "customer_name" in complaint_errors(leftover, CONTEXT)


# ---- export, layout, customer copy, erasure ----------------------------------------------
def test_the_json_export_holds_every_stored_field():
    record = complaint_record(sample_complaint(), {2: "S01", 3: "V01"})
    for path, steps, f in COMPLAINT_PATHS:
        top = steps[0][0]
        assert top in record or (f.kind is Kind.STAFF and "staff_code" in record), path
    assert set(plain(sample_incident())) == {f.name for f in ins.INCIDENT if f.stored} | {"id"}
    assert incident_record(sample_incident(), {2: "S01", 3: "V01"})["reported_by"] == "S01"


def test_the_csv_export_has_a_column_for_every_field_marked_exported():
    for f in cs.COMPLAINT.where(exported=True):
        if f.kind is Kind.PART:
            assert set(cs.ESCALATION_ANSWERS) <= set(CSV_COMPLAINT_COLUMNS)
        else:
            assert ("staff_code" if f.kind is Kind.STAFF else f.name) in CSV_COMPLAINT_COLUMNS


#: Stored fields the screen and the PDF do not show, and why.
NOT_SHOWN = {
    "store_code": "the store is in every report's header",
    "staff": "shown as staff_name", "people": "shown as the staff affected and witnesses",
    "reported_by": "shown as reported_by_name", "updates": "a table of its own",
    "disclosures": "a table of its own", "options": "a table of its own (option_rows)",
}


def test_every_field_is_laid_out_on_screen_and_paper_or_said_why_not():
    for schema, layout in ((cs.COMPLAINT, complaint_sections.LAYOUT),
                           (ins.INCIDENT, incident_sections.LAYOUT)):
        shown = {key for _, keys in layout for key in keys}
        for f in schema:
            if f.stored:
                assert f.key in shown or f.key in NOT_SHOWN, f"{schema.name}.{f.key}"


def test_the_screen_and_the_pdf_use_the_schema_labels():
    sections = complaint_sections.complaint_sections(sample_complaint())
    labels = {label for s in sections for label, _ in s.rows}
    for key in ("customer_account", "product", "receipt_number", "satisfaction",
                "contact_phone", "follow_up_due"):
        assert cs.COMPLAINT[key].label in labels, key
    rows = {row.label for s in incident_sections.incident_sections(sample_incident())
            for row in s.rows}
    for key in ("location", "account", "crime_reference", "injury_details", "debrief_date"):
        assert ins.INCIDENT[key].label in rows, key


def test_the_customer_copy_leaves_out_what_the_schema_keeps_internal():
    copy = complaint_sections.complaint_sections(sample_complaint(), customer_copy=True)
    full = complaint_sections.complaint_sections(sample_complaint())
    copy_labels = {label for s in copy for label, _ in s.rows}
    full_labels = {label for s in full for label, _ in s.rows}
    internal = [f for f in cs.COMPLAINT if not f.customer_copy and f.label in full_labels]
    assert internal, "the full record shows the internal fields"
    for f in internal:
        assert f.label not in copy_labels, f.key
    text = repr(copy)
    assert "Wants more" not in text and "Our fault entirely" not in text
    assert "Val Supervisor" not in text and "Bad batch" not in text


def test_the_customer_copy_never_shows_contact_details_without_consent():
    no_consent = sample_complaint(contact_consent=False)
    for copy in (True, False):
        sections = complaint_sections.complaint_sections(no_consent, customer_copy=copy)
        text = repr(sections)
        assert "07700 900123" not in text and "jane@example.org" not in text
    with_consent = complaint_sections.complaint_sections(sample_complaint(), customer_copy=True)
    assert "07700 900123" in repr(with_consent)


def test_erasure_clears_every_field_the_schema_marks_personal():
    for schema, erasure in ((cs.COMPLAINT, COMPLAINT_ERASURE), (ins.INCIDENT, INCIDENT_ERASURE)):
        personal = {path for path, f in schema.walk() if f.personal
                    and f.kind is not Kind.PART and _stored_path(schema, path)}
        assert personal == erasure.paths
    assert {"product", "root_cause", "five_whys", "empathy_statement", "closure_note",
            "escalation.to", "escalation.reason", "options.description", "decisions.decision",
            "decisions.reason", "amendments.reason", "follow_ups.customer_words"} \
        <= COMPLAINT_ERASURE.paths
    assert {"location", "crime_reference", "injury_details", "disclosures.recipient",
            "disclosures.reason", "updates.text", "people.name"} <= INCIDENT_ERASURE.paths
    assert {"product", "customer_name", "contact_phone"} <= COMPLAINT_ERASURE.amended


def _stored_path(schema: RecordSchema, path: str) -> bool:
    head = path.split(".")[0]
    return schema[head].stored


def test_the_export_format_document_names_every_stored_field():
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "export-format.md").read_text(
        encoding="utf-8")
    json_names = {"staff": "staff_code", "approver": "approver_code",
                  "reported_by": "reported_by", "recorded_by": "recorded_by"}
    for schema in (cs.COMPLAINT, ins.INCIDENT):
        for path, f in schema.walk():
            top = schema[path.split(".")[0]]
            if not top.stored or f.key in ("staff_name", "reported_by_name", "approver_name",
                                           "store_code", "seen_at", "recorded_at"):
                continue
            name = json_names.get(f.key, f.name)
            assert name in doc, f"{schema.name}: {path} ({name}) is not in export-format.md"


def test_the_export_format_document_lists_the_csv_columns_in_order():
    doc = (Path(__file__).resolve().parents[2] / "docs" / "export-format.md").read_text(
        encoding="utf-8")
    listed = doc.split("one row each, with the columns\n`", 1)[1].split("`", 1)[0]
    assert tuple(c.strip() for c in listed.split(",")) == CSV_COMPLAINT_COLUMNS
