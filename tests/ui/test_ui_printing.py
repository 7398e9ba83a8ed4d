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
    assert window.action("print_preview").shortcut().toString() == "Ctrl+Shift+P"
    assert window.action("print").shortcut().toString() == "Ctrl+P"
    window.action("print_preview").trigger()
    assert shown and "Consortium" in shown[0]


def plain(text: str) -> str:
    """Text with its no-break spaces as the spaces toPlainText() makes of them."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_the_printed_summary_speaks_the_windows_language_and_keeps_amounts_whole(
        context, project_id):
    """A Polish window printed '291,200.00', 'Warning' and a total broken as '2,357,950.0' over
    '0': amounts now in the window's format, severities translated, no amount over two lines."""
    from PySide6.QtCore import QSizeF

    from consortium_planner.rules.engine import in_language
    from consortium_planner.ui.formatting import apply_window_locale, money_text
    from consortium_planner.ui.language import set_window_language
    from consortium_planner.ui.translations import install_translators
    from consortium_planner.ui.views.checks import severity_label, severity_of

    set_window_language("pl")
    apply_window_locale()
    install_translators("pl")
    try:
        snapshot = context.snapshot(project_id)
        findings = in_language(context.findings(project_id), "pl")
        assert findings
        document = summary_document_for_print(snapshot, findings, "demo")
        text = document.toPlainText()
        totals = snapshot.budget.totals
        for key in ("A", "total_eligible", "eu_contribution", "own_contribution"):
            assert plain(money_text(totals[key])) in text, key  # '2 356 700,00'

        assert format_amount(totals["A"]) not in text
        for finding in findings:
            label = severity_label(severity_of(finding))
            assert label not in ("Error", "Warning", "Info") and label in text
        page = make_printer().pageLayout().paintRectPoints().size()
        document.setPageSize(QSizeF(page.width(), page.height()))
        block = document.begin()
        amounts = {plain(money_text(totals[key])) for key in totals if key != "person_months"}
        while block.isValid():
            if plain(block.text()) in amounts:
                document.documentLayout().blockBoundingRect(block)  # lays the block out
                assert block.layout().lineCount() == 1, block.text()
            block = block.next()
    finally:
        install_translators("en")
        apply_window_locale()
