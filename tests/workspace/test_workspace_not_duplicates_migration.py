"""Migration 0005: a workspace of an earlier release (schema 0002) opens with an empty table
of "not duplicates" pairs, its organisations untouched, and the pairs go with an organisation."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from consortium_planner.models import NotDuplicate, Organisation
from consortium_planner.workspace import Workspace
from tests.workspace.older_files import workspace_file_at


def _file_at_0002(path: Path) -> None:
    engine = workspace_file_at(path, "0002")
    with engine.begin() as connection:
        for name in ("Alte Firma GmbH", "ALTE FIRMA AG"):
            connection.exec_driver_sql(
                "INSERT INTO organisation (legal_name, name_key, short_name, org_type, country,"
                " nuts2, address, city, postcode, website, contact_name, email, phone, clusters,"
                " notes, created_at, updated_at) VALUES (?, 'alte firma', '', 'sme', 'DE', '',"
                " '', '', '', '', '', '', '', '', '', '2026-01-01', '2026-01-01')", (name,))
    engine.dispose()


def test_a_workspace_of_the_previous_release_gets_the_table(tmp_path: Path) -> None:
    from consortium_planner.services.duplicates import find_duplicates, mark_not_duplicates

    path = tmp_path / "old.cpw"
    _file_at_0002(path)
    with Workspace.open(path) as workspace:
        assert workspace.backup_made is not None
        with workspace.sessions() as session:
            assert [group.ids for group in find_duplicates(session)] == [(1, 2)]
        assert mark_not_duplicates(workspace, [2, 1]) == ((1, 2),)
        with workspace.sessions() as session:
            assert [group.ids for group in find_duplicates(session)] == []
        with pytest.raises(IntegrityError), workspace.transaction() as session:
            session.add(NotDuplicate(first_id=2, second_id=1))  # lower id first, once
        with workspace.transaction() as session:
            session.execute(delete(Organisation).where(Organisation.id == 2))
        with workspace.sessions() as session:
            assert session.scalars(select(NotDuplicate)).all() == []  # gone with it
