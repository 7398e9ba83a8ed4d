"""User text as a spreadsheet cell will hold it, and whether a spreadsheet would run it.

One home for the rule, shared by the workbook, the partner template and the CSV tables: the text
is cleaned first (characters XML cannot hold are dropped, lone surrogates become U+FFFD) and the
formula check runs on that cleaned text, exactly as it is written. Checking before cleaning let
"\\x01=cmd|..." through as a live formula.

A cell looks like a formula (OWASP CSV injection) when it starts with = + - @, tab, CR or LF, or
when its first visible character is one of = + - @ (also in their full-width or small forms,
which some spreadsheets and input methods turn into the ASCII ones) after leading white space
and invisible format characters such as zero-width spaces: LibreOffice's CSV import can trim the
spaces away, and a neutralised harmless name costs only an apostrophe.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell

FORMULA_TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r", "\n")
_VISIBLE_TRIGGERS = frozenset("=+-@")
# What XML 1.0 cannot hold (openpyxl refuses the C0 controls; U+FFFE/U+FFFF make Excel call the
# file corrupt); tab, LF and CR are allowed.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class CellText:
    text: str  # exactly what is written
    formula_like: bool  # must be forced to text (quote prefix / apostrophe)


def _invisible(character: str) -> bool:
    return character.isspace() or unicodedata.category(character) in ("Cf", "Cc", "Zs")


def looks_like_formula(text: str) -> bool:
    """True if a spreadsheet could read `text` (as written, already cleaned) as a formula."""
    if text.startswith(FORMULA_TRIGGERS):
        return True
    for character in text:
        if not _invisible(character):
            return unicodedata.normalize("NFKC", character)[:1] in _VISIBLE_TRIGGERS
    return False


def cell_text(text: str) -> CellText:
    """The text as it will be written, and whether it must be neutralised."""
    cleaned = _SURROGATE.sub("\ufffd", _ILLEGAL.sub("", text))
    return CellText(cleaned, looks_like_formula(cleaned))


def set_text(cell: Cell, text: str) -> None:
    """Store user text in an openpyxl cell as a string, never as a formula; formula-looking
    text also gets Excel's quote prefix so editing the cell keeps it text."""
    written = cell_text(text)
    cell.value = written.text
    cell.data_type = "s"  # openpyxl would otherwise take a leading "=" as a formula
    if written.formula_like:
        cell.quotePrefix = True
