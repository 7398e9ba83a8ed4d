"""The engine: every check runs, findings come errors first, the --json document's shape, and
the demo proposal passes its own call."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import update
from rules_consortia import organisation_of, participant_of

from consortium_planner.models import Project
from consortium_planner.rules.engine import RULES, findings_document, run_checks
from consortium_planner.rules.findings import Finding
from consortium_planner.services.snapshot import find_project_id, load_snapshot
from consortium_planner.workspace import Workspace


@pytest.fixture
def broken(load, document):
    """Errors, warnings and info at once."""
    participant_of(document, 2)["role"] = "associated_partner"  # errors: participants, regions
    organisation_of(document, 3)["pic"] = None  # info
    document["work_packages"][1]["deliverables"][0]["due_month"] = 31  # warning
    return load(document)


def test_rule_id_is_the_check_name(broken) -> None:
    for name, check in RULES.items():
        assert all(finding.rule == name for finding in check(broken))


def test_errors_first(broken) -> None:
    findings = run_checks(broken)
    severities = [finding.severity for finding in findings]
    assert severities == sorted(severities, key=["error", "warning", "info"].index)
    assert {"error", "warning", "info"} <= set(severities)


def test_findings_document(broken) -> None:
    document = findings_document(run_checks(broken))
    assert document["ok"] is False
    for item in document["findings"]:
        assert set(item) == {"severity", "rule", "message", "fix", "participants",
                             "work_packages"}
        assert isinstance(item["participants"], list)
    [min_participants] = [f for f in document["findings"] if f["rule"] == "min_participants"]
    assert min_participants["participants"] == [1, 3, 4, 5]


def test_ok_exactly_when_no_error() -> None:
    warning = Finding("warning", "wp_lead", "WP1 has no lead.", "Choose a lead.", (), (1,))
    assert findings_document([warning]) == {
        "ok": True,
        "findings": [{"severity": "warning", "rule": "wp_lead", "message": "WP1 has no lead.",
                      "fix": "Choose a lead.", "participants": [], "work_packages": [1]}],
    }
    assert findings_document([replace(warning, severity="error")])["ok"] is False
    assert findings_document([]) == {"ok": True, "findings": []}


def test_unknown_severity_is_refused() -> None:
    with pytest.raises(ValueError):
        Finding("fatal", "x", "m", "f")  # type: ignore[arg-type]


def test_missing_profile_is_reported(demo_path) -> None:
    """A workspace can name a profile this machine lacks (`load` refuses one, the file need
    not have come through it)."""
    with Workspace.open(demo_path) as workspace, workspace.transaction() as session:
        session.execute(update(Project).values(call_profile="i3-strand9"))
        snapshot = load_snapshot(session, find_project_id(session, None))
    [finding] = [f for f in run_checks(snapshot) if f.rule == "call_profile"]
    assert "'i3-strand9' is not installed" in finding.message


def test_every_message_names_what_and_says_what_to_do(broken) -> None:
    for finding in run_checks(broken):
        assert finding.message.endswith(".") and finding.fix.endswith(".")
        assert finding.message[0].isupper() and finding.fix[0].isupper()


def test_demo_has_no_errors_under_i3_strand1(demo_path) -> None:
    with Workspace.open(demo_path, read_only=True) as workspace, workspace.sessions() as s:
        snapshot = load_snapshot(s, find_project_id(s, None))
    assert snapshot.profile.id == "i3-strand1"
    errors = [f for f in run_checks(snapshot) if f.severity == "error"]
    assert errors == []
