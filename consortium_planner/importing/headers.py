"""Find the header row of an organisation list and map its columns to organisation fields.

People send lists with title rows above the header, in eight or more languages, with merged
group headings ("Contact" over "Name" and "E-mail"). Headers are compared after folding case,
accents and punctuation, so "N.º de IVA", "n° IVA" and "NO DE IVA" meet.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from consortium_planner.domain.text import fold
from consortium_planner.domain.vocab import ORGANISATION_FIELDS

# A column meaning "non-profit" carries the profit field inverted; the plan turns it around.
NON_PROFIT = "non_profit"
MAPPABLE_FIELDS: tuple[str, ...] = (*ORGANISATION_FIELDS, NON_PROFIT)
IGNORE = "ignore"
HEADER_SEARCH_ROWS = 30

# Synonyms per field, English, French, German, Spanish, Italian, Polish, Portuguese, Dutch.
# Written as people type them; they are normalised once at import time.
FIELD_SYNONYMS: dict[str, list[str]] = {
    "legal_name": [
        "Legal name", "Organisation name", "Organization name", "Name of organisation",
        "Name of organization", "Organisation", "Organization", "Company", "Company name",
        "Legal entity name", "Entity", "Name", "Partner", "Partner name", "Member", "Beneficiary",
        "Institution",
        "Raison sociale", "Nom", "Nom de l'organisation", "Nom de l'organisme", "Organisme",
        "Dénomination", "Dénomination sociale", "Nom légal", "Entreprise", "Société",
        "Name der Organisation", "Organisationsname", "Firmenname", "Firma", "Unternehmen",
        "Einrichtung", "Institution", "Rechtlicher Name", "Offizieller Name",
        "Razón social", "Nombre", "Nombre de la organización", "Nombre legal", "Organización",
        "Empresa", "Entidad", "Denominación social",
        "Ragione sociale", "Denominazione", "Nome", "Nome dell'organizzazione",
        "Organizzazione", "Azienda", "Impresa", "Ente",
        "Nazwa", "Nazwa organizacji", "Nazwa firmy", "Pełna nazwa", "Nazwa instytucji",
        "Organizacja", "Firma", "Przedsiębiorstwo",
        "Denominação social", "Nome da organização", "Nome legal", "Organização", "Entidade",
        "Naam", "Naam organisatie", "Naam van de organisatie", "Organisatie", "Bedrijf",
        "Bedrijfsnaam", "Statutaire naam", "Juridische naam",
    ],
    "short_name": [
        "Short name", "Acronym", "Abbreviation", "Short title",
        "Nom court", "Acronyme", "Sigle", "Nom abrégé",
        "Kurzname", "Kurzbezeichnung", "Akronym", "Abkürzung",
        "Nombre corto", "Acrónimo", "Siglas", "Abreviatura",
        "Nome breve", "Acronimo", "Sigla", "Nome abbreviato",
        "Nazwa skrócona", "Skrót", "Akronim",
        "Nome abreviado", "Nome curto", "Acrónimo", "Sigla",
        "Korte naam", "Afkorting", "Acroniem",
    ],
    "pic": [
        "PIC", "PIC number", "PIC code", "Participant identification code", "PIC no",
        "Participant ID", "Code PIC", "Numéro PIC", "PIC-Nummer", "Número PIC", "Codice PIC",
        "Numer PIC", "Kod PIC", "Número de PIC", "PIC-nummer", "PIC nr",
    ],
    "vat": [
        "VAT", "VAT number", "VAT no", "VAT ID", "VAT code", "VAT registration number",
        "Tax ID", "Tax number", "VAT identification number",
        "TVA", "N° TVA", "Numéro de TVA", "Numéro TVA", "Numéro de TVA intracommunautaire",
        "TVA intracommunautaire", "N° TVA intracommunautaire",
        "USt-IdNr", "USt-IdNr.", "USt-ID", "Umsatzsteuer-ID", "Umsatzsteuer-Identifikationsnummer",
        "UID", "UID-Nummer", "Steuernummer", "MwSt-Nummer",
        "NIF", "CIF", "NIF-IVA", "Número de IVA", "Número IVA", "N.º de IVA", "Nº IVA",
        "Partita IVA", "P. IVA", "P.IVA", "Codice fiscale", "Numero di partita IVA",
        "NIP", "Numer NIP", "NIP UE", "Numer VAT", "VAT UE", "Numer identyfikacji podatkowej",
        "NIPC", "Número de contribuinte", "N.º de contribuinte", "Contribuinte",
        "BTW", "BTW-nummer", "BTW nummer", "BTW-nr", "BTW-identificatienummer", "Ondernemingsnummer",
    ],
    "org_type": [
        "Organisation type", "Organization type", "Type of organisation", "Type of organization",
        "Type", "Entity type", "Legal status", "Category", "Partner type", "Type of entity",
        "Type d'organisation", "Type d'organisme", "Statut juridique", "Catégorie",
        "Organisationstyp", "Art der Organisation", "Typ", "Organisationsart", "Rechtsstatus",
        "Kategorie", "Einrichtungstyp",
        "Tipo de organización", "Tipo de entidad", "Tipo", "Categoría", "Estatuto jurídico",
        "Tipo di organizzazione", "Tipologia", "Tipo di ente", "Categoria", "Natura giuridica",
        "Typ organizacji", "Rodzaj organizacji", "Rodzaj podmiotu", "Typ podmiotu", "Status prawny",
        "Kategoria",
        "Tipo de organização", "Tipo de entidade", "Natureza jurídica",
        "Type organisatie", "Soort organisatie", "Organisatietype", "Rechtsvorm", "Type",
    ],
    "profit": [
        "Profit", "For profit", "For-profit", "Profit making", "Profit-making", "Commercial",
        "But lucratif", "À but lucratif", "Lucratif",
        "Gewinnorientiert", "Gewinnorientierung", "Kommerziell",
        "Con ánimo de lucro", "Ánimo de lucro", "Lucrativo",
        "A scopo di lucro", "Scopo di lucro", "Lucrativo",
        "Nastawiona na zysk", "Działalność zarobkowa", "Komercyjny",
        "Com fins lucrativos", "Fins lucrativos", "Lucrativa",
        "Winstgevend", "Met winstoogmerk", "Winstoogmerk", "Commercieel",
    ],
    NON_PROFIT: [
        "Non-profit", "Non profit", "Not for profit", "Not-for-profit", "Nonprofit",
        "Non-profit organisation", "Non-profit legal entity",
        "Sans but lucratif", "À but non lucratif", "But non lucratif",
        "Gemeinnützig", "Gemeinnützigkeit", "Nicht gewinnorientiert",
        "Sin ánimo de lucro", "Sin fines de lucro",
        "Senza scopo di lucro", "No profit", "Non a scopo di lucro",
        "Non-profit", "Niekomercyjny", "Organizacja non-profit", "Nienastawiona na zysk",
        "Sem fins lucrativos",
        "Zonder winstoogmerk", "Non-profit",
    ],
    "staff_headcount": [
        "Staff", "Staff headcount", "Headcount", "Employees", "Number of employees", "No of employees",
        "Staff number", "Number of staff", "Workforce", "Staff (AWU)", "AWU", "FTE",
        "Effectif", "Effectifs", "Nombre de salariés", "Nombre d'employés", "Salariés",
        "Mitarbeiter", "Mitarbeitende", "Anzahl Mitarbeiter", "Beschäftigte", "Anzahl der Beschäftigten",
        "Mitarbeiterzahl",
        "Empleados", "Número de empleados", "Plantilla", "Nº de empleados", "Trabajadores",
        "Dipendenti", "Numero di dipendenti", "Numero dipendenti", "Addetti", "Organico",
        "Pracownicy", "Liczba pracowników", "Zatrudnienie", "Liczba zatrudnionych",
        "Funcionários", "Número de funcionários", "Trabalhadores", "Número de trabalhadores",
        "Efetivos", "Colaboradores",
        "Medewerkers", "Aantal medewerkers", "Werknemers", "Aantal werknemers", "Personeel",
        "Personeelsbestand",
    ],
    "turnover": [
        "Turnover", "Annual turnover", "Revenue", "Revenues", "Annual revenue", "Sales",
        "Turnover (EUR)", "Turnover EUR",
        "Chiffre d'affaires", "CA", "Chiffre d'affaires annuel",
        "Umsatz", "Jahresumsatz", "Umsatzerlöse",
        "Volumen de negocio", "Volumen de negocios", "Facturación", "Cifra de negocios",
        "Ingresos", "Facturación anual",
        "Fatturato", "Fatturato annuo", "Volume d'affari",
        "Obrót", "Obroty", "Przychody", "Przychód", "Roczny obrót", "Przychody ze sprzedaży",
        "Volume de negócios", "Faturação", "Faturamento", "Volume de negócios anual",
        "Omzet", "Jaaromzet",
    ],
    "balance_sheet": [
        "Balance sheet", "Balance sheet total", "Total assets", "Balance-sheet total",
        "Total du bilan", "Total bilan", "Bilan",
        "Bilanzsumme", "Bilanz",
        "Balance general", "Total del balance", "Balance", "Activo total",
        "Totale di bilancio", "Totale bilancio", "Bilancio", "Totale attivo",
        "Suma bilansowa", "Bilans", "Aktywa ogółem",
        "Balanço", "Total do balanço", "Balanço total", "Ativo total",
        "Balanstotaal", "Balans", "Totaal activa",
    ],
    "sme_class": [
        "SME class", "SME status", "SME category", "Enterprise size", "Company size", "Size",
        "SME", "Size class",
        "Catégorie PME", "Taille", "Taille de l'entreprise", "Statut PME",
        "KMU-Status", "KMU-Klasse", "Unternehmensgröße", "Größenklasse", "KMU Kategorie",
        "Categoría PYME", "Tamaño", "Tamaño de la empresa", "Estatuto PYME",
        "Categoria PMI", "Dimensione", "Dimensione aziendale", "Dimensione d'impresa",
        "Wielkość przedsiębiorstwa", "Status MŚP", "Kategoria MŚP", "Wielkość",
        "Categoria PME", "Dimensão", "Dimensão da empresa", "Estatuto PME",
        "MKB-status", "Bedrijfsgrootte", "Grootte", "MKB-categorie",
    ],
    "country": [
        "Country", "Country code", "Country of establishment", "Country of registration", "Nation",
        "Pays", "Code pays", "Pays d'établissement",
        "Land", "Staat", "Ländercode", "Sitzland",
        "País", "Código de país", "Pais",
        "Paese", "Nazione", "Stato", "Codice paese",
        "Kraj", "Kod kraju", "Państwo",
        "País", "Código do país",
        "Land", "Landcode",
    ],
    "nuts2": [
        "NUTS 2", "NUTS2", "NUTS", "NUTS code", "NUTS region", "NUTS 2 region", "NUTS 2 code",
        "Region", "Region code",
        "Région", "Code NUTS", "Région NUTS 2",
        "Region", "NUTS-Region", "NUTS-Code",
        "Región", "Código NUTS", "Región NUTS 2",
        "Regione", "Codice NUTS", "Regione NUTS 2",
        "Region", "Kod NUTS", "Region NUTS 2", "Województwo",
        "Região", "Código NUTS", "Região NUTS 2",
        "Regio", "NUTS-code", "Provincie",
    ],
    "address": [
        "Address", "Street", "Street address", "Postal address", "Address line 1", "Registered address",
        "Adresse", "Rue", "Adresse postale", "Adresse du siège",
        "Anschrift", "Straße", "Strasse", "Straße und Hausnummer", "Adresse",
        "Dirección", "Calle", "Domicilio", "Dirección postal",
        "Indirizzo", "Via", "Sede legale", "Indirizzo sede legale",
        "Adres", "Ulica", "Adres siedziby",
        "Morada", "Endereço", "Rua", "Sede",
        "Adres", "Straat", "Straatnaam", "Vestigingsadres", "Postadres",
    ],
    "city": [
        "City", "Town", "Locality", "Municipality",
        "Ville", "Localité", "Commune",
        "Stadt", "Ort", "Gemeinde", "Wohnort",
        "Ciudad", "Localidad", "Municipio", "Población",
        "Città", "Comune", "Località",
        "Miasto", "Miejscowość", "Gmina",
        "Cidade", "Localidade", "Concelho",
        "Stad", "Plaats", "Woonplaats", "Gemeente",
    ],
    "postcode": [
        "Postcode", "Post code", "Postal code", "ZIP", "ZIP code", "Postcode/ZIP",
        "Code postal", "CP",
        "PLZ", "Postleitzahl",
        "Código postal", "C.P.",
        "CAP", "Codice postale", "Codice di avviamento postale",
        "Kod pocztowy",
        "Código postal",
        "Postcode", "Postnummer",
    ],
    "website": [
        "Website", "Web site", "Web", "URL", "Homepage", "Web address", "Internet",
        "Site web", "Site internet", "Site",
        "Webseite", "Internetseite", "Internetadresse", "Web-Adresse",
        "Sitio web", "Página web", "Web",
        "Sito web", "Sito internet", "Sito",
        "Strona www", "Strona internetowa", "WWW", "Adres strony",
        "Sítio web", "Site", "Página de internet",
        "Webadres", "Internetadres",
    ],
    "contact_name": [
        "Contact", "Contact person", "Contact name", "Main contact", "Contact person name",
        "Representative",
        "Personne de contact", "Nom du contact", "Interlocuteur", "Responsable",
        "Kontakt", "Ansprechpartner", "Ansprechpartnerin", "Kontaktperson", "Ansprechperson",
        "Persona de contacto", "Contacto", "Nombre del contacto",
        "Referente", "Persona di contatto", "Contatto", "Nome del referente",
        "Osoba kontaktowa", "Kontakt", "Imię i nazwisko", "Osoba do kontaktu",
        "Pessoa de contacto", "Pessoa de contato", "Contacto", "Contato",
        "Contactpersoon", "Contact", "Naam contactpersoon",
    ],
    "email": [
        "E-mail", "Email", "E-mail address", "Email address", "Mail", "Contact e-mail",
        "Contact email", "Contact person e-mail", "Contact person email",
        "Courriel", "Adresse e-mail", "Adresse électronique", "Mél", "Adresse mail",
        "E-Mail", "E-Mail-Adresse", "Mailadresse",
        "Correo electrónico", "Correo", "Email de contacto", "Dirección de correo electrónico",
        "Posta elettronica", "Indirizzo email", "Indirizzo e-mail", "Mail",
        "Adres e-mail", "Adres email", "Poczta elektroniczna",
        "Correio eletrónico", "Correio eletrônico", "Endereço de email", "Endereço de e-mail",
        "E-mailadres", "Emailadres",
    ],
    "phone": [
        "Phone", "Telephone", "Phone number", "Tel", "Tel.", "Mobile", "Contact phone",
        "Téléphone", "Tél", "Numéro de téléphone",
        "Telefon", "Telefonnummer", "Tel.-Nr.", "Handy",
        "Teléfono", "Número de teléfono", "Móvil",
        "Telefono", "Numero di telefono", "Cellulare",
        "Telefon", "Numer telefonu", "Tel. kom.",
        "Telefone", "Telemóvel", "Número de telefone",
        "Telefoon", "Telefoonnummer", "Mobiel",
    ],
    "clusters": [
        "Clusters", "Cluster", "Cluster membership", "Cluster memberships", "Member of clusters",
        "Pôles", "Pôle de compétitivité", "Appartenance aux clusters",
        "Cluster-Mitgliedschaft", "Clustermitgliedschaft", "Netzwerke",
        "Clústeres", "Clúster", "Pertenencia a clústeres",
        "Cluster di appartenenza", "Distretti",
        "Klastry", "Klaster", "Członkostwo w klastrach",
        "Clusters de pertença",
        "Clusterlidmaatschap", "Clusters",
    ],
    "notes": [
        "Notes", "Note", "Comments", "Comment", "Remarks", "Description",
        "Remarques", "Commentaires", "Commentaire",
        "Bemerkungen", "Anmerkungen", "Kommentar", "Notizen", "Hinweise",
        "Notas", "Observaciones", "Comentarios",
        "Note", "Osservazioni", "Commenti",
        "Uwagi", "Komentarz", "Notatki",
        "Observações", "Comentários",
        "Opmerkingen", "Notities", "Toelichting",
    ],
}

# Single words that mean too many things to be matched inside a longer header.
_EXACT_ONLY = frozenset({
    "name", "nom", "nombre", "nome", "naam", "nazwa", "type", "typ", "tipo", "land", "site", "web",
    "sito", "mail", "tel", "via", "ort", "cp", "ca", "cap", "uid", "sede", "size", "note", "ente",
    "firma", "partner", "member", "entity", "balance", "bilan", "bilans", "balans", "cluster",
    "sme", "region", "regio", "contact", "kontakt", "contacto", "contato", "internet", "www",
    "category", "categoria", "kategoria", "catégorie", "categoría", "kategorie", "stato", "staat",
    "organisation", "organization", "company", "institution", "empresa", "impresa",
})


def normalise_header(text: object) -> str:
    """Fold a header for comparison: case, accents, punctuation and spacing do not count."""
    if text is None:
        return ""
    return _normalise_header(str(text))


@lru_cache(maxsize=4096)
def _normalise_header(text: str) -> str:
    text = _NON_ALNUM.sub(" ", fold(text).replace("°", "o"))
    # "N.º", "N°" and "Nº" are all "number": fold them to one spelling.
    return _NUMERO.sub("no", " ".join(text.split()))


_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_NUMERO = re.compile(r"\bn o\b")
_PARENTHESES = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def _build_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for field_name, synonyms in FIELD_SYNONYMS.items():
        for synonym in (field_name.replace("_", " "), *synonyms):
            key = normalise_header(synonym)
            index.setdefault(key, field_name)
    return index


SYNONYM_INDEX: dict[str, str] = _build_index()
_PHRASES: tuple[tuple[str, str], ...] = tuple(
    sorted(((key, fld) for key, fld in SYNONYM_INDEX.items() if key not in _EXACT_ONLY),
           key=lambda item: -len(item[0]))
)
# Position in `_PHRASES` of each phrase, by its first word: a phrase can only occur in a header
# holding that word, so a header is compared with a handful of phrases instead of hundreds.
_PHRASES_BY_FIRST_WORD: dict[str, list[int]] = {}
for _position, (_phrase, _) in enumerate(_PHRASES):
    _PHRASES_BY_FIRST_WORD.setdefault(_phrase.split(" ")[0], []).append(_position)
del _position, _phrase


@lru_cache(maxsize=4096)
def match_header(header: str) -> tuple[str | None, float]:
    """The field a header names and how sure the match is (1.0 exact, 0.75 by a phrase inside).

    A header containing phrases of two different fields ("Contact person e-mail", when not listed
    itself) is left unmapped rather than guessed.
    """
    key = normalise_header(header)
    if not key:
        return None, 0.0
    if key in SYNONYM_INDEX:
        return SYNONYM_INDEX[key], 1.0
    bare = normalise_header(_PARENTHESES.sub(" ", str(header)))
    if bare and bare in SYNONYM_INDEX:
        return SYNONYM_INDEX[bare], 1.0
    padded = f" {key} "
    found: set[str] = set()
    positions = sorted(position for word in set(padded.split(" "))
                       for position in _PHRASES_BY_FIRST_WORD.get(word, ()))
    for phrase, field_name in map(_PHRASES.__getitem__, positions):
        if f" {phrase} " in padded:
            found.add(field_name)
            padded = padded.replace(f" {phrase} ", " | ")
    if len(found) == 1:
        return found.pop(), 0.75
    return None, 0.0


@dataclass
class HeaderMapping:
    """Which column feeds which field, and what was left out and why."""

    columns: dict[int, str] = field(default_factory=dict)
    unmapped: list[tuple[int, str]] = field(default_factory=list)
    # A later column naming a field already taken: (index, header, field). The first one wins.
    duplicates: list[tuple[int, str, str]] = field(default_factory=list)
    ignored: list[tuple[int, str]] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)
    score: float = 0.0
    # 2 when a merged group heading row sits above the sub-headers ("Contact" over "E-mail").
    header_rows: int = 1

    @property
    def fields(self) -> set[str]:
        return set(self.columns.values())


def parse_override(text: str) -> tuple[str, str]:
    """Split a command-line "Header=field" into its parts; raise ValueError on a bad field."""
    header, sep, field_name = text.rpartition("=")
    if not sep or not header.strip():
        raise ValueError(f"“{text}” is not of the form Header=field.")
    return header.strip(), check_override_field(field_name)


def check_override_field(field_name: str) -> str:
    """Return the canonical field for an override, "" meaning drop the column."""
    cleaned = field_name.strip().lower().replace("-", "_").replace(" ", "_")
    if cleaned in ("", IGNORE):
        return ""
    if cleaned not in MAPPABLE_FIELDS:
        raise ValueError(
            f"“{field_name}” is not an organisation field. Use one of: "
            + ", ".join(MAPPABLE_FIELDS) + ", or “ignore”."
        )
    return cleaned


def normalise_overrides(overrides: Mapping[str, str] | None) -> dict[str, str]:
    """Key overrides by normalised header so they match the way synonyms do."""
    return {normalise_header(header): check_override_field(fld)
            for header, fld in (overrides or {}).items()}


def map_headers(
    headers: Sequence[object],
    overrides: Mapping[str, str] | None = None,
    *,
    group_headings: Sequence[object] | None = None,
) -> HeaderMapping:
    """Map header cells to fields; user overrides win over synonyms.

    `group_headings` gives each column's heading from the row above (merged cells already
    spread rightwards); a sub-header that means nothing alone, or more with its heading ("Name"
    under "Contact"), is read with its heading in front.
    """
    wanted = normalise_overrides(overrides)
    mapping = HeaderMapping(headers=[_header_text(h) for h in headers])
    headings = [_header_text(h) for h in group_headings] if group_headings is not None else []
    for index, header in enumerate(mapping.headers):
        key = normalise_header(header)
        heading = headings[index] if index < len(headings) else ""
        grouped = normalise_header(f"{heading} {header}") if heading and key else ""
        if key in wanted or grouped in wanted:
            field_name = wanted[key] if key in wanted else wanted[grouped]
            certainty = 1.0
            if not field_name:
                mapping.ignored.append((index, header))
                continue
        elif not key:
            continue
        elif grouped in SYNONYM_INDEX and grouped != key:
            field_name, certainty = SYNONYM_INDEX[grouped], 1.0
        else:
            field_name, certainty = match_header(header)
            if grouped and certainty < 1.0:
                combined, combined_certainty = match_header(f"{heading} {header}")
                if combined and combined_certainty >= certainty:
                    field_name, certainty = combined, combined_certainty
            if field_name is None:
                mapping.unmapped.append((index, header))
                continue
        if field_name in mapping.columns.values() or (
            field_name in ("profit", NON_PROFIT)
            and {"profit", NON_PROFIT} & set(mapping.columns.values())
        ):
            mapping.duplicates.append((index, header, field_name))
            continue
        mapping.columns[index] = field_name
        mapping.score += certainty
    return mapping


def _header_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _forward_fill(cells: Sequence[object]) -> list[str]:
    """Spread a merged heading over the blank cells to its right, as the eye reads it."""
    filled: list[str] = []
    current = ""
    for cell in cells:
        text = _header_text(cell)
        if text:
            current = text
        filled.append(current)
    return filled


def layout_key(headers: Iterable[object]) -> str:
    """A stable key for a header layout, so the app can remember the user's mapping for it."""
    keys = [normalise_header(h) for h in headers]
    while keys and not keys[-1]:
        keys.pop()
    return hashlib.sha256("\x1f".join(keys).encode("utf-8")).hexdigest()[:32]


