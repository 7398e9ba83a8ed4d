"""What an edit touched, so each view reloads only when it must (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

_NOT_FLAGS = ("project_id", "created_ids", "versions", "values")


@dataclass(frozen=True)
class Changes:
    """What an edit touched.

    `project_id` is the project concerned (None: the directory, or every project);
    `created_ids` are the ids of the rows an add created, in the order it created them;
    `versions` are (table, row, version) of the rows the edit wrote, as it left them (an
    effort cell's row is (participant id, work package id), its version 0 when it was cleared):
    what its undo expects to find (services/editing/conflicts.py);
    `values` are (table, row, ((field, value), ...)) of the fields the edit set, as it left them
    (an effort cell's field is "person_months"): what its undo expects to find in them.
    """

    directory: bool = False
    projects: bool = False  # the list of projects (created, deleted, renamed)
    project: bool = False  # a project's own fields (title, profile, duration ...)
    participants: bool = False
    work_plan: bool = False
    effort: bool = False
    budget: bool = False
    project_id: int | None = None
    created_ids: tuple[int, ...] = ()
    versions: tuple[tuple[str, Any, int], ...] = ()
    values: tuple[tuple[str, Any, tuple[tuple[str, Any], ...]], ...] = ()

    @property
    def created_id(self) -> int | None:
        """The row an add created (the last one, when it created several)."""
        return self.created_ids[-1] if self.created_ids else None

    def __or__(self, other: Changes) -> Changes:
        flags = {
            f.name: getattr(self, f.name) or getattr(other, f.name)
            for f in fields(self)
            if f.name not in _NOT_FLAGS
        }
        if not self:
            project_id = other.project_id
        elif not other:
            project_id = self.project_id
        else:
            project_id = self.project_id if self.project_id == other.project_id else None
        return Changes(**flags, project_id=project_id,
                       created_ids=self.created_ids + other.created_ids,
                       versions=self.versions + other.versions,
                       values=self.values + other.values)

    def versions_of(self, table: str) -> dict[Any, int]:
        """The versions this edit left on `table`'s rows, by row (the latest write wins)."""
        return {row: version for name, row, version in self.versions if name == table}

    def __bool__(self) -> bool:
        """Whether any view has something to reload."""
        return any(getattr(self, f.name) for f in fields(self) if f.name not in _NOT_FLAGS)

    def concerns(self, project_id: int | None) -> bool:
        """Whether a view of `project_id` may show something this edit changed."""
        return self.project_id is None or project_id is None or self.project_id == project_id
