"""A coordinator's big I3 proposal as project JSON: 60 participants from 20 countries with long
legal names in their own scripts (Polish, Greek, Bulgarian, German, Romanian ș/ț, Czech), 8 work
packages of 5-6 tasks, 40 deliverables, 12 milestones, effort in every cell, cost lines of every
category for every participant with cents that do not add evenly, region-category overrides and
500-character notes. Deterministic, so tests can compare exact figures."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

COUNTRIES: dict[str, list[str]] = {
    "PL": ["PL21", "PL41", "PL71"], "EL": ["EL30", "EL41", "EL52"], "BG": ["BG31", "BG34", "BG42"],
    "DE": ["DE11", "DE21", "DE30"], "RO": ["RO11", "RO21", "RO32"], "CZ": ["CZ01", "CZ02", "CZ06"],
    "AT": ["AT11", "AT13", "AT21"], "FR": ["FR10", "FRC1", "FRK2"], "IT": ["ITC1", "ITC4", "ITF4"],
    "ES": ["ES11", "ES21", "ES30"], "PT": ["PT11", "PT16", "PT17"], "HU": ["HU11", "HU21", "HU31"],
    "SK": ["SK01", "SK02", "SK04"], "SI": ["SI03", "SI04", "SI04"], "HR": ["HR02", "HR03", "HR05"],
    "LT": ["LT01", "LT02", "LT02"], "LV": ["LV00", "LV00", "LV00"], "EE": ["EE00", "EE00", "EE00"],
    "NL": ["NL11", "NL21", "NL33"], "BE": ["BE10", "BE21", "BE32"],
}

# Three legal names per country; the languages the brief names are long and in their own script.
NAMES: dict[str, list[str]] = {
    "PL": ["Sieć Badawcza Łukasiewicz – Poznański Instytut Technologiczny Centrum Zaawansowanych "
           "Technologii Żywności i Przetwórstwa Spółka z ograniczoną odpowiedzialnością",
           "Zachodniopomorski Uniwersytet Technologiczny w Szczecinie Wydział Inżynierii Mechanicznej "
           "i Mechatroniki",
           "Łódzka Specjalna Strefa Ekonomiczna Spółka Akcyjna – Klaster Źródeł Ciepła i Ogrzewnictwa"],
    "EL": ["Εθνικό Κέντρο Έρευνας και Τεχνολογικής Ανάπτυξης – Ινστιτούτο Χημικών Διεργασιών και "
           "Ενεργειακών Πόρων Ανώνυμη Εταιρεία",
           "Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης – Τμήμα Μηχανολόγων Μηχανικών Εργαστήριο Ψηφιακής "
           "Κατασκευής",
           "Σύνδεσμος Βιομηχανιών Βορείου Ελλάδος Ψηφιακός Κόμβος Καινοτομίας Ιδιωτική Κεφαλαιουχική "
           "Εταιρεία"],
    "BG": ["Български институт за стандартизация и иновации в производството на композитни "
           "материали Единично дружество с ограничена отговорност",
           "Технически университет – София, Факултет по машиностроене, Лаборатория за адитивни "
           "технологии",
           "Клъстер Мехатроника и автоматизация Пловдив Сдружение с нестопанска цел"],
    "DE": ["Fraunhofer-Gesellschaft zur Förderung der angewandten Forschung e.V. – Institut für "
           "Fertigungstechnik und Angewandte Materialforschung Bremen",
           "Technische Universität München – Lehrstuhl für Umformtechnik und Gießereiwesen, Garching",
           "Bayerische Maschinenbau- und Anlagenbauerverbände für Wärmeübertragung und Kühltechnik "
           "Gesellschaft mit beschränkter Haftung"],
    "RO": ["Institutul Național de Cercetare-Dezvoltare pentru Tehnologii Izotopice și Moleculare "
           "Cluj-Napoca – Societate pe acțiuni",
           "Universitatea Politehnica din București – Facultatea de Ingineria și Managementul "
           "Sistemelor Tehnologice",
           "Asociația Clusterului de Inovare Țesături Tehnice și Confecții Nord-Est Piatra Neamț"],
    "CZ": ["České vysoké učení technické v Praze – Český institut informatiky, robotiky a "
           "kybernetiky",
           "Vysoké učení technické v Brně, Fakulta strojního inženýrství – Ústav výrobních strojů",
           "Moravskoslezský automobilový klastr, zájmové sdružení právnických osob, Ostrava"],
    "AT": ["Österreichisches Forschungsinstitut für Chemie und Technik – Kunststofftechnik und "
           "Leichtbau GmbH",
           "Johannes Kepler Universität Linz – Institut für Polymerwerkstoffe und Prüfung",
           "Kunststoff-Cluster Oberösterreich, Business Upper Austria – OÖ Wirtschaftsagentur GmbH"],
    "FR": ["Commissariat à l'énergie atomique et aux énergies alternatives – Laboratoire "
           "d'innovation pour les technologies des énergies nouvelles",
           "Université Clermont Auvergne – Institut Pascal, Axe Mécanique, Génie Mécanique et "
           "Génie Civil",
           "Pôle de compétitivité Aerospace Valley Association loi 1901 Toulouse Occitanie"],
    "IT": ["Politecnico di Torino – Dipartimento di Ingegneria Meccanica e Aerospaziale",
           "Consorzio Interuniversitario Nazionale per la Scienza e Tecnologia dei Materiali",
           "Cluster Tecnologico Nazionale Fabbrica Intelligente Associazione Riconosciuta"],
    "ES": ["Fundación Tecnalia Research & Innovation – División de Industria y Transporte",
           "Universidad del País Vasco / Euskal Herriko Unibertsitatea – Escuela de Ingeniería",
           "Agrupación Empresarial Innovadora de Fabricación Avanzada de la Comunidad de Madrid"],
    "PT": ["Instituto de Ciência e Inovação em Engenharia Mecânica e Engenharia Industrial",
           "Universidade do Minho – Instituto de Polímeros e Compósitos, Guimarães",
           "Associação PRODUTECH – Pólo das Tecnologias de Produção"],
    "HU": ["Budapesti Műszaki és Gazdaságtudományi Egyetem Polimertechnika Tanszék",
           "Széchenyi István Egyetem Járműipari Kutatóközpont, Győr",
           "Pannon Autóipari Klaszter Egyesület – Kompozit Munkacsoport"],
    "SK": ["Slovenská technická univerzita v Bratislave, Materiálovotechnologická fakulta",
           "Žilinská univerzita v Žiline – Výskumné centrum, Ústav konkurencieschopnosti a inovácií",
           "Košický IT klaster, záujmové združenie právnických osôb"],
    "SI": ["Institut »Jožef Stefan« – Odsek za tehnologije in sisteme vodenja",
           "Univerza v Ljubljani, Fakulteta za strojništvo – Laboratorij za tribologijo",
           "Grozd plastike Slovenije, Gospodarsko interesno združenje"],
    "HR": ["Sveučilište u Zagrebu Fakultet strojarstva i brodogradnje",
           "Institut Ruđer Bošković – Zavod za kemiju materijala",
           "Hrvatski klaster konkurentnosti strojarske industrije, udruga"],
    "LT": ["Kauno technologijos universitetas – Mechanikos inžinerijos ir dizaino fakultetas",
           "Fizinių ir technologijos mokslų centras, Vilnius",
           "Lietuvos inžinerinės pramonės asociacija LINPRA"],
    "LV": ["Rīgas Tehniskā universitāte – Materiālzinātnes un lietišķās ķīmijas fakultāte",
           "Latvijas Valsts koksnes ķīmijas institūts, atvasināta publiska persona",
           "Latvijas Mašīnbūves un metālapstrādes rūpniecības asociācija MASOC"],
    "EE": ["Tallinna Tehnikaülikool – Mehaanika ja tööstustehnika instituut",
           "Tartu Ülikool, Tehnoloogiainstituut",
           "Eesti Masinatööstuse Liit, mittetulundusühing"],
    "NL": ["Nederlandse Organisatie voor toegepast-natuurwetenschappelijk onderzoek TNO",
           "Technische Universiteit Delft – Faculteit Luchtvaart- en Ruimtevaarttechniek",
           "Brainport Industries Coöperatie U.A., Eindhoven"],
    "BE": ["Sirris, het collectief centrum van de technologische industrie VZW",
           "Université catholique de Louvain – Institute of Mechanics, Materials and Civil Engineering",
           "Pôle de compétitivité MecaTech ASBL, Wallonie"],
}

TYPES = ["research_organisation", "higher_education", "cluster_organisation"]
COST_CATEGORIES = ["A", "B", "C1", "C2", "C3", "D1", "D"]
ROLES = ["research_technology_provider", "technology_developer", "component_supplier",
         "manufacturer", "system_integrator", "end_user", "service_provider", "investor",
         "public_authority", "cluster_intermediary"]  # training_provider: nobody holds it
NOTE = ("Notes from the coordinator's call with the partner on 12 March: the legal entity "
        "signs through its parent; the personnel rate includes the 2027 collective agreement "
        "increase; travel assumes two people per meeting; the equipment line is depreciation "
        "over 36 months only; the region category follows the 2021-2027 ERDF map, but the partner "
        "argues its plant lies in a transition region; check with the NCP before submission. ")
assert len(NOTE) <= 500
NOTE = (NOTE * 2)[:500]


def _money(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.01'))}"


def big_project_document(acronym: str = "BIGI3", *, participant_count: int = 60) -> dict[str, Any]:
    """The project JSON `load` takes; figures depend only on the arguments."""
    organisations: list[dict[str, Any]] = []
    participants: list[dict[str, Any]] = []
    countries = list(COUNTRIES)
    for index in range(participant_count):
        country = countries[index % len(countries)]
        slot = (index // len(countries)) % 3
        number = index + 1
        legal = NAMES[country][slot]
        if number == 7:
            legal = "=SUM(A1:A9)+" + legal  # a name starting with "=" must stay text
        short = f"{country}-{slot + 1}"
        if number == 1:
            short = "LUK-PIT"
        organisations.append({
            "key": f"o{number}", "legal_name": legal, "short_name": short,
            "pic": f"{900000000 + number * 7919:09d}", "vat": None,
            "org_type": TYPES[slot] if number != 1 else "cluster_organisation",
            "profit": False, "staff": 20 + number, "turnover": None, "balance_sheet": None,
            "sme_class": None, "country": country, "nuts2": COUNTRIES[country][slot],
            "region_category": None, "address": "", "city": "", "postcode": "", "website": "",
            "contact_name": "", "email": "", "phone": "", "founded_year": 1990 + number % 30,
            "nace_codes": [], "ecosystems": [], "clusters": [], "usual_roles": [],
            "notes": NOTE if number % 10 == 3 else "",
        })
        override = number in (5, 18, 33, 47)
        participants.append({
            "number": number, "organisation": f"o{number}",
            "role": "coordinator" if number == 1 else "beneficiary",
            "monthly_personnel_cost": _money(Decimal(4000) + Decimal(number * 137) + Decimal("0.33")),
            "funding_rate_override": None, "funding_rate_override_reason": "",
            "region_category_override": "less_developed" if override else None,
            "region_category_override_reason": NOTE if override else "",
            "value_chain_roles": sorted({ROLES[index % len(ROLES)],
                                         ROLES[(index * 3 + 1) % len(ROLES)]}),
        })
    work_packages: list[dict[str, Any]] = []
    deliverable_counts = [5, 5, 5, 5, 5, 5, 5, 5]  # 40 deliverables
    for wp in range(1, 9):
        start = 1 if wp in (1, 8) else 1 + (wp - 2) * 3
        end = 36 if wp in (1, 8) else min(36, start + 20)
        tasks = [{"number": t, "title": f"Task {wp}.{t}: Schnittstellen für Prüfung und "
                                        f"Qualitätssicherung – ώθηση καινοτομίας ({wp}/{t})",
                  "lead": ((wp * 7 + t) % participant_count) + 1, "start_month": start,
                  "end_month": end, "description": ""}
                 for t in range(1, (6 if wp % 2 else 5) + 1)]
        deliverables = [{"number": d, "title": f"Deliverable {wp}.{d}: raport și evaluare de "
                                               f"piață pentru țesături tehnice",
                         "lead": ((wp * 11 + d) % participant_count) + 1,
                         "type": "R", "dissemination": "PU",
                         "due_month": min(end, start + d * 3), "description": ""}
                        for d in range(1, deliverable_counts[wp - 1] + 1)]
        work_packages.append({
            "number": wp, "title": f"WP{wp} Průmyslová demonstrace a škálování kompozitních "
                                   f"dílů – Pilotlinie für Leichtbau {wp}",
            "lead": ((wp - 1) * 7) % participant_count + 1, "start_month": start,
            "end_month": end, "objectives": "Objectives of the work package.", "description": "",
            "tasks": tasks, "deliverables": deliverables,
        })
    milestones = [{"number": m, "title": f"Milestone {m}: pilot validated in region {m}",
                   "work_packages": [(m - 1) % 8 + 1], "due_month": m * 3,
                   "verification": "Report accepted by the steering committee"}
                  for m in range(1, 13)]
    effort = [{"participant": p, "work_package": wp,
               "person_months": _money(Decimal(p % 7 + wp) / Decimal(3) + Decimal("0.25"))}
              for p in range(1, participant_count + 1) for wp in range(1, 9)]
    costs: list[dict[str, Any]] = []
    for p in range(1, participant_count + 1):
        for position, category in enumerate(COST_CATEGORIES):
            raw = Decimal(1000 + p * 13 + position * 101) + Decimal(p * 7 + position) / 100
            unit = (raw / 3).quantize(Decimal("0.01"))
            costs.append({"participant": p, "category": category,
                          "work_package": (p + position) % 8 + 1,
                          "description": f"{category} line of participant {p}: ț/ș/ż/ő/ě",
                          "quantity": "3.00", "unit_cost": _money(unit),
                          "amount": _money(unit * 3)})
    return {
        "format": "consortium-planner/project", "version": 1,
        "project": {"acronym": acronym,
                    "title": "Interregionale Wertschöpfungskette für kreislauffähige "
                             "Leichtbauverbundwerkstoffe – Διαπεριφερειακή αλυσίδα αξίας",
                    "call": "i3-strand1", "thematic_priority": "Smart manufacturing",
                    "start_date": "2027-03-01", "duration_months": 36},
        "organisations": organisations, "participants": participants,
        "work_packages": work_packages, "milestones": milestones,
        "effort": effort, "costs": costs, "s3_areas": {},
    }
