"""A labelled set of organisation lists in the code pages offices send CSV in, to measure how
well the import tells which one a file is in (tests/importing/test_import_charset.py,
benchmarks/bench_charset.py).

Two layouts: a cluster office's member list (local titles, `;`, Excel's CRLF) and a
CORDIS-like export (English titles, every cell quoted, the organisations' own names,
streets and cities). Twelve languages, each in the encodings its offices use: the Windows code
page Excel saves CSV in, the ISO 8859 one of older tools, Mac Roman (Excel on a Mac, Western
languages), UTF-8 with and without BOM, UTF-16 LE with and without BOM. Names, addresses and
numbers are invented, drawn from small word lists with a fixed seed, so the set is the same on
every run. A file is read right when its text is exactly the text written.
"""

from __future__ import annotations

import codecs
import csv
import io
import random
from dataclasses import dataclass

# (titles of the member list, legal names, streets, cities, people, a remark) per language.
_WORDS: dict[str, dict[str, list[str]]] = {
    "de": {
        "titles": ["Firmenname", "Straße", "PLZ", "Ort", "Land", "Ansprechpartner", "Umsatz (€)",
                   "Bemerkung"],
        "names": ["Müller Kunststofftechnik GmbH", "Schäfer & Söhne KG", "Bäckerei Größl GmbH",
                  "Österreichische Polymer GmbH", "Jäger Präzisionsteile AG",
                  "Lüdenscheider Gießerei GmbH", "Weiß Maschinenbau GmbH & Co. KG",
                  "Hochschule für Technik Süd"],
        "streets": ["Industriestraße 12", "Hauptstraße 5", "Am Mühlbach 3", "Königsallee 41",
                    "Lößweg 7"],
        "cities": ["Göppingen", "Lüdenscheid", "München", "Köln", "Nürnberg", "Düsseldorf"],
        "people": ["Jürgen Höfer", "Bärbel Schröder", "Jörg Mößner", "Käthe Groß"],
        "remarks": ["Mitglied seit 2019, Schwerpunkt Spritzguss", "Prüfstand für Dämmstoffe",
                    "Größter Arbeitgeber der Region", "bisher keine EU-Förderung"],
    },
    "fr": {
        "titles": ["Raison sociale", "Adresse", "Code postal", "Ville", "Pays", "Contact",
                   "Chiffre d'affaires (€)", "Remarque"],
        "names": ["Société Générale d'Études", "Cœur d'Alène Biotech", "Mécanique Précise SARL",
                  "Fonderie de l'Île-de-France", "Céramiques Françaises SA",
                  "Université Grenoble Alpes", "Thérapies Innovantes SAS", "Électronique Sûre"],
        "streets": ["12 rue de l'Église", "3 allée des Pêcheurs", "45 boulevard Thiers",
                    "8 place du Marché", "2 chemin des Écoliers"],
        "cities": ["Besançon", "Périgueux", "Orléans", "Angoulême", "Nîmes", "Évry"],
        "people": ["Hélène Lefèvre", "François Géraud", "Anaïs Bréhaut", "Jérôme Caël"],
        "remarks": ["membre depuis 2018, spécialité céramique", "pôle de compétitivité régional",
                    "déjà coordinateur d'un projet européen", "à relancer après l'été"],
    },
    "pl": {
        "titles": ["Nazwa firmy", "Ulica", "Kod pocztowy", "Miejscowość", "Kraj",
                   "Osoba kontaktowa", "Przychód (zł)", "Uwagi"],
        "names": ["Zakład Mechaniczny Łódź Sp. z o.o.", "Przedsiębiorstwo Żółć S.A.",
                  "Politechnika Śląska", "Fabryka Łożysk Kraśnik", "Spółdzielnia Pszczółka",
                  "Świętokrzyskie Centrum Innowacji", "Huta Szkła Ząbkowice",
                  "Małopolska Agencja Rozwoju"],
        "streets": ["ul. Żeromskiego 12", "ul. Świętej Anny 3", "al. Jerozolimskie 44",
                    "ul. Łąkowa 9", "ul. Źródlana 1"],
        "cities": ["Łódź", "Kraśnik", "Gdańsk", "Kraków", "Wrocław", "Białystok", "Zielona Góra"],
        "people": ["Małgorzata Wróbel", "Łukasz Żak", "Grzegorz Ćwik", "Agnieszka Dąbrowska"],
        "remarks": ["członek od 2017 r., obróbka skrawaniem", "współpraca z uczelnią w Łodzi",
                    "brak doświadczenia w projektach UE", "zgłoszenie przez stronę WWW"],
    },
    "cs": {
        "titles": ["Název firmy", "Ulice", "PSČ", "Město", "Země", "Kontaktní osoba",
                   "Obrat (Kč)", "Poznámka"],
        "names": ["Strojírny Třebíč a.s.", "Vysoké učení technické v Brně",
                  "Sklárny Kavalier Sázava s.r.o.", "Železárny Hrádek a.s.",
                  "Česká zbrojovka Uherský Brod", "Pivovar Žatec spol. s r.o.",
                  "Ústav fyziky materiálů AV ČR", "Dřevozpracující družstvo Lukavec"],
        "streets": ["Průmyslová 1281", "Náměstí Míru 12", "Šumavská 416", "Žižkova 8",
                    "Údolní 53"],
        "cities": ["Třebíč", "Brno", "Ústí nad Labem", "Žatec", "České Budějovice", "Plzeň"],
        "people": ["Jiří Dvořák", "Kateřina Nováková", "Tomáš Růžička", "Věra Šťastná"],
        "remarks": ["člen od roku 2016, obrábění kovů", "spolupráce s univerzitou",
                    "zatím žádný projekt EU", "kontaktovat po prázdninách"],
    },
    "hu": {
        "titles": ["Cégnév", "Utca", "Irányítószám", "Település", "Ország", "Kapcsolattartó",
                   "Árbevétel (Ft)", "Megjegyzés"],
        "names": ["Győri Fémipari Kft.", "Szegedi Tudományegyetem", "Pécsi Kerámia Zrt.",
                  "Debreceni Gépgyártó Kft.", "Műanyagipari Kutatóintézet",
                  "Kecskeméti Élelmiszeripari Zrt.", "Észak-magyarországi Fejlesztési Ügynökség",
                  "Tűzálló Anyagok Kft."],
        "streets": ["Fő utca 12", "Kossuth Lajos út 3", "Szőlőhegy utca 7", "Petőfi tér 1",
                    "Rákóczi út 44"],
        "cities": ["Győr", "Szeged", "Pécs", "Debrecen", "Kecskemét", "Székesfehérvár"],
        "people": ["Kovács Gyöngyi", "Szűcs Ödön", "Tőkés Éva", "Nagy Ferenc"],
        "remarks": ["2015 óta tag, fémmegmunkálás", "együttműködés az egyetemmel",
                    "még nem vett részt uniós projektben", "ősszel újra megkeresni"],
    },
    "ro": {
        "titles": ["Denumire", "Stradă", "Cod poștal", "Localitate", "Țară", "Persoană de contact",
                   "Cifră de afaceri (lei)", "Observații"],
        "names": ["Universitatea Tehnică din Cluj-Napoca", "Întreprinderea Mecanică Brașov SA",
                  "Fabrica de Ceasuri Arad SRL", "Institutul de Cercetări Științifice",
                  "Tehnologii Avansate Timișoara SRL", "Asociația Clusterelor din România",
                  "Producție Mobilă Suceava SRL", "Grădina Botanică Iași"],
        "streets": ["Str. Mihai Viteazu 12", "Bd. Ștefan cel Mare 3", "Str. Păcii 7",
                    "Calea Țării 41", "Str. Învățătorului 2"],
        "cities": ["Brașov", "Timișoara", "Iași", "Pitești", "Târgu Mureș", "Constanța"],
        "people": ["Ștefan Popescu", "Ioana Țurcanu", "Mihai Bălănescu", "Raluca Mureșan"],
        "remarks": ["membru din 2018, prelucrări mecanice", "colaborare cu universitatea",
                    "fără experiență în proiecte europene", "de contactat în toamnă"],
    },
    "el": {
        "titles": ["Επωνυμία", "Διεύθυνση", "ΤΚ", "Πόλη", "Χώρα", "Υπεύθυνος επικοινωνίας",
                   "Κύκλος εργασιών (€)", "Παρατηρήσεις"],
        "names": ["Ελληνική Μηχανική Α.Ε.", "Θεσσαλική Τεχνολογία Ι.Κ.Ε.",
                  "Πανεπιστήμιο Πατρών", "Αλουμίνιο Βορείου Ελλάδος Α.Β.Ε.Ε.",
                  "Ερευνητικό Κέντρο Αθηνά", "Κρητικά Τρόφιμα Ο.Ε.", "Ναυπηγεία Σύρου Α.Ε.",
                  "Ηπειρωτική Ενέργεια Ε.Π.Ε."],
        "streets": ["Λεωφόρος Κηφισίας 12", "Οδός Ερμού 3", "Πλατεία Συντάγματος 7",
                    "Οδός Αγίου Δημητρίου 41", "Λεωφόρος Αλεξάνδρας 2"],
        "cities": ["Αθήνα", "Λάρισα", "Πάτρα", "Θεσσαλονίκη", "Ηράκλειο", "Ιωάννινα"],
        "people": ["Γιώργος Παπαδόπουλος", "Ελένη Κωνσταντίνου", "Νίκος Αθανασίου",
                   "Μαρία Γεωργίου"],
        "remarks": ["μέλος από το 2017, μεταποίηση μετάλλων", "συνεργασία με το πανεπιστήμιο",
                    "χωρίς εμπειρία σε ευρωπαϊκά έργα", "επικοινωνία τον Σεπτέμβριο"],
    },
    "bg": {
        "titles": ["Наименование", "Адрес", "Пощенски код", "Град", "Държава", "Лице за контакт",
                   "Оборот (лв.)", "Бележки"],
        "names": ["Машиностроене Габрово АД", "Технически университет – София",
                  "Пловдивска пивоварна ЕООД", "Български институт по метрология",
                  "Русенски корабостроителен завод", "Тракия Глас България ЕАД",
                  "Софтуерна компания Варна ООД", "Асоциация на клъстерите в България"],
        "streets": ["ул. Христо Ботев 12", "бул. Цар Освободител 3", "ул. Шипка 7",
                    "бул. България 41", "ул. Гурко 2"],
        "cities": ["София", "Пловдив", "Варна", "Габрово", "Русе", "Стара Загора"],
        "people": ["Георги Иванов", "Мария Петрова", "Стефан Димитров", "Елена Тодорова"],
        "remarks": ["член от 2016 г., металообработка", "сътрудничество с университета",
                    "без опит в европейски проекти", "да се потърси през есента"],
    },
    "pt": {
        "titles": ["Denominação social", "Morada", "Código postal", "Localidade", "País",
                   "Contacto", "Volume de negócios (€)", "Observações"],
        "names": ["Metalúrgica São João, Lda.", "Universidade de Coimbra",
                  "Cerâmica Açoriana S.A.", "Indústrias Têxteis do Minho, Lda.",
                  "Instituto de Engenharia Mecânica", "Cortiças Amorim Irmãos S.A.",
                  "Pão de Açúcar Alimentação, Lda.", "Associação Empresarial de Guimarães"],
        "streets": ["Rua da Prata 12", "Avenida da Liberdade 3", "Largo do Município 7",
                    "Rua Conceição 41", "Travessa São Tomé 2"],
        "cities": ["Guimarães", "Coimbra", "Évora", "Ponta Delgada", "Setúbal", "Braga"],
        "people": ["João Gonçalves", "Inês Simões", "Sebastião Araújo", "Conceição Lopes"],
        "remarks": ["associado desde 2019, metalomecânica", "colaboração com a universidade",
                    "sem experiência em projetos europeus", "contactar depois do verão"],
    },
    "es": {
        "titles": ["Razón social", "Dirección", "Código postal", "Localidad", "País",
                   "Persona de contacto", "Facturación (€)", "Observaciones"],
        "names": ["Cerámica Castellón S.A.", "Fundición Logroño S.L.",
                  "Universidad Politécnica de Cataluña", "Ingeniería Española de Señales S.A.",
                  "Tecnologías Ñandú S.L.", "Compañía Aragonesa de Pinturas",
                  "Asociación Clúster de Automoción", "Construcciones Metálicas Jaén S.L."],
        "streets": ["Calle Mayor 12", "Avenida de Andalucía 3", "Plaza de España 7",
                    "Calle Peñíscola 41", "Camino de la Coruña 2"],
        "cities": ["Castellón de la Plana", "Logroño", "Cádiz", "Jaén", "Córdoba", "Ávila"],
        "people": ["José Martínez", "María Núñez", "Íñigo Peña", "Lucía Gómez"],
        "remarks": ["socio desde 2017, fundición", "colaboración con la universidad",
                    "sin experiencia en proyectos europeos", "llamar después del verano"],
    },
    "it": {
        "titles": ["Ragione sociale", "Indirizzo", "CAP", "Città", "Paese", "Referente",
                   "Fatturato (€)", "Note"],
        "names": ["Meccanica Già Srl", "Università di Bologna", "Ceramiche Più S.p.A.",
                  "Società Cooperativa Agricola Forlì", "Fonderia Cantù S.r.l.",
                  "Politecnico di Torino", "Caffè Torrefazione Città Srl",
                  "Distretto Tecnologico Nautico"],
        "streets": ["Via Garibaldi 12", "Corso Vittorio Emanuele 3", "Piazza Libertà 7",
                    "Via Sant'Agnese 41", "Viale Città 2"],
        "cities": ["Forlì", "Cantù", "Bologna", "Sant'Agata", "Torino", "Mondovì"],
        "people": ["Niccolò Rossi", "Lucrezia Esposito", "Nicolò Bianchi", "Maria Grazia Fè"],
        "remarks": ["socio dal 2018, lavorazioni meccaniche", "collaborazione con l'università",
                    "nessuna esperienza in progetti europei", "ricontattare dopo l'estate"],
    },
    "sv": {
        "titles": ["Företagsnamn", "Gatuadress", "Postnummer", "Ort", "Land", "Kontaktperson",
                   "Omsättning (kr)", "Anmärkning"],
        "names": ["Göteborgs Mekaniska Verkstad AB", "Kungliga Tekniska högskolan",
                  "Skånska Träförädling AB", "Västerås Elektronik AB", "Luleå tekniska universitet",
                  "Örebro Plastindustri AB", "Jönköpings Gjuteri AB", "Smålands Möbelfabrik AB"],
        "streets": ["Storgatan 12", "Östra Hamngatan 3", "Kungsgatan 7", "Järnvägsgatan 41",
                    "Åkervägen 2"],
        "cities": ["Göteborg", "Västerås", "Luleå", "Örebro", "Jönköping", "Malmö"],
        "people": ["Åsa Lindström", "Göran Söderberg", "Björn Ekström", "Märta Åberg"],
        "remarks": ["medlem sedan 2016, bearbetning", "samarbete med högskolan",
                    "ingen erfarenhet av EU-projekt", "återkom efter sommaren"],
    },
}
_COUNTRY = {"de": "Deutschland", "fr": "France", "pl": "Polska", "cs": "Česko",
            "hu": "Magyarország", "ro": "România", "el": "Ελλάδα", "bg": "България",
            "pt": "Portugal", "es": "España", "it": "Italia", "sv": "Sverige"}
