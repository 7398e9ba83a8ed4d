"""The two ways an import stops early, kept apart from the modules that raise them."""

from __future__ import annotations


class ImportFileError(Exception):
    """The file cannot be imported at all; `message` is plain language meant for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ImportCancelled(Exception):
    """The user pressed cancel while the file was being read or checked."""
