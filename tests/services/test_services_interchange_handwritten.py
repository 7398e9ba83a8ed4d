"""`load` of project JSON as people write it by hand: work plans numbered by labels ("WP1",
"T1.1", "D2.1", "MS1") or by whole numbers, mixed, and null for any optional field. `dump` keeps
the canonical form, so every spelling of one project dumps to the same bytes."""

from __future__ import annotations

import copy
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from consortium_planner.cli import main
from consortium_planner.paths import resources_dir
from consortium_planner.services.interchange import (
    LABEL_PATTERNS,
    DocumentError,
    RejectedDocument,
    dump_project,
    load_project,
    to_json_text,
)
from consortium_planner.services.snapshot import find_project_id, load_snapshot
from consortium_planner.workspace import Workspace

# As a person writes it: labels, nulls for what is not known, optional fields left out.
HANDWRITTEN = """
{
  "format": "consortium-planner/project", "version": 1,
  "project": {"acronym": "HANDY", "title": "Written by hand", "call": "i3-strand1",
              "thematic_priority": null, "start_date": null, "duration_months": 24},
  "organisations": [
    {"key": "uja", "legal_name": "Universidad de Jaén", "short_name": null, "pic": null,
     "vat": null, "org_type": "higher_education", "country": "ES", "nuts2": "ES61",
     "city": null, "email": null},
    {"key": "kmp", "legal_name": "Kompozyt Sp. z o.o.", "org_type": "sme", "country": "PL",
     "nuts2": "PL41", "staff": null, "turnover": null}
  ],
  "participants": [
    {"number": 1, "organisation": "uja", "role": "coordinator",
     "monthly_personnel_cost": "4000.00", "funding_rate_override": null,
     "funding_rate_override_reason": null},
    {"number": 2, "organisation": "kmp", "role": "beneficiary", "monthly_personnel_cost": "3500"}
  ],
  "work_packages": [
    {"number": "WP1", "title": "Management", "lead": 1, "start_month": 1, "end_month": 24,
     "objectives": null,
     "tasks": [{"number": "T1.1", "title": "Coordination", "lead": null,
                "start_month": 1, "end_month": 24},
               {"number": "t 1.2", "title": "Quality", "start_month": 2, "end_month": 24}],
     "deliverables": [{"number": "D1.1", "title": "Project plan", "lead": 1, "type": "R",
                       "dissemination": "PU", "due_month": 3, "description": null}]},
    {"number": "WP2", "title": "Pilots", "lead": null, "start_month": 3, "end_month": 24,
     "tasks": null,
     "deliverables": [{"number": "D2.1", "title": "Pilot line", "type": "DEM",
                       "dissemination": "SEN", "due_month": 20},
                      {"number": "d2.2", "title": "Pilot report", "type": "R",
                       "dissemination": "PU", "due_month": 24}]}
  ],
  "milestones": [{"number": "MS1", "title": "Kick-off", "work_packages": ["WP1"],
                  "due_month": 1, "verification": null},
                 {"number": "MS2", "title": "Pilot running", "work_packages": ["WP1", "WP2"],
                  "due_month": 20}],
  "effort": [{"participant": 1, "work_package": "WP1", "person_months": "6"},
             {"participant": 2, "work_package": "WP2", "person_months": "10.5"}],
  "costs": [{"participant": 2, "category": "C1", "work_package": null, "description": null,
             "quantity": null, "unit_cost": null, "amount": "1000"},
            {"participant": 2, "category": "B", "work_package": "WP2", "amount": "250.50"}]
}
"""

# The same project numbered by whole numbers, as `dump` writes them.
NUMBERS = {
    ("work_packages", 0, "number"): 1,
    ("work_packages", 0, "tasks", 0, "number"): 1,
    ("work_packages", 0, "tasks", 1, "number"): 2,
    ("work_packages", 0, "deliverables", 0, "number"): 1,
    ("work_packages", 1, "number"): 2,
    ("work_packages", 1, "deliverables", 0, "number"): 1,
    ("work_packages", 1, "deliverables", 1, "number"): 2,
    ("milestones", 0, "number"): 1,
    ("milestones", 0, "work_packages"): [1],
    ("milestones", 1, "number"): 2,
    ("milestones", 1, "work_packages"): [1, 2],
    ("effort", 0, "work_package"): 1,
    ("effort", 1, "work_package"): 2,
    ("costs", 1, "work_package"): 2,
}


