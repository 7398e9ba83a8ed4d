"""`directory`: search the workspace's partner directory, as the window's search box does.

Prints the matches in rank order (exact PIC or VAT first), or as JSON. Exit status 0 with
matches, 1 with none, 2 for bad usage (an unknown country, region category or type) or an
unusable file.
"""

from __future__ import annotations

import argparse
from typing import Any

from consortium_planner.cli import EXIT_FINDINGS, EXIT_OK, UsageError
from consortium_planner.cli.common import add_workspace_argument, opened_workspace, print_json
from consortium_planner.domain.text import fold
from consortium_planner.domain.vocab import OrgType

NAME = "directory"
HELP = ("search the partner directory (name, PIC, VAT, city, website, clusters, notes, EU "
        "project acronyms)")
DEFAULT_LIMIT = 50


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_workspace_argument(parser)
    parser.add_argument("query", nargs="?", default="",
                        help="words to search for; accents and case do not matter, each word "
                        "matches as a prefix")
    parser.add_argument("--country", action="append", default=[], metavar="C",
                        help="only this country (code, or name in any EU language; may be repeated)")
    parser.add_argument("--region", action="append", default=[], metavar="NUTS2",
                        help="only this NUTS 2 region (may be repeated)")
    parser.add_argument("--category", action="append", default=[], metavar="CAT",
                        help="only regions of this category: less_developed, transition, "
                        "more_developed, outermost (may be repeated)")
    parser.add_argument("--type", action="append", default=[], metavar="TYPE",
                        help="only this organisation type: "
                        + ", ".join(member.value for member in OrgType) + " (may be repeated)")
    parser.add_argument("--cluster", action="append", default=[], metavar="NAME",
                        help="only members of this cluster (may be repeated)")
    parser.add_argument("--experience", action="append", default=[],
                        choices=("coordinated", "any"),
                        help="only organisations with EU project experience (imported from a "
                        "CORDIS export): coordinated = has coordinated an EU project, any = has "
                        "taken part in one (may be repeated: either)")
    parser.add_argument("--limit", type=int, default=DEFAULT_LIMIT, metavar="N",
                        help=f"print at most N organisations (default {DEFAULT_LIMIT}; 0: all)")
    parser.add_argument("--json", action="store_true", help="print the matches as JSON")


def _countries(values: list[str]) -> frozenset[str]:
    from consortium_planner.reference.countries import country_code_from_text

    codes = set()
    for value in values:
        code = country_code_from_text(value)
        if code is None:
            raise UsageError(f"--country {value!r}: unknown country; give its code (DE, EL, "
                             "TW ...) or its name in any EU language")
        codes.add(code)
    return frozenset(codes)


def _categories(values: list[str]) -> frozenset[str]:
    from consortium_planner.reference.region_categories import parse_category_word

    found = set()
    for value in values:
        category = parse_category_word(value)
        if category is None:
            raise UsageError(f"--category {value!r}: unknown region category; use "
                             "less_developed, transition, more_developed or outermost")
        found.add(category.value)
    return frozenset(found)


def _types(values: list[str]) -> frozenset[str]:
    found = set()
    for value in values:
        key = fold(value).strip().replace(" ", "_").replace("-", "_")
        match = next((member for member in OrgType
                      if key in (member.value, fold(member.label).replace(" ", "_"))), None)
        if match is None:
            raise UsageError(f"--type {value!r}: unknown organisation type; use one of "
                             + ", ".join(member.value for member in OrgType))
        found.add(match.value)
    return frozenset(found)


def run(args: argparse.Namespace) -> int:
    from consortium_planner.services import directory_search as ds

    if args.limit < 0:
        raise UsageError("--limit must be 0 (all) or more")
    query = ds.DirectoryQuery(
        text=args.query,
        countries=_countries(args.country),
        regions=frozenset(code.strip().upper() for code in args.region),
        categories=_categories(args.category),
        org_types=_types(args.type),
        clusters=frozenset(args.cluster),
        experience=frozenset(args.experience),
    )
    with opened_workspace(args.workspace, read_only=True) as workspace:
        with workspace.sessions() as session:
            result = ds.search(session, query, facets=False)
            shown = result.ids if args.limit == 0 else result.ids[:args.limit]
            rows = ds.fetch_rows(session, shown)
            categories = ds.region_categories(session)
    documents = [_document(row, categories) for row in rows]
    if args.json:
        print_json({"total": result.total, "organisations": documents})
    else:
        for document in documents:
            print(_line(document))
        more = f", {len(documents)} shown" if len(documents) < result.total else ""
        print(f"{result.total} organisation(s) found{more}.")
    return EXIT_OK if result.total else EXIT_FINDINGS


def _document(row: Any, categories: dict[str, str]) -> dict[str, Any]:
    return {
        "id": row.id, "legal_name": row.legal_name, "short_name": row.short_name,
        "pic": row.pic, "vat": row.vat, "country": row.country, "nuts2": row.nuts2,
        "region_category": categories.get(row.nuts2) or None, "org_type": row.org_type,
        "sme_class": row.sme_class, "city": row.city,
        "clusters": [link.legal_name for link in row.clusters],  # linked, by name
        "eu_experience": row.eu_experience or None,
    }


def _line(document: dict[str, Any]) -> str:
    name = document["legal_name"]
    if document["short_name"]:
        name += f" ({document['short_name']})"
    place = " ".join(part for part in (document["country"], document["nuts2"], document["city"])
                     if part)
    codes = "  ".join(f"{label} {document[key]}" for label, key in (("PIC", "pic"),
                                                                      ("VAT", "vat"))
                      if document[key])
    experience = document["eu_experience"] or ""
    return "  ".join(part for part in (f"{document['id']:>6}", name, place, codes, experience)
                     if part)
