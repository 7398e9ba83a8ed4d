"""The directory's search engine: text semantics (accents, prefixes, PIC/VAT, ranking), facets
and their counts, and the FTS5 index kept in step by every writer."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select, text

from consortium_planner.domain.text import fold
from consortium_planner.domain.vocab import OrgType, SmeClass
from consortium_planner.models import (
    EuParticipation,
    Organisation,
    Participant,
    Project,
    RegionCategoryEntry,
)
from consortium_planner.names import normalised_name
from consortium_planner.services import directory_search as ds
from consortium_planner.services.directory_search import DirectoryQuery
from consortium_planner.services.editing import EditingService, Entity
from consortium_planner.workspace import Workspace, fast_fold

ROWS = [
    # legal name, short, country, nuts2, pic, vat, city, type, sme, clusters, notes
    ("Politechnika Łódzka", "TUL", "PL", "PL71", "999000001", "PL7270021895", "Łódź",
     OrgType.HIGHER_EDUCATION, None, "Łódź ICT; Medical Valley", ""),
    ("Müller Maschinenbau GmbH", "", "DE", "DE21", "999000002", "DE123456789", "München",
     OrgType.SME, SmeClass.SMALL, "Automotive", "met at the Lodz brokerage event"),
    ("Fraunhofer-Institut für Lasertechnik", "ILT", "DE", "DEA2", "999000003", "DE811111111",
     "Aachen", OrgType.RESEARCH_ORGANISATION, None, "Photonics", ""),
    ("Πανεπιστήμιο Πατρών", "UPAT", "EL", "EL63", "999000004", "EL090000000", "Πάτρα",
     OrgType.HIGHER_EDUCATION, None, "", ""),
    ("Ørsted Energi A/S", "", "DK", "DK01", "999000005", "DK12345678", "København",
     OrgType.LARGE_ENTERPRISE, None, "Offshore Wind", ""),
    ("Compositi Andalucía S.L.", "", "ES", "ES61", "123456789", "ESB99999999", "Sevilla",
     OrgType.SME, SmeClass.MICRO, "Automotive; composites", ""),
    ("Mullerova s.r.o.", "", "CZ", "CZ06", None, None, "Brno", OrgType.SME, SmeClass.MEDIUM,
     "", "supplier of 999000002"),
]


def _organisation(row: tuple) -> Organisation:
    name, short, country, nuts2, pic, vat, city, org_type, sme, clusters, notes = row
    return Organisation(legal_name=name, name_key=normalised_name(name), short_name=short,
                        country=country, nuts2=nuts2, pic=pic, vat=vat, city=city,
                        org_type=org_type, sme_class=sme, clusters=clusters, notes=notes)


@pytest.fixture
def workspace(empty_location: str):
    """The sample directory on each engine: every test of the search holds on both."""
    with Workspace.open(empty_location) as opened:
        with opened.transaction() as session:
            session.add_all(_organisation(row) for row in ROWS)
            project = Project(acronym="DEMO", title="Demo")
            session.add(project)
            session.flush()
            session.add(Participant(project_id=project.id, organisation_id=1, number=1))
        yield opened


def names(workspace: Workspace, query: DirectoryQuery | str) -> list[str]:
    if isinstance(query, str):
        query = DirectoryQuery(text=query)
    with workspace.sessions() as session:
        result = ds.search(session, query, facets=False)
        return [row.legal_name for row in ds.fetch_rows(session, result.ids)]


def facets(workspace: Workspace, query: DirectoryQuery) -> dict[str, dict[str, int]]:
    with workspace.sessions() as session:
        result = ds.search(session, query)
    return {key: {value.value: value.count for value in values}
            for key, values in result.facets.items()}


# --- text -------------------------------------------------------------------------------------


def test_accents_and_letters_without_decomposition_are_folded(workspace):
    assert "Politechnika Łódzka" in names(workspace, "lodz")
    assert names(workspace, "LÓDŹ")[:1] == ["Politechnika Łódzka"]
    assert names(workspace, "orsted") == ["Ørsted Energi A/S"]
    assert names(workspace, "πατρων") == ["Πανεπιστήμιο Πατρών"]
    assert names(workspace, "Πανεπιστημιο") == ["Πανεπιστήμιο Πατρών"]
    assert names(workspace, "kobenhavn") == ["Ørsted Energi A/S"]


def test_each_word_is_a_prefix_and_every_word_must_match(workspace):
    assert set(names(workspace, "mull")) == {"Müller Maschinenbau GmbH", "Mullerova s.r.o."}
    assert names(workspace, "muller maschin") == ["Müller Maschinenbau GmbH"]
    assert names(workspace, "fraunhofer laser") == ["Fraunhofer-Institut für Lasertechnik"]
    assert names(workspace, "fraunhofer zzz") == []


def test_one_letter_or_a_few_digits_match_whole_words_only(workspace):
    assert names(workspace, "m") == []  # not half of the directory
    assert names(workspace, "mu") != []
    assert names(workspace, "9990") == []  # the start of a PIC being typed
    assert len(names(workspace, "99900")) == 6


def test_city_website_clusters_and_notes_are_searched(workspace):
    assert names(workspace, "sevilla") == ["Compositi Andalucía S.L."]
    assert set(names(workspace, "automotive")) == {"Müller Maschinenbau GmbH",
                                                   "Compositi Andalucía S.L."}
    assert "Müller Maschinenbau GmbH" in names(workspace, "brokerage")


def test_a_name_match_ranks_before_a_notes_match(workspace):
    found = names(workspace, "lodz")
    assert found == ["Politechnika Łódzka", "Müller Maschinenbau GmbH"]


def test_an_exact_pic_comes_first_even_when_notes_mention_it(workspace):
    """Found by its code and by its words, an organisation is listed once, where its code
    puts it."""
    found = names(workspace, "999000002")
    assert found == ["Müller Maschinenbau GmbH", "Mullerova s.r.o."]


def test_vat_matches_with_or_without_its_country_prefix_and_spaces(workspace):
    assert names(workspace, "DE123456789")[0] == "Müller Maschinenbau GmbH"
    # the PIC of one and the VAT (without DE) of the other: both exact
    assert set(names(workspace, "123456789")) == {"Compositi Andalucía S.L.",
                                                  "Müller Maschinenbau GmbH"}
    assert names(workspace, "pl 727-002-18-95") == ["Politechnika Łódzka"]
    assert names(workspace, "7270021895") == ["Politechnika Łódzka"]


def test_punctuation_alone_or_fts_syntax_is_harmless(workspace):
    assert len(names(workspace, '"*')) == len(ROWS)
    assert names(workspace, 'lodz" OR "a') == []
    assert names(workspace, "NOT near(") == []


def test_the_index_folds_as_domain_fold_does():
    samples = ["Łódź", "Straße", "ØRSTED", "Æbeltoft", "Αθήνα", "ΐ", "София", "ﬁnance",
               "İstanbul", "Ĳssel", "þór", "e\u0301", "plain ASCII"]
    assert [fast_fold(text) for text in samples] == [fold(text) for text in samples]


# --- sorting and rows -------------------------------------------------------------------------


def test_without_text_the_directory_is_sorted_by_folded_name(workspace):
    found = names(workspace, DirectoryQuery())
    assert found[0] == "Compositi Andalucía S.L."
    assert found.index("Mullerova s.r.o.") > found.index("Müller Maschinenbau GmbH")


@pytest.mark.parametrize("column", sorted(ds.sortable_columns()))
def test_sorting_by_any_sortable_column(workspace, column):
    with workspace.sessions() as session:
        ids = ds.search(session, DirectoryQuery(sort=column), facets=False).ids
        down = ds.search(session, DirectoryQuery(sort=column, descending=True), facets=False).ids
        rows = ds.fetch_rows(session, ids)
    key = "name_key" if column == "legal_name" else column
    with workspace.sessions() as session:
        stored = dict(session.execute(select(Organisation.id, getattr(Organisation, key))).all())
    values = [stored[row.id] for row in rows]
    assert values == sorted(values, key=lambda value: (value is not None, value or ""))
    assert len(ids) == len(ROWS) and list(down) == list(reversed(ids))


def test_sorting_by_an_unknown_column_is_refused(workspace):
    with workspace.sessions() as session, pytest.raises(ValueError):
        ds.search(session, DirectoryQuery(sort="legal_name; DROP TABLE organisation"))


def test_fetch_rows_keeps_the_order_and_leaves_out_missing_ids(workspace):
    with workspace.sessions() as session:
        rows = ds.fetch_rows(session, [3, 999, 1])
    assert [row.id for row in rows] == [3, 1]


def test_a_search_finding_the_same_organisations_takes_the_counts_over(workspace):
    """Typing a word on ("fraunh", "fraunho" ...) mostly finds the same organisations: their
    counts are not made again, unless the hits or the filters differ."""
    with workspace.sessions() as session:
        first = ds.search(session, DirectoryQuery(text="mull"))
        same = ds.search(session, DirectoryQuery(text="mulle"), counted=first)
        fewer = ds.search(session, DirectoryQuery(text="muller masch"), counted=same)
        filtered = ds.search(session, DirectoryQuery(text="mulle", countries=frozenset({"CZ"})),
                             counted=same)
        fresh = ds.search(session, DirectoryQuery(text="mulle", countries=frozenset({"CZ"})))
    assert same.facets is first.facets
    assert fewer.facets is not same.facets and fewer.facets["country"] == (
        ds.FacetValue("DE", "Germany", 1),)
    assert filtered.facets is not same.facets and filtered.facets == fresh.facets
    assert filtered.ids == fresh.ids and len(filtered.ids) == 1


def test_fetch_rows_reads_each_value_as_the_orm_does(workspace):
    """The page reader converts the driver's values by the column types (cents to Decimal,
    0/1 to bool, an enum's value), as loading the ORM object does, on both engines."""
    from decimal import Decimal

    from consortium_planner.services.snapshot import organisation_info

    with workspace.transaction() as session:
        organisation = session.get(Organisation, 2)
        organisation.turnover = Decimal("1234567.89")
        organisation.balance_sheet = Decimal("0.05")
        organisation.profit = True
        organisation.staff_headcount = 42
        organisation.founded_year = 1999
        session.get(Organisation, 3).profit = False
    with workspace.sessions() as session:
        rows = ds.fetch_rows(session, [2, 3, 6])
        loaded = [organisation_info(session.get(Organisation, row_id)) for row_id in (2, 3, 6)]
    assert [replace(row, eu_experience="") for row in rows] == loaded
    assert rows[0].turnover == Decimal("1234567.89") and rows[0].profit is True
    assert rows[1].profit is False and rows[2].sme_class == "micro"


