"""The project summary as a JSON-ready dict (`summary --json`): the figures every export repeats.

The PDF, the workbook and the UI take their totals from the same `ProjectSnapshot.budget`, so
they agree with this document to the cent.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from consortium_planner.domain.money import ZERO, rate_text, two_places
from consortium_planner.domain.project import ProjectSnapshot
from consortium_planner.domain.vocab import SUMMARY_CATEGORIES


def summary_document(snapshot: ProjectSnapshot) -> dict[str, Any]:
    project = snapshot.project
    profile = snapshot.profile
    budget = snapshot.budget
    by_number = {b.number: b for b in budget.participants}
    person_months_per_wp = {w.number: w.person_months for w in budget.work_packages}
    participants = []
    for participant in snapshot.participants:
        figures = by_number[participant.number]
        organisation = participant.organisation
        participants.append(
            {
                "number": participant.number,
                "short_name": participant.short_name,
                "legal_name": organisation.legal_name,
                "pic": organisation.pic,
                "country": organisation.country,
                "nuts2": organisation.nuts2,
                "region_category": participant.region_category.category,
                "org_type": organisation.org_type,
                "role": participant.role,
                "person_months": two_places(figures.person_months),
                "costs": {c: two_places(figures.costs[c]) for c in SUMMARY_CATEGORIES},
                "total_eligible": two_places(figures.total_eligible),
                "funding_rate": rate_text(figures.funding_rate),
                "eu_contribution": two_places(figures.eu_contribution),
                "own_contribution": two_places(figures.own_contribution),
            }
        )
    return {
        "project": {
            "acronym": project.acronym,
            "title": project.title,
            "call": project.call_profile,
            "start_date": project.start_date.isoformat() if project.start_date else None,
            "duration_months": project.duration_months,
            "indirect_rate": rate_text(profile.indirect_rate),
            "indirect_base": sorted(profile.indirect_base, key=_category_order),
        },
        "currency": profile.currency,
        "participants": participants,
        "work_packages": [
            {
                "number": wp.number,
                "title": wp.title,
                "lead": wp.lead,
                "start_month": wp.start_month,
                "end_month": wp.end_month,
                "person_months": two_places(person_months_per_wp.get(wp.number, ZERO)),
            }
            for wp in snapshot.work_packages
        ],
        "totals": {key: two_places(value) for key, value in budget.totals.items()},
        "value_chain": value_chain_document(snapshot),
    }


def value_chain_document(snapshot: ProjectSnapshot) -> dict[str, Any]:
    """Who holds each role (every role of the project's catalogue, then any other held), the
    roles nobody holds, the company and SME shares of the EU contribution (4-decimal fractions
    as text, null without any EU contribution), the start-ups and the S3 areas all regions
    share."""
    chain = snapshot.value_chain

    def fraction(value: Decimal | None) -> str | None:
        return None if value is None else str(value)

    return {
        "roles": {key: list(numbers) for key, numbers in chain.holders.items()},
        "missing_roles": list(chain.missing_roles),
        "company_share_of_eu_contribution": fraction(chain.companies.share_of_eu_contribution),
        "sme_share_of_eu_contribution": fraction(chain.smes.share_of_eu_contribution),
        "startup_count": chain.startups.count,
        "shared_s3_areas": list(chain.s3.shared),
    }


def _category_order(category: str) -> int:
    order = ("A", "B", "C1", "C2", "C3", "D1", "D")
    return order.index(category) if category in order else len(order)


def summary_text(snapshot: ProjectSnapshot) -> str:
    """A plain-text summary for the terminal."""
    from consortium_planner.domain.money import format_amount, format_rate

    project = snapshot.project
    budget = snapshot.budget
    lines = [
        f"{project.acronym}: {project.title}",
        f"Call profile: {snapshot.profile.name} ({project.call_profile})",
        f"Start: {project.start_date or 'not set'}, duration {project.duration_months} months",
        "",
        f"{'No':>3} {'Participant':<28} {'Ctry':<4} {'PM':>8} {'Total eligible':>16} "
        f"{'Rate':>7} {'EU contribution':>16}",
    ]
    by_number = {b.number: b for b in budget.participants}
    for participant in snapshot.participants:
        figures = by_number[participant.number]
        lines.append(
            f"{participant.number:>3} {participant.short_name[:28]:<28} "
            f"{participant.organisation.country:<4} {format_amount(figures.person_months):>8} "
            f"{format_amount(figures.total_eligible):>16} {format_rate(figures.funding_rate):>7} "
            f"{format_amount(figures.eu_contribution):>16}"
        )
    totals = budget.totals
    lines += [
        "",
        f"Total eligible costs: EUR {format_amount(totals['total_eligible'])}",
        f"EU contribution:      EUR {format_amount(totals['eu_contribution'])}",
        f"Own contribution:     EUR {format_amount(totals['own_contribution'])}",
        f"Person-months:        {format_amount(totals['person_months'])}",
    ]
    lines += [f"Note: {note}" for note in snapshot.notes]
    return "\n".join(lines)
