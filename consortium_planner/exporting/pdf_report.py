"""The printed consortium summary a coordinator circulates (PDF, A4).

Cover; consortium with country and region-category summaries; budget per participant and per
work package with a bar chart; work plan tables 3.1a, 3.1c, 3.1d, 3.1f and a tiled Gantt chart;
the eligibility findings. Narrow tables print portrait, wide ones landscape. Every figure comes
from `snapshot.budget`, the engine behind `summary --json`, so the totals agree to the cent.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from consortium_planner.domain.money import ZERO, format_amount, format_rate, two_places
from consortium_planner.domain.project import ParticipantInfo, ProjectSnapshot
from consortium_planner.domain.value_chain import share_percent
from consortium_planner.exporting.files import replacing
from consortium_planner.exporting.chain_picture import chain_picture
from consortium_planner.exporting.pdf_charts import (
    BarRow,
    GanttRow,
    Marker,
    budget_bar_chart,
    chain_drawing,
    gantt_tiles,
)
from consortium_planner.exporting.pdf_layout import (
    FONT,
    LANDSCAPE,
    PORTRAIT,
    ReportDocument,
    data_tables,
    fit_columns,
    frame_height,
    frame_width,
    header_cells,
    heading,
    numbered_canvas,
    para,
    styles,
    table_style,
)
from consortium_planner.exporting.tables import (
    CATEGORY_TITLES,
    FindingLike,
    effort_matrix,
    finding_fix,
    org_type_label,
    participant_label,
    region_category_label,
    role_label,
    sme_class_label,
    sorted_findings,
)
from consortium_planner.exporting.value_chain_tables import (
    HELD,
    cluster_lines,
    matrix_rows,
    presence_lines,
    s3_lines,
    share_rows,
    startup_note,
)
from consortium_planner.reference.countries import get_country

Progress = Callable[[int, int], None]
BAR_CHART_ROWS = 30  # participants per chart: 30 bars fill a landscape page legibly
EFFORT_NAME_WIDTH = 120.0
EFFORT_COLUMN_WIDTH = 36.0


def money(value: Decimal) -> str:
    return format_amount(value)


def months_text(value: Decimal) -> str:
    return two_places(value)


def _coordinator_line(coordinator: ParticipantInfo) -> str:
    """'1 CMP - Cluster Meccatronica Pugliese', without repeating a name that is the same."""
    legal_name = coordinator.organisation.legal_name
    if coordinator.short_name == legal_name:
        return f"{coordinator.number} {legal_name}"
    return f"{coordinator.number} {coordinator.short_name} - {legal_name}"


def _end_text(start: date, months: int) -> str:
    """'31 December 2029': the last day of month `months` counted from `start` (M1 is the
    start's month). Plain arithmetic, not `date`: a project may end after the year 9999."""
    year, month_index = divmod(start.month - 1 + months - 1, 12)
    year += start.year
    days = calendar.monthrange(2000 if calendar.isleap(year) else 2001, month_index + 1)[1]
    return f"{days} {calendar.month_name[month_index + 1]} {year}"


def _long_date(day: date) -> str:
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else (plural or word + 's')}"


# --- cover ------------------------------------------------------------------------------------


