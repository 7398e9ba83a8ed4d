"""Call profiles: the rules of one call, read from a TOML file (data, not code).

Shipped profiles live in `resources/calls/`; a user adds their own in `<user data>/calls/`
(a user file with the same id wins, so a corrected rate needs no new release). Every rule carries
a `source` note and, where DOMAIN.md says the sources disagree, `verify = true`: the UI shows
such values as "check against the call document".
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from consortium_planner.domain.call_profile import (
    CallProfile,
    CoordinatorRule,
    FundingRule,
    RegionMixOption,
    RolesRule,
    SharedAreaRule,
    ShareRule,
    Sourced,
    ThematicRule,
    ValueChainRules,
)
from consortium_planner.domain.value_chain import ChainRole, parse_stage
from consortium_planner.reference.startups import default_startup_rule, parse_startup_rule
from consortium_planner.domain.money import parse_amount, parse_rate
from consortium_planner.domain.vocab import CostCategory, OrgType, RegionCategory


class ProfileError(ValueError):
    """A call profile file that cannot be used; the message names the file and the key."""


EU_MEMBER_STATES = frozenset(
    "AT BE BG CY CZ DE DK EE EL ES FI FR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split()
)


def _sourced(table: Mapping[str, Any]) -> Sourced:
    return Sourced(source=str(table.get("source", "")), verify=bool(table.get("verify", False)))


def _optional_amount(table: Mapping[str, Any], key: str) -> Decimal | None:
    value = table.get(key)
    return None if value is None else parse_amount(str(value))


def _countries(values: list[str]) -> frozenset[str]:
    codes: set[str] = set()
    for value in values:
        codes |= EU_MEMBER_STATES if value.upper() == "EU" else {value.upper()}
    return frozenset(codes)


SEVERITIES = ("error", "warning", "info")


def _severity(table: Mapping[str, Any], default: str, path: Path, name: str) -> str:
    severity = str(table.get("severity", default))
    if severity not in SEVERITIES:
        raise ProfileError(f"{path.name}: [{name}] severity must be one of {SEVERITIES}, "
                           f"not {severity!r}")
    return severity


def _thematic(table: Mapping[str, Any]) -> ThematicRule:
    return ThematicRule(source=str(table.get("source", "")),
                        verify=bool(table.get("verify", False)),
                        required=bool(table.get("required", False)))


def _share(table: Mapping[str, Any] | None, path: Path, name: str) -> ShareRule | None:
    if table is None:
        return None
    minimum = parse_rate(str(table["min_share_of_eu_contribution"]))  # "0.7" or "70 %"
    return ShareRule(source=str(table.get("source", "")), verify=bool(table.get("verify", False)),
                     minimum=minimum, severity=_severity(table, "warning", path, name))


def _value_chain(table: Mapping[str, Any], path: Path) -> ValueChainRules:
    """[value_chain]: roles the call adds, and the value-chain checks (each with its source)."""
    roles = []
    for role in table.get("roles", []):
        try:
            stage = parse_stage(role.get("stage"))
        except ValueError as error:
            raise ProfileError(f"{path.name}: [[value_chain.roles]] {role.get('key')!r}: "
                               f"{error}") from None
        roles.append(ChainRole(key=str(role["key"]), label=str(role.get("label", role["key"])),
                               stage=stage))
    required = table.get("required_roles")
    shared = table.get("shared_s3_area")
    startups = table.get("startups")
    return ValueChainRules(
        roles=tuple(roles),
        company_share=_share(table.get("company_share"), path, "value_chain.company_share"),
        sme_share=_share(table.get("sme_share"), path, "value_chain.sme_share"),
        required_roles=None if required is None else RolesRule(
            source=str(required.get("source", "")), verify=bool(required.get("verify", False)),
            roles=tuple(str(key) for key in required["roles"]),
            severity=_severity(required, "warning", path, "value_chain.required_roles")),
        shared_s3_area=None if shared is None else SharedAreaRule(
            source=str(shared.get("source", "")), verify=bool(shared.get("verify", False)),
            severity=_severity(shared, "warning", path, "value_chain.shared_s3_area")),
        startups=default_startup_rule() if startups is None else parse_startup_rule(startups),
    )


def _translations(table: Mapping[str, Any], path: Path) -> dict[str, dict[str, str]]:
    """[translations.<language>] tables of text keys -> translated text (README: call
    profiles); an unknown language or key is an error, so a typo does not go unnoticed."""
    from consortium_planner.reference.languages import LANGUAGES
    from consortium_planner.reference.profile_texts import TEXT_KEYS, is_text_key

    result: dict[str, dict[str, str]] = {}
    for language, texts in table.items():
        if language not in LANGUAGES or not isinstance(texts, Mapping):
            raise ProfileError(f"{path.name}: [translations.{language}]: not one of the "
                               f"languages {', '.join(LANGUAGES)}")
        unknown = [key for key in texts if not is_text_key(str(key))]
        if unknown:
            raise ProfileError(f"{path.name}: [translations.{language}]: unknown text "
                               f"{unknown[0]!r}; translate one of {', '.join(TEXT_KEYS)}")
        result[language] = {str(key): str(value) for key, value in texts.items()}
    return result


def parse_profile(data: Mapping[str, Any], path: Path) -> CallProfile:
    """Build a profile from parsed TOML; any missing or malformed key is a ProfileError."""
    try:
        indirect = data["indirect"]
        funding = data["funding"]
        contribution = data.get("eu_contribution", {})
        duration = data.get("duration", {})
        countries = data.get("eligible_countries", {"countries": ["EU"]})
        consortium = data.get("consortium", {})
        coordinator = consortium.get("coordinator", {})
        third_party = data.get("third_party_support", {})
        base = frozenset(str(c) for c in indirect["base"])
        unknown = base - {c.value for c in CostCategory}
        if unknown:
            raise ProfileError(f"{path.name}: unknown indirect base categories {sorted(unknown)}")
        return CallProfile(
            id=str(data["id"]),
            name=str(data["name"]),
            programme=str(data.get("programme", "")),
            description=str(data.get("description", "")),
            path=path,
            currency=str(data.get("currency", "EUR")),
            indirect_rate=parse_rate(str(indirect["rate"])),
            indirect_base=base,
            indirect_source=_sourced(indirect),
            funding=FundingRule(
                basis=str(funding.get("basis", "flat")),
                default=parse_rate(str(funding["default"])),
                rates={k: parse_rate(str(v)) for k, v in funding.get("rates", {}).items()},
                source=str(funding.get("source", "")),
                verify=bool(funding.get("verify", False)),
            ),
            eu_contribution_min=_optional_amount(contribution, "min"),
            eu_contribution_max=_optional_amount(contribution, "max"),
            eu_contribution_source=_sourced(contribution),
            duration_min=duration.get("min_months"),
            duration_max=duration.get("max_months"),
            duration_source=_sourced(duration),
            eligible_countries=_countries(list(countries["countries"])),
            eligible_countries_source=_sourced(countries),
            eligible_countries_others=str(countries.get("others", "")),
            count_eligible_only=bool(consortium.get("count_eligible_only", False)),
            min_participants=int(consortium.get("min_participants", 1)),
            min_countries=int(consortium.get("min_countries", 1)),
            min_regions=int(consortium.get("min_regions", 1)),
            consortium_source=_sourced(consortium),
            region_mix=tuple(
                RegionMixOption(
                    description=str(option["description"]),
                    categories=frozenset(RegionCategory(c) for c in option["categories"]),
                    min_participants=int(option.get("min_participants", 1)),
                    min_distinct_regions=int(option.get("min_distinct_regions", 1)),
                )
                for option in consortium.get("region_mix", [])
            ),
            region_mix_source=Sourced(
                source=str(consortium.get("region_mix_source", "")),
                verify=bool(consortium.get("region_mix_verify", False)),
            ),
            coordinator=CoordinatorRule(
                org_types=frozenset(OrgType(t) for t in coordinator.get("org_types", [])),
                non_profit=bool(coordinator.get("non_profit", False)),
                region_categories=frozenset(
                    RegionCategory(c) for c in coordinator.get("region_categories", [])
                ),
                description=str(coordinator.get("description", "")),
                source=str(coordinator.get("source", "")),
                verify=bool(coordinator.get("verify", False)),
            ),
            third_party_cap=_optional_amount(third_party, "cap_per_third_party"),
            third_party_source=_sourced(third_party),
            subcontracting_max_share=(
                parse_rate(str(consortium["subcontracting_max_share"]))
                if "subcontracting_max_share" in consortium
                else None
            ),
            thematic_priorities=tuple(str(t) for t in data.get("thematic_priorities", [])),
            participant_share_max=(
                parse_rate(str(consortium["participant_share_max"]))
                if "participant_share_max" in consortium
                else None
            ),
            thematic=_thematic(data.get("thematic_priority", {})),
            value_chain=_value_chain(data.get("value_chain", {}), path),
            translations=_translations(data.get("translations", {}), path),
        )
    except ProfileError:
        raise
    except (KeyError, TypeError, ValueError, ArithmeticError) as error:
        raise ProfileError(f"{path}: not a valid call profile ({error!r})") from error


def load_profile_file(path: Path) -> CallProfile:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ProfileError(f"{path}: cannot be read as TOML ({error})") from error
    return parse_profile(data, path)


def profile_folders() -> list[Path]:
    """Shipped profiles first, then the user's own, so a user file overrides a shipped one."""
    from consortium_planner.paths import resources_dir, user_data_dir

    return [resources_dir() / "calls", user_data_dir() / "calls"]


@cache
def available_profiles() -> dict[str, CallProfile]:
    """Every usable profile by id. A broken user file is skipped, not fatal: see profile_problems."""
    profiles: dict[str, CallProfile] = {}
    for folder in profile_folders():
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                profile = load_profile_file(path)
            except ProfileError:
                continue
            profiles[profile.id] = profile
    return profiles


def profile_problems() -> list[str]:
    """Messages for profile files that could not be used (shown in the UI and by the CLI)."""
    problems = []
    for folder in profile_folders():
        if folder.is_dir():
            for path in sorted(folder.glob("*.toml")):
                try:
                    load_profile_file(path)
                except ProfileError as error:
                    problems.append(str(error))
    return problems


def get_profile(profile_id: str) -> CallProfile:
    """The profile with this id; an unknown id falls back to `generic` only by the caller's choice."""
    profiles = available_profiles()
    if profile_id not in profiles:
        known = ", ".join(sorted(profiles)) or "none"
        raise ProfileError(f"unknown call profile {profile_id!r} (known: {known})")
    return profiles[profile_id]