# --- facets -----------------------------------------------------------------------------------


def test_facets_count_the_current_search(workspace):
    counts = facets(workspace, DirectoryQuery(text="mull"))
    assert counts["country"] == {"DE": 1, "CZ": 1}
    assert counts["org_type"] == {"sme": 2}
    assert counts["sme_class"] == {"small": 1, "medium": 1}
    assert counts["project"] == {"": 2}


def test_each_facet_is_counted_with_the_other_facets_applied(workspace):
    query = DirectoryQuery(countries=frozenset({"DE"}), org_types=frozenset({"sme"}))
    counts = facets(workspace, query)
    assert counts["country"] == {"DE": 1, "ES": 1, "CZ": 1}  # SMEs of every country
    assert counts["org_type"] == {"sme": 1, "research_organisation": 1}  # all types in DE
    assert counts["region"] == {"DE21": 1}
    assert names(workspace, query) == ["Müller Maschinenbau GmbH"]


def test_cluster_and_project_facets(workspace):
    counts = facets(workspace, DirectoryQuery())
    assert counts["cluster"]["automotive"] == 2
    assert counts["cluster"]["lodz ict"] == 1
    assert counts["project"] == {"1": 1, "": len(ROWS) - 1}
    labels = {value.value: value.label for value in _facet_values(workspace, "cluster")}
    assert labels["lodz ict"] == "Łódź ICT"
    assert names(workspace, DirectoryQuery(clusters=frozenset({"AUTOMOTIVE"}))) == [
        "Compositi Andalucía S.L.", "Müller Maschinenbau GmbH"]
    assert names(workspace, DirectoryQuery(in_projects=frozenset({1}))) == ["Politechnika Łódzka"]
    assert "Politechnika Łódzka" not in names(workspace, DirectoryQuery(in_no_project=True))
    assert "Politechnika Łódzka" not in names(workspace, DirectoryQuery(exclude_project=1))