def cover(snapshot: ProjectSnapshot, workspace_name: str) -> list[Flowable]:
    project = snapshot.project
    totals = snapshot.budget.totals
    currency = snapshot.profile.currency
    coordinator = snapshot.coordinator
    countries = {p.organisation.country for p in snapshot.participants if p.organisation.country}
    if project.start_date:
        end = _end_text(project.start_date, project.duration_months)
        schedule = (
            f"{_long_date(project.start_date)} to {end} "
            f"({project.duration_months} months, M1-M{project.duration_months})"
        )
    else:
        schedule = f"start not set; {project.duration_months} months"
    facts: list[tuple[str, str]] = [
        ("Call profile", f"{snapshot.profile.name} ({project.call_profile})"),
        ("Thematic priority", project.thematic_priority or "not set"),
        ("Duration", schedule),
        (
            "Coordinator",
            _coordinator_line(coordinator) if coordinator else "none named",
        ),
        (
            "Consortium",
            f"{_plural(len(snapshot.participants), 'participant')} in "
            f"{_plural(len(countries), 'country', 'countries')}; "
            f"{_plural(len(snapshot.work_packages), 'work package')}, "
            f"{_plural(len(snapshot.deliverables), 'deliverable')}, "
            f"{_plural(len(snapshot.milestones), 'milestone')}",
        ),
        ("Total eligible costs", f"{currency} {money(totals['total_eligible'])}"),
        ("Requested EU contribution", f"{currency} {money(totals['eu_contribution'])}"),
        ("Own contribution", f"{currency} {money(totals['own_contribution'])}"),
        ("Person-months", months_text(totals["person_months"])),
        ("Generated", datetime.now().strftime("%d %B %Y, %H:%M")),
        ("Workspace", workspace_name or "-"),
    ]
    rows = [[para(label, "cell_bold"), para(value, "body")] for label, value in facts]
    table = Table(
        rows,
        colWidths=[130, frame_width(PORTRAIT) - 130],
        style=table_style(extra=[("BACKGROUND", (0, 0), (-1, 0), None),
                                 ("LINEBELOW", (0, 0), (-1, -1), 0.25, "#9AA5B1"),
                                 ("TOPPADDING", (0, 0), (-1, -1), 4),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]),
        hAlign="LEFT",
    )
    story: list[Flowable] = [
        Spacer(1, 40),
        para(project.acronym, "cover_acronym"),
        para(project.title or "(no title)", "cover_title"),
        para("Consortium summary", "cover_subtitle"),
        table,
    ]
    if snapshot.notes:
        story.append(Spacer(1, 12))
        story += [para(f"Note: {note}", "small") for note in snapshot.notes]
    story.append(Spacer(1, 12))
    story.append(
        para(
            "Figures are computed by Consortium Planner from the workspace named above; the "
            "call profile's values marked for checking should be verified against the call "
            "document.",
            "small",
        )
    )
    return story


# --- consortium -------------------------------------------------------------------------------


def consortium_section(snapshot: ProjectSnapshot) -> list[Flowable]:
    header = ["No", "Short name", "Legal name", "PIC", "Country", "NUTS 2", "Region category",
              "Organisation type", "SME class", "Role"]
    widths = [22, 92, 178, 54, 40, 38, 78, 116, 48, 74]
    rows = [
        [
            str(p.number),
            para(p.short_name),
            para(p.organisation.legal_name),
            p.organisation.pic or "",
            p.organisation.country,
            p.organisation.nuts2,
            para(region_category_label(p.region_category.category) or "unknown", "cell"),
            para(org_type_label(p.organisation.org_type)),
            sme_class_label(p.organisation.sme_class),
            para(role_label(p.role)),
        ]
        for p in snapshot.participants
    ]
    story: list[Flowable] = [heading("1 Consortium")]
    story += data_tables(header_cells(header), rows, widths)
    story.append(Spacer(1, 10))
    story.append(KeepTogether([heading("Participants per country and region category", 1),
                               _distribution_tables(snapshot)]))
    return story


def _distribution_tables(snapshot: ProjectSnapshot) -> Table:
    """Per-country and per-region-category summaries side by side."""
    figures = {b.number: b for b in snapshot.budget.participants}
    by_country: dict[str, list[int]] = defaultdict(list)
    by_category: dict[str, list[int]] = defaultdict(list)
    for participant in snapshot.participants:
        by_country[participant.organisation.country or "-"].append(participant.number)
        by_category[participant.region_category.category or ""].append(participant.number)

    def amounts(numbers: list[int]) -> tuple[str, str]:
        total = sum((figures[n].total_eligible for n in numbers), ZERO)
        eu = sum((figures[n].eu_contribution for n in numbers), ZERO)
        return money(total), money(eu)

    country_rows = []
    for code in sorted(by_country):
        country = get_country(code)
        name = country.name_en if country else ""
        country_rows.append([code, para(name), str(len(by_country[code])),
                             *amounts(by_country[code])])
    category_rows = []
    order = ["less_developed", "transition", "outermost", "more_developed", ""]
    for category in sorted(by_category, key=lambda c: order.index(c) if c in order else 9):
        numbers = by_category[category]
        regions = {p.organisation.nuts2 for p in snapshot.participants if p.number in numbers}
        category_rows.append([
            para(region_category_label(category) or "Unknown"),
            str(len(numbers)),
            str(len(regions - {""})),
            *amounts(numbers),
        ])
    currency = snapshot.profile.currency
    country_header = ["Country", "", "Partners", f"Eligible costs ({currency})",
                      f"EU contribution ({currency})"]
    country_table = Table(
        [header_cells(country_header, numeric_from=2), *country_rows],
        colWidths=[32, 80, 46, 76, 86], repeatRows=1,
        style=table_style(numeric_from=2, extra=[("SPAN", (0, 0), (1, 0))]),
    )
    category_header = ["Region category", "Partners", "Regions", f"Eligible costs ({currency})",
                       f"EU contribution ({currency})"]
    category_table = Table(
        [header_cells(category_header, numeric_from=1), *category_rows],
        colWidths=[84, 46, 44, 76, 86], repeatRows=1, style=table_style(numeric_from=1),
    )
    return Table([[country_table, category_table]], colWidths=[336, 340],
                 style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("FONT", (0, 0), (-1, -1), FONT)],
                 hAlign="LEFT")


