"""Write the QA corpus: organisation lists as cluster offices, SMEs, CORDIS and other tools make
them, each in the layout, language and encoding it comes in from the field (see README.md here).

Run `python tests/importing/corpus_qa/make_corpus.py OUT_DIR` to write every file into OUT_DIR;
tests call `write(kind, folder)` for the one they need. The files are made with csv and
openpyxl (the .ods by hand, as LibreOffice writes it), so they are the same on every run.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

NBSP = "\u00a0"
NNBSP = "\u202f"  # Excel's French thousands separator


def _csv_text(rows: list[list[str]], delimiter: str, quoting: int = csv.QUOTE_MINIMAL,
              lineterminator: str = "\r\n") -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, quoting=quoting,
               lineterminator=lineterminator).writerows(rows)
    return buffer.getvalue()


# --- hand-made member lists in local layouts ----------------------------------------------------


def de_cp1252_semicolon(folder: Path) -> Path:
    """A German cluster office's list saved by German Excel as "CSV (Trennzeichen-getrennt)":
    Windows-1252, `;`, a title line and a blank line above the header, a blank row in the middle,
    German numbers and dates, a totals row at the end."""
    rows = [
        ["Mitgliederliste Cluster Kunststoff Süd – Stand 03/2024", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Firmenname", "Straße", "PLZ", "Ort", "Land", "USt-IdNr.", "Mitarbeiter",
         "Umsatz (€)"],
        ["Müller Kunststofftechnik GmbH", "Industriestraße 12", "73033", "Göppingen",
         "Deutschland", "DE 136 695 976", "48", "7.450.000,00"],
        ["Schäfer & Söhne KG", "Hauptstr. 5", "89073", "Ulm", "Deutschland", "", "12",
         "1.250.500,50"],
        ["", "", "", "", "", "", "", ""],
        ["Österreichische Polymer GmbH", "Linzer Straße 1", "4020", "Linz", "Österreich",
         "ATU13585627", "230", "45.000.000"],
        ["Summe", "", "", "", "", "", "290", "53.700.500,50"],
    ]
    path = folder / "de_mitglieder_cp1252.csv"
    path.write_bytes(_csv_text(rows, ";").encode("cp1252"))
    return path


def fr_utf8_bom_semicolon(folder: Path) -> Path:
    """A French list from Excel's "CSV UTF-8": a BOM, `;`, an address over two lines in quotes,
    amounts with a narrow no-break space and the euro sign, dates dd/mm/yyyy."""
    rows = [
        ["Raison sociale", "Adresse", "Code postal", "Ville", "Pays", "N° TVA intracommunautaire",
         "Effectif", "Chiffre d'affaires", "Date de création", "Courriel"],
        ["Société Générale d'Usinage SAS", "12, rue de l'Église\nZone artisanale", "69007",
         "Lyon", "France", "FR40303265045", "35", f"4{NNBSP}250{NNBSP}000,00{NBSP}€",
         "15/03/1998", "contact@sgu.fr"],
        ["Atelier Dupré SARL", "3 place du Marché", "42000", "Saint-Étienne", "France", "", "7",
         f"850{NBSP}000 €", "01/09/2015", "info@atelier-dupre.fr"],
        ["Cœur d'Alène Biotech", "Parc scientifique, bâtiment Ω", "1348", "Louvain-la-Neuve",
         "Belgique", "BE0403019261", "120", "12 000 000", "2001", "hello@cab.be"],
    ]
    path = folder / "fr_membres_utf8_bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + _csv_text(rows, ";").encode("utf-8"))
    return path


def pl_cp1250_semicolon(folder: Path) -> Path:
    """A Polish list saved by Polish Excel: Windows-1250, `;`, Polish headers and numbers."""
    rows = [
        ["Nazwa firmy", "Adres", "Kod pocztowy", "Miasto", "Kraj", "NIP", "Liczba pracowników",
         "Przychód (PLN)"],
        ["Zakład Mechaniczny Łódź Sp. z o.o.", "ul. Piotrkowska 104", "90-926", "Łódź",
         "Polska", "PL7251801126", "55", "12 345 678,90"],
        ["Przedsiębiorstwo Świętokrzyskie S.A.", "ul. Żeromskiego 3", "25-001", "Kielce",
         "Polska", "", "250", "98 000 000"],
    ]
    path = folder / "pl_czlonkowie_cp1250.csv"
    path.write_bytes(_csv_text(rows, ";").encode("cp1250"))
    return path


def fr_mac_roman(folder: Path) -> Path:
    """A French member's list from Excel on a Mac, "CSV (Comma delimited)": Mac Roman, `;`."""
    rows = [
        ["Raison sociale", "Pays", "Ville"],
        ["Société Générale d'Usinage", "France", "Besançon"],
        ["Café Crème SARL", "France", "Périgueux"],
        ["Müller Maschinenbau GmbH", "Allemagne", "Göppingen"],
    ]
    path = folder / "fr_membres_mac.csv"
    path.write_bytes(_csv_text(rows, ";").encode("mac_roman"))
    return path


