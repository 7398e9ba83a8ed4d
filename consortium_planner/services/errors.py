"""The error a service raises when the user asked for something the data cannot take.

Its text is a `Message` (reference/messages): `str(error)` is the English sentence, which the
command line, the logs and JSON outputs print; the window words the same error in its language
with `worded(error, wording)`, which also words a `WorkspaceError` (its English template and
plain parameters, looked up in the same catalogue, errors.po).
"""

from __future__ import annotations

from typing import Any

from consortium_planner.domain.money import AmountError
from consortium_planner.reference.messages import Message, Sentences, gettext, verbatim
from consortium_planner.reference.wording import ENGLISH, Wording


class UserError(Exception):
    """A refused edit: the message is one plain sentence for the user, saying why and what to do.

    The UI shows it next to the action; the command line prints it. It is never a bug. Give it
    a `gettext(...)` Message to have it translated; a plain text is shown as it is.
    """

    def __init__(self, message: Message | Sentences | str) -> None:
        self.message: Message | Sentences = (
            verbatim(message) if isinstance(message, str) else message)
        super().__init__(self.message.render(ENGLISH))

    def worded(self, wording: Wording) -> str:
        """The message in `wording`'s language."""
        return self.message.render(wording)


def worded(error: BaseException, wording: Wording = ENGLISH) -> str:
    """An error as the user reads it in `wording`'s language: a `UserError`, a
    `WorkspaceError` or an `AmountError` (an amount typed in the window) translated, anything
    else as its English text."""
    from consortium_planner.workspace import WorkspaceError  # not at start: no SQLAlchemy

    if isinstance(error, UserError):
        return error.worded(wording)
    if isinstance(error, AmountError):
        return templated(error).render(wording)
    if isinstance(error, WorkspaceError):
        return workspace_message(error).render(wording)
    return str(error)


def workspace_message(error: Any) -> Message:
    """A `WorkspaceError` as a Message: "{path}: {reason}", the reason its template."""
    return gettext("{path}: {reason}", path=str(error.path), reason=templated(error))


def templated(error: Any) -> Message:
    """An error kept as an English template (a message id of errors.po) and plain parameters
    (a WorkspaceError's reason, domain.money.AmountError) as a Message; `Phrase` parameters
    are translated too."""
    from consortium_planner.workspace import Phrase

    params = tuple((name, _phrase(value) if isinstance(value, Phrase) else value)
                   for name, value in error.params.items())
    return Message(error.template, params) if params else _Plain(error.template)


def _phrase(value: str) -> Message:
    return _Plain(str(value))


class _Plain(Message):
    """A message without parameters: translated, never formatted (a runtime text may hold
    braces)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)

    def render(self, wording: Wording = ENGLISH) -> str:
        return wording.gettext(self.singular)