# --- value chain ------------------------------------------------------------------------------

MATRIX_PARTICIPANTS = 20  # participant columns per matrix table on a landscape page


def value_chain_section(snapshot: ProjectSnapshot) -> list[Flowable]:
    """Roles x participants (roles nobody holds marked), the picture of the chain from research
    to market, the shares of companies, SMEs and start-ups, sectors, ecosystems, clusters and
    the S3 areas of the regions: what a coordinator puts in the proposal."""
    chain = snapshot.value_chain
    width = frame_width(LANDSCAPE)
    story: list[Flowable] = [heading("Value chain", 1)]
    rows = matrix_rows(snapshot)
    participants = list(snapshot.participants)
    missing_style = ParagraphStyle("missing", parent=styles()["cell_bold"],
                                   textColor=HexColor("#B00020"))
    for start in range(0, max(1, len(participants)), MATRIX_PARTICIPANTS):
        shown = participants[start:start + MATRIX_PARTICIPANTS]
        column = min(44.0, (width - 270) / max(1, len(shown)))
        header = ["Role", *(f"P{p.number}\n{p.short_name}" for p in shown), "Regions"]
        body = [
            [para(f"⚠ {row.role} (nobody)", missing_style) if row.missing else para(row.role),
             *(HELD if held else "" for held in row.held[start:start + MATRIX_PARTICIPANTS]),
             para(row.regions)]
            for row in rows
        ]
        story.append(Table(
            [header_cells(header, size=6.5), *body], colWidths=[160, *([column] * len(shown)), 110],
            repeatRows=1, hAlign="LEFT", style=table_style(
                rows=len(body) + 1, extra=[("ALIGN", (1, 1), (len(shown), -1), "CENTER")])))
        story.append(Spacer(1, 6))
    names = {p.number: f"P{p.number} {p.short_name}" for p in participants}
    picture = chain_picture(chain, lambda n: names.get(n, f"P{n}"), width)
    story.append(KeepTogether([heading("The chain from research to market", 1),
                               chain_drawing(picture)]))
    currency = snapshot.profile.currency
    share_header = ["Group", "Participant numbers", "Participants", "Share of\nparticipants",
                    f"EU contribution\n({currency})", "Share of the\nEU contribution"]
    share_body = [[para(row.group), para(row.numbers), str(row.participants),
                   share_percent(row.of_participants), money(row.eu_contribution),
                   share_percent(row.of_eu_contribution)]
                  for row in share_rows(chain)]
    figures: list[Flowable] = [heading("Companies, SMEs and start-ups", 1), Table(
        [header_cells(share_header, numeric_from=2), *share_body],
        colWidths=[190, 180, 62, 62, 96, 80], repeatRows=1,
        style=table_style(numeric_from=2), hAlign="LEFT"),
        Spacer(1, 3), para(startup_note(snapshot), "small")]
    story.append(KeepTogether(figures))
    sectors, ecosystems = presence_lines(snapshot)
    for title, lines, empty in (
        ("Sectors (NACE Rev. 2)", sectors, "No NACE code is recorded for the participants."),
        ("Industrial ecosystems", ecosystems, "No ecosystem is recorded for the participants."),
        ("Clusters and the partners they bring", cluster_lines(snapshot),
         "No participant is recorded as a member of a cluster."),
        ("Smart-specialisation (S3) areas of the regions", s3_lines(snapshot),
         "No participant has a NUTS 2 region."),
    ):
        story.append(KeepTogether([heading(title, 1),
                                   *([para(line, "body") for line in lines]
                                     or [para(empty, "small")])]))
    return story