def it_utf16_tab(folder: Path) -> Path:
    """Italian members from Excel's "Unicode text": UTF-16 LE with a BOM, tab-separated."""
    rows = [
        ["Ragione sociale", "Partita IVA", "Indirizzo", "CAP", "Città", "Paese", "Dipendenti",
         "Fatturato"],
        ["Meccanica Città di Castello S.r.l.", "IT00743110157", "Via Roma 1", "06012",
         "Città di Castello", "Italia", "40", "€ 3.200.000,00"],
        ["Officine Però & Figli S.p.A.", "", "Corso Garibaldi 22", "20121", "Milano", "Italia",
         "310", "€ 52.000.000,00"],
    ]
    path = folder / "it_soci_utf16.txt"
    path.write_bytes(b"\xff\xfe" + _csv_text(rows, "\t").encode("utf-16-le"))
    return path


def el_cp1253_semicolon(folder: Path) -> Path:
    """A Greek cluster's list saved by Greek Excel as CSV: Windows-1253, `;`, Greek headers."""
    rows = [
        ["Επωνυμία", "ΑΦΜ", "Διεύθυνση", "Πόλη", "Χώρα", "Email"],
        ["Ελληνική Μηχανική Α.Ε.", "EL094014201", "Λεωφόρος Κηφισίας 10", "Αθήνα", "Ελλάδα",
         "info@elmech.gr"],
        ["Θεσσαλική Τεχνολογία Ι.Κ.Ε.", "", "Οδός Ερμού 5", "Λάρισα", "Ελλάδα",
         "office@thestech.gr"],
    ]
    path = folder / "el_meli_cp1253.csv"
    path.write_bytes(_csv_text(rows, ";").encode("cp1253"))
    return path


def bg_cp1251_semicolon(folder: Path) -> Path:
    """A Bulgarian cluster's list saved by Bulgarian Excel as CSV: Windows-1251, `;`."""
    rows = [
        ["Наименование", "ЕИК", "Адрес", "Град", "Държава", "Email"],
        ["Българска Машиностроителна Компания ЕООД", "BG175074752", "бул. Витоша 1",
         "София", "България", "office@bmk.bg"],
        ["Пловдивски Текстил АД", "", "ул. Главна 7", "Пловдив", "България", "info@ptex.bg"],
    ]
    path = folder / "bg_chlenove_cp1251.csv"
    path.write_bytes(_csv_text(rows, ";").encode("cp1251"))
    return path


def es_comma_quoted(folder: Path) -> Path:
    """A Spanish list from another tool: UTF-8 without BOM, `,`, every cell quoted, amounts
    "1.234,56" (so they hold the delimiter-free comma inside quotes), LF line ends."""
    rows = [
        ["Razón social", "CIF", "Dirección", "Código postal", "Ciudad", "País", "Empleados",
         "Facturación", "Web"],
        ["Ingeniería Navarra, S.L.", "ESB31123456", "Calle Mayor 3", "31001", "Pamplona",
         "España", "25", "2.500.000,75", "www.ingnavarra.es"],
        ["Cerámica Castellón S.A.", "", "Avda. del Mar 10", "12001", "Castellón de la Plana",
         "España", "140", "18.300.000,00", "https://ceramicacs.es"],
    ]
    path = folder / "es_socios_comma.csv"
    path.write_bytes(_csv_text(rows, ",", csv.QUOTE_ALL, "\n").encode("utf-8"))
    return path


