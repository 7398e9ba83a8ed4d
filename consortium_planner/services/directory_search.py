"""The partner directory's search engine: ordered ids and facet counts, straight from SQL.

PROVISIONAL FIRST VERSION (interface only): plain text search by folded substring; the FTS5
index, facets and saved searches follow in the next commits with the same names.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from consortium_planner.domain.project import OrganisationInfo
from consortium_planner.domain.text import fold
from consortium_planner.models import Organisation
from consortium_planner.services.snapshot import organisation_info

FACET_KEYS: tuple[str, ...] = (
    "country", "region", "category", "org_type", "sme_class", "cluster", "project"
)


@dataclass(frozen=True)
class DirectoryQuery:
    text: str = ""
    countries: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()
    categories: frozenset[str] = frozenset()
    org_types: frozenset[str] = frozenset()
    sme_classes: frozenset[str] = frozenset()
    clusters: frozenset[str] = frozenset()
    in_projects: frozenset[int] = frozenset()
    in_no_project: bool = False
    exclude_project: int | None = None
    sort: str = "rank"
    descending: bool = False


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int


@dataclass(frozen=True)
class SearchResult:
    ids: tuple[int, ...]
    facets: Mapping[str, tuple[FacetValue, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Gap:
    rule: str
    description: str
    query: DirectoryQuery


_SORTABLE = frozenset({"legal_name", "short_name", "pic", "vat", "country", "nuts2", "city",
                       "org_type", "sme_class"})


def sortable_columns() -> frozenset[str]:
    return _SORTABLE


def search(session: Session, query: DirectoryQuery, *, facets: bool = True) -> SearchResult:
    words = fold(query.text).split()
    ids = []
    for row in session.execute(select(
        Organisation.id, Organisation.legal_name, Organisation.short_name, Organisation.pic,
        Organisation.vat, Organisation.city, Organisation.website, Organisation.clusters,
        Organisation.notes).order_by(Organisation.legal_name)):
        haystack = fold(" ".join(str(value or "") for value in row[1:]))
        if all(word in haystack for word in words):
            ids.append(row[0])
    return SearchResult(tuple(ids), {key: () for key in FACET_KEYS} if facets else {})


def fetch_rows(session: Session, ids: Sequence[int]) -> list[OrganisationInfo]:
    by_id = {
        organisation.id: organisation_info(organisation)
        for organisation in session.scalars(select(Organisation).where(Organisation.id.in_(ids)))
    }
    return [by_id[i] for i in ids if i in by_id]


def save_search(workspace, name: str, query: DirectoryQuery) -> None:  # type: ignore[no-untyped-def]
    raise NotImplementedError


def saved_searches(session: Session) -> list[tuple[str, DirectoryQuery]]:
    return []


def delete_saved_search(workspace, name: str) -> None:  # type: ignore[no-untyped-def]
    raise NotImplementedError


def project_gaps(session: Session, project_id: int) -> list[Gap]:
    return []
