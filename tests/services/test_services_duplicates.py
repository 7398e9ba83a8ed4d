"""Duplicate organisations: which records the scan groups, and a merge that keeps every
participation and import record and undoes exactly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select

from consortium_planner.models import (
    Base,
    ImportBatch,
    NotDuplicate,
    Organisation,
    Participant,
    Project,
)
from consortium_planner.names import normalised_name
from consortium_planner.services.duplicates import (
    ScanCancelled,
    find_duplicates,
    mark_not_duplicates,
    merge_organisations,
    organisation_references,
    undo_merge,
    unmark_not_duplicates,
)
from consortium_planner.services.editing import EditingService
from consortium_planner.services.errors import UserError
from consortium_planner.workspace import Workspace


def add(workspace: Workspace, legal_name: str, country: str, vat: str | None = None,
        **values: Any) -> int:
    with workspace.transaction() as session:
        row = Organisation(legal_name=legal_name, name_key=normalised_name(legal_name),
                           country=country, vat=vat, **values)
        session.add(row)
        session.flush()
        return row.id


def scan(workspace: Workspace) -> dict[tuple[int, ...], str]:
    with workspace.sessions() as session:
        return {group.ids: group.reason for group in find_duplicates(session)}


def dump(workspace: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the models, in a stable order; row versions apart, which
    every write bumps (an undo is a write too), and the edit log, which grows by design (its
    entries of a merge: tests/services/test_services_edit_log.py)."""
    with workspace.sessions() as session:
        return {
            table.name: sorted((tuple(row) for row in session.execute(
                select(*(column for column in table.c if column.name != "version")))), key=repr)
            for table in Base.metadata.sorted_tables if table.name != "edit_log"
        }


@pytest.fixture
def empty(empty_location: str):
    """On each engine (the scan's grouping queries differ between them)."""
    with Workspace.open(empty_location) as workspace:
        yield workspace


def test_the_same_vat_is_one_group_whatever_the_names(empty):
    first = add(empty, "Alpha Composites SL", "ES", "ESB12345678")
    second = add(empty, "Composites del Sur", "ES", "ESB12345678")
    add(empty, "Unrelated", "ES", "ESB99999999")
    assert scan(empty) == {(first, second): "same VAT"}


def test_legal_forms_in_greek_and_cyrillic_letters_do_not_count(empty):
    """"Техно ЕООД" and "ТЕХНО ООД" are one name, and so are "Τεχνική ΑΕ" and "Τεχνική Α.Ε.";
    not scored as similar names: the same name."""
    techno = add(empty, "Техно ЕООД", "BG"), add(empty, "„ТЕХНО“ ООД", "BG")
    techniki = add(empty, "Τεχνική ΑΕ", "EL"), add(empty, "ΤΕΧΝΙΚΉ Α.Ε.", "EL")
    add(empty, "Техно ЕООД", "RO")
    assert scan(empty) == {techno: "same name in BG", techniki: "same name in EL"}


def test_the_same_name_key_groups_only_within_a_country(empty):
    first = add(empty, "Łódź Technologie sp. z o.o.", "PL")
    second = add(empty, "LODZ TECHNOLOGIE S.A.", "PL")
    add(empty, "Lodz Technologie", "DE")
    assert scan(empty) == {(first, second): "same name in PL"}


def test_similar_names_with_accents_typos_and_legal_forms_group(empty):
    sevilla = add(empty, "Universidad de Sevilla", "ES")
    typo = add(empty, "Universidad de Sevila", "ES")
    muller = add(empty, "Müller Maschinenbau GmbH", "DE")
    mueller = add(empty, "Mueller Maschinenbau AG", "DE")
    order = add(empty, "Maschinenbau Müller KG", "DE")
    add(empty, "Mueller Maschinenbau GmbH", "AT")  # another country: never grouped
    add(empty, "Kalo Technik Forschung", "DE")  # the same common words, another company
    add(empty, "Kami Technik Forschung", "DE")
    for brand in ("Aurora", "Borealis", "Cygnus", "Draco"):  # make those words common
        add(empty, f"{brand} Technik Forschung", "DE")
    groups = scan(empty)
    assert groups == {
        (sevilla, typo): "similar names in ES",
        (muller, mueller, order): "similar names in DE",
    }


def test_the_groups_come_best_first(empty):
    add(empty, "Universidad de Sevilla", "ES")
    add(empty, "Universidad de Sevila", "ES")
    add(empty, "Beta Systems", "ES", "ESB12345678")
    add(empty, "Beta Sistemas", "ES", "ESB12345678")
    with empty.sessions() as session:
        groups = find_duplicates(session)
    assert [group.reason for group in groups] == ["same VAT", "similar names in ES"]
    assert groups[0].score == 100 > groups[1].score >= 90