_CODE = {"de": "DE", "fr": "FR", "pl": "PL", "cs": "CZ", "hu": "HU", "ro": "RO", "el": "EL",
         "bg": "BG", "pt": "PT", "es": "ES", "it": "IT", "sv": "SE"}
_CORDIS_TITLES = ["projectID", "projectAcronym", "organisationID", "vatNumber", "name",
                  "shortName", "SME", "activityType", "street", "postCode", "city", "country",
                  "nutsCode", "organizationURL", "role", "ecContribution"]

WESTERN = ("de", "fr", "pt", "es", "it", "sv")
CENTRAL = ("pl", "cs", "hu", "ro")
# The encodings each language's files come in (utf-16: LE with BOM, as Excel's "Unicode text";
# utf-16-le: the same without BOM, as some database tools write it).
_UNICODE = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le")
ENCODINGS: dict[str, tuple[str, ...]] = {
    **{language: ("cp1252", "iso-8859-1", "mac_roman", *_UNICODE) for language in WESTERN},
    **{language: ("cp1250", "iso-8859-2", *_UNICODE) for language in CENTRAL},
    "el": ("cp1253", "iso-8859-7", *_UNICODE),
    "bg": ("cp1251", *_UNICODE),
}
SHORT_ROWS = 4
LONG_ROWS = 300


