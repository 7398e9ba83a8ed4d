"""Exports: pure functions from a `ProjectSnapshot` to a file, never from widgets.

- `pdf_report.write_pdf(snapshot, path, *, workspace_name, findings, progress, language)`: the
  printed consortium summary;
- `xlsx_workbook.write_workbook(snapshot, path, *, findings, workspace_name, progress,
  language)`: the workbook whose totals are live formulas;
- `csv_tables.write_csv_tables(snapshot, folder, *, language)`: one CSV per table;
- `files.ExportError`: an output that cannot be written (the message names the path).

`language` (default English) words the texts through reference/wording (resources/translations
/<lang>/reports.po) and, in the PDF, the numbers and dates in its locale; figures never change.
Each writer replaces its target only once the new file is complete. reportlab and openpyxl are
imported by these modules alone, so importing this package costs nothing at start-up.
"""