_FACET_FIELDS = {"country": "countries", "region": "regions", "category": "categories",
                 "org_type": "org_types", "sme_class": "sme_classes", "cluster": "clusters",
                 "experience": "experience"}


def _only(query: DirectoryQuery, key: str, value: str) -> DirectoryQuery:
    """`query` with facet `key` set to this one value (the other facets as they are)."""
    if key == "project":
        if value:
            return replace(query, in_projects=frozenset({int(value)}), in_no_project=False)
        return replace(query, in_projects=frozenset(), in_no_project=True)
    return replace(query, **{_FACET_FIELDS[key]: frozenset({value})})


_COMBINED_QUERIES = [
    DirectoryQuery(),
    DirectoryQuery(text="mull"),
    DirectoryQuery(clusters=frozenset({"automotive"})),
    DirectoryQuery(in_no_project=True),
    DirectoryQuery(text="lodz", clusters=frozenset({"Łódź ICT"}), in_projects=frozenset({1})),
    DirectoryQuery(clusters=frozenset({"automotive", "photonics"}), in_no_project=True,
                   org_types=frozenset({"sme"})),
    DirectoryQuery(countries=frozenset({"DE", "ES"}), in_projects=frozenset({1}),
                   in_no_project=True, exclude_project=1),
    DirectoryQuery(experience=frozenset({"coordinated"})),
    DirectoryQuery(clusters=frozenset({"automotive"}), in_no_project=True,
                   experience=frozenset({"any"})),
    DirectoryQuery(text="mull", clusters=frozenset({"automotive"}), in_projects=frozenset({1}),
                   experience=frozenset({"coordinated", "any"})),
]


