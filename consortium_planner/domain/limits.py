"""What a workspace can hold: the limits that import, load and the editors check at the edge.

One home per limit, so a value the window accepts is one `load` and `import` accept too (and the
reverse). Amounts and person-months end at `money.MAX_AMOUNT`; the project JSON schema states
the same figures, and a test holds them equal.
"""

from __future__ import annotations

import re

# SQLite's integers end at 2**63 - 1; these end far below, at what a plan can mean.
MAX_INTEGER = 10**9  # staff headcounts and the numbers of participants, packages, tasks, ...
MAX_MONTHS = 120  # a project's duration, hence every month of its work plan
FOUNDED_YEARS = (1800, 2100)  # an organisation's founding year (CHECK of migration 0006)

# The longest text each organisation field holds, in characters: the editors, `import`, `load`
# (the project JSON schema states the same) and the partner workbooks all stop here, so what one
# accepts the others take back (a workspace's own dump always loads).
ORGANISATION_TEXT_LIMITS: dict[str, int] = {
    "legal_name": 300, "short_name": 100, "vat": 20, "address": 2000, "city": 120,
    "postcode": 20, "website": 300, "contact_name": 200, "email": 254, "phone": 50,
    "notes": 20000,
}

# A lone UTF-16 surrogate cannot be encoded as UTF-8, so SQLite refuses the whole statement; a
# NUL ends the text for SQLite's own functions (length, hence the CHECK constraints).
_UNSTORABLE = re.compile("[\\x00\\ud800-\\udfff]")


def unstorable_character(text: str) -> str | None:
    """'U+D800', naming the first character of `text` that a workspace cannot store, or None."""
    found = _UNSTORABLE.search(text)
    return None if found is None else f"U+{ord(found.group()):04X}"