def _handwritten() -> dict[str, Any]:
    return json.loads(HANDWRITTEN)


def _set(document: dict[str, Any], path: tuple[Any, ...], value: Any) -> None:
    target = document
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value


def _numbered(every: int = 1) -> dict[str, Any]:
    """The hand-written project with every `every`-th label replaced by its whole number."""
    document = _handwritten()
    for index, (path, value) in enumerate(NUMBERS.items()):
        if index % every == 0:
            _set(document, path, value)
    return document


@pytest.fixture(scope="module")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("handwritten") / "empty.cpw"
    Workspace.create(path).close()
    return path


@pytest.fixture
def workspace_path(empty_template: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(empty_template, tmp_path / "w.cpw"))


def _load_and_dump(path: Path, document: dict[str, Any]) -> str:
    with Workspace.open(path) as workspace:
        result = load_project(workspace, document)
        with workspace.sessions() as session:
            return to_json_text(dump_project(load_snapshot(session, result.project_id)))


def _refusal(path: Path, document: dict[str, Any]) -> list[str]:
    with pytest.raises(RejectedDocument) as raised, Workspace.open(path) as workspace:
        load_project(workspace, document, file_name="p.json")
    with Workspace.open(path, read_only=True) as workspace, workspace.sessions() as session:
        with pytest.raises(LookupError):
            find_project_id(session, None)  # nothing was written
    return raised.value.problems


def test_labels_are_read_as_their_numbers(workspace_path: Path) -> None:
    with Workspace.open(workspace_path) as workspace:
        result = load_project(workspace, _handwritten())
        with workspace.sessions() as session:
            snapshot = load_snapshot(session, result.project_id)
    assert [wp.code for wp in snapshot.work_packages] == ["WP1", "WP2"]
    assert [[f"T{wp.number}.{t.number}" for t in wp.tasks] for wp in snapshot.work_packages] == [
        ["T1.1", "T1.2"], []]
    assert [d.code for wp in snapshot.work_packages for d in wp.deliverables] == [
        "D1.1", "D2.1", "D2.2"]
    assert [(m.code, m.work_packages) for m in snapshot.milestones] == [
        ("MS1", (1,)), ("MS2", (1, 2))]
    assert sorted((e.participant, e.work_package) for e in snapshot.efforts) == [(1, 1), (2, 2)]
    assert sorted((c.category, c.work_package) for c in snapshot.costs) == [
        ("B", 2), ("C1", None)]


def test_labels_numbers_and_a_mix_load_as_one_project(empty_template: Path,
                                                      tmp_path: Path) -> None:
    dumps = []
    for name, document in {"labels": _handwritten(), "numbers": _numbered(),
                           "mixed": _numbered(every=2)}.items():
        path = Path(shutil.copy(empty_template, tmp_path / f"{name}.cpw"))
        dumps.append(_load_and_dump(path, document))
    assert dumps[0] == dumps[1] == dumps[2]
    dumped = json.loads(dumps[0])  # the canonical form: whole numbers, every field present
    assert dumped["work_packages"][1]["deliverables"][1]["number"] == 2
    assert dumped["milestones"][1]["work_packages"] == [1, 2]
    assert dumped["organisations"][0]["city"] == ""


def test_a_handwritten_project_round_trips_to_the_same_bytes(empty_template: Path,
                                                             tmp_path: Path) -> None:
    first = _load_and_dump(Path(shutil.copy(empty_template, tmp_path / "a.cpw")), _handwritten())
    second = _load_and_dump(Path(shutil.copy(empty_template, tmp_path / "b.cpw")),
                            json.loads(first))
    assert second == first


def _schema() -> dict[str, Any]:
    return json.loads((resources_dir() / "schema" / "project.schema.json").read_text("utf-8"))


def _optional_fields(schema: dict[str, Any], document: Any) -> list[tuple[dict[str, Any], str]]:
    """(object, field) for every optional field of every object in `document`, as the schema
    says: whether the document gives the field or leaves it out."""
    found: list[tuple[dict[str, Any], str]] = []
    if isinstance(document, dict) and "properties" in schema:
        required = set(schema.get("required", []))
        for name, spec in schema["properties"].items():
            if name not in required:
                found.append((document, name))
            if name in document:
                found += _optional_fields(spec, document[name])
    elif isinstance(document, list) and "items" in schema:
        for item in document:
            found += _optional_fields(schema["items"], item)
    return found


