"""Project JSON: the interchange format (`dump` and `load`).

`dump_project` is a pure function of a snapshot and is deterministic, so dump, load into a new
workspace and dump again gives the same bytes. `load_project` validates the whole document first
(JSON Schema in resources/schema/, then the references between its parts) and refuses it with
every problem listed; only a valid document is written, in one transaction.

`dump` writes the canonical form; `load` also takes the document as people write it by hand:
work packages, tasks, deliverables and milestones numbered by their labels ("WP2", "T2.1",
"D2.1", "MS2") and null for any optional field. `canonical_document` reads that form into the
canonical one before the references are checked.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from consortium_planner.domain.limits import MAX_INTEGER, unstorable_character
from consortium_planner.domain.money import rate_text, round_half_up, two_places
from consortium_planner.domain.project import ProjectSnapshot
from consortium_planner.domain.text import fold
from consortium_planner.models import (
    CostItem,
    Deliverable,
    Effort,
    Milestone,
    Organisation,
    OrganisationEcosystem,
    OrganisationNace,
    OrganisationRole,
    Participant,
    ParticipantRole,
    Project,
    RegionCategoryEntry,
    RegionS3Area,
    Task,
    ValueChainRole,
    WorkPackage,
    acronym_key,
)
from consortium_planner.names import normalised_name
from consortium_planner.reference.nace import NaceError, get_item, parse_nace
from consortium_planner.reference.nuts import get_region, region_in_country
from consortium_planner.reference.value_chain import builtin_roles, ecosystems
from consortium_planner.rules.profiles import available_profiles
from consortium_planner.services.clusters import ClusterNames
from consortium_planner.services.matching import find_in_session
from consortium_planner.services.snapshot import region_category_of
from consortium_planner.workspace import Workspace

FORMAT = "consortium-planner/project"
VERSION = 1
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
MAX_DEPTH = 8  # $.work_packages[0].tasks[0].title is 5 levels; nothing legitimate goes deeper
MAX_NUMBER_DIGITS = 30  # beyond every limit the schema states (MAX_INTEGER has 10 digits)
MAX_LISTED_PROBLEMS = 100


class DocumentError(Exception):
    """A project document that cannot be loaded; `problems` lists every reason.

    Raised as such for a file that is no project document at all (or a load the command line
    was not told it may do); `RejectedDocument` for a project document with located problems."""

    def __init__(self, source: str, problems: list[str]) -> None:
        super().__init__(f"{source}: {len(problems)} problem(s)")
        self.source = source
        self.problems = problems

    def report(self) -> str:
        lines = [f"{self.source} was not loaded; the workspace is unchanged:"]
        lines += [f"  - {problem}" for problem in self.problems]
        return "\n".join(lines)


class RejectedDocument(DocumentError):
    """A project document whose problems are each located (`$.work_packages[2].number: ...`):
    the file is rejected (exit 1), not unusable (exit 2)."""


# The labels people number a work plan by, in any case and with spaces ("WP2", "t 2.1",
# "D2.1", "MS2"). The schema states the same patterns (a test holds them equal).
LABEL_PATTERNS: dict[str, str] = {
    "WP": r"^\s*[Ww][Pp]\s*[0-9]{1,10}\s*$",
    "T": r"^\s*[Tt]\s*[0-9]{1,10}\s*\.\s*[0-9]{1,10}\s*$",
    "D": r"^\s*[Dd]\s*[0-9]{1,10}\s*\.\s*[0-9]{1,10}\s*$",
    "MS": r"^\s*[Mm][Ss]\s*[0-9]{1,10}\s*$",
}
NOT_BLANK = r"\S"  # the schema's pattern for a name that must not be only spaces


# --- dump -------------------------------------------------------------------------------------


def _money(value: Decimal | None) -> str | None:
    return None if value is None else two_places(value)


def _rate(value: Decimal | None) -> str | None:
    return None if value is None else rate_text(value)


def dump_project(snapshot: ProjectSnapshot) -> dict[str, Any]:
    """The project as a JSON-ready dict; organisation keys are assigned in participant order."""
    project = snapshot.project
    keys = {p.number: f"org{index}" for index, p in enumerate(snapshot.participants, start=1)}
    organisations = []
    for participant in snapshot.participants:
        organisation = participant.organisation
        organisations.append(
            {
                "key": keys[participant.number],
                "legal_name": organisation.legal_name,
                "short_name": organisation.short_name,
                "pic": organisation.pic,
                "vat": organisation.vat,
                "org_type": organisation.org_type,
                "profit": organisation.profit,
                "staff": organisation.staff_headcount,
                "turnover": _money(organisation.turnover),
                "balance_sheet": _money(organisation.balance_sheet),
                "sme_class": organisation.sme_class,
                "country": organisation.country,
                "nuts2": organisation.nuts2 or None,
                "region_category": participant.region_own_category.category,
                "address": organisation.address,
                "city": organisation.city,
                "postcode": organisation.postcode,
                "website": organisation.website,
                "contact_name": organisation.contact_name,
                "email": organisation.email,
                "phone": organisation.phone,
                "founded_year": organisation.founded_year,
                "nace_codes": list(organisation.nace_codes),
                "ecosystems": list(organisation.ecosystems),
                "clusters": sorted(link.legal_name for link in organisation.clusters),
                "usual_roles": list(organisation.usual_roles),
                "notes": organisation.notes,
            }
        )
    return {
        "format": FORMAT,
        "version": VERSION,
        "project": {
            "acronym": project.acronym,
            "title": project.title,
            "call": project.call_profile,
            "thematic_priority": project.thematic_priority,
            "start_date": project.start_date.isoformat() if project.start_date else None,
            "duration_months": project.duration_months,
        },
        "organisations": organisations,
        "participants": [
            {
                "number": p.number,
                "organisation": keys[p.number],
                "role": p.role,
                "monthly_personnel_cost": two_places(p.monthly_personnel_cost),
                "funding_rate_override": _rate(p.funding_rate_override),
                "funding_rate_override_reason": p.funding_rate_override_reason,
                "region_category_override": p.region_category_override,
                "region_category_override_reason": p.region_category_override_reason,
                "value_chain_roles": list(p.value_chain_roles),
                **({"workbook_language": p.workbook_language} if p.workbook_language else {}),
            }
            for p in snapshot.participants
        ],
        "work_packages": [
            {
                "number": wp.number,
                "title": wp.title,
                "lead": wp.lead,
                "start_month": wp.start_month,
                "end_month": wp.end_month,
                "objectives": wp.objectives,
                "description": wp.description,
                "tasks": [
                    {
                        "number": t.number,
                        "title": t.title,
                        "lead": t.lead,
                        "start_month": t.start_month,
                        "end_month": t.end_month,
                        "description": t.description,
                    }
                    for t in wp.tasks
                ],
                "deliverables": [
                    {
                        "number": d.number,
                        "title": d.title,
                        "lead": d.lead,
                        "type": d.type,
                        "dissemination": d.dissemination,
                        "due_month": d.due_month,
                        "description": d.description,
                    }
                    for d in wp.deliverables
                ],
            }
            for wp in snapshot.work_packages
        ],
        "milestones": [
            {
                "number": m.number,
                "title": m.title,
                "work_packages": list(m.work_packages),
                "due_month": m.due_month,
                "verification": m.verification,
            }
            for m in snapshot.milestones
        ],
        "effort": [
            {
                "participant": e.participant,
                "work_package": e.work_package,
                "person_months": two_places(e.person_months),
            }
            for e in snapshot.efforts
        ],
        "costs": [
            {
                "participant": c.participant,
                "category": c.category,
                "work_package": c.work_package,
                "description": c.description,
                "quantity": _money(c.quantity),
                "unit_cost": _money(c.unit_cost),
                "amount": two_places(c.amount),
            }
            for c in snapshot.costs
        ],
        "s3_areas": {
            region: [{"area": area, "source": source} for area, source in areas.items()]
            for region, areas in sorted(snapshot.s3_area_sources.items()) if areas
        },
    }


def to_json_text(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


# --- validation -------------------------------------------------------------------------------


@cache
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    from consortium_planner.paths import resources_dir

    schema = json.loads((resources_dir() / "schema" / "project.schema.json").read_text("utf-8"))
    return Draft202012Validator(schema)


def _where(path: Any) -> str:
    parts = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)
    return f"$ {parts}".replace("$ ", "$") if parts else "$ (the document)"


class _Unreadable(ValueError):
    """Raised from inside the JSON parser's hooks: what makes the text no project document."""


