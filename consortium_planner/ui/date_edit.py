"""The window's date editor: the window's numeric date form with a four-digit year
('31/12/2027', '31.12.2027', '31/12/2027'), as `formatting.date_text` writes dates, and an ISO
date typed ('2027-12-31') read as well, as the tables' date cells read it (`parse_date_text`).

Qt's QDateEdit takes only its display format; people who work across countries type ISO dates,
and the English window used to show them, so the editor keeps accepting them."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDateEdit, QWidget

from consortium_planner.ui.formatting import date_pattern

# what an ISO date looks like while it is typed: "2", "2027", "2027-1", "2027-12-3"
_ISO_TYPED = re.compile(r"\d{1,4}(-\d{0,2}(-\d{0,2})?)?")


class DateEdit(QDateEdit):
    """A date editor in the window's date form that also reads a typed ISO date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_pattern())  # a new language applies at the next start

    def validate(self, text: str, pos: int) -> object:  # Qt's (state, text, pos)
        state = super().validate(text, pos)
        own = state[0] if isinstance(state, tuple) else state
        if own == QValidator.State.Acceptable or not _ISO_TYPED.fullmatch(text.strip()):
            return state
        try:
            date.fromisoformat(text.strip())
        except ValueError:
            return (QValidator.State.Intermediate, text, pos)
        return (QValidator.State.Acceptable, text, pos)

    def dateTimeFromText(self, text: str) -> QDateTime:
        try:
            day = date.fromisoformat(text.strip())
        except ValueError:
            return super().dateTimeFromText(text)
        return QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0))
