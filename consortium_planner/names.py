"""Normalised organisation names: the third key (after PIC and VAT) for spotting duplicates."""

from __future__ import annotations

import re
import unicodedata

# Legal forms dropped from the end or start of a name, compared after normalisation.
LEGAL_FORMS = frozenset(
    """
    gmbh ag kg ohg ug ev ggmbh mbh se sa sas sasu sarl sarlu eurl sca scs snc srl spa sapa scarl
    sl slu sll sc scoop bv nv vof cv ltd limited plc llp lp inc corp co company oy oyj ab aps as
    asa sp zoo spzoo spk sk ska spj spa doo dd dno sro as kft zrt nyrt bt ood ead ad eood ou
    uab ab ltda lda sgps ike ae epe oe
    """.split()
)
_MULTIWORD_FORMS = (
    "sp z o o",
    "s r l",
    "s p a",
    "s a",
    "b v",
    "n v",
    "e v",
    "d o o",
    "s r o",
    "s l",
    "s a s",
    "co kg",
    "gmbh co kg",
)


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalised_name(legal_name: str) -> str:
    """'Fraunhofer-Gesellschaft e.V.' and 'FRAUNHOFER GESELLSCHAFT' give the same key."""
    text = strip_accents(legal_name).casefold().replace("&", " and ")
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"[\s_]+", " ", text).strip()
    for form in sorted(_MULTIWORD_FORMS, key=len, reverse=True):
        if text.endswith(" " + form):
            text = text[: -len(form) - 1]
            break
    words = text.split()
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words.pop()
    return " ".join(words)
