"""The shape of an e-mail address: the one rule the editor refuses by and an import warns by.

A local part without spaces, brackets or separators; a domain of letter-or-digit labels (any
script, inner hyphens) ending in a top-level domain of two letters or more. "info@acme.eu" and
"anna@politechnika.łódź.pl" pass; "info@acme", "a b@acme.eu" and "info@acme.e" do not.
"""

from __future__ import annotations

import re

_EMAIL_ADDRESS = re.compile(r"[^@\s<>()\[\],;:\"]+@(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}")


def is_email_address(text: str) -> bool:
    return _EMAIL_ADDRESS.fullmatch(text) is not None
