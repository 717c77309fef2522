"""Complaint-handling models (LASS, HEAT, 4 A's, or a store's own) and categories, as data.

The files live in resources/procedures/; this module turns their parsed contents into
checked, immutable objects. A model is a list of steps; each step has a *kind* (which
page shows it), a prompt telling staff what to do, phrases they might say, and the
record fields it asks for. Whatever the model, it must cover the whole complaint cycle.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desktop_app.domain.schema.complaint import PLAIN_FIELDS, REQUIRED_COVERAGE, SPECIAL_PARTS


class StepKind(StrEnum):
    FORM = "form"                # plain fields
    QUESTIONS = "questions"      # category and its clarifying questions
    DIAGNOSIS = "diagnosis"      # root cause, optionally a 5 Whys chain
    OPTIONS = "options"          # options weighed, the chosen one and why
    AGREEMENT = "agreement"      # customer agrees or not; name; signature
    ESCALATION = "escalation"    # shown only when the rules or the staff member escalate


class ProcedureError(ValueError):
    """A procedure or category file is not usable; the message names the file and place."""


@dataclass(frozen=True)
class Step:
    id: str
    stage: str          # the model's headline step this page belongs to, e.g. "Listen"
    title: str
    kind: StepKind
    prompt: str
    say: tuple[str, ...] = ()
    avoid: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    optional: bool = False  # nothing on it is needed: the complaint may be saved before it

    @property
    def keys(self) -> tuple[str, ...]:
        """Every record key this step fills in."""
        return self.fields + SPECIAL_PARTS.get(self.kind.value, ())


@dataclass(frozen=True)
class Model:
    id: str
    name: str
    summary: str
    steps: tuple[Step, ...]

    @property
    def stages(self) -> tuple[str, ...]:
        seen: list[str] = []
        for step in self.steps:
            if step.stage not in seen:
                seen.append(step.stage)
        return tuple(seen)

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)


@dataclass(frozen=True)
class Category:
    id: str
    label: str
    questions: tuple[str, ...] = ()
    legal_issue: str = "none"         # consumer_law.Issue value this category suggests
    always_escalate: bool = False
    escalation_reason: str = ""


def _require(data: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in data or data[key] in ("", None):
        raise ProcedureError(f"{where}: '{key}' is missing.")
    return data[key]


def parse_model(data: Mapping[str, Any], source: str) -> Model:
    model_id = str(_require(data, "id", source))
    steps_data = _require(data, "steps", source)
    steps: list[Step] = []
    for index, raw in enumerate(steps_data, start=1):
        where = f"{source}, step {index}"
        kind_name = str(_require(raw, "kind", where))
        try:
            kind = StepKind(kind_name)
        except ValueError:
            known = ", ".join(k.value for k in StepKind)
            raise ProcedureError(f"{where}: kind '{kind_name}' is not one of {known}.") from None
        fields = tuple(raw.get("fields", ()))
        for key in fields:
            if key not in PLAIN_FIELDS:
                raise ProcedureError(f"{where}: field '{key}' is not a record field.")
        optional = bool(raw.get("optional", False))
        if optional and (kind is not StepKind.FORM or any(PLAIN_FIELDS[k].required
                                                           for k in fields)):
            raise ProcedureError(f"{where}: an optional step asks only fields that are not "
                                 "required, on a form page.")
        steps.append(Step(
            id=str(_require(raw, "id", where)),
            stage=str(_require(raw, "stage", where)),
            title=str(_require(raw, "title", where)),
            kind=kind,
            prompt=str(_require(raw, "prompt", where)).strip(),
            say=tuple(str(s) for s in raw.get("say", ())),
            avoid=tuple(str(s) for s in raw.get("avoid", ())),
            fields=fields,
            optional=optional,
        ))
    model = Model(model_id, str(_require(data, "name", source)),
                  str(data.get("summary", "")), tuple(steps))
    check_model(model, source)
    return model


def check_model(model: Model, source: str) -> None:
    """Refuse a model that would leave part of the complaint cycle unrecorded."""
    ids = [s.id for s in model.steps]
    if len(ids) != len(set(ids)):
        raise ProcedureError(f"{source}: two steps share an id.")
    asked = [key for step in model.steps for key in step.fields]
    repeated = {k for k in asked if asked.count(k) > 1}
    if repeated:
        raise ProcedureError(f"{source}: fields asked twice: {', '.join(sorted(repeated))}.")
    missing = REQUIRED_COVERAGE - set(asked)
    if missing:
        raise ProcedureError(f"{source}: the model never asks for {', '.join(sorted(missing))}.")
    kinds = [s.kind for s in model.steps]
    for kind in StepKind:
        if kind is StepKind.FORM:
            continue
        if kinds.count(kind) != 1:
            raise ProcedureError(f"{source}: needs exactly one '{kind.value}' step.")
    order = {kind: kinds.index(kind) for kind in kinds}
    if not order[StepKind.QUESTIONS] < order[StepKind.OPTIONS] < order[StepKind.AGREEMENT] \
            < order[StepKind.ESCALATION]:
        raise ProcedureError(f"{source}: steps must go questions, then options, then "
                             "agreement, then escalation.")


def parse_categories(data: Mapping[str, Any], source: str) -> tuple[Category, ...]:
    categories = []
    for index, raw in enumerate(_require(data, "categories", source), start=1):
        where = f"{source}, category {index}"
        categories.append(Category(
            id=str(_require(raw, "id", where)),
            label=str(_require(raw, "label", where)),
            questions=tuple(str(q) for q in raw.get("questions", ())),
            legal_issue=str(raw.get("legal_issue", "none")),
            always_escalate=bool(raw.get("always_escalate", False)),
            escalation_reason=str(raw.get("escalation_reason", "")),
        ))
    ids = [c.id for c in categories]
    if len(ids) != len(set(ids)):
        raise ProcedureError(f"{source}: two categories share an id.")
    return tuple(categories)
