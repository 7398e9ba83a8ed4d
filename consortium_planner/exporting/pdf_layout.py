"""The PDF report's page furniture: embedded fonts, styles, portrait and landscape page templates,
the running header and footer with "Page x of y", and the table helpers every section uses.

Text reaches a `Paragraph` only through `para()`, which escapes it: reportlab parses paragraph
text as markup, so "R&D <Lab>" would otherwise print wrong or raise.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table
from reportlab.platypus import TableStyle

from consortium_planner.paths import resources_dir

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
PORTRAIT = A4
LANDSCAPE = landscape(A4)
MARGIN = 15 * mm
TOP_MARGIN = 20 * mm
BOTTOM_MARGIN = 18 * mm
TABLE_CHUNK_ROWS = 80  # long tables are built in chunks: much faster to lay out, same look

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#616E7C")
RULE = colors.HexColor("#9AA5B1")
HEADER_FILL = colors.HexColor("#DCE6F1")
TOTAL_FILL = colors.HexColor("#EEF2F6")
ACCENT = colors.HexColor("#1F4E79")


# Fonts for the characters DejaVu Sans lacks, tried in this order (resources/fonts/LICENSE.txt):
# Droid Sans Fallback for Chinese, Japanese and Korean, Symbola (emoji and symbol blocks only).
FALLBACK_FONTS: tuple[tuple[str, str], ...] = (
    ("DroidSansFallback", "DroidSansFallback.ttf"),
    ("SymbolaEmoji", "Symbola-Emoji.ttf"),
)


@cache
def register_fonts() -> None:
    """Register DejaVu Sans (shipped in resources/fonts) so any European script prints, and the
    fallback fonts that `font_runs` picks for the rest."""
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)
    for name, file_name in FALLBACK_FONTS:
        pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))
        pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)


@cache
def _glyphs(font: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


# Categories of characters that modify their neighbour (emoji variation selectors, skin tones,
# zero-width joiners): left out when no font has them, rather than printed as a box.
_UNPRINTED_MARKS = frozenset({"Mn", "Me", "Cf", "Sk"})


def font_runs(text: str, font: str = FONT) -> list[tuple[str, str]]:
    """`text` cut into (font, run) pairs: each character in `font` when it has the glyph, else
    in the first fallback font that has it, else in `font` (which prints its empty box)."""
    runs: list[tuple[str, str]] = []
    for character in text:
        chosen = font
        if ord(character) not in _glyphs(font) and character not in "\n\r\t":
            chosen = next((name for name, _ in FALLBACK_FONTS if ord(character) in _glyphs(name)),
                          font)
            if chosen == font and unicodedata.category(character) in _UNPRINTED_MARKS:
                continue  # a variation selector, skin tone or joiner no font has: no box
        if runs and runs[-1][0] == chosen:
            runs[-1] = (chosen, runs[-1][1] + character)
        else:
            runs.append((chosen, character))
    return runs


def text_width(text: str, font: str, size: float) -> float:
    """The printed width of `text`, each run measured in the font it is printed in."""
    runs = font_runs(text, font)
    return sum(pdfmetrics.stringWidth(run, run_font, size) for run_font, run in runs)


def draw_text(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """Draw `text` from (x, y) on a canvas, each run in the font that has its glyphs."""
    for run_font, run in font_runs(text, font):
        canvas.setFont(run_font, size)
        canvas.drawString(x, y, run)
        x += pdfmetrics.stringWidth(run, run_font, size)
    canvas.setFont(font, size)


def text_strings(x: float, y: float, text: str, *, font: str, size: float, fill: Any,
                 anchor: str = "start") -> list[String]:
    """Chart Strings for `text` placed run after run, each in the font that has its glyphs;
    `anchor` "end" puts the text's end at x."""
    if anchor == "end":
        x -= text_width(text, font, size)
    strings = []
    for run_font, run in font_runs(text, font):
        strings.append(String(x, y, run, fontName=run_font, fontSize=size, fillColor=fill))
        x += pdfmetrics.stringWidth(run, run_font, size)
    return strings


