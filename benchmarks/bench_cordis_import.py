"""Import a CORDIS-shaped organisation export of 1,076 participations of 765 organisations (the
size issue 13 was tried with) and say what was recognised: organisations, types, VAT numbers,
regions, participations, and the import time (the one use case, services/file_import.py, into a
fresh workspace, one transaction).

The file is built like tests/cordis_files.py builds its fixtures (CORDIS's header, every field
quoted, `;`, "true"/"false" SME flags, EL/UK, NUTS 3 codes of 2016 and 2021, decimal points and
commas), with fixed random choices so every run reads the same file; about one organisation in
ten has no VAT number and a few have an empty country, a PRC without SME flag or a doubled
"FI;FI", as real exports do.

Run: .venv/bin/python benchmarks/bench_cordis_import.py [--form csv|xlsx|json] [--repeat N]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from cordis_files import HEADER, WRITERS, participation  # noqa: E402
from vat_numbers import valid_vat  # noqa: E402  (benchmarks/ is on sys.path as for any script)

# (country as CORDIS writes it, VAT prefix, VAT digits, NUTS 3 codes: 2016 and 2021 ones)
PLACES = [
    ("DE", "DE", 9, ["DE111", "DE300", "DE212", "DEA23"]),
    ("FR", "FR", 11, ["FR101", "FRK26", "FRI12"]),
    ("ES", "ESB", 8, ["ES511", "ES300", "ES213"]),
    ("IT", "IT", 11, ["ITC4C", "ITI43", "ITH55"]),
    ("EL", "EL", 9, ["EL303", "EL522"]),
    ("UK", "GB", 9, ["UKI31", "UKD33", "UKM82"]),
    ("HR", "HR", 11, ["HR041", "HR050", "HR032"]),
    ("BE", "BE0", 9, ["BE224", "BE100", "BE234"]),
    ("FI", "FI", 8, ["FI1B1", "FI193"]),
    ("FI;FI", "FI", 8, ["FI1B1"]),
    ("PL", "PL", 10, ["PL911", "PL213"]),
    ("", "", 0, [""]),
]
TYPES = ["HES", "REC", "PRC", "PRC", "PRC", "PUB", "OTH"]
ROLES = ["coordinator", "participant", "participant", "participant", "partner", "thirdParty",
         "associatedPartner"]


def build_rows(organisations: int = 765, participations: int = 1_076) -> list[dict[str, str]]:
    rng = random.Random(13)
    orgs = []
    for number in range(organisations):
        country, prefix, digits, nuts = PLACES[number % len(PLACES)]
        activity = TYPES[rng.randrange(len(TYPES))]
        sme = "" if activity == "PRC" and number % 50 == 0 else rng.choice(["true", "false"])
        vat = "" if number % 10 == 0 or not prefix else valid_vat(rng, prefix, digits)
        orgs.append(dict(organisationID=str(900_000_000 + number * 7), vatNumber=vat,
                         name=f"ORGANISATION {number} {activity}", shortName=f"O{number}",
                         SME=sme, activityType=activity, street=f"Street {number}",
                         postCode=f"{10000 + number}", city=f"City {number % 40}",
                         country=country, nutsCode=rng.choice(nuts),
                         organizationURL=f"http://www.org{number}.example.eu"))
    rows = [participation(org, str(700_000 + i), f"P{i}", rng.choice(ROLES),
                          f"{rng.randrange(0, 2_000_000)}{rng.choice(['', '.5', ',25'])}")
            for i, org in enumerate(orgs)]
    for i in range(participations - organisations):
        org = orgs[rng.randrange(organisations)]
        rows.append(participation(org, str(101_060_000 + i), f"H{i}", rng.choice(ROLES),
                                  f"{rng.randrange(0, 900_000)},{rng.randrange(10, 99)}"))
    rng.shuffle(rows)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--form", choices=sorted(WRITERS), default="csv")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from sqlalchemy import func, select

    from consortium_planner.models import EuParticipation, Organisation
    from consortium_planner.services.file_import import ImportRequest, import_file
    from consortium_planner.workspace import Workspace

    folder = Path(tempfile.mkdtemp(prefix="bench-cordis-"))
    path = WRITERS[args.form](folder / f"organization.{args.form}", build_rows())
    assert len(HEADER) == 25
    best = float("inf")
    for attempt in range(args.repeat):
        workspace_path = folder / f"w{attempt}.cpw"
        with Workspace.create(workspace_path) as workspace:
            started = time.perf_counter()
            report = import_file(workspace, ImportRequest(path))
            best = min(best, time.perf_counter() - started)
    with Workspace.open(workspace_path) as workspace, workspace.sessions() as session:
        organisations = session.scalar(select(func.count()).select_from(Organisation))
        columns = session.execute(select(Organisation.org_type, Organisation.vat,
                                         Organisation.nuts2, Organisation.country)).all()
        history = session.scalar(select(func.count()).select_from(EuParticipation))
        coordinated = session.scalar(select(func.count(func.distinct(
            EuParticipation.organisation_id))).where(EuParticipation.role == "coordinator"))
    types = Counter(str(row.org_type) for row in columns)
    print(f"file: {path.name} ({args.form}), {report.rows_read:,} organisations planned from "
          "1,076 participation rows")
    print(f"status {report.status}: created {report.created}, skipped {report.skipped}, "
          f"errors {len(report.errors)}, warnings {len(report.warnings)}")
    print(f"organisations: {organisations}")
    print(f"types: {dict(sorted(types.items()))} (PRC without SME flag is stored as 'other')")
    print(f"VAT numbers: {sum(1 for row in columns if row.vat)}")
    print(f"regions (NUTS 2): {sum(1 for row in columns if row.nuts2)}, "
          f"countries: {sum(1 for row in columns if row.country)}")
    print(f"participations: {history}, organisations that coordinated: {coordinated}")
    print(f"import time (best of {args.repeat}): {best:.3f} s")


if __name__ == "__main__":
    main()
