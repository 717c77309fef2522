"""The Welsh wording uses the glossary's terms: wherever the English has a term of
docs/welsh-glossary.md, the Welsh has one of its forms (mutations listed there)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.domain.bilingual import wording
from desktop_app.domain.language import Language

GLOSSARY = Path(__file__).resolve().parents[2] / "docs" / "welsh-glossary.md"


def _terms() -> list[tuple[str, tuple[str, ...]]]:
    rows = [line.strip("|").split("|") for line in GLOSSARY.read_text(encoding="utf-8")
            .splitlines() if line.startswith("| ") and not line.startswith("| English")]
    return [(cells[0].strip().lower(), tuple(f.strip().lower() for f in cells[2].split(",")))
            for cells in rows]


def test_the_glossary_is_read():
    terms = dict(_terms())
    assert len(terms) >= 25 and "gŵyn" in terms["complaint"]


def test_every_term_is_translated_as_the_glossary_says():
    w = wording(Language.WELSH)
    entries = {**w.sections, **w.labels, **w.values, **w.templates, **w.phrases}
    wrong = [f"{english!r} -> {welsh!r}: no form of '{term}'"
             for english, welsh in entries.items()
             for term, forms in _terms()
             if term in english.lower() and not any(f in welsh.lower() for f in forms)]
    assert wrong == []