def markup(text: str, font: str = FONT) -> str:
    """Paragraph markup for user text: escaped, line breaks kept, each run that `font` cannot
    print set in a fallback font."""
    parts = []
    for run_font, run in font_runs(text, font):
        safe = escape(run).replace("\n", "<br/>")
        parts.append(safe if run_font == font else f'<font face="{run_font}">{safe}</font>')
    return "".join(parts)


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12, textColor=INK)
    cell = ParagraphStyle("cell", parent=body, fontSize=7.5, leading=9.2)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=MUTED),
        "cell": cell,
        "cell_bold": ParagraphStyle("cell_bold", parent=cell, fontName=BOLD),
        "cell_right": ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        "cell_bold_right": ParagraphStyle(
            "cell_bold_right", parent=cell, fontName=BOLD, alignment=TA_RIGHT
        ),
        "cell_muted": ParagraphStyle("cell_muted", parent=cell, textColor=MUTED),
        "h1": ParagraphStyle(
            "h1", parent=body, fontName=BOLD, fontSize=15, leading=19, spaceAfter=6,
            textColor=ACCENT,
        ),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName=BOLD, fontSize=11, leading=14, spaceBefore=10,
            spaceAfter=4, textColor=ACCENT,
        ),
        "cover_acronym": ParagraphStyle(
            "cover_acronym", parent=body, fontName=BOLD, fontSize=30, leading=36,
            textColor=ACCENT,
        ),
        "cover_title": ParagraphStyle(
            "cover_title", parent=body, fontName=BOLD, fontSize=15, leading=20, spaceAfter=8
        ),
        "cover_subtitle": ParagraphStyle(
            "cover_subtitle", parent=body, fontSize=12, leading=16, textColor=MUTED,
            spaceBefore=4, spaceAfter=18,
        ),
    }


def para(text: str | None, style: str | ParagraphStyle = "cell") -> Paragraph:
    """A paragraph of user (or any) text, escaped, with line breaks kept."""
    chosen = styles()[style] if isinstance(style, str) else style
    return Paragraph(markup(text or "", chosen.fontName), chosen)


@cache
def header_style(size: float, right: bool) -> ParagraphStyle:
    """Bold table-header text at a table's font size, right-aligned over figures."""
    return ParagraphStyle(
        f"header-{size}-{right}", parent=styles()["cell_bold"], fontSize=size,
        leading=size * 1.23, alignment=TA_RIGHT if right else 0,
    )


def header_cells(
    titles: Sequence[str], numeric_from: int | None = None, size: float = 7.5
) -> list[Paragraph]:
    """Header paragraphs ("\\n" breaks a title), right-aligned from column `numeric_from`."""
    return [
        para(title, header_style(size, numeric_from is not None and index >= numeric_from))
        for index, title in enumerate(titles)
    ]


def frame_width(page: tuple[float, float]) -> float:
    return page[0] - 2 * MARGIN


def frame_height(page: tuple[float, float]) -> float:
    return page[1] - TOP_MARGIN - BOTTOM_MARGIN


class ReportDocument(BaseDocTemplate):
    """A4 with a portrait and a landscape template; level-0/1 headings become PDF bookmarks."""

    def __init__(self, filename: str, *, title: str, author: str = "") -> None:
        super().__init__(
            filename,
            pagesize=PORTRAIT,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            title=title,
            author=author,
            creator="Consortium Planner",
        )
        self.addPageTemplates(
            [
                PageTemplate(
                    id="portrait",
                    pagesize=PORTRAIT,
                    frames=[Frame(MARGIN, BOTTOM_MARGIN, frame_width(PORTRAIT),
                                  frame_height(PORTRAIT), id="portrait", leftPadding=0,
                                  rightPadding=0, topPadding=0, bottomPadding=0)],
                ),
                PageTemplate(
                    id="landscape",
                    pagesize=LANDSCAPE,
                    frames=[Frame(MARGIN, BOTTOM_MARGIN, frame_width(LANDSCAPE),
                                  frame_height(LANDSCAPE), id="landscape", leftPadding=0,
                                  rightPadding=0, topPadding=0, bottomPadding=0)],
                ),
            ]
        )
        self._bookmarks = 0

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        level = getattr(flowable, "outline_level", None)
        if level is None:
            return
        self._bookmarks += 1
        key = f"section-{self._bookmarks}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.getPlainText(), key, level=level, closed=level > 0)


def heading(text: str, level: int = 0) -> Paragraph:
    """A section heading that also appears in the PDF's bookmarks."""
    paragraph = para(text, "h1" if level == 0 else "h2")
    paragraph.outline_level = level  # type: ignore[attr-defined]
    return paragraph


