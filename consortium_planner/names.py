"""Normalised organisation names: the third key (after PIC and VAT) for spotting duplicates.

One function serves the directory's stored `name_key`, project JSON load and the spreadsheet
import, so an organisation typed differently in each still meets itself.
"""

from __future__ import annotations

import re
import unicodedata

# Legal-form words and abbreviations, folded and without punctuation, as they end names.
LEGAL_FORMS: tuple[str, ...] = (
    "gmbh", "mbh", "ag", "kg", "ohg", "ug", "gbr", "e v", "ev", "eg", "se", "kgaa", "gmbh co kg",
    "co kg", "haftungsbeschrankt", "ggmbh",
    "sa", "s a", "sas", "s a s", "sarl", "s a r l", "sarlu", "sasu", "eurl", "sca", "scs", "scop",
    "sci", "snc", "srl", "s r l", "spa", "s p a", "sapa", "scarl", "s c a r l", "onlus", "scrl",
    "sc", "sl", "s l", "slu", "s l u", "sau", "s a u", "sll", "scoop", "s coop",
    "sp z o o", "sp zoo", "spzoo", "zoo", "sp j", "spj", "sp k", "spk", "s k a", "ska",
    "spolka z ograniczona odpowiedzialnoscia", "spolka akcyjna", "spolka komandytowa",
    "spolka jawna",
    "lda", "l da", "unipessoal lda", "unipessoal", "sgps",
    "bv", "b v", "nv", "n v", "vof", "cv", "vzw", "asbl", "aisbl", "ivzw", "bvba", "cvba",
    "ltd", "limited", "plc", "llp", "llc", "inc", "corp", "corporation", "co", "company", "lp",
    "cic", "cio",
    "oy", "oyj", "ab", "aps", "a s", "as", "asa", "kft", "zrt", "nyrt", "bt", "doo", "d o o",
    "dno", "dd", "d d", "ad", "ead", "ood", "eood", "sro", "s r o", "ou", "uab", "sia", "ae",
    "ike", "epe", "oe", "ee", "sae", "ltda", "ehf", "hf", "og", "kf",
)
_LEGAL_FORMS_BY_LAST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _form in sorted({tuple(form.split()) for form in LEGAL_FORMS}, key=len, reverse=True):
    _LEGAL_FORMS_BY_LAST[_form[-1]] = (*_LEGAL_FORMS_BY_LAST.get(_form[-1], ()), _form)
del _form
# "and" in the languages the app reads, dropped where it ends a name ("Acme GmbH &" after
# "Co. KG" went); inside a name only the unambiguous ones, so "A & B", "A and B" and "A und B"
# are one name.
_CONNECTORS = frozenset({"&", "and", "und", "et", "y", "e", "i", "en"})
_INNER_CONNECTORS = frozenset({"&", "and", "und", "et"})
_NOT_WORD = re.compile(r"[^\w&]+|_")
_LETTER_FOLDS = str.maketrans({"ł": "l", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d"})


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalised_name(legal_name: str) -> str:
    """A legal name folded for matching: case, accents, punctuation, "and" and the legal form
    do not count.

    "ACME GmbH & Co. KG", "Acme" and "acme gmbh" all give "acme"; "Fraunhofer-Gesellschaft e.V."
    and "FRAUNHOFER GESELLSCHAFT" give "fraunhofer gesellschaft". A name that is nothing but a
    legal form ("GmbH") keeps it, so it still has a key.
    """
    text = legal_name.casefold()
    if not text.isascii():
        text = strip_accents(text.translate(_LETTER_FOLDS))
    tokens = _NOT_WORD.sub(" ", text.replace("&", " & ")).split()
    while len(tokens) > 1:
        if tokens[-1] in _CONNECTORS:
            tokens.pop()
            continue
        for form in _LEGAL_FORMS_BY_LAST.get(tokens[-1], ()):
            size = len(form)
            if len(tokens) > size and tuple(tokens[-size:]) == form:
                del tokens[-size:]
                break
        else:
            break
    if len(tokens) > 2:
        tokens = [tokens[0], *(t for t in tokens[1:-1] if t not in _INNER_CONNECTORS), tokens[-1]]
    return " ".join(tokens)
