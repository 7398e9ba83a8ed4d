"""The value chain's figures (domain/value_chain.py): hand-computed cases, and a property test
against an independent computation with fractions."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from consortium_planner.domain.value_chain import (
    ChainMember,
    ChainRole,
    StartupRule,
    is_startup,
    ordered_roles,
    s3_overlap,
    share,
    value_chain,
)

ROLES = (
    ChainRole("rtp", "Research and technology provider", 0),
    ChainRole("manufacturer", "Manufacturer", 3),
    ChainRole("end_user", "End user / customer", 5),
    ChainRole("cluster", "Cluster / intermediary"),
)
RULE = StartupRule(younger_than_years=10)


def member(number: int, org_type: str = "sme", *, roles: tuple[str, ...] = (),
           eu: str = "0.00", nuts2: str = "ITC4", founded: int | None = None,
           clusters: tuple[tuple[int, str], ...] = (), nace: tuple[str, ...] = (),
           ecosystems: tuple[str, ...] = ()) -> ChainMember:
    return ChainMember(number=number, org_type=org_type, nuts2=nuts2, roles=roles,
                       nace_codes=nace, ecosystems=ecosystems, founded_year=founded,
                       organisation_id=100 + number, clusters=clusters,
                       eu_contribution=Decimal(eu))


def test_hand_computed_consortium() -> None:
    members = [
        member(1, "cluster_organisation", roles=("cluster",), eu="300000.00", nuts2="ITC4"),
        member(2, "sme", roles=("manufacturer", "rtp"), eu="200000.00", nuts2="ES51",
               founded=2020, clusters=((101, "CLU"),), nace=("C25.6",), ecosystems=("digital",)),
        member(3, "large_enterprise", roles=("manufacturer",), eu="400000.00", nuts2="PT15",
               founded=1990, clusters=((101, "CLU"), (900, "Other")), nace=("C25.6", "C28")),
        member(4, "research_organisation", eu="100000.00", nuts2="ES51", founded=2024),
    ]
    chain = value_chain(members, ROLES, {}, RULE, 2026)
    assert chain.holders == {"rtp": (2,), "manufacturer": (2, 3), "end_user": (),
                             "cluster": (1,)}
    assert chain.region_holders["manufacturer"] == ("ES51", "PT15")
    assert chain.missing_roles == ("end_user",)
    # companies: 2 and 3 get 600,000 of 1,000,000; SMEs: 2 gets 200,000
    assert chain.companies.share_of_eu_contribution == Decimal("0.6000")
    assert chain.companies.share_of_participants == Decimal("0.5000")
    assert chain.smes.share_of_eu_contribution == Decimal("0.2000")
    assert chain.smes.share_of_participants == Decimal("0.2500")
    # start-ups: companies younger than 10 years in 2026; 4 is young but not a company
    assert chain.startups.participants == (2,)
    assert [(p.key, p.participants) for p in chain.sectors] == [("C25.6", (2, 3)), ("C28", (3,))]
    assert [(p.key, p.participants) for p in chain.ecosystems] == [("digital", (2,))]
    # the cluster (organisation 101 is participant 1) brings 2 and 3
    assert [(c.name, c.members, c.participant) for c in chain.clusters] == [
        ("CLU", (2, 3), 1), ("Other", (3,), None)]


def test_shares_round_half_up_to_four_places_and_none_without_a_whole() -> None:
    assert share(Decimal(1), Decimal(3)) == Decimal("0.3333")
    assert share(Decimal(2), Decimal(3)) == Decimal("0.6667")
    assert share(Decimal("0.00005"), Decimal(1)) == Decimal("0.0001")
    assert share(Decimal(1), Decimal(0)) is None
    chain = value_chain([], ROLES, {}, RULE, 2026)
    assert chain.companies.share_of_participants is None
    assert chain.companies.share_of_eu_contribution is None
    assert chain.missing_roles == ("rtp", "manufacturer", "end_user", "cluster")


def test_startup_age_is_counted_to_the_reference_year() -> None:
    assert is_startup("sme", 2017, 2026, RULE)  # 9 years
    assert not is_startup("sme", 2016, 2026, RULE)  # 10 years: no longer
    assert is_startup("sme", 2027, 2026, RULE)  # being set up
    assert not is_startup("sme", None, 2026, RULE)
    assert not is_startup("higher_education", 2024, 2026, RULE)
    assert not is_startup("sme", 2024, 2026, None)


def test_roles_follow_the_chain_then_the_supporting_ones() -> None:
    roles = [ChainRole("investor", "Investor"), ChainRole("end_user", "End user", 5),
             ChainRole("rtp", "RTP", 0), ChainRole("rtp", "Duplicate", 9)]
    assert [r.key for r in ordered_roles(roles)] == ["rtp", "end_user", "investor"]
    assert ordered_roles(roles)[0].label == "RTP"


def test_roles_outside_the_catalogue_are_kept_and_reported() -> None:
    chain = value_chain([member(1, roles=("space_tug",))], ROLES, {}, RULE, 2026)
    assert chain.unknown_roles == ("space_tug",)
    assert chain.holders["space_tug"] == (1,)
    assert chain.label("space_tug") == "space_tug"


def test_s3_areas_shared_by_every_region() -> None:
    areas = {
        "ITC4": ("Advanced manufacturing", "Agrifood"),
        "ES51": ("advanced  manufacturing", "Health"),
        "PT15": ("Advanced Manufacturing", "Tourism"),
    }
    overlap = s3_overlap(["ITC4", "ES51", "PT15", ""], areas)
    assert overlap.regions == ("ES51", "ITC4", "PT15")
    assert overlap.shared == ("advanced manufacturing",)
    assert overlap.isolated == () and overlap.unrecorded == ()


def test_s3_regions_sharing_nothing_and_regions_with_nothing_recorded() -> None:
    areas = {"ITC4": ("Agrifood", "Energy"), "ES51": ("Energy",), "PT15": ("Tourism",)}
    overlap = s3_overlap(["ITC4", "ES51", "PT15", "DE11"], areas)
    assert overlap.shared == ()
    assert overlap.isolated == ("PT15",)  # DE11 has nothing recorded: not counted as isolated
    assert overlap.unrecorded == ("DE11",)
    assert s3_overlap(["ITC4"], areas).isolated == ()  # alone, it has nobody to share with
    assert s3_overlap([], areas).shared == ()


_members = st.lists(
    st.builds(
        member,
        st.integers(1, 40),
        st.sampled_from(["sme", "large_enterprise", "research_organisation", "higher_education",
                         "public_authority", "cluster_organisation"]),
        roles=st.lists(st.sampled_from(["rtp", "manufacturer", "end_user", "cluster", "x"]),
                       max_size=3).map(tuple),
        eu=st.decimals(min_value=0, max_value=10_000_000, places=2).map(str),
        founded=st.none() | st.integers(1900, 2030),
    ),
    max_size=12, unique_by=lambda m: m.number,
)


@settings(max_examples=200, deadline=None)
@given(_members, st.integers(2000, 2030))
def test_figures_match_an_independent_computation(members: list[ChainMember], year: int) -> None:
    chain = value_chain(members, ROLES, {}, RULE, year)
    total = sum(Fraction(m.eu_contribution) for m in members)

    Expected = tuple[Decimal | None, Decimal | None, tuple[int, ...]]

    def expected(test: Callable[[ChainMember], bool]) -> Expected:
        chosen = [m for m in members if test(m)]
        amount = sum(Fraction(m.eu_contribution) for m in chosen)

        def rounded(value: Fraction) -> Decimal:
            # half-up to 4 places with integers only: floor(value * 10^4 + 1/2)
            scaled = value * 10_000 + Fraction(1, 2)
            return Decimal(scaled.numerator // scaled.denominator) / 10_000

        return (rounded(amount / total) if total else None,
                rounded(Fraction(len(chosen), len(members))) if members else None,
                tuple(sorted(m.number for m in chosen)))

    for group, test in (
        (chain.companies, lambda m: m.org_type in ("sme", "large_enterprise")),
        (chain.smes, lambda m: m.org_type == "sme"),
        (chain.startups, lambda m: m.org_type in ("sme", "large_enterprise")
         and m.founded_year is not None and year - m.founded_year < 10),
    ):
        eu_share, participant_share, numbers = expected(test)
        assert group.participants == numbers
        assert group.share_of_eu_contribution == eu_share
        assert group.share_of_participants == participant_share
    for role in ROLES:
        holders = tuple(sorted(m.number for m in members if role.key in m.roles))
        assert chain.holders[role.key] == holders
        assert (role.key in chain.missing_roles) == (not holders)


def test_share_percent_shows_the_four_places_without_rounding_again() -> None:
    from consortium_planner.domain.value_chain import share_percent

    assert share_percent(Decimal("0.5825")) == "58.25 %"
    assert share_percent(Decimal("1.0000")) == "100.00 %"
    assert share_percent(None) == ""
