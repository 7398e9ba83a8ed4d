"""Participation lists: CORDIS organisation exports and lists like them, read without a mapping.

CORDIS (the Commission's open data on FP7, Horizon 2020 and Horizon Europe) publishes one row per
organisation *and project*: the same organisation appears once for every project it took part
in. Its columns, as the exports name them (`organization.csv` / `.xlsx` / `.json` in
cordis-h2020projects, cordis-HORIZONprojects and cordis-fp7projects):

    projectID; projectAcronym; organisationID; vatNumber; name; shortName; SME; activityType;
    street; postCode; city; country; nutsCode; geolocation; organizationURL; contactForm;
    contentUpdateDate; rcn; order; role; ecContribution; netEcContribution; totalCost;
    endOfParticipation; active

Confirmed from public code reading the real files (the `search` code corpus: a CORDIS adapter's
test fixture quoting `organization.csv` rows "verbatim" from cordis-h2020projects-csv.zip,
cordis-HORIZONprojects-csv.zip and cordis-fp7projects-csv.zip, and a CORDIS-to-JSON tool's
SAMPLE_ORG_CSV with the same header). What those rows show, and this module handles:
- every field quoted, `;` between fields; `SME` is "true", "false" or empty;
- `activityType` is PRC, HES, REC, PUB or OTH (resources/words/organisations.toml);
- `country` uses the EU's codes (EL, UK, XK) and is sometimes doubled ("FI;FI") or empty;
- `nutsCode` is a NUTS 3 code (of the 2016 version in older rows: "UKI31"), or the country's
  code where there is no region ("XK", "HK");
- `role` is coordinator, participant, partner, thirdParty or associatedPartner;
- amounts have a decimal point or a decimal comma within one file ("284812.5", "960619,95").
The header words live in resources/words/headers.toml ([fields] and [participation]).

Here, a plan's rows of the same PIC become one organisation (the first row's values are kept; a
later row that says otherwise is reported), and every row's project becomes a participation of
that organisation. Nothing here touches the database.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING

from consortium_planner.domain.text import fold_words
from consortium_planner.domain.vocab import ORGANISATION_FIELDS, EuProgramme, EuRole
from consortium_planner.importing.errors import Note
from consortium_planner.importing.normalise import Problem, cell_text, parse_text
from consortium_planner.reference.messages import Count, gettext

if TYPE_CHECKING:
    from consortium_planner.importing.plan import OrganisationPlan

# The columns of CORDIS's project export (`project.csv` / `.xlsx` / `.json`, one row a project):
# a file people pick from the same download instead of `organization.csv`.
_PROJECT_FILE_COLUMNS = frozenset({
    "id", "acronym", "status", "title", "startDate", "endDate", "totalCost", "ecMaxContribution",
    "legalBasis", "topics", "ecSignatureDate", "frameworkProgramme", "masterCall", "subCall",
    "fundingScheme", "nature", "objective", "contentUpdateDate", "rcn", "grantDoi",
})


def is_cordis_project_table(rows: Sequence[Sequence[object]]) -> bool:
    """Whether a sheet's first row is the header of CORDIS's project export (projects, no
    organisations): at least six of its column names."""
    return bool(rows) and len(_PROJECT_FILE_COLUMNS.intersection(
        cell for cell in rows[0] if type(cell) is str)) >= 6


_ROLES: dict[str, EuRole] = {
    fold_words(word): role for role, words in {
        EuRole.COORDINATOR: ("coordinator", "coord", "coo", "project coordinator"),
        EuRole.PARTICIPANT: ("participant", "beneficiary", "partic", "host institution",
                             "hostInstitution", "beneficiaire", "Begünstigter", "beneficiario"),
        EuRole.PARTNER: ("partner", "internationalPartner", "international partner"),
        EuRole.THIRD_PARTY: ("thirdParty", "third party", "linked third party",
                             "affiliated entity", "affiliatedEntity"),
        EuRole.ASSOCIATED_PARTNER: ("associatedPartner", "associated partner"),
    }.items() for word in words
}
# fold_words splits "thirdParty" as one word: the camel-case spellings are listed as written.
_ROLES.update({word.casefold(): role for word, role in (
    ("thirdparty", EuRole.THIRD_PARTY), ("associatedpartner", EuRole.ASSOCIATED_PARTNER),
    ("hostinstitution", EuRole.PARTICIPANT), ("internationalpartner", EuRole.PARTNER),
    ("affiliatedentity", EuRole.THIRD_PARTY))})

_PROGRAMME_WORDS: tuple[tuple[re.Pattern[str], EuProgramme], ...] = (
    (re.compile(r"^(?:fp ?7|seventh framework)"), EuProgramme.FP7),
    (re.compile(r"^(?:h ?2020|horizon ?2020)"), EuProgramme.H2020),
    (re.compile(r"^(?:horizon(?: europe)?|he)\b"), EuProgramme.HORIZON),
)
_FILE_HINTS: tuple[tuple[re.Pattern[str], EuProgramme], ...] = (
    (re.compile(r"fp7"), EuProgramme.FP7),
    (re.compile(r"h2020|horizon[ _-]?2020"), EuProgramme.H2020),
    (re.compile(r"horizon(?![ _-]?2020)|horizon[ _-]?europe"), EuProgramme.HORIZON),
)
# Grant agreement numbers are one sequence across programmes. Only ranges no programme shares
# are read as one: FP7 numbers run below 630000, Horizon 2020 ones from 633000 (six digits) and
# in 101000000-101037999; Horizon Europe's start above 101040000. Numbers in between (630000-
# 632999, 101038000-101039999) are left to the file's programme column or name.
_ID_RANGES: tuple[tuple[int, int, EuProgramme], ...] = (
    (1, 630_000, EuProgramme.FP7),
    (633_000, 1_000_000, EuProgramme.H2020),
    (101_000_000, 101_038_000, EuProgramme.H2020),
    (101_040_000, 102_000_000, EuProgramme.HORIZON),
)
MAX_PROJECT_ID = 30
MAX_ACRONYM = 100


@dataclass(frozen=True)
class PlannedParticipation:
    """One row's project, for the organisation at plan index `index` (after rows of the same PIC
    were joined). `programme` is "" when neither the file nor the project number tells."""

    index: int
    row: int
    programme: str
    project_id: str
    acronym: str
    role: EuRole | None
    eu_contribution: Decimal | None


def parse_role(raw: object, column: str = "") -> tuple[EuRole | None, list[Problem]]:
    """A role as CORDIS writes it ("thirdParty") or as people do ("third party")."""
    text, problems = parse_text(raw, column)
    if text is None:
        return None, problems
    role = _ROLES.get(fold_words(text)) or _ROLES.get(text.casefold().replace(" ", ""))
    if role is None:
        return None, [Problem.of("warning", column, gettext(
            "“{text}” is not a project role the app knows (coordinator, participant, partner, "
            "third party, associated partner); the role was left empty", text=text))]
    return role, problems


def parse_programme(raw: object, column: str = "") -> tuple[EuProgramme | None, list[Problem]]:
    """FP7, H2020 or HORIZON, also as "Horizon 2020", "Horizon Europe" or "H2020-EU.3.1."."""
    text, problems = parse_text(raw, column)
    if text is None:
        return None, problems
    key = " ".join(text.casefold().replace("-", " ").split())
    for pattern, programme in _PROGRAMME_WORDS:
        if pattern.match(key):
            return programme, problems
    return None, [Problem.of("warning", column, gettext(
        "“{text}” is not FP7, Horizon 2020 or Horizon Europe; the programme is taken from the "
        "project number", text=text))]


def parse_project_id(raw: object, column: str = "") -> tuple[str | None, list[Problem]]:
    """A project (grant agreement) number, as text: 101060884 and "101060884" are the same."""
    text, problems = parse_text(cell_text(raw), column, max_length=MAX_PROJECT_ID)
    return text, problems


def programme_of(project_id: str) -> EuProgramme | None:
    """The programme a grant agreement number belongs to, when its range says so."""
    if not project_id.isdigit():
        return None
    number = int(project_id)
    for low, high, programme in _ID_RANGES:
        if low <= number < high:
            return programme
    return None


def programme_of_file(file_name: str) -> EuProgramme | None:
    """The programme a CORDIS download's name gives ("cordis-h2020projects ..."), if any."""
    name = file_name.casefold()
    found = {programme for pattern, programme in _FILE_HINTS if pattern.search(name)}
    return found.pop() if len(found) == 1 else None