def test_null_means_not_given_for_every_optional_field(empty_template: Path,
                                                       tmp_path: Path) -> None:
    from jsonschema import Draft202012Validator

    document = _handwritten()
    fields = _optional_fields(_schema(), document)
    # every optional field of the schema is exercised (tasks and costs give theirs below)
    assert {name for _, name in fields} >= {"city", "vat", "thematic_priority", "lead",
                                            "region_category_override", "tasks", "quantity"}
    nulls = copy.deepcopy(document)
    for target, name in _optional_fields(_schema(), nulls):
        if name not in ("tasks", "deliverables", "work_packages", "milestones", "effort",
                        "costs"):  # nulling these would drop the items the test compares
            target[name] = None
    assert not list(Draft202012Validator(_schema()).iter_errors(nulls))  # the schema says so
    left_out = copy.deepcopy(document)
    for target, name in _optional_fields(_schema(), left_out):
        if name not in ("tasks", "deliverables", "work_packages", "milestones", "effort",
                        "costs"):
            target.pop(name, None)
    path = Path(shutil.copy(empty_template, tmp_path / "nulls.cpw"))
    other = Path(shutil.copy(empty_template, tmp_path / "left-out.cpw"))
    assert _load_and_dump(path, nulls) == _load_and_dump(other, left_out)


def test_null_lists_mean_none(workspace_path: Path) -> None:
    document = _handwritten()
    document.update(milestones=None, effort=None, costs=None)
    document["work_packages"][0].update(tasks=None, deliverables=None)
    dumped = json.loads(_load_and_dump(workspace_path, document))
    assert (dumped["milestones"], dumped["effort"], dumped["costs"]) == ([], [], [])
    assert dumped["work_packages"][0]["tasks"] == []


def test_a_label_of_another_work_package_is_refused_with_its_path(workspace_path: Path) -> None:
    document = _handwritten()
    document["work_packages"][1]["number"] = 3  # WP2 renumbered; its labels still say D2.n
    document["work_packages"][0]["tasks"][0]["number"] = "T2.1"
    document["milestones"][1]["work_packages"] = [1, 3]
    document["effort"][1]["work_package"] = 3
    document["costs"][1]["work_package"] = "WP3"
    problems = _refusal(workspace_path, document)
    assert problems == [
        '$.work_packages[0].tasks[0].number: "T2.1" is a label of WP2, but it is in WP1; write '
        '"T1.1" (or 1), or move it to WP2',
        '$.work_packages[1].deliverables[0].number: "D2.1" is a label of WP2, but it is in WP3; '
        'write "D3.1" (or 1), or move it to WP2',
        '$.work_packages[1].deliverables[1].number: "d2.2" is a label of WP2, but it is in WP3; '
        'write "D3.2" (or 2), or move it to WP2',
    ]


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (("work_packages", 0, "deliverables", 0, "number"), "D1", "a label such as \"D2.1\""),
        (("work_packages", 0, "tasks", 0, "number"), "Task 1.1", "a label such as \"T2.1\""),
        (("milestones", 0, "number"), "M1", "a label such as \"MS2\""),
        (("work_packages", 0, "number"), "WP 1a", "a label such as \"WP2\""),
        (("effort", 0, "work_package"), "1", "a label such as \"WP2\""),
        (("work_packages", 0, "number"), "WP0", "numbers run from 1 to 1,000,000,000"),
        (("work_packages", 0, "deliverables", 0, "number"), "D1.0", "numbers run from 1"),
        (("milestones", 0, "number"), "MS9999999999", "numbers run from 1"),
        (("work_packages", 0, "number"), 1.5, "is not of type 'integer', 'string'"),
    ],
)
def test_a_number_that_is_no_label_is_refused(workspace_path: Path, path: tuple[Any, ...],
                                              value: Any, expected: str) -> None:
    document = _handwritten()
    _set(document, path, value)
    [problem] = _refusal(workspace_path, document)
    where = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)
    assert problem.startswith(f"{where}: ") and expected in problem, problem


