"""The window's language: one home for which language the window speaks right now.

Qt's translators (tr(), .qm files) cover the window's own texts; texts made below the window
(check messages, vocabulary labels, ...) are translated with the gettext catalogue of the same
language, `texts()`. Number, money, date and percentage formats follow it too (ui/formatting).
"""

from __future__ import annotations

from consortium_planner.reference.languages import (
    DEFAULT_LANGUAGE,
    Catalogue,
    catalogue,
    language_code,
)
from consortium_planner.reference.wording import Wording, wording

_current = DEFAULT_LANGUAGE


def window_language() -> str:
    """The code of the language the window speaks (en, fr, de, es, it, pl)."""
    return _current


def set_window_language(language: str) -> str:
    """Make `language` (a code or a name) the window's; returns its code. Callers that install
    Qt translators or reformat numbers do so after calling this."""
    global _current
    _current = language_code(language)
    return _current


def texts() -> Catalogue:
    """The gettext catalogue of the window's language, for texts made below the window."""
    return catalogue(_current)


def window_wording() -> Wording:
    """How messages made below the window (reference/messages) are worded in its language."""
    return wording(_current)
