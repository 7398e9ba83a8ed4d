"""The partner directory's search engine: ordered ids and facet counts, straight from SQL.

The window holds only the ids of the current result and fetches the rows it draws
(`fetch_rows`), so nothing here reads the whole directory into Python. Text goes through the
FTS5 index of migration 0003 (folded text, prefix matching); exact PIC and VAT matches come
first, then FTS5's bm25 rank. On a team workspace (PostgreSQL) the same folded words are a
weighted tsvector per organisation (migration 0003's PostgreSQL part): the same words match,
ranked by ts_rank with the same column weights; `_PostgresCursor` carries the few differences
of SQL between the two engines, so most statements are written once. There the hits are
stored with the facet columns, cluster keys and name key that their index rows carry
(migration 0014), and counted and sorted from that table alone. Facet counts are grouped by
the database, each facet counted with the search and every *other* facet applied, so
choosing a country still shows the other countries' counts.

Facet keys and their values: country (EU code), region (NUTS 2 code), category (RegionCategory
value, "" for unknown), org_type, sme_class ("" for not given), cluster (folded cluster name),
project (project id as text, "" for "in no project"), experience ("coordinated": has coordinated
an EU project, "any": has EU project experience; services/eu_experience.py).
"""

from __future__ import annotations

import json
import re
from array import array
from collections import Counter, namedtuple
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import datetime
from functools import lru_cache
from itertools import combinations, product
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from consortium_planner.domain.project import OrganisationInfo, ProjectSnapshot
from consortium_planner.domain.text import fold
from consortium_planner.domain.vocab import OrgType, RegionCategory
from consortium_planner.models import Project, RegionCategoryEntry, SavedSearch
from consortium_planner.reference.countries import all_countries, country_name
from consortium_planner.reference.languages import DEFAULT_LANGUAGE, Catalogue, catalogue
from consortium_planner.reference.messages import (
    Label,
    Message,
    ProfileText,
    Sentences,
    gettext,
    ngettext,
    sentences,
    verbatim,
    words,
)
from consortium_planner.reference.nuts import get_region
from consortium_planner.reference.region_categories import shipped_category
from consortium_planner.reference.vocab_labels import (
    facet_value_label,
    org_type_label,
    region_category_label,
    sme_class_label,
)
from consortium_planner.reference.wording import ENGLISH, Wording
from consortium_planner.rules import consortium as checks
from consortium_planner.rules.findings import sentence, takes_an
from consortium_planner.services.errors import UserError
from consortium_planner.services.eu_experience import (
    EXPERIENCE_FILTERS,
    acronym_key,
    experience_condition,
    summaries,
)
from consortium_planner.services.snapshot import (
    ORGANISATION_COLUMNS,
    load_snapshot,
    organisation_info,
    organisation_links,
)
from consortium_planner.workspace import Workspace, compact_code

FACET_KEYS: tuple[str, ...] = (
    "country", "region", "category", "org_type", "sme_class", "cluster", "project", "experience"
)
# FTS5 column weights for bm25: names matter most, then codes, places and clusters, then notes.
_WEIGHTS = "10.0, 6.0, 2.0, 1.0"
# Sort keys -> the indexed expression the database orders by (legal name: its folded key).
_SORT_COLUMNS: dict[str, str] = {
    "legal_name": "o.name_key",
    "short_name": "o.short_name",
    "pic": "o.pic",
    "vat": "o.vat",
    "country": "o.country",
    "nuts2": "o.nuts2",
    "city": "o.city",
    "org_type": "o.org_type",
    "sme_class": "o.sme_class",
    "id": "o.id",
}
_PAGE = 500  # ids per statement when fetching rows
_SHORTEST_NUMBER_PREFIX = 5  # digits typed before a number matches as a prefix
_SHORTEST_RANKED = 2  # a single word this short is not ranked (see _store_hits)


@dataclass(frozen=True)
class DirectoryQuery:
    text: str = ""                              # what the user typed; folded with domain.text.fold
    countries: frozenset[str] = frozenset()     # EU codes as stored (EL, UK ...)
    regions: frozenset[str] = frozenset()       # NUTS 2 codes
    categories: frozenset[str] = frozenset()    # region categories (RegionCategory values)
    org_types: frozenset[str] = frozenset()
    sme_classes: frozenset[str] = frozenset()   # "" stands for "not given"
    clusters: frozenset[str] = frozenset()      # cluster names as written (folded for matching)
    in_projects: frozenset[int] = frozenset()   # organisations taking part in any of these projects
    in_no_project: bool = False
    exclude_project: int | None = None          # the partner finder: not already in this project
    # the partner finder's region-mix gaps: ranked first (by "rank", without text), the
    # organisations that bring this project a country, then a region, it does not have yet
    favour_new_to: int | None = None
    experience: frozenset[str] = frozenset()    # EU project experience: "coordinated", "any"
    roles: frozenset[str] = frozenset()         # usual value-chain roles: any of these (keys)
    sort: str = "rank"                          # "rank" or a key of sortable_columns()
    descending: bool = False

    def to_json(self) -> str:
        data = asdict(self)
        for name, value in data.items():
            if isinstance(value, frozenset):
                data[name] = sorted(value)
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> DirectoryQuery:
        """A saved query; unknown keys (a newer version's) are ignored."""
        data = json.loads(text)
        values: dict[str, Any] = {}
        for item in fields(cls):
            if item.name in data:
                value = data[item.name]
                values[item.name] = frozenset(value) if isinstance(value, list) else value
        return cls(**values)


@dataclass(frozen=True)
class FacetValue:
    value: str        # stored value ("ES", "ES61", "less_developed", "sme", "", project id as str)
    label: str        # what the user sees ("Spain", "ES61 Andalucía", ...)
    count: int        # organisations matching the query with this value (other facets applied)


@dataclass(frozen=True)
class SearchResult:
    ids: tuple[int, ...]                                        # every match, in order
    facets: Mapping[str, tuple[FacetValue, ...]] = field(default_factory=dict)
    # what the counts were made of (the text's hits, the filters, the language): a search
    # finding the very same organisations may take them over (`search(counted=...)`)
    counted_from: Any = field(default=None, compare=False, repr=False)
    # where the directory's facet columns in memory go once read (`FacetTableSlot`), for the
    # next searches to count by; as old as the counts (the window drops both at every change)
    slot: FacetTableSlot | None = field(default=None, compare=False, repr=False)

    @property
    def total(self) -> int:
        return len(self.ids)


@dataclass(frozen=True)
class Gap:
    """A failing consortium check as a ready-made query, worded in any language (finder.po):
    the finder shows `wanted` and, as its tooltip, `why`."""

    rule: str          # the check rule id it comes from (e.g. "region_categories")
    wanted: Message    # "A second partner in a less developed region other than ITF4"
    query: DirectoryQuery
    why: Message | Sentences | None = None  # why, in full sentences (the finder's tooltip)

    def description_in(self, wording: Wording) -> str:
        return sentence(self.wanted.render(wording))

    def detail_in(self, wording: Wording) -> str:
        return self.why.render(wording) if self.why is not None else ""

    @property
    def description(self) -> str:
        """In English (the CLI, logs)."""
        return self.description_in(ENGLISH)

    @property
    def detail(self) -> str:
        return self.detail_in(ENGLISH)


def sortable_columns() -> frozenset[str]:
    """Keys the database sorts by on an index ("rank" aside)."""
    return frozenset(_SORT_COLUMNS)


