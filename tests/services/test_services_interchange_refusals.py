"""`load` of hostile project files: every one is refused with a listed problem, none crashes.

Table-driven: each case mutates the demo's own document (or writes raw text) and names a phrase
the refusal must contain. The workspace is unchanged after every refusal.
"""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from consortium_planner.domain.limits import MAX_INTEGER, MAX_MONTHS
from consortium_planner.domain.money import MAX_AMOUNT
from consortium_planner.paths import resources_dir
from consortium_planner.services.interchange import (
    DocumentError,
    load_project,
    read_document,
    to_json_text,
)
from consortium_planner.workspace import Workspace

Mutation = Callable[[dict[str, Any]], None]


def _set(*path: str | int, value: Any) -> Mutation:
    def mutate(document: dict[str, Any]) -> None:
        target = document
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value  # type: ignore[index]
    return mutate


def _same_organisation_twice(document: dict[str, Any]) -> None:
    """Two keys, one organisation (same PIC): both would take part."""
    first, second = document["organisations"][0], document["organisations"][1]
    second.update({k: v for k, v in first.items() if k != "key"})


MUTATIONS: dict[str, tuple[Mutation, str]] = {
    "staff over 2**63": (_set("organisations", 0, "staff", value=2**64), "maximum"),
    "staff just over the limit": (_set("organisations", 0, "staff", value=MAX_INTEGER + 1),
                                  "maximum"),
    "participant number over 2**63": (_set("participants", 0, "number", value=2**63),
                                      "maximum"),
    "lead over 2**63": (_set("work_packages", 0, "lead", value=2**63), "maximum"),
    "effort participant over 2**63": (_set("effort", 0, "participant", value=2**63), "maximum"),
    "month past the limit": (_set("work_packages", 0, "end_month", value=MAX_MONTHS + 1),
                             "maximum"),
    "negative staff": (_set("organisations", 0, "staff", value=-1), "minimum"),
    "money as a float": (_set("participants", 0, "monthly_personnel_cost", value=1234.5),
                         "not of type 'string'"),
    "money as 1e400 text": (_set("participants", 0, "monthly_personnel_cost", value="1e400"),
                            "does not match"),
    "person-months past the limit": (
        _set("effort", 0, "person_months", value=str(MAX_AMOUNT)), "does not match"),
    "organisations not a list": (_set("organisations", value={}), "not of type 'array'"),
    "title a list": (_set("project", "title", value=[]), "not of type 'string'"),
    "missing work package": (_set("effort", 0, "work_package", value=99), "no work package 99"),
    "lone surrogate in a name": (_set("organisations", 0, "legal_name", value="A\ud800B"),
                                 "cannot be stored (U+D800)"),
    "lone surrogate in a key": (_set("project", "ti\udc00tle", value="x"),
                                "cannot be stored (U+DC00)"),
    "NUL in a name": (_set("organisations", 0, "legal_name", value="\x00"),
                      "cannot be stored (U+0000)"),
    "same organisation twice": (_same_organisation_twice, "is the same organisation as"),
    "a 2,000-character name": (_set("organisations", 0, "legal_name", value="N" * 2000),
                               "2,000 characters long"),
}

RAW_TEXTS: dict[str, tuple[str | bytes, str]] = {
    "empty file": ("", "is empty"),
    "only spaces": (" \n\t", "is empty"),
    "nested 100,000 deep": ("[" * 100_000 + "]" * 100_000, "nested far too deeply"),
    "nested deeper than a project": ('{"project": ' + "[" * 500 + "]" * 500 + "}",
                                     "levels deep"),
    "NaN": ('{"version": NaN}', "NaN is not a number JSON allows"),
    "Infinity": ('{"version": -Infinity}', "-Infinity is not a number JSON allows"),
    "number 1e400": ('{"version": 1e400}', "far too large"),
    "5,000 digits": ('{"version": ' + "9" * 5000 + "}", "5,000 digits"),
    "a key twice": ('{"version": 1, "version": 2}', 'given twice in the same object ("version")'),
    "a list": ("[]", "expected a JSON object"),
    "a string": ('"x"', "expected a JSON object"),
    "UTF-16": ('{"format": 1}'.encode("utf-16"), "not UTF-8"),
    "not JSON": ("{", "not valid JSON"),
}


