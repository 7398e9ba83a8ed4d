"""Chinese, Japanese, Korean and emoji print in the PDF: every run of characters is set in a
font that has their glyphs (DejaVu Sans, then the shipped fallback fonts), never as empty boxes."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from consortium_planner.exporting.pdf_layout import (
    FALLBACK_FONTS,
    FONT,
    _glyphs,
    fit_text,
    font_runs,
    markup,
    text_width,
)
from consortium_planner.exporting.pdf_report import write_pdf
from consortium_planner.models import Organisation, Project, WorkPackage
from consortium_planner.services.snapshot import find_project_id, load_snapshot
from consortium_planner.workspace import Workspace

TEXTS = ["北京理工大学", "東京大学 ひらがな カタカナ", "한국과학기술원", "Lab 😀 🚀 🎉 👍", "✅ ★ ☎ ❤️",
         "Łódź Ελληνική Български"]


@pytest.mark.parametrize("text", TEXTS)
def test_every_character_gets_a_font_that_has_it(text: str) -> None:
    runs = font_runs(text)
    assert "".join(run for _, run in runs) in (text, text.replace("\ufe0f", ""))
    for font, run in runs:
        missing = [c for c in run if ord(c) not in _glyphs(font) and not c.isspace()]
        assert not missing, (font, missing)


def test_runs_use_the_fallbacks_only_where_needed() -> None:
    assert font_runs("Łódź") == [(FONT, "Łódź")]
    assert [font for font, _ in font_runs("A 北京 🚀")] == [
        FONT, FALLBACK_FONTS[0][0], FONT, FALLBACK_FONTS[1][0]]
    assert markup("<b>北</b>") == '&lt;b&gt;<font face="DroidSansFallback">北</font>&lt;/b&gt;'


def test_widths_are_measured_in_the_fonts_that_print() -> None:
    assert text_width("北京北京北京", FONT, 10) > 50  # DejaVu's missing glyph would be narrower
    assert fit_text("北京" * 40, FONT, 10, 100).endswith("…")


@pytest.fixture
def cjk_pdf(workspace_path: Path, tmp_path: Path) -> Path:
    workspace = Workspace.open(workspace_path)
    with workspace.transaction() as session:
        session.query(Project).one().acronym = "绿色😀"
        for organisation, text in zip(session.query(Organisation).order_by(Organisation.id),
                                      TEXTS):
            organisation.legal_name = text
            organisation.short_name = text[:6]
        session.query(WorkPackage).order_by(WorkPackage.id).first().title = "管理 🎉"
    workspace.close()
    workspace = Workspace.open(workspace_path, read_only=True)
    try:
        with workspace.sessions() as session:
            snapshot = load_snapshot(session, find_project_id(session, None))
    finally:
        workspace.close()
    return write_pdf(snapshot, tmp_path / "cjk.pdf", workspace_name="cjk")


def test_pdf_embeds_the_fallback_fonts_on_the_pages_that_need_them(cjk_pdf: Path) -> None:
    reader = PdfReader(cjk_pdf)
    used: set[str] = set()
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for font in fonts.values():
            font = font.get_object()
            used.add(str(font["/BaseFont"]).split("+")[-1])
            descendants = font.get("/DescendantFonts")
            if descendants is not None:
                descriptor = descendants[0].get_object()["/FontDescriptor"].get_object()
                assert "/FontFile2" in descriptor  # embedded, not left to the viewer
    assert {"DroidSansFallback", "Symbola"} <= used, used  # the fonts' own PostScript names
