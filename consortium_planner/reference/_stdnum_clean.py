"""A shortcut for python-stdnum's `clean` on numbers that have nothing to clean.

Checking a VAT number with python-stdnum costs 8-20 µs, and about half of it is
`stdnum.util.clean`, which every module's `compact` calls (some twice): three passes, character by
character, that map Unicode look-alikes to ASCII and drop separators. A number already in
canonical form (ASCII letters and digits only, which is what an import checks 50,000 times) comes
out of those passes unchanged: stdnum's look-alike map holds no ASCII letter or digit, and the
shortcut is only taken when the characters to drop hold none either. `install` puts a `clean`
that returns such a number at once, and hands every other text to stdnum's own `clean`, in place
of stdnum's in the loaded stdnum modules. Verdicts stay stdnum's:
tests/reference/test_reference_stdnum_clean.py compares the two `clean`s and the VAT verdicts
with and without the shortcut.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import cache

Clean = Callable[..., str]


@cache
def _deletes_no_alphanumeric(deletechars: str) -> bool:
    return not any(char.isascii() and char.isalnum() for char in deletechars)


@cache
def stdnum_clean() -> Clean:
    """python-stdnum's own `clean` (stdnum.util must already be imported)."""
    return sys.modules["stdnum.util"].clean  # type: ignore[no-any-return]


def _make_fast_clean(original: Clean) -> Clean:
    def clean(number: str, deletechars: str = "") -> str:
        """stdnum.util.clean, returning an ASCII letters-and-digits number straight away."""
        if (type(number) is str and number.isascii() and number.isalnum()
                and type(deletechars) is str and _deletes_no_alphanumeric(deletechars)):
            return number
        return original(number, deletechars)

    clean.__wrapped__ = original  # type: ignore[attr-defined]
    return clean


@cache
def fast_clean() -> Clean:
    """The shortcut `clean` (one function, so `install` can tell where it is already in place)."""
    return _make_fast_clean(stdnum_clean())


def install() -> None:
    """Put the shortcut in place of stdnum's `clean` in every stdnum module imported so far.

    Modules bind `clean` with `from stdnum.util import clean`, so it is replaced in each module's
    namespace; call again after importing more stdnum modules (it skips those already done).
    `stdnum.util.clean` itself is left as it is.
    """
    original, fast = stdnum_clean(), fast_clean()
    for name, module in list(sys.modules.items()):
        if (name.startswith("stdnum.") and name != "stdnum.util"
                and getattr(module, "clean", None) is original):
            module.clean = fast  # type: ignore[attr-defined]
