"""Project JSON carries the value chain: NACE codes, ecosystems, founding year, cluster links
and usual roles per organisation, roles per participant, S3 areas per region."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from consortium_planner.models import ClusterMembership, Organisation, ValueChainRole
from consortium_planner.services.interchange import (
    DocumentError,
    dump_project,
    load_project,
    to_json_text,
)
from consortium_planner.services.snapshot import find_project_id, load_snapshot
from consortium_planner.workspace import Workspace


def _with_value_chain(document: dict) -> dict:
    document = copy.deepcopy(document)
    first, second = document["organisations"][0], document["organisations"][1]
    first.update({"founded_year": 2019, "nace_codes": ["25.62", "C"],
                  "ecosystems": ["digital", "agri_food"], "usual_roles": ["manufacturer"],
                  "clusters": ["Silicon Saxony e. V.", second["legal_name"]]})
    document["participants"][0]["value_chain_roles"] = ["manufacturer", "pilot_line"]
    region = first["nuts2"]
    document["s3_areas"] = {region: [{"area": "Advanced manufacturing", "source": "RIS3"}]}
    return document


def _dump(workspace: Workspace) -> str:
    with workspace.sessions() as session:
        return to_json_text(dump_project(load_snapshot(session, find_project_id(session, None))))


def test_the_value_chain_survives_load_and_dump(demo_document: dict, tmp_path: Path) -> None:
    document = _with_value_chain(demo_document)
    first, second = tmp_path / "a.cpw", tmp_path / "b.cpw"
    Workspace.create(first).close()
    Workspace.create(second).close()
    with Workspace.open(first) as workspace:
        load_project(workspace, document)
        text = _dump(workspace)
        with workspace.sessions() as session:
            made = session.scalar(select(Organisation).where(
                Organisation.legal_name == "Silicon Saxony e. V."))
            assert str(made.org_type) == "cluster_organisation"  # a cluster no one listed
            assert session.scalar(select(ValueChainRole.label)) == "Pilot line"
            member = session.scalar(select(Organisation.id).where(
                Organisation.legal_name == document["organisations"][0]["legal_name"]))
            assert len(session.scalars(select(ClusterMembership).where(
                ClusterMembership.organisation_id == member)).all()) == 2
    dumped = json.loads(text)
    organisation = dumped["organisations"][0]
    assert organisation["nace_codes"] == ["25.62", "C"]
    assert organisation["ecosystems"] == ["agri_food", "digital"]
    assert organisation["founded_year"] == 2019
    assert organisation["clusters"] == sorted(["Silicon Saxony e. V.",
                                               document["organisations"][1]["legal_name"]])
    assert dumped["participants"][0]["value_chain_roles"] == ["manufacturer", "pilot_line"]
    assert list(dumped["s3_areas"].values()) == [
        [{"area": "Advanced manufacturing", "source": "RIS3"}]]
    with Workspace.open(second) as workspace:
        load_project(workspace, json.loads(text))
        assert _dump(workspace) == text


def test_a_document_of_an_earlier_release_with_a_clusters_text(demo_document: dict,
                                                                empty_path: Path) -> None:
    document = copy.deepcopy(demo_document)
    document["organisations"][0]["clusters"] = "Cluster A; cluster a ; Cluster B"
    with Workspace.open(empty_path) as workspace:
        load_project(workspace, document)
        with workspace.sessions() as session:
            member = session.scalar(select(Organisation).where(
                Organisation.legal_name == document["organisations"][0]["legal_name"]))
            names = session.scalars(select(Organisation.legal_name).join(
                ClusterMembership, ClusterMembership.cluster_id == Organisation.id).where(
                ClusterMembership.organisation_id == member.id)).all()
            assert member.clusters == "Cluster A; Cluster B"  # what the search index reads
    assert sorted(names) == ["Cluster A", "Cluster B"]


@pytest.mark.parametrize(("change", "words"), [
    ({"nace_codes": ["25.63"]}, "nace_codes: '25.63' is not a code of NACE Rev. 2"),
    ({"ecosystems": ["space"]}, "ecosystems: 'space' is not one of the industrial ecosystems"),
    ({"founded_year": 1700}, "founded_year"),
    # a code written as an organisation list may write it: the form a project file holds
    ({"nace_codes": ["C25.6"]}, "nace_codes[0]: write the NACE Rev. 2 code \"C25.6\" as '25.6'"),
    ({"nace_codes": ["2562"]}, "write the NACE Rev. 2 code \"2562\" as '25.62'"),
    ({"nace_codes": ["C 99.9"]}, "99.9 is not a code of NACE Rev. 2"),
    ({"nace_codes": ["9" * 500]}, "is not a NACE Rev. 2 code"),
])
def test_unknown_values_are_refused(demo_document: dict, empty_path: Path, change: dict,
                                    words: str) -> None:
    document = copy.deepcopy(demo_document)
    document["organisations"][0].update(change)
    with Workspace.open(empty_path) as workspace, pytest.raises(DocumentError) as refused:
        load_project(workspace, document)
    assert any(words in problem for problem in refused.value.problems)