@pytest.mark.parametrize("query", _COMBINED_QUERIES)
def test_every_facet_count_is_the_size_of_the_search_with_that_value(workspace, query):
    """Each count, whatever facets combine with it (the cluster, project and experience ones
    included), is how many organisations the search finds with that facet set to that value."""
    with workspace.transaction() as session:  # EU project history for three organisations
        for organisation_id, role in ((1, "coordinator"), (2, "participant"), (6, "coordinator"),
                                      (6, "participant")):
            session.add(EuParticipation(organisation_id=organisation_id, programme="H2020",
                                        project_id=f"{organisation_id}{role}", role=role))
    with workspace.sessions() as session:
        found = ds.search(session, query).facets
        for key, values in found.items():
            for value in values:
                assert value.count == len(ds.search(session, _only(query, key, value.value),
                                                    facets=False).ids), (key, value)
        for key in ("country", "cluster", "project"):  # no value with matches is left out
            shown = {value.value for value in found[key]}
            every = {"DE", "ES", "CZ", "PL", "DK", "EL"} if key == "country" else (
                {"", "1"} if key == "project" else {"automotive", "photonics", "lodz ict",
                                                    "medical valley", "offshore wind",
                                                    "composites"})
            for value in every - shown:
                assert not ds.search(session, _only(query, key, value), facets=False).ids


@pytest.mark.parametrize("query", [
    *_COMBINED_QUERIES, DirectoryQuery(text="m"), DirectoryQuery(text="mull", sort="city"),
    DirectoryQuery(text="mu"), DirectoryQuery(text="mu", descending=True),
    DirectoryQuery(text="mull", sort="legal_name", descending=True),
    DirectoryQuery(text="mu", exclude_project=1), DirectoryQuery(text="mu", favour_new_to=1),
    DirectoryQuery(text="lodz", categories=frozenset({"less_developed", ""})),
    DirectoryQuery(sme_classes=frozenset({"", "small"}), regions=frozenset({"DE21", "PL71"})),
])
def test_counts_from_the_remembered_facet_table_are_the_databases(workspace, query):
    """A search remembering the directory's facet columns (the window's, as the user types)
    finds and counts what a search grouping in SQL does, and hands the table on; also when
    the table read the name order itself (the first search was not the directory by name).
    On either engine: a team workspace's facet clicks count the whole directory from it."""
    with workspace.sessions() as session:
        first = ds.search(session, DirectoryQuery(), remember=True)
        other = ds.search(session, DirectoryQuery(text="lodz"), remember=True)
        for slot in (first.slot, other.slot):
            ds.fill_slot(session, slot)
        remembered = ds.search(session, query, counted=first)
        remembered_other = ds.search(session, query, counted=other)
        plain = ds.search(session, query)
    for result in (remembered, remembered_other):
        assert result.ids == plain.ids
        assert dict(result.facets) == dict(plain.facets)
    assert remembered.slot is first.slot
    assert first.slot is not None and first.slot.table is not None


def test_a_remembered_table_replaces_the_grouping_statement(workspace, monkeypatch):
    """What makes typing faster: the hits are grouped in memory, not by the database, and
    those of a short word (not ranked) sorted by name in memory too."""
    with workspace.sessions() as session:
        first = ds.search(session, DirectoryQuery(), remember=True)
        ds.fill_slot(session, first.slot)
        monkeypatch.setattr(ds, "_groups", None)  # calling either fails the test
        monkeypatch.setattr(ds, "_ordered_ids", None)
        result = ds.search(session, DirectoryQuery(text="mu", descending=True), counted=first)
        found = [row.legal_name for row in ds.fetch_rows(session, result.ids)]
    assert {value.value: value.count for value in result.facets["country"]} == {"DE": 1, "CZ": 1}
    assert found == ["Mullerova s.r.o.", "Müller Maschinenbau GmbH"]


