"""The Welsh wording uses the glossary's terms: wherever the English has a term of
docs/welsh-glossary.md, the Welsh has one of its forms (mutations listed there)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from desktop_app.domain.bilingual import wording
from desktop_app.domain.language import Language

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "docs" / "welsh-glossary.md"
PRODUCT = "Till Complaint Logger"          # a name, never translated
COMMAND = "complaint-logger"               # the command typed, the same in every language
_spec = importlib.util.spec_from_file_location("update_translations",
                                               ROOT / "scripts" / "update_translations.py")
tools = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tools)


def _terms() -> list[tuple[str, tuple[str, ...]]]:
    rows = [line.strip("|").split("|") for line in GLOSSARY.read_text(encoding="utf-8")
            .splitlines() if line.startswith("| ") and not line.startswith("| English")]
    return [(cells[0].strip().lower(), tuple(f.strip().lower() for f in cells[2].split(",")))
            for cells in rows]


def test_the_glossary_is_read():
    terms = dict(_terms())
    assert len(terms) >= 25 and "gŵyn" in terms["complaint"]


def _wrong(entries: dict[str, str]) -> list[str]:
    terms = _terms()
    return [f"{english!r} -> {welsh!r}: no form of '{term}'"
            for english, welsh in entries.items()
            for term, forms in terms
            if re.search(rf"\b{re.escape(term)}", _without_longer(english, term, terms))
            and not any(f in welsh.lower() for f in forms)]


def _without_longer(english: str, term: str, terms: list[tuple[str, tuple[str, ...]]]) -> str:
    """The English, lower-case, without names and without the longer terms that hold this
    one ("de-escalation" is not "escalation": it has its own Welsh)."""
    text = english.replace(PRODUCT, "").replace(COMMAND, "").lower()
    text = re.sub(r"\{\w*(:[^}]*)?\}", " ", text)     # a placeholder ("{reference}") is no term
    for longer, _ in terms:
        if term in longer and longer != term:
            text = text.replace(longer, " ")
    return text


def test_every_term_is_translated_as_the_glossary_says():
    w = wording(Language.WELSH)
    assert _wrong({**w.sections, **w.labels, **w.values, **w.templates, **w.phrases}) == []
    assert _wrong(tools.welsh()) == []                  # the screens
    assert _wrong(tools.data_welsh()) == []             # procedures, categories, labels
    assert _wrong(tools.data_welsh("incidents")) == []  # the incident record
    assert _wrong(tools.data_welsh("phrases", tools.PHRASES_WELSH)) == []   # the domain's


def test_a_term_translated_otherwise_is_found():
    assert _wrong({"Your complaint": "Eich problem"}) == [
        "'Your complaint' -> 'Eich problem': no form of 'complaint'"]
    assert _wrong({"De-escalation": "Tawelu"}) == []              # a term of its own
    assert _wrong({"Incident {reference}": "Digwyddiad {reference}"}) == []   # a placeholder
    assert _wrong({"De-escalation": "Uwchgyfeirio"}) == [
        "'De-escalation' -> 'Uwchgyfeirio': no form of 'de-escalat'"]
