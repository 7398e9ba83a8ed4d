"""The PDF report names every participant and work package, shows the app's totals to the cent,
prints hostile and non-Latin names exactly, and is written atomically."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from consortium_planner.domain.money import format_amount
from consortium_planner.exporting.files import ExportError
from consortium_planner.exporting.pdf_charts import GanttRow, month_windows, pack_groups
from consortium_planner.exporting.pdf_layout import ReportDocument
from consortium_planner.exporting.pdf_report import write_pdf
from consortium_planner.rules.engine import run_checks
from consortium_planner.services.summary import summary_document


def pdf_text(path: Path) -> tuple[PdfReader, list[str]]:
    reader = PdfReader(path)
    return reader, [page.extract_text() for page in reader.pages]


def flat(text: str) -> str:
    """Text with line breaks and repeated spaces folded, so wrapped cells still match."""
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def report(snapshot, tmp_path: Path) -> tuple[PdfReader, str]:
    path = write_pdf(snapshot, tmp_path / "summary.pdf", workspace_name="hostile",
                     findings=run_checks(snapshot))
    reader, pages = pdf_text(path)
    return reader, flat(" ".join(pages))


def test_every_participant_and_work_package_appears(snapshot, report) -> None:
    _, text = report
    for participant in snapshot.participants:
        assert participant.short_name in text
        assert participant.organisation.legal_name in text
        assert participant.organisation.pic in text
    for work_package in snapshot.work_packages:
        assert f"WP{work_package.number} {work_package.title}" in text
    for deliverable in snapshot.deliverables:
        assert deliverable.code in text and deliverable.title in text


def test_totals_match_the_summary_to_the_cent(snapshot, report) -> None:
    _, text = report
    totals = summary_document(snapshot)["totals"]
    assert f"EUR {format_amount(snapshot.budget.totals['total_eligible'])}" in text
    for key in ("total_eligible", "eu_contribution", "own_contribution", "A", "E"):
        assert format_amount(snapshot.budget.totals[key]) in text
        assert str(snapshot.budget.totals[key]) == totals[key]
    for figures in snapshot.budget.participants:
        assert format_amount(figures.total_eligible) in text
        assert format_amount(figures.eu_contribution) in text


def test_hostile_and_non_latin_text_prints_exactly(report) -> None:
    _, text = report
    for expected in ("R&D <Lab>", 'R&D <Lab> "Quotes" & Sons', "Green <value> chains & R&D",
                     "Management & <coordination>", "Report <1.1> & annex", "Pilot <ready>",
                     "Zakład Innowacji Łódź", "Εθνικό Κέντρο Έρευνας", "Ανάπτυξη λύσεων",
                     "Български иновационен клъстер Пловдив", "Разпространение",
                     '=HYPERLINK("http://example.invalid","click")', "@SUM(1+1)"):
        assert expected in text, expected
    assert "&amp;" not in text and "&lt;" not in text


def test_fonts_are_embedded_and_pages_numbered(report) -> None:
    reader, text = report
    total = len(reader.pages)
    assert f"Page 1 of {total}" in text and f"Page {total} of {total}" in text
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]))
            descendant = font.get("/DescendantFonts")
            assert font["/Subtype"] != "/Type1", font["/BaseFont"]  # no unembedded base-14
            if descendant:
                assert "/FontFile2" in descendant[0].get_object()["/FontDescriptor"]
    assert any("DejaVuSans" in name for name in fonts)


def test_portrait_and_landscape_pages(report) -> None:
    reader, _ = report
    shapes = {page.mediabox.width > page.mediabox.height for page in reader.pages}
    assert shapes == {True, False}
    first = reader.pages[0].mediabox
    assert (round(float(first.width)), round(float(first.height))) == (595, 842)


def test_findings_section(snapshot, tmp_path: Path, report) -> None:
    _, text = report
    assert "Eligibility checks" in text
    for finding in run_checks(snapshot):
        assert finding.rule in text
    path = write_pdf(snapshot, tmp_path / "unchecked.pdf")
    _, pages = pdf_text(path)
    assert "No eligibility checks were run for this export." in flat(" ".join(pages))


def test_long_project_gantt_is_tiled(snapshot, tmp_path: Path) -> None:
    long_project = replace(snapshot, project=replace(snapshot.project, duration_months=60))
    path = write_pdf(long_project, tmp_path / "long.pdf")
    _, pages = pdf_text(path)
    text = flat(" ".join(pages))
    for window in ("Months 1-20 (part 1 of 3)", "Months 21-40 (part 2 of 3)",
                   "Months 41-60 (part 3 of 3)"):
        assert window in text
    assert "M60" in text


def test_month_windows_and_row_packing() -> None:
    assert month_windows(24) == [(1, 24)]
    assert month_windows(36) == [(1, 18), (19, 36)]
    assert all(last - first < 24 for first, last in month_windows(120))
    wp = [GanttRow("WP", "wp", 1, 2)] + [GanttRow("T", "task", 1, 2)] * 3
    chunks = pack_groups([wp, wp, wp], per_tile=9)
    assert [len(chunk) for chunk in chunks] == [8, 4]  # a WP is not split from its tasks
    assert [len(chunk) for chunk in pack_groups([wp * 3], per_tile=5)] == [5, 5, 2]


def test_progress_is_reported(snapshot, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    write_pdf(snapshot, tmp_path / "summary.pdf", progress=lambda done, total: calls.append(
        (done, total)))
    assert calls and calls[-1][0] == calls[-1][1]
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_unwritable_path_and_failed_build_leave_no_file(snapshot, tmp_path: Path,
                                                       monkeypatch) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        write_pdf(snapshot, tmp_path / "missing" / "summary.pdf")
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "summary.pdf"
    target.write_bytes(b"old")

    def broken_build(self, *args, **kwargs) -> None:
        Path(self.filename).write_bytes(b"%PDF-1.4 half")
        raise RuntimeError("layout failed")

    monkeypatch.setattr(ReportDocument, "build", broken_build)
    with pytest.raises(RuntimeError):
        write_pdf(snapshot, target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in folder.iterdir()] == ["summary.pdf"]


def test_page_header_has_no_dangling_dash_without_a_title(snapshot, tmp_path: Path) -> None:
    untitled = replace(snapshot, project=replace(snapshot.project, title=""))
    _reader, pages = pdf_text(write_pdf(untitled, tmp_path / "untitled.pdf"))
    acronym = snapshot.project.acronym
    assert f"{acronym} -" not in flat(" ".join(pages))
    assert acronym in pages[1]


def test_value_chain_section(snapshot, tmp_path: Path) -> None:
    """The matrix (a role nobody holds marked), the picture with the holders' names, the shares
    and the S3 areas, in the PDF's text."""
    region = next(p.organisation.nuts2 for p in snapshot.participants if p.organisation.nuts2)
    held = replace(snapshot, s3_areas={region: ("Smart mobility",)}, participants=tuple(
        replace(p, value_chain_roles=("manufacturer", "end_user") if p.number == 3 else ())
        for p in snapshot.participants))
    _, pages = pdf_text(write_pdf(held, tmp_path / "chain.pdf"))
    page = next(text for text in pages if "The chain from research to market" in text)
    text = flat(page)
    assert "Value chain" in text
    assert "Research and technology provider (nobody)" in text
    assert "Manufacturer" in text and "nobody yet" in text
    assert "P3 Łódź Zakład" in text  # the picture names the holder
    later = flat(" ".join(pages))
    assert "Companies (SMEs and large enterprises)" in later
    assert "European Startup Monitor" in later
    assert "Smart mobility" in later