# --- text -------------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    """The folded words of a query, split the way FTS5's unicode61 tokenizer splits."""
    return re.findall(r"[^\W_]+", fold(text))


def _match_expression(words: Sequence[str]) -> str:
    """Every word as a prefix: "fraunhofer inst" finds "Fraunhofer-Institut". A query of one
    character, or of fewer than five digits (the start of a PIC being typed), matches that word
    alone: as a prefix it would match most of the directory (every PIC starts with 9) and tell
    the user nothing."""
    if len(words) == 1 and (len(words[0]) == 1 or (
            words[0].isdigit() and len(words[0]) < _SHORTEST_NUMBER_PREFIX)):
        return f'"{words[0]}"'
    return " ".join(f'"{word}"*' for word in words)


def _store_hits(connection: Connection, text: str) -> str:
    """The ids matching `text` in the temporary table directory_hits, by position: exact PIC or
    VAT first, then by bm25. Returns "" when the text has no word to search for, "ranked", or
    "unranked" for one word of one or two characters: ranking the half of the directory that
    matches "m" costs seconds and tells nothing, so those hits are left in id order (the
    caller sorts them by name).

    Everything runs inside SQLite (no id passes through Python). The table has no index on
    the ids: an organisation found twice keeps its first place by a NOT IN on the hits
    stored before (a few, or none: the codes' hits come first), not by a unique index, whose
    upkeep cost a quarter of storing 17,000 ranked hits.
    """
    words = _words(text)
    if not words:
        return ""
    ranked = len(words) > 1 or len(words[0]) > _SHORTEST_RANKED
    if connection.dialect.name == "postgresql":
        _store_postgres_hits(connection, text, words, ranked=ranked)
        return "ranked" if ranked else "unranked"
    connection.exec_driver_sql(
        "CREATE TEMP TABLE IF NOT EXISTS directory_hits "
        "(position INTEGER PRIMARY KEY, id INTEGER NOT NULL)"
    )
    connection.exec_driver_sql("DELETE FROM temp.directory_hits")
    code = compact_code(text)
    coded = any(ch.isdigit() for ch in code) and len(code) >= 4
    if coded:
        connection.exec_driver_sql(
            "INSERT INTO temp.directory_hits (id) "
            "SELECT rowid FROM organisation_fts WHERE organisation_fts MATCH ?",
            (f'ids : "{code.lower()}"',),
        )
    new = " AND rowid NOT IN (SELECT id FROM temp.directory_hits)" if coded else ""
    order = f" ORDER BY bm25(organisation_fts, {_WEIGHTS})" if ranked else ""
    connection.exec_driver_sql(
        f"INSERT INTO temp.directory_hits (id) SELECT rowid FROM organisation_fts "
        f"WHERE organisation_fts MATCH ?{new}{order}",
        (_match_expression(words),),
    )
    _store_project_hits(connection, text)
    return "ranked" if ranked else "unranked"


# ts_rank's weights of the name, codes, place and notes ({D, C, B, A}): bm25's 10, 6, 2, 1.
_POSTGRES_WEIGHTS = "'{0.1, 0.2, 0.6, 1.0}'"


def _tsquery(words: Sequence[str]) -> str:
    """_match_expression for PostgreSQL: every word a prefix ('word':*), but for the one-word
    queries FTS5 matches whole. The words are runs of letters and digits (no quote)."""
    if len(words) == 1 and (len(words[0]) == 1 or (
            words[0].isdigit() and len(words[0]) < _SHORTEST_NUMBER_PREFIX)):
        return f"'{words[0]}'"
    return " & ".join(f"'{word}':*" for word in words)


# The hits of a text on PostgreSQL: each with its position and what its index row carries
# (migration 0014: name key, facet columns, cluster keys), so that sorting and counting them
# read this table alone.
_POSTGRES_HITS_TABLE = (
    "CREATE TEMP TABLE IF NOT EXISTS directory_hits (part smallint NOT NULL, score real NOT "
    "NULL, id integer NOT NULL, name_key text, country text, nuts2 text, org_type text, "
    "sme_class text, cluster_keys text[])"
)
_POSTGRES_HIT_COLUMNS = ("f.id, f.name_key, f.country, f.nuts2, f.org_type, f.sme_class, "
                         "f.cluster_keys")
_POSTGRES_HIT_INSERT = ("INSERT INTO pg_temp.directory_hits (part, score, id, name_key, "
                        "country, nuts2, org_type, sme_class, cluster_keys) ")
# The hits' order, FTS5's positions: by part (0 the codes, 1 the words, 2 the acronyms), then
# score (minus the rank; 1 for a partial acronym, else 0), then id. Nothing is sorted before
# the ids are read in this order (numbering them as they were stored cost a sort and a window).
_POSTGRES_HIT_ORDER = "o.part {0}, o.score {0}, o.id {0}"


def _store_postgres_hits(connection: Connection, text: str, words: Sequence[str], *,
                         ranked: bool) -> None:
    """_store_hits and _store_project_hits on PostgreSQL: the same hits in the same order, in
    a temporary table without an index: codes (weight B) first, by id; then the words' hits by
    ts_rank (or by id, as FTS5 leaves unranked hits); then the EU projects' acronyms. An
    organisation found twice keeps its first place. (A unique index and ON CONFLICT made
    filling the table cost more than the search itself: 120 ms for 17,000 hits.)"""
    raw = _raw(connection)
    raw.execute(_POSTGRES_HITS_TABLE)
    raw.execute("TRUNCATE pg_temp.directory_hits")  # (DELETE would leave dead rows to scan)
    code = compact_code(text)
    coded = any(ch.isdigit() for ch in code) and len(code) >= 4
    if coded:
        raw.execute(f"{_POSTGRES_HIT_INSERT} SELECT 0, 0, {_POSTGRES_HIT_COLUMNS} "
                    "FROM organisation_fts f WHERE f.document @@ to_tsquery('simple', ?)",
                    (f"'{code.lower()}':B",))
    query = _tsquery(words)
    new = " AND f.id NOT IN (SELECT id FROM pg_temp.directory_hits)" if coded else ""
    if ranked:
        score = f"-ts_rank({_POSTGRES_WEIGHTS}, f.document, to_tsquery('simple', ?))"
        values: tuple[str, ...] = (query, query)
    else:
        score, values = "0", (query,)
    raw.execute(f"{_POSTGRES_HIT_INSERT} SELECT 1, {score}, {_POSTGRES_HIT_COLUMNS} "
                f"FROM organisation_fts f WHERE f.document @@ to_tsquery('simple', ?){new}",
                values)
    key = acronym_key(text)
    if not key:
        return
    if len(key) < 2:
        condition, keys = 'acronym_key COLLATE "C" = ?', [key]
    else:  # byte order, as SQLite compares
        condition = 'acronym_key COLLATE "C" >= ? AND acronym_key COLLATE "C" < ?'
        keys = [key, key + "\U0010ffff"]
    raw.execute(
        f"{_POSTGRES_HIT_INSERT} SELECT 2, CASE WHEN p.exact THEN 0 ELSE 1 END, "
        f"{_POSTGRES_HIT_COLUMNS} FROM (SELECT organisation_id, "
        f"bool_or(acronym_key = ?) AS exact FROM eu_participation WHERE {condition} "
        "GROUP BY organisation_id) p JOIN organisation_fts f ON f.id = p.organisation_id "
        "WHERE f.id NOT IN (SELECT id FROM pg_temp.directory_hits)", (key, *keys))


