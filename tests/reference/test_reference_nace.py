"""NACE Rev. 2: the bundled classification is whole, and codes are read as people write them."""

from __future__ import annotations

import pytest

from consortium_planner.reference.languages import LANGUAGES
from consortium_planner.reference.nace import (
    NaceError,
    all_items,
    get_item,
    nace_label,
    parse_nace,
    parse_nace_list,
    section_of,
)


def test_the_classification_has_its_four_levels() -> None:
    items = all_items()
    counts = {level: sum(1 for item in items if item.level == level) for level in (1, 2, 3, 4)}
    assert counts == {1: 21, 2: 88, 3: 272, 4: 615}  # Eurostat's published counts
    codes = {item.code for item in items}
    assert all(item.parent in codes for item in items if item.level > 1)
    assert get_item("25.62").title == "Machining"
    assert get_item("C").title == "Manufacturing"
    assert get_item("25.62").parent == "25.6"
    assert section_of("25.62") == "C"


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_item_has_a_title_in_every_language(language: str) -> None:
    items = all_items()
    untitled = [item.code for item in items if language != "en"
                and (item.title_in(language) == item.title or not item.title_in(language))
                and item.code not in _SAME_IN_ENGLISH.get(language, ())]
    assert untitled == []
    assert all(item.title_in(language).strip() for item in items)


# Eurostat's title that is the English word too (the count keeps a lost column from passing).
_SAME_IN_ENGLISH = {"fr": {"03.2", "F"}}  # "Aquaculture", "Construction"


def test_titles_are_eurostats_in_each_language() -> None:
    assert nace_label("25.62", "fr") == "25.62 Usinage"
    assert nace_label("25.62", "de") == "25.62 Mechanik a. n. g."
    assert nace_label("C", "pl") == "C Przetwórstwo przemysłowe"
    assert nace_label("C", "de") == "C Verarbeitendes Gewerbe/Herstellung von Waren"
    assert nace_label("62", "it") == "62 Programmazione, consulenza informatica e attività connesse"
    assert nace_label("25.62") == "25.62 Machining"
    assert nace_label("99.99", "de") == "99.99"  # not a code: shown as stored
    assert get_item("25.62").title_in("tlh") == "Machining"


@pytest.mark.parametrize(("text", "code"), [
    ("C25.6", "25.6"), ("25.62", "25.62"), ("2562", "25.62"), ("C 25.6.2", "25.62"),
    ("25", "25"), ("C", "C"), ("c25", "25"), (" 256 ", "25.6"), ("NACE C25.62", "25.62"),
    ("0111", "01.11"), ("111", "01.11"), ("1.11", "01.11"), ("1", "01"), ("62.01", "62.01"),
    ("J62.01", "62.01"), ("72.1", "72.1"),
])
def test_codes_as_people_write_them(text: str, code: str) -> None:
    assert parse_nace(text) == code


@pytest.mark.parametrize(("text", "words"), [
    ("25.63", "not a code of NACE Rev. 2"),
    ("A25.62", "belongs to section C, not A"),
    ("Z", "no section Z"),
    ("25.62.1", "more digits than a NACE Rev. 2 class"),
    ("machining", "is not a NACE Rev. 2 code"),
    ("", "is not a NACE Rev. 2 code"),
    ("25-62", "is not a NACE Rev. 2 code"),
])
def test_unknown_codes_are_refused_with_a_reason(text: str, words: str) -> None:
    with pytest.raises(NaceError, match=words):
        parse_nace(text)


def test_a_cell_of_several_codes() -> None:
    assert parse_nace_list("C25.6; 25.62, 2562\n72.1") == (["25.6", "25.62", "72.1"], [])
    assert parse_nace_list("25.62 28.41") == (["25.62", "28.41"], [])
    codes, problems = parse_nace_list("25.62; 99.99")
    assert codes == ["25.62"]
    assert len(problems) == 1 and "99.99" in problems[0]
