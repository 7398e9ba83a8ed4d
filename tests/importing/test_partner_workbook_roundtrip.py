"""The partner workbook round trip: generate, fill in by script, import, compare to the cent."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import openpyxl
from partner_workbook_fill import (
    cost_row,
    fill,
    first_blank_cost_row,
    make_workbook,
    needs_libreoffice,
    resave_with_libreoffice,
    set_cost_line,
    set_effort,
    set_profile,
    snapshot_of,
)
from sqlalchemy import select

from consortium_planner.cli import main
from consortium_planner.domain.money import round_half_up
from consortium_planner.importing.partner_workbook import NOTE_NO_CACHED_RESULTS
from consortium_planner.models import ImportBatch
from consortium_planner.reference.wording import wording
from consortium_planner.services.partner_returns import (
    import_partner_workbook,
    import_partner_workbooks,
    is_partner_workbook,
    partner_returns,
)
from consortium_planner.workspace import Workspace

D = Decimal
TRAVEL = "Travel to six consortium meetings"
CONSUMABLES = "Laboratory consumables and characterisation"
REACTOR = "Solvolysis reactor, pilot scale"


def partner_edits(workbook: openpyxl.Workbook) -> None:
    """What participant 3's finance person changes: profile, effort and cost lines."""
    set_profile(workbook, "city", "Málaga")
    set_profile(workbook, "email", "  finance@famav.example ")
    set_profile(workbook, "staff_headcount", 130)
    set_profile(workbook, "turnover", "9.750.000,50")  # typed as text, German style
    set_profile(workbook, "monthly_personnel_cost", 5123.45)
    set_profile(workbook, "short_name", "=FAMAV")  # a partner's text, not a formula
    workbook["Organisation"].cell(6, 2).data_type = "s"
    set_effort(workbook, 1, 3.25)
    set_effort(workbook, 2, None)
    set_effort(workbook, 6, "6,5")
    set_cost_line(workbook, cost_row(workbook, TRAVEL), {4: 8})
    set_cost_line(workbook, cost_row(workbook, CONSUMABLES), {1: None, 2: None, 3: None, 6: None})
    row = first_blank_cost_row(workbook)
    set_cost_line(workbook, row, {1: "B. Subcontracting",
                                  2: "WP4 Digital twins for pilot production",
                                  3: "Testing laboratory", 6: 12345.67})
    set_cost_line(workbook, row + 1, {1: "C.1 Travel and subsistence", 2: "WP6",
                                      3: "Trade fair", 4: 2.5, 5: 333.33})
    set_cost_line(workbook, row + 2, {1: "D.1 Financial support to third parties",
                                      3: "Vouchers for 3 SMEs", 6: "45000"})


def participant_state(workspace_path: Path, number: int = 3) -> dict:
    snapshot = snapshot_of(workspace_path)
    participant = snapshot.participant(number)
    return {
        "organisation": participant.organisation,
        "monthly_personnel_cost": participant.monthly_personnel_cost,
        "effort": {e.work_package: e.person_months for e in snapshot.efforts
                   if e.participant == number},
        "costs": sorted(
            (c.category, c.work_package, c.description, c.quantity, c.unit_cost, c.amount)
            for c in snapshot.costs if c.participant == number
        ),
        "budget": next(b for b in snapshot.budget.participants if b.number == number),
    }


def test_unchanged_workbook_imports_with_no_changes(demo_path: Path, tmp_path: Path) -> None:
    path = make_workbook(demo_path, tmp_path / "p3.xlsx")
    assert is_partner_workbook(path)
    before = participant_state(demo_path)
    with Workspace.open(demo_path) as workspace:
        result = import_partner_workbook(workspace, path)
    assert result.status == "imported", result.errors
    assert result.diff is not None and result.diff.is_empty
    assert (result.created, result.updated, result.removed) == (0, 0, 0)
    assert result.unchanged == result.rows_read == 1 + 6 + 3
    assert participant_state(demo_path)["costs"] == before["costs"]


