"""Organisations' EU project experience: the participations a CORDIS export names, kept per
organisation and project, summed up for the directory ("coordinated 2 Horizon 2020 projects,
EUR 1.9 M") and searched.

Written only inside an organisation import's transaction (`record_participations`, called by
services/organisation_import.py), and taken back by its undo (`undo_participations`). One row
per organisation and project number (grant agreement numbers are one sequence across
programmes): a newer export of the same projects updates the row, a value the file leaves
blank never blanks it. Removing an organisation removes its history (a CASCADE foreign key,
which the editing package's undo captures); merging duplicates moves it (services/duplicates.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from consortium_planner.domain.money import from_hundredths, to_hundredths
from consortium_planner.domain.text import fold
from consortium_planner.domain.vocab import EuProgramme, EuRole
from consortium_planner.models import EuParticipation

if TYPE_CHECKING:  # the directory's search reads experience without the CORDIS reader
    from consortium_planner.importing.cordis import PlannedParticipation

# The directory's filter on experience, and the command line's --experience.
EXPERIENCE_FILTERS: dict[str, str] = {
    "coordinated": "Has coordinated an EU project",
    "any": "Has EU project experience",
}
_CHUNK = 500
_VALUE_FIELDS = ("programme", "acronym", "role", "eu_contribution")


@dataclass(frozen=True)
class Participation:
    """One EU project an organisation took part in."""

    programme: str  # EuProgramme value, "" when not known
    project_id: str
    acronym: str
    role: str | None  # EuRole value
    eu_contribution: Decimal | None


@dataclass(frozen=True)
class ParticipationChanges:
    """What an import did to the history, for its report and its undo."""

    added: tuple[int, ...] = ()
    # (participation id, its values before) for every row the import changed
    changed: tuple[tuple[int, Mapping[str, Any]], ...] = ()

    def as_details(self) -> dict[str, Any]:
        return {"added": list(self.added),
                "changed": [{"id": row_id, "old": dict(old)} for row_id, old in self.changed]}


def acronym_key(acronym: str) -> str:
    """The folded acronym the directory search compares with what the user typed."""
    return " ".join(fold(acronym).split())


def record_participations(
    session: Session, planned: Sequence[PlannedParticipation],
    organisation_of: Mapping[int, int],
) -> ParticipationChanges:
    """Write the planned participations of the rows that reach an organisation (plan index ->
    organisation id); a participation already recorded for the organisation and project is
    updated with what the file gives. Inside the caller's transaction."""
    wanted, seen = [], set()
    for planned_row in planned:
        organisation_id = organisation_of.get(planned_row.index)
        key = (organisation_id, planned_row.project_id)
        if organisation_id is None or key in seen:
            continue  # a repeat row's project the organisation's first row names already
        seen.add(key)
        wanted.append((organisation_id, planned_row))
    if not wanted:
        return ParticipationChanges()
    existing = _existing(session, {organisation_id for organisation_id, _ in wanted})
    rows, changed = [], []
    for organisation_id, planned_row in wanted:
        new = {"programme": planned_row.programme, "acronym": planned_row.acronym,
               "role": planned_row.role.value if planned_row.role else None,
               "eu_contribution": planned_row.eu_contribution}
        found = existing.get((organisation_id, planned_row.project_id))
        if found is None:
            rows.append({"organisation_id": organisation_id, "project_id": planned_row.project_id,
                         "acronym_key": acronym_key(planned_row.acronym), **new})
            continue
        row_id, old = found
        values = {name: value for name, value in new.items()
                  if value not in (None, "") and value != old[name]}
        if not values:
            continue
        if "acronym" in values:
            values["acronym_key"] = acronym_key(values["acronym"])
        changed.append((row_id, {name: _plain(old[name]) for name in values
                                 if name != "acronym_key"}))
        session.execute(update(EuParticipation).where(EuParticipation.id == row_id)
                        .values(values))
    added: list[int] = []
    if rows:
        first = (session.scalar(select(EuParticipation.id).order_by(
            EuParticipation.id.desc()).limit(1)) or 0) + 1
        for offset, row in enumerate(rows):
            row["id"] = first + offset
        session.execute(insert(EuParticipation), rows)
        added = [row["id"] for row in rows]
    return ParticipationChanges(tuple(added), tuple(changed))


def _existing(session: Session, organisation_ids: Iterable[int]
              ) -> dict[tuple[int, str], tuple[int, dict[str, Any]]]:
    found: dict[tuple[int, str], tuple[int, dict[str, Any]]] = {}
    ids = sorted(organisation_ids)
    table = EuParticipation.__table__
    for start in range(0, len(ids), _CHUNK):
        for row in session.execute(select(table).where(
                table.c.organisation_id.in_(ids[start:start + _CHUNK]))).mappings():
            role = row["role"]
            found[(row["organisation_id"], row["project_id"])] = (row["id"], {
                "programme": row["programme"], "acronym": row["acronym"],
                "role": getattr(role, "value", role), "eu_contribution": row["eu_contribution"]})
    return found