def test_not_duplicates_are_remembered_until_unmarked(empty):
    first = add(empty, "Alpha Composites", "ES", "ESB12345678")
    second = add(empty, "Alpha Composites", "ES", "ESB12345678")
    third = add(empty, "Alpha Composite", "ES")
    assert scan(empty) == {(first, second, third): "same VAT; same name in ES; similar names in ES"}
    pairs = mark_not_duplicates(empty, [first, second, third])
    assert scan(empty) == {}
    assert mark_not_duplicates(empty, [first, second]) == ()  # already known
    unmark_not_duplicates(empty, pairs[:1])  # (first, second) proposed again
    assert scan(empty) == {(first, second): "same VAT; same name in ES"}


def test_a_cancelled_scan_stops(empty):
    add(empty, "Alpha", "ES")
    reports: list[tuple[int, int]] = []
    with empty.sessions() as session:
        with pytest.raises(ScanCancelled):
            find_duplicates(session, progress=lambda *report: reports.append(report),
                            cancelled=lambda: bool(reports))
    assert reports == [(0, 1)]


def test_progress_reaches_the_total(empty):
    for number in range(5):
        add(empty, f"Organisation {number}", "ES" if number % 2 else "FR")
    reports: list[tuple[int, int]] = []
    with empty.sessions() as session:
        find_duplicates(session, progress=lambda *report: reports.append(report))
    assert reports[0] == (0, 5) and reports[-1] == (5, 5)
    assert [done for done, _ in reports] == sorted(done for done, _ in reports)


# --- merging ------------------------------------------------------------------------------------


@pytest.fixture
def demo(demo_path: Path):
    with Workspace.open(demo_path) as workspace:
        yield workspace


@pytest.fixture
def duplicated(demo: Workspace) -> dict[str, int]:
    """A demo participant's organisation and a copy of it that takes part in a second project,
    named by an organisation import and by a "not duplicates" pair."""
    service = EditingService(demo)
    with demo.sessions() as session:
        participant = session.scalars(select(Participant).order_by(Participant.number)).first()
        keep = participant.organisation_id
        project = participant.project_id
        kept = session.get(Organisation, keep)
        country, nuts2 = kept.country, kept.nuts2
    copy = add(demo, "Copy Of The Partner", country, None, nuts2=nuts2, city="Elsewhere",
               short_name="COPY", pic="999999999")
    other = add(demo, "Someone Else", country)
    # value-chain lists on both: the merge keeps their union
    service.update("organisation", keep, {"nace_codes": "25.62", "usual_roles": "manufacturer",
                                          "ecosystems": []})  # the demo gives it some
    service.update("organisation", copy, {
        "nace_codes": "25.62; 28.41", "ecosystems": "digital", "usual_roles": "end_user",
        "cluster_ids": [other, keep]})
    service.update("organisation", other, {"cluster_ids": [copy]})
    second_project = service.create_project("SECOND").created_id
    service.add_participant(second_project, copy)
    mark_not_duplicates(demo, [copy, other])
    with demo.transaction() as session:
        session.execute(insert(ImportBatch), [{
            "kind": "organisations", "file_name": "members.xlsx", "sha256": "0" * 64,
            "details": json.dumps({"created": [[copy, copy]], "updated": [
                {"id": copy, "old": {"city": "Before"}, "new": {"city": "Elsewhere"},
                 "updated_at": "2026-01-01T00:00:00"}], "enrolled": []})}])
    keep_clusters = service.values("organisation", keep, ["cluster_ids"])["cluster_ids"]
    return {"keep": keep, "copy": copy, "other": other, "project": project,
            "second_project": second_project, "keep_clusters": keep_clusters}


def test_every_foreign_key_to_an_organisation_is_handled_by_a_merge():
    assert {(table.name, column) for table, column in organisation_references()} == {
        ("participant", "organisation_id"), ("not_duplicate", "first_id"),
        ("not_duplicate", "second_id"), ("eu_participation", "organisation_id"),
        ("organisation_nace", "organisation_id"),
        ("organisation_ecosystem", "organisation_id"), ("organisation_role", "organisation_id"),
        ("cluster_membership", "organisation_id"), ("cluster_membership", "cluster_id")}


