"""The shipped value-chain vocabularies: 14 ecosystems with their source, 11 built-in roles."""

from __future__ import annotations

from consortium_planner.reference.value_chain import (
    Term,
    all_roles,
    builtin_chain_roles,
    builtin_roles,
    ecosystems,
    ecosystems_source,
    find_term,
)


def test_fourteen_ecosystems_with_their_source() -> None:
    terms = ecosystems()
    assert len(terms) == 14
    assert len({term.key for term in terms}) == 14
    assert all(len(term.key) <= 40 for term in terms)  # organisation_ecosystem.ecosystem
    assert "COM(2021) 350" in ecosystems_source()


def test_eleven_builtin_roles_and_added_ones() -> None:
    roles = builtin_roles()
    assert len(roles) == 11 and len({role.key for role in roles}) == 11
    assert all(len(role.key) <= 60 for role in roles)
    assert roles[0].key == "research_technology_provider"
    added = all_roles([Term("pilot_line", "Pilot line operator"), Term("manufacturer", "x")])
    assert [role.key for role in added][-1] == "pilot_line"
    assert len(added) == 12
    assert next(role for role in added if role.key == "manufacturer").label == "Manufacturer"


def test_a_term_is_found_by_key_or_label() -> None:
    roles = builtin_roles()
    assert find_term("End user / customer", roles).key == "end_user"
    assert find_term("system integrator", roles).key == "system_integrator"
    assert find_term("SYSTEM_INTEGRATOR", roles).key == "system_integrator"
    assert find_term("agri-food", ecosystems()).key == "agri_food"
    assert find_term("nothing", roles) is None


def test_a_term_is_found_whatever_its_punctuation() -> None:
    assert find_term("Mobility - Transport - Automotive", ecosystems()).key == \
        "mobility_transport_automotive"
    assert find_term("agri food", ecosystems()).key == "agri_food"
    assert find_term("end user, customer", builtin_roles()).key == "end_user"
    assert find_term(" - ", builtin_roles()) is None


def test_each_builtin_roles_stage_is_data() -> None:
    stages = {role.key: role.stage for role in builtin_chain_roles()}
    assert [key for key, stage in sorted(
        ((k, s) for k, s in stages.items() if s is not None), key=lambda item: item[1])] == [
        "research_technology_provider", "technology_developer", "component_supplier",
        "manufacturer", "system_integrator", "end_user"]
    assert stages["investor"] is None and stages["training_provider"] is None
    assert [role.key for role in builtin_chain_roles()] == [role.key for role in builtin_roles()]