def join_participations(
    plan: OrganisationPlan, headers: Mapping[str, str], columns: dict[str, list[object]],
) -> list[PlannedParticipation]:
    """Join the plan's rows of the same PIC into one organisation (the first row; a later row
    fills what it leaves blank, and one that disagrees is reported) and return every row's
    project as a participation of its organisation. `columns` holds the participation columns
    (project_id, project_acronym, programme, role, eu_contribution), normalised; rows with
    errors are neither joined nor joined to."""
    size = plan.rows_read
    pics = plan.columns.get("pic") or [None] * size
    owner = list(range(size))
    first: dict[object, int] = {}
    for index, pic in enumerate(pics):
        if pic is not None and not plan.invalid[index]:
            owner[index] = first.setdefault(pic, index)
    joined = [index for index in range(size) if owner[index] != index]
    numbers = plan.row_numbers
    for field_name in ORGANISATION_FIELDS:
        values = plan.columns.get(field_name)
        if values is None:
            continue
        for index in joined:
            value, kept_at = values[index], owner[index]
            if value is None:
                continue
            kept = values[kept_at]
            if kept is None:
                values[kept_at] = value
            elif kept != value:
                plan.warnings.append(_disagreement(plan, headers.get(field_name, field_name),
                                                   pics[index], value, kept, numbers[index],
                                                   numbers[kept_at]))
    participations = _participations(plan, columns, owner)
    _report_rows_without_project(plan, headers, columns, owner)
    if joined:
        _drop_rows(plan, set(joined))
        plan.notes.append(Note(gettext(
            "{rows} participation rows name {organisations} organisations: rows of the same PIC "
            "were joined into one organisation, with each row's project.", rows=Count(size),
            organisations=Count(plan.rows_read))))
        position = {old: new for new, old in enumerate(
            index for index in range(size) if owner[index] == index)}
        participations = [_moved(p, position[p.index]) for p in participations]
    plan.warnings.sort(key=lambda problem: problem.row)
    return participations


