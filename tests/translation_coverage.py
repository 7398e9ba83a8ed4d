"""What the translation tests share: the literals babel's extractor finds in a set of modules,
and the languages each must be translated into (every one but English)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from babel.messages.extract import extract

from consortium_planner.reference.languages import (
    CONTEXT_SEPARATOR,
    DEFAULT_LANGUAGE,
    LANGUAGES,
    catalogue,
)

PACKAGE = Path(__file__).resolve().parents[1] / "consortium_planner"
TRANSLATED = tuple(code for code in LANGUAGES if code != DEFAULT_LANGUAGE)
KEYWORDS = {"gettext": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}


def literals(paths: Iterable[Path]) -> dict[str, str]:
    """Each extracted message id (a plural's singular) -> 'file:line' where it was found."""
    found: dict[str, str] = {}
    for path in paths:
        with path.open("rb") as handle:
            for line, message, _comments, context in extract("python", handle,
                                                              keywords=KEYWORDS):
                key = message if isinstance(message, str) else message[0]
                if context:
                    key = f"{context}{CONTEXT_SEPARATOR}{key}"
                found.setdefault(key, f"{path.name}:{line}")
    return found


def untranslated(messages: Iterable[str]) -> list[str]:
    """'de: "Budget" (file:line)' for each message a language lacks."""
    wanted = list(messages)
    return [f"{language}: {message!r}" for language in TRANSLATED
            for message in wanted if not catalogue(language).has(message)]


def placeholders(text: str) -> set[str]:
    """The {named} fields of a format string."""
    from string import Formatter

    return {name for _, name, _, _ in Formatter().parse(text) if name is not None}
