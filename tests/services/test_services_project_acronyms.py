"""Project acronyms are one name whatever their case or accents (issue 11): "ÉCO" is found as
"éco", and a second project that differs only so is refused, by every writer and every lookup."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from consortium_planner.models import Project
from consortium_planner.services.editing import EditingService
from consortium_planner.services.errors import UserError
from consortium_planner.services.snapshot import find_project_id
from consortium_planner.workspace import Workspace


@pytest.fixture
def workspace(empty_path):
    with Workspace.open(empty_path) as opened:
        yield opened


@pytest.mark.parametrize("other", ["éco", "Éco", "ECO", "eco", "ÉCO"])
def test_a_name_that_folds_to_an_existing_one_is_refused(workspace, other):
    service = EditingService(workspace)
    service.create_project("ÉCO")
    with pytest.raises(UserError, match="ÉCO already exists"):
        service.create_project(other)
    with workspace.sessions() as session:
        assert session.scalars(select(Project.acronym)).all() == ["ÉCO"]


def test_renaming_onto_another_project_s_folded_name_is_refused(workspace):
    service = EditingService(workspace)
    service.create_project("ÉCO")
    other = service.create_project("OTHER").created_id
    with pytest.raises(UserError, match="differs from it only in case or accents"):
        service.update("project", other, {"acronym": "éco"})
    with pytest.raises(UserError, match="ÉCO already exists"):
        service.duplicate_project(other, "Eco")


def test_a_project_may_change_the_case_of_its_own_name(workspace):
    service = EditingService(workspace)
    project_id = service.create_project("ÉCO").created_id
    service.update("project", project_id, {"acronym": "éco"})
    with workspace.sessions() as session:
        assert find_project_id(session, "ECO") == project_id
        assert session.get(Project, project_id).acronym_key == "eco"


@pytest.mark.parametrize("typed", ["ÉCO", "éco", "Eco", "eco"])
def test_every_spelling_finds_the_project(workspace, typed):
    project_id = EditingService(workspace).create_project("ÉCO").created_id
    with workspace.sessions() as session:
        assert find_project_id(session, typed) == project_id


def test_every_writer_keeps_the_key(workspace):
    """The key follows the acronym through the model, whoever sets it."""
    with workspace.transaction() as session:
        project = Project(acronym="Łódź", duration_months=12)
        session.add(project)
        session.flush()
        assert project.acronym_key == "lodz"
        project.acronym = "STRAẞE"
        session.flush()
        assert session.scalar(select(Project.acronym_key)) == "strasse"


def test_import_enrols_into_a_project_named_with_accents(empty_path, tmp_path, capsys,
                                                         monkeypatch):
    """The bug of issue 11: `import --project ÉCO` answered "there is no project 'ÉCO'"."""
    from consortium_planner.cli import main

    monkeypatch.setenv("CONSORTIUM_PLANNER_DATA_DIR", str(tmp_path / "user-data"))
    with Workspace.open(empty_path) as workspace:
        EditingService(workspace).create_project("ÉCO")
    orgs = tmp_path / "orgs.csv"
    orgs.write_text("Legal name;Country\nAcme GmbH;Deutschland\n", encoding="utf-8")
    for typed in ("ÉCO", "éco"):
        assert main(["import", str(empty_path), str(orgs), "--project", typed]) == 0, typed
        assert "there is no project" not in capsys.readouterr().out
    with Workspace.open(empty_path, read_only=True) as workspace, workspace.sessions() as session:
        project_id = find_project_id(session, "ÉCO")
        snapshot_participants = session.scalars(
            select(Project).where(Project.id == project_id)).one().participants
        assert [p.organisation.legal_name for p in snapshot_participants] == ["Acme GmbH"]


def test_loading_a_project_json_finds_the_accented_project(demo_document, empty_path):
    from consortium_planner.services.interchange import DocumentError, load_project

    document = dict(demo_document, project=dict(demo_document["project"], acronym="ÉCO"))
    with Workspace.open(empty_path) as workspace:
        load_project(workspace, document)
        lowered = dict(document, project=dict(document["project"], acronym="éco"))
        with pytest.raises(DocumentError) as caught:
            load_project(workspace, lowered)
        assert "'ÉCO' already exists" in caught.value.report()
        load_project(workspace, lowered, replace=True)
        with workspace.sessions() as session:
            assert session.scalars(select(Project.acronym)).all() == ["éco"]
