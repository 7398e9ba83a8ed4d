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

from babel.dates import get_month_names
from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepInFrame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from consortium_planner.domain.money import ZERO
from consortium_planner.domain.project import ParticipantInfo, ProjectSnapshot
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
    BOLD,
    FONT,
    LANDSCAPE,
    PORTRAIT,
    ReportDocument,
    data_tables,
    fit_columns,
    frame_height,
    frame_width,
    header_cells,
    header_widths,
    heading,
    numbered_canvas,
    para,
    styles,
    table_style,
    text_width,
)
from consortium_planner.exporting.tables import (
    FindingLike,
    category_titles,
    effort_matrix,
    finding_fix,
    org_type_label,
    participant_label,
    region_category_label,
    role_label,
    severity_label,
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
from consortium_planner.reference.profile_texts import profile_text
from consortium_planner.reference.vocab_labels import unknown_region_category
from consortium_planner.reference.wording import ENGLISH, Wording, wording

Progress = Callable[[int, int], None]
BAR_CHART_ROWS = 30  # participants per chart: 30 bars fill a landscape page legibly
EFFORT_NAME_WIDTH = 120.0
EFFORT_COLUMN_WIDTH = 36.0


def _share(value: Decimal | None, w: Wording) -> str:
    """A share of the value-chain table ('41.2 %'); '-' when there is nothing to share."""
    return "-" if value is None else w.percent(value, 1)


def _coordinator_line(coordinator: ParticipantInfo) -> str:
    """'1 CMP - Cluster Meccatronica Pugliese', without repeating a name that is the same."""
    legal_name = coordinator.organisation.legal_name
    if coordinator.short_name == legal_name:
        return f"{coordinator.number} {legal_name}"
    return f"{coordinator.number} {coordinator.short_name} - {legal_name}"


def _end_text(start: date, months: int, w: Wording) -> str:
    """'31 December 2029': the last day of month `months` counted from `start` (M1 is the
    start's month). A project may end after the year 9999, beyond `date`: then the day, the
    month's name in the language and the year are put together by hand."""
    year, month_index = divmod(start.month - 1 + months - 1, 12)
    year += start.year
    days = calendar.monthrange(2000 if calendar.isleap(year) else 2001, month_index + 1)[1]
    if year <= 9999:
        return w.long_date(date(year, month_index + 1, days))
    return f"{days} {get_month_names('wide', locale=w.locale)[month_index + 1]} {year}"


# --- cover ------------------------------------------------------------------------------------


def cover(snapshot: ProjectSnapshot, workspace_name: str, w: Wording = ENGLISH
          ) -> list[Flowable]:
    project = snapshot.project
    totals = snapshot.budget.totals
    currency = snapshot.profile.currency
    coordinator = snapshot.coordinator
    countries = {p.organisation.country for p in snapshot.participants if p.organisation.country}
    months = project.duration_months
    if project.start_date:
        schedule = w.ngettext(
            "{start} to {end} ({months} month, M1-M{months})",
            "{start} to {end} ({months} months, M1-M{months})", months,
        ).format(start=w.long_date(project.start_date),
                 end=_end_text(project.start_date, months, w), months=months)
    else:
        schedule = w.ngettext("start not set; {months} month", "start not set; {months} months",
                              months).format(months=months)
    counts = {
        "participants": w.ngettext("{count} participant", "{count} participants",
                                   len(snapshot.participants)),
        "countries": w.ngettext("{count} country", "{count} countries", len(countries)),
        "work_packages": w.ngettext("{count} work package", "{count} work packages",
                                    len(snapshot.work_packages)),
        "deliverables": w.ngettext("{count} deliverable", "{count} deliverables",
                                   len(snapshot.deliverables)),
        "milestones": w.ngettext("{count} milestone", "{count} milestones",
                                 len(snapshot.milestones)),
    }
    sizes = {"participants": len(snapshot.participants), "countries": len(countries),
             "work_packages": len(snapshot.work_packages),
             "deliverables": len(snapshot.deliverables), "milestones": len(snapshot.milestones)}
    counted = {key: text.format(count=sizes[key]) for key, text in counts.items()}
    profile_name = profile_text(snapshot.profile, "name", w.texts)
    facts: list[tuple[str, str]] = [
        (w.gettext("Call profile"), f"{profile_name} ({project.call_profile})"),
        (w.gettext("Thematic priority"), project.thematic_priority or w.gettext("not set")),
        (w.gettext("Duration"), schedule),
        (
            w.gettext("Coordinator"),
            _coordinator_line(coordinator) if coordinator else w.gettext("none named"),
        ),
        (
            w.gettext("Consortium"),
            w.gettext("{participants} in {countries}; {work_packages}, {deliverables}, "
                      "{milestones}").format(**counted),
        ),
        (w.gettext("Total eligible costs"), f"{currency} {w.money(totals['total_eligible'])}"),
        (w.gettext("Requested EU contribution"),
         f"{currency} {w.money(totals['eu_contribution'])}"),
        (w.gettext("Own contribution"), f"{currency} {w.money(totals['own_contribution'])}"),
        (w.gettext("Person-months"), w.number(totals["person_months"])),
        (w.gettext("Generated"), w.timestamp(datetime.now())),
        (w.gettext("Workspace"), workspace_name or "-"),
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
        para(project.title or w.gettext("(no title)"), "cover_title"),
        para(w.gettext("Consortium summary"), "cover_subtitle"),
        table,
    ]
    if snapshot.notes:
        story.append(Spacer(1, 12))
        story += [para(w.gettext("Note: {note}").format(note=note), "small")
                  for note in snapshot.notes]
    story.append(Spacer(1, 12))
    story.append(
        para(
            w.gettext("Figures are computed by Consortium Planner from the workspace named "
                      "above; the call profile's values marked for checking should be "
                      "verified against the call document."),
            "small",
        )
    )
    return story


# --- consortium -------------------------------------------------------------------------------


def consortium_section(snapshot: ProjectSnapshot, w: Wording = ENGLISH) -> list[Flowable]:
    header = [w.pgettext("column", "No"), w.gettext("Short name"), w.gettext("Legal name"), w.gettext("PIC"),
              w.gettext("Country"), w.gettext("NUTS 2"), w.gettext("Region category"),
              w.gettext("Organisation type"), w.gettext("SME class"), w.gettext("Role")]
    widths = [22, 92, 178, 54, 40, 38, 78, 116, 48, 74]
    rows = [
        [
            str(p.number),
            para(p.short_name),
            para(p.organisation.legal_name),
            p.organisation.pic or "",
            p.organisation.country,
            p.organisation.nuts2,
            para(region_category_label(p.region_category.category, w)
                 or unknown_region_category(w.texts), "cell"),
            para(org_type_label(p.organisation.org_type, w)),
            para(sme_class_label(p.organisation.sme_class, w)),
            para(role_label(p.role, w)),
        ]
        for p in snapshot.participants
    ]
    story: list[Flowable] = [heading(w.gettext("1 Consortium"))]
    story += data_tables(header_cells(header), rows, header_widths(header, widths, 2))
    story.append(Spacer(1, 10))
    story.append(KeepTogether([heading(w.gettext("Participants per country and region category"),
                                       1),
                               _distribution_tables(snapshot, w)]))
    return story


def _distribution_tables(snapshot: ProjectSnapshot, w: Wording) -> Table:
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
        return w.money(total), w.money(eu)

    country_rows = []
    for code in sorted(by_country):
        country = get_country(code)
        name = (w.country_name(code) or country.name_en) if country else ""
        country_rows.append([code, para(name), str(len(by_country[code])),
                             *amounts(by_country[code])])
    category_rows = []
    order = ["less_developed", "transition", "outermost", "more_developed", ""]
    for category in sorted(by_category, key=lambda c: order.index(c) if c in order else 9):
        numbers = by_category[category]
        regions = {p.organisation.nuts2 for p in snapshot.participants if p.number in numbers}
        category_rows.append([
            para(region_category_label(category, w) or unknown_region_category(w.texts)),
            str(len(numbers)),
            str(len(regions - {""})),
            *amounts(numbers),
        ])
    currency = snapshot.profile.currency
    eligible = w.gettext("Eligible costs ({currency})").format(currency=currency)
    contribution = w.gettext("EU contribution ({currency})").format(currency=currency)
    country_header = [w.gettext("Country"), "", w.gettext("Partners"), eligible, contribution]
    country_table = Table(
        [header_cells(country_header, numeric_from=2), *country_rows],
        colWidths=header_widths(country_header, [32, 80, 46, 76, 86], 1), repeatRows=1,
        style=table_style(numeric_from=2, extra=[("SPAN", (0, 0), (1, 0))]),
    )
    category_header = [w.gettext("Region category"), w.gettext("Partners"), w.gettext("Regions"),
                       eligible, contribution]
    category_table = Table(
        [header_cells(category_header, numeric_from=1), *category_rows],
        colWidths=header_widths(category_header, [84, 46, 44, 76, 86], 0), repeatRows=1,
        style=table_style(numeric_from=1),
    )
    return Table([[country_table, category_table]],
                 colWidths=[336, frame_width(LANDSCAPE) - 336],
                 style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("FONT", (0, 0), (-1, -1), FONT)],
                 hAlign="LEFT")