def test_filled_workbook_updates_the_workspace_to_the_cent(demo_path: Path, tmp_path: Path) -> None:
    path = fill(make_workbook(demo_path, tmp_path / "p3.xlsx"), partner_edits)
    with Workspace.open(demo_path) as workspace:
        result = import_partner_workbook(workspace, path)
    assert result.status == "imported", [e.message for e in result.errors]
    assert NOTE_NO_CACHED_RESULTS in result.notes
    state = participant_state(demo_path)
    organisation = state["organisation"]
    assert organisation.city == "Málaga"
    assert organisation.email == "finance@famav.example"
    assert organisation.staff_headcount == 130
    assert organisation.turnover == D("9750000.50")
    assert organisation.short_name == "=FAMAV"
    assert organisation.legal_name == "Fundación Andaluza de Materiales Avanzados"
    assert state["monthly_personnel_cost"] == D("5123.45")
    assert state["effort"] == {1: D("3.25"), 3: D("40.00"), 4: D("8.00"), 5: D("10.00"),
                               6: D("6.50")}
    assert state["costs"] == sorted([
        ("C1", 1, TRAVEL, D("8.00"), D("1450.00"), D("11600.00")),
        ("C2", 3, REACTOR, None, None, D("385000.00")),
        ("B", 4, "Testing laboratory", None, None, D("12345.67")),
        ("C1", 6, "Trade fair", D("2.50"), D("333.33"), D("833.33")),  # 833.325 half-up
        ("D1", None, "Vouchers for 3 SMEs", None, None, D("45000.00")),
    ])
    budget = state["budget"]
    personnel = sum(round_half_up(D(pm) * D("5123.45")) for pm in ("3.25", "40", "8", "10", "6.5"))
    assert personnel == D("347113.74")  # 6.5 x 5123.45 = 33302.425 rounds up
    assert budget.costs["A"] == personnel
    assert budget.person_months == D("67.75")


def test_diff_lists_every_change(demo_path: Path, tmp_path: Path) -> None:
    path = fill(make_workbook(demo_path, tmp_path / "p3.xlsx"), partner_edits)
    with Workspace.open(demo_path, read_only=True) as workspace:
        result = import_partner_workbook(workspace, path, dry_run=True)
    assert result.status == "dry-run"
    assert [(w.sheet, w.row, w.column) for w in result.warnings] == [
        ("Organisation", 21, "B"), ("Effort", 10, "F"), ("Costs", 9, "F")]
    assert "“6,5” is stored as text; it was read as 6.50" in result.warnings[1].message
    diff = result.diff
    profile = {change.field: (change.old, change.new) for change in diff.profile}
    assert profile == {
        "short_name": ("FAMAV", "=FAMAV"),
        "city": ("Sevilla", "Málaga"),
        "email": ("l.martin@famav.example", "finance@famav.example"),
        "staff_headcount": ("120", "130"),
        "turnover": ("9600000.00", "9750000.50"),
        "monthly_personnel_cost": ("5000.00", "5123.45"),
    }
    efforts = {e.work_package: (str(e.old), str(e.new)) for e in diff.efforts}
    assert efforts == {1: ("3.00", "3.25"), 2: ("4.00", "0.00"), 6: ("4.00", "6.50")}
    changes = {(c.change, c.line.description): c for c in diff.cost_lines}
    assert set(changes) == {("changed", TRAVEL), ("removed", CONSUMABLES),
                            ("added", "Testing laboratory"), ("added", "Trade fair"),
                            ("added", "Vouchers for 3 SMEs")}
    travel = changes[("changed", TRAVEL)]
    assert (travel.old.amount, travel.new.amount) == (D("8700.00"), D("11600.00"))
    assert (result.created, result.updated, result.removed) == (3, 1 + 2 + 1, 2)
    document = result.as_json()
    assert {key: document[key] for key in ("status", "rows_read", "errors")} == {
        "status": "dry-run", "rows_read": 1 + 6 + 5, "errors": []}
    assert set(document["warnings"][0]) == {"sheet", "row", "column", "message"}
    assert document["diff"]["effort"][0] == {"work_package": 1, "old": "3.00", "new": "3.25"}
    assert "City: Sevilla -> Málaga" in diff.lines()
    assert "Monthly personnel cost (EUR per person-month): 5,000.00 -> 5,123.45" in diff.lines()
    assert "Effort WP1: 3.00 -> 3.25 person-months" in diff.lines()
    assert f"Cost line changed: C1 WP1 “{TRAVEL}”: 8,700.00 -> 11,600.00" in diff.lines()
    german = diff.lines(wording("de"))  # the window's preview in a German window
    assert len(german) == len(diff.lines())
    assert "Ort: Sevilla -> Málaga" in german
    assert "Monatliche Personalkosten (EUR pro Personenmonat): 5.000,00 -> 5.123,45" in german
    assert "Aufwand WP1: 3,00 -> 3,25 Personenmonate" in german
    assert f"Kostenposition geändert: C1 WP1 „{TRAVEL}“: 8.700,00 -> 11.600,00" in german


