"""Print and print preview of the consortium summary: the document has every participant, WP and
the grand total to the cent, user text printed literally, and it prints to a PDF printer."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter

from consortium_planner.domain.money import format_amount
from consortium_planner.ui import printing
from consortium_planner.ui.commands import UpdateCommand
from consortium_planner.ui.printing import make_printer, summary_document_for_print, summary_html


def test_summary_holds_every_participant_wp_and_the_total(context, project_id):
    snapshot = context.snapshot(project_id)
    document = summary_document_for_print(snapshot, context.findings(project_id), "demo")
    text = document.toPlainText()
    for participant in snapshot.participants:
        assert participant.organisation.legal_name in text
    for work_package in snapshot.work_packages:
        assert f"WP{work_package.number}" in text and work_package.title in text
    assert format_amount(snapshot.budget.totals["total_eligible"]) in text
    assert format_amount(snapshot.budget.totals["eu_contribution"]) in text


def test_user_text_is_escaped(context, project_id):
    organisation = context.snapshot(project_id).participants[0].organisation
    context.execute(UpdateCommand(context, "organisation",
                                  [(organisation.id, {"legal_name": "R&D <Lab> </table>"})],
                                  "Rename"))
    snapshot = context.snapshot(project_id)
    html = summary_html(snapshot)
    assert "R&amp;D &lt;Lab&gt; &lt;/table&gt;" in html
    document = summary_document_for_print(snapshot, None)
    assert "R&D <Lab> </table>" in document.toPlainText()


def test_prints_to_a_pdf_printer(context, project_id, tmp_path):
    from pypdf import PdfReader

    snapshot = context.snapshot(project_id)
    printer = make_printer()
    target = tmp_path / "summary.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    summary_document_for_print(snapshot, None).print_(printer)
    reader = PdfReader(str(target))
    assert len(reader.pages) >= 2
    text = " ".join(page.extract_text() for page in reader.pages)
    assert snapshot.project.acronym in text


def test_print_actions_and_shortcuts(window, project_id, monkeypatch):
    shown = []
    monkeypatch.setattr(printing, "print_preview",
                        lambda parent, document: shown.append(document.toPlainText()))
    window.show_page("budget", project_id)
    assert window.print_preview_action.shortcut().toString() == "Ctrl+Shift+P"
    assert window.print_action.shortcut().toString() == "Ctrl+P"
    window.print_preview_action.trigger()
    assert shown and "Consortium" in shown[0]