def es_xlsx_layout(folder: Path) -> Path:
    """A Spanish workbook as an office lays it out: a title, a merged group heading above the
    header, a hidden column, a blank row in the middle, formulas, a totals row."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Socios 2024"
    sheet.append(["Listado de socios del clúster – actualizado"])
    sheet.merge_cells("A1:F1")
    sheet.append(["Datos de la empresa", None, None, "Ubicación", None, "Tamaño"])
    sheet.merge_cells("A2:C2")
    sheet.merge_cells("D2:E2")
    sheet.append(["Razón social", "NIF", "Interno", "Ciudad", "País", "Empleados",
                  "Facturación (€)"])
    sheet.append(["Textiles Alcoy S.L.", "ESB03123457", "ID-001", "Alcoy", "España", 30,
                  1850000.5])
    sheet.append([None] * 7)
    sheet.append(["Plásticos Vascos S.A.", "ESA48123459", "ID-002", "Bilbao", "España", 210,
                  31000000])
    sheet.append(["Total", None, None, None, None, "=SUM(F4:F6)", "=SUM(G4:G6)"])
    sheet.column_dimensions["C"].hidden = True
    workbook.save(folder / "es_socios_layout.xlsx")
    return folder / "es_socios_layout.xlsx"


def nl_xlsx_sheets(folder: Path) -> Path:
    """A Dutch workbook: an instructions sheet first, the members on the second, real dates and
    numbers, a very long remarks cell."""
    import openpyxl

    workbook = openpyxl.Workbook()
    info = workbook.active
    info.title = "Toelichting"
    info.append(["Vul de gegevens van uw organisatie in op het tabblad Leden."])
    info.append(["Vragen? Mail naar secretariaat@cluster.nl"])
    members = workbook.create_sheet("Leden")
    members.append(["Naam organisatie", "BTW-nummer", "Adres", "Postcode", "Plaats", "Land",
                    "Oprichtingsdatum", "Aantal medewerkers", "Opmerkingen"])
    members.append(["Van der Berg Techniek B.V.", "NL004495445B01", "Kanaalweg 4", "3526 KL",
                    "Utrecht", "Nederland", dt.datetime(2004, 5, 17), 18,
                    "Lid sinds 2010. " * 400])
    members.append(["Groningse Energie Coöperatie U.A.", "", "Zernikelaan 1", "9747 AA",
                    "Groningen", "Nederland", dt.datetime(2016, 1, 1), 6, ""])
    workbook.save(folder / "nl_leden_sheets.xlsx")
    return folder / "nl_leden_sheets.xlsx"


def de_xlsx_units(folder: Path) -> Path:
    """A German office's workbook whose titles give the unit: turnover in millions, balance
    sheet in thousands (TEUR), as numbers; the Austrian member's as text."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Mitglieder"
    sheet.append(["Firmenname", "Land", "Mitarbeiter", "Umsatz (Mio. €)",
                  "Bilanzsumme in TEUR"])
    sheet.append(["Alpha Maschinenbau GmbH", "DE", 120, 45.5, 30250])
    sheet.append(["Beta Elektronik GmbH", "AT", 40, "7,45", "1.200"])
    workbook.save(folder / "de_mitglieder_einheiten.xlsx")
    return folder / "de_mitglieder_einheiten.xlsx"


def en_xlsx_two_lists(folder: Path) -> Path:
    """A cluster office's workbook with a sheet per country, the country merged down the rows
    of its members on the first."""
    import openpyxl

    workbook = openpyxl.Workbook()
    first = workbook.active
    first.title = "Members DE"
    first.append(["Company", "Country", "City"])
    first.append(["Alpha GmbH", "Germany", "Berlin"])
    first.append(["Beta GmbH", None, "Munich"])
    first.append(["Gamma GmbH", None, "Hamburg"])
    first.merge_cells("B2:B4")
    second = workbook.create_sheet("Members FR")
    second.append(["Company", "Country", "City"])
    second.append(["Delta SARL", "France", "Lyon"])
    second.append(["Epsilon SA", "France", "Nice"])
    workbook.save(folder / "en_members_two_sheets.xlsx")
    return folder / "en_members_two_sheets.xlsx"


_ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def _ods_cell(value: object, span: int = 1) -> str:
    spanned = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, dt.date):
        return (f'<table:table-cell office:value-type="date" office:date-value="'
                f'{value.isoformat()}"{spanned}><text:p>{value:%d.%m.%Y}</text:p>'
                "</table:table-cell>")
    if isinstance(value, (int, float)):
        return (f'<table:table-cell office:value-type="float" office:value="{value}"{spanned}>'
                f"<text:p>{value}</text:p></table:table-cell>")
    return (f'<table:table-cell office:value-type="string"{spanned}><text:p>'
            f"{escape(str(value))}</text:p></table:table-cell>")


def de_ods_merged(folder: Path) -> Path:
    """A LibreOffice Calc list: a merged title across the columns, dates as date cells,
    repeated blank rows and columns as Calc pads a sheet."""
    rows = [
        "<table:table-row>" + _ods_cell("Netzwerk Mitglieder 2024", span=5)
        + '<table:covered-table-cell table:number-columns-repeated="4"/></table:table-row>',
        "<table:table-row>" + "".join(_ods_cell(v) for v in (
            "Organisation", "Land", "PIC", "Gründungsdatum", "Webseite")) + "</table:table-row>",
        "<table:table-row>" + "".join(_ods_cell(v) for v in (
            "Fraunhofer-Institut für Testzwecke", "DE", 999987352, dt.date(1949, 3, 26),
            "www.test.fraunhofer.de")) + "</table:table-row>",
        '<table:table-row table:number-rows-repeated="2"><table:table-cell '
        'table:number-columns-repeated="5"/></table:table-row>',
        "<table:table-row>" + "".join(_ods_cell(v) for v in (
            "Technische Universität Teststadt", "Deutschland", None, dt.date(1870, 10, 1),
            "https://tu-teststadt.de")) + "</table:table-row>",
        # the country merged down two members' rows, as Calc writes a vertical merge
        '<table:table-row>' + _ods_cell("Hochschule Testhausen") + '<table:table-cell '
        'office:value-type="string" table:number-rows-spanned="2"><text:p>AT</text:p>'
        '</table:table-cell><table:table-cell table:number-columns-repeated="3"/>'
        "</table:table-row>",
        "<table:table-row>" + _ods_cell("Testwerk Linz GmbH") + "<table:covered-table-cell/>"
        '<table:table-cell table:number-columns-repeated="3"/></table:table-row>',
        '<table:table-row table:number-rows-repeated="1048000"><table:table-cell '
        'table:number-columns-repeated="1024"/></table:table-row>',
    ]
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NS} '
               'office:version="1.2"><office:body><office:spreadsheet>'
               '<table:table table:name="Mitglieder">' + "".join(rows)
               + "</table:table></office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
                '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type='
                '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
                'manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    path = folder / "de_netzwerk_merged.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"),
                         "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path


# --- CORDIS open-data exports -------------------------------------------------------------------