def _store_project_hits(connection: Connection, text: str) -> None:
    """Organisations that took part in an EU project of this acronym (typed whole, or its start
    from two characters on), after the name matches; by the acronym index, a range seek."""
    key = acronym_key(text)
    if not key:
        return
    if len(key) < 2:
        condition, values = "acronym_key = ?", (key,)
    else:
        condition, values = "acronym_key >= ? AND acronym_key < ?", (key, key + "\U0010ffff")
    connection.exec_driver_sql(
        "INSERT INTO temp.directory_hits (id) SELECT DISTINCT organisation_id "
        f"FROM eu_participation WHERE {condition} "
        "AND organisation_id NOT IN (SELECT id FROM temp.directory_hits) "
        "ORDER BY acronym_key = ? DESC, organisation_id",
        (*values, key),
    )


# --- filters ----------------------------------------------------------------------------------


def _category_map(connection: Connection) -> dict[str, str]:
    """Each NUTS 2 code in the directory -> its category ("" unknown): the workspace's entries
    win over the shipped table (as services.snapshot.region_category_of)."""
    return dict(_every_category(connection))


def _every_category(connection: Connection) -> _CategoryOf:
    """_category_map, as the _CategoryOf that search() looks codes up in."""
    result = _categories_of(connection)
    for (code,) in connection.exec_driver_sql(_DISTINCT_REGIONS):
        result[code]  # noqa: B018 - worked out by _CategoryOf.__missing__
    return result


class _CategoryOf(dict[str, str]):
    """NUTS 2 code -> its category ("" unknown), worked out when a code is first looked up: a
    search needs only the categories of the regions its facets count, not the skip scan of
    every region in the directory that `_category_map` makes."""

    def __init__(self, entries: Mapping[str, Any]) -> None:
        super().__init__()
        self._entries = entries

    def __missing__(self, code: str) -> str:
        key = (code or "").upper()
        category = self._entries.get(key)
        if category is None and key:
            shipped = shipped_category(key)
            category = shipped.category if shipped else None
        self[code] = found = str(category) if category else ""
        return found


def _categories_of(connection: Connection) -> _CategoryOf:
    """The workspace's own region categories (a short table), the shipped ones behind them."""
    return _CategoryOf(dict(connection.execute(
        select(RegionCategoryEntry.nuts_code, RegionCategoryEntry.category)).all()))


# The distinct NUTS 2 codes by one index seek each (a skip scan), not a scan of every row.
_DISTINCT_REGIONS = """
WITH RECURSIVE region(code) AS (
    SELECT min(nuts2) FROM organisation
    UNION ALL
    SELECT (SELECT min(nuts2) FROM organisation WHERE nuts2 > code) FROM region
    WHERE code IS NOT NULL
)
SELECT code FROM region WHERE code IS NOT NULL
"""


def _in(column: str, values: Iterable[Any]) -> tuple[str, list[Any]]:
    values = sorted(values, key=str)
    return f"{column} IN ({', '.join('?' * len(values))})", values


def _conditions(
    connection: Connection, query: DirectoryQuery, categories: Mapping[str, str]
) -> dict[str, tuple[str, list[Any]]]:
    """One SQL condition on `organisation o` per active facet (key -> condition, parameters)."""
    found: dict[str, tuple[str, list[Any]]] = {}
    if query.countries:
        found["country"] = _in("o.country", query.countries)
    if query.regions:
        found["region"] = _in("o.nuts2", query.regions)
    if query.categories:
        found["category"] = _in(
            "o.nuts2", [code for code, cat in categories.items() if cat in query.categories])
    if query.org_types:
        found["org_type"] = _in("o.org_type", query.org_types)
    if query.sme_classes:
        condition, values = _in("o.sme_class", query.sme_classes - {""})
        if "" in query.sme_classes:
            condition = f"({condition} OR o.sme_class IS NULL OR o.sme_class = '')"
        found["sme_class"] = (condition, values)
    if query.clusters:
        condition, values = _in("key", {fold(" ".join(name.split())) for name in query.clusters})
        found["cluster"] = (
            f"o.id IN (SELECT organisation_id FROM organisation_cluster WHERE {condition})",
            values)
    if query.in_projects or query.in_no_project:
        parts, values = [], []
        if query.in_projects:
            condition, values = _in("project_id", query.in_projects)
            parts.append(f"o.id IN (SELECT organisation_id FROM participant WHERE {condition})")
        if query.in_no_project:
            parts.append("o.id NOT IN (SELECT organisation_id FROM participant)")
        found["project"] = (f"({' OR '.join(parts)})", values)
    if query.experience:
        found["experience"] = (experience_condition(query.experience), [])
    return found


def _where(conditions: Iterable[tuple[str, list[Any]]]) -> tuple[str, list[Any]]:
    parts, values = [], []
    for condition, parameters in conditions:
        parts.append(condition)
        values.extend(parameters)
    return (" AND ".join(parts) or "1"), values


# --- search -----------------------------------------------------------------------------------


# 1 when an organisation's country (region) is unknown or already in the project, else 0. The
# database sorts on it without the name index: meant for a narrow result (a region-mix gap);
# over the whole directory of 134,000 it took 0.77 s against 0.17 s by name alone.
_SHARED_WITH_PROJECT = (
    "(coalesce(o.{column}, '') = '' OR o.{column} IN (SELECT m.{column} FROM participant p "
    "JOIN organisation m ON m.id = p.organisation_id WHERE p.project_id = ?))"
)


# A text's hits, each with its organisation's row; the second reads only the facet columns (and
# the id), from the narrow index of migration 0009: counting 17,000 hits by facet through it
# takes two thirds of the time the table's wide rows take (the planner prefers the rows).
_HITS = "temp.directory_hits h CROSS JOIN organisation o ON o.id = h.id"
_HITS_BY_FACETS = ("temp.directory_hits h CROSS JOIN organisation o "
                   "INDEXED BY ix_organisation_facet_rows ON o.id = h.id")
# On PostgreSQL the hits table holds the facet columns and cluster keys itself (as `o`).
_POSTGRES_HITS = "temp.directory_hits o"