def numbered_canvas(header_left: str, header_right: str, footer_left: str,
                    page_text: str = "Page {page} of {pages}") -> type[Canvas]:
    """A canvas class that draws the running header and footer once the page count is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = FONT  # else every page refers to (unembedded) Helvetica
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._furniture(total)
                super().showPage()
            super().save()

        def _furniture(self, total: int) -> None:
            width, height = self._pagesize
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            self.line(MARGIN, height - TOP_MARGIN + 5 * mm, width - MARGIN,
                      height - TOP_MARGIN + 5 * mm)
            self.line(MARGIN, BOTTOM_MARGIN - 5 * mm, width - MARGIN, BOTTOM_MARGIN - 5 * mm)
            self.setFillColor(MUTED)
            self.setFont(FONT, 7.5)
            baseline = height - TOP_MARGIN + 6.5 * mm
            room = width - 2 * MARGIN - text_width(header_right, FONT, 7.5) - 12
            draw_text(self, MARGIN, baseline, fit_text(header_left, FONT, 7.5,
                                                       min(width * 0.6, room)), FONT, 7.5)
            self.drawRightString(width - MARGIN, baseline, header_right)
            footer = BOTTOM_MARGIN - 9 * mm
            draw_text(self, MARGIN, footer, fit_text(footer_left, FONT, 7.5, width * 0.6),
                      FONT, 7.5)
            self.drawRightString(width - MARGIN, footer,
                                 page_text.format(page=self._pageNumber, pages=total))
            self.restoreState()

    return NumberedCanvas


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """The text, shortened with an ellipsis so it fits `width` points."""
    if text_width(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def table_style(
    *,
    numeric_from: int | None = None,
    total_rows: int = 0,
    rows: int = 0,
    extra: Sequence[tuple[Any, ...]] = (),
    font_size: float = 7.5,
    header: bool = True,
) -> TableStyle:
    """Grid, header fill and font (row 0 is the header unless `header` is false); numbers
    right-aligned from column `numeric_from`."""
    leading = font_size * 1.23
    commands: list[tuple[Any, ...]] = [("FONT", (0, 0), (-1, -1), FONT, font_size, leading)]
    if header:
        commands += [
            ("FONT", (0, 0), (-1, 0), BOLD, font_size, leading),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ]
    commands += [
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("LINEBELOW", (0, 1 if header else 0), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if numeric_from is not None:
        commands.append(("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"))
    if total_rows and rows:
        first_total = rows - total_rows
        commands += [
            ("FONT", (0, first_total), (-1, -1), BOLD, font_size, leading),
            ("BACKGROUND", (0, first_total), (-1, -1), TOTAL_FILL),
            ("LINEABOVE", (0, first_total), (-1, first_total), 0.6, ACCENT),
        ]
    commands += list(extra)
    return TableStyle(commands)


CELL_PADDING = 7.0
FONT_SIZES = (7.5, 7.0, 6.5, 6.0)


def header_widths(titles: Sequence[str], widths: Sequence[float], flexible: int,
                  size: float = 7.5) -> list[float]:
    """`widths` with each column at least as wide as the longest word of its title, so that no
    heading breaks inside a word ("Regionenkategorie", "Avertissement"); column `flexible` (a
    name) gives up what the others take, down to its own longest word."""
    needed = [max((pdfmetrics.stringWidth(word, BOLD, size) for word in title.split()),
                  default=0.0) + CELL_PADDING for title in titles]
    result = [max(width, need) for width, need in zip(widths, needed)]
    result[flexible] = max(needed[flexible], widths[flexible] - (sum(result) - sum(widths)))
    return result


def fit_columns(
    titles: Sequence[str],
    rows: Sequence[Sequence[Any]],
    totals: Sequence[Sequence[Any]],
    minimum: Sequence[float],
    *,
    numeric_from: int,
    flexible: int,
    available: float,
) -> tuple[list[float], float]:
    """Widths where each figure column is as wide as its widest figure (or the longest word of
    its title) and column `flexible` (a name or title) takes the rest; the font shrinks when the
    figures would squeeze the name below its minimum. Returns the widths and the font size."""
    widths: list[float] = list(minimum)
    for size in FONT_SIZES:
        widths = list(minimum)
        for column in range(numeric_from, len(minimum)):
            texts = [(row[column], FONT) for row in rows] + [(row[column], BOLD) for row in totals]
            texts += [(word, BOLD) for word in titles[column].split()]
            widest = max(
                (pdfmetrics.stringWidth(text, font, size) for text, font in texts
                 if isinstance(text, str)),
                default=0.0,
            )
            widths[column] = max(minimum[column], widest + CELL_PADDING)
        widths[flexible] = available - sum(w for i, w in enumerate(widths) if i != flexible)
        if widths[flexible] >= minimum[flexible]:
            return widths, size
    # Figures too wide even in the smallest font (amounts of trillions): the name keeps its
    # minimum, the figure columns share the rest in proportion, and data_tables wraps the figures.
    wanted = widths[numeric_from:]
    room = available - sum(
        (minimum[i] if i == flexible else widths[i]) for i in range(numeric_from)
    )
    scale = max(room, 0.0) / sum(wanted) if sum(wanted) else 0.0
    widths[numeric_from:] = [width * scale for width in wanted]
    widths[flexible] = minimum[flexible]
    return widths, FONT_SIZES[-1]


@cache
def _wrapped_style(size: float, bold: bool, right: bool) -> ParagraphStyle:
    return ParagraphStyle(
        f"wrapped-{size}-{bold}-{right}", parent=styles()["cell"], fontName=BOLD if bold else FONT,
        fontSize=size, leading=size * 1.23, alignment=TA_RIGHT if right else 0,
        splitLongWords=1,
    )


def _wrap_overflow(
    data: list[list[Any]], widths: Sequence[float], *, numeric_from: int | None,
    total_from: int, font_size: float,
) -> list[list[Any]]:
    """Plain-text cells wider than their column become paragraphs that wrap (even inside a
    long number), so nothing spills over its neighbours or makes reportlab refuse the table;
    so do cells with characters that need a fallback font."""
    for row_index, row in enumerate(data):
        bold = row_index == 0 or row_index >= total_from
        font = BOLD if bold else FONT
        for column, cell in enumerate(row):
            room = widths[column] - 6  # the table's left and right padding
            if isinstance(cell, str) and (
                pdfmetrics.stringWidth(cell, font, font_size) > room
                or any(run_font != font for run_font, _ in font_runs(cell, font))
            ):
                right = numeric_from is not None and column >= numeric_from
                row[column] = para(cell, _wrapped_style(font_size, bold, right))
    return data


class PagedTable(Table):
    """A table that cuts a row in two (splitInRow) only at the top of a page, where the row is
    taller than the page (a 50,000-character description): elsewhere a row that does not fit
    moves to the next page whole. reportlab cut it wherever it fell, leaving a header and a
    fragment of a finding at the foot of a page."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)  # set by the frame while it splits us
        if not self.splitInRow or frame is None or frame._atTop:
            return super().split(availWidth, availHeight)
        self.splitInRow = 0
        try:
            return super().split(availWidth, availHeight)
        finally:
            self.splitInRow = 1


