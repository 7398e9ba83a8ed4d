"""What adding any row shares: insert it with its defaults, then set the given values through
the same update that an edit uses, so an add checks exactly what an edit checks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy.orm import Session

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
