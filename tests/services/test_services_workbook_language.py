"""A participant's partner-workbook language (issue 17): stored as a code or NULL (its
country's language), edited as one value the undo puts back, kept by a copy of the project,
carried by the project JSON as an optional field, and refused when the app has no such
language."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from consortium_planner.services.editing import EditingService
from consortium_planner.services.errors import UserError
from consortium_planner.services.interchange import (
    DocumentError,
    dump_project,
    load_project,
    to_json_text,
)
from consortium_planner.services.snapshot import find_project_id, load_snapshot
from consortium_planner.workspace import Workspace


def _snapshot(workspace: Workspace):
    with workspace.sessions() as session:
        return load_snapshot(session, find_project_id(session, None))


def test_the_language_is_edited_and_put_back(demo_path: Path) -> None:
    with Workspace.open(demo_path) as workspace:
        service = EditingService(workspace)
        participant = _snapshot(workspace).participant(3)
        assert participant.workbook_language is None
        old = service.values("participant", participant.id, ["workbook_language"])
        service.update("participant", participant.id, {"workbook_language": "Polski"})
        assert _snapshot(workspace).participant(3).workbook_language == "pl"
        with pytest.raises(UserError, match="unknown language 'tlh'.*Polski"):
            service.update("participant", participant.id, {"workbook_language": "tlh"})
        assert _snapshot(workspace).participant(3).workbook_language == "pl"
        service.update("participant", participant.id, old)  # what the undo command does
        assert _snapshot(workspace).participant(3).workbook_language is None
        service.update("participant", participant.id, {"workbook_language": "de_AT"})
        assert _snapshot(workspace).participant(3).workbook_language == "de"
        service.update("participant", participant.id, {"workbook_language": ""})
        assert _snapshot(workspace).participant(3).workbook_language is None


def test_the_project_json_carries_the_language(demo_document: dict, tmp_path: Path) -> None:
    document = copy.deepcopy(demo_document)
    assert all("workbook_language" not in p for p in document["participants"])
    document["participants"][2]["workbook_language"] = "pl"
    first, second = tmp_path / "a.cpw", tmp_path / "b.cpw"
    Workspace.create(first).close()
    Workspace.create(second).close()
    with Workspace.open(first) as workspace:
        load_project(workspace, document)
        snapshot = _snapshot(workspace)
        assert snapshot.participant(3).workbook_language == "pl"
        assert snapshot.participant(2).workbook_language is None
        text = to_json_text(dump_project(snapshot))
    dumped = json.loads(text)
    assert dumped["participants"][2]["workbook_language"] == "pl"
    assert "workbook_language" not in dumped["participants"][1]  # optional: absent when unset
    with Workspace.open(second) as workspace:
        load_project(workspace, dumped)
        assert to_json_text(dump_project(_snapshot(workspace))) == text


def test_a_document_with_an_unknown_language_is_refused(demo_document: dict,
                                                        tmp_path: Path) -> None:
    document = copy.deepcopy(demo_document)
    document["participants"][0]["workbook_language"] = "Klingon"
    path = tmp_path / "a.cpw"
    Workspace.create(path).close()
    with Workspace.open(path) as workspace, pytest.raises(DocumentError) as refused:
        load_project(workspace, document)
    assert any("workbook_language" in problem and "Klingon" in problem
               for problem in refused.value.problems), refused.value.problems


def test_a_copied_project_keeps_the_language(demo_path: Path) -> None:
    with Workspace.open(demo_path) as workspace:
        service = EditingService(workspace)
        participant = _snapshot(workspace).participant(3)
        service.update("participant", participant.id, {"workbook_language": "it"})
        service.duplicate_project(participant_project(workspace), "CIRCOMP2")
        with workspace.sessions() as session:
            copied = load_snapshot(session, find_project_id(session, "CIRCOMP2"))
        assert copied.participant(3).workbook_language == "it"


def participant_project(workspace: Workspace) -> int:
    with workspace.sessions() as session:
        return find_project_id(session, None)