class ContinuedTable(Flowable):
    """A later chunk of a long table built in chunks (TABLE_CHUNK_ROWS): it continues the table
    above it, so it shows the header only where it starts a page, and repeats it on every
    page it splits onto. A chunk that simply repeated the header printed it again in the middle
    of a page (a 60-participant proposal's 107 check findings).

    `build(start, header)` makes the chunk's table from its row `start` on (0: its first body
    row), with or without the header row."""

    def __init__(self, build: Callable[[int, bool], Table], start: int = 0) -> None:
        super().__init__()
        self._build = build
        self._start = start
        self._shown: Table | None = None

    def _starts_page(self) -> bool:
        frame = getattr(self, "_frame", None)  # set by the frame while it places us
        return frame is None or bool(frame._atTop)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._shown = self._build(self._start, self._starts_page())
        return self._shown.wrap(availWidth, availHeight)

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        assert self._shown is not None  # the frame wraps before it draws
        self._shown.drawOn(canvas, x, y, _sW)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if self._starts_page():  # a row taller than the page may be cut in two here
            return self._build(self._start, True).split(availWidth, availHeight)
        parts = self._build(self._start, False).split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        shown = len(parts[0]._cellvalues)
        return [parts[0], ContinuedTable(self._build, self._start + shown)]


def data_tables(
    header: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    numeric_from: int | None = None,
    totals: Sequence[Sequence[Any]] = (),
    font_size: float = 7.5,
) -> list[Flowable]:
    """The rows as tables of at most TABLE_CHUNK_ROWS rows, the later ones ContinuedTables
    (the header at the top of each page only); total rows (bold, shaded) close the last chunk.
    Each table also splits across pages, repeating the header."""
    chunks = [rows[i:i + TABLE_CHUNK_ROWS] for i in range(0, len(rows), TABLE_CHUNK_ROWS)] or [[]]
    tables: list[Flowable] = []
    for index, chunk in enumerate(chunks):
        body = [list(header), *map(list, chunk)]
        closing = list(map(list, totals)) if index == len(chunks) - 1 else []
        data = _wrap_overflow(body + closing, widths, numeric_from=numeric_from,
                              total_from=len(body), font_size=font_size)

        def build(start: int, with_header: bool, data: list[list[Any]] = data,
                  closing_rows: int = len(closing)) -> Table:
            shown = data[1 + start:]
            cells = [data[0], *shown] if with_header else shown
            return PagedTable(
                cells,
                colWidths=list(widths),
                repeatRows=1 if with_header else 0,
                # a cell taller than a page (a 50,000-character description) splits inside
                # its row at the top of a page; a continuing chunk moves it there first
                splitInRow=1 if with_header else 0,
                style=table_style(
                    numeric_from=numeric_from, total_rows=min(closing_rows, len(shown)),
                    rows=len(cells), font_size=font_size, header=with_header,
                ),
                hAlign="LEFT",
            )

        tables.append(build(0, True) if index == 0 else ContinuedTable(build))
    return tables