@pytest.fixture(scope="module")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("refusals") / "empty.cpw"
    Workspace.create(path).close()
    return path


@pytest.fixture
def workspace_path(empty_template: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(empty_template, tmp_path / "w.cpw"))


def _refusal(workspace_path: Path, file: Path) -> str:
    with pytest.raises(DocumentError) as raised:
        document = read_document(file)
        with Workspace.open(workspace_path) as workspace:
            load_project(workspace, document, file_name=file.name)
    return raised.value.report()


def _projects(path: Path) -> int:
    with Workspace.open(path, read_only=True) as workspace, workspace.engine.connect() as conn:
        return int(conn.exec_driver_sql("select count(*) from project").scalar() or 0)


@pytest.mark.parametrize("case", MUTATIONS)
def test_a_malformed_document_is_refused_with_its_reason(
    case: str, demo_document: dict, workspace_path: Path, tmp_path: Path
) -> None:
    mutate, expected = MUTATIONS[case]
    document = copy.deepcopy(demo_document)
    mutate(document)
    file = tmp_path / "p.json"
    file.write_text(json.dumps(document), encoding="ascii")  # a surrogate as its \ud800 escape
    report = _refusal(workspace_path, file)
    assert expected in report
    assert max(map(len, report.splitlines())) < 400  # no value is echoed back whole
    assert _projects(workspace_path) == 0


@pytest.mark.parametrize("case", RAW_TEXTS)
def test_a_file_that_is_no_project_document_is_refused(
    case: str, workspace_path: Path, tmp_path: Path
) -> None:
    text, expected = RAW_TEXTS[case]
    file = tmp_path / "p.json"
    if isinstance(text, bytes):
        file.write_bytes(text)
    else:
        file.write_text(text, encoding="utf-8")
    assert expected in _refusal(workspace_path, file)
    assert _projects(workspace_path) == 0


def test_the_demo_document_itself_still_loads(demo_document: dict, workspace_path: Path,
                                              tmp_path: Path) -> None:
    file = tmp_path / "p.json"
    file.write_text("\ufeff" + to_json_text(demo_document), encoding="utf-8")  # a BOM is fine
    with Workspace.open(workspace_path) as workspace:
        load_project(workspace, read_document(file))
    assert _projects(workspace_path) == 1


def _integer_maxima(node: Any) -> list[int | None]:
    if isinstance(node, list):
        return [m for item in node for m in _integer_maxima(item)]
    if not isinstance(node, dict):
        return []
    found: list[int | None] = []
    kind = node.get("type")
    if kind == "integer" or (isinstance(kind, list) and "integer" in kind):
        found.append(node.get("maximum"))
    return found + [m for value in node.values() for m in _integer_maxima(value)]


def test_the_schema_states_the_same_limits_as_the_code() -> None:
    from consortium_planner.domain.limits import FOUNDED_YEARS

    schema = json.loads((resources_dir() / "schema" / "project.schema.json").read_text("utf-8"))
    assert set(_integer_maxima(schema)) == {MAX_INTEGER, MAX_MONTHS, FOUNDED_YEARS[1]}
    digits = len(str(int(MAX_AMOUNT - 1)))
    assert f"^[0-9]{{1,{digits}}}(\\\\.[0-9]{{1,2}})?$" in json.dumps(schema)


def test_the_schema_states_the_organisation_text_limits_of_the_code() -> None:
    from consortium_planner.domain.limits import ORGANISATION_TEXT_LIMITS

    schema = json.loads((resources_dir() / "schema" / "project.schema.json").read_text("utf-8"))
    organisation = schema["properties"]["organisations"]["items"]["properties"]
    stated = {name: spec["maxLength"] for name, spec in organisation.items()
              if name in ORGANISATION_TEXT_LIMITS}
    assert stated == ORGANISATION_TEXT_LIMITS