@dataclass
class HeaderMatch:
    """Where the header was found: sheet index, row index within the sheet, and its mapping."""

    sheet_index: int
    row_index: int
    mapping: HeaderMapping


def find_header_row(
    rows: Sequence[Sequence[object]],
    overrides: Mapping[str, str] | None = None,
    *,
    search_rows: int = HEADER_SEARCH_ROWS,
) -> tuple[int, HeaderMapping] | None:
    """The row among the first `search_rows` that maps the most fields; ties go to the higher.

    A row must map at least two fields, or the legal name, to count as a header.
    """
    best: tuple[int, HeaderMapping] | None = None
    previous: Sequence[object] | None = None
    for index, row in enumerate(rows[:search_rows]):
        if not any(cell not in (None, "") for cell in row):
            continue
        headings = _forward_fill(previous) if previous is not None else None
        candidates = [map_headers(row, overrides, group_headings=headings)]
        if index + 1 < len(rows):
            two_rows = _two_row_mapping(row, rows[index + 1], overrides)
            if two_rows is not None:
                candidates.append(two_rows)
        for mapping in candidates:
            if _qualifies(mapping) and (best is None or mapping.score > best[1].score):
                best = (index, mapping)
        previous = row
    return best


def _two_row_mapping(
    top: Sequence[object], sub: Sequence[object], overrides: Mapping[str, str] | None
) -> HeaderMapping | None:
    """Read `top` and `sub` as one header when `sub` has text under a merged (blank) top cell.

    Columns with nothing in `sub` keep their top header; the others read "heading / sub-header".
    Only kept when it maps more than either row alone, so a title line over a header is not
    taken for a group heading.
    """
    width = max(len(top), len(sub))
    top_texts = [_header_text(top[i]) if i < len(top) else "" for i in range(width)]
    sub_texts = [_header_text(sub[i]) if i < len(sub) and isinstance(sub[i], str) else ""
                 for i in range(width)]
    if not any(s and not t for s, t in zip(sub_texts, top_texts)):
        return None
    filled = _forward_fill(top_texts)
    combined = [s or t for s, t in zip(sub_texts, top_texts)]
    headings = [filled[i] if sub_texts[i] else "" for i in range(width)]
    mapping = map_headers(combined, overrides, group_headings=headings)
    mapping.headers = [
        f"{headings[i]} / {combined[i]}" if headings[i] and headings[i] != combined[i]
        else combined[i] for i in range(width)
    ]
    mapping.unmapped = [(i, mapping.headers[i]) for i, _ in mapping.unmapped]
    mapping.duplicates = [(i, mapping.headers[i], f) for i, _, f in mapping.duplicates]
    mapping.ignored = [(i, mapping.headers[i]) for i, _ in mapping.ignored]
    mapping.header_rows = 2
    alone = max(map_headers(top, overrides).score, map_headers(sub, overrides).score)
    return mapping if mapping.score > alone else None


def _qualifies(mapping: HeaderMapping) -> bool:
    return len(mapping.columns) >= 2 or "legal_name" in mapping.fields


def find_header(
    sheets: Sequence[tuple[Sequence[Sequence[object]], bool]],
    overrides: Mapping[str, str] | None = None,
) -> HeaderMatch | None:
    """Pick the sheet whose header maps best; a hidden sheet is used only when no visible one has
    a header, since hidden sheets hold lookups and template metadata more often than data."""
    for want_hidden in (False, True):
        best: HeaderMatch | None = None
        for sheet_index, (rows, hidden) in enumerate(sheets):
            if hidden != want_hidden:
                continue
            found = find_header_row(rows, overrides)
            if found and (best is None or found[1].score > best.mapping.score):
                best = HeaderMatch(sheet_index, found[0], found[1])
        if best is not None:
            return best
    return None