def test_the_first_search_leaves_its_facet_table_to_be_read_later(workspace, monkeypatch):
    """The page's first search (the whole directory by name) counts in SQL and reads no
    facet table (~60 ms on 134,000 organisations, which its first rows would wait for): it
    leaves the slot empty, with the name order the table will take, for the caller to fill
    once the rows are shown."""
    with workspace.sessions() as session:
        monkeypatch.setattr(ds._FacetTable, "read", None)  # reading it here fails the test
        first = ds.search(session, DirectoryQuery(), remember=True)
    assert first.slot is not None and first.slot.table is None
    assert first.slot.name_order == first.ids
    assert sum(value.count for value in first.facets["country"]) == len(ROWS)


class _Recording:
    """A raw connection that notes every statement it runs."""

    def __init__(self, raw, statements: list[str]) -> None:
        self._raw, self._statements = raw, statements

    def execute(self, statement: str, *args, **options):
        self._statements.append(statement)
        return self._raw.execute(statement, *args, **options)


@pytest.mark.parametrize("query", [
    DirectoryQuery(countries=frozenset({"DE"})), DirectoryQuery(clusters=frozenset({"automotive"})),
    DirectoryQuery(in_no_project=True),
])
def test_a_facet_click_counts_the_whole_directory_from_the_table(workspace, monkeypatch, query):
    """What makes a facet click fast, on a team workspace too: each facet is counted with its
    own choice left out, so every click needs the whole directory's counts by group and by
    cluster; they come from the facet table (the cluster counts once a search has counted
    them; the groups of a cluster or project click's matches from their ids), never from a
    statement grouping the directory."""
    with workspace.sessions() as session:
        first = ds.search(session, DirectoryQuery(), remember=True)
        ds.fill_slot(session, first.slot)
        ds.search(session, DirectoryQuery(), counted=first)  # counts the clusters, once
        plain = ds.search(session, query)
        statements: list[str] = []
        raw = ds._raw
        monkeypatch.setattr(ds, "_raw", lambda connection: _Recording(raw(connection), statements))
        result = ds.search(session, query, counted=first, remember=True)
    assert result.ids == plain.ids and dict(result.facets) == dict(plain.facets)
    assert result.slot is first.slot
    assert statements and not [statement for statement in statements
                               if "GROUP BY o.nuts2" in statement
                               or "FROM organisation_cluster t WHERE 1" in statement]


def test_an_organisation_newer_than_the_table_is_counted(workspace):
    """A search handed a table read before an organisation was added (a search started
    just before the change, which the window drops after) still counts that organisation:
    it counts in SQL, as without a table."""
    with workspace.sessions() as session:
        first = ds.search(session, DirectoryQuery(), remember=True)
        if first.slot is not None:
            ds.fill_slot(session, first.slot)
    with workspace.transaction() as session:
        session.add(_organisation(("Muller Polska sp. z o.o.", "", "PL", "PL71", None, None,
                                   "Łódź", OrgType.SME, SmeClass.SMALL, "", "")))
    with workspace.sessions() as session:
        result = ds.search(session, DirectoryQuery(text="mu"), counted=first)
        plain = ds.search(session, DirectoryQuery(text="mu"))
    assert result.ids == plain.ids and len(result.ids) == 3
    assert dict(result.facets) == dict(plain.facets)
    assert {value.value: value.count for value in result.facets["country"]} == {
        "DE": 1, "CZ": 1, "PL": 1}


def _facet_values(workspace: Workspace, key: str):
    with workspace.sessions() as session:
        return ds.search(session, DirectoryQuery()).facets[key]


def test_region_category_facet_prefers_the_workspace_entry(workspace):
    before = facets(workspace, DirectoryQuery(text="sevilla"))["category"]
    assert before == {"less_developed": 1}  # ES61 in the shipped table
    assert "Compositi Andalucía S.L." in names(
        workspace, DirectoryQuery(categories=frozenset({"less_developed"})))
    with workspace.transaction() as session:
        session.add(RegionCategoryEntry(nuts_code="ES61", category="more_developed", source="t"))
    assert facets(workspace, DirectoryQuery(text="sevilla"))["category"] == {"more_developed": 1}
    assert "Compositi Andalucía S.L." not in names(
        workspace, DirectoryQuery(categories=frozenset({"less_developed"})))


# --- the index in step with every writer ------------------------------------------------------