def _plain(value: Any) -> Any:
    """A value as the import record's JSON keeps it (money as integer cents)."""
    if isinstance(value, Decimal):
        return to_hundredths(value)
    return getattr(value, "value", value)


def undo_participations(session: Session, details: Mapping[str, Any]) -> None:
    """Take back what `record_participations` did, from the import record's details."""
    added = list(details.get("added", []))
    for start in range(0, len(added), _CHUNK):
        session.execute(delete(EuParticipation).where(
            EuParticipation.id.in_(added[start:start + _CHUNK])))
    for change in details.get("changed", []):
        old = dict(change["old"])
        if old.get("eu_contribution") is not None:
            old["eu_contribution"] = from_hundredths(int(old["eu_contribution"]))
        if "acronym" in old:
            old["acronym_key"] = acronym_key(old["acronym"])
        session.execute(update(EuParticipation).where(EuParticipation.id == change["id"])
                        .values(old))


# --- reading ----------------------------------------------------------------------------------


def participations(session: Session, organisation_id: int) -> list[Participation]:
    """An organisation's EU projects, newest project numbers first."""
    rows = session.scalars(select(EuParticipation).where(
        EuParticipation.organisation_id == organisation_id))
    found = [_participation(row) for row in rows]
    return sorted(found, key=lambda p: (len(p.project_id), p.project_id), reverse=True)


def _participation(row: EuParticipation) -> Participation:
    return Participation(row.programme, row.project_id, row.acronym,
                         row.role.value if row.role else None, row.eu_contribution)


def summaries(session: Session, organisation_ids: Sequence[int]) -> dict[int, str]:
    """The one-line experience of each organisation that has some ("coordinated 2 Horizon 2020
    projects, EUR 1.9 M; took part in 3 FP7 projects, EUR 0.4 M"), for a page of the directory."""
    by_organisation: dict[int, list[Participation]] = defaultdict(list)
    ids = list(organisation_ids)
    for start in range(0, len(ids), _CHUNK):
        for row in session.scalars(select(EuParticipation).where(
                EuParticipation.organisation_id.in_(ids[start:start + _CHUNK]))):
            by_organisation[row.organisation_id].append(_participation(row))
    return {organisation_id: summary(found) for organisation_id, found in by_organisation.items()}


def summary(found: Iterable[Participation]) -> str:
    """Coordinated projects first, then the others, by programme, each with its EU money."""
    groups: dict[tuple[bool, str], list[Participation]] = defaultdict(list)
    for participation in found:
        coordinated = participation.role == EuRole.COORDINATOR.value
        groups[(not coordinated, participation.programme)].append(participation)
    parts = []
    for (other, programme), members in sorted(groups.items(), key=_group_order):
        verb = "took part in" if other else "coordinated"
        label = EuProgramme(programme).label if programme else "EU"
        count = len(members)
        text = f"{verb} {count} {label} project{'s' if count != 1 else ''}"
        amounts = [p.eu_contribution for p in members if p.eu_contribution is not None]
        if amounts:
            text += f", {euro_text(sum(amounts, Decimal(0)))}"
        parts.append(text)
    return "; ".join(parts)


_PROGRAMME_ORDER = {"HORIZON": 0, "H2020": 1, "FP7": 2, "": 3}


def _group_order(item: tuple[tuple[bool, str], list[Participation]]) -> tuple[bool, int]:
    (other, programme), _ = item
    return other, _PROGRAMME_ORDER.get(programme, 4)


def euro_text(amount: Decimal) -> str:
    """EUR 1.9 M, EUR 230 k, EUR 900: a sum of EU money at a glance (Decimal, never float)."""
    if amount >= 1_000_000:
        return f"EUR {(amount / 1_000_000).quantize(Decimal('0.1'))} M"
    if amount >= 1_000:
        return f"EUR {(amount / 1_000).quantize(Decimal('1'))} k"
    return f"EUR {amount.quantize(Decimal('1'))}"


def experience_condition(filters: Iterable[str]) -> str:
    """The SQL condition on `organisation o` for the chosen experience filters (any of them)."""
    parts = []
    for name in sorted(set(filters)):
        if name == "coordinated":
            parts.append("o.id IN (SELECT organisation_id FROM eu_participation "
                         "WHERE role = 'coordinator')")
        elif name == "any":
            parts.append("o.id IN (SELECT organisation_id FROM eu_participation)")
        else:
            raise ValueError(f"unknown experience filter {name!r}; use one of "
                             + ", ".join(EXPERIENCE_FILTERS))
    return f"({' OR '.join(parts)})"