@dataclass(frozen=True)
class Sample:
    """One file of the set: its bytes, the text they hold and how it was written."""

    language: str
    encoding: str
    layout: str  # "members" or "cordis"
    rows: int
    text: str
    data: bytes

    @property
    def label(self) -> str:
        return f"{self.language}-{self.encoding}-{self.layout}-{self.rows}"


def _for_code_page(text: str, encoding: str) -> str:
    """What a program writing `encoding` holds: Romanian ș ț as the ş ţ of the 8-bit code
    pages, "EUR" where the code page has no euro sign (ISO 8859-1 and -2), "?" for any other
    letter it lacks (the "œ" of "Cœur" in ISO 8859-1), as Excel writes it."""
    if encoding.startswith("utf"):
        return text
    text = text.translate(str.maketrans("șțȘȚ", "şţŞŢ"))
    try:
        "€".encode(encoding)
    except UnicodeEncodeError:
        text = text.replace("€", "EUR")
    return text.encode(encoding, "replace").decode(encoding)


def _member_rows(language: str, count: int, rng: random.Random) -> list[list[str]]:
    words = _WORDS[language]
    rows = [words["titles"]]
    for number in range(count):
        amount = f"{rng.randint(1, 90_000)}.{rng.randint(0, 999):03d},{rng.randint(0, 99):02d}"
        rows.append([
            rng.choice(words["names"]) + ("" if number < len(words["names"]) else f" {number}"),
            rng.choice(words["streets"]), f"{rng.randint(10000, 99999)}",
            rng.choice(words["cities"]), _COUNTRY[language], rng.choice(words["people"]),
            f"{amount} €" if rng.random() < 0.5 else amount,
            rng.choice(words["remarks"]) if rng.random() < 0.6 else ""])
    return rows


