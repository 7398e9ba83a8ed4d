"""Time the duplicate scan over 134,000 organisations (issue 12: under 10 s, with progress).

The workspace holds realistic names in many EU languages (accents, Polish, Greek, Bulgarian),
30 countries, with duplicates planted the way they happen: the same VAT typed twice, the same
name with another legal form or case, a typo, a missing accent, words in another order. The
benchmark prints the scan time, the number of groups found and how many planted groups were
recovered (a planted group counts as recovered when one found group holds all its records).

Run: .venv/bin/python benchmarks/bench_duplicates.py [--rows N] [--planted N] [--repeat N]
The generated workspace is cached in the temp dir. The best of --repeat runs is reported, with
the CPU time the scan used, since other work on a shared machine only ever adds wall time.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# (country, legal forms, words typical of its organisation names)
COUNTRIES: list[tuple[str, list[str], list[str]]] = [
    ("DE", ["GmbH", "AG", "e.V.", "GmbH & Co. KG"],
     ["Müller", "Schäfer", "Maschinenbau", "Technik", "Würzburg", "Institut", "Forschung",
      "Systeme", "Energie", "Gesellschaft", "Straßenbau", "Lösungen", "Köln", "Bayern"]),
    ("FR", ["SAS", "SARL", "S.A."], ["Société", "Générale", "Ingénierie", "Lyon", "Matériaux",
                                     "Énergie", "Centre", "Recherche", "Bâtiment", "Télécom"]),
    ("ES", ["S.L.", "S.A.", "S.L.U."], ["Ingeniería", "Andalucía", "Compuestos", "Tecnologías",
                                        "Sevilla", "Fundación", "Investigación", "Castilla"]),
    ("IT", ["S.r.l.", "S.p.A."], ["Ingegneria", "Sistemi", "Tecnologie", "Milano", "Università",
                                  "Ricerca", "Materiali", "Emilia", "Consorzio"]),
    ("PL", ["sp. z o.o.", "S.A."], ["Łódź", "Przedsiębiorstwo", "Wrocław", "Technologie",
                                    "Kraków", "Żywność", "Politechnika", "Gdańsk", "Spółdzielnia"]),
    ("EL", ["Α.Ε.", "Ε.Π.Ε."], ["Τεχνολογίες", "Αθήνα", "Ερευνα", "Θεσσαλονίκη", "Ενέργεια",
                                "Πανεπιστήμιο", "Κέντρο", "Λύσεις"]),
    ("BG", ["ООД", "ЕАД"], ["Технологии", "София", "Енергия", "Пловдив", "Иновации",
                            "Университет", "Системи", "Варна"]),
    ("CZ", ["s.r.o.", "a.s."], ["Strojírny", "Brno", "Technologie", "Ostrava", "Výzkum",
                                "Plzeň", "Energetika"]),
    ("PT", ["Lda", "S.A."], ["Tecnologias", "Inovação", "Lisboa", "Porto", "Soluções",
                             "Engenharia"]),
    ("NL", ["B.V.", "N.V."], ["Techniek", "Eindhoven", "Innovatie", "Delft", "Systemen"]),
    ("SE", ["AB"], ["Teknik", "Göteborg", "Innovation", "Malmö", "Energi"]),
    ("FI", ["Oy", "Oyj"], ["Teknologia", "Tampere", "Ratkaisut", "Espoo", "Energia"]),
    ("HU", ["Kft.", "Zrt."], ["Műszaki", "Budapest", "Fejlesztő", "Debrecen", "Technológia"]),
    ("RO", ["S.R.L.", "S.A."], ["Tehnologii", "București", "Inovare", "Cluj", "Energie"]),
    ("AT", ["GmbH", "AG"], ["Österreich", "Graz", "Technik", "Linz", "Forschung"]),
    ("BE", ["BV", "SA", "ASBL"], ["Vlaanderen", "Wallonie", "Technologie", "Gent", "Liège"]),
    ("DK", ["ApS", "A/S"], ["Teknik", "Aarhus", "Energi", "Odense"]),
    ("IE", ["Ltd", "DAC"], ["Technologies", "Dublin", "Cork", "Innovation"]),
    ("SK", ["s.r.o."], ["Technológie", "Bratislava", "Košice", "Výskum"]),
    ("SI", ["d.o.o."], ["Tehnologije", "Ljubljana", "Maribor", "Razvoj"]),
    ("HR", ["d.o.o."], ["Tehnologije", "Zagreb", "Split", "Inovacije"]),
    ("LT", ["UAB"], ["Technologijos", "Vilnius", "Kaunas", "Inovacijos"]),
    ("LV", ["SIA"], ["Tehnoloģijas", "Rīga", "Inovācijas"]),
    ("EE", ["OÜ", "AS"], ["Tehnoloogia", "Tallinn", "Tartu"]),
    ("LU", ["S.à r.l.", "S.A."], ["Luxembourg", "Technologies", "Solutions"]),
    ("CY", ["Ltd"], ["Λευκωσία", "Technologies", "Λεμεσός"]),
    ("MT", ["Ltd"], ["Valletta", "Technologies", "Solutions"]),
    ("NO", ["AS"], ["Teknologi", "Trondheim", "Bergen"]),
    ("IS", ["ehf."], ["Tækni", "Reykjavík"]),
    ("UK", ["Ltd", "plc"], ["Engineering", "Manchester", "Composites", "Solutions"]),
]
SYLLABLES = ["ka", "lo", "mi", "ra", "ten", "vo", "sa", "ber", "dan", "ko", "zy", "ël", "ås",
             "ño", "ři", "ść", "ha", "pe", "tu", "gri", "nor", "vel", "ost", "ami", "bra", "cze",
             "dul", "fen", "gla", "hol", "ist", "jor", "kru", "lam", "mon", "nik", "opt", "pol",
             "qua", "rob", "sto", "tri", "umb", "vin", "wes", "xan", "yor", "zel", "agr", "bio",
             "chem", "dro", "eko", "fab", "geo", "hyd", "inn", "kin", "lux", "med", "nov"]


def coined(rng: random.Random) -> str:
    """A made-up brand word ("Koraten", "Velšći"): what makes most names distinct."""
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def typo(rng: random.Random, text: str) -> str:
    position = rng.randrange(1, len(text) - 1)
    return text[:position] + text[position + 1:]  # one letter dropped


def variant(rng: random.Random, name: str, forms: list[str]) -> str:
    """How the same organisation comes back in another list."""
    words = name.split()
    kind = rng.randrange(4)
    if kind == 0:  # another legal form, another case
        return f"{' '.join(words[:-1]).upper()} {rng.choice(forms)}"
    if kind == 1:  # a typo in the longest word
        longest = max(range(len(words)), key=lambda i: len(words[i]))
        words[longest] = typo(rng, words[longest])
        return " ".join(words)
    if kind == 2:  # accents lost
        from consortium_planner.domain.text import strip_accents

        return strip_accents(name)
    if len(words) > 2:  # word order
        words[0], words[1] = words[1], words[0]
    return " ".join(words)


def build(path: Path, rows: int, planted: int) -> list[tuple[int, ...]]:
    """A workspace of `rows` organisations; returns the planted groups (ids)."""
    from consortium_planner.names import normalised_names
    from consortium_planner.workspace import Workspace

    rng = random.Random(12)
    names, countries, vats = [], [], []
    planted_groups: list[tuple[int, ...]] = []
    while len(names) < rows:
        country, forms, words = COUNTRIES[len(names) % len(COUNTRIES)]
        parts = [coined(rng)]
        if rng.random() < 0.4:
            parts.append(coined(rng))
        parts.extend(rng.sample(words, rng.randint(1, 2)))
        rng.shuffle(parts)
        name = f"{' '.join(parts)} {rng.choice(forms)}"
        vat = f"{country}{rng.randrange(10**8, 10**9)}" if rng.random() < 0.6 else None
        names.append(name)
        countries.append(country)
        vats.append(vat)
        if len(planted_groups) < planted and rng.random() < planted / rows * 1.5:
            first = len(names)  # ids start at 1
            copies = rng.choice([1, 1, 1, 2])
            for _ in range(copies):
                by_vat = vat is not None and rng.random() < 0.3
                names.append(name if by_vat else variant(rng, name, forms))
                countries.append(country)
                vats.append(vat if by_vat else None)
            planted_groups.append(tuple(range(first, first + copies + 1)))
    names, countries, vats = names[:rows], countries[:rows], vats[:rows]
    planted_groups = [group for group in planted_groups if group[-1] <= rows]
    now = datetime.now()
    keys = normalised_names(names)
    with Workspace.building(path, overwrite=True) as workspace:
        with workspace.engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO organisation (id, legal_name, name_key, short_name, pic, vat,"
                " org_type, country, nuts2, address, city, postcode, website, contact_name,"
                " email, phone, clusters, notes, created_at, updated_at) VALUES"
                " (?, ?, ?, '', NULL, ?, 'sme', ?, '', '', '', '', '', '', '', '', '', '', ?, ?)",
                [(index + 1, name, key, vat, country, now, now)
                 for index, (name, key, vat, country)
                 in enumerate(zip(names, keys, vats, countries, strict=True))])
    return planted_groups


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=134_000)
    parser.add_argument("--planted", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=3)
    arguments = parser.parse_args()
    path = Path(tempfile.gettempdir()) / f"bench_duplicates_{arguments.rows}.cpw"
    started = time.perf_counter()
    planted_file = path.with_suffix(f".{arguments.planted}.json")
    if path.exists() and planted_file.exists():
        planted = [tuple(group) for group in json.loads(planted_file.read_text())]
    else:
        planted = build(path, arguments.rows, arguments.planted)
        planted_file.write_text(json.dumps(planted))
    print(f"{arguments.rows:,} organisations with {len(planted):,} planted groups "
          f"ready in {time.perf_counter() - started:.1f} s ({path})")

    from consortium_planner.services.duplicates import find_duplicates
    from consortium_planner.workspace import Workspace

    times, cpu_times = [], []
    reports: list[int] = []
    with Workspace.open(path) as workspace:
        for _ in range(arguments.repeat):
            reports.clear()
            with workspace.sessions() as session:
                started, cpu_started = time.perf_counter(), time.process_time()
                groups = find_duplicates(session, progress=lambda d, t: reports.append(d))
                times.append(time.perf_counter() - started)
                cpu_times.append(time.process_time() - cpu_started)
    found = {group.ids for group in groups}
    members = {organisation_id: group.ids for group in groups for organisation_id in group.ids}
    recovered = sum(1 for group in planted
                    if set(group) <= set(members.get(group[0], ())))
    exact = sum(1 for group in planted if group in found)
    print(f"scan: best {min(times):.2f} s, worst {max(times):.2f} s over {len(times)} runs "
          f"(target < 10 s); CPU time {min(cpu_times):.2f} s (all threads; wall time above "
          f"that is other work on the machine); {len(reports)} progress reports")
    print(f"groups found: {len(groups):,}; planted groups recovered: {recovered:,} of "
          f"{len(planted):,} ({exact:,} found exactly as planted)")
    sizes = sorted((len(group.ids) for group in groups), reverse=True)[:5]
    print(f"largest groups: {sizes}")


if __name__ == "__main__":
    main()