def _refuse_constant(name: str) -> Any:
    raise _Unreadable(f"{name} is not a number JSON allows; write a number or null")


def _whole_number(digits: str) -> int:
    # Python refuses to convert more than 4,300 digits; far fewer already exceed every limit.
    if len(digits.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise _Unreadable(f"a number with {len(digits):,} digits is far too large")
    return int(digits)


def _finite_number(text: str) -> float:
    number = float(text)
    if math.isinf(number):
        raise _Unreadable(f"{text[:40]} is far too large a number")
    return number


def _parse(text: str) -> Any:
    """json.loads, refusing what JSON does not allow or what would be lost: NaN and Infinity,
    huge numbers, and a key given twice in one object (the last would silently win)."""
    twice: list[str] = []

    def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        document = dict(pairs)
        if len(document) != len(pairs):
            twice.extend(_duplicates([key for key, _ in pairs]))
        return document

    document = json.loads(text, parse_constant=_refuse_constant, parse_int=_whole_number,
                          parse_float=_finite_number, object_pairs_hook=unique_keys)
    if twice:
        keys = ", ".join(sorted({_quoted(key) for key in twice}))
        raise _Unreadable(f"a key is given twice in the same object ({keys}); keep one")
    return document


def _quoted(text: str, limit: int = 60) -> str:
    """A value as quoted in a problem: escaped, and never a whole page of it."""
    shown = json.dumps(text)
    return shown if len(shown) <= limit else f"{shown[:limit]}…\" ({len(text):,} characters)"


def _structure_problems(document: Any) -> list[str]:
    """Nesting deeper than any project has, and text a workspace cannot store, with where.

    Walked without recursion: the JSON parser allows nesting that would exhaust Python's stack
    in the schema validator or in a message that quotes the value."""
    problems: list[str] = []
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(document, ())]
    while stack and len(problems) < MAX_LISTED_PROBLEMS:
        value, path = stack.pop()
        if len(path) > MAX_DEPTH:
            problems.append(f"{_where(path)}: nested {len(path)} levels deep; a project document "
                            f"has at most {MAX_DEPTH}")
            continue
        if isinstance(value, dict):
            for key, item in value.items():
                if (character := unstorable_character(key)) is not None:
                    problems.append(f"{_where(path)}: the key {_quoted(key)} contains a character "
                                    f"that cannot be stored ({character})")
                stack.append((item, (*path, key)))
        elif isinstance(value, list):
            stack.extend((item, (*path, index)) for index, item in enumerate(value))
        elif isinstance(value, str) and (character := unstorable_character(value)) is not None:
            problems.append(f"{_where(path)}: contains a character that cannot be stored "
                            f"({character}); remove it")
    return sorted(problems)


