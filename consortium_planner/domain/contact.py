"""The shape of an e-mail address (the one rule the editor refuses by and an import warns by)
and of a website's host.

A local part without spaces, brackets or separators; a domain of letter-or-digit labels (any
script, inner hyphens) ending in a top-level domain of two letters or more. "info@acme.eu" and
"anna@politechnika.łódź.pl" pass; "info@acme", "a b@acme.eu" and "info@acme.e" do not.
"""

from __future__ import annotations

import re

# A domain name: labels of letters and digits (inner hyphens), a top-level domain of letters.
_DOMAIN = r"(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}"
_EMAIL_ADDRESS = re.compile(rf"[^@\s<>()\[\],;:\"]+@{_DOMAIN}")
_WEB_HOST = re.compile(rf"{_DOMAIN}(?::\d+)?")


def is_email_address(text: str) -> bool:
    return _EMAIL_ADDRESS.fullmatch(text) is not None


def is_web_host(text: str) -> bool:
    """A website's host, with or without a port: "acme.eu", "www.acme.eu:8080"."""
    return _WEB_HOST.fullmatch(text) is not None
