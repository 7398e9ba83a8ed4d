"""The compare report as a PDF: the sides' totals, then per section what differs, each changed
value shaded with its delta (money and percent) beneath it; the checks whose outcome differs.

Only differing rows are printed (the workbook holds every row): a comparison of two large
projects that differ in a few cells is a few pages, not a hundred. Pure: a `Comparison` in.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from consortium_planner.domain.compare import SECTIONS, Comparison, Row
from consortium_planner.exporting.compare_text import (
    delta_text,
    field_text,
    headline,
    item_text,
    section_titles,
    total_change,
    total_titles,
    value_text,
)
from consortium_planner.exporting.files import replacing
from consortium_planner.exporting.pdf_layout import (
    LANDSCAPE,
    TABLE_CHUNK_ROWS,
    ContinuedTable,
    PagedTable,
    ReportDocument,
    frame_width,
    header_cells,
    heading,
    numbered_canvas,
    para,
    styles,
    table_style,
)
from consortium_planner.reference.wording import ENGLISH, Wording, wording

CHANGED_FILL = HexColor("#FFF2CC")
ADDED_FILL = HexColor("#E2EFDA")
REMOVED_FILL = HexColor("#FCE4E4")
FILLS = {"changed": CHANGED_FILL, "added": ADDED_FILL, "removed": REMOVED_FILL}
ITEM_WIDTH, FIELD_WIDTH = 130.0, 150.0


MAX_SIDE_WIDTH = 170.0


@cache
def _muted_right() -> ParagraphStyle:
    return ParagraphStyle("compare-muted-right", parent=styles()["cell_muted"],
                          alignment=TA_RIGHT)


def _side_widths(sides: int) -> list[float]:
    room = frame_width(LANDSCAPE) - ITEM_WIDTH - FIELD_WIDTH
    return [min(room / sides, MAX_SIDE_WIDTH)] * sides


def _right(row: Row) -> bool:
    """Figures (money, months, rates) are right-aligned, text left-aligned."""
    return row.numeric or row.kind == "rate"


def _side_titles(titles: Sequence[str], rows: Sequence[Row]) -> list[Paragraph]:
    """The header row, each side's title aligned as most of its column's values are, so the
    budget's and the effort's titles stand over their figures' right edge."""
    figures = sum(_right(row) for row in rows)
    return header_cells(titles, 2 if figures * 2 > len(rows) else None)


def _cell(row: Row, side: int, w: Wording) -> list[Any]:
    """The value, and beneath it how it differs from the reference; figures right-aligned."""
    right = _right(row)
    cell: list[Any] = [para(value_text(row, row.values[side], w),
                            "cell_right" if right else "cell")]
    change = delta_text(row, side, w)
    if change:
        cell.append(para(change, _muted_right() if right else "cell_muted"))
    return cell


def totals_section(comparison: Comparison, w: Wording = ENGLISH) -> list[Flowable]:
    sides = comparison.sides
    rows: list[list[Any]] = []
    for key, title in total_titles(w).items():
        line: list[Any] = [para(title, "cell_bold"), ""]
        reference = comparison.totals[0][key]
        for side, totals in enumerate(comparison.totals):
            value = totals[key]
            text = w.number(value) if key == "person_months" else w.money(value)
            cell: list[Any] = [para(text, "cell_right")]
            if side and value != reference:
                cell.append(para(total_change(value, reference, w,
                                              money=key != "person_months"), _muted_right()))
            line.append(cell)
        rows.append(line)
    titles = [w.gettext("Totals"), "", w.gettext("{side} (reference)").format(side=sides[0]),
              *sides[1:]]
    return [Table([header_cells(titles, 2), *rows],
                  colWidths=[ITEM_WIDTH, FIELD_WIDTH, *_side_widths(len(sides))], repeatRows=1,
                  style=table_style(numeric_from=2), hAlign="LEFT")]


