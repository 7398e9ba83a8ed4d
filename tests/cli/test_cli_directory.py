"""`consortium-planner directory`: the matches in rank order, as text or JSON, and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consortium_planner.cli import main
from consortium_planner.domain.vocab import OrgType
from consortium_planner.models import Organisation, RegionCategoryEntry
from consortium_planner.workspace import Workspace


@pytest.fixture
def workspace_path(tmp_path: Path) -> Path:
    path = tmp_path / "directory.cpw"
    with Workspace.create(path) as workspace, workspace.transaction() as session:
        session.add_all([
            Organisation(legal_name="Politechnika Łódzka", short_name="TUL", country="PL",
                         nuts2="PL71", pic="999000001", vat="PL7270021895", city="Łódź",
                         org_type=OrgType.HIGHER_EDUCATION),
            Organisation(legal_name="Müller GmbH", country="DE", nuts2="DE21", city="München",
                         org_type=OrgType.SME, notes="met in Lodz"),
            Organisation(legal_name="Textil Łódź Sp. z o.o.", country="PL", nuts2="PL71",
                         org_type=OrgType.SME),
            RegionCategoryEntry(nuts_code="PL71", category="less_developed", source="test"),
        ])
    from consortium_planner.services.editing import EditingService

    with Workspace.open(path) as workspace:  # the university's clusters: 4 and 5
        service = EditingService(workspace)
        clusters = [service.add_organisation({"legal_name": name}).created_id
                    for name in ("ICT Cluster", "Textile")]
        service.update("organisation", 1, {"cluster_ids": clusters})
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["directory", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_json_lists_the_matches_in_rank_order(workspace_path, capsys):
    code, out, _ = run(capsys, str(workspace_path), "lodz", "--json")
    assert code == 0
    document = json.loads(out)
    assert document["total"] == 3
    found = document["organisations"]
    assert {o["id"] for o in found[:2]} == {1, 3}  # name matches first
    first = next(o for o in found if o["id"] == 1)
    assert first == {
        "id": 1, "legal_name": "Politechnika Łódzka", "short_name": "TUL", "pic": "999000001",
        "vat": "PL7270021895", "country": "PL", "nuts2": "PL71",
        "region_category": "less_developed", "org_type": "higher_education", "sme_class": None,
        "city": "Łódź", "clusters": ["ICT Cluster", "Textile"], "eu_experience": None}
    assert document["organisations"][-1]["legal_name"] == "Müller GmbH"  # a notes match: last


def test_filters_and_limit(workspace_path, capsys):
    code, out, _ = run(capsys, str(workspace_path), "lodz", "--country", "Polska", "--type",
                       "sme", "--category", "less developed", "--json")
    assert code == 0
    assert [o["legal_name"] for o in json.loads(out)["organisations"]] == [
        "Textil Łódź Sp. z o.o."]
    code, out, _ = run(capsys, str(workspace_path), "--cluster", "ict cluster", "--json")
    assert [o["id"] for o in json.loads(out)["organisations"]] == [1]
    code, out, _ = run(capsys, str(workspace_path), "--limit", "1", "--json")
    document = json.loads(out)
    assert document["total"] == 5 and len(document["organisations"]) == 1


@pytest.mark.parametrize("country", ["TW", "Taiwan", "Taïwan", "Tajwan", "TWN", "Ταϊβάν"])
def test_country_filter_takes_any_country_in_any_eu_language(tmp_path, capsys, country):
    path = tmp_path / "world.cpw"
    with Workspace.create(path) as workspace, workspace.transaction() as session:
        session.add_all([Organisation(legal_name="Taipei Robotics", country="TW"),
                         Organisation(legal_name="Berlin Robotics", country="DE")])
    code, out, _ = run(capsys, str(path), "robotics", "--country", country, "--json")
    assert code == 0
    assert [o["legal_name"] for o in json.loads(out)["organisations"]] == ["Taipei Robotics"]


def test_text_output_names_each_match_and_the_count(workspace_path, capsys):
    code, out, _ = run(capsys, str(workspace_path), "PL7270021895")
    assert code == 0
    lines = out.splitlines()
    assert "Politechnika Łódzka (TUL)" in lines[0] and "PIC 999000001" in lines[0]
    assert lines[-1] == "1 organisation(s) found."


def test_no_match_exits_1(workspace_path, capsys):
    code, out, _ = run(capsys, str(workspace_path), "fraunhofer")
    assert code == 1
    assert out.strip() == "0 organisation(s) found."
    code, out, _ = run(capsys, str(workspace_path), "--region", "DE21", "--country", "PL",
                       "--json")
    assert code == 1 and json.loads(out) == {"total": 0, "organisations": []}


@pytest.mark.parametrize(("option", "value", "named"), [
    ("--country", "Atlantis", "unknown country"),
    ("--category", "very rich", "unknown region category"),
    ("--type", "spaceship", "unknown organisation type"),
    ("--limit", "-3", "--limit"),
])
def test_unknown_values_are_usage_errors(workspace_path, capsys, option, value, named):
    code, out, err = run(capsys, str(workspace_path), "x", option, value)
    assert code == 2
    assert named in err and "Traceback" not in err
    assert out == ""


def test_a_missing_workspace_is_a_usage_error(tmp_path, capsys):
    code, _, err = run(capsys, str(tmp_path / "nowhere.cpw"), "x")
    assert code == 2 and "nowhere.cpw" in err


def test_clusters_follow_the_membership_links(workspace_path, capsys):
    """The "clusters" field and --cluster read the cluster organisations an organisation is
    linked to (migration 0006), by their legal names."""
    from consortium_planner.services.editing import EditingService

    with Workspace.open(workspace_path) as workspace:
        service = EditingService(workspace)
        cluster = service.add_organisation({"legal_name": "Bayern Innovativ GmbH",
                                            "org_type": "cluster_organisation"}).created_id
        service.update("organisation", 2, {"cluster_ids": [cluster]})
    code, out, _ = run(capsys, str(workspace_path), "--cluster", "bayern innovativ gmbh",
                       "--json")
    found = json.loads(out)["organisations"]
    assert code == 0 and [o["id"] for o in found] == [2]
    assert found[0]["clusters"] == ["Bayern Innovativ GmbH"]
    code, out, _ = run(capsys, str(workspace_path), "bayern", "--type", "sme", "--json")
    assert [o["id"] for o in json.loads(out)["organisations"]] == [2]  # found by its cluster