def _cordis_rows(language: str, count: int, rng: random.Random) -> list[list[str]]:
    words = _WORDS[language]
    rows = [_CORDIS_TITLES]
    for number in range(count):
        name = rng.choice(words["names"])
        rows.append([
            str(101000000 + rng.randint(0, 99999)), f"PRJ{number % 97}",
            str(999000000 + rng.randint(0, 999999)), f"{_CODE[language]}{rng.randint(10**8, 10**9)}",
            name.upper() if rng.random() < 0.5 else name, name.split()[0][:12],
            rng.choice(["true", "false", ""]), rng.choice(["PRC", "HES", "REC", "OTH"]),
            rng.choice(words["streets"]), str(rng.randint(10000, 99999)),
            rng.choice(words["cities"]), _CODE[language], f"{_CODE[language]}{rng.randint(10, 99)}",
            "", rng.choice(["coordinator", "participant"]),
            f"{rng.randint(10000, 900000)}.{rng.randint(0, 99):02d}"])
    return rows


def csv_text(language: str, layout: str, rows: int, seed: int = 0) -> str:
    """The CSV text of one list: a member list (`;`, CRLF) or a CORDIS export (all quoted)."""
    rng = random.Random(f"{language}-{layout}-{rows}-{seed}")
    buffer = io.StringIO()
    if layout == "members":
        csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(
            _member_rows(language, rows, rng))
    else:
        csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\n").writerows(
            _cordis_rows(language, rows, rng))
    return buffer.getvalue()


def encoded(text: str, encoding: str) -> tuple[str, bytes]:
    """The text a program writing `encoding` holds, and its bytes (with the BOM it writes)."""
    text = _for_code_page(text, encoding)
    if encoding == "utf-16":
        return text, codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    return text, text.encode(encoding)


def samples(sizes: tuple[int, ...] = (SHORT_ROWS, LONG_ROWS)) -> list[Sample]:
    """Every language x its encodings x both layouts x `sizes` (rows below the titles)."""
    made = []
    for language, encodings in ENCODINGS.items():
        for layout in ("members", "cordis"):
            for rows in sizes:
                plain = csv_text(language, layout, rows)
                for encoding in encodings:
                    text, data = encoded(plain, encoding)
                    made.append(Sample(language, encoding, layout, rows, text, data))
    return made
