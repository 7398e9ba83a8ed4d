"""The value chain as plain rows and sentences, for the PDF section, the workbook's sheet and the
Value chain page: one wording of the matrix, the shares, the sectors, the clusters and the S3
areas, from `snapshot.value_chain`."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from consortium_planner.domain.project import ProjectSnapshot
from consortium_planner.domain.value_chain import GroupShare, ValueChain
from consortium_planner.reference.nace import get_item
from consortium_planner.reference.value_chain import ecosystems

HELD = "●"
MISSING_NOTE = "nobody"


def sector_label(code: str) -> str:
    """'25.62 Machining'; the bare code when the classification does not know it."""
    item = get_item(code)
    return item.label if item is not None else code


def ecosystem_label(key: str) -> str:
    return next((term.label for term in ecosystems() if term.key == key), key)


def participant_short(snapshot: ProjectSnapshot, number: int) -> str:
    participant = snapshot.participant(number)
    return f"P{number} {participant.short_name}" if participant is not None else f"P{number}"


@dataclass(frozen=True)
class MatrixRow:
    role: str  # label
    held: tuple[bool, ...]  # per participant, in the snapshot's order
    regions: str  # the NUTS 2 codes holding the role
    missing: bool


def matrix_rows(snapshot: ProjectSnapshot) -> list[MatrixRow]:
    """Roles x participants, the catalogue's roles first, then any role outside it."""
    chain = snapshot.value_chain
    keys = [role.key for role in chain.roles] + list(chain.unknown_roles)
    return [
        MatrixRow(
            role=chain.label(key),
            held=tuple(key in p.value_chain_roles for p in snapshot.participants),
            regions=", ".join(chain.region_holders.get(key, ())),
            missing=key in chain.missing_roles,
        )
        for key in keys
    ]


@dataclass(frozen=True)
class ShareRow:
    group: str
    participants: int
    of_participants: Decimal | None
    eu_contribution: Decimal
    of_eu_contribution: Decimal | None
    numbers: str  # "1, 3, 4"


def share_rows(chain: ValueChain) -> list[ShareRow]:
    def row(name: str, group: GroupShare) -> ShareRow:
        return ShareRow(name, group.count, group.share_of_participants, group.eu_contribution,
                        group.share_of_eu_contribution,
                        ", ".join(str(n) for n in group.participants))

    return [row("Companies (SMEs and large enterprises)", chain.companies),
            row("SMEs", chain.smes), row("Start-ups", chain.startups)]


def startup_note(snapshot: ProjectSnapshot) -> str:
    """How start-ups are counted, and where that definition comes from."""
    rule = snapshot.profile.value_chain.startups
    if rule is None:
        return "The call profile defines no start-ups, so none are counted."
    note = " (check against the call document)" if rule.verify else ""
    return (f"Start-ups: companies founded fewer than {rule.younger_than_years} years before "
            f"the project's start (or this year when it has none). Source: {rule.source}{note}")


def presence_lines(snapshot: ProjectSnapshot) -> tuple[list[str], list[str]]:
    """'25.62 Machining: P2 SENS, P5 ALG' per sector, and the same per ecosystem."""
    chain = snapshot.value_chain

    def who(numbers: tuple[int, ...]) -> str:
        return ", ".join(participant_short(snapshot, n) for n in numbers)

    return ([f"{sector_label(p.key)}: {who(p.participants)}" for p in chain.sectors],
            [f"{ecosystem_label(p.key)}: {who(p.participants)}" for p in chain.ecosystems])


def cluster_lines(snapshot: ProjectSnapshot) -> list[str]:
    """'Cluster X (itself P1) brings P2 SENS, P5 ALG' per cluster, most members first."""
    lines = []
    for cluster in snapshot.value_chain.clusters:
        own = f" (itself P{cluster.participant})" if cluster.participant is not None else ""
        members = ", ".join(participant_short(snapshot, n) for n in cluster.members)
        lines.append(f"{cluster.name}{own} brings {members}")
    return lines


def s3_lines(snapshot: ProjectSnapshot) -> list[str]:
    """The S3 areas each region recorded, then what they share."""
    s3 = snapshot.value_chain.s3
    lines = [f"{code}: {'; '.join(snapshot.s3_areas.get(code, ())) or 'no areas recorded'}"
             for code in s3.regions]
    if s3.regions:
        lines.append("Shared by every region: " + ("; ".join(s3.shared) if s3.shared else "none"))
    if s3.isolated:
        lines.append("Sharing no area with any other region: " + ", ".join(s3.isolated))
    return lines
