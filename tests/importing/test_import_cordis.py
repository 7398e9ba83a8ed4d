"""CORDIS organisation exports (CSV, XLSX, JSON) read with no mapping: one organisation per PIC,
its type from activityType and the SME flag, EU country codes and CORDIS's quirks, NUTS 3 codes
of 2016 and 2021 reduced to NUTS 2 (2021), and every row's project kept as a participation."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from consortium_planner.domain.vocab import EuProgramme, EuRole, OrgType
from consortium_planner.importing.cordis import (
    parse_programme,
    parse_role,
    programme_of,
    programme_of_file,
)
from consortium_planner.importing.errors import ImportFileError
from consortium_planner.importing.plan import build_organisation_plan

from cordis_files import HEADER, UOA, WRITERS, first_export, participation, write_csv


@pytest.fixture(params=sorted(WRITERS))
def plan(request, tmp_path: Path):
    path = WRITERS[request.param](tmp_path / f"organization.{request.param}", first_export())
    return build_organisation_plan(path)


def by_pic(plan) -> dict[str, dict[str, object]]:
    return {plan.values(index)["pic"]: plan.values(index) for index in range(plan.rows_read)}


def test_cordis_columns_map_without_a_mapping(plan):
    assert {header: plan.mapping[header] for header in (
        "organisationID", "vatNumber", "name", "shortName", "activityType", "street",
        "postCode", "city", "country", "nutsCode", "organizationURL", "projectID",
        "projectAcronym", "role", "ecContribution")} == {
        "organisationID": "pic", "vatNumber": "vat", "name": "legal_name",
        "shortName": "short_name", "activityType": "org_type", "street": "address",
        "postCode": "postcode", "city": "city", "country": "country", "nutsCode": "nuts2",
        "organizationURL": "website", "projectID": "project_id",
        "projectAcronym": "project_acronym", "role": "role", "ecContribution": "eu_contribution"}
    assert plan.errors == []


def test_one_organisation_per_pic_with_every_project(plan):
    assert plan.rows_read == 9  # 15 participation rows
    assert plan.row_numbers[0] == 2
    uoa = [p for p in plan.participations if p.index == 0]
    assert [(p.programme, p.project_id, p.role) for p in uoa] == [
        ("FP7", "314056", EuRole.PARTICIPANT), ("H2020", "633053", EuRole.THIRD_PARTY),
        ("H2020", "700001", EuRole.COORDINATOR), ("H2020", "800002", EuRole.COORDINATOR),
        ("HORIZON", "101060884", EuRole.PARTICIPANT)]
    assert len(plan.participations) == 15
    assert any("15 participation rows name 9 organisations" in note for note in plan.notes)


def test_amounts_with_a_decimal_point_or_comma_are_exact(plan):
    amounts = {(p.index, p.project_id): p.eu_contribution for p in plan.participations}
    assert amounts[(0, "700001")] == Decimal("1200000.50")  # "1200000,5"
    assert amounts[(0, "800002")] == Decimal("700000.25")
    assert amounts[(1, "800002")] == Decimal("12000.75")  # "12000,75"
    assert amounts[(3, "101060884")] is None  # left blank


def test_types_from_activity_type_and_the_sme_flag(plan):
    found = by_pic(plan)
    assert found["999643007"]["org_type"] is OrgType.HIGHER_EDUCATION  # HES
    assert found["928228018"]["org_type"] is OrgType.SME  # PRC, SME true
    assert found["912345678"]["org_type"] is OrgType.LARGE_ENTERPRISE  # PRC, SME false
    assert "org_type" not in found["923456789"]  # PRC, SME empty: undecided, reported
    assert found["999905974"]["org_type"] is OrgType.OTHER  # OTH
    assert found["934567890"]["org_type"] is OrgType.PUBLIC_AUTHORITY  # PUB
    assert found["999984059"]["org_type"] is OrgType.RESEARCH_ORGANISATION  # REC
    assert "sme_class" not in found["928228018"]  # the flag is no size class
    undecided = [w for w in plan.warnings if w.row == 10]
    assert undecided and "SME column is empty" in undecided[0].message
    assert undecided[0].column == "activityType"


def test_countries_vat_and_regions(plan):
    found = by_pic(plan)
    assert (found["999643007"]["country"], found["999643007"]["nuts2"]) == ("EL", "EL30")
    assert found["999643007"]["vat"] == "EL090145420"
    assert (found["999905974"]["country"], found["999905974"]["nuts2"]) == ("UK", "UKI3")
    assert found["934567890"]["nuts2"] == "HR05"  # NUTS 3 2016 HR041 is HR050 in 2021
    assert found["945678901"]["nuts2"] == "BE22"  # NUTS 3 2021 only (BE224)
    assert (found["999984059"]["country"], found["999984059"]["nuts2"]) == ("FI", "FI1B")
    assert found["912345678"]["website"] == "https://www.grosse-werke.example.de"
    nowhere = found["956789012"]
    assert "country" not in nowhere
    assert any(w.row == 16 and "no country given" in w.message for w in plan.warnings)


def test_rows_of_one_pic_that_disagree_are_reported(plan):
    assert by_pic(plan)["999984059"]["legal_name"] == "TEKNOLOGIAN TUTKIMUSKESKUS VTT OY"
    [warning] = [w for w in plan.warnings if w.row == 14]
    assert warning.column == "name"
    assert "“VTT OY” here" in warning.message and "row 13" in warning.message


def test_a_project_number_where_programmes_meet_is_left_unknown_and_said(plan):
    wellcome = next(p for p in plan.participations if p.project_id == "632927")
    assert wellcome.programme == ""
    assert any("programme of 1 participation(s) is not known" in note for note in plan.notes)


def test_a_programme_column_wins_over_the_number(tmp_path: Path):
    rows = [participation(UOA, "632927", "X", "coordinator", "1")]
    path = tmp_path / "organization.csv"
    text = write_csv(path, rows).read_text(encoding="utf-8").splitlines()
    text[0] += ';"frameworkProgramme"'
    text[1] += ';"H2020"'
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    plan = build_organisation_plan(path)
    assert [p.programme for p in plan.participations] == ["H2020"]


def test_the_same_project_twice_for_one_organisation_is_reported(tmp_path: Path):
    rows = [participation(UOA, "700001", "GREENPORT", "coordinator", "1"),
            participation(UOA, "700001", "GREENPORT", "participant", "2")]
    plan = build_organisation_plan(write_csv(tmp_path / "organization.csv", rows))
    assert len(plan.participations) == 1 and plan.participations[0].role is EuRole.COORDINATOR
    assert any(w.row == 3 and "project 700001 is on row 2" in w.message for w in plan.warnings)


def test_a_list_with_project_columns_but_no_project_number_says_so(tmp_path: Path):
    path = tmp_path / "list.csv"
    path.write_text("Legal name;Country;Project acronym;Role\nACME;DE;GREEN;coordinator\n",
                    encoding="utf-8")
    plan = build_organisation_plan(path)
    assert plan.participations == [] and plan.rows_read == 1
    assert any("a project needs its number" in note and "“Project acronym”" in note
               for note in plan.notes)


def test_a_formula_like_acronym_stays_text(tmp_path: Path):
    rows = [participation(UOA, "700001", "=HYPERLINK(\"x\")", "coordinator", "1")]
    plan = build_organisation_plan(write_csv(tmp_path / "organization.csv", rows))
    assert plan.participations[0].acronym == '=HYPERLINK("x")'


@pytest.mark.parametrize("text", ["[{\"name\": \"A\"", "[1, 2]", "[]", "[" + "[" * 5000])
def test_a_json_file_that_is_not_a_list_of_records_is_refused_plainly(tmp_path: Path, text):
    path = tmp_path / "organization.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFileError) as refused:
        build_organisation_plan(path)
    assert "organization.json" in refused.value.message


def test_json_records_with_missing_and_nested_fields(tmp_path: Path):
    path = tmp_path / "organization.json"
    path.write_text(json.dumps([
        {"name": "ALPHA", "country": "DE", "organisationID": 912345670},
        {"organisationID": "912345671", "name": "BETA", "country": "FR",
         "extra": {"a": [1, 2]}},
    ]), encoding="utf-8")
    plan = build_organisation_plan(path)
    assert [plan.values(i)["legal_name"] for i in range(2)] == ["ALPHA", "BETA"]
    assert [plan.values(i)["pic"] for i in range(2)] == ["912345670", "912345671"]
    assert plan.row_numbers == [2, 3]


def test_header_is_cordis_own():
    assert HEADER[:3] == ("projectID", "projectAcronym", "organisationID")


@pytest.mark.parametrize(("raw", "role"), [
    ("coordinator", EuRole.COORDINATOR), ("participant", EuRole.PARTICIPANT),
    ("partner", EuRole.PARTNER), ("thirdParty", EuRole.THIRD_PARTY),
    ("Third party", EuRole.THIRD_PARTY), ("associatedPartner", EuRole.ASSOCIATED_PARTNER),
    ("hostInstitution", EuRole.PARTICIPANT), ("beneficiary", EuRole.PARTICIPANT),
])
def test_roles(raw, role):
    assert parse_role(raw) == (role, [])


def test_an_unknown_role_is_left_empty_with_a_warning():
    value, problems = parse_role("sponsor", "role")
    assert value is None and problems[0].severity == "warning"


@pytest.mark.parametrize(("raw", "programme"), [
    ("FP7", EuProgramme.FP7), ("H2020", EuProgramme.H2020), ("HORIZON", EuProgramme.HORIZON),
    ("Horizon 2020", EuProgramme.H2020), ("Horizon Europe", EuProgramme.HORIZON),
    ("H2020-EU.3.1.", EuProgramme.H2020), ("FP7-HEALTH", EuProgramme.FP7),
])
def test_programmes(raw, programme):
    assert parse_programme(raw) == (programme, [])


def test_programme_from_project_number_and_file_name():
    assert programme_of("314056") is EuProgramme.FP7
    assert programme_of("792210") is EuProgramme.H2020
    assert programme_of("101003111") is EuProgramme.H2020
    assert programme_of("101060884") is EuProgramme.HORIZON
    assert programme_of("632927") is None  # where FP7 and Horizon 2020 meet
    assert programme_of("ABC") is None
    assert programme_of_file("cordis-h2020projects organization.csv") is EuProgramme.H2020
    assert programme_of_file("cordis-HORIZONprojects-organization.xlsx") is EuProgramme.HORIZON
    assert programme_of_file("fp7_organization.json") is EuProgramme.FP7
    assert programme_of_file("organization.csv") is None


def test_two_pics_sharing_a_vat_number_are_two_organisations(tmp_path: Path):
    faculty = dict(UOA, organisationID="987654321", name="UOA MEDICAL SCHOOL")
    rows = [participation(UOA, "700001", "GREENPORT", "coordinator", "1"),
            participation(faculty, "800002", "SEASTAR", "participant", "2")]
    plan = build_organisation_plan(write_csv(tmp_path / "organization.csv", rows))
    assert plan.rows_read == 2 and plan.repeat_of == {}
    assert [(p.index, p.project_id) for p in plan.participations] == [(0, "700001"),
                                                                       (1, "800002")]


def test_a_row_without_pic_repeating_an_organisation_keeps_its_project(tmp_path: Path):
    again = dict(UOA, organisationID="")
    rows = [participation(UOA, "700001", "GREENPORT", "coordinator", "1"),
            participation(again, "800002", "SEASTAR", "participant", "2")]
    plan = build_organisation_plan(write_csv(tmp_path / "organization.csv", rows))
    assert plan.repeat_of == {1: 0}  # same VAT number: skipped as a repeat, and reported
    assert any(w.row == 3 and "appears twice" in w.message for w in plan.warnings)
    assert [(p.index, p.project_id) for p in plan.participations] == [(0, "700001"),
                                                                       (0, "800002")]


def test_an_sme_yes_no_column_without_a_type_column(tmp_path: Path):
    path = tmp_path / "list.csv"
    path.write_text("Legal name;Country;SME\nACME;DE;yes\nUNI;DE;no\nOTHER;DE;\n",
                    encoding="utf-8")
    plan = build_organisation_plan(path)
    assert [plan.values(i).get("org_type") for i in range(3)] == [OrgType.SME, None, None]
    assert plan.warnings == []


def test_a_project_json_is_refused_with_what_to_do(tmp_path: Path):
    path = tmp_path / "project.json"
    path.write_text('{"project": {"acronym": "X"}}', encoding="utf-8")
    with pytest.raises(ImportFileError) as refused:
        build_organisation_plan(path)
    assert "`load`" in refused.value.message


def test_a_json_list_of_records_with_ever_new_fields_is_refused(tmp_path: Path):
    path = tmp_path / "organization.json"
    path.write_text(json.dumps([{f"field{i}": i} for i in range(20_000)]), encoding="utf-8")
    with pytest.raises(ImportFileError) as refused:
        build_organisation_plan(path)
    assert "far more than a list of organisations holds" in refused.value.message


def test_the_notes_say_how_the_sme_column_and_the_projects_were_read(plan):
    assert any("Column “SME” holds yes/no" in note for note in plan.notes)
    assert any("15 EU project participation(s) were read (column “projectID”)" in note
               for note in plan.notes)


def test_a_row_without_its_project_number_is_named(tmp_path):
    """A row of a PIC already read, with no project number, leaves nothing of its own: it is
    named, as is a row whose role and contribution no participation can keep."""
    rows = [participation(UOA, "314056", "ARUM", "participant", "541640"),
            participation(UOA, "", "", "", ""),
            participation(dict(UOA, organisationID="912345670", name="OTHER"), "", "X", "", "5")]
    plan = build_organisation_plan(write_csv(tmp_path / "organization.csv", rows))
    assert [(problem.row, problem.column, problem.message) for problem in plan.warnings
            if "project number" in problem.message] == [
        (3, "projectID", "no project number: no EU project participation was recorded from "
                         "this row (its organisation is the one of row 2)"),
        (4, "projectID", "no project number: no EU project participation was recorded from "
                         "this row")]
