"""region_categories: shipped lookups (2016 and 2021 codes) and parsing a user's table."""

from __future__ import annotations

import pytest

from consortium_planner.domain.vocab import RegionCategory as RC
from consortium_planner.reference import region_categories as rc


@pytest.mark.parametrize(
    ("code", "expected"),
    [("ITC4", RC.MORE_DEVELOPED), ("itf6", RC.LESS_DEVELOPED), ("BE22", RC.TRANSITION),
     ("ES70", RC.OUTERMOST), ("PT20", RC.OUTERMOST), ("FRY4", RC.OUTERMOST),
     ("HR03", RC.LESS_DEVELOPED), ("DEE0", RC.TRANSITION), ("ES52", RC.TRANSITION), ("ES30", RC.MORE_DEVELOPED)],
)
def test_shipped_category(code: str, expected: RC) -> None:
    info = rc.shipped_category(code)
    assert info is not None and info.category == expected
    assert info.source


def test_outermost_keeps_base_category() -> None:
    canarias = rc.shipped_category("ES70")
    assert canarias is not None and canarias.base_category == RC.TRANSITION
    assert "outermost" in canarias.source.lower()
    assert rc.shipped_category("FRY1").base_category == RC.LESS_DEVELOPED  # type: ignore[union-attr]


def test_outermost_count() -> None:
    table = rc.shipped_categories()
    assert len(table) == 71
    assert sorted(c for c, i in table.items() if i.category == RC.OUTERMOST) == [
        "ES70", "FRY1", "FRY2", "FRY3", "FRY4", "FRY5", "PT20", "PT30"]


@pytest.mark.parametrize("code", ["DE11", "PL91", "HR02", "HR05", "HR04", "XX99", ""])
def test_missing(code: str) -> None:
    """Not in the shipped table, or a 2021 code whose 2016 predecessor is missing."""
    assert rc.shipped_category(code) is None


def test_shipped_table_keys_are_nuts2016() -> None:
    from consortium_planner.reference.nuts import get_region

    for code in rc.shipped_categories():
        region = get_region(code)
        assert region is not None and region.in_2016, code


@pytest.mark.parametrize(
    ("word", "expected"),
    [("less developed", RC.LESS_DEVELOPED), ("Less-Developed", RC.LESS_DEVELOPED),
     ("LESS_DEVELOPED", RC.LESS_DEVELOPED), (" more  developed ", RC.MORE_DEVELOPED),
     ("Transition", RC.TRANSITION), ("transition region", RC.TRANSITION),
     ("OUTERMOST", RC.OUTERMOST), ("developed", None), ("", None)],
)
def test_parse_category_word(word: str, expected: RC | None) -> None:
    assert rc.parse_category_word(word) == expected


def test_parse_user_table_semicolon() -> None:
    text = (
        "\ufeffCode;Category;Source\n"
        "DE11;more-developed;Decision 2021/1130 annex\n"
        "HR02;LESS_DEVELOPED;\n"
        "bad;foo\n"
        "DE12;nonsense\n"
        "DE11;transition\n"
        "AB12;transition\n"
        "\n"
        ";transition\n"
    )
    table, problems = rc.parse_category_csv(text)
    assert table["DE11"] == rc.CategoryInfo(RC.MORE_DEVELOPED, "Decision 2021/1130 annex")
    assert table["HR02"] == rc.CategoryInfo(RC.LESS_DEVELOPED, "user table, row 3")
    assert table["AB12"].category == RC.TRANSITION
    assert set(table) == {"DE11", "HR02", "AB12"}
    assert [p.split(":")[0] for p in problems] == ["Row 4", "Row 5", "Row 6", "Row 7", "Row 9"]
    assert "kept as given" in problems[3]


def test_parse_shipped_file_round_trips() -> None:
    from consortium_planner.reference._data import reference_dir

    text = (reference_dir() / rc.SHIPPED_FILE).read_text(encoding="utf-8")
    table, problems = rc.parse_category_csv(text)
    assert problems == []
    assert len(table) == 71
    assert table["ITC4"].category == RC.MORE_DEVELOPED


def test_parse_tab_separated_with_default_source() -> None:
    table, problems = rc.parse_category_csv("nuts2\tcategory\nPL91\tmore developed\n",
                                            default_source="pl.csv")
    assert problems == []
    assert table == {"PL91": rc.CategoryInfo(RC.MORE_DEVELOPED, "pl.csv, row 2")}


@pytest.mark.parametrize("text", ["", "region;value\nDE11;x\n", "code\nDE11\n"])
def test_parse_bad_header_reports(text: str) -> None:
    table, problems = rc.parse_category_csv(text)
    assert table == {}
    assert len(problems) == 1