def search(session: Session, query: DirectoryQuery, *, facets: bool = True,
           texts: Catalogue | None = None, counted: SearchResult | None = None,
           remember: bool = False) -> SearchResult:
    """Every organisation matching `query`, in rank or sort order, and the facets' counts.

    `counted`: an earlier result, made since the directory last changed (the caller knows:
    the window drops it at every change). When this search finds the very same organisations
    with the same filters, its counts are taken over instead of counted again: typing a word
    on ("fraunh", "fraunho" ...) mostly finds what the letters before found, and counting
    17,000 hits by facet costs more than finding them.

    `remember`: the caller searches again and again (the window, as the user types) and keeps
    the result as `counted`: the result then carries a `FacetTableSlot` (the one of `counted`
    if it has one), empty, for the caller to fill when it has time (`fill_slot`, ~60 ms on
    134,000 organisations, ~100-150 ms from a server: never in a search the user waits for,
    the page's first one included). Once it is filled, the next searches group their hits by
    facet in memory in a few milliseconds instead of in SQL (~25 ms for 20,000 hits), sort
    those of a short word by name in ~6 ms instead of ~33, and a facet click takes the whole
    directory's counts from it (on a server: ~70 and ~40 ms of statements less)."""
    if query.sort != "rank" and query.sort not in _SORT_COLUMNS:
        raise ValueError(f"cannot sort the directory by {query.sort!r}")
    connection = session.connection()
    hits = _store_hits(connection, query.text)
    # every region's category only to filter by category; else each counted region's, on demand
    categories = _every_category(connection) if query.categories else _categories_of(connection)
    conditions = _conditions(connection, query, categories)
    fixed: list[tuple[str, list[Any]]] = []
    # with text, every statement walks the hits and looks each organisation up: scanning the
    # whole directory and probing the hits would cost the same for 10 hits as for 100,000
    source = _HITS_BY_FACETS if hits else "organisation o"
    if hits and connection.dialect.name == "postgresql":
        source = _POSTGRES_HITS  # the hits carry their facet columns
    if query.exclude_project is not None:
        fixed.append(("o.id NOT IN (SELECT organisation_id FROM participant "
                      "WHERE project_id = ?)", [query.exclude_project]))
    if query.roles:  # not a facet: every count is of organisations that hold one of the roles
        condition, role_values = _in("role", query.roles)
        fixed.append((f"o.id IN (SELECT organisation_id FROM organisation_role WHERE {condition})",
                      role_values))
    direction = "DESC" if query.descending else "ASC"
    slot = counted.slot if counted is not None else None
    table = slot.table if slot is not None else None
    by_name = False  # every match by name (legal_name's key, then id), nothing else first
    if query.sort == "rank" and hits == "ranked":
        where, values = _where([*fixed, *conditions.values()])
        if source == _POSTGRES_HITS:
            statement = (f"SELECT o.id FROM {source} WHERE {where} "
                         f"ORDER BY {_POSTGRES_HIT_ORDER.format(direction)}")
        elif where == "1":  # no facet: the hits alone
            statement = f"SELECT id FROM temp.directory_hits ORDER BY position {direction}"
        else:
            statement = f"SELECT h.id FROM {source} WHERE {where} ORDER BY h.position {direction}"
    else:
        where, values = _where([*fixed, *conditions.values()])
        key_column = _SORT_COLUMNS["legal_name" if query.sort == "rank" else query.sort]
        column = _ordered_by(connection, key_column, direction)
        favoured = ""
        if query.sort == "rank" and query.favour_new_to is not None:
            favoured = "".join(f"{_SHARED_WITH_PROJECT.format(column=name)} {direction}, "
                               for name in ("country", "nuts2"))
            values = [*values, query.favour_new_to, query.favour_new_to]
        rows = _HITS if hits else source  # the sort column is in the table's rows
        if source == _POSTGRES_HITS and query.sort in ("rank", "legal_name"):
            rows = source  # (the name key is in the hits)
        statement = (f"SELECT o.id FROM {rows} WHERE {where} "
                     f"ORDER BY {favoured}{column}, o.id {direction}")
        by_name = where == "1" and not favoured and key_column == "o.name_key"
    ids = None
    if by_name and hits and table is not None:  # the text's hits by their place in the table
        ids = table.by_name(_hit_ids(connection), descending=query.descending)
    if ids is None:
        ids = _ordered_ids(connection, statement, values)
    if slot is None and remember and not fixed:
        # (a search with `fixed` conditions, the partner finder's, counts in SQL anyway) A
        # search of the whole directory by name (the page's first, and its reload after a
        # change) hands its order to the table.
        whole = by_name and not hits
        slot = FacetTableSlot((ids[::-1] if query.descending else ids) if whole else None)
    if not facets:
        return SearchResult(ids, slot=slot)
    texts = texts or catalogue(DEFAULT_LANGUAGE)
    basis = None
    if hits:  # (the whole directory's counts change only with the data or the filters)
        found = frozenset(ids) if where == "1" else _hit_ids(connection)
        basis = (found, replace(query, text="", sort="rank", descending=False), texts)
    if basis is not None and counted is not None and counted.counted_from == basis:
        return SearchResult(ids, counted.facets, basis, slot)
    in_memory = table if table is not None and not fixed else None
    hit_ids = basis[0] if in_memory is not None and basis is not None else None
    counts = _facets(connection, query, source, fixed, conditions, categories, texts,
                     in_memory, hit_ids, ids)
    return SearchResult(ids, counts, basis, slot)


def _ordered_by(connection: Connection, column: str, direction: str) -> str:
    """`column direction` for an ORDER BY, in SQLite's order on either engine: PostgreSQL
    compares the bytes (COLLATE "C") and puts NULLs (no SME class ...) before any value."""
    if connection.dialect.name == "postgresql" and column != "o.id":
        nulls = "FIRST" if direction == "ASC" else "LAST"
        return f'{column} COLLATE "C" {direction} NULLS {nulls}'
    return f"{column} {direction}"


def _hit_ids(connection: Connection) -> frozenset[int]:
    """The ids of the text's hits (_store_hits), whatever the filters."""
    if connection.dialect.name == "postgresql":
        rows = _raw(connection).execute("SELECT id FROM pg_temp.directory_hits").fetchall()
        return frozenset(row[0] for row in rows)
    text = _raw(connection).execute(
        "SELECT json_group_array(id) FROM temp.directory_hits").fetchone()[0]
    return frozenset(json.loads(text))