def section_tables(comparison: Comparison, section: str, w: Wording = ENGLISH
                   ) -> list[Flowable]:
    rows = comparison.section(section, only_differences=True)
    if not rows:
        return [para(w.gettext("No differences."), "body")]
    count = len(comparison.sides)
    titles = [w.gettext("Item"), w.gettext("Field"), *comparison.sides]
    widths = [ITEM_WIDTH, FIELD_WIDTH, *_side_widths(count)]
    tables: list[Flowable] = []
    for start in range(0, len(rows), TABLE_CHUNK_ROWS):
        chunk = rows[start:start + TABLE_CHUNK_ROWS]

        def build(first: int, with_header: bool, chunk: Sequence[Row] = chunk) -> Table:
            data: list[list[Any]] = [_side_titles(titles, rows)] if with_header else []
            shading: list[tuple[Any, ...]] = []
            for position, row in enumerate(chunk[first:], start=len(data)):
                field = para(field_text(row, w), "cell_muted" if row.derived else "cell")
                data.append([para(item_text(row, w)), field,
                             *(_cell(row, side, w) for side in range(count))])
                for side in range(1, count):
                    fill = FILLS.get(row.status(side))
                    if fill is not None:
                        shading.append(("BACKGROUND", (2 + side, position),
                                        (2 + side, position), fill))
            return PagedTable(data, colWidths=widths, repeatRows=1 if with_header else 0,
                         splitInRow=1 if with_header else 0,
                         style=table_style(extra=shading, header=with_header), hAlign="LEFT")

        tables.append(build(0, True) if start == 0 else ContinuedTable(build))
    return tables


def build_compare_story(comparison: Comparison, w: Wording = ENGLISH) -> list[Flowable]:
    styles()
    sides = comparison.sides
    differing = len(comparison.differences)
    story: list[Flowable] = [
        heading(w.gettext("Comparison of {sides}").format(sides=", ".join(sides))),
        para(w.ngettext(
            "{reference} is the reference: every other column shows its values, shaded where "
            "they differ (yellow changed, green added, red removed), with the change beneath. "
            "Rows marked (derived) follow from other figures. {count} row differs.",
            "{reference} is the reference: every other column shows its values, shaded where "
            "they differ (yellow changed, green added, red removed), with the change beneath. "
            "Rows marked (derived) follow from other figures. {count} rows differ.",
            differing).format(reference=sides[0], count=differing), "small"),
    ]
    if changes := headline(comparison, w):
        story.append(para(w.gettext("Participants: {headline}").format(headline=changes),
                          "body"))
    story += [Spacer(1, 6), *totals_section(comparison, w)]
    titles = section_titles(w)
    for number, (key, title) in enumerate(SECTIONS, start=1):
        story += [Spacer(1, 8), CondPageBreak(90),
                  heading(f"{number} {titles.get(key, title)}", 1)]
        story += section_tables(comparison, key, w)
    return story


def write_compare_pdf(comparison: Comparison, path: Path | str, *,
                      workspace_name: str = "", language: str = "en") -> Path:
    """Write the compare report to `path` (replaced only once complete); return the path. Its
    headings, totals and rows are in `language` (exporting/compare_text)."""
    w = wording(language)
    story = build_compare_story(comparison, w)
    target = Path(path)
    title = w.gettext("Comparison of {sides}").format(sides=", ".join(comparison.sides))
    with replacing(target) as temp:
        document = ReportDocument(str(temp), title=title, author=workspace_name)
        document.pageTemplates = [t for t in document.pageTemplates if t.id == "landscape"]
        document.build(story, canvasmaker=numbered_canvas(
            header_left=title,
            header_right=w.gettext("Compare report, {date}").format(
                date=w.long_date(datetime.now().date())),
            footer_left=w.gettext("Consortium Planner - workspace {name}").format(
                name=workspace_name) if workspace_name else "Consortium Planner",
            page_text=w.gettext("Page {page} of {pages}"),
        ))
    return target
