"""The value-chain vocabularies that ship with the app: the 14 industrial ecosystems of the 2021
update of the EU Industrial Strategy, and the built-in value-chain roles (both TOML files in
resources/reference, with their sources). The app stores keys; labels are for people."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from consortium_planner.domain.text import fold_words
from consortium_planner.domain.value_chain import ChainRole, parse_stage
from consortium_planner.reference._data import reference_dir


@dataclass(frozen=True)
class Term:
    """One ecosystem or role: the stored key and the label people read."""

    key: str
    label: str


@cache
def _toml(name: str) -> dict[str, Any]:
    return tomllib.loads((reference_dir() / name).read_text(encoding="utf-8"))


def ecosystems() -> tuple[Term, ...]:
    """The 14 industrial ecosystems, in the order of their source."""
    entries = _toml("industrial_ecosystems.toml")["ecosystem"]
    return tuple(Term(entry["key"], entry["label"]) for entry in entries)


def ecosystems_source() -> str:
    return str(_toml("industrial_ecosystems.toml")["source"])


def builtin_roles() -> tuple[Term, ...]:
    """The 11 built-in value-chain roles, from research to market."""
    return tuple(Term(r["key"], r["label"]) for r in _toml("value_chain_roles.toml")["role"])


def builtin_chain_roles() -> tuple[ChainRole, ...]:
    """The built-in roles with their `stage` from the data: a place along the chain, or None
    for "supporting"."""
    return tuple(ChainRole(r["key"], r["label"], parse_stage(r.get("stage")))
                 for r in _toml("value_chain_roles.toml")["role"])


def all_roles(*extra: Iterable[Term]) -> tuple[Term, ...]:
    """The built-in roles, then those a call profile or the user added (first label wins)."""
    found: dict[str, Term] = {term.key: term for term in builtin_roles()}
    for terms in extra:
        for term in terms:
            found.setdefault(term.key, term)
    return tuple(found.values())


def find_term(text: str, terms: Iterable[Term]) -> Term | None:
    """The term whose key or label `text` names, whatever its case, accents and punctuation
    ("Mobility - Transport - Automotive", "agri food")."""
    wanted = fold_words(str(text))
    if not wanted:
        return None
    for term in terms:
        if wanted in (fold_words(term.key), fold_words(term.label)):
            return term
    return None