# --- budget -----------------------------------------------------------------------------------

BUDGET_COLUMNS = ("A", "B", "C1", "C2", "C3", "D", "E")
SHORT_TITLES = {"A": "A\nPersonnel", "B": "B Subcon-\ntracting", "C1": "C.1\nTravel",
                "C2": "C.2\nEquipment", "C3": "C.3 Other\ngoods", "D1": "D.1 Third\nparties",
                "D": "D\nOther", "E": "E\nIndirect"}


def _base_text(snapshot: ProjectSnapshot) -> str:
    order = ("A", "B", "C1", "C2", "C3", "D1", "D")
    base = [CATEGORY_TITLES[c] for c in order if c in snapshot.profile.indirect_base]
    return ", ".join(base) or "nothing"


def budget_section(snapshot: ProjectSnapshot) -> list[Flowable]:
    budget = snapshot.budget
    currency = snapshot.profile.currency
    header = ["No", "Participant", "PM", *(SHORT_TITLES[c] for c in BUDGET_COLUMNS),
              "Total\neligible", "Funding rate", "EU contri-\nbution", "Own contri-\nbution"]
    minimum = [20, 90, 30, 46, 46, 40, 46, 44, 40, 40, 44, 40, 46, 46]
    rows = []
    for participant, figures in zip(snapshot.participants, budget.participants):
        rows.append([
            str(participant.number),
            para(participant.short_name),
            months_text(figures.person_months),
            *(money(figures.costs[c]) for c in BUDGET_COLUMNS),
            money(figures.total_eligible),
            format_rate(figures.funding_rate),
            money(figures.eu_contribution),
            money(figures.own_contribution),
        ])
    totals = budget.totals
    total_row = ["", "Total", months_text(totals["person_months"]),
                 *(money(totals[c]) for c in BUDGET_COLUMNS), money(totals["total_eligible"]),
                 "", money(totals["eu_contribution"]), money(totals["own_contribution"])]
    story: list[Flowable] = [
        heading("2 Budget"),
        para(
            f"Amounts in {currency}. E (indirect costs) is "
            f"{format_rate(snapshot.profile.indirect_rate)} of {_base_text(snapshot)}. "
            "The EU contribution is the total eligible costs times the funding rate, rounded "
            "down to the cent; project totals are the sums of the participants' figures.",
            "small",
        ),
        Spacer(1, 4),
    ]
    widths, size = fit_columns(header, rows, [total_row], minimum, numeric_from=2, flexible=1,
                               available=frame_width(LANDSCAPE))
    story += data_tables(header_cells(header, 2, size), rows, widths, numeric_from=2,
                         totals=[total_row], font_size=size)
    story.append(Spacer(1, 8))
    story.append(CondPageBreak(120))
    story.append(heading("Direct costs per work package", 1))
    story += _work_package_costs(snapshot)
    charts = _bar_charts(snapshot)
    story.append(CondPageBreak(charts[0].wrap(frame_width(LANDSCAPE), 0)[1] + 30))
    story.append(heading("Total eligible costs per participant", 1))
    story += charts
    return story


