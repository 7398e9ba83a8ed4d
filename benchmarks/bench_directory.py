"""Time the partner directory's search engine on 134,000 organisations (issue 12).

Generates a workspace with realistic names in many EU languages (accents, Polish, Greek,
Bulgarian ...), 30 countries, about 200 real NUTS 2 regions and 40 clusters, inserted through
the import's bulk path (workspace.insert_prevalidated, which rebuilds the search index once),
then prints each figure beside its target:
- search per keystroke, counts of every facet included (typing words letter by letter);
- a facet click, and a search combined with facets;
- sorting the whole directory by each sortable column;
- fetching a page of 100 rows;
- the bulk insert of the 134,000 rows (the database part of an import: insert, indexes, search
  index, commit; reading a spreadsheet is bench_import.py's), and of 20,000 more into them.

Run: .venv/bin/python benchmarks/bench_directory.py [--rows N] [--keep PATH]
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from consortium_planner.domain.text import fold  # noqa: E402
from consortium_planner.reference.nuts import regions_of_country  # noqa: E402
from consortium_planner.services import directory_search as ds  # noqa: E402
from consortium_planner.workspace import (  # noqa: E402
    APPLICATION_ID,
    Workspace,
    _make_engine,
    _run_migrations,
    insert_prevalidated,
)

COUNTRIES = ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU",
             "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "NO",
             "IS", "UK"]
# Per language: name patterns ({s} surname, {c} city, {f} field) and their words.
LANGUAGES = {
    "DE": (["{s} GmbH", "{s} & Söhne KG", "Fraunhofer-Institut für {f}", "Technische Universität "
            "{c}", "{s} Maschinenbau AG", "Hochschule {c}"],
           ["Müller", "Schäfer", "Weiß", "Groß", "Köhler", "Bäcker", "Schröder", "Günther",
            "Hoffmann", "Krüger"],
           ["München", "Köln", "Düsseldorf", "Nürnberg", "Würzburg", "Lübeck", "Dresden"],
           ["Produktionstechnik", "Lasertechnik", "Werkstoffmechanik", "Solare Energiesysteme",
            "Angewandte Optik"]),
    "PL": (["{s} Sp. z o.o.", "Politechnika {c}", "Uniwersytet {c}", "Instytut {f} {s}",
            "Przedsiębiorstwo {s} S.A."],
           ["Łukasiewicz", "Wiśniewski", "Żółkowski", "Kowalczyk", "Dąbrowski", "Szczęsny",
            "Woźniak"],
           ["Łódź", "Kraków", "Gdańsk", "Wrocław", "Poznań", "Białystok", "Toruń"],
           ["Włókiennictwa", "Chemii", "Mechaniki", "Energetyki"]),
    "EL": (["Πανεπιστήμιο {c}", "{s} Α.Ε.", "Ερευνητικό Κέντρο {f}", "Εθνικό Μετσόβιο {s}"],
           ["Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Καραγιάννης", "Αθανασίου"],
           ["Αθήνα", "Θεσσαλονίκη", "Πάτρα", "Ηράκλειο", "Λάρισα"],
           ["Ενέργειας", "Τεχνολογίας", "Υλικών", "Πληροφορικής"]),
    "BG": (["{s} ЕООД", "Софийски университет {f}", "Технически университет {c}", "{s} АД"],
           ["Иванов", "Петров", "Георгиев", "Димитров", "Стоянов"],
           ["София", "Пловдив", "Варна", "Бургас", "Русе"],
           ["Енергетика", "Механика", "Химия", "Информатика"]),
    "FR": (["{s} SAS", "Université de {c}", "Institut {f} {s}", "Pôle {f} {c}",
            "Société d'Études {s}"],
           ["Lefèvre", "Bérubé", "Giraud", "Dupré", "Mercier", "Gaël", "Thévenin"],
           ["Besançon", "Orléans", "Nîmes", "Saint-Étienne", "Grenoble", "Lyon"],
           ["Mécanique", "Énergétique", "Matériaux", "Aéronautique"]),
    "ES": (["{s} S.L.", "Universidad de {c}", "Fundación {f} {s}", "Clúster de {f}",
            "Centro Tecnológico {s}"],
           ["Núñez", "García", "Muñoz", "Peña", "Ibáñez", "Martínez"],
           ["Córdoba", "Málaga", "Cádiz", "León", "Logroño", "Jaén", "Sevilla"],
           ["Automoción", "Energía", "Composites", "Biotecnología"]),
    "NORD": (["{s} A/S", "{s} AB", "{c} Universitet", "{s} Teknologi AS"],
             ["Ørsted", "Sørensen", "Åberg", "Jørgensen", "Ström", "Lindqvist", "Bjørn"],
             ["Århus", "Tromsø", "Malmö", "Göteborg", "Odense", "Ålborg"],
             ["Energi", "Materialer"]),
    "CZ": (["{s} s.r.o.", "Vysoké učení technické v {c}", "Ústav {f}", "{s} a.s."],
           ["Dvořák", "Novotný", "Černý", "Procházka", "Kovář", "Růžička"],
           ["Brno", "Plzeň", "Ostrava", "České Budějovice", "Hradec Králové"],
           ["Fyziky", "Strojírenství", "Materiálů"]),
    "IT": (["{s} S.r.l.", "Università degli Studi di {c}", "Consorzio {f} {s}",
            "Politecnico di {c}"],
           ["Rossi", "Bianchi", "Esposito", "Ricci", "Mancini", "Galli"],
           ["Torino", "Milano", "Forlì", "Cantù", "Napoli", "Bari"],
           ["Meccatronica", "Energia", "Materiali Compositi"]),
    "HU": (["{s} Kft.", "{c}i Egyetem", "{f} Kutatóintézet", "{s} Zrt."],
           ["Nagy", "Kovács", "Szabó", "Tóth", "Horváth", "Kiss"],
           ["Győr", "Pécs", "Szeged", "Debrecen", "Miskolc"],
           ["Anyagtudományi", "Energetikai"]),
}
COUNTRY_LANGUAGE = {"DE": "DE", "AT": "DE", "LU": "FR", "BE": "FR", "PL": "PL", "EL": "EL",
                    "CY": "EL", "BG": "BG", "FR": "FR", "ES": "ES", "PT": "ES", "DK": "NORD",
                    "SE": "NORD", "NO": "NORD", "FI": "NORD", "IS": "NORD", "CZ": "CZ",
                    "SK": "CZ", "IT": "IT", "MT": "IT", "HU": "HU", "RO": "HU", "HR": "CZ",
                    "SI": "CZ", "EE": "NORD", "LV": "PL", "LT": "PL", "IE": "FR", "UK": "FR",
                    "NL": "DE"}
CLUSTERS = [f"{word} Cluster" for word in (
    "Automotive", "Aerospace Valley", "Medical Valley", "Silicon Saxony", "Plastics", "Food",
    "Photonics", "Maritime", "Wood", "Textile", "Energy", "Hydrogen", "Water", "Mobility",
    "Robotics", "Agri-Food", "Digital Health", "Fintech", "Creative", "Tourism", "Furniture",
    "Packaging", "Chemistry", "Biotech", "Nanotech", "Space", "Rail", "Logistics", "Construction",
    "Smart City", "Ceramics", "Metal", "Composites", "Cybersecurity", "Gaming", "Fashion",
    "Wine", "Circular Economy", "Offshore Wind", "Łódź ICT")]
ORG_TYPES = ["sme"] * 6 + ["large_enterprise", "research_organisation", "higher_education",
                           "public_authority", "cluster_organisation", "association_ngo", "other"]


def _regions() -> dict[str, list[str]]:
    regions = {}
    for country in COUNTRIES:
        codes = [region.code for region in regions_of_country(country) if len(region.code) == 4]
        regions[country] = codes[:9] or [f"{country}00"]
    return regions


def generate_columns(rows: int, seed: int = 12) -> dict[str, list]:
    """The organisation columns of `rows` generated organisations, in storage form."""
    rng = random.Random(seed)
    regions = _regions()
    stamp = datetime(2026, 12, 1).isoformat(" ")
    columns: dict[str, list] = {name: [] for name in (
        "id", "legal_name", "name_key", "short_name", "pic", "vat", "org_type", "sme_class",
        "country", "nuts2", "address", "city", "postcode", "website", "contact_name", "email",
        "phone", "clusters", "notes", "created_at", "updated_at")}
    for number in range(rows):
        country = COUNTRIES[number % len(COUNTRIES)]
        patterns, surnames, cities, fields_ = LANGUAGES[COUNTRY_LANGUAGE[country]]
        city = rng.choice(cities)
        name = rng.choice(patterns).format(s=rng.choice(surnames), c=city, f=rng.choice(fields_))
        name = f"{name} {number}" if number % 4 else name
        org_type = rng.choice(ORG_TYPES)
        columns["id"].append(number + 1)
        columns["legal_name"].append(name)
        columns["name_key"].append(fold(name))
        columns["short_name"].append("".join(w[0] for w in name.split()[:3]).upper())
        columns["pic"].append(str(900_000_000 + number))
        columns["vat"].append(f"{country}{rng.randrange(10**8, 10**9)}")
        columns["org_type"].append(org_type)
        columns["sme_class"].append(rng.choice(["micro", "small", "medium"])
                                    if org_type == "sme" else None)
        columns["country"].append(country)
        columns["nuts2"].append(rng.choice(regions[country]))
        columns["address"].append(f"{rng.randrange(1, 200)} Main street")
        columns["city"].append(city)
        columns["postcode"].append(str(rng.randrange(10000, 99999)))
        site = f"{fold(name.split()[0]).strip('.,')}{number}.{country.lower()}"
        columns["website"].append(f"https://www.{site}")
        columns["contact_name"].append(rng.choice(surnames))
        columns["email"].append(f"office@{site}")
        columns["phone"].append(f"+{rng.randrange(10**9, 10**10)}")
        columns["clusters"].append("; ".join(rng.sample(CLUSTERS, rng.choice((0, 1, 1, 2, 3)))))
        columns["notes"].append("Worked with us on a Horizon project" if number % 9 == 0 else "")
        columns["created_at"].append(stamp)
        columns["updated_at"].append(stamp)
    return columns


def _more_columns(existing: int, rows: int) -> dict[str, list]:
    """`rows` more organisations, with ids and PICs after the `existing` ones."""
    columns = generate_columns(rows, seed=13)
    columns["id"] = [existing + number for number in columns["id"]]
    columns["pic"] = [str(800_000_000 + number) for number in range(rows)]
    return columns


_CPU: dict[float, float] = {}  # wall ms of a _timed call -> its CPU ms (for _line's cpu)


def _timed(function, *args, **kwargs) -> tuple[float, object]:
    start, cpu = time.perf_counter(), time.process_time()
    result = function(*args, **kwargs)
    wall = (time.perf_counter() - start) * 1000
    _CPU[wall] = (time.process_time() - cpu) * 1000
    return wall, result


def _line(label: str, value: float, target: float | None, unit: str = "ms",
          samples: list[float] | None = None) -> None:
    """A figure (wall clock) beside its target; with `samples` (the _timed walls it comes
    from), the CPU time of the same statistic: a shared machine's wall clock counts waits."""
    verdict = "" if target is None else ("  ok" if value <= target else "  OVER TARGET")
    shown = f"target ≤ {target:g} {unit}" if target is not None else "(for comparison)"
    spent = ""
    if samples is not None:
        cpus = [_CPU[wall] for wall in samples]
        cpu = max(cpus) if value == max(samples) else statistics.median(cpus)
        spent = f"  (cpu {cpu:.1f} {unit})"
    elif value in _CPU:
        spent = f"  (cpu {_CPU[value]:.1f} {unit})"
    print(f"{label:<52} {value:9.1f} {unit}   {shown}{verdict}{spent}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=134_000)
    parser.add_argument("--keep", type=Path, help="keep the generated workspace at this path")
    arguments = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-directory-"))
    path = arguments.keep or folder / "directory.cpw"
    path.unlink(missing_ok=True)
    columns = generate_columns(arguments.rows)
    print(f"{arguments.rows} organisations, {len(COUNTRIES)} countries, "
          f"{len({c for c in columns['nuts2']})} regions, {len(CLUSTERS)} clusters; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    # the same rows into a workspace of the previous release (schema 0002, no search index):
    # what the search index costs an import, measured in the same run on the same machine
    old = folder / "release-0002.cpw"
    connection = sqlite3.connect(old)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.close()
    engine = _make_engine(old, read_only=False)
    _run_migrations(engine, "0002")
    start = time.perf_counter()
    with engine.begin() as connection:
        insert_prevalidated(connection, "organisation", columns,
                            empty_text_columns=frozenset({"short_name", "address"}))
    _line("bulk insert without search index (schema 0002)", time.perf_counter() - start, None,
          "s")
    engine.dispose()
    old.unlink()
    with Workspace.create(path) as workspace:
        start = time.perf_counter()
        with workspace.transaction() as session:
            insert_prevalidated(session.connection(), "organisation", columns,
                                empty_text_columns=frozenset({"short_name", "address"}))
        elapsed = time.perf_counter() - start
        _line("bulk insert with search index (with commit)", elapsed, 3.0, "s")
        if arguments.rows != 134_000:
            _line("  ... same, per 134,000 rows", elapsed * 134_000 / arguments.rows, 3.0, "s")
        # a list imported into the full directory: its rows are indexed in bulk too (the
        # search triggers fired once per row there before)
        more = _more_columns(arguments.rows, 20_000)
        start = time.perf_counter()
        with workspace.transaction() as session:
            insert_prevalidated(session.connection(), "organisation", more,
                                empty_text_columns=frozenset({"short_name", "address"}))
        _line("bulk insert of 20,000 more into the full directory", time.perf_counter() - start,
              None, "s")
        with workspace.transaction() as session:  # the directory as the figures below expect
            session.connection().exec_driver_sql(
                "DELETE FROM organisation WHERE id > ?", (arguments.rows,))

        with workspace.sessions() as session:
            ds.search(session, ds.DirectoryQuery(text="warm"))  # first statement compiles
            keystrokes = []
            for word in ("lodz", "fraunhofer", "muller", "900012345", "universidad cordoba",
                         "παν", "софия", "orsted"):
                for end in range(1, len(word) + 1):
                    elapsed, _ = _timed(ds.search, session, ds.DirectoryQuery(text=word[:end]))
                    keystrokes.append(elapsed)
            _line(f"keystroke, with facets: median of {len(keystrokes)}",
                  statistics.median(keystrokes), 50, samples=keystrokes)
            _line("keystroke, with facets: worst", max(keystrokes), 150, samples=keystrokes)

            clicks = []
            for query in (ds.DirectoryQuery(countries=frozenset({"PL"})),
                          ds.DirectoryQuery(categories=frozenset({"less_developed"})),
                          ds.DirectoryQuery(org_types=frozenset({"sme"}),
                                            countries=frozenset({"ES"})),
                          ds.DirectoryQuery(clusters=frozenset({"composites cluster"})),
                          ds.DirectoryQuery()):
                clicks.append(_timed(ds.search, session, query)[0])
            _line("facet click (no text): median", statistics.median(clicks), 50, samples=clicks)
            _line("facet click (no text): worst", max(clicks), 150, samples=clicks)

            combined = []
            for text in ("uni", "universidad", "muller", "lodz"):
                for query in (ds.DirectoryQuery(text=text, countries=frozenset({"ES", "PL"})),
                              ds.DirectoryQuery(text=text, categories=frozenset(
                                  {"less_developed"}), org_types=frozenset({"sme"})),
                              ds.DirectoryQuery(text=text, clusters=frozenset(
                                  {"Automotive Cluster"}))):
                    combined.append(_timed(ds.search, session, query)[0])
            _line("search + facets combined: median", statistics.median(combined), 50,
                  samples=combined)
            _line("search + facets combined: worst", max(combined), 150, samples=combined)

            for column in sorted(ds.sortable_columns()):
                elapsed, result = _timed(ds.search, session,
                                         ds.DirectoryQuery(sort=column), facets=False)
                _line(f"sort all {len(result.ids)} by {column}", elapsed, 300)
            elapsed, _ = _timed(ds.search, session,
                                ds.DirectoryQuery(sort="legal_name", descending=True))
            _line("sort all by legal_name descending, with facets", elapsed, 300)

            result = ds.search(session, ds.DirectoryQuery(sort="city"), facets=False)
            pages = [_timed(ds.fetch_rows, session, result.ids[start:start + 100])[0]
                     for start in range(0, 100_000, 10_000)]
            _line("fetch a page of 100 rows: median", statistics.median(pages), 50, samples=pages)
            _line("fetch a page of 100 rows: worst", max(pages), 150, samples=pages)
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    if not arguments.keep:
        path.unlink()


if __name__ == "__main__":
    main()