def _facets(
    connection: Connection, query: DirectoryQuery, source: str,
    fixed: list[tuple[str, list[Any]]],
    conditions: Mapping[str, tuple[str, list[Any]]], categories: _CategoryOf,
    texts: Catalogue, table: _FacetTable | None = None, hit_ids: Iterable[int] | None = None,
    found: Sequence[int] = (),
) -> dict[str, tuple[FacetValue, ...]]:
    """Every facet's counts, each with the other facets applied, in a handful of statements.

    The matches are grouped by (country, region, type, SME class) and by whether they meet
    the cluster and the project conditions (`_groups`): a few thousand groups at most, from
    which Python sums each facet with the other facets' filters. Clusters and projects are
    counted by a join each, driven from the smaller side.

    `table` (when nothing is `fixed`): the groups are counted from it instead, for the text's
    `hit_ids` (None: every organisation); so are the whole directory's groups and cluster
    counts that a facet click needs (each facet's counts leave out its own choice), and, when
    every condition is a flag (a cluster, project or experience click), the groups of the
    organisations `found`, which meet them all.
    """
    flags = [key for key in ("cluster", "project", "experience") if key in conditions]
    groups = table.groups_of(hit_ids) if table is not None and not flags else None
    whole = source == "organisation o" and not fixed  # counts of the whole directory wanted
    if groups is None:
        every = meeting_all = None
        if table is not None and whole:
            every = table.groups_of(None)
            if flags and len(flags) == len(conditions):
                meeting_all = table.groups_of(found)
        groups = _groups(connection, source, fixed, [conditions[key] for key in flags], every,
                         meeting_all)
    tests: dict[str, Any] = {}
    if query.countries:
        tests["country"] = lambda row: row[0] in query.countries
    if query.regions:
        tests["region"] = lambda row: row[1] in query.regions
    if query.categories:
        tests["category"] = lambda row: categories[row[1]] in query.categories
    if query.org_types:
        tests["org_type"] = lambda row: row[2] in query.org_types
    if query.sme_classes:
        tests["sme_class"] = lambda row: row[3] in query.sme_classes
    for position, key in enumerate(flags, start=4):
        tests[key] = lambda row, position=position: bool(row[position])
    keys = ("country", "region", "category", "org_type", "sme_class")
    counted: dict[str, Counter[str]] = {key: Counter() for key in keys}
    without_project = 0  # organisations matching every facet but the project one
    for row in groups:
        failing = [key for key, test in tests.items() if not test(row)] if tests else []
        if len(failing) > 1:
            continue
        count = row[-1]
        if failing:  # counted only for the facet it fails (its other values' counts)
            key = failing[0]
            if key == "project":
                without_project += count
            elif key in counted:
                counted[key][(row[0], row[1], categories[row[1]], row[2], row[3])[
                    keys.index(key)]] += count
            continue
        without_project += count
        counted["country"][row[0]] += count
        counted["region"][row[1]] += count
        counted["category"][categories[row[1]]] += count
        counted["org_type"][row[2]] += count
        counted["sme_class"][row[3]] += count

    def joined(key: str, table: str, select_sql: str, table_where: str = "") -> list[Any]:
        """`select_sql` over `table` (aliased t, grouped by the first column; its rows limited
        by `table_where`) for the matching organisations, the `key` facet left out. The
        cluster and experience tables are reached from the matches; the participants (a few
        hundred) are walked and their organisations tested."""
        others = [condition for name, condition in conditions.items() if name != key]
        where, values = _where([*fixed, *others])
        hits = source != "organisation o"
        limit = f" AND {table_where}" if table_where else ""
        if source == _POSTGRES_HITS and table == "organisation_cluster":  # keys at hand
            statement = (f"{select_sql} FROM (SELECT unnest(o.cluster_keys) AS key "
                         f"FROM {source} WHERE {where}{limit}) t")
        elif where == "1" and not hits:  # the whole directory
            statement = f"{select_sql} FROM {table} t WHERE 1{limit}"
        elif where == "1":  # the text's hits alone
            statement = (f"{select_sql} FROM temp.directory_hits h "
                         f"CROSS JOIN {table} t ON t.organisation_id = h.id WHERE 1{limit}")
        elif table == "participant":
            in_hits = " AND o.id IN (SELECT id FROM temp.directory_hits)" if hits else ""
            statement = (f"{select_sql} FROM participant t CROSS JOIN organisation o "
                         f"ON o.id = t.organisation_id WHERE {where}{in_hits}{limit}")
        else:
            statement = (f"{select_sql} FROM {source} CROSS JOIN {table} t "
                         f"ON t.organisation_id = o.id WHERE {where}{limit}")
        return _raw(connection).execute(f"{statement} GROUP BY 1", values).fetchall()

    # the whole directory's (the cluster facet's own choice left out): kept in the table
    kept = table is not None and whole and set(conditions) <= {"cluster"}
    cluster_counts = table.clusters if kept else None
    if cluster_counts is None:
        cluster_counts = joined("cluster", "organisation_cluster", "SELECT t.key, count(*)")
        if kept:
            table.clusters = cluster_counts  # (set whole: another thread sees them or None)
    each = ("json_array_elements_text(?::json) AS value"
            if connection.dialect.name == "postgresql" else "json_each(?)")
    names = dict(_raw(connection).execute(
        "SELECT value, (SELECT min(name) FROM organisation_cluster WHERE key = value) "
        f"FROM {each}", (json.dumps([key for key, _n in cluster_counts]),)).fetchall())
    result: dict[str, tuple[FacetValue, ...]] = {
        "country": _facet((code, _country_label(code, texts), n)
                          for code, n in counted["country"].items()),
        "region": _facet((code, _region_label(code, texts), n)
                         for code, n in counted["region"].items()),
        "category": _facet((value, _vocab_label("category", value, texts), n)
                           for value, n in counted["category"].items()),
        "org_type": _facet((value, _vocab_label("org_type", value, texts), n)
                           for value, n in counted["org_type"].items()),
        "sme_class": _facet((value, _vocab_label("sme_class", value, texts), n)
                            for value, n in counted["sme_class"].items()),
        "cluster": _facet((key, names.get(key) or key, n) for key, n in cluster_counts),
    }
    acronyms = dict(connection.execute(select(Project.id, Project.acronym)).all())
    projects = [
        (str(project_id), acronyms.get(project_id, str(project_id)), n)
        for project_id, n in joined(
            "project", "participant", "SELECT t.project_id, count(DISTINCT t.organisation_id)")
    ]
    # "in no project": the matches less those taking part in some project (a short list)
    taking_part = joined("project", "participant",
                         "SELECT 0, count(DISTINCT t.organisation_id)")
    projects.append(("", facet_value_label("project", "", texts),
                     without_project - sum(n for _, n in taking_part)))
    result["project"] = _facet(projects)
    experience = dict(joined(
        "experience", "eu_participation", "SELECT 'any', count(DISTINCT t.organisation_id)"))
    experience.update(joined(
        "experience", "eu_participation",
        "SELECT 'coordinated', count(DISTINCT t.organisation_id)", "t.role = 'coordinator'"))
    result["experience"] = _facet((value, facet_value_label("experience", value, texts),
                                   experience.get(value, 0)) for value in EXPERIENCE_FILTERS)
    return result


class FacetTableSlot:
    """Where the directory's facet columns in memory (`_FacetTable`) go once read: handed on
    from search to search (`search(counted=...)`) until the workspace changes, filled by
    `fill_slot` when the caller has time (the window: on its worker thread, after a result is
    shown). Its one attribute is set once, whole, so a search on another thread sees either
    no table or the table.

    How old it may be: the slot is made by a search, and its table read later (the name
    order may come from that search, the rest from its own statements). Whatever is
    committed after the search that made the slot, by the user or by anyone else, the holder
    must drop the slot (with the counts) as soon as it hears of it; counts from the table are
    then wrong only between a commit and its news reaching the holder (the window: its own
    edits at once, a colleague's through the change feed's notice, ui/directory_searcher.py).
    An organisation added since is not in the table: a text's hits that hold one are counted
    in SQL (`groups_of`, `by_name`); the whole directory's counts wait for the news."""

    def __init__(self, name_order: Sequence[int] | None = None) -> None:
        self.table: _FacetTable | None = None
        self.name_order = name_order  # every organisation's id by name, if already read


def fill_slot(session: Session, slot: FacetTableSlot) -> None:
    """Read the directory's facet table into `slot` (on 134,000 organisations: ~60 ms from a
    workspace file, ~100-150 ms from a server, mostly the server's own grouping)."""
    if slot.table is None:
        slot.table = _FacetTable.read(session.connection(), slot.name_order)


# The largest organisation id a table is made for, as a multiple of the organisations (the
# arrays are indexed by id): a directory whose ids are that sparse counts in SQL. (A team
# workspace's ids come from a sequence: dense but for deleted and merged organisations.)
_SPARSEST_IDS = 8
# Every organisation's group (as _groups groups them), each group's organisations as one array.
_GROUPED_IDS = ("SELECT o.country, o.nuts2, o.org_type, coalesce(o.sme_class, ''), {ids} "
                "FROM organisation o GROUP BY o.nuts2, o.country, o.org_type, o.sme_class")


