"""NACE Rev. 2, Eurostat's statistical classification of economic activities (four levels).

Built by resources/reference/build_nace_rev2.py from Eurostat's own table, with Eurostat's titles
in French, German, Spanish, Italian and Polish (`title_in`, `label_in`). Codes are kept in
their canonical form: "C" (section), "25" (division), "25.6" (group), "25.62" (class).
`parse_nace` is the one place that reads a code as people write it ("C25.6", "25.62", "2562",
"C 25.6.2", "25") and says clearly what is wrong with one it cannot read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from consortium_planner.reference._data import read_rows

LEVEL_NAMES = {1: "section", 2: "division", 3: "group", 4: "class"}
SOURCE = "NACE Rev. 2, Eurostat (RAMON export NACE_REV2_20171103_133916)"
TRANSLATED = ("fr", "de", "es", "it", "pl")  # the title_<language> columns of nace_rev2.csv

_SHAPE = re.compile(r"^([A-Z])?([0-9][0-9.]*)?$")
_SEPARATORS = re.compile(r"[;,\n|/]+")


class NaceError(ValueError):
    """A text that is not a NACE Rev. 2 code; the message says why and what to write."""


@dataclass(frozen=True)
class NaceItem:
    code: str  # canonical
    level: int  # 1 section .. 4 class
    parent: str  # "" for a section
    title: str  # English
    translations: tuple[tuple[str, str], ...] = ()  # (language, Eurostat's title in it)

    @property
    def level_name(self) -> str:
        return LEVEL_NAMES[self.level]

    @property
    def label(self) -> str:
        """"25.62 Machining", as lists show a code."""
        return f"{self.code} {self.title}"

    def title_in(self, language: str) -> str:
        """Eurostat's title in one of the app's languages ('Usinage'); English otherwise."""
        return dict(self.translations).get(language, self.title)

    def label_in(self, language: str) -> str:
        """"25.62 Usinage": the label in a language."""
        return f"{self.code} {self.title_in(language)}"


@cache
def _items() -> dict[str, NaceItem]:
    return {
        row["code"]: NaceItem(row["code"], int(row["level"]), row["parent"], row["title"],
                              tuple((language, row[f"title_{language}"])
                                    for language in TRANSLATED if row.get(f"title_{language}")))
        for row in read_rows("nace_rev2.csv")
    }


def all_items() -> list[NaceItem]:
    """Every item of the classification, in its own order (A, 01, 01.1, 01.11, ...)."""
    return list(_items().values())


def get_item(code: str) -> NaceItem | None:
    """The item of a canonical code, or None."""
    return _items().get(code)


def nace_label(code: str, language: str = "en") -> str:
    """'25.62 Usinage' in the language; the bare code when the classification does not know it
    (a code stored before a check, a typo in an imported file)."""
    item = _items().get(code)
    return item.label_in(language) if item is not None else code


def section_of(code: str) -> str:
    """The section letter a canonical code belongs to ("25.62" -> "C")."""
    item = _items()[code]
    while item.parent:
        item = _items()[item.parent]
    return item.code


def _canonical_digits(digits: str) -> str:
    if len(digits) == 2:
        return digits
    return f"{digits[:2]}.{digits[2:]}"


def parse_nace(text: str) -> str:
    """The canonical code of one NACE Rev. 2 code as written, or NaceError saying why not.

    Accepted: a section letter ("C"), a division, group or class with or without dots and with or
    without its section letter ("25", "25.6", "C25.6", "25.62", "2562", "C 25.6.2"). A number
    that lost its leading zero in a spreadsheet ("1.11" for "01.11", "111" for "01.11") is read
    with the zero put back when only that reading is a code.
    """
    raw = " ".join(str(text).split())
    compact = raw.upper().replace(" ", "")
    if compact.startswith("NACE"):
        compact = compact[4:].lstrip(":-")
    match = _SHAPE.match(compact)
    if not raw or not match or not (match.group(1) or match.group(2)):
        raise NaceError(
            f"{raw!r} is not a NACE Rev. 2 code: write a section letter (C), a division (25), "
            "a group (25.6) or a class (25.62), with or without its section (C25.62)")
    letter, number = match.group(1), match.group(2) or ""
    if not number:
        if letter not in _items():
            raise NaceError(f"{raw!r}: NACE Rev. 2 has no section {letter} (sections are A to U)")
        return letter
    digits = number.replace(".", "")
    first = number.split(".")[0]
    candidates = []
    if len(first) >= 2 and 2 <= len(digits) <= 4:
        candidates.append(_canonical_digits(digits))
    if len(first) == 1 or len(digits) in (1, 3):  # a leading zero lost on the way
        padded = "0" + digits
        if 2 <= len(padded) <= 4:
            candidates.append(_canonical_digits(padded))
    found = [code for code in candidates if code in _items()]
    if len(digits) > 4:
        raise NaceError(
            f"{raw!r} has more digits than a NACE Rev. 2 class (4, as in 25.62): a national "
            "subclass? Give the class it belongs to")
    if not found:
        shown = candidates[0] if candidates else number
        raise NaceError(f"{raw!r}: {shown} is not a code of NACE Rev. 2")
    code = found[0]
    if letter and section_of(code) != letter:
        raise NaceError(
            f"{raw!r}: {code} belongs to section {section_of(code)}, not {letter}; "
            f"write {section_of(code)}{code} or just {code}")
    return code


def parse_nace_list(text: str) -> tuple[list[str], list[str]]:
    """The canonical codes of a cell holding several ("C25.6; 25.62, 2562"), once each and in
    order, and a message for each part that is not a code. Parts are separated by ; , / | or
    new lines; a part that is not a code is tried once more split at its spaces."""
    codes: list[str] = []
    problems: list[str] = []
    for part in _SEPARATORS.split(str(text)):
        part = part.strip()
        if not part:
            continue
        try:
            found = [parse_nace(part)]
        except NaceError as error:
            try:
                found = [parse_nace(word) for word in part.split()] if " " in part else []
            except NaceError:
                found = []
            if not found:
                problems.append(str(error))
        for code in found:
            if code not in codes:
                codes.append(code)
    return codes, problems
