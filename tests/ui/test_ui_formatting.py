"""The window's numbers, money, dates and percentages in its language's locale (issue 17):
shown and read back in each language, every form the editors read before still read, and the
budget page in German with its totals unchanged."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt

from consortium_planner.domain.money import AmountError
from consortium_planner.reference.languages import LANGUAGES
from consortium_planner.ui import formatting
from consortium_planner.ui.delegates import parse_cell_text
from consortium_planner.ui.language import set_window_language
from consortium_planner.ui.table_model import Editor

D = Decimal


@pytest.fixture
def window_in() -> Iterator:
    """Switch the window's language as the settings do; English and Qt's locale come back."""
    saved = QLocale()

    def switch(language: str) -> str:
        set_window_language(language)
        return formatting.apply_window_locale()

    yield switch
    set_window_language("en")
    formatting.apply_window_locale()
    QLocale.setDefault(saved)


SHOWN = {
    "en": ("1,234,567.89", "62.5 %", "31/12/2027"),
    "fr": ("1\u202f234\u202f567,89", "62,5 %", "31/12/2027"),
    "de": ("1.234.567,89", "62,5 %", "31.12.2027"),
    "es": ("1.234.567,89", "62,5 %", "31/12/2027"),
    "it": ("1.234.567,89", "62,5 %", "31/12/2027"),
    "pl": ("1\u00a0234\u00a0567,89", "62,5 %", "31.12.2027"),
}


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_format_then_parse_in_each_language(window_in, language: str) -> None:
    locale_name = window_in(language)
    assert QLocale().name() == locale_name
    money, rate, day = SHOWN[language]
    assert formatting.money_text(D("1234567.89")) == money
    assert formatting.parse_money_text(money) == D("1234567.89")
    assert formatting.rate_text(D("0.625")) == rate
    assert formatting.parse_rate_text(rate) == D("0.625")
    assert formatting.date_text(date(2027, 12, 31)) == day
    assert formatting.parse_date_text(day) == date(2027, 12, 31)
    for months in (D("2.5"), D("1234.5"), D("0.25")):
        assert formatting.parse_months_text(formatting.months_text(months)) == months
    for amount in (D("0.01"), D("999.99"), D("1000"), D("12345678.9")):
        assert formatting.parse_money_text(formatting.money_text(amount)) == amount


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_the_forms_read_before_are_still_read(window_in, language: str) -> None:
    window_in(language)
    for text, value in (("1.234,56", "1234.56"), ("1,234.56", "1234.56"), ("1 234.56", "1234.56"),
                        ("1234,56 EUR", "1234.56"), ("€1,234", "1234"), ("1234", "1234"),
                        ("12500.50", "12500.50"), ("0,5", "0.5")):
        assert formatting.parse_money_text(text) == D(value), (language, text)
    for text, value in (("2,5", "2.5"), ("2.5", "2.5"), ("", "0"), ("10", "10")):
        assert formatting.parse_months_text(text) == D(value), (language, text)
    for text in ("70%", "70 %", "0.7", "70"):
        assert formatting.parse_rate_text(text) == D("0.7"), (language, text)
    assert formatting.parse_date_text("2027-12-31") == date(2027, 12, 31)
    assert formatting.parse_date_text(" ") is None
    with pytest.raises(AmountError):
        formatting.parse_money_text("lots")
    with pytest.raises(ValueError):
        formatting.parse_date_text("soon")


TOO_PRECISE = {  # an amount with three decimals, typed in the window's own form
    "en": "12,345.678", "fr": "12\u202f345,678", "de": "12.345,678", "es": "12.345,678",
    "it": "12.345,678", "pl": "12\u00a0345,678",
}


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_three_decimals_in_the_windows_form_are_refused(window_in, language: str) -> None:
    """Not read as a thousand times the amount (12,345,678.00): the decimals the user typed
    stay decimals, and an amount has at most two."""
    window_in(language)
    with pytest.raises(AmountError, match="more than two decimal places") as refused:
        formatting.parse_money_text(TOO_PRECISE[language])
    assert TOO_PRECISE[language] in str(refused.value)  # named as typed, spaces as spaces
    assert formatting.parse_money_text("1.234") == D("1234")  # a lone group still reads


def test_the_editors_read_the_windows_form(window_in) -> None:
    window_in("de")
    assert parse_cell_text(Editor("money"), "1.234,50") == D("1234.50")
    assert parse_cell_text(Editor("decimal"), "1.234,5") == D("1234.50")
    assert parse_cell_text(Editor("rate"), "62,5 %") == D("0.625")
    window_in("fr")
    assert parse_cell_text(Editor("money"), "1\u202f234,50") == D("1234.50")
    assert parse_cell_text(Editor("money"), "1 234,50") == D("1234.50")


def test_the_budget_page_in_german(qtbot, context, project_id, stored, window_in) -> None:
    from consortium_planner.ui.views.budget import BudgetPage

    window_in("de")
    page = BudgetPage(context)
    qtbot.addWidget(page)
    page.set_project(project_id)
    page.show()
    grand = stored(project_id).budget.totals["total_eligible"]
    model = page.participants_model
    total_row = model.rowCount() - 1
    # the Total eligible column, found by its figure (its title is translated with the window)
    column = next(i for i in range(model.columnCount())
                  if model.index(total_row, i).data(Qt.ItemDataRole.EditRole) == grand)
    shown = model.index(total_row, column).data()
    assert shown == formatting.money_text(grand)
    whole, cents = f"{grand:.2f}".split(".")
    assert shown.endswith("," + cents) and "." in shown  # 1.234.567,89
    assert formatting.parse_money_text(shown) == grand


def test_the_dashboard_axes_in_french(qtbot, context, project_id, window_in) -> None:
    """The charts' scales were written '1.5' and '2.5' in a French or German window."""
    from consortium_planner.ui.views.dashboard import DashboardPage

    window_in("fr")
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.set_project(project_id)
    page.show()
    for key in ("participants", "contribution", "countries", "regions", "effort"):
        axis = page._plots[key].getAxis("left")
        assert axis.tickStrings([0.5, 1.0, 1.5], 1, 0.5) == ["0,5", "1,0", "1,5"], key
