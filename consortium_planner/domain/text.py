"""Text folded for comparison: the one rule for "the same words, typed differently".

Case, accents and the letters that Unicode does not decompose (Ł, ø, đ, ħ, æ, œ) do not count,
so "lodz" meets "Łódź", "muller" meets "Müller" and "ÉCO" meets "éco". Every comparison of
names people type (organisations, countries, headers, acronyms, search) goes through `fold`.
"""

from __future__ import annotations

import re
import unicodedata

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


# Any script's letters count (a Greek or Bulgarian header is words too), not only a to z.
_NOT_LETTER_OR_DIGIT = re.compile(r"[\W_]+")


def fold_words(text: str) -> str:
    """`fold(text)` as plain words: whatever is not a letter or digit separates them, so
    "Non-Profit!" is "non profit". For looking up words and phrases in multilingual lists."""
    return " ".join(_NOT_LETTER_OR_DIGIT.sub(" ", fold(text)).split())
