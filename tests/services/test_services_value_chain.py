"""A participant's value-chain roles (edited through the editing service, undoable, proposed from
the organisation's usual roles), the role catalogue, S3 areas per region, and the partner
finder's role filter."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from consortium_planner.models import (
    Organisation,
    OrganisationRole,
    ParticipantRole,
    ValueChainRole,
)
from consortium_planner.reference.value_chain import builtin_chain_roles
from consortium_planner.services.directory_search import DirectoryQuery, project_gaps, search
from consortium_planner.services.editing import EditingService
from consortium_planner.services.errors import UserError
from consortium_planner.services.snapshot import load_snapshot
from consortium_planner.services.value_chain import (
    S3Area,
    S3AreaService,
    parse_areas,
)
from consortium_planner.workspace import Workspace


@pytest.fixture
def workspace(tmp_path: Path):
    with Workspace.create(tmp_path / "w.cpw") as opened:
        yield opened


def _organisations(service: EditingService, workspace: Workspace) -> dict[str, int]:
    ids = {}
    for key, name, nuts2, org_type in (("alpha", "Alpha Cluster", "DE11", "cluster_organisation"),
                                       ("beta", "Beta Robotics", "PL21", "sme"),
                                       ("gamma", "Gamma Lab", "ES61", "research_organisation")):
        ids[key] = service.add_organisation({"legal_name": name, "country": nuts2[:2],
                                             "nuts2": nuts2, "org_type": org_type}).created_id
    with workspace.transaction() as session:
        session.add_all([
            OrganisationRole(organisation_id=ids["beta"], role="manufacturer"),
            OrganisationRole(organisation_id=ids["beta"], role="end_user"),
            OrganisationRole(organisation_id=ids["gamma"], role="research_technology_provider"),
            OrganisationRole(organisation_id=ids["gamma"], role="retired_role"),  # not offered
        ])
    ids["project"] = service.create_project("VC", call_profile="i3-strand1").created_id
    return ids


def _roles(workspace: Workspace, participant_id: int) -> list[str]:
    with workspace.sessions() as session:
        return sorted(session.scalars(select(ParticipantRole.role).where(
            ParticipantRole.participant_id == participant_id)))


def test_joining_proposes_the_usual_roles_the_project_offers(workspace: Workspace) -> None:
    service = EditingService(workspace)
    ids = _organisations(service, workspace)
    beta = service.add_participant(ids["project"], ids["beta"]).created_id
    gamma = service.add_participant(ids["project"], ids["gamma"]).created_id
    assert _roles(workspace, beta) == ["end_user", "manufacturer"]
    assert _roles(workspace, gamma) == ["research_technology_provider"]
    with workspace.sessions() as session:
        snapshot = load_snapshot(session, ids["project"])
    chain = snapshot.value_chain
    assert chain.holders["manufacturer"] == (1,)
    assert [role.key for role in chain.roles][:6] == [
        role.key for role in builtin_chain_roles() if role.stage is not None]
    assert "component_supplier" in chain.missing_roles


def test_roles_are_edited_and_undone_as_one_update(workspace: Workspace) -> None:
    service = EditingService(workspace)
    ids = _organisations(service, workspace)
    beta = service.add_participant(ids["project"], ids["beta"]).created_id
    before = service.values("participant", beta, ["value_chain_roles"])
    assert before == {"value_chain_roles": ["end_user", "manufacturer"]}
    changes = service.update("participant", beta, {"value_chain_roles": ["system_integrator"]})
    assert changes.participants and changes.project_id == ids["project"]
    assert _roles(workspace, beta) == ["system_integrator"]
    service.update("participant", beta, before)
    assert _roles(workspace, beta) == ["end_user", "manufacturer"]


def test_a_role_the_project_does_not_offer_is_refused(workspace: Workspace) -> None:
    service = EditingService(workspace)
    ids = _organisations(service, workspace)
    beta = service.add_participant(ids["project"], ids["beta"]).created_id
    with pytest.raises(UserError, match="'retired_role' is not a value-chain role"):
        service.update("participant", beta, {"value_chain_roles": ["manufacturer",
                                                                   "retired_role"]})
    assert _roles(workspace, beta) == ["end_user", "manufacturer"]  # nothing written
    # a role the user added to the workspace is offered
    with workspace.transaction() as session:
        session.add(ValueChainRole(key="recycler", label="Recycler", position=1))
    service.update("participant", beta, {"value_chain_roles": ["recycler"]})
    assert _roles(workspace, beta) == ["recycler"]


def test_removing_a_participant_and_undoing_it_keeps_its_roles(workspace: Workspace) -> None:
    service = EditingService(workspace)
    ids = _organisations(service, workspace)
    beta = service.add_participant(ids["project"], ids["beta"]).created_id
    state = service.capture("participant", [beta])
    service.remove("participant", [beta])
    assert _roles(workspace, beta) == []
    service.restore(state)
    assert _roles(workspace, beta) == ["end_user", "manufacturer"]


def test_a_what_if_copy_keeps_the_roles(workspace: Workspace) -> None:
    service = EditingService(workspace)
    ids = _organisations(service, workspace)
    service.add_participant(ids["project"], ids["beta"])
    copy = service.duplicate_project(ids["project"], "VC2").created_id
    with workspace.sessions() as session:
        snapshot = load_snapshot(session, copy)
    assert snapshot.participants[0].value_chain_roles == ("end_user", "manufacturer")


def test_s3_areas_are_replaced_per_region_with_their_source(workspace: Workspace) -> None:
    areas = S3AreaService(workspace)
    changes = areas.set_areas("de11", [S3Area(" Advanced  manufacturing ", "RIS3 BW"),
                                       S3Area("advanced manufacturing", "twice"),
                                       S3Area("Health", "RIS3 BW")])
    assert changes.participants and changes.directory and changes.project_id is None
    assert areas.areas("DE11") == (S3Area("Advanced manufacturing", "RIS3 BW"),
                                   S3Area("Health", "RIS3 BW"))
    areas.set_areas("DE11", [])
    assert areas.areas("DE11") == ()
    with pytest.raises(UserError, match="not a NUTS 2 region"):
        areas.set_areas("XX99", [S3Area("Health", "")])
    with pytest.raises(UserError):
        areas.set_areas("DE11", [S3Area("x" * 201, "")])
    assert parse_areas("Health; energy\n\nHEALTH;  Agri  food ") == [
        "Health", "energy", "Agri food"]


def test_s3_areas_reach_the_snapshot(workspace: Workspace) -> None:
    service = EditingService(workspace)
    ids = _organisations(service, workspace)
    for key in ("alpha", "beta"):
        service.add_participant(ids["project"], ids[key])
    S3AreaService(workspace).set_areas("DE11", [S3Area("Health", ""), S3Area("Energy", "")])
    S3AreaService(workspace).set_areas("PL21", [S3Area("energy", "")])
    with workspace.sessions() as session:
        snapshot = load_snapshot(session, ids["project"])
    assert snapshot.value_chain.s3.shared == ("Energy",)


def test_the_finder_filters_by_usual_role_and_offers_missing_required_roles(
        workspace: Workspace) -> None:
    service = EditingService(workspace)
    ids = _organisations(service, workspace)
    service.add_participant(ids["project"], ids["alpha"])
    with workspace.sessions() as session:
        found = search(session, DirectoryQuery(roles=frozenset({"end_user"}),
                                               exclude_project=ids["project"]))
        assert found.ids == (ids["beta"],)
        assert sum(v.count for v in found.facets["country"]) == 1  # counts respect the filter
        gaps = project_gaps(session, ids["project"])
    # the I3 profile asks for a research and technology provider and an end user
    role_gaps = [gap for gap in gaps if gap.rule == "required_roles"]
    assert [sorted(gap.query.roles) for gap in role_gaps] == [
        ["research_technology_provider"], ["end_user"]]
    assert role_gaps[1].query.exclude_project == ids["project"]


def test_summary_json_value_chain(workspace: Workspace) -> None:
    """The document `summary --json` prints, against figures computed by hand."""
    from consortium_planner.services.summary import summary_document

    service = EditingService(workspace)
    ids = _organisations(service, workspace)
    with workspace.transaction() as session:
        session.get(Organisation, ids["beta"]).founded_year = 2024
    participants = {key: service.add_participant(ids["project"], ids[key],
                                                 monthly_personnel_cost="1000").created_id
                    for key in ("alpha", "beta", "gamma")}
    wp = service.add_work_package(ids["project"], {"title": "Pilots"}).created_id
    service.set_efforts([(participants["beta"], wp, "10"), (participants["gamma"], wp, "10")])
    service.update("project", ids["project"], {"start_date": "2026-01-01"})
    for code in ("DE11", "PL21", "ES61"):
        S3AreaService(workspace).set_areas(code, [S3Area("Robotics", "RIS3")])
    with workspace.sessions() as session:
        document = summary_document(load_snapshot(session, ids["project"]))
    # beta (SME, 70 %): 10 x 1,000 + 7 % = 10,700 -> 7,490.00; gamma (100 %): 10,700.00
    value_chain = document["value_chain"]
    assert value_chain["company_share_of_eu_contribution"] == "0.4118"  # 7,490 / 18,190
    assert value_chain["sme_share_of_eu_contribution"] == "0.4118"
    assert value_chain["startup_count"] == 1  # beta, founded 2024
    assert value_chain["shared_s3_areas"] == ["Robotics"]
    assert value_chain["roles"]["manufacturer"] == [2]
    assert value_chain["roles"]["research_technology_provider"] == [3]
    assert value_chain["missing_roles"] == [
        "technology_developer", "component_supplier", "system_integrator", "service_provider",
        "investor", "public_authority", "cluster_intermediary", "training_provider"]
    assert list(value_chain["roles"])[:2] == ["research_technology_provider",
                                              "technology_developer"]


def test_the_demo_shows_a_complete_chain(demo_path: Path) -> None:
    """Every role held, NACE codes, ecosystems, founding years, cluster links and one S3 area
    shared by all nine regions; only the company share is short of I3's reported 70 %."""
    from consortium_planner.rules.engine import run_checks

    with Workspace.open(demo_path) as workspace, workspace.sessions() as session:
        snapshot = load_snapshot(session, 1)
    chain = snapshot.value_chain
    assert chain.missing_roles == () and chain.unknown_roles == ()
    assert all(p.organisation.nace_codes and p.organisation.ecosystems
               and p.organisation.founded_year for p in snapshot.participants)
    assert chain.startups.participants == (6, 7, 8)  # founded 2019, 2021, 2022; start 2027
    assert chain.s3.shared == ("Advanced manufacturing and new materials",)
    assert len(chain.s3.regions) == 9 and chain.s3.unrecorded == ()
    cmp = next(c for c in chain.clusters if c.participant == 1)
    assert cmp.members == (2,)  # the coordinating cluster brings Levante
    value_chain_rules = {"company_share", "sme_share", "required_roles", "shared_s3_area",
                         "thematic_priority"}
    assert [f.rule for f in run_checks(snapshot) if f.rule in value_chain_rules] == [
        "company_share"]