def test_a_merge_keeps_every_participation_and_import_record_and_undoes_exactly(
        demo, duplicated):
    keep, copy = duplicated["keep"], duplicated["copy"]
    before = dump(demo)
    result = merge_organisations(demo, keep, [copy], {"city": copy, "pic": copy})
    with demo.sessions() as session:
        assert session.get(Organisation, copy) is None
        kept = session.get(Organisation, keep)
        assert (kept.city, kept.pic) == ("Elsewhere", "999999999")
        assert kept.short_name != "COPY"  # not chosen: the kept record's own value
        assert set(session.scalars(select(Participant.project_id).where(
            Participant.organisation_id == keep))) >= {duplicated["project"],
                                                       duplicated["second_project"]}
        assert session.scalars(select(NotDuplicate)).all() == []  # about a record now gone
        details = json.loads(session.scalars(select(ImportBatch.details)).one())
        assert details["updated"][0]["id"] == keep
        assert details["merged"] == {str(copy): keep}
        assert details["created"] == [[copy, copy]]  # undoing that import must not delete keep
    participants_after = dump(demo)["participant"]
    assert len(participants_after) == len(before["participant"])
    lists = EditingService(demo).values("organisation", keep, [
        "nace_codes", "ecosystems", "usual_roles", "cluster_ids"])
    assert lists == {"nace_codes": ["25.62", "28.41"], "ecosystems": ["digital"],
                     "usual_roles": ["end_user", "manufacturer"],
                     # its own, and the copy's but itself (not a member of itself)
                     "cluster_ids": sorted({*duplicated["keep_clusters"], duplicated["other"]})}
    assert EditingService(demo).values("organisation", duplicated["other"], ["cluster_ids"]) \
        == {"cluster_ids": [keep]}
    undo_merge(demo, result)
    assert dump(demo) == before


def test_a_merge_of_two_participants_of_one_project_is_refused_and_changes_nothing(
        demo, duplicated):
    keep, copy = duplicated["keep"], duplicated["copy"]
    EditingService(demo).add_participant(duplicated["project"], copy)
    before = dump(demo)
    with demo.sessions() as session:
        acronym = session.get(Project, duplicated["project"]).acronym
    with pytest.raises(UserError, match=f"both take part in {acronym}"):
        merge_organisations(demo, keep, [copy], {"city": copy})
    assert dump(demo) == before


def test_a_region_outside_the_chosen_country_is_refused(demo, duplicated):
    foreign = add(demo, "Fremde Firma", "AT", nuts2="AT13")
    before = dump(demo)
    with pytest.raises(UserError, match="is not in AT"):
        merge_organisations(demo, duplicated["keep"], [foreign], {"country": foreign})
    assert dump(demo) == before


def test_a_large_group_marked_not_duplicates_is_not_proposed_again(empty):
    with empty.transaction() as session:  # 60 branches that share their head office's VAT
        session.add_all(Organisation(legal_name=f"Branch {number}", name_key=f"branch {number}",
                                     country="FR", vat="FR12345678901") for number in range(60))
    ids = [group.ids for group in find_duplicates_in(empty)]
    assert [len(group) for group in ids] == [60]
    mark_not_duplicates(empty, ids[0])
    assert find_duplicates_in(empty) == []


def find_duplicates_in(workspace: Workspace):
    with workspace.sessions() as session:
        return find_duplicates(session)


def test_the_search_index_follows_a_merge_and_its_undo(demo, duplicated):
    from consortium_planner.services.directory_search import DirectoryQuery, search

    keep, copy = duplicated["keep"], duplicated["copy"]

    def found(text: str, **filters: frozenset[str]) -> tuple[int, ...]:
        with demo.sessions() as session:
            return search(session, DirectoryQuery(text=text, **filters), facets=False).ids

    service = EditingService(demo)
    cluster = service.add_organisation({"legal_name": "Zyxwv Cluster"}).created_id
    links = service.values("organisation", copy, ["cluster_ids"])["cluster_ids"]
    service.update("organisation", copy, {"cluster_ids": [*links, cluster]})
    other = duplicated["other"]  # a member of the copy: its cluster's name finds it too
    before = found("copy of the partner")
    assert before == (copy, other)
    assert found("", clusters=frozenset({"zyxwv cluster"})) == (copy,)
    result = merge_organisations(demo, keep, [copy], {"legal_name": copy})  # links unite
    # the kept record now has the copy's name (and its members are found by it)
    assert keep in found("copy of the partner") and copy not in found("copy of the partner")
    assert found("", clusters=frozenset({"zyxwv cluster"})) == (keep,)
    assert found("elsewhere") == ()  # the copy's city was not chosen
    undo_merge(demo, result)
    assert found("copy of the partner") == before
    assert found("elsewhere") == (copy,)
    assert found("", clusters=frozenset({"zyxwv cluster"})) == (copy,)


def test_a_read_only_workspace_refuses_a_merge_and_a_mark(demo_path):
    from consortium_planner.workspace import ReadOnlyWorkspace

    with Workspace.open(demo_path, read_only=True) as workspace:
        with pytest.raises(ReadOnlyWorkspace, match="to merge organisations"):
            merge_organisations(workspace, 1, [2], {})
        with pytest.raises(ReadOnlyWorkspace, match="not duplicates"):
            mark_not_duplicates(workspace, [1, 2])
