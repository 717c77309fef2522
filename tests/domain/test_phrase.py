"""Sentences the domain and the services word are phrases: English where the English is
wanted, their template and values kept so a screen can word them in another language."""

from __future__ import annotations

import ast
import copy
import pickle
from pathlib import Path

import pytest

from desktop_app.domain import validation
from desktop_app.domain.errors import FieldError
from desktop_app.domain.phrase import Phrase, fields, phrase

ROOT = Path(__file__).resolve().parents[2]
WELSH = {"{label} is needed.": "{label}: mae angen hwn.", "The date": "Y dyddiad",
         "Option {number}: {message}": "Opsiwn {number}: {message}",
         "{label} is too long: the most is {most:,} characters.":
             "{label}: mae'n rhy hir: yr uchafswm yw {most:,} nod."}


def _welsh(text: str) -> str:
    return WELSH.get(text, text)


def test_a_phrase_is_its_english():
    said = phrase("{label} is needed.", label="The date")
    assert said == "The date is needed." and isinstance(said, str)
    assert said.template == "{label} is needed." and said.values == {"label": "The date"}


def test_a_phrase_is_reworded_with_its_values_and_the_phrases_among_them():
    inner = phrase("{label} is needed.", label=phrase("The date"))
    outer = phrase("Option {number}: {message}", number=2, message=inner)
    assert outer == "Option 2: The date is needed."
    assert outer.reworded(_welsh) == "Opsiwn 2: Y dyddiad: mae angen hwn."
    long = phrase("{label} is too long: the most is {most:,} characters.", label="Note",
                  most=20000)
    assert long.reworded(_welsh) == "Note: mae'n rhy hir: yr uchafswm yw 20,000 nod."


def test_an_error_among_the_values_is_reworded_by_what_it_says():
    error = FieldError("day", phrase("{label} is needed.", label=phrase("The date")))
    said = phrase("Option {number}: {message}", number=1, message=error.args[0])
    assert said.reworded(_welsh) == "Opsiwn 1: Y dyddiad: mae angen hwn."


def test_copies_and_pickles_keep_the_template():
    said = phrase("{label} is needed.", label=phrase("The date"))
    for again in (copy.deepcopy(said), pickle.loads(pickle.dumps(said))):
        assert isinstance(again, Phrase) and again == said
        assert again.reworded(_welsh) == "Y dyddiad: mae angen hwn."


def test_a_validation_message_carries_its_template():
    with pytest.raises(FieldError) as raised:
        validation.past_date("when", None, today=None, required=True)
    assert raised.value.message == "The date is needed."
    assert raised.value.message.reworded(_welsh) == "Y dyddiad: mae angen hwn."


def test_fields_are_the_names_filled_in():
    assert fields("{label} is {width:,} × {height:,} pixels") == {"label", "width", "height"}


#: the errors whose message a person reads (the developers' own, for a broken resource file
#: or a programming mistake, are English by design)
PERSON_FACING = {"DomainError", "NotFound", "PermissionDenied", "SignInFailed", "StorageError",
                 "NotADay", "FieldError", "ValidationFailed"}


def _literal_messages(path: Path, root: Path = ROOT) -> list[str]:
    """Where a person-facing error is raised with text written in place (a literal or an
    f-string) instead of a phrase."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Subscript) and \
                getattr(node.targets[0].value, "id", "") == "errors" and _written(node.value):
            found.append(f"{path.relative_to(root)}:{node.lineno}")     # errors[key] = "…"
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", getattr(node.func, "attr", ""))
        if name not in PERSON_FACING:
            continue
        if name == "FieldError":
            messages = node.args[1:2]
        elif name == "ValidationFailed" and node.args and isinstance(node.args[0], ast.Dict):
            messages = node.args[0].values
        else:
            messages = node.args[:1]
        found += [f"{path.relative_to(root)}:{node.lineno}" for m in messages if _written(m)]
    return found


def _written(node: ast.expr) -> bool:
    return isinstance(node, ast.JoinedStr | ast.BinOp) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str))


def test_no_person_facing_error_is_worded_in_place():
    files = [p for layer in ("domain", "services") for p in
             (ROOT / "desktop_app" / layer).rglob("*.py")]
    assert len(files) > 60
    assert [where for p in files for where in _literal_messages(p)] == []


def test_the_check_finds_an_f_string(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text('raise NotFound(f"No complaint {ref}.")\n'
                   'raise FieldError("key", phrase("{label} is needed.", label=x))\n'
                   'raise DomainError("Nothing was " + done)\n'
                   'errors["day"] = "The day is needed."\n', encoding="utf-8")
    assert sorted(_literal_messages(bad, tmp_path)) == ["bad.py:1", "bad.py:3", "bad.py:4"]