def _index_is_consistent(workspace: Workspace) -> None:
    if workspace.is_server:  # one document per organisation, as its row reads now
        with workspace.sessions() as session:
            stale = session.execute(text(
                "SELECT count(*) FROM organisation o FULL JOIN organisation_fts f ON f.id = o.id "
                "WHERE f.document IS DISTINCT FROM cp_document(o.legal_name, o.short_name, "
                "o.pic, o.vat, o.city, o.website, o.clusters, o.notes)")).scalar()
        assert stale == 0
        return
    connection = sqlite3.connect(workspace.path)
    try:
        from consortium_planner.workspace import register_functions

        register_functions(connection)
        connection.execute("INSERT INTO organisation_fts (organisation_fts, rank) "
                           "VALUES ('integrity-check', 1)")
    finally:
        connection.close()


def test_an_edit_through_the_editing_service_is_searchable_at_once(workspace):
    service = EditingService(workspace)
    service.update(Entity.ORGANISATION, 3, {"legal_name": "Zentrum für Optik Wrocław"})
    assert names(workspace, "wroclaw") == ["Zentrum für Optik Wrocław"]
    assert names(workspace, "fraunhofer") == []
    clusters = [service.add_organisation({"legal_name": name, "org_type": "cluster_organisation"})
                .created_id for name in ("Photonics", "Silicon Saxony")]
    service.update(Entity.ORGANISATION, 3, {"cluster_ids": clusters})  # links, not text
    assert facets(workspace, DirectoryQuery())["cluster"]["silicon saxony"] == 1
    assert names(workspace, "silicon saxony wroclaw") == ["Zentrum für Optik Wrocław"]
    _index_is_consistent(workspace)


def test_removal_and_its_undo_keep_the_index_in_step(workspace):
    service = EditingService(workspace)
    state = service.capture(Entity.ORGANISATION, [5])
    service.remove(Entity.ORGANISATION, [5])
    assert names(workspace, "orsted") == []
    assert "offshore wind" not in facets(workspace, DirectoryQuery())["cluster"]
    service.restore(state)
    assert names(workspace, "orsted") == ["Ørsted Energi A/S"]
    assert facets(workspace, DirectoryQuery())["cluster"]["offshore wind"] == 1
    _index_is_consistent(workspace)


def test_an_import_and_its_undo_keep_the_index_in_step(workspace, tmp_path):
    from consortium_planner.importing.plan import build_organisation_plan
    from consortium_planner.services.organisation_import import (
        apply_import,
        preview_import,
        undo_import,
    )

    rows = ["Legal name;Country;PIC;City;Clusters",
            "Zakład Żółkowski;PL;;Gdańsk;Maritime",
            "Müller Maschinenbau GmbH;DE;999000002;Nürnberg;"]
    path = tmp_path / "list.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    preview = preview_import(workspace, build_organisation_plan(path))
    result = apply_import(workspace, preview)
    assert names(workspace, "zolkowski gdansk") == ["Zakład Żółkowski"]
    assert names(workspace, "nurnberg") == ["Müller Maschinenbau GmbH"]
    assert facets(workspace, DirectoryQuery())["cluster"]["maritime"] == 1
    undo_import(workspace, result.batch_id)
    assert names(workspace, "zolkowski") == []
    assert names(workspace, "nurnberg") == []
    assert names(workspace, "munchen") == ["Müller Maschinenbau GmbH"]
    assert "maritime" not in facets(workspace, DirectoryQuery())["cluster"]
    _index_is_consistent(workspace)


def test_a_bulk_import_larger_than_the_directory_rebuilds_the_index(tmp_path):
    from consortium_planner.importing.plan import build_organisation_plan
    from consortium_planner.services.organisation_import import apply_import, preview_import

    rows = ["Legal name;Country;City;Clusters"] + [
        f"Société {number} Génie;FR;Besançon;Pôle Véhicule" for number in range(30)]
    path = tmp_path / "list.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with Workspace.create(tmp_path / "fresh.cpw") as fresh:
        apply_import(fresh, preview_import(fresh, build_organisation_plan(path)))
        assert len(names(fresh, "societe genie besancon")) == 30
        # the 30 members of the cluster organisation the import made of the name
        assert facets(fresh, DirectoryQuery())["cluster"] == {"pole vehicule": 30}
        with fresh.sessions() as session:
            triggers = session.connection().exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                "AND tbl_name = 'organisation'").scalar()
        assert triggers == 5  # the search's 4 (0003) and the cluster names' (0006)
        _index_is_consistent(fresh)


# --- saved searches and the partner finder ----------------------------------------------------


