"""What a project costs: the participants' cost lines and their person-months per work
package (the effort matrix)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consortium_planner.domain.money import MAX_AMOUNT, round_half_up
from consortium_planner.domain.vocab import CostCategory
from consortium_planner.models import CostItem, Effort, Participant, WorkPackage
from consortium_planner.services.editing.coercion import (
    as_enum,
    as_money,
    as_quantity,
    as_text,
)
from consortium_planner.services.editing.rows import added
from consortium_planner.services.editing.work_plan import work_package_in
from consortium_planner.reference.messages import Number, gettext
from consortium_planner.services.errors import UserError


def update_cost_item(session: Session, row: CostItem, values: dict[str, Any]) -> None:
    project = row.participant.project
    for name, value in values.items():
        if name == "category":
            row.category = as_enum(CostCategory, value, "cost category")
        elif name == "work_package_id":
            row.work_package_id = work_package_in(session, project, value)
        elif name == "description":
            row.description = as_text(value, "description", 2000)
        elif name == "quantity":
            row.quantity = as_quantity(value, "quantity", optional=True)
        elif name == "unit_cost":
            row.unit_cost = as_money(value, "unit cost", optional=True)
        elif name == "amount":
            row.amount = as_money(value, "amount")
        else:
            raise ValueError(f"unknown cost line field {name!r}")
    _settle_amount(row, amount_given="amount" in values)


def create_cost_item(session: Session, participant: Participant,
                     values: dict[str, Any]) -> CostItem:
    """A cost line of a participant; give `category` and either `amount` or quantity and unit
    cost."""
    row = CostItem(
        participant_id=participant.id,
        category=as_enum(CostCategory, values.get("category", CostCategory.C1), "cost category"),
        amount=Decimal(0),
    )
    return added(session, row, update_cost_item, values)


def _settle_amount(row: CostItem, *, amount_given: bool) -> None:
    """Quantity x unit cost produce the amount; an amount typed over them must agree."""
    if row.quantity is not None and row.unit_cost is not None:
        product = row.quantity * row.unit_cost
        if product >= MAX_AMOUNT:
            raise UserError(gettext("Quantity x unit cost ({product}) is too large for an amount.",
                                    product=f"{product:,}"))
        computed = round_half_up(product)
        if amount_given and row.amount != computed:
            raise UserError(
                gettext("This line's amount is quantity x unit cost ({computed}); change those, "
                        "or clear them to type an amount.", computed=Number(computed))
            )
        row.amount = computed
    if row.amount is None or row.amount < 0:
        raise UserError(gettext("The amount must be zero or more."))


def effort_values(
    session: Session, cells: Iterable[tuple[int, int]]
) -> dict[tuple[int, int], Decimal]:
    """Person-months per (participant id, work package id); zero where nothing is entered."""
    wanted = list(cells)
    participant_ids = {p for p, _ in wanted}
    stored = {
        (e.participant_id, e.work_package_id): e.person_months
        for e in session.scalars(select(Effort).where(Effort.participant_id.in_(participant_ids)))
    }
    return {cell: stored.get(cell, Decimal("0.00")) for cell in wanted}


def set_efforts(
    session: Session, cells: Iterable[tuple[Participant, WorkPackage, Decimal | str | None]]
) -> None:
    """Person-months per (participant, work package); zero or empty clears the cell."""
    for participant, work_package, value in cells:
        if participant.project_id != work_package.project_id:
            raise ValueError("participant and work package of different projects")
        months = as_quantity(value if value is not None else "0", "person-months")
        existing = session.get(Effort, (participant.id, work_package.id))
        if not months:
            if existing is not None:
                session.delete(existing)
        elif existing is None:
            session.add(Effort(participant_id=participant.id, work_package_id=work_package.id,
                               person_months=months))
        else:
            existing.person_months = months
