"""Call profiles are data: every shipped file loads with sources, and a user's own file wins."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from consortium_planner.paths import resources_dir
from consortium_planner.rules import profiles

SHIPPED = ["generic", "horizon-europe-ia", "horizon-europe-ria", "i3-strand1", "i3-strand2a",
           "i3-strand2b"]


@pytest.fixture
def user_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("CONSORTIUM_PLANNER_DATA_DIR", str(tmp_path))
    profiles.available_profiles.cache_clear()
    folder = tmp_path / "calls"
    folder.mkdir()
    yield folder
    profiles.available_profiles.cache_clear()


def test_every_shipped_profile_loads_with_its_sources() -> None:
    loaded = {p.id: p for p in map(profiles.load_profile_file,
                                   sorted((resources_dir() / "calls").glob("*.toml")))}
    assert sorted(loaded) == SHIPPED
    for profile in loaded.values():
        assert profile.indirect_source.source and profile.funding.source
        assert profile.indirect_base <= {"A", "B", "C1", "C2", "C3", "D1", "D"}


def test_i3_strand1_rules_as_domain_md_states_them() -> None:
    profile = profiles.get_profile("i3-strand1")
    assert (profile.min_participants, profile.min_countries, profile.min_regions) == (5, 3, 5)
    assert profile.indirect_rate == Decimal("0.07") and profile.indirect_source.verify
    assert profile.funding_rate("sme", None, None) == Decimal("0.7")
    assert profile.funding_rate("public_authority", None, None) == Decimal("1")
    assert profile.funding_rate("sme", False, None) == Decimal("1")  # a non-profit SME
    assert (profile.duration_min, profile.duration_max) == (18, 36)
    assert len(profile.region_mix) == 2
    assert "EL" in profile.eligible_countries and "NO" not in profile.eligible_countries


def test_a_users_profile_replaces_the_shipped_one_and_adds_new_ones(user_folder: Path) -> None:
    shipped = (resources_dir() / "calls" / "i3-strand1.toml").read_text("utf-8")
    (user_folder / "my-i3.toml").write_text(shipped.replace('rate = "0.07"', 'rate = "0.05"'),
                                            "utf-8")
    (user_folder / "regional.toml").write_text(
        shipped.replace('id = "i3-strand1"', 'id = "regional-call"'), "utf-8")
    assert profiles.get_profile("i3-strand1").indirect_rate == Decimal("0.05")
    assert "regional-call" in profiles.available_profiles()


def test_a_broken_user_profile_is_reported_not_fatal(user_folder: Path) -> None:
    (user_folder / "broken.toml").write_text('id = "x"\nname = ', "utf-8")
    (user_folder / "incomplete.toml").write_text('id = "x"\nname = "X"\n', "utf-8")
    assert sorted(profiles.available_profiles()) == SHIPPED
    problems = profiles.profile_problems()
    assert len(problems) == 2
    assert any("broken.toml" in p and "TOML" in p for p in problems)
    assert any("incomplete.toml" in p for p in problems)


def test_unknown_profile_names_the_known_ones() -> None:
    with pytest.raises(profiles.ProfileError, match="i3-strand1"):
        profiles.get_profile("no-such-call")