def test_saved_searches_round_trip(workspace):
    query = DirectoryQuery(text="łódź", countries=frozenset({"PL", "DE"}), in_no_project=True,
                           in_projects=frozenset({1}), sort="city", descending=True)
    ds.save_search(workspace, "Polish partners", query)
    ds.save_search(workspace, "Another", DirectoryQuery())
    with workspace.sessions() as session:
        assert ds.saved_searches(session) == [("Another", DirectoryQuery()),
                                              ("Polish partners", query)]
    ds.save_search(workspace, "Another", query)  # replaced
    ds.delete_saved_search(workspace, "Polish partners")
    with workspace.sessions() as session:
        assert ds.saved_searches(session) == [("Another", query)]


def test_a_saved_search_without_a_name_is_refused_in_any_language(workspace):
    from consortium_planner.reference.wording import wording
    from consortium_planner.services.errors import UserError, worded

    with pytest.raises(UserError) as refused:
        ds.save_search(workspace, "  ", DirectoryQuery())
    assert str(refused.value) == "A saved search needs a name."
    assert worded(refused.value, wording("de")) != str(refused.value)


def test_project_gaps_exclude_the_members(demo_path):
    from consortium_planner.services.snapshot import find_project_id

    with Workspace.open(demo_path) as workspace:
        with workspace.sessions() as session:
            project_id = find_project_id(session, None)
            members = set(session.scalars(select(Participant.organisation_id).where(
                Participant.project_id == project_id)))
            gaps = ds.project_gaps(session, project_id)
            for gap in gaps:
                assert gap.query.exclude_project == project_id
                assert not members & set(ds.search(session, gap.query, facets=False).ids)


# A Strand 1 consortium whose region mix passes through its second option (one partner in a
# less developed, transition or outermost region) but has a single less developed partner.
SECOND_LD_MEMBERS = [
    # legal name, country, nuts2 (region category from the shipped table), type, role
    ("Andalucía Clúster Aeroespacial", "ES", "ES61", OrgType.CLUSTER_ORGANISATION, "coordinator"),
    ("Dresden Leichtbau GmbH", "DE", "DED2", OrgType.SME, "beneficiary"),     # transition
    ("Hainaut Composites SA", "BE", "BE32", OrgType.SME, "beneficiary"),       # transition
    ("Galway Devices Ltd", "IE", "IE04", OrgType.SME, "beneficiary"),          # transition
    ("Bologna Meccanica Srl", "IT", "ITH5", OrgType.SME, "beneficiary"),       # more developed
]
SECOND_LD_CANDIDATES = [
    ("Sevilla Robótica SL", "ES", "ES61", OrgType.SME),           # less developed, same region
    ("Extremadura Materiales SL", "ES", "ES43", OrgType.SME),     # less developed, Spain again
    ("Napoli Compositi Srl", "IT", "ITF3", OrgType.SME),          # less developed, Italy again
    ("Maribor Mobility d.o.o.", "SI", "SI03", OrgType.SME),       # less developed, new country
    ("Braga Têxteis Técnicos Lda", "PT", "PT11", OrgType.SME),    # less developed, new country
    ("Valladolid Auto SL", "ES", "ES41", OrgType.SME),            # transition
    ("Praha Precision s.r.o.", "CZ", "CZ01", OrgType.SME),        # more developed
]


def _strand1_project(path: Path) -> Workspace:
    workspace = Workspace.create(path)
    with workspace.transaction() as session:
        project = Project(acronym="SECOND", title="One less developed partner",
                          call_profile="i3-strand1", duration_months=36)
        session.add(project)
        for number, (name, country, nuts2, org_type, role) in enumerate(SECOND_LD_MEMBERS, 1):
            organisation = Organisation(legal_name=name, name_key=normalised_name(name),
                                        country=country, nuts2=nuts2, org_type=org_type)
            session.add(organisation)
            session.add(Participant(project=project, organisation=organisation, number=number,
                                    role=role))
        session.add_all(Organisation(legal_name=name, name_key=normalised_name(name),
                                     country=country, nuts2=nuts2, org_type=org_type)
                        for name, country, nuts2, org_type in SECOND_LD_CANDIDATES)
    return workspace


def _region_gaps(workspace: Workspace, project_id: int) -> list[tuple[ds.Gap, list[str]]]:
    """The region-mix gaps and the names each one finds, in order."""
    with workspace.sessions() as session:
        return [(gap, [row.legal_name for row in ds.fetch_rows(
                    session, ds.search(session, gap.query, facets=False).ids)])
                for gap in ds.project_gaps(session, project_id)
                if gap.rule == "region_categories"]


