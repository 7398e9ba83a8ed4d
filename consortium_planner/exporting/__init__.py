"""Exports: pure functions from a `ProjectSnapshot` to a file, never from widgets.

- `pdf_report.write_pdf(snapshot, path, *, workspace_name, findings, progress)`: the printed
  consortium summary;
- `xlsx_workbook.write_workbook(snapshot, path, *, findings, workspace_name, progress)`: the
  workbook whose totals are live formulas;
- `csv_tables.write_csv_tables(snapshot, folder)`: one CSV per table;
- `files.ExportError`: an output that cannot be written (the message names the path).

Each writer replaces its target only once the new file is complete. reportlab and openpyxl are
imported by these modules alone, so importing this package costs nothing at start-up.
"""
