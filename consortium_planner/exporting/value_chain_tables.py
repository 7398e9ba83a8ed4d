"""The value chain as plain rows and sentences, for the PDF section, the workbook's sheet and the
Value chain page: one wording of the matrix, the shares, the sectors, the clusters and the S3
areas, from `snapshot.value_chain`."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from consortium_planner.domain.project import ProjectSnapshot
from consortium_planner.domain.value_chain import GroupShare, ValueChain
from consortium_planner.reference.nace import nace_label
from consortium_planner.reference.value_chain import ecosystems
from consortium_planner.reference.vocab_labels import chain_role_label
from consortium_planner.reference.vocab_labels import ecosystem_label as translated_ecosystem
from consortium_planner.reference.wording import ENGLISH, Wording

HELD = "●"


def sector_label(code: str, w: Wording = ENGLISH) -> str:
    """'25.62 Machining' / '25.62 Usinage': Eurostat's title in the wording's language; the
    bare code when the classification does not know it."""
    return nace_label(code, w.language)


def ecosystem_label(key: str, w: Wording = ENGLISH) -> str:
    label = next((term.label for term in ecosystems() if term.key == key), None)
    return translated_ecosystem(label, w.texts) if label is not None else key


def participant_short(snapshot: ProjectSnapshot, number: int) -> str:
    """'P3 Acme'."""
    participant = snapshot.participant(number)
    return f"P{number} {participant.short_name}" if participant is not None else f"P{number}"


@dataclass(frozen=True)
class MatrixRow:
    role: str  # label
    held: tuple[bool, ...]  # per participant, in the snapshot's order
    regions: str  # the NUTS 2 codes holding the role
    missing: bool


def matrix_rows(snapshot: ProjectSnapshot, w: Wording = ENGLISH) -> list[MatrixRow]:
    """Roles x participants, the catalogue's roles first, then any role outside it."""
    chain = snapshot.value_chain
    keys = [role.key for role in chain.roles] + list(chain.unknown_roles)
    return [
        MatrixRow(
            role=chain_role_label(chain.label(key), w.texts),
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


def share_rows(chain: ValueChain, w: Wording = ENGLISH) -> list[ShareRow]:
    def row(name: str, group: GroupShare) -> ShareRow:
        return ShareRow(name, group.count, group.share_of_participants, group.eu_contribution,
                        group.share_of_eu_contribution,
                        ", ".join(str(n) for n in group.participants))

    return [row(w.gettext("Companies (SMEs and large enterprises)"), chain.companies),
            row(w.gettext("SMEs"), chain.smes), row(w.gettext("Start-ups"), chain.startups)]


def startup_note(snapshot: ProjectSnapshot, w: Wording = ENGLISH) -> str:
    """How start-ups are counted, and where that definition comes from."""
    rule = snapshot.profile.value_chain.startups
    if rule is None:
        return w.gettext("The call profile defines no start-ups, so none are counted.")
    text = w.ngettext(
        "Start-ups: companies founded less than {years} year before the project's start (or "
        "this year when it has none). Source: {source}",
        "Start-ups: companies founded fewer than {years} years before the project's start (or "
        "this year when it has none). Source: {source}",
        rule.younger_than_years,
    ).format(years=rule.younger_than_years, source=rule.source)
    if rule.verify:
        text += " " + w.gettext("(check against the call document)")
    return text


def presence_lines(
    snapshot: ProjectSnapshot, w: Wording = ENGLISH
) -> tuple[list[str], list[str]]:
    """'25.62 Machining: P2 SENS, P5 ALG' per sector, and the same per ecosystem."""
    chain = snapshot.value_chain

    def who(numbers: tuple[int, ...]) -> str:
        return ", ".join(participant_short(snapshot, n) for n in numbers)

    return ([f"{sector_label(p.key, w)}: {who(p.participants)}" for p in chain.sectors],
            [f"{ecosystem_label(p.key, w)}: {who(p.participants)}" for p in chain.ecosystems])


def cluster_lines(snapshot: ProjectSnapshot, w: Wording = ENGLISH) -> list[str]:
    """'Cluster X (itself P1) brings P2 SENS, P5 ALG' per cluster, most members first."""
    lines = []
    for cluster in snapshot.value_chain.clusters:
        members = ", ".join(participant_short(snapshot, n) for n in cluster.members)
        if cluster.participant is not None:
            line = w.gettext("{cluster} (itself P{number}) brings {members}").format(
                cluster=cluster.name, number=cluster.participant, members=members)
        else:
            line = w.gettext("{cluster} brings {members}").format(cluster=cluster.name,
                                                                   members=members)
        lines.append(line)
    return lines


def s3_lines(snapshot: ProjectSnapshot, w: Wording = ENGLISH) -> list[str]:
    """The S3 areas each region recorded, the regions without any in one line (a big consortium
    has dozens of them), then what they share."""
    s3 = snapshot.value_chain.s3
    lines = [f"{code}: " + "; ".join(snapshot.s3_areas[code])
             for code in s3.regions if snapshot.s3_areas.get(code)]
    unrecorded = [code for code in s3.regions if not snapshot.s3_areas.get(code)]
    if unrecorded:
        lines.append(w.gettext("No areas recorded: {regions}").format(
            regions=", ".join(unrecorded)))
    if s3.regions:
        shared = "; ".join(s3.shared) if s3.shared else w.gettext("none")
        lines.append(w.gettext("Shared by every region: {areas}").format(areas=shared))
    if s3.isolated:
        lines.append(w.gettext("Sharing no area with any other region: {regions}").format(
            regions=", ".join(s3.isolated)))
    return lines
