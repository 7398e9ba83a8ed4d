"""Migration 0006: a workspace of the previous release (schema 0005) opens with an empty EU
project history, its organisations untouched, and the history goes with its organisation."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from consortium_planner.domain.vocab import EuRole
from consortium_planner.models import EuParticipation, Organisation
from consortium_planner.workspace import Workspace
from tests.workspace.older_files import workspace_file_at


def _file_at_0005(path: Path) -> None:
    engine = workspace_file_at(path, "0005")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO organisation (legal_name, name_key, short_name, org_type, country,"
            " nuts2, address, city, postcode, website, contact_name, email, phone, clusters,"
            " notes, created_at, updated_at) VALUES ('Alte Firma GmbH', 'alte firma', '', 'sme',"
            " 'DE', '', '', '', '', '', '', '', '', '', '', '2026-01-01', '2026-01-01')")
    engine.dispose()


def test_a_workspace_of_the_previous_release_gets_the_history_table(tmp_path: Path) -> None:
    path = tmp_path / "old.cpw"
    _file_at_0005(path)
    with Workspace.open(path) as workspace:
        assert workspace.backup_made is not None
        with workspace.sessions() as session:
            assert session.scalars(select(Organisation.legal_name)).all() == ["Alte Firma GmbH"]
            assert session.scalars(select(EuParticipation)).all() == []
        with workspace.transaction() as session:
            session.add(EuParticipation(organisation_id=1, programme="H2020", project_id="700001",
                                        acronym="GREEN", acronym_key="green",
                                        role=EuRole.COORDINATOR,
                                        eu_contribution=Decimal("10.50")))
        with pytest.raises(IntegrityError), workspace.transaction() as session:
            session.add(EuParticipation(organisation_id=1, programme="H2020",
                                        project_id="700001"))  # once per organisation and project
        with workspace.transaction() as session:
            session.execute(delete(Organisation).where(Organisation.id == 1))
        with workspace.sessions() as session:
            assert session.scalars(select(EuParticipation)).all() == []  # gone with it
