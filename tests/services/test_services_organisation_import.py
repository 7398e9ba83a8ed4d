"""The organisation import service: matching, field diffs, decisions, one transaction, exact undo."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from consortium_planner.domain.vocab import OrgType, SmeClass
from consortium_planner.importing.plan import build_organisation_plan
from consortium_planner.models import Base, ImportBatch, Organisation, Participant, Project
from consortium_planner.names import normalised_name
from consortium_planner.services.organisation_import import (
    Decision,
    ImportRefused,
    ImportUndoError,
    apply_import,
    preview_import,
    undo_import,
)
from consortium_planner.workspace import ReadOnlyWorkspace, Workspace

HEADER = ["Legal name", "Country", "PIC", "VAT", "E-mail", "Staff", "Turnover", "Type"]


def write_csv(path: Path, rows: list[list[object]]) -> Path:
    lines = [";".join("" if cell is None else str(cell) for cell in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def workspace(empty_location: str):
    """On each engine: an import is one transaction, and is undone exactly, on both."""
    with Workspace.open(empty_location) as opened:
        with opened.transaction() as session:
            session.add_all([
                Organisation(legal_name="Acme GmbH", name_key=normalised_name("Acme GmbH"),
                             country="DE", pic="999999999", email="old@acme.de",
                             org_type=OrgType.SME, staff_headcount=12),
                Organisation(legal_name="Beta SARL", name_key=normalised_name("Beta SARL"),
                             country="FR", vat="FR12345678901", city="Lyon"),
                Organisation(legal_name="Gamma Sp. z o.o.", name_key=normalised_name("Gamma"),
                             country="PL", turnover=Decimal("1000.00")),
            ])
            session.add(Project(acronym="DEMO", title="Demo"))
        yield opened


def ids_by_name(workspace: Workspace) -> dict[str, int]:
    with workspace.sessions() as session:
        return {name: id_ for id_, name in session.execute(
            Organisation.__table__.select().with_only_columns(
                Organisation.id, Organisation.legal_name))}


def table_rows(workspace: Workspace, table: str) -> list[tuple]:
    """A table's rows, row versions apart (every write bumps them, an undo too)."""
    with workspace.sessions() as session:
        names = [column.name for column in Base.metadata.tables[table].c
                 if column.name != "version"]
        return [tuple(row) for row in session.execute(
            text(f"SELECT {', '.join(names)} FROM {table} ORDER BY id")).all()]


def everything(workspace: Workspace) -> dict[str, list[tuple]]:
    return {table: table_rows(workspace, table)
            for table in ("organisation", "participant", "import_batch", "project")}


def plan_of(tmp_path: Path, rows: list[list[object]], name: str = "list.csv"):
    return build_organisation_plan(write_csv(tmp_path / name, [HEADER, *rows]))


def test_matches_by_pic_then_vat_then_name(workspace, tmp_path):
    plan = plan_of(tmp_path, [
        ["ACME Gesellschaft mbH", "DE", "999999999", "", "", "", "", ""],  # PIC
        ["Beta", "France", "", "FR 12 345 678 901", "", "", "", ""],  # VAT, other name
        ["GAMMA", "Polska", "", "", "", "", "", ""],  # name + country
        ["Gamma", "Deutschland", "", "", "", "", "", ""],  # same name, other country: new
        ["Delta BV", "NL", "", "", "", "", "", ""],  # new
    ])
    preview = preview_import(workspace, plan)
    ids = ids_by_name(workspace)
    found = {record.row: (record.organisation_id, record.matched_by)
             for record in preview.duplicates}
    assert found == {2: (ids["Acme GmbH"], "pic"), 3: (ids["Beta SARL"], "vat"),
                     4: (ids["Gamma Sp. z o.o."], "name")}
    assert preview.decisions == [Decision.UPDATE, Decision.UPDATE, Decision.UPDATE,
                                 Decision.CREATE, Decision.CREATE]
    assert [change.field for change in preview.matches[2].changes] == ["legal_name"]


