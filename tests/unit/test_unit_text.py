"""One folding rule for names people type."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consortium_planner.domain.text import fold, fold_column, fold_fast


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


# Letters of the scripts a member list is written in, with the marks, ligatures, separators and
# punctuation that fold treats specially: random text over them, and over any character.
_MIXED_SCRIPTS = ("abcXYZ019 -.&_'\n\x00\u00a0„“–ŁłØøÆæŒœÞþÐđĦħıİßẞﬁĲ"
                  "ÄäÖöÜüÉéÈèÇçÑñÅåĄąĘęŚśŹźŻżČčŘřŮůŐőŰű\u0301\u0308"
                  "ΑΆαάΣσςΐΰΩώΊϊ Аа ЕёЙйЩщЪъЮюЯяЇїҐґ Ꭰꭰ ǅǆ ⅷ ①")
_mixed_text = st.one_of(st.text(alphabet=_MIXED_SCRIPTS, max_size=30), st.text(max_size=30))


@given(_mixed_text)
def test_fold_fast_is_fold(text: str) -> None:
    assert fold_fast(text) == fold(text)


@given(st.lists(st.one_of(_mixed_text, st.sampled_from(["Łódź", "ΑΘΗΝΑ", "София", "Lyon", ""])),
                max_size=12))
def test_fold_column_is_fold_of_each_text(texts: list[str]) -> None:
    # repeated values take the path that folds each distinct value once
    assert fold_column(texts) == [fold(text) for text in texts]
    assert fold_column(texts * 3) == [fold(text) for text in texts * 3]
