"""File > Print and Print preview of the consortium summary.

The PDF report cannot be rasterised here (QtPdf is not part of PySide6-Essentials, and the app
ships no PDF renderer), so the printed summary is a QTextDocument built from the same snapshot
and the same figures (`summary_document`, money to the cent): cover facts, the consortium, the
budget per participant with totals, work packages, deliverables, milestones and the checks'
findings. Every user string is HTML-escaped, so "R&D <Lab>" prints exactly so.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from consortium_planner.domain.project import ProjectSnapshot
from consortium_planner.domain.vocab import SUMMARY_CATEGORIES
from consortium_planner.rules.engine import in_language
from consortium_planner.ui.choices import label_of, org_types, region_categories, roles
from consortium_planner.ui.formatting import date_text, money_text, months_text, rate_text
from consortium_planner.ui.language import window_language
from consortium_planner.ui.views.checks import severity_label, severity_of

if TYPE_CHECKING:
    from consortium_planner.ui.main_window import MainWindow

translate = QCoreApplication.translate

STYLE = """
body { font-family: sans-serif; font-size: 8.5pt; }
h1 { font-size: 16pt; margin-bottom: 2pt; }
h2 { font-size: 11.5pt; margin-top: 12pt; margin-bottom: 4pt; }
table.grid { border-collapse: collapse; }
table.grid th { background: #dce6f1; font-weight: bold; }
table.grid td, table.grid th { border: 1px solid #9aa5b1; padding: 2px 4px; }
td.num, th.num { text-align: right; }
td.num, td.whole { white-space: nowrap; }
tr.total td { font-weight: bold; background: #ededed; }
.error { color: #c00000; } .warning { color: #b45f06; } .info { color: #616e7c; }
"""


def _money(text: str) -> str:
    """An amount of the summary document ('1234.56') in the window's format ('1 234,56')."""
    return money_text(Decimal(text))


def _percent(rate: str) -> str:
    """'0.70' as '70 %' (a rate of the summary document), '62,5 %' in German."""
    return rate_text(Decimal(rate))


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def _table(headers: Sequence[str], rows: Iterable[Sequence[Any]], *,
           numeric: Sequence[int] = (), whole: Sequence[int] = (),
           total: Sequence[Any] | None = None) -> str:
    """An HTML table; cells are escaped here, `numeric` columns align right, and neither they
    nor the `whole` columns (short names) break their text over lines."""

    def cell(tag: str, column: int, text: Any) -> str:
        kind = "num" if column in numeric else "whole" if column in whole else ""
        return f"<{tag} class='{kind}'>{_e(text)}</{tag}>" if kind else f"<{tag}>{_e(text)}</{tag}>"

    head = "".join(cell("th", i, h) for i, h in enumerate(headers))
    body = []
    for row in list(rows) + ([total] if total is not None else []):
        cells = "".join(cell("td", i, c) for i, c in enumerate(row))
        body.append(f"<tr class='total'>{cells}</tr>" if row is total else f"<tr>{cells}</tr>")
    return (f"<table class='grid' width='100%' cellspacing='0'><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(body)}</tbody></table>")


def summary_html(snapshot: ProjectSnapshot, findings: Sequence[Any] | None = None, *,
                 workspace_name: str = "") -> str:
    """The printable summary as HTML (every user string escaped)."""
    from consortium_planner.services.summary import summary_document

    document = summary_document(snapshot)
    project = snapshot.project
    coordinator = snapshot.coordinator
    parts = [f"<html><head><style>{STYLE}</style></head><body>",
             f"<h1>{_e(project.acronym)}</h1><p><b>{_e(project.title)}</b></p>"]
    facts = [
        (translate("printing", "Call profile"),
         f"{snapshot.profile.name} ({project.call_profile})"),
        (translate("printing", "Thematic priority"), project.thematic_priority),
        (translate("printing", "Start"), date_text(project.start_date) if project.start_date
         else translate("printing", "not set")),
        (translate("printing", "Duration"),
         translate("printing", "{months} months").format(months=project.duration_months)),
        (translate("printing", "Coordinator"),
         f"{coordinator.short_name} – {coordinator.organisation.legal_name}"
         if coordinator else translate("printing", "none")),
        (translate("printing", "Workspace"), workspace_name),
    ]
    parts.append("<table cellspacing='0'>" + "".join(
        f"<tr><td><b>{_e(k)}</b>&nbsp;&nbsp;</td><td>{_e(v)}</td></tr>" for k, v in facts if v)
        + "</table>")

    parts.append("<h2>" + _e(translate("printing", "Consortium")) + "</h2>")
    parts.append(_table(
        (translate("printing", "No."), translate("printing", "Short name"),
         translate("printing", "Legal name"), translate("printing", "PIC"),
         translate("printing", "Country"), translate("printing", "Region"),
         translate("printing", "Category"), translate("printing", "Type"),
         translate("printing", "Role")),
        ((p["number"], p["short_name"], p["legal_name"], p["pic"] or "", p["country"],
          p["nuts2"],
          label_of(region_categories(), p["region_category"]) if p["region_category"]
          else translate("printing", "unknown"), label_of(org_types(), p["org_type"]),
          label_of(roles(), p["role"]))
         for p in document["participants"]), numeric=(0,)))

    parts.append("<h2>" + _e(translate("printing", "Budget ({currency})").format(
        currency=document["currency"])) + "</h2>")
    totals = document["totals"]
    parts.append(_table(
        (translate("printing", "No."), translate("printing", "Participant"), *SUMMARY_CATEGORIES,
         translate("printing", "Total eligible"), translate("printing", "Rate"),
         translate("printing", "EU contribution")),
        ((p["number"], p["short_name"], *(_money(p["costs"][c])
                                          for c in SUMMARY_CATEGORIES),
          _money(p["total_eligible"]), _percent(p["funding_rate"]),
          _money(p["eu_contribution"])) for p in document["participants"]),
        numeric=tuple(range(2, len(SUMMARY_CATEGORIES) + 5)) + (0,), whole=(1,),
        total=("", translate("printing", "Total"),
               *(_money(totals[c]) if c in totals else "" for c in SUMMARY_CATEGORIES),
               _money(totals["total_eligible"]), "",
               _money(totals["eu_contribution"]))))
    parts.append("<p>" + _e(translate("printing",
        "Own contribution: {amount}; person-months: {months}; indirect costs {rate} of "
        "{base}.").format(amount=_money(totals["own_contribution"]),
                          months=months_text(Decimal(totals["person_months"])),
                          rate=_percent(document["project"]["indirect_rate"]),
                          base=" + ".join(document["project"]["indirect_base"]))) + "</p>")

    parts.append("<h2>" + _e(translate("printing", "Work packages")) + "</h2>")
    leads = {p.number: p.short_name for p in snapshot.participants}
    parts.append(_table(
        (translate("printing", "WP"), translate("printing", "Title"), translate("printing", "Lead"),
         translate("printing", "Start"), translate("printing", "End"),
         translate("printing", "Person-months")),
        ((f"WP{w['number']}", w["title"], leads.get(w["lead"], ""), w["start_month"],
          w["end_month"], months_text(Decimal(w["person_months"])))
         for w in document["work_packages"]),
        numeric=(3, 4, 5)))

    if snapshot.deliverables:
        parts.append("<h2>" + _e(translate("printing", "Deliverables")) + "</h2>")
        parts.append(_table(
            (translate("printing", "No."), translate("printing", "Title"),
             translate("printing", "Lead"), translate("printing", "Type"),
             translate("printing", "Dissemination"), translate("printing", "Due month")),
            ((d.code, d.title, leads.get(d.lead, "") if d.lead else "", d.type,
              d.dissemination, d.due_month) for d in snapshot.deliverables), numeric=(5,)))
    if snapshot.milestones:
        parts.append("<h2>" + _e(translate("printing", "Milestones")) + "</h2>")
        parts.append(_table(
            (translate("printing", "No."), translate("printing", "Title"),
             translate("printing", "Work packages"), translate("printing", "Due month"),
             translate("printing", "Means of verification")),
            ((m.code, m.title, ", ".join(f"WP{n}" for n in m.work_packages), m.due_month,
              m.verification) for m in snapshot.milestones), numeric=(3,)))

    if findings is not None:
        parts.append("<h2>" + _e(translate("printing", "Eligibility checks")) + "</h2>")
        if not findings:
            parts.append("<p>" + _e(translate("printing", "No findings.")) + "</p>")
        for finding in findings:
            severity = severity_of(finding)
            parts.append(f"<p class='{_e(severity)}'><b>{_e(severity_label(severity))}</b> "
                         f"({_e(finding.rule)}): {_e(finding.message)} {_e(finding.fix)}</p>")
    parts.append("</body></html>")
    return "".join(parts)


def summary_document_for_print(snapshot: ProjectSnapshot, findings: Sequence[Any] | None,
                               workspace_name: str = "") -> QTextDocument:
    document = QTextDocument()
    document.setHtml(summary_html(snapshot, findings, workspace_name=workspace_name))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle,
                                translate("printing", "{acronym} consortium summary").format(
                                    acronym=snapshot.project.acronym))
    return document


def make_printer() -> QPrinter:
    """A4 landscape: the budget table is wide."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    return printer


def print_preview(parent: QWidget, document: QTextDocument) -> None:
    printer = make_printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(translate("printing", "Print preview"))
    dialog.paintRequested.connect(document.print_)
    dialog.exec()


def print_document(parent: QWidget, document: QTextDocument) -> bool:
    printer = make_printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("printing",
                                                     "Print the consortium summary"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document.print_(printer)
    return True



def print_summary(window: MainWindow, preview: bool) -> None:
    """File > Print (or Print preview) of the consortium summary of the current project."""
    context = window.context
    project_id = window.current_project
    if project_id is None or not context.has_project(project_id):
        return
    assert context.workspace is not None
    findings = in_language(context.findings(project_id), window_language())
    document = summary_document_for_print(context.snapshot(project_id), findings,
                                          context.workspace.name)
    if preview:
        print_preview(window, document)
    elif print_document(window, document):
        window.statusBar().showMessage(QCoreApplication.translate(
            "printing", "The summary was sent to the printer."), 8000)
