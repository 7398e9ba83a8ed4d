"""The error a service raises when the user asked for something the data cannot take."""

from __future__ import annotations


class UserError(Exception):
    """A refused edit: the message is one plain sentence for the user, saying why and what to do.

    The UI shows it next to the action; the command line prints it. It is never a bug.
    """
