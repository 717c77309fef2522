"""What every report shares: the embedded font, escaped paragraphs, the page frame.

Every page carries the store, the subject (a reference or a period), "Page x of y", the
program version and the time the report was produced; confidential reports say so on every
page. User text is hostile until escaped: reportlab's Paragraph reads `<` and `&` as markup,
so every string a person typed goes through `para()`. Text in scripts the report font
lacks is set in a fallback font; right-to-left text is joined and ordered (reports/scripts.py).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

from desktop_app.domain.bilingual import ENGLISH, Wording
from desktop_app.domain.phrase import phrase
from desktop_app.domain.translation import ENGLISH_WORDS, Words
from desktop_app.locations import resource
from desktop_app.reports.scripts import (REPLACEMENT, UNPRINTABLE_NOTE, marked_up,
                                         needs_harfbuzz, needs_shaping, runs, visual)

FONT, BOLD = "ReportSans", "ReportSans-Bold"
INK, MUTED, RULE = colors.HexColor("#1a202c"), colors.HexColor("#4a5568"), colors.HexColor("#cbd5e0")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LONG_WORD = re.compile(r"(\S{60})(?=\S)")


@dataclass(frozen=True)
class ReportHeader:
    store_name: str
    store_code: str
    subject: str                 # a reference, or "1 March 2026 to 31 March 2026"
    title: str
    produced_at: datetime
    version: str
    confidential: bool = False
    wording: Wording = ENGLISH          # the page frame's language (a customer's copy)
    words: Words = ENGLISH_WORDS        # the reader's language (a report for the store)


def register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, textColor=INK)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=MUTED),
        "label": ParagraphStyle("label", parent=body, textColor=MUTED),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=16, leading=20,
                                spaceAfter=6),
        "heading": ParagraphStyle("heading", parent=body, fontName=BOLD, fontSize=11.5,
                                  leading=15, spaceBefore=9, spaceAfter=3),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5),
        "cellbold": ParagraphStyle("cellbold", parent=body, fontName=BOLD, fontSize=8.5,
                                   leading=10.5),
    }


def _cleaned(text: object) -> str:
    """Control characters dropped, very long words broken so that they wrap."""
    cleaned = _CONTROL.sub("", str(text if text is not None else ""))
    return _LONG_WORD.sub("\\1\u200b", cleaned).replace("\r\n", "\n")


def safe(text: object) -> str:
    """Any text made safe for a Paragraph: markup escaped, line breaks kept, control
    characters dropped, very long words broken so that they wrap."""
    return marked_up(visual(_cleaned(text))).replace("\n", "<br/>")


class RightToLeftParagraph(Paragraph):
    """A paragraph holding right-to-left text (Hebrew, Arabic). reportlab wraps the
    visual (drawn) order, which would put the end of a long Arabic sentence on its first
    line; this one wraps the logical text to the width it is given, then draws each line
    in visual order, so the lines read top to bottom as they were written."""

    def __init__(self, text: str | None, style: ParagraphStyle, **split: object) -> None:
        # reportlab makes the two halves of a split paragraph with (None, style, frags=…):
        # those hold lines already broken, so they wrap as any paragraph does
        self.logical = None if split else text
        self._wrapped_at: float | None = None
        if not split and _starts_right_to_left(text):       # read from the right: set there
            style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        super().__init__(text if split else
                         marked_up(visual(text)).replace("\n", "<br/>"), style, **split)

    def wrap(self, availWidth: float, availHeight: float):  # noqa: ANN201, N803 - reportlab's
        if self.logical is not None and self._wrapped_at != availWidth:
            self._wrapped_at = availWidth
            lines = [part for line in self.logical.split("\n")
                     for part in logical_lines(line, availWidth, self.style)]
            markup = "<br/>".join(marked_up(visual(line)) for line in lines)
            Paragraph.__init__(self, markup, self.style)
        return super().wrap(availWidth, availHeight)


def _starts_right_to_left(text: str) -> bool:
    """Whether the first letter with a direction is right-to-left (then the lines sit on
    the right, as that text is read)."""
    for character in text:
        direction = unicodedata.bidirectional(character)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def _width(text: str, style: ParagraphStyle) -> float:
    """How wide `text` is drawn: in visual form, each run in the font that holds it."""
    return sum(pdfmetrics.stringWidth(chunk, font or style.fontName, style.fontSize)
               for font, chunk in runs(visual(text)))


def logical_lines(text: str, width: float, style: ParagraphStyle) -> list[str]:
    """`text` broken between words into lines no wider than `width`, in logical order (a
    word wider than the line has a line of its own)."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and _width(f"{lines[-1]} {word}", style) <= width - 1:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def para(text: object, style: ParagraphStyle) -> Paragraph:
    cleaned = _cleaned(text)
    if needs_harfbuzz(cleaned):          # South Asian letters: shaped (reports/scripts.py)
        style = ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)
    if needs_shaping(cleaned):
        return RightToLeftParagraph(cleaned, style)
    return Paragraph(safe(cleaned), style)