def _work_package_costs(snapshot: ProjectSnapshot) -> list[Flowable]:
    order = ("A", "B", "C1", "C2", "C3", "D1", "D")
    header = ["WP", "Title", "PM", *(SHORT_TITLES[c] for c in order), "Direct costs"]
    minimum = [30, 150, 34, 46, 46, 40, 46, 44, 44, 40, 50]
    titles = {wp.number: wp.title for wp in snapshot.work_packages}
    rows = []
    for figures in snapshot.budget.work_packages:
        code = "-" if figures.number is None else f"WP{figures.number}"
        title = "Not assigned to a work package" if figures.number is None else titles.get(
            figures.number, ""
        )
        rows.append([code, para(title), months_text(figures.person_months),
                     *(money(figures.costs[c]) for c in order), money(figures.direct_costs)])
    total = ["", "Total", months_text(sum((w.person_months for w in snapshot.budget.work_packages),
                                          ZERO))]
    total += [money(sum((w.costs[c] for w in snapshot.budget.work_packages), ZERO))
              for c in order]
    total.append(money(sum((w.direct_costs for w in snapshot.budget.work_packages), ZERO)))
    widths, size = fit_columns(header, rows, [total], minimum, numeric_from=2, flexible=1,
                               available=frame_width(LANDSCAPE))
    return data_tables(header_cells(header, 2, size), rows, widths, numeric_from=2,
                       totals=[total], font_size=size)


def _bar_charts(snapshot: ProjectSnapshot) -> list[Flowable]:
    rows = [
        BarRow(f"{p.number} {p.short_name}", dict(figures.costs), figures.total_eligible)
        for p, figures in zip(snapshot.participants, snapshot.budget.participants)
    ]
    if not rows:
        return [para("The project has no participants yet.", "body")]
    scale = max((row.total for row in rows), default=ZERO)
    story: list[Flowable] = []
    for start in range(0, len(rows), BAR_CHART_ROWS):
        story.append(budget_bar_chart(rows[start:start + BAR_CHART_ROWS],
                                      frame_width(LANDSCAPE), scale))
        story.append(Spacer(1, 8))
    return story


# --- work plan --------------------------------------------------------------------------------


def work_packages_section(snapshot: ProjectSnapshot) -> list[Flowable]:
    months = {w.number: w.person_months for w in snapshot.budget.work_packages}
    header = ["WP", "Work package title", "Lead participant", "Person-\nmonths", "Start\nmonth",
              "End\nmonth"]
    widths = [32, 240, 135, 48, 34, 34]
    rows = [
        [f"WP{wp.number}", para(wp.title), para(participant_label(snapshot, wp.lead)),
         months_text(months.get(wp.number, ZERO)), f"M{wp.start_month}", f"M{wp.end_month}"]
        for wp in snapshot.work_packages
    ]
    total = ["", "Total", "", months_text(sum(months.values(), ZERO)), "", ""]
    story: list[Flowable] = [heading("3 Work plan"),
                             heading("Table 3.1a: list of work packages", 1)]
    if not rows:
        return story + [para("No work packages yet.", "body")]
    return story + data_tables(header_cells(header, numeric_from=3), rows, widths,
                               numeric_from=3, totals=[total])


def deliverables_section(snapshot: ProjectSnapshot) -> list[Flowable]:
    header = ["No", "Deliverable name", "WP", "Lead participant", "Type", "Diss.\nlevel",
              "Due\nmonth"]
    widths = [38, 226, 34, 120, 36, 36, 34]
    rows = [
        [d.code, para(d.title), f"WP{d.work_package}", para(participant_label(snapshot, d.lead)),
         d.type, d.dissemination, f"M{d.due_month}"]
        for d in snapshot.deliverables
    ]
    story: list[Flowable] = [heading("Table 3.1c: list of deliverables (by due month)", 1)]
    if not rows:
        return story + [para("No deliverables yet.", "body")]
    return story + data_tables(header_cells(header), rows, widths)


def milestones_section(snapshot: ProjectSnapshot) -> list[Flowable]:
    header = ["No", "Milestone name", "Related WPs", "Due\nmonth", "Means of verification"]
    widths = [36, 180, 64, 36, 210]
    milestones = sorted(snapshot.milestones, key=lambda m: (m.due_month, m.number))
    rows = [
        [m.code, para(m.title), para(", ".join(f"WP{n}" for n in m.work_packages)),
         f"M{m.due_month}", para(m.verification)]
        for m in milestones
    ]
    story: list[Flowable] = [heading("Table 3.1d: list of milestones", 1)]
    if not rows:
        return story + [para("No milestones yet.", "body")]
    return story + data_tables(header_cells(header), rows, widths)