def read_document(path: Path) -> dict[str, Any]:
    """Read and parse a project file; anything unreadable is a DocumentError, not a traceback."""
    try:
        if path.stat().st_size > MAX_DOCUMENT_BYTES:
            raise DocumentError(str(path), ["the file is larger than 50 MB; not a project file"])
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise DocumentError(str(path), [f"cannot be read ({error.strerror})"]) from error
    except UnicodeDecodeError as error:
        raise DocumentError(str(path), ["is not UTF-8 text; not a project file"]) from error
    if not text.strip():
        raise DocumentError(str(path), ["is empty; a project file is a JSON object ({...})"])
    try:
        document = _parse(text)
    except json.JSONDecodeError as error:
        raise DocumentError(
            str(path), [f"is not valid JSON: {error.msg} at line {error.lineno}"]
        ) from error
    except _Unreadable as error:
        raise DocumentError(str(path), [f"is not a project file: {error}"]) from error
    except RecursionError as error:  # raised by the C parser before it exhausts the stack
        raise DocumentError(str(path), ["is nested far too deeply; not a project file"]) from error
    if not isinstance(document, dict):
        raise DocumentError(str(path), ["$ (the document): expected a JSON object"])
    return document


_ECHO_LIMIT = 60  # longer values are shortened in messages, never echoed whole


def _shortened(value: Any) -> str:
    if isinstance(value, str):
        return f"{value[:40]!r}… ({len(value):,} characters)"
    return f"{repr(value)[:40]}… (a {type(value).__name__})"


def _schema_message(error: Any) -> str:
    """jsonschema's message, without echoing a long value back whole (a 2,000-character name
    made the rest of the list unreadable)."""
    if error.validator == "maxLength" and isinstance(error.instance, str):
        return f"is {len(error.instance):,} characters long; at most {error.validator_value} fit"
    if error.validator == "pattern" and error.validator_value == NOT_BLANK:
        return f"is blank; write the {str(error.path[-1]).replace('_', ' ')}"
    if error.validator == "pattern" and error.validator_value in LABEL_PATTERNS.values():
        return f"{_quoted(error.instance)} is not {error.schema['description']}"
    if (error.validator == "pattern" and len(error.path) >= 2
            and error.path[-2] == "nace_codes" and isinstance(error.instance, str)):
        return _nace_message(error.instance)
    message = str(error.message)
    echoed = repr(error.instance)
    if len(echoed) > _ECHO_LIMIT and echoed in message:
        message = message.replace(echoed, _shortened(error.instance))
    return message if len(message) <= 300 else message[:299] + "…"