def test_dry_run_writes_nothing(demo_path: Path, tmp_path: Path) -> None:
    from partner_workbook_fill import file_digest

    path = fill(make_workbook(demo_path, tmp_path / "p3.xlsx"), partner_edits)
    before = file_digest(demo_path)
    with Workspace.open(demo_path) as workspace:
        result = import_partner_workbook(workspace, path, dry_run=True)
    assert result.status == "dry-run" and not result.diff.is_empty
    assert file_digest(demo_path) == before


def test_import_is_recorded_and_tracked(demo_path: Path, tmp_path: Path) -> None:
    first = fill(make_workbook(demo_path, tmp_path / "p3.xlsx"), partner_edits)
    other = make_workbook(demo_path, tmp_path / "p5.xlsx", participant=5)
    with Workspace.open(demo_path) as workspace:
        results = import_partner_workbooks(workspace, [first, other])
        assert [r.status for r in results] == ["imported", "imported"]
        with workspace.sessions() as session:
            batches = session.scalars(select(ImportBatch).order_by(ImportBatch.id)).all()
            batch = [b for b in batches if b.kind == "partner_workbook"][0]
            assert (batch.participant_number, batch.file_name) == (3, "p3.xlsx")
            assert batch.rows_read == 12
            assert len(batch.sha256) == 64
            details = json.loads(batch.details)
            assert {c["field"] for c in details["diff"]["profile"]} >= {"city", "turnover"}
        returns = {r.participant: r for r in partner_returns(workspace)}
    assert returns[3].returned and returns[3].imports == 1
    assert "City: Sevilla -> Málaga" in returns[3].last_changes
    assert returns[5].returned and returns[5].last_changes == ("no changes",)
    assert "Ort: Sevilla -> Málaga" in returns[3].worded_changes(wording("de"))
    assert returns[5].worded_changes(wording("pl")) == ("brak zmian",)
    assert not returns[1].returned and returns[1].last_imported_at is None


def test_cli_writes_one_workbook_per_partner(demo_path: Path, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "out"
    assert main(["template", str(demo_path), "-o", str(folder)]) == 0
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 9 and names[0] == "CIRCOMP-P01-CMP.xlsx"
    assert "CIRCOMP-P05-RRA-Stajerska.xlsx" in names
    single = tmp_path / "one.xlsx"
    assert main(["template", str(demo_path), "--project", "circomp", "--participant", "2",
                 "-o", str(single)]) == 0
    assert is_partner_workbook(single)
    assert main(["template", str(demo_path), "--participant", "12", "-o", str(single)]) == 2
    assert "no participant 12" in capsys.readouterr().err


@needs_libreoffice
def test_workbook_saved_by_libreoffice_imports_and_its_totals_match(
    demo_path: Path, tmp_path: Path
) -> None:
    """A partner who fills in and saves with a spreadsheet program: cached results exist, the
    identity sheet comes back as merely hidden, and the Summary's totals equal the app's."""
    def typed_as_numbers(workbook: openpyxl.Workbook) -> None:
        partner_edits(workbook)
        set_effort(workbook, 6, 6.5)
        set_cost_line(workbook, cost_row(workbook, "Vouchers for 3 SMEs"), {6: 45000})
        set_profile(workbook, "turnover", 9750000.5)

    filled = fill(make_workbook(demo_path, tmp_path / "p3.xlsx"), typed_as_numbers)
    resaved = resave_with_libreoffice(filled, tmp_path)
    with Workspace.open(demo_path) as workspace:
        result = import_partner_workbook(workspace, resaved)
    assert result.status == "imported", [e.message for e in result.errors]
    assert result.warnings == [] and NOTE_NO_CACHED_RESULTS not in result.notes
    budget = participant_state(demo_path)["budget"]
    summary = openpyxl.load_workbook(resaved, data_only=True)["Summary"]
    figures = {summary.cell(row, 1).value: summary.cell(row, 2).value for row in range(5, 25)}

    def cents(value: float) -> Decimal:
        return Decimal(repr(value)).quantize(Decimal("0.01"))

    assert cents(figures["Total eligible costs"]) == budget.total_eligible
    assert cents(figures["E. Indirect costs"]) == budget.costs["E"]
    assert cents(figures["A. Personnel from effort"]) == budget.costs["A"]
    assert cents(figures["EU contribution (indicative)"]) == budget.eu_contribution


def test_the_text_report_counts_removed_cost_lines() -> None:
    from consortium_planner.cli.import_command import report_text

    report = {"path": "p.xlsx", "status": "imported", "rows_read": 12, "created": 0,
              "updated": 1, "unchanged": 10, "skipped": 0, "removed": 1, "errors": [],
              "warnings": []}
    assert "1 updated, 10 unchanged, 0 skipped, 1 removed" in report_text(report)
