"""Every script a customer's name may be written in, printed and findable.

reportlab sets a run of text in one font and has no fallback of its own: a character the
font lacks prints as an empty box and is lost from the text layer. So text is split into
runs by font here. The report font (DejaVu Sans) holds Latin with Welsh and Polish
letters, Greek, Cyrillic, Hebrew and Arabic; after it, in order: Droid Sans Fallback
(Chinese, Japanese), NanumGothic (Korean) and Symbola (monochrome emoji and symbols). All
are TrueType (reportlab reads no CFF outlines) and embedded as subsets; their licences are
beside them in resources/fonts/.

A character no font has is printed as a visible replacement mark (U+FFFD), never a blank,
and `build_pdf` notes on the page that some characters could not be printed. Invisible
format characters (joiners, variation selectors) a font lacks are left out: they have no
ink. Arabic letters are set in their joined forms (arabic-reshaper) and right-to-left runs
in visual order, line by line (python-bidi), as a PDF holds them: a reader of the text
layer turns them back into logical order. A paragraph with right-to-left text is wrapped
in its logical order before each line is reversed (reports/base.py, RightToLeftParagraph),
so a long Arabic account reads from its first line down, set on the right.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.locations import resource

REPLACEMENT = "\ufffd"
#: Said at the end of a document that shows REPLACEMENT.
UNPRINTABLE_NOTE = ("Some characters in this document cannot be printed by this program and "
                    f"are shown as {REPLACEMENT}. The record itself keeps them exactly as "
                    "they were typed.")


@dataclass(frozen=True)
class FallbackFont:
    name: str           # as registered with reportlab
    file: str           # in resources/fonts
    holds: str          # what it is there for


PRIMARY_FILE = "DejaVuSans.ttf"
FALLBACKS = (
    FallbackFont("ReportCJK", "DroidSansFallbackFull.ttf", "Chinese and Japanese"),
    FallbackFont("ReportHangul", "NanumGothic.ttf", "Korean"),
    FallbackFont("ReportSymbols", "Symbola.ttf", "emoji and symbols"),
)


@functools.cache
def _characters(file: str) -> frozenset[int]:
    return frozenset(_font(file).face.charToGlyph)


@functools.cache
def _font(file: str) -> TTFont:
    """A font read once per process (the large ones only when a character needs them)."""
    fallback = next((f for f in FALLBACKS if f.file == file), None)
    font = TTFont(fallback.name if fallback else "ReportSans", str(resource("fonts", file)))
    if fallback is not None and fallback.name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(font)
    return font


def _invisible(character: str) -> bool:
    return unicodedata.category(character) == "Cf" or 0xFE00 <= ord(character) <= 0xFE0F


def font_for(character: str) -> str | None:
    """The fallback font's name for a character the report font lacks; "" for the report
    font itself; None when no font has it."""
    code = ord(character)
    if code in _characters(PRIMARY_FILE) or character in "\n\r\t":
        return ""
    for fallback in FALLBACKS:
        if code in _characters(fallback.file):
            return fallback.name
    return None


def runs(text: str) -> list[tuple[str, str]]:
    """(font name, "" for the report font; the text set in it), in order. Characters no
    font has become REPLACEMENT; invisible ones no font has are left out."""
    out: list[tuple[str, str]] = []
    for character in text:
        font = font_for(character)
        if font is None:
            if _invisible(character):
                continue
            font, character = "", REPLACEMENT
        elif font and _invisible(character) and out:
            font = out[-1][0]          # a joiner stays with what it joins
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + character)
        else:
            out.append((font, character))
    return out


def marked_up(text: str) -> str:
    """Paragraph markup for plain text: escaped, each run outside the report font in its
    fallback font."""
    if all(ord(c) in _characters(PRIMARY_FILE) for c in text):
        return escape(text)                       # the common case, at no cost
    return "".join(escape(chunk) if not font else f'<font name="{font}">{escape(chunk)}</font>'
                   for font, chunk in runs(text))


def needs_shaping(text: str) -> bool:
    """Right-to-left or joining scripts (Hebrew, Arabic and its Urdu and Persian forms)."""
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text if ord(c) >= 0x590)


def visual(text: str) -> str:
    """The text as it is drawn: Arabic joined, right-to-left runs reversed into visual
    order, each line on its own, in a left-to-right page."""
    if not needs_shaping(text):
        return text
    import arabic_reshaper
    from bidi import get_display

    return "\n".join(get_display(arabic_reshaper.reshape(line), base_dir="L")
                      if needs_shaping(line) else line for line in text.split("\n"))


# ---- the text layer ---------------------------------------------------------------------
def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map with each character as UTF-16 (the PDF standard): its own
    writes a character beyond U+FFFF (every emoji) as five hex digits, which readers
    reject, so emoji printed but could not be found or copied."""
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})",
             "/Supplement 0", ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
             "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
             f"{len(subset)} beginbfchar"]
    lines += [f"<{code:02X}> <{chr(value).encode('utf-16-be', 'surrogatepass').hex().upper()}>"
              for code, value in enumerate(subset)]
    lines += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end",
              "end"]
    return "\n".join(lines)


ttfonts.makeToUnicodeCMap = _to_unicode_cmap
