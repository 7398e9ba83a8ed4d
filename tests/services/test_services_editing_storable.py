"""The window's editors refuse what a workspace cannot store, with load's and import's limits."""

from __future__ import annotations

from pathlib import Path

import pytest

from consortium_planner.domain.limits import MAX_INTEGER
from consortium_planner.services.editing import EditingService
from consortium_planner.services.errors import UserError
from consortium_planner.workspace import Workspace


@pytest.fixture
def service(tmp_path: Path):
    with Workspace.create(tmp_path / "w.cpw") as workspace:
        yield EditingService(workspace)


@pytest.mark.parametrize("name", ["A\ud800B", "\udfff", "Acme\x00"])
def test_a_name_that_cannot_be_stored_is_refused_with_a_message(service, name: str) -> None:
    with pytest.raises(UserError, match=r"cannot be stored \(U\+"):
        service.add_organisation({"legal_name": name, "country": "DE"})


def test_a_title_with_a_lone_surrogate_is_refused(service) -> None:
    project_id = service.create_project("T", call_profile="i3-strand1").created_id
    with pytest.raises(UserError, match=r"title contains a character that cannot be stored"):
        service.update("project", project_id, {"title": "Smart \ud83d factory"})


def test_staff_is_limited_as_in_load_and_import(service) -> None:
    organisation_id = service.add_organisation({"legal_name": "Acme", "country": "DE"}).created_id
    service.update("organisation", organisation_id, {"staff_headcount": MAX_INTEGER})
    with pytest.raises(UserError, match="too large"):
        service.update("organisation", organisation_id, {"staff_headcount": MAX_INTEGER + 1})