def test_a_weaker_key_never_matches_a_record_with_another_pic(workspace, tmp_path):
    plan = plan_of(tmp_path, [["Acme GmbH", "DE", "911111111", "", "", "", "", ""]])
    preview = preview_import(workspace, plan)
    assert preview.decisions == [Decision.CREATE]
    assert "another PIC" in preview.warnings[0].message


def test_field_by_field_changes_never_blank_the_directory(workspace, tmp_path):
    plan = plan_of(tmp_path, [["Acme GmbH", "DE", "999999999", "", "new@acme.de", "12",
                               "1.500.000", ""]])
    preview = preview_import(workspace, plan)
    record = preview.duplicates[0]
    changes = {change.field: (change.old, change.new) for change in record.changes}
    assert changes == {
        "email": ("old@acme.de", "new@acme.de"),
        "turnover": (None, Decimal("1500000.00")),
        "sme_class": (None, SmeClass.SMALL),
    }
    assert preview.choices(0) == (Decision.UPDATE, Decision.KEEP, Decision.SKIP)


def test_update_keep_and_skip(workspace, tmp_path):
    rows = [["Acme GmbH", "DE", "999999999", "", "new@acme.de", "", "", ""],
            ["Beta SARL", "FR", "", "FR12345678901", "beta@beta.fr", "", "", ""],
            ["Gamma", "PL", "", "", "gamma@gamma.pl", "", "", ""]]
    preview = preview_import(workspace, plan_of(tmp_path, rows))
    preview.decide(1, Decision.KEEP)
    preview.decide(2, Decision.SKIP)
    with pytest.raises(ValueError):
        preview.decide(0, Decision.CREATE)
    result = apply_import(workspace, preview)
    assert (result.created, result.updated, result.unchanged, result.skipped) == (0, 1, 1, 1)
    with workspace.sessions() as session:
        emails = dict(session.execute(Organisation.__table__.select().with_only_columns(
            Organisation.legal_name, Organisation.email)).all())
    assert emails == {"Acme GmbH": "new@acme.de", "Beta SARL": "", "Gamma Sp. z o.o.": ""}


def test_repeats_within_the_file_are_skipped(workspace, tmp_path):
    rows = [["Zeta Oy", "FI", "", "", "", "", "", ""],
            ["ZETA OY", "Finland", "", "", "", "", "", ""],
            ["Acme GmbH", "DE", "999999999", "", "", "", "", ""],
            ["Acme", "DE", "", "", "", "", "", ""]]  # matches the same record by name
    preview = preview_import(workspace, plan_of(tmp_path, rows))
    assert preview.decisions == [Decision.CREATE, Decision.SKIP, Decision.UNCHANGED,
                                 Decision.SKIP]
    assert preview.matches[1].matched_by == "row 2"
    assert preview.matches[3].matched_by == "row 4"
    result = apply_import(workspace, preview)
    assert (result.created, result.skipped) == (1, 2)


def test_new_organisations_get_every_column(workspace, tmp_path):
    plan = plan_of(tmp_path, [["Neu GmbH & Co. KG", "Österreich", "123456789", "U12345678",
                               "info@neu.at", "8", "1 500 000,50", "KMU"]])
    apply_import(workspace, preview_import(workspace, plan))
    with workspace.sessions() as session:
        new = session.query(Organisation).filter_by(pic="123456789").one()
        assert (new.legal_name, new.name_key, new.country, new.vat) == (
            "Neu GmbH & Co. KG", "neu", "AT", "ATU12345678")
        assert new.turnover == Decimal("1500000.50") and new.staff_headcount == 8
        assert new.org_type == OrgType.SME and new.sme_class == SmeClass.MICRO
        assert new.email == "info@neu.at" and new.city == "" and new.profit is None


