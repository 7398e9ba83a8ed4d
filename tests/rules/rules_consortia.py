"""A consortium that meets every I3 Strand 1 rule only just, as a project JSON document, and
helpers to edit documents and snapshots.

Tests copy the document, break one thing and load it through
`services.interchange.load_project`, the path a user's file takes. Figures are chosen so the
budget is easy to follow: every participant has 40 person-months at EUR 10,000.00, so
428,000.00 eligible costs each (7 % indirect); the coordinator's financial support to third
parties (D.1, outside the indirect base, funded at 100 %) brings the EU contribution to exactly
EUR 2,500,000.00.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from consortium_planner.domain.project import ProjectSnapshot
from consortium_planner.rules.findings import Finding

BASE_EU_WITHOUT_SUPPORT = "1883200.00"  # 3 x 428,000 at 100 % + 2 x 428,000 at 70 %


def _organisation(key: str, name: str, org_type: str, country: str, nuts2: str, pic: str,
                  vat: str, **extra: Any) -> dict[str, Any]:
    return {"key": key, "legal_name": name, "short_name": key.upper(), "pic": pic, "vat": vat,
            "org_type": org_type, "country": country, "nuts2": nuts2, **extra}


def base_document() -> dict[str, Any]:
    """5 partners (the minimum) in 5 regions of 3 countries, one of them in a transition region."""
    organisations = [
        _organisation("clu", "Lombardy Mobility Cluster", "cluster_organisation", "IT", "ITC4",
                      "900000001", "IT01234560157", profit=False),
        _organisation("sme1", "Emilia Sensors Srl", "sme", "IT", "ITH5", "900000002",
                      "IT01234570156", staff=20, turnover="3000000.00"),
        _organisation("rto", "Centro Tecnologico Catalan", "research_organisation", "ES", "ES51",
                      "900000003", "ESG12345674", profit=False),
        _organisation("uni", "Universidad de Madrid Norte", "higher_education", "ES", "ES30",
                      "900000004", "ESQ28180016", profit=False),
        _organisation("sme2", "Algarve Robotics Lda", "sme", "PT", "PT15", "900000005",
                      "PT501234560", staff=30, turnover="4000000.00"),
    ]
    roles = ["coordinator", "beneficiary", "beneficiary", "beneficiary", "beneficiary"]
    participants = [
        {"number": n, "organisation": org["key"], "role": role,
         "monthly_personnel_cost": "10000.00"}
        for n, (org, role) in enumerate(zip(organisations, roles), start=1)
    ]
    work_packages = [
        {"number": 1, "title": "Management", "lead": 1, "start_month": 1, "end_month": 36,
         "tasks": [{"number": 1, "title": "Coordination", "lead": 1, "start_month": 1,
                    "end_month": 36}],
         "deliverables": [{"number": 1, "title": "Project handbook", "lead": 1, "type": "R",
                           "dissemination": "SEN", "due_month": 3}]},
        {"number": 2, "title": "Pilot lines", "lead": 3, "start_month": 1, "end_month": 30,
         "tasks": [{"number": 1, "title": "Design", "lead": 3, "start_month": 1,
                    "end_month": 12}],
         "deliverables": [{"number": 1, "title": "Pilot report", "lead": 3, "type": "R",
                           "dissemination": "PU", "due_month": 30}]},
        {"number": 3, "title": "Scale-up", "lead": 2, "start_month": 6, "end_month": 36,
         "tasks": [{"number": 1, "title": "Investment plans", "lead": 2, "start_month": 6,
                    "end_month": 36}],
         "deliverables": [{"number": 1, "title": "Investment portfolio", "lead": 2,
                           "type": "R", "dissemination": "PU", "due_month": 36}]},
    ]
    efforts = {1: {1: "30", 2: "10"}, 2: {1: "10", 3: "30"}, 3: {1: "10", 2: "30"},
               4: {2: "20", 3: "20"}, 5: {1: "10", 3: "30"}}
    return {
        "format": "consortium-planner/project",
        "version": 1,
        "project": {"acronym": "JUST", "title": "Just eligible", "call": "i3-strand1",
                    "thematic_priority": "Smart manufacturing", "start_date": "2026-01-01",
                    "duration_months": 36},
        "organisations": organisations,
        "participants": participants,
        "work_packages": work_packages,
        "milestones": [
            {"number": 1, "title": "Pilots running", "work_packages": [2], "due_month": 18,
             "verification": "Pilot report"},
            {"number": 2, "title": "Portfolio agreed", "work_packages": [3], "due_month": 36},
        ],
        "effort": [
            {"participant": p, "work_package": wp, "person_months": pm}
            for p, by_wp in efforts.items() for wp, pm in by_wp.items()
        ],
        "costs": [
            {"participant": 1, "category": "D1", "work_package": 3,
             "description": "Vouchers for SMEs", "quantity": "20", "unit_cost": "30840.00",
             "amount": "616800.00"},
        ],
    }


def organisation_of(document: dict[str, Any], number: int) -> dict[str, Any]:
    """The organisation entry of participant `number`, to edit in place."""
    key = next(p["organisation"] for p in document["participants"] if p["number"] == number)
    return next(o for o in document["organisations"] if o["key"] == key)


def participant_of(document: dict[str, Any], number: int) -> dict[str, Any]:
    return next(p for p in document["participants"] if p["number"] == number)


def with_organisation(snapshot: ProjectSnapshot, number: int, **fields: Any) -> ProjectSnapshot:
    """The snapshot with participant `number`'s organisation fields replaced."""
    participants = tuple(
        replace(p, organisation=replace(p.organisation, **fields)) if p.number == number else p
        for p in snapshot.participants
    )
    return replace(snapshot, participants=participants)


def with_participant(snapshot: ProjectSnapshot, number: int, **fields: Any) -> ProjectSnapshot:
    participants = tuple(
        replace(p, **fields) if p.number == number else p for p in snapshot.participants
    )
    return replace(snapshot, participants=participants)


def rules_of(findings: list[Finding]) -> set[str]:
    return {finding.rule for finding in findings}


def only(findings: list[Finding], rule: str) -> list[Finding]:
    return [finding for finding in findings if finding.rule == rule]


def fit_duration(document: dict[str, Any], months: int) -> dict[str, Any]:
    """Set the project's duration and pull every month of the work plan inside it."""
    document["project"]["duration_months"] = months
    for wp in document["work_packages"]:
        wp["start_month"] = min(wp["start_month"], months)
        wp["end_month"] = min(wp["end_month"], months)
        for task in wp["tasks"]:
            task["start_month"] = min(task["start_month"], months)
            task["end_month"] = min(task["end_month"], months)
        for deliverable in wp["deliverables"]:
            deliverable["due_month"] = min(deliverable["due_month"], months)
    for milestone in document["milestones"]:
        milestone["due_month"] = min(milestone["due_month"], months)
    return document


def set_support(document: dict[str, Any], amount: str, *, quantity: str | None = None,
                unit_cost: str | None = None) -> dict[str, Any]:
    """Replace the coordinator's D.1 line (financial support to third parties)."""
    line = document["costs"][0]
    line.update(amount=amount, quantity=quantity, unit_cost=unit_cost)
    return document