def test_one_item_given_twice_is_refused_wherever_its_number_comes_from(
    workspace_path: Path,
) -> None:
    document = _handwritten()
    deliverables = document["work_packages"][0]["deliverables"]
    deliverables += [dict(deliverables[0]), dict(deliverables[0], number=1)]  # "D1.1" x2, 1
    tasks = document["work_packages"][0]["tasks"]
    tasks[1]["number"] = 1  # "T1.1" and 1
    document["work_packages"][1]["number"] = 1  # WP1 twice ("WP1" and 1) ...
    for deliverable in document["work_packages"][1]["deliverables"]:
        deliverable["number"] = int(deliverable["number"][-1])  # ... its items numbered alone
    document["milestones"][1]["number"] = "ms 1"
    document["milestones"][0]["work_packages"] = ["WP1", 1]
    problems = _refusal(workspace_path, document)
    for expected in (
        "$.work_packages: WP1 is given more than once ([0], [1])",
        "$.work_packages[0].tasks: T1.1 is given more than once ([0], [1])",
        "$.work_packages[0].deliverables: D1.1 is given more than once ([0], [1], [2])",
        "$.milestones: MS1 is given more than once ([0], [1])",
        "$.milestones[0].work_packages: WP1 is named more than once",
    ):
        assert any(problem.startswith(expected) for problem in problems), (expected, problems)


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (("project", "acronym"), "  \t", "$.project.acronym: is blank; write the acronym"),
        (("organisations", 1, "legal_name"), " ",
         "$.organisations[1].legal_name: is blank; write the legal name"),
        (("project", "call"), "i3-strand9",
         '$.project.call: no call profile "i3-strand9" is installed; write one of generic, '
         "horizon-europe-ia, horizon-europe-ria, i3-strand1, i3-strand2a, i3-strand2b"),
        (("organisations", 1, "nuts2"), "ES61",
         "$.organisations[1].nuts2: the region ES61 (Andalucía) is in ES, not in PL; correct "
         "the country or the region, or leave the region out"),
    ],
)
def test_what_the_editor_refuses_is_refused_with_its_path(
    workspace_path: Path, path: tuple[Any, ...], value: str, expected: str
) -> None:
    document = _handwritten()
    _set(document, path, value)
    assert _refusal(workspace_path, document) == [expected]


def test_a_region_of_the_organisations_country_loads(workspace_path: Path) -> None:
    document = _handwritten()
    document["organisations"][1].update(country="PL", nuts2="PL92")  # NUTS 2016: still PL
    assert json.loads(_load_and_dump(workspace_path, document))["organisations"][1]["nuts2"] == (
        "PL92")


def test_the_schema_states_the_label_patterns_of_the_code() -> None:
    text = json.dumps(_schema())
    for pattern in LABEL_PATTERNS.values():
        assert json.dumps(pattern) in text
    for label, pattern in LABEL_PATTERNS.items():
        example = {"WP": "WP2", "T": "T2.1", "D": "D2.1", "MS": "MS2"}[label]
        assert re.search(pattern, example) and re.search(pattern, f" {example.lower()} ")


def test_the_command_line_exit_codes(empty_template: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    workspace = str(shutil.copy(empty_template, tmp_path / "w.cpw"))
    disagreeing = _handwritten()
    disagreeing["work_packages"][1]["deliverables"][0]["number"] = "D3.1"
    files = {"disagreeing.json": json.dumps(disagreeing), "list.json": "[]",
             "broken.json": '{"format": ', "handwritten.json": HANDWRITTEN}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert main(["load", workspace, str(tmp_path / "disagreeing.json")]) == 1
    error = capsys.readouterr().err
    assert "disagreeing.json was not loaded; the workspace is unchanged" in error
    assert '$.work_packages[1].deliverables[0].number: "D3.1" is a label of WP3' in error
    assert "unexpected error" not in error
    for unusable in ("list.json", "broken.json"):
        assert main(["load", workspace, str(tmp_path / unusable)]) == 2
        assert "was not loaded" in capsys.readouterr().err
    assert main(["load", workspace, str(tmp_path / "handwritten.json")]) == 0
    assert main(["load", workspace, str(tmp_path / "handwritten.json")]) == 2  # needs --replace
    assert "use --replace" in capsys.readouterr().err
    assert main(["load", "--replace", workspace, str(tmp_path / "handwritten.json")]) == 0


def test_a_rejected_document_is_a_document_error() -> None:
    """Callers that catch DocumentError (the demo, the window) keep catching every refusal."""
    assert issubclass(RejectedDocument, DocumentError)
