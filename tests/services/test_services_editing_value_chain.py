"""Editing the value chain: an organisation's NACE codes, ecosystems, founding year, cluster
links and usual roles, a participant's roles and a region's S3 areas, each an undoable edit."""

from __future__ import annotations

from pathlib import Path

import pytest

from consortium_planner.models import Organisation
from consortium_planner.services.editing import EditingService
from consortium_planner.services.errors import UserError
from consortium_planner.services.snapshot import load_snapshot
from consortium_planner.workspace import Workspace

LISTS = ("nace_codes", "ecosystems", "cluster_ids", "usual_roles", "founded_year")


@pytest.fixture
def workspace(empty_path: Path):
    with Workspace.open(empty_path) as opened:
        yield opened


def _add(service: EditingService, name: str, **values) -> int:
    return service.add_organisation({"legal_name": name, **values}).created_id


def test_lists_are_read_as_typed_and_read_back_sorted(workspace) -> None:
    service = EditingService(workspace)
    cluster = _add(service, "Silicon Saxony e. V.", org_type="cluster_organisation")
    member = _add(service, "Werkzeugbau GmbH")
    service.update("organisation", member, {
        "nace_codes": "2562; C25.6, 28.41", "ecosystems": "Digital; energy_intensive",
        "cluster_ids": [cluster], "usual_roles": "Manufacturer; component supplier",
        "founded_year": "2019"})
    assert service.values("organisation", member, LISTS) == {
        "nace_codes": ["25.6", "25.62", "28.41"], "ecosystems": ["digital", "energy_intensive"],
        "cluster_ids": [cluster], "usual_roles": ["component_supplier", "manufacturer"],
        "founded_year": 2019}
    with workspace.sessions() as session:  # the derived names the search index reads
        assert session.get(Organisation, member).clusters == "Silicon Saxony e. V."


def test_an_edit_is_undone_by_putting_the_old_values_back(workspace) -> None:
    service = EditingService(workspace)
    member = _add(service, "Werkzeugbau GmbH", nace_codes="25.62")
    before = service.values("organisation", member, LISTS)
    service.update("organisation", member, {"nace_codes": "72.1", "founded_year": 2001})
    service.update("organisation", member, before)  # what the undo command does
    assert service.values("organisation", member, LISTS) == before


@pytest.mark.parametrize(("values", "words"), [
    ({"nace_codes": "25.63"}, "not a code of NACE Rev. 2"),
    ({"ecosystems": "space"}, "not an industrial ecosystem"),
    ({"usual_roles": "astronaut"}, "not a value-chain role"),
    ({"founded_year": "1700"}, "at least 1800"),
    ({"founded_year": "20190"}, "not a founding year"),
])
def test_wrong_values_are_refused_and_nothing_changes(workspace, values, words) -> None:
    service = EditingService(workspace)
    member = _add(service, "Werkzeugbau GmbH", nace_codes="25.62")
    with pytest.raises(UserError, match=words):
        service.update("organisation", member, {"short_name": "WZB", **values})
    assert service.values("organisation", member, ["short_name", "nace_codes"]) == {
        "short_name": "", "nace_codes": ["25.62"]}


def test_an_organisation_is_not_its_own_cluster(workspace) -> None:
    service = EditingService(workspace)
    member = _add(service, "Werkzeugbau GmbH")
    cluster = _add(service, "Cluster", org_type="cluster_organisation")
    service.update("organisation", member, {"cluster_ids": f"{cluster}"})  # ids as text too
    assert service.values("organisation", member, ["cluster_ids"]) == {"cluster_ids": [cluster]}
    with pytest.raises(UserError, match="member of itself"):
        service.update("organisation", member, {"cluster_ids": [member]})


def test_removing_a_cluster_and_undoing_restores_its_members_links(workspace) -> None:
    service = EditingService(workspace)
    cluster = _add(service, "Energy Cluster Denmark", org_type="cluster_organisation")
    member = _add(service, "Vindmølle ApS", cluster_ids=[cluster], nace_codes="27.1")
    state = service.capture("organisation", [cluster])
    service.remove("organisation", [cluster])
    assert service.values("organisation", member, ["cluster_ids"]) == {"cluster_ids": []}
    service.restore(state)
    assert service.values("organisation", member, ["cluster_ids"]) == {"cluster_ids": [cluster]}
    with workspace.sessions() as session:
        assert session.get(Organisation, member).clusters == "Energy Cluster Denmark"


def test_a_participant_starts_with_its_organisations_usual_roles(workspace) -> None:
    service = EditingService(workspace)
    member = _add(service, "Werkzeugbau GmbH", usual_roles=["manufacturer"], nace_codes="25.62")
    project = service.create_project("CHAIN").created_id
    participant = service.add_participant(project, member).created_id
    assert service.values("participant", participant, ["value_chain_roles"]) == {
        "value_chain_roles": ["manufacturer"]}
    service.update("participant", participant,
                   {"value_chain_roles": ["manufacturer", "End user / customer"]})
    service.add_s3_area("DE11", "Advanced manufacturing", "Baden-Württemberg RIS3")
    with workspace.transaction() as session:
        session.get(Organisation, member).nuts2 = "DE11"
        session.get(Organisation, member).country = "DE"
    with workspace.sessions() as session:
        snapshot = load_snapshot(session, project)
    info = snapshot.participants[0]
    assert info.value_chain_roles == ("end_user", "manufacturer")
    assert info.organisation.nace_codes == ("25.62",)
    assert info.organisation.usual_roles == ("manufacturer",)
    assert snapshot.s3_areas == {"DE11": ("Advanced manufacturing",)}


def test_s3_areas_are_once_per_region(workspace) -> None:
    service = EditingService(workspace)
    service.add_s3_area("de11", "Advanced manufacturing")
    with pytest.raises(UserError, match="already has the S3 area"):
        service.add_s3_area("DE11", "advanced manufacturing")
    with pytest.raises(UserError, match="not a NUTS 2 region"):
        service.add_s3_area("XX99", "Health")


def test_s3_areas_differing_only_in_accents_or_non_ascii_case_are_the_same(workspace) -> None:
    service = EditingService(workspace)  # the one folding rule (domain.text.fold), not SQL lower()
    service.add_s3_area("DE11", "Énergie et Ökologie")
    for twin in ("énergie et ökologie", "ENERGIE ET OKOLOGIE"):
        with pytest.raises(UserError, match="already has the S3 area"):
            service.add_s3_area("DE11", twin)


def test_the_user_adds_a_role_and_takes_it_back(workspace) -> None:
    service = EditingService(workspace)
    key, _ = service.add_value_chain_role("Pilot line operator")
    assert key == "pilot_line_operator"
    member = _add(service, "Werkzeugbau GmbH", usual_roles="Pilot line operator")
    with pytest.raises(UserError, match="already a value-chain role"):
        service.add_value_chain_role("pilot line operator")
    with pytest.raises(UserError, match="hold the role"):
        service.remove_value_chain_role(key)
    service.update("organisation", member, {"usual_roles": []})
    service.remove_value_chain_role(key)
    with pytest.raises(UserError, match="not a value-chain role"):
        service.update("organisation", member, {"usual_roles": "Pilot line operator"})