def _nace_message(text: str) -> str:
    """A NACE code not in the canonical form a project file holds: the form to write, read by
    the rule an organisation list's codes are read by (or why it is no code at all)."""
    try:
        code = parse_nace(text) if len(text) <= 20 else None  # a code is short: never echo a page
    except NaceError as error:
        return str(error)
    if code is None:
        return f"{_quoted(text)} is not a NACE Rev. 2 code"
    return f"write the NACE Rev. 2 code {_quoted(text)} as {code!r} in a project file"


def validate_document(document: dict[str, Any], source: str = "the document") -> dict[str, Any]:
    """The document in canonical form, or RejectedDocument listing every problem: structure,
    schema, labels, then cross-references."""
    problems = _structure_problems(document)
    if problems:
        raise RejectedDocument(source, problems)
    problems = [
        f"{_where(error.absolute_path)}: {_schema_message(error)}"
        for error in sorted(_validator().iter_errors(document), key=lambda e: list(e.path))
    ]
    if problems:
        raise RejectedDocument(source, problems)
    canonical, problems = canonical_document(document)
    if not problems:
        problems = _reference_problems(canonical) + _consistency_problems(canonical)
    if problems:
        raise RejectedDocument(source, problems)
    return canonical


# --- the form people write: labels and null ---------------------------------------------------


