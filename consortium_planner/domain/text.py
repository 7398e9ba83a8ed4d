"""Text folded for comparison: the one rule for "the same words, typed differently".

Case, accents and the letters that Unicode does not decompose (Ł, ø, đ, ħ, æ, œ) do not count,
so "lodz" meets "Łódź", "muller" meets "Müller" and "ÉCO" meets "éco". Every comparison of
names people type (organisations, countries, headers, acronyms, search) goes through `fold`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

# Letters with no decomposition, and ligatures NFKD leaves whole; ß is handled by casefold.
_LETTER_FOLDS = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"}
)


def strip_accents(text: str) -> str:
    """The text without combining marks (after compatibility decomposition: "ﬁ" is "fi")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """`text` casefolded, without accents, with Ł, ø, æ ... spelled in plain letters."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    return strip_accents(folded.translate(_LETTER_FOLDS))


class _FoldTable(dict[int, str]):
    """fold() of each character, computed once: fold works character by character (casefold,
    the letter table, NFKD and dropping combining marks are all per code point), so a
    translate() through this table gives fold's result at C speed on a whole column."""

    def __missing__(self, code_point: int) -> str:
        folded = self[code_point] = fold(chr(code_point))
        return folded


_FOLD_TABLE = _FoldTable()


def fold_fast(text: str) -> str:
    """`fold(text)` by one translate() (ASCII text: lower()), for long texts and many calls:
    a whole column joined by a separator that folds to itself ("\n", "\x00") gives each
    value's fold joined by it. The tests compare it with fold on random mixed-script text."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD_TABLE)


def fold_column(texts: Sequence[str]) -> list[str]:
    """`fold` of each text. A column that repeats its values (cities, notes, cluster lists)
    folds each distinct value once: translate() takes a slow path on any text that is not
    ASCII (60 times slower than on ASCII), so a real list's accented column pays for every
    character it folds."""
    distinct = dict.fromkeys(texts)
    if len(distinct) * 2 < len(texts):
        folded = dict(zip(distinct, _fold_joined(list(distinct))))
        return [folded[text] for text in texts]
    return _fold_joined(texts)


def _fold_joined(texts: Sequence[str]) -> list[str]:
    """fold of each text by one fold_fast of the column joined by \x00; a text holding the
    separator (never in practice) sends the column through fold one by one."""
    joined = "\x00".join(texts)
    if joined.count("\x00") != len(texts) - 1:
        return [fold(text) for text in texts]
    return fold_fast(joined).split("\x00") if texts else []


# Any script's letters count (a Greek or Bulgarian header is words too), not only a to z.
_NOT_LETTER_OR_DIGIT = re.compile(r"[\W_]+")


def fold_words(text: str) -> str:
    """`fold(text)` as plain words: whatever is not a letter or digit separates them, so
    "Non-Profit!" is "non profit". For looking up words and phrases in multilingual lists."""
    return " ".join(_NOT_LETTER_OR_DIGIT.sub(" ", fold(text)).split())
