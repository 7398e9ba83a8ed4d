"""Name keys computed again for legal names written in other letters than Latin ones.

`names.LEGAL_FORMS` now knows the Greek and Cyrillic spellings of legal forms ("Τεχνική Α.Ε."
and "Τεχνική ΑΕ" are "τεχνικη", "Техно ЕООД" and "Техно ООД" are "техно"), so the stored
`organisation.name_key` of such names is stale: the duplicate finder and the import's matching,
which compare it, would not see those pairs. Only the rows whose legal name holds a letter of
another script are read again and rewritten, where the key changes, through
`names.normalised_name` (the one rule); Latin names keep the keys they have. Each rewritten row
gets a new version, as any write does (on PostgreSQL the version trigger of 0010 would give it).

Plain SQLAlchemy statements: the same on a file and on a team workspace (PostgreSQL), where the
search index's triggers (0003 on SQLite, 0014 on PostgreSQL) follow the new keys.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05
"""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

_ORGANISATION = sa.table(
    "organisation", sa.column("id", sa.Integer), sa.column("legal_name", sa.Text),
    sa.column("name_key", sa.Text), sa.column("version", sa.Integer))


def has_other_letters(text: str) -> bool:
    """Whether `text` holds a letter that is not a Latin one (Greek, Cyrillic ...)."""
    return not text.isascii() and any(
        char.isalpha() and not unicodedata.name(char, "").startswith("LATIN") for char in text)


def upgrade() -> None:
    from consortium_planner.names import normalised_name  # the duplicate key

    connection = op.get_bind()
    table = _ORGANISATION
    changed = [
        {"row_id": organisation_id, "new_key": key}
        for organisation_id, legal_name, name_key in connection.execute(
            sa.select(table.c.id, table.c.legal_name, table.c.name_key).order_by(table.c.id))
        if legal_name and has_other_letters(legal_name)
        and (key := normalised_name(legal_name)) != name_key
    ]
    if changed:
        connection.execute(
            table.update().where(table.c.id == sa.bindparam("row_id"))
            .values(name_key=sa.bindparam("new_key"), version=table.c.version + 1),
            changed)


def downgrade() -> None:
    raise NotImplementedError("workspaces are never downgraded; restore the backup copy instead")