def _without_nulls(value: Any) -> Any:
    """A copy without the keys whose value is null. After the schema, a null can only stand
    for an optional field (no required one takes null), and null means "not given"."""
    if isinstance(value, dict):
        return {key: _without_nulls(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [_without_nulls(item) for item in value]
    return value


class _Numbering:
    """Reads a schema-valid number or label into a whole number, collecting located problems."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def read(self, value: int | str, where: str, kind: str,
             work_package: int | None = None) -> int | None:
        """The number `value` gives; None (with a problem) when it cannot be used.

        `kind` is a key of LABEL_PATTERNS. A task's or deliverable's label names its work
        package, which must be `work_package`, the one it is in."""
        if isinstance(value, int):
            return value
        parts = [int(digits) for digits in re.findall("[0-9]+", value)]
        number = parts[-1]
        if kind in ("T", "D") and work_package is not None and parts[0] != work_package:
            self.problems.append(
                f"{where}: {_quoted(value)} is a label of WP{parts[0]}, but it is in "
                f"WP{work_package}; write \"{kind}{work_package}.{number}\" (or {number}), or "
                f"move it to WP{parts[0]}"
            )
            return None
        if not 1 <= number <= MAX_INTEGER:
            self.problems.append(f"{where}: {_quoted(value)}: numbers run from 1 to "
                                 f"{MAX_INTEGER:,}")
            return None
        return number


def canonical_document(document: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """A schema-valid document as `dump` writes it: null fields left out, labels read as
    numbers ("D2.1" in WP2 is deliverable 1), with a problem for every label that disagrees
    with its work package. The document given is not changed."""
    canonical = _without_nulls(document)
    numbering = _Numbering()
    for i, wp in enumerate(canonical.get("work_packages", [])):
        where = f"$.work_packages[{i}]"
        wp["number"] = numbering.read(wp["number"], f"{where}.number", "WP")
        for field, kind in (("tasks", "T"), ("deliverables", "D")):
            for j, item in enumerate(wp.get(field, [])):
                item["number"] = numbering.read(item["number"], f"{where}.{field}[{j}].number",
                                                kind, wp["number"])
    for i, milestone in enumerate(canonical.get("milestones", [])):
        where = f"$.milestones[{i}]"
        milestone["number"] = numbering.read(milestone["number"], f"{where}.number", "MS")
        if "work_packages" in milestone:
            milestone["work_packages"] = [
                numbering.read(wp, f"{where}.work_packages[{j}]", "WP")
                for j, wp in enumerate(milestone["work_packages"])
            ]
    for field in ("effort", "costs"):
        for i, entry in enumerate(canonical.get(field, [])):
            if "work_package" in entry:
                entry["work_package"] = numbering.read(entry["work_package"],
                                                       f"$.{field}[{i}].work_package", "WP")
    return canonical, numbering.problems


def _duplicates(values: list[Any]) -> set[Any]:
    seen: set[Any] = set()
    return {v for v in values if v in seen or seen.add(v)}  # type: ignore[func-returns-value]


def _given_twice(where: str, numbers: list[int], number: int, label: str) -> str:
    """`$.milestones: MS2 is given more than once ([0], [3])`: where each one is, since a label
    and a whole number can mean the same item ("D1.1" and 1 in WP1)."""
    at = ", ".join(f"[{index}]" for index, value in enumerate(numbers) if value == number)
    return f"{where}: {label} is given more than once ({at}); number each one once"


def _reference_problems(document: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    duration = document["project"]["duration_months"]
    organisations = document["organisations"]
    participants = document["participants"]
    work_packages = document.get("work_packages", [])
    keys = [o["key"] for o in organisations]
    for key in sorted(_duplicates(keys)):
        problems.append(f"$.organisations: the key {key!r} is used more than once")
    for index, organisation in enumerate(organisations):
        if organisation.get("region_category") and not organisation.get("nuts2"):
            problems.append(
                f"$.organisations[{index}].region_category: needs a nuts2 region to belong to"
            )
    numbers = [p["number"] for p in participants]
    for number in sorted(_duplicates(numbers)):
        problems.append(f"$.participants: participant number {number} is used more than once")
    used_keys = [p["organisation"] for p in participants]
    for key in sorted(_duplicates(used_keys)):
        problems.append(f"$.participants: organisation {key!r} takes part more than once")
    for index, participant in enumerate(participants):
        if participant["organisation"] not in keys:
            problems.append(
                f"$.participants[{index}].organisation: no organisation has the key "
                f"{participant['organisation']!r}"
            )
    participant_numbers = set(numbers)

    def check_lead(where: str, lead: int | None) -> None:
        if lead is not None and lead not in participant_numbers:
            problems.append(f"{where}.lead: there is no participant number {lead}")

    def check_months(where: str, start: int, end: int, within: tuple[int, int]) -> None:
        if end < start:
            problems.append(f"{where}: end_month {end} is before start_month {start}")
        if start < within[0] or end > within[1]:
            problems.append(
                f"{where}: months {start}-{end} lie outside M{within[0]}-M{within[1]}"
            )

    wp_numbers = [wp["number"] for wp in work_packages]
    for number in sorted(_duplicates(wp_numbers)):
        problems.append(_given_twice("$.work_packages", wp_numbers, number, f"WP{number}"))
    for i, wp in enumerate(work_packages):
        where = f"$.work_packages[{i}]"
        check_lead(where, wp.get("lead"))
        check_months(where, wp["start_month"], wp["end_month"], (1, duration))
        tasks = wp.get("tasks", [])
        task_numbers = [t["number"] for t in tasks]
        for number in sorted(_duplicates(task_numbers)):
            problems.append(_given_twice(f"{where}.tasks", task_numbers, number,
                                         f"T{wp['number']}.{number}"))
        for j, task in enumerate(tasks):
            check_lead(f"{where}.tasks[{j}]", task.get("lead"))
            check_months(f"{where}.tasks[{j}]", task["start_month"], task["end_month"],
                         (1, duration))
        deliverables = wp.get("deliverables", [])
        deliverable_numbers = [d["number"] for d in deliverables]
        for number in sorted(_duplicates(deliverable_numbers)):
            problems.append(_given_twice(f"{where}.deliverables", deliverable_numbers, number,
                                         f"D{wp['number']}.{number}"))
        for j, deliverable in enumerate(deliverables):
            check_lead(f"{where}.deliverables[{j}]", deliverable.get("lead"))
            if deliverable["due_month"] > duration:
                problems.append(
                    f"{where}.deliverables[{j}].due_month: M{deliverable['due_month']} is after "
                    f"the project's last month M{duration}"
                )
    known_wps = set(wp_numbers)
    milestones = document.get("milestones", [])
    milestone_numbers = [m["number"] for m in milestones]
    for number in sorted(_duplicates(milestone_numbers)):
        problems.append(_given_twice("$.milestones", milestone_numbers, number, f"MS{number}"))
    for i, milestone in enumerate(milestones):
        for wp in milestone.get("work_packages", []):
            if wp not in known_wps:
                problems.append(f"$.milestones[{i}].work_packages: there is no work package {wp}")
        for wp in sorted(_duplicates(milestone.get("work_packages", []))):
            problems.append(f"$.milestones[{i}].work_packages: WP{wp} is named more than once")
        if milestone["due_month"] > duration:
            problems.append(
                f"$.milestones[{i}].due_month: M{milestone['due_month']} is after the project's "
                f"last month M{duration}"
            )
    pairs = []
    for i, effort in enumerate(document.get("effort", [])):
        if effort["participant"] not in participant_numbers:
            problems.append(f"$.effort[{i}].participant: there is no participant "
                            f"{effort['participant']}")
        if effort["work_package"] not in known_wps:
            problems.append(f"$.effort[{i}].work_package: there is no work package "
                            f"{effort['work_package']}")
        pairs.append((effort["participant"], effort["work_package"]))
    for participant, wp in sorted(_duplicates(pairs)):
        problems.append(f"$.effort: participant {participant} x WP{wp} is given more than once")
    for i, cost in enumerate(document.get("costs", [])):
        if cost["participant"] not in participant_numbers:
            problems.append(f"$.costs[{i}].participant: there is no participant "
                            f"{cost['participant']}")
        if cost.get("work_package") is not None and cost["work_package"] not in known_wps:
            problems.append(f"$.costs[{i}].work_package: there is no work package "
                            f"{cost['work_package']}")
    call = document["project"]["call"]
    if call not in available_profiles():
        known = ", ".join(sorted(available_profiles()))
        problems.append(f"$.project.call: no call profile {_quoted(call)} is installed; "
                        f"write one of {known}")
    start = document["project"].get("start_date")
    if start:
        try:
            date.fromisoformat(start)
        except ValueError:
            problems.append(f"$.project.start_date: {start!r} is not a date (YYYY-MM-DD)")
    return problems


def _consistency_problems(document: dict[str, Any]) -> list[str]:
    """What the editing service refuses, refused here too: a region outside the organisation's
    country, an override without a reason, an amount that is not quantity x unit cost (several
    coordinators load: the single_coordinator check reports them)."""
    problems: list[str] = []
    for index, organisation in enumerate(document["organisations"]):
        nuts2, country = organisation.get("nuts2"), organisation["country"]
        region = get_region(nuts2)
        if region is not None and country and not region_in_country(region.code, country):
            problems.append(f"$.organisations[{index}].nuts2: the region {region.code} "
                            f"({region.name}) is in {region.country}, not in {country}; correct "
                            "the country or the region, or leave the region out")
    for index, participant in enumerate(document["participants"]):
        for field, what in (("funding_rate", "funding rate"),
                            ("region_category", "region category")):
            reason = participant.get(f"{field}_override_reason") or ""
            if participant.get(f"{field}_override") is not None and not reason.strip():
                problems.append(f"$.participants[{index}].{field}_override_reason: say why the "
                                f"{what} is overridden (a reason is required with an override)")
    known_ecosystems = {term.key for term in ecosystems()}
    for index, organisation in enumerate(document["organisations"]):
        for code in organisation.get("nace_codes", []):
            if get_item(code) is None:
                problems.append(f"$.organisations[{index}].nace_codes: {code!r} is not a code "
                                "of NACE Rev. 2")
        for key in organisation.get("ecosystems", []):
            if key not in known_ecosystems:
                names = ", ".join(sorted(known_ecosystems))
                problems.append(f"$.organisations[{index}].ecosystems: {key!r} is not one of "
                                f"the industrial ecosystems ({names})")
    for index, cost in enumerate(document.get("costs", [])):
        quantity, unit_cost = cost.get("quantity"), cost.get("unit_cost")
        if quantity is not None and unit_cost is not None:
            computed = round_half_up(Decimal(quantity) * Decimal(unit_cost))
            if Decimal(cost["amount"]) != computed:
                problems.append(f"$.costs[{index}].amount: {cost['amount']} is not quantity x "
                                f"unit cost ({computed}); correct one of the three")
    return problems


# --- load -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadResult:
    project_id: int
    acronym: str
    participants: int
    organisations_created: int
    organisations_matched: int
    # Organisations created although a directory record shares their VAT number or name and
    # country (it has another PIC or VAT number: the matching rule of services.matching).
    conflicts: tuple[str, ...] = ()


def _decimal(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _sme_class(data: dict[str, Any]) -> str | None:
    """The stated SME class, else the one the figures give (Recommendation 2003/361/EC)."""
    if data.get("sme_class"):
        return str(data["sme_class"])
    from consortium_planner.reference.sme import sme_class

    derived = sme_class(data.get("staff"), _decimal(data.get("turnover")),
                        _decimal(data.get("balance_sheet")))
    return str(derived) if derived else None


def _new_organisation(data: dict[str, Any]) -> Organisation:
    return Organisation(
        legal_name=data["legal_name"],
        name_key=normalised_name(data["legal_name"]),
        short_name=data.get("short_name", ""),
        pic=data.get("pic"),
        vat=data.get("vat"),
        org_type=data["org_type"],
        profit=data.get("profit"),
        staff_headcount=data.get("staff"),
        turnover=_decimal(data.get("turnover")),
        balance_sheet=_decimal(data.get("balance_sheet")),
        sme_class=_sme_class(data),
        country=data["country"],
        nuts2=data.get("nuts2") or "",
        address=data.get("address", ""),
        city=data.get("city", ""),
        postcode=data.get("postcode", ""),
        website=data.get("website", ""),
        contact_name=data.get("contact_name", ""),
        email=data.get("email", ""),
        phone=data.get("phone", ""),
        founded_year=data.get("founded_year"),
        notes=data.get("notes", ""),
    )


def load_project(
    workspace: Workspace,
    document: dict[str, Any],
    *,
    replace: bool = False,
    file_name: str = "the document",
) -> LoadResult:
    """Create the project described by `document`: everything, or (on any problem) nothing."""
    canonical = validate_document(document, file_name)
    with workspace.transaction() as session:
        return write_project(session, canonical, replace=replace, source=file_name)


def write_project(
    session: Session, document: dict[str, Any], *, replace: bool, source: str
) -> LoadResult:
    """Write a canonical, validated document (`validate_document`) as a project in the caller's
    transaction: `load_project` for a file, the editing service for a version restored."""
    data = document["project"]
    # as --project finds it: "circomp" is CIRCOMP
    existing = session.scalar(
        select(Project).where(Project.acronym_key == acronym_key(data["acronym"]))
    )
    if existing is not None:
        if not replace:
            raise DocumentError(
                source,
                [f"a project {existing.acronym!r} already exists; use --replace to replace it"],
            )
        session.delete(existing)
        session.flush()
    project = Project(
        acronym=data["acronym"],
        title=data["title"],
        call_profile=data["call"],
        thematic_priority=data.get("thematic_priority", ""),
        start_date=date.fromisoformat(data["start_date"]) if data.get("start_date") else None,
        duration_months=data["duration_months"],
    )
    session.add(project)
    organisations: dict[str, Organisation] = {}
    new_organisations: list[tuple[Organisation, dict[str, Any]]] = []
    created = matched = 0
    conflicts = []
    for index, entry in enumerate(document["organisations"]):
        match = find_in_session(
            session, entry.get("pic"), entry.get("vat"), entry["legal_name"], entry["country"]
        )
        if match.conflict:
            conflicts.append(f"$.organisations[{index}] ({entry['legal_name']}) has "
                             f"{match.conflict}; it was created as a new organisation")
        if match.organisation_id is None:
            organisation = _new_organisation(entry)
            session.add(organisation)
            new_organisations.append((organisation, entry))
            created += 1
        else:
            organisation = session.get_one(Organisation, match.organisation_id)
            matched += 1
        organisations[entry["key"]] = organisation
        _record_region_category(session, entry, source)
    session.flush()
    _refuse_shared_organisations(document, organisations, source)
    _write_value_chain(session, new_organisations, document.get("s3_areas", {}))
    participants: dict[int, Participant] = {}
    for entry in document["participants"]:
        participant = Participant(
            project=project,
            organisation=organisations[entry["organisation"]],
            number=entry["number"],
            role=entry["role"],
            monthly_personnel_cost=Decimal(entry["monthly_personnel_cost"]),
            funding_rate_override=_decimal(entry.get("funding_rate_override")),
            funding_rate_override_reason=entry.get("funding_rate_override_reason", ""),
            region_category_override=entry.get("region_category_override"),
            region_category_override_reason=entry.get("region_category_override_reason", ""),
            workbook_language=entry.get("workbook_language"),
        )
        session.add(participant)
        participants[entry["number"]] = participant
    session.flush()
    _write_roles(session, [(participants[entry["number"]].id, entry)
                           for entry in document["participants"]])

    def lead_id(number: int | None) -> int | None:
        return participants[number].id if number is not None else None

    work_packages: dict[int, WorkPackage] = {}
    for entry in document.get("work_packages", []):
        work_package = WorkPackage(
            project=project,
            number=entry["number"],
            title=entry["title"],
            lead_participant_id=lead_id(entry.get("lead")),
            start_month=entry["start_month"],
            end_month=entry["end_month"],
            objectives=entry.get("objectives", ""),
            description=entry.get("description", ""),
        )
        session.add(work_package)
        for task in entry.get("tasks", []):
            work_package.tasks.append(
                Task(
                    number=task["number"],
                    title=task["title"],
                    lead_participant_id=lead_id(task.get("lead")),
                    start_month=task["start_month"],
                    end_month=task["end_month"],
                    description=task.get("description", ""),
                )
            )
        for deliverable in entry.get("deliverables", []):
            work_package.deliverables.append(
                Deliverable(
                    number=deliverable["number"],
                    title=deliverable["title"],
                    lead_participant_id=lead_id(deliverable.get("lead")),
                    type=deliverable["type"],
                    dissemination=deliverable["dissemination"],
                    due_month=deliverable["due_month"],
                    description=deliverable.get("description", ""),
                )
            )
        work_packages[entry["number"]] = work_package
    session.flush()
    for entry in document.get("milestones", []):
        session.add(
            Milestone(
                project=project,
                number=entry["number"],
                title=entry["title"],
                due_month=entry["due_month"],
                verification=entry.get("verification", ""),
                work_packages=[work_packages[n] for n in entry.get("work_packages", [])],
            )
        )
    for entry in document.get("effort", []):
        session.add(
            Effort(
                participant_id=participants[entry["participant"]].id,
                work_package_id=work_packages[entry["work_package"]].id,
                person_months=Decimal(entry["person_months"]),
            )
        )
    for entry in document.get("costs", []):
        work_package_number = entry.get("work_package")
        session.add(
            CostItem(
                participant_id=participants[entry["participant"]].id,
                category=entry["category"],
                work_package_id=(
                    work_packages[work_package_number].id
                    if work_package_number is not None
                    else None
                ),
                description=entry.get("description", ""),
                quantity=_decimal(entry.get("quantity")),
                unit_cost=_decimal(entry.get("unit_cost")),
                amount=Decimal(entry["amount"]),
            )
        )
    session.flush()
    return LoadResult(
        project_id=project.id,
        acronym=project.acronym,
        participants=len(participants),
        organisations_created=created,
        organisations_matched=matched,
        conflicts=tuple(conflicts),
    )


def _write_value_chain(
    session: Session,
    created: list[tuple[Organisation, dict[str, Any]]],
    s3_areas: dict[str, list[dict[str, str]]],
) -> None:
    """The value-chain lists of the organisations the load created (a matched organisation
    keeps the directory's), and the S3 areas of regions the workspace does not yet record."""
    clusters = ClusterNames(session)
    roles = _RoleKeys(session)
    for organisation, entry in created:
        for name, table, column in (("nace_codes", OrganisationNace, "code"),
                                    ("ecosystems", OrganisationEcosystem, "ecosystem"),
                                    ("usual_roles", OrganisationRole, "role")):
            values = entry.get(name, [])
            if name == "usual_roles":
                roles.ensure(values)
            if values:
                session.execute(insert(table), [
                    {"organisation_id": organisation.id, column: value} for value in values])
        if entry.get("clusters"):
            clusters.link(organisation.id, entry["clusters"])
    for nuts2, areas in s3_areas.items():
        known = {fold(area) for area in session.scalars(
            select(RegionS3Area.area).where(RegionS3Area.nuts2 == nuts2))}
        for item in areas:
            area = " ".join(item["area"].split())
            if fold(area) not in known:
                known.add(fold(area))
                session.add(RegionS3Area(nuts2=nuts2, area=area, source=item.get("source", "")))
    session.flush()


def _write_roles(session: Session, participants: list[tuple[int, dict[str, Any]]]) -> None:
    roles = _RoleKeys(session)
    for participant_id, entry in participants:
        values = entry.get("value_chain_roles", [])
        roles.ensure(values)
        if values:
            session.execute(insert(ParticipantRole), [
                {"participant_id": participant_id, "role": value} for value in values])


class _RoleKeys:
    """Role keys a document uses that the workspace does not know become roles of the workspace
    (their label made from the key), so a file from another workspace loads whole."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._known = {term.key for term in builtin_roles()} | set(
            session.scalars(select(ValueChainRole.key)))

    def ensure(self, keys: list[str]) -> None:
        for key in keys:
            if key not in self._known:
                self._known.add(key)
                position = len(self._known)
                self._session.add(ValueChainRole(
                    key=key, label=key.replace("_", " ").capitalize(), position=position))
        self._session.flush()


def _refuse_shared_organisations(
    document: dict[str, Any], organisations: dict[str, Organisation], source: str
) -> None:
    """Two keys can name one organisation (the same PIC, VAT or name and country, in the
    document or in the workspace's directory); it takes part in a project once."""
    first_key: dict[int, str] = {}
    problems = []
    for index, participant in enumerate(document["participants"]):
        key = participant["organisation"]
        organisation = organisations[key]
        earlier = first_key.setdefault(id(organisation), key)
        if earlier != key:
            problems.append(
                f"$.participants[{index}].organisation: {key!r} is the same organisation as "
                f"{earlier!r} ({organisation.legal_name}, by its PIC, VAT or name and country); "
                "an organisation takes part once: remove one or correct its identifiers"
            )
    if problems:
        raise RejectedDocument(source, problems)


def _record_region_category(session: Session, entry: dict[str, Any], source: str) -> None:
    """Keep a region category the document states when the workspace does not already say so."""
    category, nuts2 = entry.get("region_category"), entry.get("nuts2")
    if not category or not nuts2:
        return
    if region_category_of(session, nuts2).category == category:
        return
    session.merge(
        RegionCategoryEntry(nuts_code=nuts2, category=category, source=f"from {source}")
    )
    session.flush()


def delete_project(session: Session, project_id: int) -> None:
    session.execute(delete(Project).where(Project.id == project_id))
