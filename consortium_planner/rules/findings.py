"""What a check reports: a `Finding`, and the wording helpers every check shares.

Messages are plain sentences a project officer reads without the code: they name participants
by number and short name ("participant 3 (Acme)"), work packages by code ("WP2") and say what to
do. A value from the call profile that its source marks as uncertain gets "check against the
call document" so nobody mistakes a call summary for the call itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

from consortium_planner.reference.wording import ENGLISH, Wording
from consortium_planner.reference.messages import Message, Sentences

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


@dataclass(frozen=True)
class Finding:
    """One problem (or fact) about a project; `rule` is a stable id the CLI and tests rely on."""

    severity: Severity
    rule: str
    message: str
    fix: str
    participants: tuple[int, ...] = ()
    work_packages: tuple[int, ...] = ()
    # The message and fix as message ids with parameters (reference/messages.py), when the check
    # wrote them so: `worded` renders them in another language.
    text: Message | Sentences | None = field(default=None, compare=False, repr=False)
    fix_text: Message | Sentences | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")

    def worded(self, wording: Wording) -> Finding:
        """This finding with its message and fix in `wording`'s language."""
        return replace(
            self,
            message=self.text.render(wording) if self.text else self.message,
            fix=self.fix_text.render(wording) if self.fix_text else wording.gettext(self.fix),
        )


def finding(
    severity: Severity, rule: str, message: Message | Sentences, fix: Message | Sentences,
    participants: tuple[int, ...] = (), work_packages: tuple[int, ...] = (),
) -> Finding:
    """A Finding written in English that can be worded in any language."""
    return Finding(severity, rule, message.render(ENGLISH), fix.render(ENGLISH), participants,
                   work_packages, message, fix)


def takes_an(phrase: str) -> bool:
    """Whether English writes 'an' before the phrase ('an outermost region')."""
    return phrase[:1].lower() in "aeiou"


def with_article(phrase: str) -> str:
    """'a transition region', 'an outermost region'."""
    return ("an " if takes_an(phrase) else "a ") + phrase


def sentence(text: str) -> str:
    """The text with its first letter in upper case (str.capitalize would lower the rest)."""
    return text[:1].upper() + text[1:]


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """'1 country', '2 countries'."""
    word = singular if count == 1 else (plural_form or singular + "s")
    return f"{count} {word}"
