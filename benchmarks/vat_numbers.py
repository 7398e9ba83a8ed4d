"""VAT numbers for the benchmarks' generated lists: random, with check digits that pass.

The import checks VAT numbers with python-stdnum; random digits fail the check and turn nearly
every generated row into a warning, which no real member list does and which the benchmark would
then time instead of the import.
"""

from __future__ import annotations

import random

from stdnum import luhn

from consortium_planner.reference.countries import vat_is_valid


def valid_vat(rng: random.Random, prefix: str, digits: int) -> str:
    """A random VAT number whose check digits pass the import's check (python-stdnum's, by the
    country its prefix names).
    `prefix` as written before the digits (ATU, ESB, BE0), `digits` the count after it; a
    ValueError when that shape never passes (a wrong count of digits)."""
    for _ in range(10_000):
        if prefix == "FR":  # the key (2 digits) is computed from the SIREN, itself a Luhn number
            body = str(rng.randrange(10**7, 10**8))
            siren = body + luhn.calc_check_digit(body)
            number = f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"
            if vat_is_valid(prefix[:2], number):
                return number
            continue
        body = str(rng.randrange(10 ** (digits - 2), 10 ** (digits - 1)))
        suffix = "B01" if prefix == "NL" else ""
        # The last digit is the check digit, or ends the check digits (GB, BE): a body that no
        # last digit completes is drawn again.
        for check in "0123456789":
            number = f"{prefix}{body}{check}{suffix}"
            if vat_is_valid(prefix[:2], number):
                return number
    raise ValueError(f"no valid VAT number of the shape {prefix} + {digits} digits")