# --- value chain ------------------------------------------------------------------------------

MATRIX_PARTICIPANTS = 20  # participant columns per matrix table on a landscape page


def value_chain_section(snapshot: ProjectSnapshot, w: Wording = ENGLISH) -> list[Flowable]:
    """Roles x participants (roles nobody holds marked), the picture of the chain from research
    to market, the shares of companies, SMEs and start-ups, sectors, ecosystems, clusters and
    the S3 areas of the regions: what a coordinator puts in the proposal."""
    chain = snapshot.value_chain
    width = frame_width(LANDSCAPE)
    story: list[Flowable] = [heading(w.gettext("Value chain"), 1)]
    rows = matrix_rows(snapshot, w)
    participants = list(snapshot.participants)
    missing_style = ParagraphStyle("missing", parent=styles()["cell_bold"],
                                   textColor=HexColor("#B00020"))
    for start in range(0, max(1, len(participants)), MATRIX_PARTICIPANTS):
        shown = participants[start:start + MATRIX_PARTICIPANTS]
        column = min(44.0, (width - 270) / max(1, len(shown)))
        header = [w.gettext("Role"), *(f"P{p.number}\n{p.short_name}" for p in shown),
                  w.gettext("Regions")]
        body = [
            [para("⚠ " + w.gettext("{role} (nobody)").format(role=row.role), missing_style)
             if row.missing else para(row.role),
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
    picture = chain_picture(chain, lambda n: names.get(n, f"P{n}"), width, w)
    # a role held by a dozen of 60 participants makes the picture taller than a page: shrink it
    # to the page under its title (reportlab refused it: "too large on page 11")
    title = heading(w.gettext("The chain from research to market"), 1)
    room = frame_height(LANDSCAPE) - title.wrap(width, frame_height(LANDSCAPE))[1] \
        - title.getSpaceBefore() - title.getSpaceAfter() - 2
    story.append(KeepTogether([title, KeepInFrame(width, room, [chain_drawing(picture)],
                                                  mode="shrink")]))
    currency = snapshot.profile.currency
    share_header = [w.gettext("Group"), w.gettext("Participant numbers"),
                    w.gettext("Participants"), w.gettext("Share of participants"),
                    w.gettext("EU contribution ({currency})").format(currency=currency),
                    w.gettext("Share of the EU contribution")]
    share_body = [[para(row.group), para(row.numbers), str(row.participants),
                   _share(row.of_participants, w), w.money(row.eu_contribution),
                   _share(row.of_eu_contribution, w)]
                  for row in share_rows(chain, w)]
    figures: list[Flowable] = [heading(w.gettext("Companies, SMEs and start-ups"), 1), Table(
        [header_cells(share_header, numeric_from=2), *share_body],
        colWidths=header_widths(share_header, [190, 180, 62, 62, 96, 80], 1), repeatRows=1,
        style=table_style(numeric_from=2), hAlign="LEFT"),
        Spacer(1, 3), para(startup_note(snapshot, w), "small")]
    story.append(KeepTogether(figures))
    sectors, ecosystems = presence_lines(snapshot, w)
    for title, lines, empty in (
        (w.gettext("Sectors (NACE Rev. 2)"), sectors,
         w.gettext("No NACE code is recorded for the participants.")),
        (w.gettext("Industrial ecosystems"), ecosystems,
         w.gettext("No ecosystem is recorded for the participants.")),
        (w.gettext("Clusters and the partners they bring"), cluster_lines(snapshot, w),
         w.gettext("No participant is recorded as a member of a cluster.")),
        (w.gettext("Smart-specialisation (S3) areas of the regions"), s3_lines(snapshot, w),
         w.gettext("No participant has a NUTS 2 region.")),
    ):
        story.append(KeepTogether([heading(title, 1),
                                   *([para(line, "body") for line in lines]
                                     or [para(empty, "small")])]))
    return story


# --- budget -----------------------------------------------------------------------------------

BUDGET_COLUMNS = ("A", "B", "C1", "C2", "C3", "D", "E")


def short_titles(w: Wording = ENGLISH) -> dict[str, str]:
    """The budget tables' narrow column titles (a line break where a column is narrow)."""
    return {"A": w.gettext("A\nPersonnel"), "B": w.gettext("B Subcon-\ntracting"),
            "C1": w.gettext("C.1\nTravel"), "C2": w.gettext("C.2\nEquipment"),
            "C3": w.gettext("C.3 Other\ngoods"), "D1": w.gettext("D.1 Third\nparties"),
            "D": w.gettext("D\nOther"), "E": w.gettext("E\nIndirect")}


SHORT_TITLES = short_titles()


def _base_text(snapshot: ProjectSnapshot, w: Wording) -> str:
    order = ("A", "B", "C1", "C2", "C3", "D1", "D")
    titles = category_titles(w)
    base = [titles[c] for c in order if c in snapshot.profile.indirect_base]
    return ", ".join(base) or w.gettext("nothing")


def budget_section(snapshot: ProjectSnapshot, w: Wording = ENGLISH) -> list[Flowable]:
    budget = snapshot.budget
    currency = snapshot.profile.currency
    titles = {**short_titles(w), "D": w.gettext("D incl.\nD.1")}  # the summary's D holds D.1
    header = [w.pgettext("column", "No"), w.gettext("Participant"), w.gettext("PM"),
              *(titles[c] for c in BUDGET_COLUMNS), w.gettext("Total\neligible"),
              w.gettext("Funding rate"), w.gettext("EU contri-\nbution"),
              w.gettext("Own contri-\nbution")]
    minimum = [20, 90, 30, 46, 46, 40, 46, 44, 40, 40, 44, 40, 46, 46]
    rows = []
    for participant, figures in zip(snapshot.participants, budget.participants):
        rows.append([
            str(participant.number),
            para(participant.short_name),
            w.number(figures.person_months),
            *(w.money(figures.costs[c]) for c in BUDGET_COLUMNS),
            w.money(figures.total_eligible),
            w.percent(figures.funding_rate, 4),
            w.money(figures.eu_contribution),
            w.money(figures.own_contribution),
        ])
    totals = budget.totals
    total_row = ["", w.gettext("Total"), w.number(totals["person_months"]),
                 *(w.money(totals[c]) for c in BUDGET_COLUMNS), w.money(totals["total_eligible"]),
                 "", w.money(totals["eu_contribution"]), w.money(totals["own_contribution"])]
    story: list[Flowable] = [
        heading(w.gettext("2 Budget")),
        para(
            w.gettext("Amounts in {currency}. E (indirect costs) is {rate} of {base}. The EU "
                      "contribution is the total eligible costs times the funding rate, rounded "
                      "down to the cent; project totals are the sums of the participants' "
                      "figures.").format(currency=currency,
                                         rate=w.percent(snapshot.profile.indirect_rate, 4),
                                         base=_base_text(snapshot, w)),
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
    story.append(heading(w.gettext("Direct costs per work package"), 1))
    story += _work_package_costs(snapshot, w)
    charts = _bar_charts(snapshot, w)
    story.append(CondPageBreak(charts[0].wrap(frame_width(LANDSCAPE), 0)[1] + 30))
    story.append(heading(w.gettext("Total eligible costs per participant"), 1))
    story += charts
    return story


def _work_package_costs(snapshot: ProjectSnapshot, w: Wording) -> list[Flowable]:
    order = ("A", "B", "C1", "C2", "C3", "D1", "D")
    titles = short_titles(w)
    header = [w.gettext("WP"), w.gettext("Title"), w.gettext("PM"), *(titles[c] for c in order),
              w.gettext("Direct costs")]
    minimum = [30, 150, 34, 46, 46, 40, 46, 44, 44, 40, 50]
    wp_titles = {wp.number: wp.title for wp in snapshot.work_packages}
    rows = []
    for figures in snapshot.budget.work_packages:
        code = "-" if figures.number is None else f"WP{figures.number}"
        title = w.gettext("Not assigned to a work package") if figures.number is None else (
            wp_titles.get(figures.number, ""))
        rows.append([code, para(title), w.number(figures.person_months),
                     *(w.money(figures.costs[c]) for c in order), w.money(figures.direct_costs)])
    packages = snapshot.budget.work_packages
    total = ["", w.gettext("Total"), w.number(sum((p.person_months for p in packages), ZERO))]
    total += [w.money(sum((p.costs[c] for p in packages), ZERO)) for c in order]
    total.append(w.money(sum((p.direct_costs for p in packages), ZERO)))
    widths, size = fit_columns(header, rows, [total], minimum, numeric_from=2, flexible=1,
                               available=frame_width(LANDSCAPE))
    return data_tables(header_cells(header, 2, size), rows, widths, numeric_from=2,
                       totals=[total], font_size=size)


def _bar_charts(snapshot: ProjectSnapshot, w: Wording) -> list[Flowable]:
    rows = [
        BarRow(f"{p.number} {p.short_name}", dict(figures.costs), figures.total_eligible)
        for p, figures in zip(snapshot.participants, snapshot.budget.participants)
    ]
    if not rows:
        return [para(w.gettext("The project has no participants yet."), "body")]
    scale = max((row.total for row in rows), default=ZERO)
    story: list[Flowable] = []
    for start in range(0, len(rows), BAR_CHART_ROWS):
        story.append(budget_bar_chart(rows[start:start + BAR_CHART_ROWS],
                                      frame_width(LANDSCAPE), scale, w))
        story.append(Spacer(1, 8))
    return story


# --- work plan --------------------------------------------------------------------------------


def work_packages_section(snapshot: ProjectSnapshot, w: Wording = ENGLISH) -> list[Flowable]:
    months = {p.number: p.person_months for p in snapshot.budget.work_packages}
    header = [w.gettext("WP"), w.gettext("Work package title"), w.gettext("Lead participant"),
              w.gettext("Person-\nmonths"), w.gettext("Start\nmonth"), w.gettext("End\nmonth")]
    widths = [32, 240, 135, 48, 34, 34]
    rows = [
        [f"WP{wp.number}", para(wp.title), para(participant_label(snapshot, wp.lead)),
         w.number(months.get(wp.number, ZERO)), f"M{wp.start_month}", f"M{wp.end_month}"]
        for wp in snapshot.work_packages
    ]
    total = ["", w.gettext("Total"), "", w.number(sum(months.values(), ZERO)), "", ""]
    story: list[Flowable] = [heading(w.gettext("3 Work plan")),
                             heading(w.gettext("Table 3.1a: list of work packages"), 1)]
    if not rows:
        return story + [para(w.gettext("No work packages yet."), "body")]
    return story + data_tables(header_cells(header, numeric_from=3), rows,
                               header_widths(header, widths, 1), numeric_from=3, totals=[total])


def deliverables_section(snapshot: ProjectSnapshot, w: Wording = ENGLISH) -> list[Flowable]:
    header = [w.pgettext("column", "No"), w.gettext("Deliverable name"), w.gettext("WP"),
              w.gettext("Lead participant"), w.gettext("Type"), w.gettext("Diss.\nlevel"),
              w.gettext("Due\nmonth")]
    widths = [38, 226, 34, 120, 36, 36, 34]
    rows = [
        [d.code, para(d.title), f"WP{d.work_package}", para(participant_label(snapshot, d.lead)),
         d.type, d.dissemination, f"M{d.due_month}"]
        for d in snapshot.deliverables
    ]
    story: list[Flowable] = [heading(w.gettext("Table 3.1c: list of deliverables (by due month)"),
                                     1)]
    if not rows:
        return story + [para(w.gettext("No deliverables yet."), "body")]
    return story + data_tables(header_cells(header), rows, header_widths(header, widths, 1))


def milestones_section(snapshot: ProjectSnapshot, w: Wording = ENGLISH) -> list[Flowable]:
    header = [w.pgettext("column", "No"), w.gettext("Milestone name"), w.gettext("Related WPs"),
              w.gettext("Due\nmonth"), w.gettext("Means of verification")]
    widths = [36, 180, 64, 36, 210]
    milestones = sorted(snapshot.milestones, key=lambda m: (m.due_month, m.number))
    rows = [
        [m.code, para(m.title), para(", ".join(f"WP{n}" for n in m.work_packages)),
         f"M{m.due_month}", para(m.verification)]
        for m in milestones
    ]
    story: list[Flowable] = [heading(w.gettext("Table 3.1d: list of milestones"), 1)]
    if not rows:
        return story + [para(w.gettext("No milestones yet."), "body")]
    return story + data_tables(header_cells(header), rows, header_widths(header, widths, 4))


def effort_section(snapshot: ProjectSnapshot, w: Wording = ENGLISH) -> list[Flowable]:
    """Table 3.1f; with many WPs the columns continue in further tables (names repeated)."""
    matrix = effort_matrix(snapshot)
    numbers = [wp.number for wp in snapshot.work_packages]
    available = frame_width(LANDSCAPE) - 20 - EFFORT_NAME_WIDTH - 44
    per_table = max(1, int(available // EFFORT_COLUMN_WIDTH))
    groups = [numbers[i:i + per_table] for i in range(0, len(numbers), per_table)] or [[]]
    story: list[Flowable] = [
        heading(w.gettext("Table 3.1f: summary of staff effort (person-months)"), 1)]
    for index, group in enumerate(groups):
        last = index == len(groups) - 1
        header = [w.pgettext("column", "No"), w.gettext("Participant"), *(f"WP{n}" for n in group)] + (
            [w.gettext("Total")] if last else [])
        widths = [20, EFFORT_NAME_WIDTH] + [EFFORT_COLUMN_WIDTH] * len(group) + (
            [44] if last else []
        )
        rows = []
        for participant in snapshot.participants:
            cells = [matrix.get((participant.number, n), ZERO) for n in group]
            row = [str(participant.number), para(participant.short_name),
                   *(w.number(c) if c else "" for c in cells)]
            if last:
                row.append(w.number(sum((matrix.get((participant.number, n), ZERO)
                                         for n in numbers), ZERO)))
            rows.append(row)
        column_totals = [
            sum((matrix.get((p.number, n), ZERO) for p in snapshot.participants), ZERO)
            for n in group
        ]
        total = ["", w.gettext("Total"), *(w.number(c) for c in column_totals)]
        if last:
            total.append(w.number(sum(matrix.values(), ZERO)))
        if len(groups) > 1:
            story.append(para(w.gettext("Work packages WP{first}-WP{last}").format(
                first=group[0], last=group[-1]), "small"))
        story += data_tables(header, rows, widths, numeric_from=2, totals=[total])
        story.append(Spacer(1, 8))
    return story


def gantt_groups(snapshot: ProjectSnapshot, w: Wording = ENGLISH) -> list[list[GanttRow]]:
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
        groups.append([GanttRow(w.gettext("Milestones"), "milestones", markers=tuple(
            Marker(m.due_month, "milestone", m.code) for m in snapshot.milestones
        ))])
    return groups


def gantt_section(snapshot: ProjectSnapshot, w: Wording = ENGLISH) -> list[Flowable]:
    title = heading(w.gettext("Gantt chart"), 1)
    groups = gantt_groups(snapshot, w)
    if not groups:
        return [title, para(w.gettext("No work packages yet."), "body")]
    story: list[Flowable] = []
    rows = [row for group in groups for row in group]
    duration = max([snapshot.project.duration_months]
                   + [r.end for r in rows if r.end is not None]
                   + [m.month for r in rows for m in r.markers])
    caption_height = 16
    height = frame_height(LANDSCAPE) - 30 - caption_height
    tiles = gantt_tiles(groups, duration, frame_width(LANDSCAPE), height, w,
                        snapshot.project.start_date)
    for index, (drawing, caption) in enumerate(tiles):
        parts: list[Flowable] = [title] if index == 0 else []
        parts += [para(caption, "small"), drawing, Spacer(1, 10)]
        story.append(KeepTogether(parts))
    return story


# --- checks -----------------------------------------------------------------------------------

SEVERITY_COLOURS = {"error": "#C00000", "warning": "#B45F06", "info": "#616E7C"}


@cache
def _severity_style(colour: str) -> ParagraphStyle:
    return ParagraphStyle(f"severity-{colour}", parent=styles()["cell_bold"],
                          textColor=HexColor(colour))


def checks_section(
    snapshot: ProjectSnapshot, findings: Sequence[FindingLike] | None, w: Wording = ENGLISH
) -> list[Flowable]:
    story: list[Flowable] = [heading(w.gettext("4 Eligibility checks"))]
    if findings is not None:
        profile = snapshot.profile
        story.append(para(w.gettext("Checked against the call profile {name} ({id}).").format(
            name=profile_text(profile, "name", w.texts), id=profile.id), "small"))
        story.append(Spacer(1, 4))
    if findings is None:
        return story + [para(w.gettext("No eligibility checks were run for this export."),
                             "body")]
    if not findings:
        return story + [para(w.gettext("The checks found nothing to report."), "body")]
    counts: dict[str, int] = defaultdict(int)
    for finding in findings:
        counts[finding.severity] += 1
    story.append(para(
        w.gettext("{errors}, {warnings}, {infos}.").format(
            errors=w.ngettext("{count} error", "{count} errors", counts["error"]).format(
                count=counts["error"]),
            warnings=w.ngettext("{count} warning", "{count} warnings", counts["warning"]).format(
                count=counts["warning"]),
            infos=w.ngettext("{count} for information", "{count} for information",
                             counts["info"]).format(count=counts["info"])), "body"))
    story.append(Spacer(1, 4))
    rows = []
    for finding in sorted_findings(findings):
        label = severity_label(finding.severity, w)
        colour = SEVERITY_COLOURS.get(finding.severity, "#1F2933")
        severity = Paragraph(escape(label), _severity_style(colour))
        message: list[Any] = [para(finding.message)]
        fix = finding_fix(finding)
        if fix:
            message.append(para(w.gettext("What to do: {fix}").format(fix=fix), "cell_muted"))
        rows.append([severity, para(finding.rule, "cell_muted"), message])
    header = (w.gettext("Severity"), w.gettext("Rule"), w.gettext("Finding"))
    # as wide as the longest severity word of the language ("Avertissement", "Ostrzeżenie")
    severity_width = max([50.0] + [text_width(severity_label(key, w), BOLD, 8) + 10
                                   for key in SEVERITY_COLOURS])
    story += data_tables(header_cells(header), rows,
                         [severity_width, 104, frame_width(PORTRAIT) - 104 - severity_width])
    return story


# --- assembly ---------------------------------------------------------------------------------


def build_story(
    snapshot: ProjectSnapshot,
    *,
    workspace_name: str = "",
    findings: Sequence[FindingLike] | None = None,
    language: str = "en",
) -> list[Flowable]:
    """The report's flowables, with the page template switches between sections."""
    styles()
    w = wording(language)
    story: list[Flowable] = []
    story += cover(snapshot, workspace_name, w)
    story += [NextPageTemplate("landscape"), PageBreak()]
    story += consortium_section(snapshot, w)
    story += [PageBreak()]
    story += value_chain_section(snapshot, w)
    story += [PageBreak()]
    story += budget_section(snapshot, w)
    story += [NextPageTemplate("portrait"), PageBreak()]
    story += work_packages_section(snapshot, w)
    story += [Spacer(1, 8)]
    story += deliverables_section(snapshot, w)
    story += [Spacer(1, 8), CondPageBreak(100)]
    story += milestones_section(snapshot, w)
    story += [NextPageTemplate("landscape"), PageBreak()]
    story += effort_section(snapshot, w)
    story += gantt_section(snapshot, w)
    story += [NextPageTemplate("portrait"), PageBreak()]
    story += checks_section(snapshot, findings, w)
    return story


def write_pdf(
    snapshot: ProjectSnapshot,
    path: Path | str,
    *,
    workspace_name: str = "",
    findings: Sequence[FindingLike] | None = None,
    progress: Progress | None = None,
    language: str = "en",
) -> Path:
    """Write the consortium summary to `path` (replaced only once complete); return the path.

    `findings` are the eligibility check results (None: the section says no checks were run).
    `progress(done, total)` is called as the layout proceeds; an exception raised from it
    cancels the export and leaves any existing file untouched. An unwritable path raises
    ExportError. The texts are in `language`, numbers and dates in its locale; the figures are
    the same in every language.
    """
    project = snapshot.project
    w = wording(language)
    story = build_story(snapshot, workspace_name=workspace_name, findings=findings,
                        language=language)
    target = Path(path)
    with replacing(target) as temp:
        document = ReportDocument(
            str(temp), title=w.gettext("{acronym} consortium summary").format(
                acronym=project.acronym), author=workspace_name
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
        generated = w.long_date(datetime.now().date())
        document.build(
            story,
            canvasmaker=numbered_canvas(
                header_left=f"{project.acronym} - {project.title}" if project.title
                else project.acronym,
                header_right=w.gettext("Consortium summary, {date}").format(date=generated),
                footer_left=w.gettext("Consortium Planner - workspace {name}").format(
                    name=workspace_name) if workspace_name else "Consortium Planner",
                page_text=w.gettext("Page {page} of {pages}"),
            ),
        )
        if progress is not None:
            progress(state["total"], state["total"])
    return target
