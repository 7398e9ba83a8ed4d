"""What the kinds of rows share: adding one (insert it with its defaults, then set the given
values through the same update an edit uses, so an add checks exactly what an edit checks), and
reading a link to another row of the same project."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from consortium_planner.services.editing.coercion import as_integer
from consortium_planner.reference.messages import Message
from consortium_planner.services.errors import UserError

Row = TypeVar("Row")


def added(
    session: Session, row: Row, update: Callable[[Session, Row, dict[str, Any]], None],
    values: dict[str, Any],
) -> Row:
    """Flush the new row (so its relationships load), then set `values` on it."""
    session.add(row)
    session.flush()
    update(session, row, values)
    return row


def id_in_project(
    session: Session, model: Any, project: Any, value: Any, what: str,
    refusal: Message
) -> int | None:
    """The id of a row of `model` that must belong to `project` (None for an empty value)."""
    if value is None or value == "":
        return None
    row = session.get(model, as_integer(value, what))
    if row is None or row.project_id != project.id:
        raise UserError(refusal)
    return row.id
