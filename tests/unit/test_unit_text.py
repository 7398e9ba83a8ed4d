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


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        # Greek: capitals drop the tonos, a word's last sigma is ς in lower case only
        ("ΑΡΙΘΜΟΣ ΜΗΤΡΩΟΥ", "Αριθμός μητρώου"),
        ("ΕΠΩΝΥΜΙΑ", "Επωνυμία"),
        ("ΕΠΩΝΥΜΊΑ", "επωνυμία"),
        ("Τύπος", "τυποσ"),
        ("ΠΡΟΪΟΝΤΑ", "προιόντα"),  # dialytika
        ("ΐ", "ι"),  # dialytika and tonos
        # Cyrillic: case only; й and ё fold as и and е, on both sides alike
        ("НАИМЕНОВАНИЕ", "Наименование"),
        ("Брой служители", "БРОЙ СЛУЖИТЕЛИ"),
    ],
)
def test_greek_and_cyrillic_headers_fold_as_the_header_matcher_expects(typed: str,
                                                                         written: str) -> None:
    """resources/words/headers.toml lists "Αριθμός μητρώου" and "Наименование" as people type
    them; a header in capitals, without accents or with a final sigma written as σ meets it."""
    from consortium_planner.domain.text import fold_words
    from consortium_planner.importing.headers import normalise_header

    assert fold(typed) == fold(written)
    assert normalise_header(typed) == normalise_header(written) == fold_words(written)
    assert fold("ΑΡΙΘΜΟΣ") != fold("ΑΡΙΘΜΟ") and fold("Й") != fold("Ж")
