"""Migration 0006: a workspace of the previous release (schema 0005) keeps its organisations,
and their free-text clusters become links to cluster organisations (found by name, else made),
which the search index and the cluster facet then follow."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from consortium_planner.models import ClusterMembership, Organisation
from consortium_planner.workspace import Workspace
from tests.workspace.older_files import workspace_file_at

ROWS = (  # legal name, short name, org type, clusters text of the old release
    ("Silicon Saxony e. V.", "Silicon Saxony", "cluster_organisation", ""),
    ("Werkzeugbau Müller GmbH", "", "sme", "silicon saxony;  Łódź ICT ; Łódź ICT"),
    ("Politechnika Łódzka", "", "higher_education", "Lodz ICT"),
    ("Plain Ltd", "", "large_enterprise", ""),
    ("Energy Cluster Denmark", "", "cluster_organisation", "Energy Cluster Denmark"),
)


def _file_at_0005(path: Path) -> None:
    engine = workspace_file_at(path, "0005")
    with engine.begin() as connection:
        for legal_name, short_name, org_type, clusters in ROWS:
            connection.exec_driver_sql(
                "INSERT INTO organisation (legal_name, name_key, short_name, org_type, country,"
                " nuts2, address, city, postcode, website, contact_name, email, phone, clusters,"
                " notes, created_at, updated_at) VALUES (?, ?, ?, ?, 'DE', '', '', '', '', '',"
                " '', '', '', ?, '', '2026-01-01', '2026-01-01')",
                (legal_name, legal_name.lower(), short_name, org_type, clusters))
    engine.dispose()


def _links(session) -> set[tuple[int, int]]:
    return set(map(tuple, session.execute(
        select(ClusterMembership.organisation_id, ClusterMembership.cluster_id)).all()))


def test_the_clusters_text_becomes_links(tmp_path: Path) -> None:
    path = tmp_path / "release-0005.cpw"
    _file_at_0005(path)
    with Workspace.open(path) as workspace:
        assert workspace.backup_made is not None
        with workspace.sessions() as session:
            made = session.scalars(select(Organisation).where(Organisation.id > 5)).all()
            # "Łódź ICT" and "Lodz ICT" fold alike: one cluster organisation, made once
            assert [(o.id, o.legal_name, str(o.org_type)) for o in made] == [
                (6, "Łódź ICT", "cluster_organisation")]
            assert made[0].name_key == "lodz ict"
            # found by its short name; a cluster naming itself gets no link
            assert _links(session) == {(2, 1), (2, 6), (3, 6)}
            texts = {o.id: o.clusters for o in session.scalars(select(Organisation))}
            assert texts == {1: "", 2: "Łódź ICT; Silicon Saxony e. V.", 3: "Łódź ICT",
                             4: "", 5: "", 6: ""}
            assert session.get(Organisation, 4).founded_year is None


def test_search_and_facet_follow_the_links(tmp_path: Path) -> None:
    from consortium_planner.services import directory_search as ds

    path = tmp_path / "release-0005.cpw"
    _file_at_0005(path)
    with Workspace.open(path) as workspace:
        def found(text: str = "", clusters: frozenset[str] = frozenset()) -> list[int]:
            with workspace.sessions() as session:
                query = ds.DirectoryQuery(text=text, clusters=clusters)
                return sorted(ds.search(session, query, facets=False).ids)

        def facet() -> dict[str, int]:
            with workspace.sessions() as session:
                values = ds.search(session, ds.DirectoryQuery()).facets["cluster"]
                return {value.value: value.count for value in values}

        assert facet() == {"silicon saxony e. v.": 1, "lodz ict": 2}
        assert found(clusters=frozenset({"Lodz ICT"})) == [2, 3]
        with workspace.transaction() as session:  # a link added and one renamed cluster
            session.add(ClusterMembership(organisation_id=4, cluster_id=1))
            session.execute(update(Organisation).where(Organisation.id == 6)
                            .values(legal_name="ICT Cluster Łódź"))
        assert facet() == {"silicon saxony e. v.": 2, "ict cluster lodz": 2}
        assert found("plain saxony") == [4]
        assert found("ict cluster") == [2, 3, 6]
        with workspace.transaction() as session:  # a link removed, then a cluster removed
            session.execute(delete(ClusterMembership).where(ClusterMembership.organisation_id == 3))
            session.execute(delete(Organisation).where(Organisation.id == 1))
        assert facet() == {"ict cluster lodz": 1}
        assert found("saxony") == []
        assert found("ict cluster") == [2, 6]
        with workspace.sessions() as session:
            assert session.get(Organisation, 2).clusters == "ICT Cluster Łódź"
            assert _links(session) == {(2, 6)}


def test_the_new_constraints(tmp_path: Path) -> None:
    path = tmp_path / "release-0005.cpw"
    _file_at_0005(path)
    with Workspace.open(path) as workspace:
        with pytest.raises(IntegrityError), workspace.transaction() as session:
            session.add(ClusterMembership(organisation_id=2, cluster_id=2))
        with pytest.raises(IntegrityError), workspace.transaction() as session:
            session.execute(update(Organisation).where(Organisation.id == 2)
                            .values(founded_year=1700))
        with workspace.transaction() as session:
            session.execute(update(Organisation).where(Organisation.id == 2)
                            .values(founded_year=2021))
