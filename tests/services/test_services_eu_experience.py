"""EU project experience: recorded by importing a CORDIS export (one import, one undo step),
updated never duplicated by a newer export, summed up, searched and filtered in the directory,
moved by a merge, and kept by the undo of an organisation's removal."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from cordis_files import COMET, UOA, first_export, newer_export, participation, write_csv
from sqlalchemy import func, select

from consortium_planner.models import EuParticipation, Organisation
from consortium_planner.services import directory_search as ds
from consortium_planner.services.duplicates import merge_organisations, undo_merge
from consortium_planner.services.editing import EditingService, Entity
from consortium_planner.services.eu_experience import euro_text, participations, summary
from consortium_planner.services.file_import import ImportRequest, import_file
from consortium_planner.services.organisation_import import undo_import
from consortium_planner.workspace import Workspace


@pytest.fixture
def workspace(empty_path: Path):
    with Workspace.open(empty_path) as opened:
        yield opened


def imported(workspace: Workspace, path: Path):
    report = import_file(workspace, ImportRequest(path))
    assert report.status == "imported", report
    return report


def history(workspace: Workspace) -> list[tuple[str, str, str, str, str | None, Decimal | None]]:
    with workspace.sessions() as session:
        rows = session.execute(select(
            Organisation.pic, EuParticipation.programme, EuParticipation.project_id,
            EuParticipation.acronym, EuParticipation.role, EuParticipation.eu_contribution)
            .join(Organisation, Organisation.id == EuParticipation.organisation_id)
            .order_by(Organisation.pic, EuParticipation.project_id)).all()
    return [(pic, programme, project, acronym, role.value if role else None, amount)
            for pic, programme, project, acronym, role, amount in rows]


def organisation_id(workspace: Workspace, pic: str) -> int:
    with workspace.sessions() as session:
        return session.scalar(select(Organisation.id).where(Organisation.pic == pic))


def test_an_import_records_each_organisations_projects(workspace, tmp_path):
    report = imported(workspace, write_csv(tmp_path / "organization.csv", first_export()))
    assert report.created == 9 and report.skipped == 0
    assert any("15 participation(s) recorded, 0 updated" in note for note in report.notes)
    rows = history(workspace)
    assert len(rows) == 15
    uoa = [row for row in rows if row[0] == UOA["organisationID"]]
    assert [row[1:] for row in uoa] == [
        ("HORIZON", "101060884", "DIVINE", "participant", Decimal("520625.00")),
        ("FP7", "314056", "ARUM", "participant", Decimal("541640.00")),
        ("H2020", "633053", "EUROfusion", "third_party", Decimal("0.00")),
        ("H2020", "700001", "GREENPORT", "coordinator", Decimal("1200000.50")),
        ("H2020", "800002", "SEASTAR", "coordinator", Decimal("700000.25")),
    ]
    with workspace.sessions() as session:  # stored as integer cents
        cents = session.connection().exec_driver_sql(
            "SELECT eu_contribution FROM eu_participation WHERE project_id = '700001' "
            "ORDER BY eu_contribution DESC").scalars().all()
    assert cents[0] == 120000050


def test_the_directory_shows_the_experience(workspace, tmp_path):
    imported(workspace, write_csv(tmp_path / "organization.csv", first_export()))
    uoa = organisation_id(workspace, UOA["organisationID"])
    with workspace.sessions() as session:
        [row] = ds.fetch_rows(session, [uoa])
    assert row.eu_experience == (
        "coordinated 2 Horizon 2020 projects, EUR 1.9 M; took part in 1 Horizon Europe "
        "project, EUR 521 k; took part in 1 Horizon 2020 project, EUR 0; took part in 1 FP7 "
        "project, EUR 542 k")


def test_a_newer_export_updates_and_never_duplicates(workspace, tmp_path):
    first = imported(workspace, write_csv(tmp_path / "organization.csv", first_export()))
    before = history(workspace)
    second = imported(workspace, write_csv(tmp_path / "organization-2025.csv", newer_export()))
    assert second.created == 0
    assert any("1 participation(s) recorded, 2 updated" in note for note in second.notes)
    after = history(workspace)
    assert len(after) == 16
    changed = sorted(set(after) - set(before))
    assert changed == [
        (COMET["organisationID"], "HORIZON", "101099999", "NEWSTAR", "coordinator",
         Decimal("2000000.00")),
        (UOA["organisationID"], "FP7", "314056", "ARUM-2", "participant", Decimal("541640.00")),
        (UOA["organisationID"], "HORIZON", "101060884", "DIVINE", "participant",
         Decimal("610000.00")),
    ]
    # the same file once more changes nothing
    imported(workspace, write_csv(tmp_path / "organization-again.csv", newer_export()))
    assert history(workspace) == after
    # undo of the second import puts the first one's history back exactly
    undo_import(workspace, second.result.batch_id)
    assert history(workspace) == before
    undo_import(workspace, first.result.batch_id)
    assert history(workspace) == []
    with workspace.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Organisation)) == 0


def test_an_import_writes_all_or_nothing(workspace, tmp_path):
    rows = [*first_export(), participation(UOA, "999999", "BAD", "coordinator", "-5")]
    report = import_file(workspace, ImportRequest(write_csv(tmp_path / "bad.csv", rows)))
    assert report.status == "rejected"
    assert any(error.row == 17 and error.column == "ecContribution" for error in report.errors)
    assert history(workspace) == []


def test_search_finds_organisations_by_project_acronym(workspace, tmp_path):
    imported(workspace, write_csv(tmp_path / "organization.csv", first_export()))
    with workspace.sessions() as session:
        found = ds.search(session, ds.DirectoryQuery(text="seastar"), facets=False)
        names = {row.pic for row in ds.fetch_rows(session, found.ids)}
        assert names == {"999643007", "928228018", "934567890", "956789012"}
        assert len(found.ids) == len(names)  # each listed once, however it was found
        prefix = ds.search(session, ds.DirectoryQuery(text="greenp"), facets=False)
        assert len(prefix.ids) == 3
        assert ds.search(session, ds.DirectoryQuery(text="euro fusion"), facets=False).ids == ()


def test_experience_filters_and_their_counts(workspace, tmp_path):
    imported(workspace, write_csv(tmp_path / "organization.csv", first_export()))
    with workspace.sessions() as session:
        coordinated = ds.search(session, ds.DirectoryQuery(experience=frozenset({"coordinated"})))
        pics = {row.pic for row in ds.fetch_rows(session, coordinated.ids)}
        assert pics == {"999643007", "999905974", "999984059"}
        counts = {value.value: value.count for value in coordinated.facets["experience"]}
        assert counts == {"any": 9, "coordinated": 3}
        spanish = ds.search(session, ds.DirectoryQuery(
            countries=frozenset({"ES"}), experience=frozenset({"coordinated"})))
        assert spanish.ids == ()
        assert {v.value: v.count for v in spanish.facets["experience"]} == {"any": 1}
    with workspace.transaction() as session:
        session.add(Organisation(legal_name="No Projects Ltd", country="IE"))
    with workspace.sessions() as session:
        assert len(ds.search(session, ds.DirectoryQuery(
            experience=frozenset({"any"})), facets=False).ids) == 9
        assert len(ds.search(session, ds.DirectoryQuery(), facets=False).ids) == 10
    query = ds.DirectoryQuery(experience=frozenset({"coordinated"}))
    assert ds.DirectoryQuery.from_json(query.to_json()) == query


def test_a_merge_moves_the_history_and_undo_puts_it_back(workspace, tmp_path):
    imported(workspace, write_csv(tmp_path / "organization.csv", first_export()))
    # the same organisation registered again under another PIC, in one project already known
    other = dict(UOA, organisationID="987654321", name="NATIONAL AND KAPODISTRIAN UNIV ATHENS")
    imported(workspace, write_csv(tmp_path / "second.csv", [
        participation(other, "800002", "SEASTAR", "coordinator", "700000.25"),
        participation(other, "101111111", "OCEANS", "participant", "10")]))
    before = history(workspace)
    keep, copy = (organisation_id(workspace, UOA["organisationID"]),
                  organisation_id(workspace, "987654321"))
    result = merge_organisations(workspace, keep, [copy], {})
    with workspace.sessions() as session:
        kept = {p.project_id for p in participations(session, keep)}
    assert kept == {"101111111", "101060884", "800002", "700001", "633053", "314056"}
    undo_merge(workspace, result)
    assert history(workspace) == before


def test_undo_of_an_organisations_removal_restores_its_history(workspace, tmp_path):
    imported(workspace, write_csv(tmp_path / "organization.csv", first_export()))
    before = history(workspace)
    service = EditingService(workspace)
    uoa = organisation_id(workspace, UOA["organisationID"])
    state = service.capture(Entity.ORGANISATION, [uoa])
    service.remove(Entity.ORGANISATION, [uoa])
    assert len(history(workspace)) == 10
    service.restore(state)
    assert history(workspace) == before


def test_summary_and_amounts():
    assert euro_text(Decimal("1900000.75")) == "EUR 1.9 M"
    assert euro_text(Decimal("230000")) == "EUR 230 k"
    assert euro_text(Decimal("999.49")) == "EUR 999"
    assert summary([]) == ""


def test_a_repeat_row_adds_its_project_to_the_organisation_once(workspace, tmp_path):
    again = dict(UOA, organisationID="")
    rows = [participation(UOA, "700001", "GREENPORT", "coordinator", "1"),
            participation(again, "800002", "SEASTAR", "participant", "2"),
            participation(again, "700001", "GREENPORT", "coordinator", "1")]
    report = imported(workspace, write_csv(tmp_path / "organization.csv", rows))
    assert (report.created, report.skipped) == (1, 2)
    assert [row[2] for row in history(workspace)] == ["700001", "800002"]
