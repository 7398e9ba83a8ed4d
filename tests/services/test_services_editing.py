"""The editing service: validation, one transaction per call, and exact undo through capture and
restore."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from consortium_planner.models import Organisation
from consortium_planner.services.editing import Changes, EditingService, RowToAdd
from consortium_planner.services.errors import UserError
from consortium_planner.services.snapshot import load_snapshot
from consortium_planner.workspace import ReadOnlyWorkspace, Workspace


def build_project(service: EditingService) -> dict[str, int]:
    """A small project: three participants, two work packages with tasks and deliverables."""
    ids: dict[str, int] = {}
    for key, name, country, nuts2, org_type in (
        ("alpha", "Alpha Cluster", "DE", "DE11", "cluster_organisation"),
        ("beta", "Beta Robotics", "PL", "PL21", "sme"),
        ("gamma", "Gamma University", "ES", "ES61", "higher_education"),
    ):
        ids[key] = service.add_organisation(
            {"legal_name": name, "short_name": name.split()[0].upper(), "country": country,
             "nuts2": nuts2, "org_type": org_type}
        ).created_id
    ids["project"] = service.create_project("TEST", call_profile="i3-strand1",
                                            duration_months=24).created_id
    for key in ("alpha", "beta", "gamma"):
        ids[f"p_{key}"] = service.add_participant(
            ids["project"], ids[key], monthly_personnel_cost="5.000,00"
        ).created_id
    ids["wp1"] = service.add_work_package(ids["project"], {"title": "Management"}).created_id
    ids["wp2"] = service.add_work_package(
        ids["project"], {"title": "Pilots", "start_month": 3, "end_month": 20,
                         "lead_participant_id": ids["p_beta"]}).created_id
    ids["task"] = service.add_task(ids["wp2"], {"title": "Pilot A"}).created_id
    ids["deliverable"] = service.add_deliverable(ids["wp2"], {"title": "Pilot report"}).created_id
    ids["milestone"] = service.add_milestone(
        ids["project"], {"title": "Pilots done", "due_month": 20,
                         "work_package_ids": [ids["wp2"]]}).created_id
    service.set_efforts([(ids["p_alpha"], ids["wp1"], "6"), (ids["p_beta"], ids["wp2"], "10,5")])
    ids["cost"] = service.add_cost_item(
        ids["p_beta"], {"category": "C1", "amount": "1.234,56", "work_package_id": ids["wp2"]}
    ).created_id
    return ids


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """The project built once through the service; each test edits its own copy of the file."""
    path = tmp_path_factory.mktemp("editing") / "template.cpw"
    with Workspace.create(path) as workspace:
        ids = build_project(EditingService(workspace))
    return path, ids


@pytest.fixture
def workspace(tmp_path: Path, template: tuple[Path, dict[str, int]]):
    copy = tmp_path / "edit.cpw"
    shutil.copy(template[0], copy)
    with Workspace.open(copy) as opened:
        yield opened


@pytest.fixture
def service(workspace: Workspace) -> EditingService:
    return EditingService(workspace)


@pytest.fixture
def project(template: tuple[Path, dict[str, int]]) -> dict[str, int]:
    return dict(template[1])


def snapshot(workspace: Workspace, project_id: int):
    with workspace.sessions() as session:
        return load_snapshot(session, project_id)


def test_built_project_reads_back(workspace, project):
    shot = snapshot(workspace, project["project"])
    assert [p.number for p in shot.participants] == [1, 2, 3]
    assert shot.coordinator.organisation.legal_name == "Alpha Cluster"
    assert shot.work_package(2).lead == 2
    assert shot.work_package(2).tasks[0].start_month == 3
    assert shot.work_package(2).deliverables[0].due_month == 20
    assert shot.milestones[0].work_packages == (2,)
    assert shot.budget.totals["A"] == Decimal("82500.00")  # (6 + 10.5) x 5000
    assert shot.costs[0].amount == Decimal("1234.56")


@pytest.mark.parametrize(
    ("kind", "key", "values", "message"),
    [
        ("work_package", "wp1", {"end_month": 30}, "after the project's end"),
        ("work_package", "wp1", {"start_month": 0}, "at least 1"),
        ("work_package", "wp2", {"start_month": 21}, "before it starts"),
        ("work_package", "wp1", {"number": 2}, "already a work package number 2"),
        ("participant", "p_beta", {"monthly_personnel_cost": "-5"}, "zero or more"),
        ("participant", "p_beta", {"role": "coordinator"}, "already the coordinator"),
        ("participant", "p_beta", {"funding_rate_override": "50%"}, "reason"),
        ("participant", "p_beta", {"funding_rate_override": "150%"}, "between 0 % and 100 %"),
        ("deliverable", "deliverable", {"due_month": "M25"}, "after the project's end"),
        ("deliverable", "deliverable", {"type": "video"}, "not a deliverable type"),
        ("cost_item", "cost", {"amount": "-12"}, "zero or more"),
        ("cost_item", "cost", {"amount": "12.3456"}, "two decimal places"),
        ("cost_item", "cost", {"amount": "abc"}, "not an amount"),
        ("organisation", "beta", {"pic": "12345"}, "9 digits"),
        ("organisation", "beta", {"country": "DE"}, "region PL21 is not in DE"),
        ("organisation", "beta", {"legal_name": "  "}, "cannot be empty"),
        ("project", "project", {"duration_months": 12}, "WP1 is in M24"),
        ("milestone", "milestone", {"due_month": 99}, "after the project's end"),
        ("participant", "p_beta", {"monthly_personnel_cost": "9" * 25}, "too large"),
        ("organisation", "beta", {"turnover": "9" * 30}, "too large"),
        ("organisation", "beta", {"staff_headcount": "9" * 30}, "too large"),
        ("work_package", "wp1", {"number": "9" * 30}, "too large"),
        ("cost_item", "cost", {"quantity": "999999999", "unit_cost": "999999999"}, "too large"),
    ],
)
def test_invalid_values_are_refused_and_nothing_changes(
    service, workspace, project, kind, key, values, message
):
    before = snapshot(workspace, project["project"])
    with pytest.raises(UserError, match=message):
        service.update(kind, project[key], values)
    assert snapshot(workspace, project["project"]) == before


def test_update_accepts_typed_text_and_reports_changes(service, workspace, project):
    changes = service.update("participant", project["p_beta"],
                             {"monthly_personnel_cost": "6 000,50 EUR"})
    assert changes.budget and changes.participants and changes.project_id == project["project"]
    assert snapshot(workspace, project["project"]).participant(2).monthly_personnel_cost == \
        Decimal("6000.50")


def test_override_with_reason_changes_the_rate(service, workspace, project):
    service.update("participant", project["p_beta"],
                   {"funding_rate_override": "50 %", "funding_rate_override_reason": "state aid"})
    assert snapshot(workspace, project["project"]).participant(2).funding_rate == Decimal("0.5")


def test_paste_of_several_rows_is_all_or_nothing(service, workspace, project):
    with pytest.raises(UserError):
        service.update_many("work_package", [
            (project["wp1"], {"title": "Coordination"}),
            (project["wp2"], {"end_month": 99}),
        ])
    assert snapshot(workspace, project["project"]).work_package(1).title == "Management"


def test_duplicate_numbers_and_participants_are_refused(service, project):
    with pytest.raises(UserError, match="already participant P2"):
        service.add_participant(project["project"], project["beta"])
    with pytest.raises(UserError, match="already exists"):
        service.create_project("test")


def test_remove_work_package_and_restore_it_exactly(service, workspace, project):
    before = snapshot(workspace, project["project"])
    state = service.capture("work_package", [project["wp2"]])
    changes = service.remove("work_package", [project["wp2"]])
    assert changes.work_plan and changes.effort and changes.budget
    after = snapshot(workspace, project["project"])
    assert [w.number for w in after.work_packages] == [1]
    assert after.milestones[0].work_packages == ()
    assert after.costs[0].work_package is None
    service.restore(state)
    assert snapshot(workspace, project["project"]) == before


def test_remove_participant_and_restore_it_with_its_links(service, workspace, project):
    before = snapshot(workspace, project["project"])
    state = service.capture("participant", [project["p_beta"]])
    service.remove("participant", [project["p_beta"]])
    after = snapshot(workspace, project["project"])
    assert after.work_package(2).lead is None and not after.costs
    service.restore(state)
    assert snapshot(workspace, project["project"]) == before


def test_delete_project_and_restore_it(service, workspace, project):
    before = snapshot(workspace, project["project"])
    state = service.capture("project", [project["project"]])
    service.remove("project", [project["project"]])
    service.restore(state)
    assert snapshot(workspace, project["project"]) == before


def test_organisation_in_a_project_cannot_be_removed(service, project):
    with pytest.raises(UserError, match="participant in TEST"):
        service.remove("organisation", [project["alpha"]])


def test_duplicate_project_copies_everything(service, workspace, project):
    copy_id = service.duplicate_project(project["project"], "TEST-B").created_id
    original, copy = snapshot(workspace, project["project"]), snapshot(workspace, copy_id)
    assert copy.project.acronym == "TEST-B"
    assert copy.budget.totals == original.budget.totals
    assert [w.title for w in copy.work_packages] == [w.title for w in original.work_packages]
    assert copy.milestones[0].work_packages == (2,)
    assert {p.id for p in copy.participants}.isdisjoint({p.id for p in original.participants})
    service.update("work_package", copy.work_package(1).id, {"title": "Changed"})
    assert snapshot(workspace, project["project"]).work_package(1).title == "Management"


def test_effort_zero_clears_and_values_read_back(service, workspace, project):
    cell = (project["p_alpha"], project["wp1"])
    assert service.effort_values([cell]) == {cell: Decimal("6.00")}
    service.set_effort(*cell, "0")
    assert service.effort_values([cell]) == {cell: Decimal("0.00")}
    with pytest.raises(UserError, match="zero or more"):
        service.set_effort(*cell, "-1")


def test_renumber_closes_gaps_and_set_numbers_undoes_it(service, workspace, project):
    service.remove("work_package", [project["wp1"]])
    plan = service.renumber_plan("work_package", project["project"])
    assert plan == {project["wp2"]: 1}
    old = service.numbers("work_package", plan)
    service.renumber("work_package", project["project"])
    assert [w.number for w in snapshot(workspace, project["project"]).work_packages] == [1]
    service.set_numbers("work_package", old)
    assert [w.number for w in snapshot(workspace, project["project"]).work_packages] == [2]


def test_swapping_numbers_in_one_step(service, workspace, project):
    service.set_numbers("work_package", {project["wp1"]: 2, project["wp2"]: 1})
    shot = snapshot(workspace, project["project"])
    assert shot.work_package(1).title == "Pilots"


def test_cost_line_from_quantity_and_unit_cost(service, workspace, project):
    service.update("cost_item", project["cost"], {"quantity": "3", "unit_cost": "1.200,00"})
    assert snapshot(workspace, project["project"]).costs[0].amount == Decimal("3600.00")
    with pytest.raises(UserError, match="quantity x unit cost"):
        service.update("cost_item", project["cost"], {"amount": "10"})


def test_values_read_for_undo(service, project):
    assert service.values("milestone", project["milestone"], ["title", "work_package_ids"]) == {
        "title": "Pilots done", "work_package_ids": [project["wp2"]]}


def test_read_only_workspace_refuses_edits(tmp_path, project, workspace):
    workspace.close()
    with Workspace.open(workspace.path, read_only=True) as read_only:
        with pytest.raises(ReadOnlyWorkspace, match="read-only"):
            EditingService(read_only).update("work_package", project["wp1"], {"title": "x"})


def test_changes_merge_keeps_the_project():
    merged = Changes(budget=True, project_id=3) | Changes(effort=True, project_id=3)
    assert merged.budget and merged.effort and merged.project_id == 3
    assert not Changes() and (Changes() | Changes(effort=True, project_id=3)).project_id == 3
    assert (Changes(budget=True, project_id=3) | Changes(budget=True, project_id=4)).project_id \
        is None


def test_a_pic_already_used_is_refused_with_a_message(service, project):
    service.update("organisation", project["alpha"], {"pic": "951234567"})
    with pytest.raises(UserError, match="already used by Alpha Cluster"):
        service.update("organisation", project["beta"], {"pic": "951 234 567"})
    with pytest.raises(UserError, match="already used by Alpha Cluster"):
        service.add_organisation({"legal_name": "Delta", "pic": "951234567"})


def test_deliverable_moves_to_a_package_with_a_chosen_number(service, workspace, project):
    service.add_deliverable(project["wp1"], {"title": "Plan"})
    service.update("deliverable", project["deliverable"],
                   {"work_package_id": project["wp1"], "number": 7})
    shot = snapshot(workspace, project["project"])
    assert [(d.number, d.title) for d in shot.work_package(1).deliverables] == [
        (1, "Plan"), (7, "Pilot report")]
    other = service.add_deliverable(project["wp2"], {"title": "Other"}).created_id
    with pytest.raises(UserError, match="already a deliverable number 7"):
        service.update("deliverable", other, {"work_package_id": project["wp1"], "number": 7})


@pytest.fixture
def transactions(workspace, monkeypatch) -> list[int]:
    """One entry per transaction the workspace opens from here on."""
    opened: list[int] = []
    original = workspace.transaction

    def counted(*args, **kwargs):
        opened.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(workspace, "transaction", counted)
    return opened


def test_a_paste_that_adds_rows_is_one_transaction(service, workspace, project, transactions):
    changes = service.paste("work_package", [(project["wp1"], {"title": "Coordination"})], [
        RowToAdd(project["project"], {"title": "Pilots II", "start_month": "M3"}),
        RowToAdd(project["project"], {"title": "Exploitation"}),
    ])
    assert len(transactions) == 1
    shot = snapshot(workspace, project["project"])
    assert [(w.number, w.title) for w in shot.work_packages] == [
        (1, "Coordination"), (2, "Pilots"), (3, "Pilots II"), (4, "Exploitation")]
    assert changes.work_plan and changes.project_id == project["project"]
    assert changes.created_ids == tuple(w.id for w in shot.work_packages[2:])


def test_a_paste_whose_row_k_is_refused_writes_nothing(service, workspace, project):
    before = snapshot(workspace, project["project"])
    with pytest.raises(UserError, match="^Nothing was pasted: new row 3: WP5 would end"):
        service.paste("work_package", [(project["wp1"], {"title": "Coordination"})], [
            RowToAdd(project["project"], {"title": "A"}),
            RowToAdd(project["project"], {"title": "B"}),
            RowToAdd(project["project"], {"title": "C", "start_month": 9, "end_month": 3}),
            RowToAdd(project["project"], {"title": "D"}),
        ])
    assert snapshot(workspace, project["project"]) == before


def test_several_participants_are_added_in_one_transaction(service, workspace, project,
                                                           transactions):
    new = [service.add_organisation({"legal_name": name}).created_id
           for name in ("Delta Labs", "Epsilon Institute")]
    transactions.clear()
    changes = service.add_participants(project["project"], new)
    assert len(transactions) == 1
    shot = snapshot(workspace, project["project"])
    assert [(p.number, str(p.role), p.organisation.legal_name) for p in shot.participants[3:]] \
        == [(4, "beneficiary", "Delta Labs"), (5, "beneficiary", "Epsilon Institute")]
    assert changes.participants and changes.project_id == project["project"]
    assert changes.created_ids == tuple(p.id for p in shot.participants[3:])


def test_adding_several_participants_is_all_or_nothing(service, workspace, project):
    delta = service.add_organisation({"legal_name": "Delta Labs"}).created_id
    before = snapshot(workspace, project["project"])
    with pytest.raises(UserError, match="^No participant was added: BETA is already participant"):
        service.add_participants(project["project"], [delta, project["beta"]])
    assert snapshot(workspace, project["project"]) == before


def test_the_first_participants_added_together_bring_a_coordinator(service, workspace, project):
    other = service.create_project("OTHER").created_id
    service.add_participants(other, [project["gamma"], project["alpha"]])
    shot = snapshot(workspace, other)
    assert [(p.number, str(p.role)) for p in shot.participants] == \
        [(1, "coordinator"), (2, "beneficiary")]


@pytest.mark.parametrize(("typed", "stored"), [
    ("Taiwan", "TW"), ("TW", "TW"), ("Allemagne", "DE"), ("Niemcy", "DE"), ("Германия", "DE"),
    ("Ελλάδα", "EL"), ("gr", "EL"), ("GB", "UK"), ("Kosovo", "XK"), ("brésil", "BR"),
])
def test_an_organisation_takes_any_country_typed_in_any_eu_language(
        service, workspace, project, typed, stored):
    service.update("organisation", project["beta"], {"country": typed, "nuts2": ""})
    with workspace.sessions() as session:
        assert session.get(Organisation, project["beta"]).country == stored


def test_a_vat_number_with_a_wrong_check_digit_is_refused_with_the_reason(
        service, workspace, project):
    service.update("organisation", project["beta"],
                   {"country": "TW", "nuts2": "", "vat": "TW 0050 1503"})
    with workspace.sessions() as session:
        assert session.get(Organisation, project["beta"]).vat == "TW00501503"
    with pytest.raises(UserError, match="check digit is wrong for a VAT number of Germany"):
        service.update("organisation", project["beta"],
                       {"country": "DE", "vat": "DE 136 695 977"})
    with pytest.raises(UserError, match="does not have the format of a VAT number of Germany"):
        service.update("organisation", project["beta"], {"country": "DE", "vat": "DE1366959"})
    service.update("organisation", project["beta"], {"country": "DE", "vat": "136695976"})
    with workspace.sessions() as session:
        assert session.get(Organisation, project["beta"]).vat == "DE136695976"
