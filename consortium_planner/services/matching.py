"""Which directory organisation a record names: the one matching rule of `import`, `load` and the
returned partner workbooks.

The rule: a PIC match wins. Otherwise a VAT match, otherwise the normalised legal name + country;
but a candidate found by one of these weaker keys whose stored PIC differs from the record's own
(non-empty) PIC is another organisation, and so is a name candidate whose stored VAT differs from
the record's own VAT: that is a *conflict*, never a match. Both sides then say so: `import` puts
a warning on the row and creates a new organisation, `load` creates a new organisation and lists
the conflict in its result.

The rule is `choose`; the candidates come either from an in-memory index of the whole directory
(`DirectoryIndex`, for the 50,000-row import: one query, then dictionary look-ups) or from three
indexed queries per record (`find_in_session`, for `load` and the partner workbooks, which
match a handful of records).
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from consortium_planner.models import Organisation
from consortium_planner.names import normalised_name


class Candidate(NamedTuple):
    """A directory organisation found by one key, with the keys the rule compares."""

    id: int
    pic: str | None
    vat: str | None


class Match(NamedTuple):
    """The answer: the matched organisation (None: a new one), by which key ("pic", "vat",
    "name" or ""), and why a weaker key's candidate was not taken ("" when nothing conflicts)."""

    organisation_id: int | None
    by: str = ""
    conflict: str = ""


NO_MATCH = Match(None)


def choose(pic: str | None, vat: str | None, by_pic: Candidate | None,
           by_vat: Candidate | None, by_name: Candidate | None) -> Match:
    """The rule, given the first directory candidate for each of the record's keys."""
    if by_pic is not None:
        return Match(by_pic.id, "pic")
    conflict = ""
    if by_vat is not None:
        # The PIC lookup failed, so a stored PIC here is another one than the record's.
        if not pic or not by_vat.pic:
            return Match(by_vat.id, "vat")
        conflict = f"the VAT number of directory organisation #{by_vat.id}, which has another PIC"
    if by_name is not None:
        other_pic = bool(pic) and bool(by_name.pic)
        other_vat = bool(vat) and bool(by_name.vat) and by_name.vat != vat
        if not other_pic and not other_vat:
            return Match(by_name.id, "name")
        conflict = conflict or (f"the legal name and country of directory organisation "
                                f"#{by_name.id}, which has another "
                                f"{'PIC' if other_pic else 'VAT number'}")
    return Match(None, "", conflict)


class DirectoryIndex:
    """The directory's keys in memory, so that 50,000 rows match in one pass. It keeps ids (a
    `Candidate` is made only for a key that is found), since building it must stay cheap for a
    directory of 134,000 organisations."""

    def __init__(self, session: Session) -> None:
        self.by_pic: dict[str, int] = {}
        self.by_vat: dict[str, int] = {}
        self.by_name: dict[tuple[str, str], int] = {}
        self.pic_of: dict[int, str | None] = {}
        self.vat_of: dict[int, str | None] = {}
        rows = session.execute(select(
            Organisation.id, Organisation.pic, Organisation.vat, Organisation.name_key,
            Organisation.country).order_by(Organisation.id))
        for organisation_id, pic, vat, name_key, country in rows:
            self.pic_of[organisation_id], self.vat_of[organisation_id] = pic, vat
            if pic:
                self.by_pic.setdefault(pic, organisation_id)
            if vat:
                self.by_vat.setdefault(vat, organisation_id)
            if name_key:
                self.by_name.setdefault((name_key, country or ""), organisation_id)

    @property
    def empty(self) -> bool:
        return not self.pic_of

    def _candidate(self, organisation_id: int | None) -> Candidate | None:
        if organisation_id is None:
            return None
        return Candidate(organisation_id, self.pic_of[organisation_id],
                         self.vat_of[organisation_id])

    def find(self, pic: str | None, vat: str | None, name_key: str, country: str | None) -> Match:
        """The match of one record (`name_key` already normalised, as the plan holds it)."""
        candidate = self._candidate
        by_pic = candidate(self.by_pic.get(pic)) if pic else None
        if by_pic is not None:  # the rule stops at a PIC match: skip the other look-ups
            return choose(pic, vat, by_pic, None, None)
        return choose(pic, vat, None, candidate(self.by_vat.get(vat)) if vat else None,
                      candidate(self.by_name.get((name_key, country or "")))
                      if name_key else None)


def find_in_session(session: Session, pic: str | None, vat: str | None, legal_name: str,
                    country: str | None) -> Match:
    """The match of one record, by indexed queries (it sees rows added earlier in the session).
    """

    def first(*conditions: object) -> Candidate | None:
        row = session.execute(
            select(Organisation.id, Organisation.pic, Organisation.vat)
            .where(*conditions).order_by(Organisation.id).limit(1)).first()
        return None if row is None else Candidate(*row)

    by_pic = first(Organisation.pic == pic) if pic else None
    if by_pic is not None:  # the rule stops at a PIC match: skip the other queries
        return choose(pic, vat, by_pic, None, None)
    name_key = normalised_name(legal_name) if legal_name else ""
    return choose(
        pic, vat, None,
        first(Organisation.vat == vat) if vat else None,
        first(Organisation.name_key == name_key, Organisation.country == (country or ""))
        if name_key else None)