def test_error_rows_refuse_the_file_unless_skipped(workspace, tmp_path):
    rows = [["Good Ltd", "IE", "", "", "", "", "", ""],
            ["Bad", "Narnia", "", "", "", "", "", ""]]
    preview = preview_import(workspace, plan_of(tmp_path, rows))
    assert preview.decisions == [Decision.CREATE, Decision.INVALID]
    before = everything(workspace)
    file_before = None if workspace.is_server else hashlib.sha256(
        workspace.path.read_bytes()).digest()
    with pytest.raises(ImportRefused):
        apply_import(workspace, preview)
    assert everything(workspace) == before
    if file_before is not None:
        assert hashlib.sha256(workspace.path.read_bytes()).digest() == file_before
    result = apply_import(workspace, preview, skip_invalid=True)
    assert (result.created, result.skipped) == (1, 1)


def test_enrolment_in_a_project(workspace, tmp_path):
    rows = [["Acme GmbH", "DE", "999999999", "", "", "", "", ""],
            ["Omega AB", "SE", "", "", "", "", "", ""]]
    preview = preview_import(workspace, plan_of(tmp_path, rows))
    result = apply_import(workspace, preview, project_acronym="demo")
    assert result.enrolled == 2
    with workspace.sessions() as session:
        enrolled = session.execute(
            Participant.__table__.select().with_only_columns(
                Participant.number, Participant.organisation_id, Participant.role)).all()
    ids = ids_by_name(workspace)
    assert [tuple(row) for row in enrolled] == [(1, ids["Acme GmbH"], "beneficiary"),
                                                (2, ids["Omega AB"], "beneficiary")]
    again = apply_import(workspace, preview_import(workspace, plan_of(tmp_path, rows, "b.csv")),
                         project_acronym="DEMO")
    assert again.enrolled == 0
    with pytest.raises(ImportRefused, match="no project"):
        apply_import(workspace, preview_import(workspace, plan_of(tmp_path, rows, "c.csv")),
                     project_acronym="NOPE")


def test_the_batch_records_file_counts_and_details(workspace, tmp_path):
    rows = [["Acme GmbH", "DE", "999999999", "", "new@acme.de", "", "", ""],
            ["Omega AB", "SE", "", "", "", "", "", ""],
            ["Bad", "Narnia", "", "", "", "", "", ""]]
    plan = plan_of(tmp_path, rows)
    result = apply_import(workspace, preview_import(workspace, plan), skip_invalid=True,
                          project_acronym="DEMO")
    with workspace.sessions() as session:
        batch = session.get(ImportBatch, result.batch_id)
        assert (batch.kind, batch.file_name, batch.sha256, batch.rows_read) == (
            "organisations", "list.csv", plan.sha256, 3)
        assert (batch.created, batch.updated, batch.unchanged, batch.skipped) == (1, 1, 0, 1)
        details = json.loads(batch.details)
    ids = ids_by_name(workspace)
    assert details["created"] == [[ids["Omega AB"], ids["Omega AB"]]]
    assert details["updated"][0]["id"] == ids["Acme GmbH"]
    assert details["updated"][0]["old"] == {"email": "old@acme.de"}
    assert details["updated"][0]["new"] == {"email": "new@acme.de"}
    assert details["enrolled"] == [1, 2]


def test_undo_restores_exactly(workspace, tmp_path):
    tables = ("organisation", "participant", "import_batch")
    before = {table: table_rows(workspace, table) for table in tables}
    rows = [["Acme AG", "DE", "999999999", "", "new@acme.de", "300", "90000000", ""],
            ["Beta SARL", "FR", "", "FR12345678901", "", "", "", "Université"],
            ["Omega AB", "SE", "", "", "", "", "", ""]]
    result = apply_import(workspace, preview_import(workspace, plan_of(tmp_path, rows)),
                          project_acronym="DEMO")
    assert (result.created, result.updated, result.enrolled) == (1, 2, 3)
    assert table_rows(workspace, "organisation") != before["organisation"]
    undo_import(workspace, result.batch_id)
    assert {table: table_rows(workspace, table) for table in tables} == before


