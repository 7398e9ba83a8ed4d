"""CORDIS-shaped organisation exports, built for the tests (no binary blobs in the repository).

The header and the shape of the values follow CORDIS's `organization.csv` as importing/cordis.py
describes it: every field quoted, `;` between fields, "true"/"false" SME flags, EU country codes
(EL, UK), NUTS 3 codes of 2016 and 2021, amounts with a decimal point or comma, roles such as
"thirdParty". The same records can be written as CSV, XLSX or JSON (a list of objects).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

HEADER = (
    "projectID", "projectAcronym", "organisationID", "vatNumber", "name", "shortName", "SME",
    "activityType", "street", "postCode", "city", "country", "nutsCode", "geolocation",
    "organizationURL", "contactForm", "contentUpdateDate", "rcn", "order", "role",
    "ecContribution", "netEcContribution", "totalCost", "endOfParticipation", "active",
)

UOA = dict(organisationID="999643007", vatNumber="EL090145420",
           name="ETHNIKO KAI KAPODISTRIAKO PANEPISTIMIO ATHINON", shortName="UOA", SME="false",
           activityType="HES", street="6 CHRISTOU LADA STR", postCode="105 61", city="ATHINA",
           country="EL", nutsCode="EL303", organizationURL="http://www.elke.uoa.gr")
COMET = dict(organisationID="928228018", vatNumber="ESB66340514",
             name="COMET GLOBAL INNOVATION, SL", shortName="COMET", SME="true",
             activityType="PRC", street="C GRAN DE GRACIA NUM 1, PLANTA 4", postCode="08012",
             city="Barcelona", country="ES", nutsCode="ES511", organizationURL="")
BIGCO = dict(organisationID="912345678", vatNumber="DE136695976", name="GROSSE WERKE AG",
             shortName="GW", SME="false", activityType="PRC", street="Hauptstrasse 1",
             postCode="10115", city="Berlin", country="DE", nutsCode="DE300",
             organizationURL="www.grosse-werke.example.de")
NOSIZE = dict(organisationID="923456789", vatNumber="", name="KLEINE FIRMA GMBH", shortName="",
              SME="", activityType="PRC", street="", postCode="", city="Wien", country="AT",
              nutsCode="AT130", organizationURL="")
WELLCOME = dict(organisationID="999905974", vatNumber="GB744495211",
                name="THE WELLCOME TRUST LIMITED", shortName="", SME="false",
                activityType="OTH", street="EUSTON ROAD 215 GIBBS BUILDING", postCode="NW1 2BE",
                city="London", country="UK", nutsCode="UKI31",
                organizationURL="http://www.wellcome.ac.uk")
ZAGREB = dict(organisationID="934567890", vatNumber="", name="GRAD ZAGREB", shortName="",
              SME="false", activityType="PUB", street="Trg Stjepana Radica 1",
              postCode="10000", city="Zagreb", country="HR", nutsCode="HR041",
              organizationURL="")
VTT = dict(organisationID="999984059", vatNumber="FI26473754",
           name="TEKNOLOGIAN TUTKIMUSKESKUS VTT OY", shortName="VTT", SME="false",
           activityType="REC", street="TEKNIIKANTIE 21", postCode="02150", city="ESPOO",
           country="FI;FI", nutsCode="FI1B1", organizationURL="http://www.vtt.fi")
HASSELT = dict(organisationID="945678901", vatNumber="", name="UNIVERSITEIT HASSELT",
               shortName="UHasselt", SME="false", activityType="HES", street="Martelarenlaan 42",
               postCode="3500", city="Hasselt", country="BE", nutsCode="BE224",
               organizationURL="")
NOWHERE = dict(organisationID="956789012", vatNumber="", name="SOMEWHERE FOUNDATION",
               shortName="", SME="false", activityType="OTH", street="", postCode="", city="",
               country="", nutsCode="", organizationURL="")


def participation(organisation: dict[str, str], project: str, acronym: str, role: str,
                  contribution: str, **changes: str) -> dict[str, str]:
    """One CORDIS row: the organisation's columns, the project's, and the rest as CORDIS fills
    them."""
    row = {name: "" for name in HEADER}
    row.update(organisation)
    row.update(projectID=project, projectAcronym=acronym, role=role,
               ecContribution=contribution, netEcContribution=contribution,
               totalCost=contribution, endOfParticipation="false",
               contentUpdateDate="2024-03-01 09:00:00", geolocation="37.97,23.73",
               contactForm=f"https://ec.europa.eu/contact-form/{organisation['organisationID']}",
               rcn="1906280", order="1")
    row.update(changes)
    return row


def first_export() -> list[dict[str, str]]:
    """An export of 9 organisations in 15 participation rows; UOA takes part in 5 projects (FP7,
    Horizon 2020 twice as coordinator, Horizon Europe)."""
    return [
        participation(UOA, "314056", "ARUM", "participant", "541640"),
        participation(UOA, "633053", "EUROfusion", "thirdParty", "0"),
        participation(UOA, "700001", "GREENPORT", "coordinator", "1200000,5"),
        participation(UOA, "800002", "SEASTAR", "coordinator", "700000.25"),
        participation(UOA, "101060884", "DIVINE", "participant", "520625"),
        participation(COMET, "792210", "GeoFit", "participant", "284812.5"),
        participation(COMET, "800002", "SEASTAR", "partner", "12000,75"),
        participation(BIGCO, "700001", "GREENPORT", "participant", "330000"),
        participation(NOSIZE, "101060884", "DIVINE", "associatedPartner", ""),
        participation(WELLCOME, "632927", "ERC-EuropePMC-1-2014", "coordinator", "230000"),
        participation(ZAGREB, "800002", "SEASTAR", "participant", "98000"),
        participation(VTT, "700001", "GREENPORT", "participant", "450000"),
        participation(VTT, "101060884", "DIVINE", "coordinator", "1500000", name="VTT OY"),
        participation(HASSELT, "792210", "GeoFit", "participant", "150000"),
        participation(NOWHERE, "800002", "SEASTAR", "thirdParty", "0"),
    ]


def newer_export() -> list[dict[str, str]]:
    """The same projects a year later: UOA's DIVINE contribution and ARUM's acronym changed, a
    new project for COMET; nothing else."""
    rows = first_export()
    rows[0] = participation(UOA, "314056", "ARUM-2", "participant", "541640")
    rows[4] = participation(UOA, "101060884", "DIVINE", "participant", "610000")
    rows.append(participation(COMET, "101099999", "NEWSTAR", "coordinator", "2000000"))
    return rows


def write_csv(path: Path, rows: Sequence[dict[str, str]]) -> Path:
    """As CORDIS writes organization.csv: every field quoted, `;` between them."""
    def quoted(values: Sequence[str]) -> str:
        return ";".join('"' + value.replace('"', '""') + '"' for value in values)

    lines = [quoted(HEADER), *(quoted([row[name] for name in HEADER]) for row in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_xlsx(path: Path, rows: Sequence[dict[str, str]]) -> Path:
    """As CORDIS's XLSX: one sheet, the header on row 1, numbers as numbers, true/false as
    booleans."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "organization"
    sheet.append(list(HEADER))
    for row in rows:
        sheet.append([_typed(name, row[name]) for name in HEADER])
    workbook.save(path)
    return path


def write_json(path: Path, rows: Sequence[dict[str, str]]) -> Path:
    """As CORDIS's JSON: a list of objects, every value a string."""
    path.write_text(json.dumps(list(rows), ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def _typed(name: str, value: str) -> object:
    if name == "SME" and value in ("true", "false"):
        return value == "true"
    if name in ("projectID", "organisationID") and value.isdigit():
        return int(value)
    if name == "ecContribution" and value:
        return float(value.replace(",", "."))
    return value


WRITERS = {"csv": write_csv, "xlsx": write_xlsx, "json": write_json}
