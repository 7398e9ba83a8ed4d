"""A call profile's texts in a language: its own [translations.<language>] first, then
profiles.po, then its English; every shipped profile's texts are translated."""

from __future__ import annotations

import tomllib
from dataclasses import replace

import pytest
from translation_coverage import untranslated

from consortium_planner.paths import resources_dir
from consortium_planner.reference.languages import catalogue
from consortium_planner.reference.profile_texts import (
    TEXT_KEYS,
    english_text,
    profile_text,
    region_mix_key,
)
from consortium_planner.rules.profiles import ProfileError, parse_profile

CALLS = sorted((resources_dir() / "calls").glob("*.toml"))


def _profile(path, **extra):
    data = tomllib.loads(path.read_text(encoding="utf-8")) | extra
    return parse_profile(data, path)


def test_every_shipped_profile_text_has_a_translation() -> None:
    texts = []
    for path in CALLS:
        profile = _profile(path)
        keys = [*TEXT_KEYS, *(region_mix_key(i) for i in range(len(profile.region_mix)))]
        texts += [english_text(profile, key) for key in keys]
    assert len([text for text in texts if text]) > 20
    assert untranslated(text for text in texts if text) == []


def test_the_profiles_own_translation_comes_first_then_the_catalogue_then_english() -> None:
    path = next(path for path in CALLS if path.stem == "i3-strand1")
    own = _profile(path, translations={"fr": {"name": "I3 Volet 1 (traduction du profil)",
                                              "consortium.region_mix.2.description": "un"}})
    assert profile_text(own, "name", catalogue("fr")) == "I3 Volet 1 (traduction du profil)"
    assert profile_text(own, "consortium.region_mix.2.description", catalogue("fr")) == "un"
    assert profile_text(own, "name", catalogue("de")) == \
        "I3 Strang 1 - Interregionale Innovationsinvestitionen"  # profiles.po
    assert profile_text(own, "name", catalogue("en")) == own.name
    unknown = replace(own, name="A profile of my own")
    assert profile_text(unknown, "name", catalogue("de")) == "A profile of my own"


@pytest.mark.parametrize(("translations", "wrong"), [
    ({"xx": {"name": "?"}}, "[translations.xx]"),
    ({"fr": {"nmae": "?"}}, "unknown text 'nmae'"),
    ({"fr": {"consortium.region_mix.0.description": "?"}}, "unknown text"),
])
def test_a_wrong_translation_table_is_refused(translations, wrong) -> None:
    with pytest.raises(ProfileError, match=None) as raised:
        _profile(CALLS[0], translations=translations)
    assert wrong in str(raised.value)