def heading(text: str) -> Paragraph:
    return para(text, styles()["heading"])


def _shows_replacement(flowable: object) -> bool:
    """Whether a flowable (a paragraph, a table of them, a group) prints REPLACEMENT."""
    if isinstance(flowable, Paragraph):
        return REPLACEMENT in flowable.text
    if isinstance(flowable, Table):
        return any(_shows_replacement(cell) for row in flowable._cellvalues for cell in row)
    if isinstance(flowable, KeepTogether):
        return any(_shows_replacement(f) for f in flowable._content)
    if isinstance(flowable, list | tuple):
        return any(_shows_replacement(f) for f in flowable)
    return False


def rows_table(rows: list[tuple[str, str]], widths: tuple[float, float] = (55 * mm, 115 * mm),
               ) -> list:
    """Label / value rows. Each row is its own table so that a long value can never make a
    cell taller than a page (reportlab cannot split a cell); very long values flow as
    paragraphs instead."""
    st = styles()
    flowables: list = []
    for label, value in rows:
        if len(value) > 1500:
            flowables += [para(label, st["label"]), para(value, st["body"]), Spacer(1, 3)]
            continue
        table = Table([[para(label, st["label"]), para(value, st["body"])]], colWidths=widths)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        flowables.append(table)
    return flowables


def grid(header: list[str], rows: list[list[str]], widths: list[float], *,
         compact: bool = False) -> Table:
    """A ruled table (counts, options, updates), header repeated on each page. A row whose
    text is taller than a page splits across pages instead of stopping the build. A
    compact grid (many narrow columns of figures) has smaller type and padding."""
    st = styles()
    body, bold = st["cell"], st["cellbold"]
    if compact:
        body = ParagraphStyle("compact", parent=body, fontSize=7, leading=8.5)
        bold = ParagraphStyle("compactbold", parent=bold, fontSize=7, leading=8.5)
    data = [[para(h, bold) for h in header]]
    data += [[para(value, body) for value in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#edf2f7")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if compact:
        commands += [("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
    table.setStyle(TableStyle(commands))
    return table


def _numbered_canvas(header: ReportHeader, page_width: float):  # noqa: ANN202
    class NumberedCanvas(pdfcanvas.Canvas):
        """Draws the frame once the page count is known (two passes over saved states)."""

        def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._frame(total)
                super().showPage()
            super().save()

        def _frame(self, total: int) -> None:
            self.saveState()
            small = 7 if page_width < 100 * mm else 8
            margin = 4 * mm if page_width < 100 * mm else 15 * mm
            self.setFont(FONT, small)
            self.setFillColor(MUTED)
            top = self._pagesize[1] - 8 * mm
            t = header.words
            self.drawString(margin, top, f"{t(header.store_name)} ({t(header.store_code)})")
            self.drawRightString(page_width - margin, top, t(header.subject))
            produced = header.produced_at.strftime("%d/%m/%Y %H:%M")
            stamp, page = _stamp_and_page(header, produced, self._pageNumber, total)
            if page_width < 100 * mm:            # a receipt slip: one above the other
                self.drawString(margin, 8 * mm, page)
                self.drawString(margin, 4 * mm, stamp)
            else:
                self.drawString(margin, 7 * mm, page)
                self.drawRightString(page_width - margin, 7 * mm, stamp)
            if header.confidential:
                self.setFont(BOLD, small + 1)
                self.setFillColor(colors.HexColor("#c53030"))
                self.drawCentredString(page_width / 2, top - 4 * mm, header.words(
                    phrase("CONFIDENTIAL: restricted record")))
            self.restoreState()

    return NumberedCanvas


def _stamp_and_page(header: ReportHeader, produced: str, page: int, pages: int,
                    ) -> tuple[str, str]:
    """The foot of a page: the program and when, and which page, in the page's language
    (a customer's copy bilingual; a store's report in the reader's)."""
    if not header.wording.english:
        words = header.wording
        return (f"Till Complaint Logger {header.version} · {words.own('produced {}', produced)}",
                words.own("Page {} of {}", page, pages))
    t = header.words
    return (f"Till Complaint Logger {header.version} · "
            f"{t(phrase('produced {when}', when=produced))}",
            t(phrase("Page {page} of {pages}", page=page, pages=pages)))


def build_pdf(header: ReportHeader, flowables: list, *, pagesize: tuple[float, float] = A4,
              margins: float = 15 * mm) -> bytes:
    register_fonts()
    out = BytesIO()
    document = SimpleDocTemplate(
        out, pagesize=pagesize, leftMargin=margins, rightMargin=margins,
        topMargin=margins + 6 * mm, bottomMargin=margins, title=header.words(header.title),
        author=f"{header.store_name} ({header.store_code})", creator="Till Complaint Logger")
    story: list[Flowable] = [para(header.words(header.title), styles()["title"]), *flowables]
    if _shows_replacement(story):
        story.append(para(UNPRINTABLE_NOTE, styles()["label"]))
    document.build(story, canvasmaker=_numbered_canvas(header, pagesize[0]))
    return out.getvalue()
