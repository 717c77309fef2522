"""Any name a UK customer may have prints and can be found in the text layer: Chinese,
Japanese, Korean, Arabic, Hebrew, Welsh, Polish, emoji, and the South Asian scripts
(Hindi, Punjabi, Gujarati, Bengali, Tamil, Urdu), in the complaint PDF, the
customer copy, the receipt and the period summary. A character no font holds prints as a
visible mark, with a note, never as a silent blank."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import replace
from datetime import date

import pypdfium2
import pytest
from pypdf import PdfReader

from desktop_app.domain.complaint import SolutionOption
from desktop_app.domain.kpis import summarise_complaints
from desktop_app.reports import scripts
from desktop_app.reports.complaint_report import complaint_pdf, customer_copy_pdf, receipt_pdf
from desktop_app.reports.summary_report import complaints_summary_pdf
from tests.reports.test_reports import HEADER, sample_complaint

#: (script, a name written in it)
NAMES = [
    ("Chinese", "王秀英"),
    ("Japanese", "山田さくら"),
    ("Korean", "김민준"),
    ("Arabic", "محمد"),
    ("Hebrew", "שרה"),
    ("Welsh", "Siân Ŵyn ap Ifanŷ"),
    ("Polish", "Łucja Źdźbło"),
    ("emoji", "Jo 😀👍🇬🇧"),
    ("Hindi", "प्रिया शर्मा"),                 # shaped: vowel signs drawn before, conjuncts
    ("Punjabi", "ਹਰਪ੍ਰੀਤ ਸਿੰਘ"),
    ("Gujarati", "જિજ્ઞેશ પટેલ"),
    ("Bengali", "সুমিত্রা দত্ত"),
    ("Tamil", "கிருஷ்ணன்"),
    ("Urdu", "عائشہ خان"),
]
ALL_NAMES = " / ".join(name for _, name in NAMES)


def _words(pdf: bytes) -> str:
    """The text layer, as a search finds it: Arabic presentation forms folded to their
    letters (NFKC), any spacing."""
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _found(pdf: bytes) -> dict[str, bool]:
    text = _words(pdf)
    return {script: all(unicodedata.normalize("NFKC", word) in text for word in name.split())
            for script, name in NAMES}


def _complaint():
    return sample_complaint(customer_name=ALL_NAMES, customer_account=f"Said by {ALL_NAMES}",
                            options=(SolutionOption(f"Refund to {ALL_NAMES}", 2499, "Today",
                                                    "Money back"),),
                            improvement_suggestion=f"Ask {ALL_NAMES}")


def _summary_pdf(complaint) -> bytes:  # noqa: ANN001
    summary = summarise_complaints([complaint], date(2026, 3, 1), date(2026, 3, 31),
                                   today=date(2026, 3, 31))
    return complaints_summary_pdf(replace(HEADER, title="Complaints summary"), summary, {})


BUILDERS = {
    "complaint": lambda c: complaint_pdf(HEADER, c, category_label="Faulty goods"),
    "customer copy": lambda c: customer_copy_pdf(HEADER, c, contact="029 2000"),
    "receipt": lambda c: receipt_pdf(HEADER, c),
    "summary": _summary_pdf,
}


@pytest.mark.parametrize("kind", list(BUILDERS))
def test_every_name_is_in_the_text_layer(kind, tmp_path):
    pdf = BUILDERS[kind](_complaint())
    assert _found(pdf) == {script: True for script, _ in NAMES}
    assert scripts.REPLACEMENT not in _words(pdf) and "\x00" not in _words(pdf)
    page = pypdfium2.PdfDocument(pdf)[0]
    page.render(scale=1.5).to_pil().save(tmp_path / f"{kind}.png")     # looked at


def test_a_character_no_font_holds_is_a_visible_mark_with_a_note():
    unknown = "\U0001FBF9"           # a legacy-computing digit none of the fonts has
    assert scripts.font_for(unknown) is None
    pdf = complaint_pdf(HEADER, sample_complaint(customer_name=f"Ann {unknown}"))
    text = _words(pdf)
    assert f"Ann {scripts.REPLACEMENT}" in text
    assert " ".join(scripts.UNPRINTABLE_NOTE.split()) in text
    assert scripts.UNPRINTABLE_NOTE.split()[0] not in _words(complaint_pdf(
        HEADER, sample_complaint(customer_name="Ann Smith")))          # only when needed


def test_runs_split_text_by_the_font_that_holds_it():
    assert scripts.runs("Siân 王 ok") == [("", "Siân "), ("ReportCJK", "王"), ("", " ok")]
    assert scripts.runs("김") == [("ReportHangul", "김")]
    assert scripts.runs("👍") == [("ReportSymbols", "👍")]
    # a joiner no font needs stays with the emoji it joins; markup is escaped in every run
    assert scripts.marked_up("<b>王</b>") == '&lt;b&gt;<font name="ReportCJK">王</font>&lt;/b&gt;'


def test_right_to_left_text_is_joined_and_in_visual_order():
    assert scripts.needs_shaping("Name: שרה") and scripts.needs_shaping("محمد")
    assert not scripts.needs_shaping("Siân 王秀英 😀")
    assert scripts.visual("Name: שרה כהן") == "Name: ןהכ הרש"
    assert scripts.visual("one\nשרה") == "one\nהרש"                   # line by line
    pdf = complaint_pdf(HEADER, sample_complaint(customer_name="محمد علي"))
    raw = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    # joined letters (presentation forms, as shaping draws them), each word in logical order
    assert "\ufee3" in raw                                   # meem, initial form
    assert "محمد" in _words(pdf) and "علي" in _words(pdf)


def test_a_long_right_to_left_text_wraps_in_the_order_it_was_written():
    """Each line is drawn right to left, and the lines run top to bottom from the first
    words: reportlab alone wraps the reversed string, which puts the last words on the
    first line. Long enough to split across pages, too."""
    import re

    from reportlab.platypus import SimpleDocTemplate

    from desktop_app.reports.base import para, styles

    out = io.BytesIO()
    SimpleDocTemplate(out).build([para(" ".join(f"שלום{n}" for n in range(1, 1200)),
                                       styles()["body"])])
    reader = PdfReader(io.BytesIO(out.getvalue()))
    assert len(reader.pages) >= 2                                    # it split, too
    lines = [sorted(int(n) for n in re.findall(r"\d+", line))
             for page in reader.pages for line in page.extract_text().split("\n")]
    lines = [numbers for numbers in lines if numbers]
    assert lines[0][0] == 1 and lines[-1][-1] == 1199
    assert all(a[-1] < b[0] for a, b in zip(lines, lines[1:]))    # line after line, in order
    assert sum(len(numbers) for numbers in lines) == 1199           # every word, once


def test_south_asian_names_are_shaped_and_read_back_as_typed():
    """HarfBuzz draws "प्रि" as the vowel sign before a joined "प्र": the syllable's code
    carries its text as typed, so the text layer holds "प्रिया", and a name in brackets (a
    word set in two fonts) keeps its letters."""
    name = "(प्रिया) ਹਰਪ੍ਰੀਤ"
    pdf = complaint_pdf(HEADER, sample_complaint(customer_name=name))
    assert "(प्रिया)" in _words(pdf) and "ਹਰਪ੍ਰੀਤ" in _words(pdf)
    assert "प्रि" in scripts._CLUSTERS.text.values()                # shaped, one syllable
    assert scripts.needs_harfbuzz("प्रिया") and not scripts.needs_harfbuzz("Siân محمد 王")
    assert scripts.font_for("ہ") == scripts.ARABIC.name              # Urdu's heh goal