class _FacetTable:
    """The directory's facet columns in memory, for counting a search's hits without SQL:
    each organisation's group (country, region, type, SME class), by id, and the whole
    directory's counts by group and (once a search has counted them) by cluster, which every
    facet click needs (a facet's counts leave its own choice out). Valid until the workspace
    next changes (see `FacetTableSlot`). Grouping 20,000 hits by it takes ~3 ms instead of
    ~25; with the whole directory's name order, the hits of a short word (not ranked but
    sorted by name) are sorted by it: ~6 ms instead of ~33; a facet click on a server's
    134,000 organisations skips its two largest statements (~70 and ~40 ms). Read in ~60 ms
    from a file (~100-150 ms from a server), which is why the window reads it on its worker
    thread once a result is shown, never before the page's first rows. An array indexed by
    id (two bytes an organisation), not a dict of Python ints, nor numpy (the window's first
    frame must not import it). (Cluster memberships are not kept: reading them took ~140 ms
    more, which the first keystrokes after the page is shown waited for, to save ~15 ms of
    the largest searches.)"""

    def __init__(self, keys: list[tuple[Any, ...]], group: array[int], every: Counter[int],
                 name_order: Sequence[int]) -> None:
        self.keys = keys    # group number -> (country, region, type, SME class)
        self.group = group  # organisation id -> its group number (_NO_GROUP: no organisation)
        self.every = every  # group number -> its organisations
        self.name_order = name_order  # every organisation's id by name key, then id
        # (cluster key, its organisations) of the whole directory, kept by the first search
        # that counts them: not read with the rest, which the worker's next search waits for
        self.clusters: list[tuple[str, int]] | None = None

    @classmethod
    def read(cls, connection: Connection,
             name_order: Sequence[int] | None = None) -> _FacetTable | None:
        """The table of the workspace (None when its ids are too sparse for arrays).
        `name_order`: every organisation's id by name, when already read (else read here)."""
        raw = _raw(connection)
        if name_order is None:
            name_order = _ordered_ids(connection, "SELECT o.id FROM organisation o ORDER BY "
                                      f"{_ordered_by(connection, 'o.name_key', 'ASC')}, o.id",
                                      [])
        largest = raw.execute("SELECT max(id) FROM organisation").fetchone()[0] or 0
        if largest > _SPARSEST_IDS * len(name_order) + 1000:
            return None
        if connection.dialect.name == "postgresql":  # the arrays as binary: lists of ints
            rows = raw.execute(_GROUPED_IDS.format(ids="array_agg(o.id)"), binary=True
                               ).fetchall()
        else:
            rows = [(*key, json.loads(ids)) for *key, ids in raw.execute(
                _GROUPED_IDS.format(ids="json_group_array(o.id)")).fetchall()]
        keys: list[tuple[Any, ...]] = []
        # two bytes a number while they fit (a few thousand groups)
        group = array("h" if len(rows) < 0x7FFF else "i", [_NO_GROUP]) * (largest + 1)
        every: Counter[int] = Counter()
        for number, (*key, found) in enumerate(rows):
            keys.append(tuple(key))
            for organisation in found:
                group[organisation] = number
            every[number] = len(found)
        return cls(keys, group, every, name_order)

    def by_name(self, ids: frozenset[int], *, descending: bool) -> tuple[int, ...] | None:
        """`ids` in the order of ORDER BY name_key, id (DESC: its reverse); None for a few
        hundred (the database sorts them as fast as this walks the directory), or when one
        is newer than the table (which its owner should have dropped): the database sorts."""
        if len(ids) * 32 < len(self.name_order):
            return None
        found = tuple(filter(ids.__contains__, self.name_order))
        if len(found) != len(ids):
            return None
        return found[::-1] if descending else found

    def groups_of(self, ids: Iterable[int] | None) -> list[tuple[Any, ...]] | None:
        """What _groups gives without flags: (country, region, type, SME class, count) rows
        of the organisations `ids` (None: every organisation); None when one is not in the
        table (newer than it: the caller counts in SQL)."""
        if ids is None:
            counts = self.every
        else:
            try:
                counts = Counter(map(self.group.__getitem__, ids))
            except IndexError:
                return None
            if _NO_GROUP in counts:
                return None
        return [(*self.keys[number], n) for number, n in counts.items()]


_NO_GROUP = -1  # in _FacetTable.group: no organisation has this id

def _groups(
    connection: Connection, source: str, fixed: list[tuple[str, list[Any]]],
    flags: Sequence[tuple[str, list[Any]]], every: list[tuple[Any, ...]] | None = None,
    meeting_all: list[tuple[Any, ...]] | None = None,
) -> list[tuple[Any, ...]]:
    """The matches of `source` + `fixed` counted by (country, region, type, SME class, then 1
    or 0 for each of the `flags` conditions (cluster, project, experience)), as rows
    (country, region, type, SME class, *flags, count); combinations without a match left out.

    For each set of flags (all of them at once, each alone, none ...), the matches meeting
    every flag of the set are counted by group; the count of each combination of 1s and 0s
    then follows by inclusion and exclusion. Each statement groups in the order of
    ix_organisation_facets, so none sorts. On the whole directory, each set is a statement of
    its own with those conditions in its WHERE clause (driven from the few organisations of a
    cluster or a project, not by a test of every row); on the hits of a text, walked one by one
    anyway, one statement sums them all. `every`: the whole directory's groups, when known
    (`_FacetTable.groups_of(None)`), for the set of no flag; `meeting_all`: those of the
    organisations meeting every flag, when known, for the set of all flags.
    """
    key_sql = "o.country, o.nuts2, o.org_type, coalesce(o.sme_class, '')"
    group_sql = "GROUP BY o.nuts2, o.country, o.org_type, o.sme_class"
    raw = _raw(connection)
    if not flags:  # (the common case) the groups as counted, nothing to add up
        where, values = _where(fixed)
        return raw.execute(f"SELECT {key_sql}, count(*) FROM {source} WHERE {where} "
                           f"{group_sql}", values).fetchall()
    subsets = [subset for size in range(len(flags) + 1)
               for subset in combinations(range(len(flags)), size)]
    counted: dict[tuple[Any, ...], dict[tuple[int, ...], int]] = {}
    if source != "organisation o" and flags:
        sums = [" AND ".join(f"({flags[index][0]})" for index in subset)
                for subset in subsets[1:]]
        if connection.dialect.name == "postgresql":  # a sum of booleans
            sums = [f"CASE WHEN {sql} THEN 1 ELSE 0 END" for sql in sums]
        values = [value for subset in subsets[1:] for index in subset
                  for value in flags[index][1]]
        where, where_values = _where(fixed)
        for row in raw.execute(
                f"SELECT {key_sql}, count(*){''.join(f', sum({sql})' for sql in sums)} "
                f"FROM {source} WHERE {where} {group_sql}", (*values, *where_values)):
            counted[tuple(row[:4])] = {subset: n or 0 for subset, n in zip(subsets, row[4:])}
    else:
        for subset in subsets:
            where, values = _where([*fixed, *(flags[index] for index in subset)])
            known = every if not subset else (
                meeting_all if len(subset) == len(flags) else None)
            rows = known if known is not None else raw.execute(
                f"SELECT {key_sql}, count(*) FROM {source} WHERE {where} {group_sql}", values)
            for row in rows:
                counted.setdefault(tuple(row[:4]), {})[subset] = row[4]
    # each combination of 1s and 0s: the signed sets it adds up (worked out once, not per
    # group: a few thousand groups)
    terms = []
    for bits in product((1, 0), repeat=len(flags)):
        ones = {index for index, bit in enumerate(bits) if bit}
        terms.append((bits, [(subset, (-1) ** (len(subset) - len(ones)))
                             for subset in subsets if ones.issubset(subset)]))
    result = []
    for key, meeting in counted.items():
        for bits, signed in terms:
            count = sum(sign * meeting.get(subset, 0) for subset, sign in signed)
            if count:
                result.append((*key, *bits, count))
    return result


