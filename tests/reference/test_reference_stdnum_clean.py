"""The shortcut for python-stdnum's `clean` (reference/_stdnum_clean.py) changes no verdict."""

from __future__ import annotations

import string
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consortium_planner.reference import _stdnum_clean
from consortium_planner.reference import countries as c

CHECKED = sorted(country.code for country in c.all_countries() if c.has_vat_check(country.code))
for _code in CHECKED:  # import every VAT module (and what they import) before the tests look
    c.check_vat(_code, "0")


def _char_map_keys() -> list[str]:
    from stdnum.util import _char_map

    return sorted(_char_map)


# Text as people type numbers: ASCII, stdnum's Unicode look-alikes (dashes, odd spaces, fullwidth
# digits), other letters and digits outside ASCII, control characters.
CHARACTERS = st.sampled_from(
    list(string.printable) + _char_map_keys() + list("ÄéßŁ٣０１ＡＢ\u00a0\u200b\x00")
)
NUMBERS = st.text(CHARACTERS, max_size=24)
DELETECHARS = st.one_of(st.sampled_from(["", " ", " -", " -./,", " -./:", " -.,/:", " ./-'"]),
                        st.text(CHARACTERS, max_size=6))


@pytest.fixture
def stdnum_clean_restored(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every stdnum module back on stdnum's own `clean` for this test."""
    fast, original = _stdnum_clean.fast_clean(), _stdnum_clean.stdnum_clean()
    for name, module in list(sys.modules.items()):
        if name.startswith("stdnum.") and getattr(module, "clean", None) is fast:
            monkeypatch.setattr(module, "clean", original)


def test_the_vat_modules_use_the_shortcut() -> None:
    modules = [name for name in sys.modules if name.startswith("stdnum.")]
    assert "stdnum.de.vat" in modules and "stdnum.nl.bsn" in modules
    uses = {name: sys.modules[name].clean for name in modules
            if hasattr(sys.modules[name], "clean") and name != "stdnum.util"}
    assert uses and all(clean is _stdnum_clean.fast_clean() for clean in uses.values()), uses


def test_no_ascii_letter_or_digit_is_a_look_alike() -> None:
    """What the shortcut rests on: stdnum maps no ASCII letter or digit to something else."""
    assert not [key for key in _char_map_keys() if key.isascii() and key.isalnum()]


@settings(max_examples=3000, deadline=None)
@given(number=NUMBERS, deletechars=DELETECHARS)
def test_the_shortcut_cleans_as_stdnum_does(number: str, deletechars: str) -> None:
    assert _stdnum_clean.fast_clean()(number, deletechars) == _stdnum_clean.stdnum_clean()(
        number, deletechars)


@pytest.mark.parametrize("number", ["DE136695976", "abc123", "", "٣٣", "１２３", "12 3"])
@pytest.mark.parametrize("deletechars", ["", " -./,", "1", "a", "é"])
def test_the_shortcut_cleans_as_stdnum_does_at_the_edges(number: str, deletechars: str) -> None:
    assert _stdnum_clean.fast_clean()(number, deletechars) == _stdnum_clean.stdnum_clean()(
        number, deletechars)


def _real_looking() -> st.SearchStrategy[tuple[str, str]]:
    """A country and a number of its shape (its prefix or none, the usual length, digits with now
    and then a letter or separator), so that check digits both pass and fail."""
    def build(code: str, digits: str, prefixed: bool, extra: str) -> tuple[str, str]:
        prefix = c.get_country(code).vat_prefix if prefixed else ""  # type: ignore[union-attr]
        return code, prefix + digits + extra
    return st.builds(
        build, st.sampled_from(CHECKED), st.text(string.digits, min_size=7, max_size=14),
        st.booleans(), st.sampled_from(["", "", "", "B01", "MVA", "X", " ", "-"]),
    )


def _verdicts(cases: list[tuple[str, str]]) -> list[c.VatCheck]:
    checkers = {code: c.canonical_vat_checker(code) for code, _ in cases}
    return [c.check_vat(code, vat) for code, vat in cases] + [
        verdict for code, vat in cases
        if (verdict := checkers[code](vat)) is not None]  # type: ignore[misc]


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cases=st.lists(st.one_of(_real_looking(), st.tuples(st.sampled_from(CHECKED), NUMBERS)),
                      min_size=1, max_size=20))
def test_vat_verdicts_are_stdnums(
    cases: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = _verdicts(cases)
    with monkeypatch.context() as patch:
        for name, module in list(sys.modules.items()):
            if name.startswith("stdnum.") and getattr(module, "clean", None) is (
                    _stdnum_clean.fast_clean()):
                patch.setattr(module, "clean", _stdnum_clean.stdnum_clean())
        assert _verdicts(cases) == fast


@pytest.mark.usefixtures("stdnum_clean_restored")
def test_stdnums_own_clean_gives_the_known_verdicts() -> None:
    """The comparison above really runs stdnum's own `clean` when it is restored."""
    import stdnum.de.vat

    assert stdnum.de.vat.clean is _stdnum_clean.stdnum_clean()
    assert c.check_vat("DE", "DE136695976") is c.VatCheck.VALID
    assert c.check_vat("DE", "DE136695977") is c.VatCheck.BAD_CHECK_DIGIT