def effort_section(snapshot: ProjectSnapshot) -> list[Flowable]:
    """Table 3.1f; with many WPs the columns continue in further tables (names repeated)."""
    matrix = effort_matrix(snapshot)
    numbers = [wp.number for wp in snapshot.work_packages]
    available = frame_width(LANDSCAPE) - 20 - EFFORT_NAME_WIDTH - 44
    per_table = max(1, int(available // EFFORT_COLUMN_WIDTH))
    groups = [numbers[i:i + per_table] for i in range(0, len(numbers), per_table)] or [[]]
    story: list[Flowable] = [heading("Table 3.1f: summary of staff effort (person-months)", 1)]
    for index, group in enumerate(groups):
        last = index == len(groups) - 1
        header = ["No", "Participant", *(f"WP{n}" for n in group)] + (["Total"] if last else [])
        widths = [20, EFFORT_NAME_WIDTH] + [EFFORT_COLUMN_WIDTH] * len(group) + (
            [44] if last else []
        )
        rows = []
        for participant in snapshot.participants:
            cells = [matrix.get((participant.number, n), ZERO) for n in group]
            row = [str(participant.number), para(participant.short_name),
                   *(months_text(c) if c else "" for c in cells)]
            if last:
                row.append(months_text(sum((matrix.get((participant.number, n), ZERO)
                                            for n in numbers), ZERO)))
            rows.append(row)
        column_totals = [
            sum((matrix.get((p.number, n), ZERO) for p in snapshot.participants), ZERO)
            for n in group
        ]
        total = ["", "Total", *(months_text(c) for c in column_totals)]
        if last:
            total.append(months_text(sum(matrix.values(), ZERO)))
        if len(groups) > 1:
            story.append(para(f"Work packages WP{group[0]}-WP{group[-1]}", "small"))
        story += data_tables(header, rows, widths, numeric_from=2, totals=[total])
        story.append(Spacer(1, 8))
    return story


def gantt_groups(snapshot: ProjectSnapshot) -> list[list[GanttRow]]:
    """Each work package's rows (the WP with its deliverables marked, then its tasks), then a
    row of milestones."""
    groups: list[list[GanttRow]] = []
    for wp in snapshot.work_packages:
        markers = tuple(Marker(d.due_month, "deliverable", d.code) for d in wp.deliverables)
        group = [GanttRow(f"WP{wp.number} {wp.title}", "wp", wp.start_month, wp.end_month,
                          markers)]
        group += [
            GanttRow(f"T{wp.number}.{task.number} {task.title}", "task", task.start_month,
                     task.end_month)
            for task in wp.tasks
        ]
        groups.append(group)
    if snapshot.milestones:
        groups.append([GanttRow("Milestones", "milestones", markers=tuple(
            Marker(m.due_month, "milestone", m.code) for m in snapshot.milestones
        ))])
    return groups


def gantt_section(snapshot: ProjectSnapshot) -> list[Flowable]:
    title = heading("Gantt chart", 1)
    groups = gantt_groups(snapshot)
    if not groups:
        return [title, para("No work packages yet.", "body")]
    story: list[Flowable] = []
    rows = [row for group in groups for row in group]
    duration = max([snapshot.project.duration_months]
                   + [r.end for r in rows if r.end is not None]
                   + [m.month for r in rows for m in r.markers])
    caption_height = 16
    height = frame_height(LANDSCAPE) - 30 - caption_height
    tiles = gantt_tiles(groups, duration, frame_width(LANDSCAPE), height)
    for index, (drawing, caption) in enumerate(tiles):
        parts: list[Flowable] = [title] if index == 0 else []
        parts += [para(caption, "small"), drawing, Spacer(1, 10)]
        story.append(KeepTogether(parts))
    return story


# --- checks -----------------------------------------------------------------------------------

SEVERITY_LABELS = {"error": "Error", "warning": "Warning", "info": "Info"}
SEVERITY_COLOURS = {"error": "#C00000", "warning": "#B45F06", "info": "#616E7C"}


@cache
def _severity_style(colour: str) -> ParagraphStyle:
    return ParagraphStyle(f"severity-{colour}", parent=styles()["cell_bold"],
                          textColor=HexColor(colour))


def checks_section(
    snapshot: ProjectSnapshot, findings: Sequence[FindingLike] | None
) -> list[Flowable]:
    story: list[Flowable] = [heading("4 Eligibility checks")]
    if findings is not None:
        profile = snapshot.profile
        story.append(para(f"Checked against the call profile {profile.name} ({profile.id}).",
                          "small"))
        story.append(Spacer(1, 4))
    if findings is None:
        return story + [para("No eligibility checks were run for this export.", "body")]
    if not findings:
        return story + [para("The checks found nothing to report.", "body")]
    counts = defaultdict(int)
    for finding in findings:
        counts[finding.severity] += 1
    story.append(para(
        f"{_plural(counts['error'], 'error')}, {_plural(counts['warning'], 'warning')}, "
        f"{counts['info']} for information.", "body"))
    story.append(Spacer(1, 4))
    rows = []
    for finding in sorted_findings(findings):
        label = SEVERITY_LABELS.get(finding.severity, finding.severity)
        colour = SEVERITY_COLOURS.get(finding.severity, "#1F2933")
        severity = Paragraph(escape(label), _severity_style(colour))
        message: list[Any] = [para(finding.message)]
        fix = finding_fix(finding)
        if fix:
            message.append(para(f"What to do: {fix}", "cell_muted"))
        rows.append([severity, para(finding.rule, "cell_muted"), message])
    story += data_tables(header_cells(("Severity", "Rule", "Finding")), rows,
                         [50, 110, frame_width(PORTRAIT) - 160])
    return story


# --- assembly ---------------------------------------------------------------------------------


def build_story(
    snapshot: ProjectSnapshot,
    *,
    workspace_name: str = "",
    findings: Sequence[FindingLike] | None = None,
) -> list[Flowable]:
    """The report's flowables, with the page template switches between sections."""
    styles()
    story: list[Flowable] = []
    story += cover(snapshot, workspace_name)
    story += [NextPageTemplate("landscape"), PageBreak()]
    story += consortium_section(snapshot)
    story += [PageBreak()]
    story += value_chain_section(snapshot)
    story += [PageBreak()]
    story += budget_section(snapshot)
    story += [NextPageTemplate("portrait"), PageBreak()]
    story += work_packages_section(snapshot)
    story += [Spacer(1, 8)]
    story += deliverables_section(snapshot)
    story += [Spacer(1, 8), CondPageBreak(100)]
    story += milestones_section(snapshot)
    story += [NextPageTemplate("landscape"), PageBreak()]
    story += effort_section(snapshot)
    story += gantt_section(snapshot)
    story += [NextPageTemplate("portrait"), PageBreak()]
    story += checks_section(snapshot, findings)
    return story


def write_pdf(
    snapshot: ProjectSnapshot,
    path: Path | str,
    *,
    workspace_name: str = "",
    findings: Sequence[FindingLike] | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the consortium summary to `path` (replaced only once complete); return the path.

    `findings` are the eligibility check results (None: the section says no checks were run).
    `progress(done, total)` is called as the layout proceeds; an exception raised from it
    cancels the export and leaves any existing file untouched. An unwritable path raises
    ExportError.
    """
    project = snapshot.project
    story = build_story(snapshot, workspace_name=workspace_name, findings=findings)
    target = Path(path)
    with replacing(target) as temp:
        document = ReportDocument(
            str(temp), title=f"{project.acronym} consortium summary", author=workspace_name
        )
        state = {"total": max(1, len(story)), "done": 0}
        if progress is not None:

            def report(kind: str, value: int) -> None:
                # reportlab's count can step back when a table splits: report only advances.
                if kind == "SIZE_EST":
                    state["total"] = max(1, value)
                elif kind == "PROGRESS" and state["done"] < min(value, state["total"] - 1):
                    state["done"] = min(value, state["total"] - 1)
                    progress(state["done"], state["total"])

            document.setProgressCallBack(report)
        generated = datetime.now().strftime("%Y-%m-%d")
        document.build(
            story,
            canvasmaker=numbered_canvas(
                header_left=f"{project.acronym} - {project.title}" if project.title
                else project.acronym,
                header_right=f"Consortium summary, {generated}",
                footer_left=f"Consortium Planner - workspace {workspace_name}"
                if workspace_name else "Consortium Planner",
            ),
        )
        if progress is not None:
            progress(state["total"], state["total"])
    return target