def _ordered_ids(connection: Connection, statement: str, values: Sequence[Any]) -> tuple[int, ...]:
    """The ids `statement` selects, in its order, as one JSON array: a row per id costs
    Python twice as much (134,000 rows: 26 ms instead of 56). The LIMIT keeps the order: SQLite
    may drop the ORDER BY of a subquery an aggregate reads, never that of one with a LIMIT.
    PostgreSQL's rows come as a plain list from psycopg, as fast."""
    if connection.dialect.name == "postgresql":
        return tuple(row[0] for row in _raw(connection).execute(statement, values).fetchall())
    text = _raw(connection).execute(
        f"SELECT json_group_array(found.id) FROM ({statement} LIMIT -1) found", values
    ).fetchone()[0]
    return tuple(json.loads(text))


def _raw(connection: Connection) -> Any:
    """The session's own sqlite3 connection: for statements returning many plain rows, which
    SQLAlchemy's result objects would slow down tenfold (on PostgreSQL: psycopg's, through
    _PostgresCursor)."""
    driver = connection.connection.driver_connection
    if connection.dialect.name == "postgresql":
        return _PostgresCursor(driver)
    return driver


class _PostgresCursor:
    """A psycopg connection taking this module's SQLite statements: the differences of the
    two dialects that the statements share, rewritten in one place (? parameters, the temp
    schema, a constant-true WHERE, SQLite's INDEXED BY and CROSS JOIN hints, an empty IN
    list, INSERT OR IGNORE)."""

    _WHERE_ONE = re.compile(r"\bWHERE 1(?![0-9])")
    _TEMP = re.compile(r"(?<![a-z_])temp\.directory_hits")

    def __init__(self, connection: Any) -> None:
        self._connection = connection

    @classmethod
    def translate(cls, statement: str) -> str:
        statement = statement.replace("%", "%%").replace("?", "%s")
        statement = cls._TEMP.sub("pg_temp.directory_hits", statement)
        statement = statement.replace(" INDEXED BY ix_organisation_facet_rows", "")
        # SQLite's "CROSS JOIN ... ON" fixes the join order; PostgreSQL plans it itself
        statement = statement.replace(" CROSS JOIN ", " JOIN ").replace(" IN ()", " IN (NULL)")
        statement = cls._WHERE_ONE.sub("WHERE TRUE", statement)
        if statement.startswith("INSERT OR IGNORE INTO"):
            statement = "INSERT INTO" + statement[len("INSERT OR IGNORE INTO"):]
            statement += " ON CONFLICT DO NOTHING"
        return statement

    def execute(self, statement: str, values: Sequence[Any] = (), *,
                binary: bool = False) -> Any:
        """`binary`: the values come in PostgreSQL's binary form (arrays read faster)."""
        return self._connection.execute(self.translate(statement), list(values), binary=binary)


def _facet(values: Iterable[tuple[str, str, int]]) -> tuple[FacetValue, ...]:
    """Most frequent first, then by label."""
    items = [FacetValue(value, label, count) for value, label, count in values if count]
    return tuple(sorted(items, key=lambda item: (-item.count, _folded_label(item.label))))


# The same few hundred labels (countries, regions, clusters) are sorted at every keystroke.
_folded_label = lru_cache(maxsize=4096)(fold)


def _country_label(code: str, texts: Catalogue) -> str:
    """The country named in the catalogue's language ("Hiszpania"), as the table names it."""
    return country_name(code, texts.language) or code or facet_value_label("country", "", texts)


def _region_label(code: str, texts: Catalogue) -> str:
    region = get_region(code)
    if not code:
        return facet_value_label("region", "", texts)
    return f"{code} {region.name}" if region else code


def _vocab_label(key: str, value: str, texts: Catalogue) -> str:
    """A facet value's label in the catalogue's language (the empty value: 'Unknown' ...)."""
    if not value:
        return "" if key == "org_type" else facet_value_label(key, "", texts)
    labels = {"category": region_category_label, "org_type": org_type_label,
              "sme_class": sme_class_label}
    return labels[key](value, texts)


# --- rows -------------------------------------------------------------------------------------


def fetch_rows(session: Session, ids: Sequence[int]) -> list[OrganisationInfo]:
    """The organisations with these ids, in the ids' order (ids no longer there are left out).

    The window calls this for every block of rows it paints (scrolling, each keystroke), so the
    organisation rows are read by one plain statement and converted by the columns' own types
    (`_row_reader`), not loaded as ORM objects: 64 rows in well under a millisecond instead of
    several (and no object of an earlier read is handed back stale)."""
    connection = session.connection()
    columns, convert = _row_reader(connection.dialect)
    raw = _raw(connection)
    found: dict[int, OrganisationInfo] = {}
    for start in range(0, len(ids), _PAGE):
        chunk = list(ids[start:start + _PAGE])
        experience = summaries(session, chunk)
        links = organisation_links(session, chunk)
        for values in raw.execute(f"SELECT {columns} FROM organisation WHERE id IN "
                                  f"({', '.join('?' * len(chunk))})", chunk).fetchall():
            row = _OrganisationRow._make(
                value if to_python is None or value is None else to_python(value)
                for to_python, value in zip(convert, values))
            found[row.id] = organisation_info(row, links.get(row.id),
                                              eu_experience=experience.get(row.id, ""))
    return [found[row_id] for row_id in ids if row_id in found]


# A row of ORGANISATION_COLUMNS, by attribute as organisation_info reads it.
_OrganisationRow = namedtuple(  # type: ignore[misc]  # noqa: PYI024
    "_OrganisationRow", [column.key for column in ORGANISATION_COLUMNS])
_READERS: dict[tuple[str, str], tuple[str, tuple[Any, ...]]] = {}


def _row_reader(dialect: Any) -> tuple[str, tuple[Any, ...]]:
    """The select list of ORGANISATION_COLUMNS and, per column, the conversion its SQLAlchemy
    type makes of a driver's value (cents to Decimal, 0/1 to bool ...), or None."""
    key = (dialect.name, dialect.driver)
    if key not in _READERS:
        _READERS[key] = (
            ", ".join(column.name for column in ORGANISATION_COLUMNS),
            tuple(column.type.dialect_impl(dialect).result_processor(dialect, None)
                  for column in ORGANISATION_COLUMNS))
    return _READERS[key]


def region_categories(session: Session) -> dict[str, str]:
    """Each NUTS 2 code in the directory -> its region category ("" when unknown)."""
    return _category_map(session.connection())


# --- saved searches ---------------------------------------------------------------------------


def save_search(workspace: Workspace, name: str, query: DirectoryQuery) -> None:
    """Save (or replace) a search under `name`, in one transaction."""
    name = " ".join(name.split())
    if not name:
        raise UserError(gettext("A saved search needs a name."))
    with workspace.transaction() as session:
        session.merge(SavedSearch(name=name, query=query.to_json(), updated_at=datetime.now()))


def saved_searches(session: Session) -> list[tuple[str, DirectoryQuery]]:
    """Every saved search, by name (case- and accent-insensitive)."""
    rows = session.execute(select(SavedSearch.name, SavedSearch.query)).all()
    return sorted(((name, DirectoryQuery.from_json(text)) for name, text in rows),
                  key=lambda item: fold(item[0]))


