"""The multilingual word lists the app reads people's text with, and the yes/no rule.

The lists are data, in `resources/words/*.toml` (each file says what it holds and how to add a
language), read once. Every word is compared as `fold` or `fold_words` sees it, so the files
hold words as people type them.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from typing import Any

from consortium_planner.domain.text import fold, fold_words


@cache
def word_file(name: str) -> dict[str, Any]:
    """The parsed `resources/words/<name>.toml` (it ships with the app: a missing or broken one
    is a broken install, and fails loudly)."""
    from consortium_planner.paths import resources_dir

    path = resources_dir() / "words" / f"{name}.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _all_languages(table: dict[str, list[str]]) -> list[str]:
    return [word for words in table.values() for word in words]


@cache
def _yes_no() -> tuple[frozenset[str], frozenset[str]]:
    data = word_file("yes_no")
    yes = {key for word in _all_languages(data["yes"]) for key in (fold(word), fold_words(word))}
    no = {key for word in _all_languages(data["no"]) for key in (fold(word), fold_words(word))}
    return frozenset(yes - {""}), frozenset(no - {""})


def yes_or_no(text: str) -> bool | None:
    """True for a yes ("Ja", "oui", "✓", "x"), False for a no ("nein", "nie"), None for any
    other text: the one reading of yes/no for imports, partner workbooks and edits alike."""
    yes, no = _yes_no()
    for key in (fold(text.strip()), fold_words(text)):
        if key in yes:
            return True
        if key in no:
            return False
    return None


@cache
def profit_phrases() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(profit-making phrases, non-profit phrases), as `fold_words` gives them."""
    data = word_file("yes_no")
    return (tuple(fold_words(p) for p in _all_languages(data["profit"])),
            tuple(fold_words(p) for p in _all_languages(data["non_profit"])))


@cache
def _totals_labels() -> frozenset[str]:
    return frozenset(word.casefold() for word in _all_languages(word_file("totals")["totals"]))


def is_totals_label(cell: object) -> bool:
    """True for the label of a totals row ("Summe", "Total:", "RAZEM"): the one list of them,
    `resources/words/totals.toml`. Cheap for the long names of real rows (length first)."""
    return (type(cell) is str and len(cell) <= 24
            and cell.strip().rstrip(":.").strip().casefold() in _totals_labels())


# A tailed label's tail: what follows the totals word. Either it starts with no letter
# ("Total (3 members)", "Razem: 12", "Gesamt – 2 Mitglieder"), or it is a few words starting
# in lower case ("Summe aller Mitglieder", "Total des membres"): a name goes on capitalised
# ("Total Energies", "TOTAL ENERGIES") and is never taken for a label.
_MAX_TAILED = 40
_MAX_TAIL_WORDS = 4


@cache
def _totals_start() -> re.Pattern[str]:
    words = sorted(_totals_labels(), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, words))})(?![^\W\d_])")


def starts_with_totals_label(cell: object) -> bool:
    """True for a totals label, bare (`is_totals_label`) or followed by a short tail: a label
    that starts with a totals word at a word's end and goes on with no letter first, or with
    at most four words in lower case ("Total (3 members)", "Summe aller Mitglieder", "Razem:
    12"). Whether the row is a totals row is the caller's to judge (no PIC, VAT or name of its
    own beside it)."""
    if type(cell) is not str or len(cell) > _MAX_TAILED:
        return False
    text = cell.strip()
    match = _totals_start().match(text.casefold())
    if match is None or len(text.casefold()) != len(text):  # a folding that changes length
        return False
    tail = text[match.end():].strip()
    if not tail or not tail[0].isalpha():
        return True
    return tail[0].islower() and len(tail.split()) <= _MAX_TAIL_WORDS
