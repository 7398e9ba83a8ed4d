"""The rules of one call as plain values. `rules/profiles.py` reads them from TOML files (data,
not code); every rule keeps its `source` note and `verify` flag so the app can say "check
against the call document"."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from consortium_planner.domain.value_chain import ChainRole, StartupRule
from consortium_planner.domain.vocab import OrgType, RegionCategory

PROFIT_ORG_TYPES = frozenset({OrgType.SME, OrgType.LARGE_ENTERPRISE})



@dataclass(frozen=True)
class Sourced:
    source: str = ""
    verify: bool = False



@dataclass(frozen=True)
class FundingRule(Sourced):
    """How a participant's funding rate is chosen.

    basis: "flat" (one rate), "profit" (profit / non_profit), "org_type" (rate per organisation
    type, falling back to `default`) or "region_category" (rate per region category).
    """

    basis: str = "flat"
    default: Decimal = Decimal(1)
    rates: Mapping[str, Decimal] = field(default_factory=dict)



@dataclass(frozen=True)
class RegionMixOption:
    """One acceptable region-category mix: `min_participants` partners, in at least
    `min_distinct_regions` different regions, each in one of `categories`."""

    description: str
    categories: frozenset[RegionCategory]
    min_participants: int = 1
    min_distinct_regions: int = 1



@dataclass(frozen=True)
class CoordinatorRule(Sourced):
    org_types: frozenset[OrgType] = frozenset()  # empty: any type
    non_profit: bool = False
    region_categories: frozenset[RegionCategory] = frozenset()  # empty: anywhere
    description: str = ""



@dataclass(frozen=True)
class ShareRule(Sourced):
    """At least `minimum` (a fraction) of the EU contribution goes to a group of participants."""

    minimum: Decimal = Decimal(0)
    severity: str = "warning"



@dataclass(frozen=True)
class RolesRule(Sourced):
    """Value-chain roles (keys) that someone in the consortium must hold."""

    roles: tuple[str, ...] = ()
    severity: str = "warning"



@dataclass(frozen=True)
class SharedAreaRule(Sourced):
    """At least one smart-specialisation area shared by every participant's region."""

    severity: str = "warning"



@dataclass(frozen=True)
class ThematicRule(Sourced):
    """Where the call's thematic priorities come from; `required`: the project must name one
    of them (`CallProfile.thematic_priorities`)."""

    required: bool = False



@dataclass(frozen=True)
class ValueChainRules:
    """What a call asks of the value chain; None (or empty) where the call asks nothing."""

    roles: tuple[ChainRole, ...] = ()  # roles the call adds to the built-in ones
    company_share: ShareRule | None = None  # companies: SMEs and large enterprises
    sme_share: ShareRule | None = None
    required_roles: RolesRule | None = None
    shared_s3_area: SharedAreaRule | None = None
    # a parsed profile always has one (its own, else resources/reference/startups.toml);
    # None (profiles built in code) counts no start-ups
    startups: StartupRule | None = None



@dataclass(frozen=True)
class CallProfile:
    id: str
    name: str
    programme: str
    description: str
    path: Path
    currency: str
    indirect_rate: Decimal
    indirect_base: frozenset[str]
    indirect_source: Sourced
    funding: FundingRule
    eu_contribution_min: Decimal | None
    eu_contribution_max: Decimal | None
    eu_contribution_source: Sourced
    duration_min: int | None
    duration_max: int | None
    duration_source: Sourced
    eligible_countries: frozenset[str]  # EU codes; "EU" in the file expands to the 27
    eligible_countries_source: Sourced
    min_participants: int
    min_countries: int
    min_regions: int
    consortium_source: Sourced
    region_mix: tuple[RegionMixOption, ...]
    region_mix_source: Sourced
    coordinator: CoordinatorRule
    third_party_cap: Decimal | None
    third_party_source: Sourced
    subcontracting_max_share: Decimal | None
    thematic_priorities: tuple[str, ...]
    # Above this share of the eligible costs one participant dominates the budget (a warning).
    # Optional: the checks use 40 %, a rule of thumb, when a profile sets none.
    participant_share_max: Decimal | None = None
    # Whether the consortium minimums (partners, countries, regions, region mix) count only
    # partners from eligible countries ([consortium] count_eligible_only; I3 and Horizon Europe
    # do). A partner with no known country is still counted: another check asks for it.
    count_eligible_only: bool = False
    # What the call says of participants from other countries ([eligible_countries] others):
    # shown with the eligibility finding.
    eligible_countries_others: str = ""
    thematic: ThematicRule = ThematicRule()
    # The profile's own translations of its texts: language code -> text key ("name",
    # "description", ...; see reference/profile_texts.py) -> text. They come before the
    # catalogue's (profiles.po), which comes before the profile's own English.
    translations: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    value_chain: ValueChainRules = ValueChainRules()

    def funding_rate(
        self, org_type: str | None, profit: bool | None, region_category: str | None
    ) -> Decimal:
        """The rate this profile gives a participant; an override on the participant wins."""
        rule = self.funding
        if rule.basis == "profit":
            is_profit = profit if profit is not None else org_type in PROFIT_ORG_TYPES
            key = "profit" if is_profit else "non_profit"
        elif rule.basis == "org_type":
            key = org_type or ""
        elif rule.basis == "region_category":
            key = region_category or ""
        else:
            key = ""
        return rule.rates.get(key, rule.default)