def test_a_strand1_project_with_one_less_developed_partner_is_proposed_a_second(tmp_path):
    from consortium_planner.rules import consortium as checks
    from consortium_planner.services.snapshot import load_snapshot

    with _strand1_project(tmp_path / "second.cpw") as workspace:
        with workspace.sessions() as session:
            project_id = session.scalar(select(Project.id))
            assert checks.region_categories(load_snapshot(session, project_id)) == []
        [(gap, found)] = _region_gaps(workspace, project_id)
    assert gap.description == "A second partner in a less developed region other than ES61"
    assert gap.detail.startswith("The call's region mix asks for at least 2 partners in 2 "
                                 "different less developed regions. The consortium meets the "
                                 "mix today only through another option")
    # less developed, not yet in the consortium, in another region than ES61; a new country
    # first (it counts for the call's 3 countries too), then by name
    assert found == ["Braga Têxteis Técnicos Lda", "Maribor Mobility d.o.o.",
                     "Extremadura Materiales SL", "Napoli Compositi Srl"]


def test_no_region_mix_gap_once_two_less_developed_regions_are_in(tmp_path):
    with _strand1_project(tmp_path / "second.cpw") as workspace:
        with workspace.transaction() as session:
            project_id = session.scalar(select(Project.id))
            braga = session.scalar(select(Organisation.id).where(Organisation.country == "PT"))
            session.add(Participant(project_id=project_id, organisation_id=braga, number=6))
        assert _region_gaps(workspace, project_id) == []


def test_a_consortium_outside_every_option_is_proposed_each_option(tmp_path):
    with _strand1_project(tmp_path / "second.cpw") as workspace:
        with workspace.transaction() as session:
            session.add_all(RegionCategoryEntry(nuts_code=code, category="more_developed",
                                                source="test")
                            for code in ("ES61", "DED2", "BE32", "IE04"))  # every member
            project_id = session.scalar(select(Project.id))
        gaps = _region_gaps(workspace, project_id)
    assert [gap.description for gap, _ in gaps] == [
        "2 partners in less developed regions",
        "A partner in a less developed, transition or outermost region",
    ]
    assert "only through another option" not in gaps[0][0].detail  # it meets none
    assert "Sevilla Robótica SL" not in gaps[0][1]  # ES61 is more developed in this workspace
    assert "Valladolid Auto SL" in gaps[1][1] and "Praha Precision s.r.o." not in gaps[1][1]


def test_the_demo_lacking_its_less_developed_partners_is_proposed_them(demo_path):
    from consortium_planner.services.snapshot import find_project_id

    with Workspace.open(demo_path) as workspace:
        with workspace.sessions() as session:
            project_id = find_project_id(session, None)
        assert _region_gaps(workspace, project_id) == []  # five less developed regions
        with workspace.transaction() as session:
            for participant in session.scalars(select(Participant).where(
                    Participant.project_id == project_id, Participant.number.in_([2, 3, 4, 5]))):
                session.delete(participant)  # the coordinator (ITF4) stays less developed
        [(gap, found)] = _region_gaps(workspace, project_id)
    assert gap.description == "A second partner in a less developed region other than ITF4"
    # the four taken out, Portugal and Slovenia (not in the consortium) before Spain and Italy
    assert [name.split()[0] for name in found] == [
        "Instituto", "Regionalna", "Fundación", "Levante"]


def test_favouring_new_places_puts_the_projects_countries_last(workspace):
    assert names(workspace, DirectoryQuery(favour_new_to=1))[-1] == "Politechnika Łódzka"
    assert names(workspace, DirectoryQuery())[-1] != "Politechnika Łódzka"



def test_facet_labels_follow_the_catalogue_given(workspace):
    """The facets' labels in the language asked (the window passes its texts()); the values
    that filter stay the stored ones."""
    from consortium_planner.reference.languages import catalogue

    with workspace.sessions() as session:
        english = ds.search(session, DirectoryQuery(text="mull")).facets
        german = ds.search(session, DirectoryQuery(text="mull"), texts=catalogue("de")).facets

    def labels(found, key):
        return {value.value: value.label for value in found[key]}

    assert labels(english, "org_type") == {"sme": "SME"}
    assert labels(german, "org_type") == {"sme": "KMU"}
    assert labels(german, "sme_class") == {"small": "Klein", "medium": "Mittel"}
    assert labels(english, "project") == {"": "In no project"}
    assert labels(german, "project") == {"": "In keinem Projekt"}
    # countries too, as the table names them (the facet had kept the English names)
    assert labels(english, "country") == {"DE": "Germany", "CZ": "Czechia"}
    assert labels(german, "country") == {"DE": "Deutschland", "CZ": "Tschechien"}