def test_the_two_budget_tables_do_not_call_different_figures_d_other(snapshot, tmp_path) -> None:
    """The participants' table's D holds D.1 too (as summary --json's "D"); the work packages'
    table beside it splits D.1 from the other D lines. One title for both read as a mismatch:
    'D Other 60,000.00' above, 'D.1 60,000.00 | D Other 0.00' below."""
    from consortium_planner.exporting.pdf_report import budget_section

    [participants_table, work_packages_table] = [
        flowable for flowable in budget_section(snapshot)
        if getattr(flowable, "_cellvalues", None)][:2]

    def header(table) -> list[str]:
        return [" ".join(str(getattr(cell, "text", cell)).replace("<br/>", " ").split())
                for cell in table._cellvalues[0]]

    assert "D incl. D.1" in header(participants_table)
    assert "D Other" not in header(participants_table)
    assert {"D.1 Third parties", "D Other"} <= set(header(work_packages_table))


LANGUAGES = ("en", "fr", "de", "es", "it", "pl")


@pytest.mark.parametrize("language", LANGUAGES)
def test_regions_without_s3_areas_share_one_line(snapshot, language) -> None:
    """The big project printed 54 'no areas recorded' lines over two pages: the regions with
    areas are listed, the others named together in one line."""
    from consortium_planner.exporting.value_chain_tables import s3_lines
    from consortium_planner.reference.wording import wording

    w = wording(language)
    regions = snapshot.value_chain.s3.regions
    assert len(regions) > 2
    held = replace(snapshot, s3_areas={regions[0]: ("Smart mobility",)})
    lines = s3_lines(held, w)
    assert lines[0] == f"{regions[0]}: Smart mobility"
    alone = w.gettext("No areas recorded: {regions}").format(regions=", ".join(regions[1:]))
    assert lines[1] == alone
    assert language == "en" or not alone.startswith("No areas recorded")
    assert len(lines) == 4  # then what every region shares, and BG42 sharing none
    assert not any(line.startswith(regions[1:]) for line in lines)


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_unknown_region_category_is_worded_like_the_others(snapshot, language) -> None:
    """'unknown' in lower case stood beside 'Less developed' in the consortium table."""
    from consortium_planner.exporting.pdf_report import consortium_section
    from consortium_planner.reference.vocab_labels import unknown_region_category
    from consortium_planner.reference.wording import wording

    w = wording(language)
    unknown = unknown_region_category(w.texts)
    assert unknown[0].isupper()
    table = next(item for item in consortium_section(snapshot, w) if hasattr(item, "_cellvalues"))
    cells = [getattr(row[6], "text", row[6]) for row in table._cellvalues[1:]]
    assert [cell for cell in cells if cell.lower() == unknown.lower()] == [unknown] * 5
