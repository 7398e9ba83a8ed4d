"""Directory search parity: the same directory on SQLite (FTS5) and on PostgreSQL (tsvector)
finds the same organisations for the same queries, with the same facet counts, the same
order wherever the order is not a relevance rank, and exact PIC/VAT matches first."""

from __future__ import annotations


import pytest
from sqlalchemy import text

from consortium_planner.domain.text import fold
from consortium_planner.domain.vocab import OrgType, SmeClass
from consortium_planner.models import EuParticipation, Organisation, Participant, Project
from consortium_planner.names import normalised_name
from consortium_planner.services import directory_search as ds
from consortium_planner.services.directory_search import DirectoryQuery
from consortium_planner.workspace import Workspace

CITIES = [("PL", "PL71", "Łódź"), ("DE", "DE21", "München"), ("DK", "DK01", "København"),
          ("EL", "EL30", "Αθήνα"), ("ES", "ES61", "Sevilla"),
          ("FR", "FRK2", "Saint-Étienne"), ("IS", "IS00", "Þórshöfn"), ("CZ", "CZ06", "Brno"),
          ("HR", "HR03", "Đakovo")]
NAMES = ["Politechnika Łódzka", "Müller Maschinenbau GmbH", "Ørsted Energi A/S",
         "Πανεπιστήμιο Αθηνών", "Compositi Andalucía S.L.", "Œuvre Numérique SAS",
         "Straße & Söhne KG", "Fraunhofer-Institut für Lasertechnik",
         "Ĳsselmeer Technologie BV", "Łukasiewicz Research Network", "ﬁnance lab",
         "Café Müller"]
TYPES = [OrgType.SME, OrgType.HIGHER_EDUCATION, OrgType.RESEARCH_ORGANISATION,
         OrgType.LARGE_ENTERPRISE, OrgType.CLUSTER_ORGANISATION]


def _sample() -> list[Organisation]:
    """A realistic mix: accents and letters without decomposition, Greek, codes, clusters,
    websites and notes, each name in several countries and types."""
    found = []
    for number in range(120):
        country, nuts2, city = CITIES[number % len(CITIES)]
        name = f"{NAMES[number % len(NAMES)]} {number // len(NAMES) or ''}".strip()
        found.append(Organisation(
            legal_name=name, name_key=normalised_name(name), short_name=f"S{number}",
            country=country, nuts2=nuts2, city=city, pic=f"{999000000 + number}",
            vat=f"{country}{1000000 + number * 7}" if number % 3 else None,
            org_type=TYPES[number % len(TYPES)],
            sme_class=SmeClass.SMALL if number % 4 == 0 else None,
            website=f"https://www.org{number}.eu", notes="met at the Lodz brokerage"
            if number % 10 == 0 else "", clusters="Łódź ICT; Medical Valley"
            if number % 7 == 0 else ("Automotive" if number % 5 == 0 else "")))
    return found


def _fill(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        session.add_all(_sample())
        session.add(Project(acronym="DEMO", title="Demo"))
        session.flush()
        for number in (1, 2, 3):
            session.add(Participant(project_id=1, organisation_id=number * 11, number=number))
        session.add(EuParticipation(organisation_id=5, programme="HE", project_id="101",
                                    acronym="PHOTON", acronym_key="photon", role="coordinator"))


@pytest.fixture(scope="module")
def both(postgres_server, _postgres_workspace_template, tmp_path_factory):
    path = tmp_path_factory.mktemp("parity") / "directory.cpw"
    postgres_server.psql(f'CREATE DATABASE parity TEMPLATE "{_postgres_workspace_template}"')
    with Workspace.create(path) as sqlite, Workspace.open(postgres_server.url("parity")) as pg:
        _fill(sqlite)
        _fill(pg)
        yield sqlite, pg


QUERIES = [
    DirectoryQuery(text="lodz"), DirectoryQuery(text="LÓDŹ"), DirectoryQuery(text="muller"),
    DirectoryQuery(text="mul"), DirectoryQuery(text="fraunhofer inst"),
    DirectoryQuery(text="strasse"), DirectoryQuery(text="orsted"), DirectoryQuery(text="αθην"),
    DirectoryQuery(text="ijssel"), DirectoryQuery(text="finance"), DirectoryQuery(text="oeuvre"),
    DirectoryQuery(text="saint etienne"), DirectoryQuery(text="thorshofn"),
    DirectoryQuery(text="dakovo"), DirectoryQuery(text="m"), DirectoryQuery(text="s1"),
    DirectoryQuery(text="999000042"), DirectoryQuery(text="9990"),
    DirectoryQuery(text="de 1000 007"), DirectoryQuery(text="medical valley"),
    DirectoryQuery(text="org17"), DirectoryQuery(text="brokerage"),
    DirectoryQuery(text="photon"), DirectoryQuery(text='"*'), DirectoryQuery(text="NOT near("),
    DirectoryQuery(), DirectoryQuery(countries=frozenset({"PL", "DE"})),
    DirectoryQuery(text="lodz", org_types=frozenset({"sme"})),
    DirectoryQuery(clusters=frozenset({"Łódź ICT"}), sme_classes=frozenset({""})),
    DirectoryQuery(in_projects=frozenset({1})), DirectoryQuery(in_no_project=True),
    DirectoryQuery(experience=frozenset({"coordinated"})),
    DirectoryQuery(text="muller", sort="city"), DirectoryQuery(sort="pic", descending=True),
    DirectoryQuery(sort="sme_class"), DirectoryQuery(sort="vat", descending=True),
    DirectoryQuery(text="lab", sort="legal_name"),
]


def _found(workspace: Workspace, query: DirectoryQuery) -> ds.SearchResult:
    with workspace.sessions() as session:
        return ds.search(session, query)


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.to_json()[:60])
def test_the_same_query_finds_the_same_on_both_engines(both, query: DirectoryQuery) -> None:
    sqlite, pg = both
    expected, found = _found(sqlite, query), _found(pg, query)
    assert set(found.ids) == set(expected.ids)
    assert found.facets == expected.facets
    if query.sort != "rank" or not query.text:
        assert found.ids == expected.ids  # not a relevance rank: the very same order


@pytest.mark.parametrize("typed", ["999000042", "DE1000070", "1000070", "de 1000-070"])
def test_an_exact_code_comes_first_on_both_engines(both, typed: str) -> None:
    sqlite, pg = both
    first = _found(sqlite, DirectoryQuery(text=typed)).ids[0]
    assert _found(pg, DirectoryQuery(text=typed)).ids[0] == first


def test_the_servers_fold_is_the_apps_fold(both) -> None:
    samples = ["Łódź", "Straße", "ØRSTED", "Æbeltoft", "Αθήνα", "ΐ", "София", "ﬁnance",
               "Ĳssel", "þór", "Đakovo", "ħal", "e\u0301", "Œuvre", "ẞ", "plain ASCII",
               ""]
    _sqlite, pg = both
    with pg.sessions() as session:
        folded = [session.execute(text("SELECT cp_fold(:t)"), {"t": sample}).scalar()
                  for sample in samples]
    assert folded == [fold(sample) for sample in samples]