def test_undo_refuses_when_a_created_organisation_is_used_since(workspace, tmp_path):
    result = apply_import(workspace, preview_import(
        workspace, plan_of(tmp_path, [["Omega AB", "SE", "", "", "", "", "", ""]])))
    with workspace.transaction() as session:
        session.add(Participant(project_id=1, organisation_id=ids_by_name(workspace)["Omega AB"],
                                number=1, monthly_personnel_cost=Decimal(0)))
    with pytest.raises(ImportUndoError, match="Omega AB"):
        undo_import(workspace, result.batch_id)
    assert "Omega AB" in ids_by_name(workspace)


def test_a_read_only_workspace_is_refused(workspace, tmp_path):
    plan = plan_of(tmp_path, [["Omega AB", "SE", "", "", "", "", "", ""]])
    path = workspace.location
    workspace.close()
    with Workspace.open(path, read_only=True) as read_only:
        preview = preview_import(read_only, plan)
        assert preview.decisions == [Decision.CREATE]
        with pytest.raises(ReadOnlyWorkspace, match="read-only"):
            apply_import(read_only, preview)


def test_demo_directory_matches_its_own_export(demo_path, tmp_path):
    """The keys the project JSON load stored and the keys the import computes agree."""
    with Workspace.open(demo_path) as workspace:
        with workspace.sessions() as session:
            known = session.execute(Organisation.__table__.select().with_only_columns(
                Organisation.legal_name, Organisation.country)).all()
        rows = [[name.upper(), country, "", "", "", "", "", ""] for name, country in known]
        preview = preview_import(workspace, plan_of(tmp_path, rows))
        assert all(record.matched_by == "name" for record in preview.duplicates)
        assert len(preview.duplicates) == len(known)


def test_first_import_into_an_empty_directory(tmp_path):
    """The empty-directory path: repeats in the file are still skipped, amounts stored as
    cents, and the indexes rebuilt after the bulk insert are the schema's own."""
    plan = plan_of(tmp_path, [
        ["Acme GmbH", "DE", "999999999", "", "", "12", "1.234,5", "SME"],
        ["Beta SARL", "FR", "", "", "", "", "", ""],
        ["ACME GmbH", "Deutschland", "999999999", "", "", "", "", ""],  # repeat of row 2
    ])
    path = tmp_path / "empty.cpw"
    with Workspace.create(path) as empty:
        with sqlite3.connect(path) as connection:
            indexes_before = connection.execute(
                "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'organisation' "
                "ORDER BY name").fetchall()
        preview = preview_import(empty, plan)
        assert preview.decisions == [Decision.CREATE, Decision.CREATE, Decision.SKIP]
        assert preview.matches[2].matched_by == "row 2"
        result = apply_import(empty, preview)
        assert result.created == 2
    with sqlite3.connect(path) as connection:
        assert connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'organisation' "
            "ORDER BY name").fetchall() == indexes_before
        assert connection.execute(
            "SELECT legal_name, turnover, org_type FROM organisation ORDER BY id").fetchall() == [
            ("Acme GmbH", 123450, "sme"), ("Beta SARL", None, "other")]