def delete_saved_search(workspace: Workspace, name: str) -> None:
    with workspace.transaction() as session:
        saved = session.get(SavedSearch, name)
        if saved is not None:
            session.delete(saved)


# --- the partner finder -----------------------------------------------------------------------


def project_gaps(session: Session, project_id: int) -> list[Gap]:
    """The project's failing consortium checks as ready-made queries, best first.

    Each query leaves out the project's current members; text is left to the user. The region
    mix's gaps (a few thousand organisations of 134,000) put first the organisations that would
    also bring the consortium a country and a region it lacks; the others keep the name order,
    which the database reads from an index (a third of the directory, ordered by new places,
    took 30 % longer).
    """
    snapshot = load_snapshot(session, project_id)
    profile = snapshot.profile
    base = DirectoryQuery(exclude_project=project_id)
    gaps = _region_mix_gaps(session, snapshot, replace(base, favour_new_to=project_id))
    if checks.coordinator(snapshot):
        rule = profile.coordinator
        gaps.append(Gap("coordinator", _coordinator_wanted(snapshot), replace(
            base, org_types=frozenset(str(t) for t in rule.org_types),
            categories=frozenset(str(c) for c in rule.region_categories))))
    if checks.min_countries(snapshot):
        present = {code for p in checks.partners(snapshot) if (code := checks.country_code(p))}
        eligible = set(profile.eligible_countries) or {
            country.code for country in all_countries() if country.is_eu}
        gaps.append(Gap("min_countries", ngettext(
            "Partners from {count} different country: organisations from countries not yet in "
            "the consortium",
            "Partners from {count} different countries: organisations from countries not yet "
            "in the consortium", profile.min_countries),
            replace(base, countries=frozenset(eligible - present))))
    if checks.min_regions(snapshot):
        present = {code for p in checks.partners(snapshot) if (code := checks.region_code(p))}
        in_directory = {code for code in _category_map(session.connection()) if code}
        gaps.append(Gap("min_regions", ngettext(
            "Partners in {count} different NUTS 2 region: organisations from regions not yet "
            "in the consortium",
            "Partners in {count} different NUTS 2 regions: organisations from regions not yet "
            "in the consortium", profile.min_regions),
            replace(base, regions=frozenset(in_directory - present))))
    rule = profile.value_chain.required_roles
    chain = snapshot.value_chain
    for key in rule.roles if rule is not None else ():
        if not chain.holders.get(key):
            role = Label(chain.label(key), lower=True)
            wanted = (gettext("An {role}: organisations whose usual roles include it", role=role)
                      if takes_an(chain.label(key)) else
                      gettext("A {role}: organisations whose usual roles include it", role=role))
            gaps.append(Gap("required_roles", wanted, replace(base, roles=frozenset({key}))))
    if checks.min_participants(snapshot):
        gaps.append(Gap("min_participants", ngettext(
            "At least {count} partner: organisations not yet in the consortium",
            "At least {count} partners: organisations not yet in the consortium",
            profile.min_participants), base))
    return gaps


def _kinds(categories: Iterable[RegionCategory]) -> Any:
    """The region categories of a rule, as the language joins them ('less developed or
    transition')."""
    return words((Label(c.label, lower=True) for c in RegionCategory if c in categories), "or")


def _in_region(categories: Iterable[RegionCategory]) -> Message:
    """'in a less developed or transition region' (English's article follows the first word)."""
    first = next((c for c in RegionCategory if c in categories), None)
    kinds = _kinds(categories)
    if first is not None and takes_an(first.label):
        return gettext("in an {kinds} region", kinds=kinds)
    return gettext("in a {kinds} region", kinds=kinds)


def _coordinator_wanted(snapshot: ProjectSnapshot) -> Message:
    """What the call wants of its coordinator: the profile's words (in the language, with the
    profile's own fallback), else built from the rule."""
    profile = snapshot.profile
    rule = profile.coordinator
    if rule.description:
        return verbatim(ProfileText(profile, "consortium.coordinator.description"))
    parts: list[Message] = []
    if rule.org_types:
        parts.append(gettext("of type {types}", types=words(
            (Label(t.label, lower=not t.label.isupper()) for t in OrgType if t in rule.org_types),
            "or")))
    if rule.non_profit:
        parts.append(gettext("non-profit"))
    if rule.region_categories:
        parts.append(_in_region(rule.region_categories))
    if not parts:
        return gettext("Any participant as coordinator")
    return gettext("A coordinator {requirements}", requirements=words(parts))


def _partners_wanted(missing: int, have: int) -> Message:
    """'A partner', 'A second partner', '2 more partners', '3 partners'."""
    if missing > 1:
        if have:
            return ngettext("{count} more partner", "{count} more partners", missing)
        return ngettext("{count} partner", "{count} partners", missing)
    if not have:
        return gettext("A partner")
    ordinal = {1: gettext("A second partner"), 2: gettext("A third partner"),
               3: gettext("A fourth partner"), 4: gettext("A fifth partner")}
    return ordinal.get(have, gettext("A {number}th partner", number=have + 1))


def _region_mix_gaps(session: Session, snapshot: ProjectSnapshot,
                     base: DirectoryQuery) -> list[Gap]:
    """The missing part of each region-mix option the consortium does not meet.

    Also when another option is met: the call summaries differ between years on whether I3
    Strand 1 asks for "2 partners in 2 different less developed regions" or accepts "1 in a
    less developed, transition or outermost region" (the profile's region_mix_verify), so a
    consortium with a single less developed partner is proposed a second one, in another less
    developed region."""
    found = checks.partners(snapshot)
    profile = snapshot.profile
    options = profile.region_mix
    mix_met = not checks.region_categories(snapshot)
    if mix_met and not profile.region_mix_source.verify:
        return []  # the call's options are settled alternatives: one met is enough
    categories = _category_map(session.connection())
    gaps = []
    for number, option in enumerate(options, start=1):
        shortfall = checks.region_mix_shortfall(option, found)
        if shortfall.met:
            continue
        wanted = frozenset(str(c) for c in option.categories)
        query = replace(base, categories=wanted)
        if shortfall.regions:  # only a region not yet counted brings the mix closer
            query = replace(query, regions=frozenset(
                code for code, category in categories.items()
                if code and category in wanted and code.upper() not in shortfall.counted_regions))
        missing = max(shortfall.partners, shortfall.regions)
        who = _partners_wanted(missing, len(shortfall.counted))
        place = (_in_region(option.categories) if missing == 1 else
                 gettext("in {kinds} regions", kinds=_kinds(option.categories)))
        if shortfall.regions and shortfall.counted_regions:
            text = gettext("{who} {place} other than {regions}", who=who, place=place,
                           regions=words(sorted(shortfall.counted_regions)))
        else:
            text = gettext("{who} {place}", who=who, place=place)
        why = sentences(
            gettext("The call's region mix asks for {option}.", option=ProfileText(
                profile, f"consortium.region_mix.{number}.description")),
            gettext("The consortium meets the mix today only through another option; call "
                    "summaries differ between years on which one applies, so check the call "
                    "document.") if mix_met else None)
        gaps.append(Gap("region_categories", text, query, why))
    return gaps


__all__ = [
    "FACET_KEYS", "DirectoryQuery", "FacetTableSlot", "FacetValue", "Gap", "SearchResult",
    "delete_saved_search", "fetch_rows", "fill_slot", "project_gaps", "region_categories",
    "save_search", "saved_searches", "search", "sortable_columns",
]
