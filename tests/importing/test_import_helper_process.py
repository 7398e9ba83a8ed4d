"""The helper process of a large list's plan: the same plan as without it, no process left
behind, and the work done here when there is no helper or it fails."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import Future

import pytest

from consortium_planner.importing import columns, helper_process
from consortium_planner.importing.errors import ImportCancelled
from consortium_planner.importing.plan import build_organisation_plan

ROWS = [
    ["Legal name", "Country", "VAT", "City"],
    ["Acme GmbH", "Deutschland", "DE136695976", "Berlin"],
    ["Wrong digit GmbH", "DE", "DE136695977", "Bonn"],
    ["Spaced SARL", "France", "FR 40 303 265 045", "Paris"],
    ["Lower SpA", "Italia", "it00743110157", "Roma"],
    ["No country Oy", "", "FI20774740", "Espoo"],
    ["Other prefix GmbH", "AT", "DE136695976", "Wien"],
    ["Swiss AG", "CH", "CHE107787577", "Bern"],
    ["Blank SA", "ES", "", "Madrid"],
    ["Short BV", "NL", "NL0044954", "Delft"],
    ["Acme again GmbH", "Deutschland", "DE136695976", "Berlin"],
    ["ACME GmbH & Co. KG", "Deutschland", "", "Berlin"],
    ["Łódź Tech Sp. z o.o.", "PL", "PL8567346215", "Łódź"],
]


def _plan_figures(path):
    plan = build_organisation_plan(path)
    return plan.columns, plan.errors, plan.warnings, plan.repeat_of, plan.name_keys


def test_the_helper_process_gives_the_same_plan_and_ends_with_it(make_csv, monkeypatch):
    path = make_csv("\n".join(";".join(row) for row in ROWS))
    alone = _plan_figures(path)
    used: list[object] = []
    submit_to_helper = helper_process.submit

    def submit(function, *args):
        used.append(submit_to_helper(function, *args))
        return used[-1]

    monkeypatch.setattr(helper_process, "LARGE_FILE", 0)
    monkeypatch.setattr(helper_process, "_a_core_is_free", lambda: True)  # a busy CI machine
    monkeypatch.setattr(columns, "_HELPED_VATS", 0)
    monkeypatch.setattr(helper_process, "submit", submit)
    helped = _plan_figures(path)
    assert len(used) == 2 and all(isinstance(future, Future) for future in used)  # VAT, names
    assert helped == alone
    assert alone[2] and alone[0]["vat"][2] == "FR40303265045"  # warnings and values to compare
    assert multiprocessing.active_children() == []


def test_a_cancelled_plan_leaves_no_process_behind(make_csv, monkeypatch):
    path = make_csv("\n".join(";".join(row) for row in ROWS))
    monkeypatch.setattr(helper_process, "LARGE_FILE", 0)
    monkeypatch.setattr(helper_process, "_a_core_is_free", lambda: True)  # a busy CI machine
    monkeypatch.setattr(columns, "_HELPED_VATS", 0)
    asked = iter([False, False, True])
    with pytest.raises(ImportCancelled):
        build_organisation_plan(path, cancel=lambda: next(asked, True))
    assert multiprocessing.active_children() == []


def test_without_a_helper_or_when_it_fails_the_work_is_done_here():
    assert helper_process.submit(sorted, [2, 1]) is None  # no plan of a large file running
    assert helper_process.result(None, sorted, [2, 1]) == [1, 2]
    failed: Future[list[int]] = Future()
    failed.set_exception(OSError("the process died"))
    assert helper_process.result(failed, sorted, [2, 1]) == [1, 2]
    with helper_process.helper_process(file_size=10):  # too small to pay for a process
        assert helper_process.submit(sorted, [2, 1]) is None
