"""A call profile's texts in a language, "with the profile's own language fallback": the
profile's own `[translations.<language>]` table first, then the catalogue (profiles.po, keyed
by the English text of the shipped profiles), then the profile's own English text.

Text keys: "name", "programme", "description", "eligible_countries.others",
"consortium.coordinator.description" and "consortium.region_mix.<n>.description" (n counts the
region-mix options from 1). Source notes (`source = ...`) quote call documents and stay as
written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from consortium_planner.reference.languages import Catalogue

if TYPE_CHECKING:
    from consortium_planner.domain.call_profile import CallProfile

TEXT_KEYS: tuple[str, ...] = (
    "name", "programme", "description", "eligible_countries.others",
    "consortium.coordinator.description",
)


def english_text(profile: CallProfile, key: str) -> str:
    """The profile's own text for `key` ('' for an unknown key or option number)."""
    plain = {
        "name": profile.name,
        "programme": profile.programme,
        "description": profile.description,
        "eligible_countries.others": profile.eligible_countries_others,
        "consortium.coordinator.description": profile.coordinator.description,
    }
    if key in plain:
        return plain[key]
    index = _region_mix_index(key)
    if index is not None and index < len(profile.region_mix):
        return profile.region_mix[index].description
    return ""


def _region_mix_index(key: str) -> int | None:
    """0 for "consortium.region_mix.1.description"; None for any other key."""
    head, _, tail = key.rpartition(".")
    prefix, _, number = head.rpartition(".")
    if tail == "description" and prefix == "consortium.region_mix" and number.isdigit():
        return int(number) - 1 if int(number) >= 1 else None
    return None


def is_text_key(key: str) -> bool:
    """Whether a profile's [translations.<language>] table may translate `key`."""
    return key in TEXT_KEYS or _region_mix_index(key) is not None


def profile_text(profile: CallProfile, key: str, texts: Catalogue) -> str:
    """The text `key` of `profile` in the catalogue's language."""
    own = profile.translations.get(texts.language, {}).get(key)
    if own:
        return own
    english = english_text(profile, key)
    return texts.gettext(english) if english else english


def region_mix_key(index: int) -> str:
    """The text key of the region-mix option at `index` (from 0)."""
    return f"consortium.region_mix.{index + 1}.description"