def test_partners_from_anywhere_are_imported_with_their_vat_checked(workspace, tmp_path):
    """Third-country partners are recorded like any other (eligibility is the call's business);
    their VAT numbers are checked where python-stdnum knows the country; a wrong check digit is
    a warning naming row and column, and the number is kept."""
    rows = [["Taipei Robotics", "Taiwan", "", "00501503", "", "", "", ""],
            ["São Paulo Sensores", "Brésil", "", "16.727.230/0001-97", "", "", "", ""],
            ["Shenzhen Motors", "Chine", "", "91110000600037341L", "", "", "", ""],
            ["Moscow Metals", "Rosja", "", "7707083893", "", "", "", ""],
            ["Sydney Labs", "Australien", "", "83 914 571 673", "", "", "", ""],
            ["Boston Devices", "USA", "", "12-3456789", "", "", "", ""],
            ["Zürich Präzision", "Schweiz", "", "CHE-107.787.577 MWST", "", "", "", ""],
            ["Oslo Partner AS", "Norvège", "", "NO 995525828 MVA", "", "", "", ""],
            ["Kyiv Software", "Україна", "", "", "", "", "", ""],
            ["Athens Lab", "Ελλάδα", "", "GR094259216", "", "", "", ""],
            ["London Ltd", "UK", "", "GB802311781", "", "", "", ""],
            ["Prishtina Tech", "XK", "", "", "", "", "", ""]]
    preview = preview_import(workspace, plan_of(tmp_path, rows))
    assert preview.plan.errors == []
    [warning] = preview.plan.warnings
    assert (warning.row, warning.column) == (12, "VAT")
    assert "check digit is wrong" in warning.message
    result = apply_import(workspace, preview)
    assert result.created == len(rows)
    with workspace.sessions() as session:
        stored = dict(session.execute(Organisation.__table__.select().with_only_columns(
            Organisation.legal_name, Organisation.country)).all())
        vats = dict(session.execute(Organisation.__table__.select().with_only_columns(
            Organisation.legal_name, Organisation.vat)).all())
    assert [stored[row[0]] for row in rows] == [
        "TW", "BR", "CN", "RU", "AU", "US", "CH", "NO", "UA", "EL", "UK", "XK"]
    assert vats["Athens Lab"] == "EL094259216" and vats["London Ltd"] == "GB802311781"
    assert vats["Zürich Präzision"] == "CHE107787577MWST" and vats["Taipei Robotics"] == "TW00501503"


def test_a_large_import_is_indexed_and_new_ids_follow_it(workspace, tmp_path):
    """A bulk import (ids given, in one statement) is searchable at once, by text and by the
    clusters its rows name (their links written by group), and the next organisation added
    one by one gets a fresh id (on PostgreSQL: the id sequence follows)."""
    from consortium_planner.services import directory_search as ds
    from consortium_planner.services.directory_search import DirectoryQuery

    named = ["", "Cluster Nord", "Cluster Nord; Cluster Süd"]
    rows = [[f"Łukasiewicz Institute {n}", "PL", named[n % 3]] for n in range(150)]
    lines = [";".join(f'"{cell}"' for cell in row)
             for row in [["Legal name", "Country", "Clusters"], *rows]]
    (tmp_path / "list.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = build_organisation_plan(tmp_path / "list.csv")
    result = apply_import(workspace, preview_import(workspace, plan))
    assert result.created == 150 and result.clusters_created == ("Cluster Nord", "Cluster Süd")
    with workspace.transaction() as session:
        session.add(Organisation(legal_name="After", name_key="after", country="DE"))
    with workspace.sessions() as session:
        found = ds.search(session, DirectoryQuery(text="lukasiewicz institute 149"), facets=False)
        assert [row.legal_name for row in ds.fetch_rows(session, found.ids)][:1] == [
            "Łukasiewicz Institute 149"]
        members = dict(session.execute(text(
            "SELECT c.legal_name, count(*) FROM cluster_membership m "
            "JOIN organisation c ON c.id = m.cluster_id GROUP BY c.legal_name")).all())
        assert members == {"Cluster Nord": 100, "Cluster Süd": 50}
        in_sud = ds.search(session, DirectoryQuery(clusters=frozenset({"cluster sud"})),
                           facets=False)
        assert len(in_sud.ids) == 50
        assert session.scalar(text("SELECT clusters FROM organisation WHERE legal_name = "
                                   "'Łukasiewicz Institute 149'")) == "Cluster Nord; Cluster Süd"
    assert len(ids_by_name(workspace)) == 3 + 150 + 2 + 1
