"""Every script a customer's name may be written in, printed and findable.

reportlab sets a run of text in one font and has no fallback of its own: a character the
font lacks prints as an empty box and is lost from the text layer. So text is split into
runs by font here. The report font (DejaVu Sans) holds Latin with Welsh and Polish
letters, Greek, Cyrillic and Hebrew; Noto Sans Arabic sets every Arabic-script letter
(Arabic, Urdu, Persian); after them, in order: Noto Sans for Devanagari (Hindi), Bengali,
Gurmukhi (Punjabi), Gujarati and Tamil, Droid Sans Fallback (Chinese, Japanese),
NanumGothic (Korean) and Symbola (monochrome emoji and symbols). All are TrueType
(reportlab reads no CFF outlines) and embedded as subsets; their licences are beside them
in resources/fonts/.

South Asian scripts are shaped by HarfBuzz (uharfbuzz, through reportlab's shaping), which
puts a vowel sign before its consonant and joins conjuncts; each syllable is given a code
whose text is the syllable as typed, so the text layer reads "प्रिया" (see `_Clusters`).

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
import re
import unicodedata
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph

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
#: South Asian scripts, set by HarfBuzz (which orders and joins their letters) in Noto Sans
INDIC = (
    FallbackFont("ReportDevanagari", "NotoSansDevanagari-Regular.ttf",
                 "Hindi, Marathi and Nepali"),
    FallbackFont("ReportBengali", "NotoSansBengali-Regular.ttf", "Bengali and Assamese"),
    FallbackFont("ReportGurmukhi", "NotoSansGurmukhi-Regular.ttf", "Punjabi"),
    FallbackFont("ReportGujarati", "NotoSansGujarati-Regular.ttf", "Gujarati"),
    FallbackFont("ReportTamil", "NotoSansTamil-Regular.ttf", "Tamil"),
)
#: Arabic script, Urdu and Persian letters included (DejaVu Sans lacks some of their forms)
ARABIC = FallbackFont("ReportArabic", "NotoSansArabic-Regular.ttf", "Arabic, Urdu and Persian")
FALLBACKS = (
    ARABIC,
    *INDIC,
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
    if _arabic(code) and code in _characters(ARABIC.file):
        return ARABIC.name             # one face for every Arabic-script letter of a word
    if code in _characters(PRIMARY_FILE) or character in "\n\r\t":
        return ""
    for fallback in FALLBACKS:
        if code in _characters(fallback.file):
            return fallback.name
    return None


def _arabic(code: int) -> bool:
    """Arabic letters and their presentation forms (as arabic-reshaper joins them)."""
    return 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFDFF \
        or 0xFE70 <= code <= 0xFEFF


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
    primary = _characters(PRIMARY_FILE)
    if all(ord(c) in primary and not _arabic(ord(c)) for c in text):
        return escape(text)                       # the common case, at no cost
    return "".join(escape(chunk) if not font else f'<font name="{font}">{escape(chunk)}</font>'
                   for font, chunk in runs(text))


_SOUTH_ASIAN = re.compile("[\u0900-\u0dff]")


def needs_harfbuzz(text: str) -> bool:
    """South Asian letters (U+0900 to U+0DFF), which only print right when shaped."""
    return _SOUTH_ASIAN.search(text) is not None


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
    lines += [f"<{code:02X}> <{_CLUSTERS.text.get(value, chr(value)).encode('utf-16-be', 'surrogatepass').hex().upper()}>"
              for code, value in enumerate(subset)]
    lines += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end",
              "end"]
    return "\n".join(lines)


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


# ---- shaped text, findable ---------------------------------------------------------------
class _Clusters:
    """Codes standing for shaped glyphs, each with the text it stands for.

    HarfBuzz draws a South Asian syllable as glyphs in visual order (the vowel sign of
    "प्रि" before its consonants, "प्र" one joined glyph) that no Unicode character names.
    So the first glyph of each syllable is given a code of its own (a private character
    from U+F0000, drawn with that glyph) whose text, in the PDF's ToUnicode map, is the
    whole syllable in the order it was typed, and its other glyphs codes with no text: a
    reader of the text layer gets "प्रिया" back, not "िप्रया".
    """

    def __init__(self) -> None:
        self.text: dict[int, str] = {}
        self._codes: dict[tuple[str, int, str], int] = {}
        self._next = 0xF0000

    def code(self, font: TTFont, glyph: int, text: str, like: int) -> int:
        key = (font.fontName, glyph, text)
        code = self._codes.get(key)
        if code is None:
            code = self._codes[key] = self._next
            self._next += 1
            font.face.charToGlyph[code] = glyph
            font.face.charWidths[code] = font.face.charWidths.get(like, 0)
            self.text[code] = text
        return code

    def mapped(self, frag: object, shaped: ttfonts.ShapedStr, text: str) -> ttfonts.ShapedStr:
        """`shaped` (glyphs for `text`, in its frag's font) with its syllables' codes."""
        font = pdfmetrics.getFont(frag.fontName)
        data = shaped.__shapeData__
        starts = sorted({d.cluster for d in data})
        ends = dict(zip(starts, [*starts[1:], len(text)]))
        seen: set[int] = set()
        out = []
        for character, d in zip(shaped, data):
            first = d.cluster not in seen
            seen.add(d.cluster)
            syllable = text[d.cluster:ends[d.cluster]] if first else ""
            if syllable == character:
                out.append(character)          # a letter drawn as itself needs no code
                continue
            glyph = font.face.charToGlyph[ord(character)]
            out.append(chr(self.code(font, glyph, syllable, ord(character))))
        return ttfonts.ShapedStr("".join(out), shapeData=data)


_CLUSTERS = _Clusters()


def _shaped_word(word):  # noqa: ANN001, ANN202 - reportlab's frag word: [width, (frag, text)…]
    """reportlab's shaping, for the South Asian parts of a word only, each on its own: the
    rest is set as before (right-to-left text is already joined and ordered by `visual`,
    and reportlab shapes a word in its first font's glyphs, so "(प्रिया)" set in two fonts
    would lose its letters). The syllables get findable codes."""
    if isinstance(word, ttfonts.ShapedFragWord) or not any(
            needs_harfbuzz(item[1]) for item in word[1:] if not hasattr(item[0], "cbDefn")):
        return word                          # shaped already, or nothing to shape
    parts, width = [], 0.0
    for item in word[1:]:
        if hasattr(item[0], "cbDefn") or not needs_harfbuzz(item[1]) or \
                isinstance(item[1], ttfonts.ShapedStr):
            parts.append(item)
            if not hasattr(item[0], "cbDefn"):
                width += pdfmetrics.stringWidth(item[1], item[0].fontName, item[0].fontSize)
            continue
        frag, text = item
        single = [pdfmetrics.stringWidth(text, frag.fontName, frag.fontSize), (frag, text)]
        shaped = _shape(single)
        width += shaped[0]
        parts += [(f, _CLUSTERS.mapped(f, t, text)) if isinstance(t, ttfonts.ShapedStr)
                  else (f, t) for f, t in shaped[1:]]
    return ttfonts.makeShapedFragWord(word)([width, *parts])


_shape = paragraph.shapeFragWord
paragraph.shapeFragWord = _shaped_word
