"""Vector charts for the PDF report: the budget per participant and the Gantt chart.

Both are reportlab `Drawing`s (vectors, sharp at any zoom, text searchable) sized to the frame.
The Gantt chart is tiled: at most `MONTHS_PER_TILE` months across a landscape page and as many
rows as fit down it, each tile repeating the month header and the row labels, so a 60-month
project with 80 rows prints legibly instead of shrinking to a smear.
Floats appear here only as drawing coordinates; amounts are printed from their Decimal values.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics

from consortium_planner.exporting.chain_picture import ChainPicture
from consortium_planner.exporting.pdf_layout import (
    ACCENT,
    BOLD,
    FONT,
    INK,
    MUTED,
    RULE,
    fit_text,
    register_fonts,
    text_strings,
    text_width,
)
from consortium_planner.reference.wording import ENGLISH, Wording

CATEGORY_COLOURS: dict[str, colors.Color] = {
    "A": colors.HexColor("#1F4E79"),
    "B": colors.HexColor("#C55A11"),
    "C1": colors.HexColor("#70AD47"),
    "C2": colors.HexColor("#A9D18E"),
    "C3": colors.HexColor("#548235"),
    "D": colors.HexColor("#BF9000"),
    "E": colors.HexColor("#9DC3E6"),
}


def category_names(w: Wording = ENGLISH) -> dict[str, str]:
    """The bar chart legend's short category names."""
    return {"A": w.gettext("A Personnel"), "B": w.gettext("B Subcontracting"),
            "C1": w.gettext("C.1 Travel"), "C2": w.gettext("C.2 Equipment"),
            "C3": w.gettext("C.3 Other goods"), "D": w.gettext("D incl. D.1"),
            "E": w.gettext("E Indirect")}


CATEGORY_NAMES = category_names()


@dataclass(frozen=True)
class BarRow:
    label: str
    amounts: dict[str, Decimal]  # by category A B C1 C2 C3 D E
    total: Decimal


def _nice_step(maximum: float, ticks: int = 5) -> float:
    if maximum <= 0:
        return 1.0
    raw = maximum / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def _tick_label(value: float) -> str:
    if value >= 1_000_000:
        return f"{value / 1_000_000:g} M"
    if value >= 1_000:
        return f"{value / 1_000:g} k"
    return f"{value:g}"


BAR_ROW_HEIGHT = 14.0
BAR_LABEL_WIDTH = 130.0
BAR_VALUE_WIDTH = 70.0


def budget_bar_chart(rows: Sequence[BarRow], width: float, scale_max: Decimal,
                     w: Wording = ENGLISH) -> Drawing:
    """Horizontal stacked bars, one per participant, on a shared scale (`scale_max`); the
    legend and amounts in `w`'s language and locale."""
    names = category_names(w)
    register_fonts()
    legend_height, axis_height = 18.0, 16.0
    height = legend_height + axis_height + BAR_ROW_HEIGHT * len(rows) + 4
    drawing = Drawing(width, height, initialFontName=FONT, initialFontSize=7)
    plot_left = BAR_LABEL_WIDTH
    plot_width = width - BAR_LABEL_WIDTH - BAR_VALUE_WIDTH
    step = _nice_step(float(scale_max))
    axis_max = step * max(1, math.ceil(float(scale_max) / step))
    top = height - legend_height
    x = 0.0
    for category, colour in CATEGORY_COLOURS.items():
        drawing.add(Rect(x, height - 10, 8, 8, fillColor=colour, strokeColor=None))
        drawing.add(String(x + 11, height - 9, names[category], fontName=FONT,
                           fontSize=7, fillColor=INK))
        x += 14 + text_width(names[category], FONT, 7) + 10
    bottom = axis_height
    tick = 0.0
    while tick <= axis_max + step / 1000:
        position = plot_left + plot_width * tick / axis_max
        drawing.add(Line(position, bottom, position, top, strokeColor=RULE, strokeWidth=0.3))
        drawing.add(String(position, bottom - 10, _tick_label(tick), fontName=FONT, fontSize=6.5,
                           fillColor=MUTED, textAnchor="middle"))
        tick += step
    for index, row in enumerate(rows):
        y = top - (index + 1) * BAR_ROW_HEIGHT + 3
        for string in text_strings(plot_left - 4, y + 2,
                                   fit_text(row.label, FONT, 7, BAR_LABEL_WIDTH - 8),
                                   font=FONT, size=7, fill=INK, anchor="end"):
            drawing.add(string)
        x = plot_left
        for category, colour in CATEGORY_COLOURS.items():
            amount = float(row.amounts.get(category, Decimal(0)))
            if amount <= 0:
                continue
            bar = plot_width * amount / axis_max
            drawing.add(Rect(x, y, bar, BAR_ROW_HEIGHT - 5, fillColor=colour, strokeColor=None))
            x += bar
        label = w.money(row.total)
        label_width = pdfmetrics.stringWidth(label, FONT, 6.5)
        drawing.add(Rect(x + 1.5, y, label_width + 3, BAR_ROW_HEIGHT - 5,
                         fillColor=colors.white, strokeColor=None))
        drawing.add(String(x + 3, y + 2, label, fontName=FONT, fontSize=6.5, fillColor=INK))
    return drawing


