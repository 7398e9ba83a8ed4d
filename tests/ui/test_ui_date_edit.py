"""Dates in the window's language: the Overview's start date and the printed summary show the
window's numeric form with a four-digit year; an ISO date typed is still read."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from consortium_planner.ui.date_edit import DateEdit
from consortium_planner.ui.formatting import apply_window_locale
from consortium_planner.ui.language import set_window_language, window_language
from consortium_planner.ui.printing import summary_html
from consortium_planner.ui.views.overview import OverviewPage


@pytest.fixture
def language():
    before = window_language()

    def choose(code: str) -> None:
        set_window_language(code)
        apply_window_locale()

    yield choose
    choose(before)


@pytest.mark.parametrize(("code", "shown"), [
    ("en", "31/12/2027"), ("de", "31.12.2027"), ("fr", "31/12/2027"), ("pl", "31.12.2027"),
    ("es", "31/12/2027"), ("it", "31/12/2027"),
])
def test_the_date_editor_shows_the_window_form(qtbot, language, code, shown) -> None:
    language(code)
    editor = DateEdit()
    qtbot.addWidget(editor)
    editor.setDate(QDate(2027, 12, 31))
    assert editor.text() == shown


def test_an_iso_date_typed_is_read(qtbot, language) -> None:
    language("de")
    editor = DateEdit()
    qtbot.addWidget(editor)
    editor.show()
    editor.setDate(QDate(2027, 12, 31))
    editor.setFocus()
    editor.lineEdit().selectAll()
    qtbot.keyClicks(editor, "2028-01-15")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.date() == QDate(2028, 1, 15)
    assert editor.text() == "15.01.2028"
    editor.lineEdit().selectAll()
    qtbot.keyClicks(editor, "2028-02-30")  # no such day: the editor keeps its date
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.date() == QDate(2028, 1, 15)


def test_the_overview_and_the_printout_show_the_start_in_the_window_form(
        qtbot, language, context, project_id) -> None:
    language("de")
    page = OverviewPage(context)
    qtbot.addWidget(page)
    page.set_project(project_id)
    page.show()
    start = context.snapshot(project_id).project.start_date
    assert isinstance(start, date)
    german = f"{start.day:02d}.{start.month:02d}.{start.year}"
    assert page.start_date.text() == german
    html = summary_html(context.snapshot(project_id))
    assert german in html and start.isoformat() not in html


def test_versions_are_described_in_the_window_form_and_language(language) -> None:
    """The navigator and the delete question named versions with ISO dates, English month
    abbreviations and the English reason they were taken."""
    from datetime import datetime

    from consortium_planner.services.versions import VersionEntry
    from consortium_planner.ui.formatting import version_description

    entry = VersionEntry(id=1, project_id=1, number=3, taken_at=datetime(2026, 5, 3, 12, 2),
                         kind="before_import", note="", acronym="CIRCOMP", size=10)
    language("de")
    long, short = version_description(entry), version_description(entry, short=True)
    assert long.startswith("v3 · 03.05.2026 ") and long.endswith(
        " · vor dem Import einer Partnerarbeitsmappe")
    assert short == "v3 · 3. Mai · vor dem Import einer Partnerarbeitsmappe"
    noted = VersionEntry(1, 1, 4, datetime(2026, 5, 3, 12, 2), "user", "sent to partners",
                         "CIRCOMP", 10)
    assert version_description(noted).endswith(" · sent to partners")  # the user's own note


def test_a_date_that_cannot_be_read_is_refused_in_the_window_language(language,
                                                                     tmp_path) -> None:
    from PySide6.QtCore import QCoreApplication

    from consortium_planner.ui.formatting import parse_date_text
    from tests.ui.qt_translations import QT_TRANSLATIONS, compile_ts, install

    translator = install(compile_ts(QT_TRANSLATIONS / "window_de.ts", tmp_path))
    language("de")
    try:
        with pytest.raises(ValueError, match="„31.13.2027“ ist kein Datum \\(z. B. 31.12.2027"):
            parse_date_text("31.13.2027")
    finally:
        QCoreApplication.removeTranslator(translator)
