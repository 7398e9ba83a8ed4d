"""Numbers unique within a parent (P1, WP2, task 2.3, D2.1, MS4): the next free one, a typed one
checked against the others, and renumbering without gaps."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from consortium_planner.services.editing.coercion import as_integer
from consortium_planner.reference.messages import Label, gettext
from consortium_planner.services.errors import UserError

SortKey = Callable[[Any], tuple[Any, ...]]


def next_number(session: Session, model: Any, parent_column: Any, parent_id: int) -> int:
    highest = session.scalar(select(func.max(model.number)).where(parent_column == parent_id))
    return (highest or 0) + 1


def new_numbered(
    session: Session, model: Any, parent_column: str, parent_id: int, **defaults: Any
) -> Any:
    """A new row of `model` under its parent, with the next number there."""
    number = next_number(session, model, getattr(model, parent_column), parent_id)
    return model(**{parent_column: parent_id}, number=number, **defaults)


def free_number(
    session: Session, row: Any, value: Any, parent_column: str, what: str,
    parent_id: int | None = None,
) -> int:
    """A typed number for `row`, refused when another row of its parent (or of `parent_id`, the
    parent it moves to) already has it."""
    number = as_integer(value, f"{what} number", minimum=1)
    assert number is not None
    model = type(row)
    parent = parent_id if parent_id is not None else getattr(row, parent_column)
    clash = session.scalar(
        select(model.id).where(getattr(model, parent_column) == parent, model.number == number,
                               model.id != row.id)
    )
    if clash is not None:
        raise UserError(gettext("There is already a {what} number {number}; choose a free "
                                "number.", what=Label(what), number=number))
    return number


def set_numbers(session: Session, model: Any, numbers: Mapping[int, Any], what: str) -> None:
    """Give rows new numbers at once (a swap included): two passes dodge the unique keys."""
    table = model.__table__
    wanted = {row_id: as_integer(number, "number", minimum=1)
              for row_id, number in numbers.items()}
    offset = 1 + (session.scalar(select(func.max(table.c.number))) or 0)
    for row_id in wanted:
        session.execute(
            update(table).where(table.c.id == row_id).values(number=table.c.number + offset)
        )
    for row_id, number in wanted.items():
        try:
            with session.begin_nested():
                session.execute(update(table).where(table.c.id == row_id).values(number=number))
        except IntegrityError:
            raise UserError(gettext(
                "There is already a {what} number {number}; choose a free number.",
                what=Label(what), number=number)) from None
    session.expire_all()


def gapless_numbers(groups: list[list[Any]], order: SortKey) -> dict[int, int]:
    """Numbers 1, 2, 3 ... within each group of rows in `order`; only the rows that change."""
    return {
        row.id: position
        for group in groups
        for position, row in enumerate(sorted(group, key=order), start=1)
        if row.number != position
    }