# --- Gantt ------------------------------------------------------------------------------------

MONTHS_PER_TILE = 24
GANTT_LABEL_WIDTH = 215.0
GANTT_ROW_HEIGHT = 13.0
GANTT_HEADER_HEIGHT = 34.0  # year band, month numbers, calendar months (with a start date)
GANTT_LEGEND_HEIGHT = 16.0


@dataclass(frozen=True)
class Marker:
    month: int
    kind: str  # "deliverable" or "milestone"
    label: str = ""


@dataclass(frozen=True)
class GanttRow:
    label: str
    kind: str  # "wp", "task" or "milestones"
    start: int | None = None
    end: int | None = None
    markers: tuple[Marker, ...] = field(default=())


def month_windows(duration: int, per_tile: int = MONTHS_PER_TILE) -> list[tuple[int, int]]:
    """Split M1..Mduration into windows of at most `per_tile` months, as even as possible."""
    tiles = max(1, math.ceil(duration / per_tile))
    size = math.ceil(duration / tiles)
    return [(first, min(duration, first + size - 1)) for first in range(1, duration + 1, size)]


def rows_per_tile(height: float) -> int:
    usable = height - GANTT_HEADER_HEIGHT - GANTT_LEGEND_HEIGHT - 4
    return max(1, int(usable // GANTT_ROW_HEIGHT))


def _diamond(x: float, y: float, size: float) -> Polygon:
    return Polygon(
        [x, y - size, x + size, y, x, y + size, x - size, y],
        fillColor=colors.white, strokeColor=INK, strokeWidth=0.6,
    )


def _triangle(x: float, y: float, size: float) -> Polygon:
    return Polygon(
        [x - size, y + size, x + size, y + size, x, y - size],
        fillColor=colors.HexColor("#C00000"), strokeColor=None,
    )


def gantt_tile(
    rows: Sequence[GanttRow], first_month: int, last_month: int, width: float,
    w: Wording = ENGLISH, project_start: date | None = None,
) -> Drawing:
    """One tile: the rows' labels, a month header and bars clipped to first..last month. With
    the project's start, each month also shows its calendar name in `w`'s language."""
    register_fonts()
    months = last_month - first_month + 1
    height = GANTT_LEGEND_HEIGHT + GANTT_HEADER_HEIGHT + GANTT_ROW_HEIGHT * len(rows) + 2
    drawing = Drawing(width, height, initialFontName=FONT, initialFontSize=7)
    plot_left = GANTT_LABEL_WIDTH
    month_width = (width - plot_left) / months
    top = height - GANTT_LEGEND_HEIGHT - GANTT_HEADER_HEIGHT
    bottom = top - GANTT_ROW_HEIGHT * len(rows)

    def x_of(month: float) -> float:
        return plot_left + (month - first_month) * month_width

    legend_y = height - 10
    drawing.add(Rect(0, legend_y, 14, 6, fillColor=ACCENT, strokeColor=None))
    _legend(drawing, legend_y, w)

    header_top = top + GANTT_HEADER_HEIGHT
    year = (first_month - 1) // 12 + 1
    while (year - 1) * 12 + 1 <= last_month:
        start = max(first_month, (year - 1) * 12 + 1)
        end = min(last_month, year * 12)
        drawing.add(Rect(x_of(start), top + 21, (end - start + 1) * month_width, 12,
                         fillColor=colors.HexColor("#DCE6F1"), strokeColor=colors.white,
                         strokeWidth=1))
        drawing.add(String((x_of(start) + x_of(end + 1)) / 2, top + 24.5,
                           w.gettext("Year {number}").format(number=year),
                           fontName=BOLD, fontSize=7, fillColor=INK, textAnchor="middle"))
        year += 1
    for month in range(first_month, last_month + 1):
        drawing.add(String(x_of(month + 0.5), top + 11, f"M{month}", fontName=FONT, fontSize=6,
                           fillColor=MUTED, textAnchor="middle"))
        if project_start is not None:
            year_index, month_index = divmod(project_start.month - 1 + month - 1, 12)
            calendar_year = project_start.year + year_index
            name = fit_text(w.month_short(calendar_year, month_index + 1), FONT, 5.5,
                            month_width - 1) if calendar_year <= 9999 else ""
            drawing.add(String(x_of(month + 0.5), top + 3, name, fontName=FONT, fontSize=5.5,
                               fillColor=MUTED, textAnchor="middle"))
    for index, row in enumerate(rows):
        y = top - (index + 1) * GANTT_ROW_HEIGHT
        if index % 2 == 0:
            drawing.add(Rect(0, y, width, GANTT_ROW_HEIGHT, fillColor=colors.HexColor("#F5F7FA"),
                             strokeColor=None))
    for month in range(first_month, last_month + 2):
        strong = (month - 1) % 12 == 0
        drawing.add(Line(x_of(month), bottom, x_of(month), top,
                         strokeColor=ACCENT if strong else RULE,
                         strokeWidth=0.6 if strong else 0.2))
    drawing.add(Line(0, top, width, top, strokeColor=ACCENT, strokeWidth=0.6))
    drawing.add(Line(0, header_top, width, header_top, strokeColor=ACCENT, strokeWidth=0.6))
    for index, row in enumerate(rows):
        y = top - (index + 1) * GANTT_ROW_HEIGHT
        indent = 10 if row.kind == "task" else 0
        font = BOLD if row.kind in ("wp", "milestones") else FONT
        label = fit_text(row.label, font, 7, GANTT_LABEL_WIDTH - 6 - indent)
        for string in text_strings(2 + indent, y + 4, label, font=font, size=7, fill=INK):
            drawing.add(string)
        if row.start is not None and row.end is not None:
            start = max(row.start, first_month)
            end = min(row.end, last_month)
            if start <= end:
                is_wp = row.kind == "wp"
                inset = 2.5 if is_wp else 4
                drawing.add(Rect(x_of(start) + 0.5, y + inset,
                                 (end - start + 1) * month_width - 1,
                                 GANTT_ROW_HEIGHT - 2 * inset,
                                 fillColor=ACCENT if is_wp else colors.HexColor("#9DC3E6"),
                                 strokeColor=None))
        for marker in row.markers:
            if not first_month <= marker.month <= last_month:
                continue
            centre = x_of(marker.month + 0.5)
            middle = y + GANTT_ROW_HEIGHT / 2
            if marker.kind == "milestone":
                drawing.add(_triangle(centre, middle, 3.5))
                if marker.label:
                    room = width - centre - 5
                    fits = pdfmetrics.stringWidth(marker.label, FONT, 6) <= room
                    drawing.add(String(centre + 5 if fits else centre - 5, middle - 2.5,
                                       marker.label, fontName=FONT, fontSize=6, fillColor=INK,
                                       textAnchor="start" if fits else "end"))
            else:
                drawing.add(_diamond(centre, middle, 3))
    return drawing


def _legend(drawing: Drawing, legend_y: float, w: Wording) -> None:
    """The legend's bar, task bar, diamond and triangle, each before its label; measured, so
    a longer translation pushes the next entry along instead of overlapping it."""
    x = 0.0
    labels = (w.gettext("Work package"), w.gettext("Task"), w.gettext("Deliverable due"),
              w.gettext("Milestone"))
    for index, text in enumerate(labels):
        if index == 0:
            drawing.add(Rect(x, legend_y, 14, 6, fillColor=ACCENT, strokeColor=None))
        elif index == 1:
            drawing.add(Rect(x, legend_y, 14, 6, fillColor=colors.HexColor("#9DC3E6"),
                             strokeColor=None))
        elif index == 2:
            drawing.add(_diamond(x + 10, legend_y + 3, 3.5))
        else:
            drawing.add(_triangle(x + 10, legend_y + 3, 3.5))
        drawing.add(String(x + 18, legend_y, text, fontName=FONT, fontSize=7, fillColor=INK))
        x += 18 + text_width(text, FONT, 7) + 12


def pack_groups(groups: Sequence[Sequence[GanttRow]], per_tile: int) -> list[list[GanttRow]]:
    """Rows in chunks of at most `per_tile`, keeping a work package with its tasks when they
    fit on one tile (a group too long for any tile is split)."""
    chunks: list[list[GanttRow]] = [[]]
    for group in groups:
        if chunks[-1] and len(chunks[-1]) + len(group) > per_tile:
            chunks.append([])
        for row in group:
            if len(chunks[-1]) == per_tile:
                chunks.append([])
            chunks[-1].append(row)
    return chunks


def gantt_tiles(
    groups: Sequence[Sequence[GanttRow]], duration: int, width: float, height: float,
    w: Wording = ENGLISH, start: date | None = None,
) -> list[tuple[Drawing, str]]:
    """All tiles (month window x row chunk) with a caption each, months first then rows.

    `groups` are the rows of each work package (the WP, then its tasks) and the milestones.
    """
    chunks = pack_groups(groups, rows_per_tile(height))
    windows = month_windows(duration)
    tiles = []
    for window_index, (first, last) in enumerate(windows, start=1):
        for chunk_index, chunk in enumerate(chunks, start=1):
            caption = w.gettext("Months {first}-{last}").format(first=first, last=last)
            if len(windows) > 1:
                caption += " " + w.gettext("(part {part} of {parts})").format(
                    part=window_index, parts=len(windows))
            if len(chunks) > 1:
                caption += ", " + w.gettext("rows part {part} of {parts}").format(
                    part=chunk_index, parts=len(chunks))
            tiles.append((gantt_tile(chunk, first, last, width, w, start), caption))
    return tiles


# --- the value chain --------------------------------------------------------------------------

CHAIN_STAGE_FILL = colors.HexColor("#1F4E79")
CHAIN_SUPPORT_FILL = colors.HexColor("#DCE6F1")
CHAIN_MEMBER_FILL = colors.HexColor("#EEF2F6")
CHAIN_MISSING = colors.HexColor("#B00020")
CHEVRON_TIP = 9.0


def _wrapped(text: str, font: str, size: float, width: float, lines: int) -> list[str]:
    """`text` in at most `lines` lines of `width` points, the last one shortened if need be."""
    result: list[str] = []
    words = text.split()
    while words and len(result) < lines:
        line = words.pop(0)
        while words and text_width(f"{line} {words[0]}", font, size) <= width:
            line = f"{line} {words.pop(0)}"
        result.append(line)
    if words:
        result[-1] = fit_text(f"{result[-1]} {' '.join(words)}", font, size, width)
    return [fit_text(line, font, size, width) for line in result]


def chain_drawing(picture: ChainPicture) -> Drawing:
    """The value-chain picture (exporting/chain_picture.py) as a vector drawing."""
    register_fonts()
    drawing = Drawing(picture.width, picture.height, initialFontName=FONT, initialFontSize=7)

    def flip(y: float, height: float) -> float:
        return picture.height - y - height

    for box in picture.boxes:
        y = flip(box.y, box.height)
        if box.style == "caption":
            for string in text_strings(box.x, y + 4, box.text, font=BOLD, size=8, fill=ACCENT):
                drawing.add(string)
            continue
        if box.style == "stage":
            tip = CHEVRON_TIP
            drawing.add(Polygon(
                [box.x, y, box.x + box.width - tip, y, box.x + box.width, y + box.height / 2,
                 box.x + box.width - tip, y + box.height, box.x, y + box.height,
                 box.x + (tip if box.x > 0 else 0), y + box.height / 2],
                fillColor=CHAIN_STAGE_FILL, strokeColor=colors.white, strokeWidth=1.5))
            fill, font, inset = colors.white, BOLD, tip + 3
        elif box.style == "support":
            drawing.add(Rect(box.x, y, box.width, box.height, fillColor=CHAIN_SUPPORT_FILL,
                             strokeColor=None))
            fill, font, inset = INK, BOLD, 4
        elif box.style == "missing":
            drawing.add(Rect(box.x, y, box.width, box.height, fillColor=colors.white,
                             strokeColor=CHAIN_MISSING, strokeWidth=0.8, strokeDashArray=[2, 2]))
            fill, font, inset = CHAIN_MISSING, FONT, 4
        else:
            drawing.add(Rect(box.x, y, box.width, box.height, fillColor=CHAIN_MEMBER_FILL,
                             strokeColor=RULE, strokeWidth=0.4))
            fill, font, inset = INK, FONT, 4
        size = 7.0
        lines = _wrapped(box.text, font, size, box.width - inset - 4, 2 if box.height > 20 else 1)
        top = y + box.height / 2 + (len(lines) - 1) * (size + 1) / 2 - size / 2 + 1
        for number, line in enumerate(lines):
            for string in text_strings(box.x + inset, top - number * (size + 1), line,
                                       font=font, size=size, fill=fill):
                drawing.add(string)
    return drawing