def _report_rows_without_project(plan: OrganisationPlan, headers: Mapping[str, str],
                                 columns: Mapping[str, Sequence[object]],
                                 owner: Sequence[int]) -> None:
    """Name the rows that give no project number in a file that has the column, where the row
    would otherwise leave no trace: it was joined to an earlier row of its PIC, or it gives a
    project's acronym, role or contribution that no participation can keep."""
    from consortium_planner.importing.plan import RowProblem

    project_ids = columns.get("project_id")
    if project_ids is None:
        return
    details = [columns.get(name) for name in ("project_acronym", "role", "eu_contribution")]
    for index, project_id in enumerate(project_ids):
        if project_id is not None or plan.invalid[index]:
            continue
        joined = owner[index] != index
        if joined or any(values is not None and values[index] is not None for values in details):
            plan.warnings.append(RowProblem.of(
                plan.sheet, plan.row_numbers[index], headers.get("project_id", "project_id"),
                gettext("no project number: no EU project participation was recorded from this "
                        "row (its organisation is the one of row {row})",
                        row=plan.row_numbers[owner[index]]) if joined else
                gettext("no project number: no EU project participation was recorded from this "
                        "row")))


def _moved(participation: PlannedParticipation, index: int) -> PlannedParticipation:
    return replace(participation, index=index)


def _disagreement(plan: OrganisationPlan, header: str, pic: object, value: object, kept: object,
                  row: int, kept_row: int) -> object:
    from consortium_planner.importing.plan import RowProblem

    return RowProblem.of(plan.sheet, row, header, gettext(
        "PIC {pic} reads “{value}” here but “{kept}” on row {row}; row {row}'s value was kept",
        pic=pic, value=_shown(value), kept=_shown(kept), row=kept_row))


def _shown(value: object) -> str:
    if isinstance(value, (list, tuple)):
        return "; ".join(map(str, value))
    return str(getattr(value, "value", value))


def _participations(plan: OrganisationPlan, columns: Mapping[str, Sequence[object]],
                    owner: Sequence[int]) -> list[PlannedParticipation]:
    from consortium_planner.importing.plan import RowProblem

    size = plan.rows_read
    project_ids = columns.get("project_id") or [None] * size
    acronyms = columns.get("project_acronym") or [None] * size
    programmes = columns.get("programme") or [None] * size
    roles = columns.get("role") or [None] * size
    amounts = columns.get("eu_contribution") or [None] * size
    from_file = programme_of_file(plan.file_name)
    found: list[PlannedParticipation] = []
    seen: dict[tuple[int, str], int] = {}
    by_number = unknown = 0
    for index, project_id in enumerate(project_ids):
        if project_id is None or plan.invalid[index]:
            continue
        row = plan.row_numbers[index]
        programme = programmes[index] or from_file
        if programme is None:
            programme = programme_of(str(project_id))
            if programme is None:
                unknown += 1
            else:
                by_number += 1
        key = (owner[index], str(project_id))
        if key in seen:
            plan.warnings.append(RowProblem.of(plan.sheet, row, "", gettext(
                "the same organisation's participation in project {project} is on row {row} "
                "already; this row was not used for it", project=project_id, row=seen[key])))
            continue
        seen[key] = row
        found.append(PlannedParticipation(
            owner[index], row, str(programme or ""), str(project_id),
            str(acronyms[index] or "")[:MAX_ACRONYM], roles[index],  # type: ignore[arg-type]
            amounts[index]))  # type: ignore[arg-type]
    if by_number:
        plan.notes.append(Note(gettext(
            "The programme of {count} participation(s) was read from the project number (FP7, "
            "Horizon 2020 and Horizon Europe number ranges).", count=Count(by_number))))
    if unknown:
        plan.notes.append(Note(gettext(
            "The programme of {count} participation(s) is not known: the file has no programme "
            "column and their project numbers fall where programmes meet. Add a "
            "frameworkProgramme column to tell.", count=Count(unknown))))
    return found


def _drop_rows(plan: OrganisationPlan, dropped: set[int]) -> None:
    keep = [index for index in range(plan.rows_read) if index not in dropped]
    plan.row_numbers = [plan.row_numbers[index] for index in keep]
    plan.invalid = [plan.invalid[index] for index in keep]
    for name, values in plan.columns.items():
        plan.columns[name] = [values[index] for index in keep]