CORDIS_ORG_HEADER = [
    "projectID", "projectAcronym", "organisationID", "vatNumber", "name", "shortName", "SME",
    "activityType", "street", "postCode", "city", "country", "nutsCode", "geolocation",
    "organizationURL", "contactForm", "contentUpdateDate", "rcn", "order", "role",
    "ecContribution", "netEcContribution", "totalCost", "endOfParticipation", "active",
]
CORDIS_ORG_ROWS = [
    ["101058589", "CIRCULARPLAST", "999992401", "EL090153025", "ETHNIKO KENTRO EREVNAS KAI "
     "TECHNOLOGIKIS ANAPTYXIS", "CERTH", "false", "REC", "CHARILAOU THERMI ROAD 6 KM", "57001",
     "THERMI THESSALONIKI", "EL", "EL522", "40.5681,22.9981", "", "", "2024-01-10 10:12:00",
     "1234567", "1", "coordinator", "1234567.5", "1234567.5", "1500000", "false", ""],
    ["101058589", "CIRCULARPLAST", "951234567", "", "ZAKLADY CHEMICZNE SPÓŁKA AKCYJNA", "", "true",
     "PRC", "UL. ŁÓDZKA 1", "90-001", "ŁÓDŹ", "PL", "PL711", "", "www.zch.pl", "", "",
     "1234567", "2", "participant", "250000", "250000", "357142.86", "false", ""],
    ["101070001", "GREENTEX", "999992401", "EL090153025", "ETHNIKO KENTRO EREVNAS KAI "
     "TECHNOLOGIKIS ANAPTYXIS", "CERTH", "false", "REC", "CHARILAOU THERMI ROAD 6 KM", "57001",
     "THERMI THESSALONIKI", "EL", "EL522", "", "", "", "", "1234568", "3", "participant",
     "300000", "300000", "300000", "false", ""],
]


def cordis_organization_csv(folder: Path) -> Path:
    """Horizon Europe's organization.csv as the open-data portal serves it: `;`, every field
    quoted, UTF-8 without BOM."""
    path = folder / "organization.csv"
    path.write_bytes(_csv_text([CORDIS_ORG_HEADER, *CORDIS_ORG_ROWS], ";", csv.QUOTE_ALL,
                               "\n").encode("utf-8"))
    return path


def cordis_organization_xlsx(folder: Path) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "organization"
    sheet.append(CORDIS_ORG_HEADER)
    for row in CORDIS_ORG_ROWS:
        sheet.append(row)
    workbook.save(folder / "organization.xlsx")
    return folder / "organization.xlsx"


def cordis_project_csv(folder: Path) -> Path:
    """CORDIS's project.csv (projects, not organisations): a file people pick by mistake."""
    header = ["id", "acronym", "status", "title", "startDate", "endDate", "totalCost",
              "ecMaxContribution", "legalBasis", "topics", "ecSignatureDate",
              "frameworkProgramme", "masterCall", "subCall", "fundingScheme", "nature",
              "objective", "contentUpdateDate", "rcn", "grantDoi"]
    rows = [["101058589", "CIRCULARPLAST", "SIGNED", "Circular plastics; a long title",
             "2022-09-01", "2026-08-31", "5000000", "4800000", "HORIZON.2.4", "HORIZON-CL4",
             "2022-06-20", "HORIZON", "HORIZON-CL4-2021", "HORIZON-CL4-2021-RESILIENCE-01",
             "HORIZON-RIA", "", "The project will\nreduce plastics.", "2024-01-10 10:12:00",
             "240001", "10.3030/101058589"]]
    path = folder / "project.csv"
    path.write_bytes(_csv_text([header, *rows], ";", csv.QUOTE_ALL, "\n").encode("utf-8"))
    return path


WRITERS: dict[str, Callable[[Path], Path]] = {
    "de_cp1252": de_cp1252_semicolon,
    "fr_bom": fr_utf8_bom_semicolon,
    "pl_cp1250": pl_cp1250_semicolon,
    "fr_mac": fr_mac_roman,
    "it_utf16": it_utf16_tab,
    "el_cp1253": el_cp1253_semicolon,
    "bg_cp1251": bg_cp1251_semicolon,
    "es_comma": es_comma_quoted,
    "es_xlsx": es_xlsx_layout,
    "nl_xlsx": nl_xlsx_sheets,
    "de_units": de_xlsx_units,
    "two_lists": en_xlsx_two_lists,
    "de_ods": de_ods_merged,
    "cordis_org_csv": cordis_organization_csv,
    "cordis_org_xlsx": cordis_organization_xlsx,
    "cordis_project_csv": cordis_project_csv,
}


def write(kind: str, folder: Path) -> Path:
    """Write the corpus file of this kind into `folder`; return its path."""
    return WRITERS[kind](folder)


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    target.mkdir(parents=True, exist_ok=True)
    for kind in WRITERS:
        print(write(kind, target))
