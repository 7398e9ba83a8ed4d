"""What an import reports besides its counts: the ways it stops early, and a located problem.

A problem or a refusal keeps its text twice: `message` in English (what the command line,
`import --json` and the logs print) and `said`, the same text as a message id with its
parameters (reference/messages), which the window words in its own language (`worded`). The
Message is made only when a problem is reported, never for a cell that is fine.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from consortium_planner.reference.messages import Message, gettext
from consortium_planner.reference.wording import ENGLISH, Wording


class ImportFileError(Exception):
    """The file cannot be imported at all; `message` is plain language meant for the user (in
    English; `worded` gives it in another language when it was raised with a Message)."""

    def __init__(self, message: str | Message) -> None:
        said = message if isinstance(message, Message) else None
        text = said.render() if said is not None else str(message)
        super().__init__(text)
        self.message = text
        self.said = said
        # What was learnt of the file before it was refused (its code page, "named .xlsx but
        # holds plain text"): often the very reason, so every rejected report keeps them.
        self.notes: tuple[str, ...] = ()

    def noting(self, notes: Iterable[str]) -> ImportFileError:
        """Put `notes` (Note or plain text) before the error's own notes, each once; returns
        the error, to be raised again."""
        earlier = tuple(note for note in notes if note not in self.notes)
        self.notes = (*earlier, *self.notes)
        return self

    def worded(self, wording: Wording = ENGLISH) -> str:
        """The message in `wording`'s language (English for a plain-text message)."""
        return self.said.render(wording) if self.said is not None else self.message


class Note(str):
    """A note of an import plan or the reason beside a column: the English text itself (what
    the command line and `import --json` print, and what code compares), carrying `said`, the
    same text as a Message, so the window words it in its language (`worded`). Made only when
    the note is, never per cell."""

    said: Message | None = None

    def __new__(cls, text: str | Message) -> Note:
        if isinstance(text, Message):
            note = super().__new__(cls, text.render())
            note.said = text
            return note
        return super().__new__(cls, text)


def said(text: str) -> Message | str:
    """A note's Message, to go into another message as a parameter (a plain string as it is)."""
    message = getattr(text, "said", None)
    return message if isinstance(message, Message) else text


def worded(text: str, wording: Wording = ENGLISH) -> str:
    """A note or reason in `wording`'s language (a plain string stays as it is)."""
    message = said(text)
    return message.render(wording) if isinstance(message, Message) else text


class ImportCancelled(Exception):
    """The user pressed cancel while the file was being read or checked."""


@dataclass(frozen=True)
class SheetProblem:
    """An error or warning of an import report, located by sheet, row and column (both the
    organisation-list import and the partner-workbook import report these)."""

    severity: str  # "error" or "warning"
    sheet: str
    row: int | None
    column: str
    message: str
    said: Message | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, severity: str, sheet: str, row: int | None, column: str,
           message: Message) -> SheetProblem:
        """A problem worded from `message`: English in `message`, any language by `worded`."""
        return cls(severity, sheet, row, column, message.render(), message)

    def worded(self, wording: Wording = ENGLISH) -> str:
        """The message in `wording`'s language (English for a plain-text message)."""
        return self.said.render(wording) if self.said is not None else self.message

    def located(self, wording: Wording = ENGLISH) -> str:
        """'Costs, row 7, C: <message>' in `wording`'s language (what a list of problems shows)."""
        row = gettext("row {row}", row=self.row).render(wording) if self.row else ""
        where = ", ".join(part for part in (self.sheet, row, self.column) if part)
        text = self.worded(wording)
        return f"{where}: {text}" if where else text

    def as_json(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "row": self.row, "column": self.column,
                "message": self.message}


class HeaderRowUnclear(ImportFileError):
    """The sheet does not say which row holds the column titles, or whether one does.

    `candidates` are the spreadsheet row numbers that may be the header (0: no header row);
    `first_rows` the sheet's first rows as (row number, cell texts from spreadsheet column
    `first_column` on), for the wizard to show. A front end asks the user and plans again with
    the row chosen.
    """

    def __init__(self, message: str | Message, sheet: str, candidates: tuple[int, ...],
                 first_rows: tuple[tuple[int, tuple[str, ...]], ...],
                 first_column: int = 1) -> None:
        super().__init__(message)
        self.sheet = sheet
        self.candidates = candidates
        self.first_rows = first_rows
        self.first_column = first_column
