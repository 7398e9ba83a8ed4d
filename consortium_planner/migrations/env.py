"""Alembic environment: runs on the connection the workspace module hands over."""

from __future__ import annotations

from alembic import context

from consortium_planner.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run through consortium_planner.workspace, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
