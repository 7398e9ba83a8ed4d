"""The value chain of a consortium, computed from a project snapshot: who holds which role,
which roles nobody holds, the sectors and ecosystems present, how much of the consortium and of
the EU money is in companies, SMEs and start-ups, the partners each cluster brings, and the
smart-specialisation (S3) areas the partners' regions share.

Pure: the Value chain page, the checks, `summary --json`, the PDF and the workbook all read the
same `ValueChain`, so they agree. Every participant counts (an associated partner still holds a
role in the chain); its EU contribution is what the budget engine gives it (none for an
associated partner). Shares are Decimal fractions rounded half-up to 4 decimals, and None where
there is nothing to divide by (no participant, no EU contribution).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from consortium_planner.domain.money import ZERO
from consortium_planner.domain.text import fold
from consortium_planner.domain.vocab import OrgType

if TYPE_CHECKING:
    from consortium_planner.domain.project import ProjectSnapshot

SHARE_QUANTUM = Decimal("0.0001")
COMPANY_ORG_TYPES = frozenset({OrgType.SME, OrgType.LARGE_ENTERPRISE})


@dataclass(frozen=True)
class ChainRole:
    """A value-chain role: `stage` is its place on the way from research to market (0 first),
    None for a role that supports the whole chain (investor, public authority, cluster ...)."""

    key: str
    label: str
    stage: int | None = None


@dataclass(frozen=True)
class StartupRule:
    """Which companies count as start-ups: founded fewer than `younger_than_years` years before
    the reference year (the project's start, else this year). Data, with its source: there is no
    EU legal definition of a start-up."""

    younger_than_years: int
    org_types: frozenset[str] = COMPANY_ORG_TYPES
    source: str = ""
    verify: bool = False


@dataclass(frozen=True)
class GroupShare:
    """A group of participants (companies, SMEs, start-ups) and their share of the consortium."""

    participants: tuple[int, ...]
    eu_contribution: Decimal
    share_of_participants: Decimal | None
    share_of_eu_contribution: Decimal | None

    @property
    def count(self) -> int:
        return len(self.participants)


@dataclass(frozen=True)
class Presence:
    """A sector (NACE code) or an ecosystem, and the participants that bring it."""

    key: str
    participants: tuple[int, ...]


@dataclass(frozen=True)
class ClusterContribution:
    """A cluster organisation and the participants that are its members; `participant` is the
    cluster's own participant number when it takes part itself."""

    cluster_id: int
    name: str
    members: tuple[int, ...]
    participant: int | None


@dataclass(frozen=True)
class S3Overlap:
    """The S3 areas the participants' regions share.

    `shared`: the areas every region has (as first spelt, compared folded); `isolated`: regions
    whose recorded areas meet no other region's; `unrecorded`: regions with no area recorded.
    """

    regions: tuple[str, ...]
    shared: tuple[str, ...]
    isolated: tuple[str, ...]
    unrecorded: tuple[str, ...]


@dataclass(frozen=True)
class ValueChain:
    roles: tuple[ChainRole, ...]  # the catalogue, in chain order, then the supporting roles
    holders: Mapping[str, tuple[int, ...]]  # role key -> participant numbers holding it
    region_holders: Mapping[str, tuple[str, ...]]  # role key -> NUTS 2 codes holding it
    missing_roles: tuple[str, ...]  # role keys nobody holds, in catalogue order
    unknown_roles: tuple[str, ...]  # roles participants hold that the catalogue does not list
    sectors: tuple[Presence, ...]
    ecosystems: tuple[Presence, ...]
    companies: GroupShare
    smes: GroupShare
    startups: GroupShare
    clusters: tuple[ClusterContribution, ...]
    s3: S3Overlap

    def label(self, key: str) -> str:
        return next((role.label for role in self.roles if role.key == key), key)


def share(part: Decimal, whole: Decimal) -> Decimal | None:
    """part / whole rounded half-up to 4 decimals; None when `whole` is zero."""
    if whole == ZERO:
        return None
    return (part / whole).quantize(SHARE_QUANTUM, rounding=ROUND_HALF_UP)


def share_percent(value: Decimal | None) -> str:
    """A share as people read it, without a second rounding: 0.5825 is '58.25 %'."""
    return "" if value is None else f"{value * 100:.2f} %"


SUPPORTING_STAGE = "supporting"


def parse_stage(value: object) -> int | None:
    """A role's `stage` as data gives it: a place along the chain (0, 1, ...), or "supporting"
    (also when absent) for a role that supports the whole chain. Anything else is a ValueError."""
    if value is None or value == SUPPORTING_STAGE:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    raise ValueError(f"stage must be a whole number from 0 along the chain or "
                     f"{SUPPORTING_STAGE!r}, not {value!r}")


def ordered_roles(roles: Iterable[ChainRole]) -> tuple[ChainRole, ...]:
    """Roles along the chain by stage, then the supporting ones; a key listed twice keeps its
    first entry (a built-in role wins over a profile's or the user's of the same key)."""
    seen: dict[str, ChainRole] = {}
    for role in roles:
        seen.setdefault(role.key, role)
    items = list(seen.values())
    on_chain = sorted((r for r in items if r.stage is not None), key=lambda r: r.stage or 0)
    return tuple(on_chain + [r for r in items if r.stage is None])


def is_startup(org_type: str, founded_year: int | None, reference_year: int,
               rule: StartupRule | None) -> bool:
    """A company of the rule's types, founded fewer than the rule's years before the reference
    year (a founding year after it still counts: the company is being set up)."""
    if rule is None or founded_year is None or org_type not in rule.org_types:
        return False
    return reference_year - founded_year < rule.younger_than_years


def s3_overlap(regions: Iterable[str], areas: Mapping[str, Sequence[str]]) -> S3Overlap:
    """Which S3 areas all `regions` share, and which regions share none with the others."""
    codes = tuple(sorted({code for code in regions if code}))
    spelling: dict[str, str] = {}
    folded: dict[str, set[str]] = {}
    for code in codes:
        keys = set()
        for area in areas.get(code, ()):
            key = fold(" ".join(area.split()))
            if key:
                spelling.setdefault(key, " ".join(area.split()))
                keys.add(key)
        folded[code] = keys
    common = set.intersection(*folded.values()) if codes else set()
    isolated = tuple(
        code for code in codes
        if len(codes) > 1 and folded[code] and not folded[code] & set().union(
            *(folded[other] for other in codes if other != code))
    )
    return S3Overlap(
        regions=codes,
        shared=tuple(sorted((spelling[key] for key in common), key=fold)),
        isolated=isolated,
        unrecorded=tuple(code for code in codes if not folded[code]),
    )


@dataclass(frozen=True)
class ChainMember:
    """What the value chain needs to know of one participant (taken from the snapshot)."""

    number: int
    org_type: str
    nuts2: str
    roles: tuple[str, ...]
    nace_codes: tuple[str, ...]
    ecosystems: tuple[str, ...]
    founded_year: int | None
    organisation_id: int
    clusters: tuple[tuple[int, str], ...]  # (cluster organisation id, its name)
    eu_contribution: Decimal


def value_chain(
    members: Sequence[ChainMember],
    roles: Iterable[ChainRole],
    s3_areas: Mapping[str, Sequence[str]],
    startup_rule: StartupRule | None,
    reference_year: int,
) -> ValueChain:
    """The value chain of these participants against the role catalogue `roles`."""
    catalogue = ordered_roles(roles)
    known = {role.key for role in catalogue}
    holders: dict[str, list[int]] = {role.key: [] for role in catalogue}
    region_holders: dict[str, set[str]] = {role.key: set() for role in catalogue}
    unknown: list[str] = []
    for member in sorted(members, key=lambda m: m.number):
        for key in dict.fromkeys(member.roles):
            if key not in known and key not in unknown:
                unknown.append(key)
            holders.setdefault(key, []).append(member.number)
            if member.nuts2:
                region_holders.setdefault(key, set()).add(member.nuts2.upper())
    total_eu = sum((m.eu_contribution for m in members), ZERO)

    def group(test: Iterable[ChainMember]) -> GroupShare:
        chosen = sorted(test, key=lambda m: m.number)
        amount = sum((m.eu_contribution for m in chosen), ZERO)
        return GroupShare(
            participants=tuple(m.number for m in chosen),
            eu_contribution=amount,
            share_of_participants=share(Decimal(len(chosen)), Decimal(len(members))),
            share_of_eu_contribution=share(amount, total_eu),
        )

    return ValueChain(
        roles=catalogue,
        holders={key: tuple(numbers) for key, numbers in holders.items()},
        region_holders={key: tuple(sorted(codes)) for key, codes in region_holders.items()},
        missing_roles=tuple(role.key for role in catalogue if not holders[role.key]),
        unknown_roles=tuple(unknown),
        sectors=_presence((code, m.number) for m in members for code in m.nace_codes),
        ecosystems=_presence((key, m.number) for m in members for key in m.ecosystems),
        companies=group(m for m in members if m.org_type in COMPANY_ORG_TYPES),
        smes=group(m for m in members if m.org_type == OrgType.SME),
        startups=group(m for m in members
                       if is_startup(m.org_type, m.founded_year, reference_year, startup_rule)),
        clusters=_clusters(members),
        s3=s3_overlap((m.nuts2.upper() for m in members), s3_areas),
    )


def _presence(pairs: Iterable[tuple[str, int]]) -> tuple[Presence, ...]:
    found: dict[str, set[int]] = {}
    for key, number in pairs:
        found.setdefault(key, set()).add(number)
    return tuple(Presence(key, tuple(sorted(numbers))) for key, numbers in sorted(found.items()))


def _clusters(members: Sequence[ChainMember]) -> tuple[ClusterContribution, ...]:
    """Each cluster any participant belongs to, with its members; most members first."""
    by_organisation = {m.organisation_id: m.number for m in members}
    names: dict[int, str] = {}
    brought: dict[int, set[int]] = {}
    for member in members:
        for cluster_id, name in member.clusters:
            names.setdefault(cluster_id, name)
            brought.setdefault(cluster_id, set()).add(member.number)
    items = [
        ClusterContribution(cluster_id, names[cluster_id], tuple(sorted(numbers)),
                            by_organisation.get(cluster_id))
        for cluster_id, numbers in brought.items()
    ]
    return tuple(sorted(items, key=lambda c: (-len(c.members), fold(c.name), c.cluster_id)))


def reference_year(snapshot: ProjectSnapshot) -> int:
    """The year a company's age is counted to: the project's start, else this year."""
    start = snapshot.project.start_date
    return start.year if start is not None else date.today().year


def chain_members(snapshot: ProjectSnapshot) -> list[ChainMember]:
    eu = {figures.number: figures.eu_contribution for figures in snapshot.budget.participants}
    return [
        ChainMember(
            number=p.number,
            org_type=p.organisation.org_type,
            nuts2=p.organisation.nuts2.strip().upper(),
            roles=p.value_chain_roles,
            nace_codes=p.organisation.nace_codes,
            ecosystems=p.organisation.ecosystems,
            founded_year=p.organisation.founded_year,
            organisation_id=p.organisation.id,
            clusters=tuple((link.id, link.name) for link in p.organisation.clusters),
            eu_contribution=eu.get(p.number, ZERO),
        )
        for p in snapshot.participants
    ]


def snapshot_value_chain(snapshot: ProjectSnapshot, year: int | None = None) -> ValueChain:
    """The project's value chain against its role catalogue and its call's start-up rule."""
    return value_chain(
        chain_members(snapshot),
        snapshot.chain_roles,
        snapshot.s3_areas,
        snapshot.profile.value_chain.startups,
        year if year is not None else reference_year(snapshot),
    )
