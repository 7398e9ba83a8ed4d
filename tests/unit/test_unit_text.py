"""One folding rule for names people type."""

from __future__ import annotations

import pytest

from consortium_planner.domain.text import fold


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("lodz", "Łódź"),
        ("muller", "Müller"),
        ("strasse", "Straße"),
        ("eco", "ÉCO"),
        ("orsted", "Ørsted"),
        ("aero", "Ærø"),
        ("zagreb", "ZAGREB"),
        ("αθηνα", "Αθήνα"),
        ("софия", "СОФИЯ"),
        ("fi", "ﬁ"),
    ],
)
def test_typed_text_meets_stored_text(typed: str, stored: str) -> None:
    assert fold(typed) == fold(stored)


def test_different_words_stay_different() -> None:
    assert fold("Łódź") != fold("Lodi")
    assert fold("Müller") != fold("Muler")
