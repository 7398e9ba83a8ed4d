"""Member lists of the EU's other languages imported as their cluster offices send them: for each
of Bulgarian, Czech, Danish, Greek, Estonian, Finnish, Croatian, Hungarian, Lithuanian, Latvian,
Romanian, Slovak, Slovenian and Swedish a five-row list with its titles as the national
registers and offices write them ("ЕИК", "IČO", "Y-tunnus", "Adószám", "Organisationsnummer"),
every column mapped by its title without --map, and the types, sizes and yes/no answers read
(resources/words/*.toml). Maltese and Irish lists are written in English."""

from __future__ import annotations

import csv
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest

from consortium_planner.cli import main
from consortium_planner.importing.headers import locate_header
from consortium_planner.importing.readers import read_workbook


@dataclass(frozen=True)
class MemberList:
    """One office's list: titles, the field each must map to, five rows, and what is stored."""

    language: str
    country: str
    suffix: str  # ".xlsx" (written with openpyxl) or ".csv" (UTF-8, `;` as Excel writes it)
    titles: tuple[str, ...]
    fields: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    vat: tuple[str, ...]  # as stored
    fourth_type: str  # the fourth member's type (a research organisation or an association)


SME, UNI, LARGE = "sme", "higher_education", "large_enterprise"
# The sizes the lists give; where they leave it empty, the one the staff headcount gives alone
# (2,100 make a large organisation; 140 or 6 without the turnover say nothing).
SIZES = ("micro", "small", "large", None, "large")
# The members make, in order: a profit-making micro company, a small one, a university, a
# research organisation or association (non-profit) and a large company.
PROFIT = (True, True, False, False, True)

LISTS = (
    MemberList(
        "bg", "BG", ".csv",
        ("Наименование", "ЕИК", "Вид организация", "Размер на предприятието",
         "С нестопанска цел", "Брой служители", "Град", "Държава", "Лице за контакт", "Имейл"),
        ("legal_name", "vat", "org_type", "sme_class", "non_profit", "staff_headcount", "city",
         "country", "contact_name", "email"),
        (("Прецизна Механика Габрово ЕООД", "162275869", "МСП", "Микро", "Не", 8, "Габрово",
          "България", "Иван Петров", "office@precmech.bg"),
         ("Софтуерни Решения Варна ООД", "197402358", "Малко предприятие", "Малко", "Не", 35,
          "Варна", "България", "Мария Иванова", "info@softvarna.bg"),
         ("Технически университет – Габрово", "163469421", "Университет", "", "Да", 2100,
          "Габрово", "България", "Стефан Димитров", "rector@tugab.bg"),
         ("Асоциация на машиностроителния клъстер", "232931336", "Сдружение", "", "Да", 6,
          "Пловдив", "България", "Елена Тодорова", "cluster@amk.bg"),
         ("Тракия Глас България ЕАД", "422390037", "Голямо предприятие", "Голямо", "Не", 1600,
          "Търговище", "България", "Георги Иванов", "info@trakiaglass.bg")),
        ("BG162275869", "BG197402358", "BG163469421", "BG232931336", "BG422390037"),
        "association_ngo"),
    MemberList(
        "cs", "CZ", ".xlsx",
        ("Název firmy", "IČO", "Typ organizace", "Velikost podniku", "Nezisková organizace",
         "Počet zaměstnanců", "Ulice", "PSČ", "Město", "Země", "E-mailová adresa"),
        ("legal_name", "vat", "org_type", "sme_class", "non_profit", "staff_headcount",
         "address", "postcode", "city", "country", "email"),
        (("Strojírny Třebíč s.r.o.", "15262308", "Malý a střední podnik", "Mikropodnik", "Ne", 8,
          "Průmyslová 1281", "674 01", "Třebíč", "Česká republika", "info@strojirny-trebic.cz"),
         ("Sklárny Sázava s.r.o.", "52110478", "Malý podnik", "Malý", "Ne", 35, "Nádražní 12",
          "285 06", "Sázava", "Česká republika", "obchod@sklarny-sazava.cz"),
         ("Vysoké učení technické v Brně", "87832216", "Vysoká škola", "", "Ano", 2100,
          "Antonínská 548/1", "601 90", "Brno", "Česká republika", "vut@vut.cz"),
         ("Ústav fyziky materiálů AV ČR", "51554798", "Výzkumná organizace", "", "Ano", 140,
          "Žižkova 22", "616 00", "Brno", "Česká republika", "ufm@ipm.cz"),
         ("Česká zbrojovka a.s.", "87570629", "Velký podnik", "Velký", "Ne", 1600,
          "Svatopluka Čecha 1283", "688 01", "Uherský Brod", "Česká republika", "info@czub.cz")),
        ("CZ15262308", "CZ52110478", "CZ87832216", "CZ51554798", "CZ87570629"),
        "research_organisation"),
    MemberList(
        "da", "DK", ".csv",
        ("Virksomhedsnavn", "CVR-nummer", "Organisationstype", "Virksomhedsstørrelse",
         "Almennyttig", "Antal ansatte", "Adresse", "Postnr.", "By", "Land", "Kontaktperson",
         "Hjemmeside"),
        ("legal_name", "vat", "org_type", "sme_class", "non_profit", "staff_headcount",
         "address", "postcode", "city", "country", "contact_name", "website"),
        (("Nordisk Robotteknik ApS", "32555071", "SMV", "Mikrovirksomhed", "Nej", 8,
          "Havnegade 12", "5000", "Odense C", "Danmark", "Mette Jensen", "www.nordiskrobot.dk"),
         ("Jysk Metalstøberi A/S", "75090595", "Lille virksomhed", "Lille", "Nej", 35,
          "Industrivej 4", "7100", "Vejle", "Danmark", "Lars Nielsen", "www.jyskmetal.dk"),
         ("Syddansk Universitet", "10549434", "Universitet", "", "Ja", 2100, "Campusvej 55",
          "5230", "Odense M", "Danmark", "Anne Hansen", "www.sdu.dk"),
         ("Odense Robotics", "91847639", "Forening", "", "Ja", 6, "Forskerparken 10", "5230",
          "Odense M", "Danmark", "Søren Madsen", "www.odenserobotics.dk"),
         ("Danfoss A/S", "92891895", "Stor virksomhed", "Stor", "Nej", 1600, "Nordborgvej 81",
          "6430", "Nordborg", "Danmark", "Jens Pedersen", "www.danfoss.com")),
        ("DK32555071", "DK75090595", "DK10549434", "DK91847639", "DK92891895"),
        "association_ngo"),
    MemberList(
        "el", "EL", ".xlsx",
        ("Επωνυμία", "ΑΦΜ", "Τύπος φορέα", "Μέγεθος επιχείρησης", "Κερδοσκοπικός",
         "Αριθμός εργαζομένων", "Κύκλος εργασιών (€)", "Διεύθυνση", "ΤΚ", "Πόλη", "Χώρα",
         "Email"),
        ("legal_name", "vat", "org_type", "sme_class", "profit", "staff_headcount", "turnover",
         "address", "postcode", "city", "country", "email"),
        (("Ελληνική Μηχανική Α.Ε.", "937485860", "ΜμΕ", "Πολύ μικρή", "Ναι", 8, 950000,
          "Λεωφόρος Κηφισίας 12", "11526", "Αθήνα", "Ελλάδα", "info@elmech.gr"),
         ("Θεσσαλική Τεχνολογία Ι.Κ.Ε.", "830761951", "Μικρή επιχείρηση", "Μικρή", "ΝΑΙ", 35,
          4200000, "Οδός Ερμού 3", "41222", "Λάρισα", "Ελλάδα", "office@thestech.gr"),
         ("Πανεπιστήμιο Πατρών", "956709736", "Πανεπιστήμιο", "", "Όχι", 2100, None,
          "Πανεπιστημιούπολη Ρίου", "26504", "Πάτρα", "Ελλάδα", "rector@upatras.gr"),
         ("Ερευνητικό Κέντρο Αθηνά", "617031191", "Ερευνητικό κέντρο", "", "ΟΧΙ", 140, None,
          "Αρτέμιδος 6", "15125", "Μαρούσι", "Ελλάδα", "info@athenarc.gr"),
         ("Αλουμίνιο Βορείου Ελλάδος Α.Β.Ε.Ε.", "573119500", "Μεγάλη επιχείρηση", "ΜΕΓΑΛΗ",
          "Ναι", 1600, 310000000, "ΒΙΠΕ Σίνδου", "57022", "Θεσσαλονίκη", "Ελλάδα",
          "info@abe.gr")),
        ("EL937485860", "EL830761951", "EL956709736", "EL617031191", "EL573119500"),
        "research_organisation"),
    MemberList(
        "et", "EE", ".csv",
        ("Ärinimi", "KMKR number", "Organisatsiooni tüüp", "Ettevõtte suurus",
         "Mittetulunduslik", "Töötajate arv", "Käive (EUR)", "Aadress", "Linn", "Riik",
         "E-post"),
        ("legal_name", "vat", "org_type", "sme_class", "non_profit", "staff_headcount",
         "turnover", "address", "city", "country", "email"),
        (("Tallinna Masinatehas OÜ", "EE108034622", "VKE", "Mikroettevõte", "Ei", 8, 900000,
          "Peterburi tee 46", "Tallinn", "Eesti", "info@masinatehas.ee"),
         ("Tartu Biotehnoloogia OÜ", "EE103006684", "Väikeettevõte", "Väike", "Ei", 35, 5100000,
          "Riia 181a", "Tartu", "Eesti", "info@tartubio.ee"),
         ("Tallinna Tehnikaülikool", "EE100352373", "Ülikool", "", "Jah", 2100, None,
          "Ehitajate tee 5", "Tallinn", "Eesti", "taltech@taltech.ee"),
         ("Eesti Masinatööstuse Liit", "EE104946073", "Mittetulundusühing", "", "Jah", 6, None,
          "Mustamäe tee 4", "Tallinn", "Eesti", "emliit@emliit.ee"),
         ("Eesti Energia AS", "EE103916392", "Suurettevõte", "Suur", "Ei", 1600, 250000000,
          "Lelle 22", "Tallinn", "Eesti", "info@energia.ee")),
        ("EE108034622", "EE103006684", "EE100352373", "EE104946073", "EE103916392"),
        "association_ngo"),
    MemberList(
        "fi", "FI", ".xlsx",
        ("Yrityksen nimi", "Y-tunnus", "Organisaatiotyyppi", "Kokoluokka",
         "Voittoa tavoitteleva", "Henkilöstö", "Liikevaihto (EUR)", "Katuosoite", "Postinumero",
         "Postitoimipaikka", "Maa", "Yhteyshenkilö", "Sähköposti"),
        ("legal_name", "vat", "org_type", "sme_class", "profit", "staff_headcount", "turnover",
         "address", "postcode", "city", "country", "contact_name", "email"),
        (("Tampereen Konepaja Oy", "1309985-5", "PK-yritys", "Mikroyritys", "Kyllä", 8, 850000,
          "Hatanpään valtatie 30", "33100", "Tampere", "Suomi", "Matti Virtanen",
          "info@tkp.fi"),
         ("Oulun Ohjelmistot Oy", "8290336-8", "Pienyritys", "Pieni", "Kyllä", 35, 4800000,
          "Kauppurienkatu 12", "90100", "Oulu", "Suomi", "Liisa Korhonen",
          "myynti@oulunohjelmistot.fi"),
         ("Tampereen yliopisto", "7747085-2", "Yliopisto", "", "Ei", 2100, None, "Kalevantie 4",
          "33100", "Tampere", "Suomi", "Pekka Mäkinen", "kirjaamo@tuni.fi"),
         ("Teknologian tutkimuskeskus VTT Oy", "4750292-1", "Tutkimuslaitos", "", "Ei", 140,
          None, "Tekniikantie 21", "02150", "Espoo", "Suomi", "Anna Nieminen", "info@vtt.fi"),
         ("Wärtsilä Oyj", "4478579-4", "Suuryritys", "Suuri", "Kyllä", 1600, 600000000,
          "Hiililaiturinkuja 2", "00180", "Helsinki", "Suomi", "Jukka Laine",
          "info@wartsila.com")),
        ("FI13099855", "FI82903368", "FI77470852", "FI47502921", "FI44785794"),
        "research_organisation"),
    MemberList(
        "hr", "HR", ".csv",
        ("Naziv tvrtke", "OIB", "Vrsta subjekta", "Veličina poduzetnika", "Neprofitna",
         "Broj zaposlenih", "Adresa", "Poštanski broj", "Grad", "Država", "Kontakt osoba",
         "E-pošta"),
        ("legal_name", "vat", "org_type", "sme_class", "non_profit", "staff_headcount",
         "address", "postcode", "city", "country", "contact_name", "email"),
        (("Strojarska Radionica Karlovac d.o.o.", "99804326723", "MSP", "Mikro", "Ne", 8,
          "Ulica grada Gospića 3", "47000", "Karlovac", "Hrvatska", "Ivan Horvat",
          "info@srk.hr"),
         ("Dalmatinski Softver d.o.o.", "75280579745", "Mali poduzetnik", "Mali", "Ne", 35,
          "Put Brodarice 6", "21000", "Split", "Hrvatska", "Ana Kovačević", "ured@dalsoft.hr"),
         ("Sveučilište u Zagrebu", "29534737759", "Sveučilište", "", "Da", 2100,
          "Trg Republike Hrvatske 14", "10000", "Zagreb", "Hrvatska", "Marko Babić",
          "rektorat@unizg.hr"),
         ("Hrvatski klaster konkurentnosti", "10091898034", "Udruga", "", "Da", 6,
          "Ulica Roberta Frangeša Mihanovića 9", "10000", "Zagreb", "Hrvatska", "Petra Marić",
          "info@klaster.hr"),
         ("Končar Elektroindustrija d.d.", "79371609051", "Veliki poduzetnik", "Veliko", "Ne",
          1600, "Fallerovo šetalište 22", "10000", "Zagreb", "Hrvatska", "Tomislav Jurić",
          "info@koncar.hr")),
        ("HR99804326723", "HR75280579745", "HR29534737759", "HR10091898034", "HR79371609051"),
        "association_ngo"),
    MemberList(
        "hu", "HU", ".xlsx",
        ("Cégnév", "Adószám", "Szervezet típusa", "Vállalkozás mérete", "Nonprofit", "Létszám",
         "Irányítószám", "Település", "Cím", "Ország", "Kapcsolattartó", "E-mail cím"),
        ("legal_name", "vat", "org_type", "sme_class", "non_profit", "staff_headcount",
         "postcode", "city", "address", "country", "contact_name", "email"),
        (("Győri Fémipari Kft.", "69072565-2-08", "KKV", "Mikrovállalkozás", "Nem", 8, "9027",
          "Győr", "Fő utca 12", "Magyarország", "Kovács Gyöngyi", "info@gyorifem.hu"),
         ("Pécsi Kerámia Kft.", "17626596-2-02", "Kisvállalkozás", "Kis", "Nem", 35, "7630",
          "Pécs", "Rákóczi út 44", "Magyarország", "Szűcs Ödön", "iroda@pecsikeramia.hu"),
         ("Szegedi Tudományegyetem", "81576359-2-06", "Egyetem", "", "Igen", 2100, "6720",
          "Szeged", "Dugonics tér 13", "Magyarország", "Tőkés Éva", "rektor@szte.hu"),
         ("Műanyagipari Kutatóintézet", "28405872-2-42", "Kutatóintézet", "", "Igen", 140,
          "1119", "Budapest", "Fehérvári út 130", "Magyarország", "Nagy Ferenc", "info@mki.hu"),
         ("Kecskeméti Élelmiszeripari Zrt.", "98618129-2-03", "Nagyvállalat", "Nagy", "Nem",
          1600, "6000", "Kecskemét", "Szent István körút 2", "Magyarország", "Tóth Anna",
          "info@kecskemetiel.hu")),
        ("HU69072565", "HU17626596", "HU81576359", "HU28405872", "HU98618129"),
        "research_organisation"),
    MemberList(
        "lt", "LT", ".csv",
        ("Įmonės pavadinimas", "PVM mokėtojo kodas", "Organizacijos tipas", "Įmonės dydis",
         "Pelno siekianti", "Darbuotojų skaičius", "Adresas", "Miestas", "Šalis", "El. paštas"),
        ("legal_name", "vat", "org_type", "sme_class", "profit", "staff_headcount", "address",
         "city", "country", "email"),
        (("UAB Kauno Mechanika", "LT993830611", "MVĮ", "Labai maža įmonė", "Taip", 8,
          "Savanorių pr. 192", "Kaunas", "Lietuva", "info@kaunomech.lt"),
         ("UAB Vilniaus Lazeriai", "LT858409116", "Mažoji įmonė", "Maža", "Taip", 35,
          "Saulėtekio al. 15", "Vilnius", "Lietuva", "info@vlazeriai.lt"),
         ("Kauno technologijos universitetas", "LT563343017", "Universitetas", "", "Ne", 2100,
          "K. Donelaičio g. 73", "Kaunas", "Lietuva", "ktu@ktu.lt"),
         ("Fizinių ir technologijos mokslų centras", "LT552342113",
          "Mokslinių tyrimų institutas", "", "Ne", 140, "Saulėtekio al. 3", "Vilnius",
          "Lietuva", "info@ftmc.lt"),
         ("AB Achema", "LT198992513", "Didelė įmonė", "Didelė", "Taip", 1600, "Jonalaukio k.",
          "Jonava", "Lietuva", "info@achema.lt")),
        ("LT993830611", "LT858409116", "LT563343017", "LT552342113", "LT198992513"),
        "research_organisation"),
    MemberList(
        "lv", "LV", ".xlsx",
        ("Nosaukums", "PVN reģistrācijas numurs", "Organizācijas veids", "Uzņēmuma lielums",
         "Bezpeļņas", "Darbinieku skaits", "Juridiskā adrese", "Pilsēta", "Valsts",
         "Kontaktpersona", "E-pasts"),
        ("legal_name", "vat", "org_type", "sme_class", "non_profit", "staff_headcount",
         "address", "city", "country", "contact_name", "email"),
        (("SIA Rīgas Mehānika", "LV45500328231", "MVU", "Mikrouzņēmums", "Nē", 8,
          "Brīvības iela 100", "Rīga", "Latvija", "Jānis Bērziņš", "info@rigasmeh.lv"),
         ("SIA Ventspils Elektronika", "LV44670754554", "Mazais uzņēmums", "Mazs", "Nē", 35,
          "Ostas iela 5", "Ventspils", "Latvija", "Ilze Kalniņa", "info@vel.lv"),
         ("Rīgas Tehniskā universitāte", "LV48209967153", "Universitāte", "", "Jā", 2100,
          "Ķīpsalas iela 6A", "Rīga", "Latvija", "Andris Ozols", "rtu@rtu.lv"),
         ("Latvijas Mašīnbūves un metālapstrādes asociācija", "LV42754827474", "Biedrība", "",
          "Jā", 6, "Kr. Barona iela 32", "Rīga", "Latvija", "Līga Liepa", "info@mmasoc.lv"),
         ("AS Latvenergo", "LV41691215721", "Liels uzņēmums", "Liels", "Nē", 1600,
          "Pulkveža Brieža iela 12", "Rīga", "Latvija", "Kārlis Zariņš", "info@latvenergo.lv")),
        ("LV45500328231", "LV44670754554", "LV48209967153", "LV42754827474", "LV41691215721"),
        "association_ngo"),
    MemberList(
        "ro", "RO", ".csv",
        ("Denumire", "CUI", "Tip organizație", "Categorie IMM", "Cu scop lucrativ",
         "Număr de angajați", "Adresa sediului", "Localitate", "Țara", "Persoană de contact",
         "Adresă de e-mail"),
        ("legal_name", "vat", "org_type", "sme_class", "profit", "staff_headcount", "address",
         "city", "country", "contact_name", "email"),
        (("Tehnologii Avansate Timișoara SRL", "RO24264840", "IMM", "Microîntreprindere", "Da",
          8, "Str. Mihai Viteazu 12", "Timișoara", "România", "Ștefan Popescu", "office@tat.ro"),
         ("Fabrica de Ceasuri Arad SRL", "67813039", "Întreprindere mică", "Mică", "Da", 35,
          "Calea Aurel Vlaicu 10", "Arad", "România", "Ioana Țurcanu", "contact@fca.ro"),
         ("Universitatea Tehnică din Cluj-Napoca", "17435808", "Universitate", "", "Nu", 2100,
          "Str. Memorandumului 28", "Cluj-Napoca", "România", "Mihai Bălănescu",
          "rectorat@utcluj.ro"),
         ("Asociația Clusterelor din România", "14623360", "Asociație", "", "Nu", 6,
          "Str. Păcii 7", "Iași", "România", "Raluca Mureșan", "office@clustero.eu"),
         ("Automobile Dacia SA", "34556192", "Întreprindere mare", "Mare", "Da", 1600,
          "Str. Uzinei 1", "Mioveni", "România", "Andrei Ionescu", "contact@dacia.ro")),
        ("RO24264840", "RO67813039", "RO17435808", "RO14623360", "RO34556192"),
        "association_ngo"),
    MemberList(
        "sk", "SK", ".xlsx",
        ("Obchodné meno", "IČ DPH", "Typ organizácie", "Veľkosť podniku", "Nezisková",
         "Počet zamestnancov", "Obrat (EUR)", "Ulica", "PSČ", "Mesto", "Krajina",
         "Kontaktná osoba", "Webová stránka"),
        ("legal_name", "vat", "org_type", "sme_class", "non_profit", "staff_headcount",
         "turnover", "address", "postcode", "city", "country", "contact_name", "website"),
        (("Strojárne Martin s.r.o.", "SK5309202228", "MSP", "Mikropodnik", "Nie", 8, 700000,
          "Priemyselná 3", "036 01", "Martin", "Slovensko", "Ján Novák",
          "www.strojarne-martin.sk"),
         ("Košická Elektronika s.r.o.", "SK4426084916", "Malý podnik", "Malý", "Nie", 35,
          5300000, "Hlavná 12", "040 01", "Košice", "Slovensko", "Zuzana Kováčová",
          "www.kosickaelektronika.sk"),
         ("Slovenská technická univerzita v Bratislave", "SK9873618689", "Univerzita", "",
          "Áno", 2100, None, "Vazovova 5", "812 43", "Bratislava", "Slovensko", "Peter Horváth",
          "www.stuba.sk"),
         ("Ústav materiálov a mechaniky strojov SAV", "SK9922673519", "Výskumný ústav", "",
          "Áno", 140, None, "Dúbravská cesta 9", "845 13", "Bratislava", "Slovensko",
          "Mária Vargová", "www.umms.sav.sk"),
         ("U. S. Steel Košice, s.r.o.", "SK5348522157", "Veľký podnik", "Veľký", "Nie", 1600,
          3000000000, "Vstupný areál U. S. Steel", "044 54", "Košice", "Slovensko",
          "Martin Tóth", "www.usske.sk")),
        ("SK5309202228", "SK4426084916", "SK9873618689", "SK9922673519", "SK5348522157"),
        "research_organisation"),
    MemberList(
        "sl", "SI", ".csv",
        ("Naziv podjetja", "ID za DDV", "Vrsta organizacije", "Velikost podjetja",
         "Nepridobitna", "Število zaposlenih", "Naslov", "Poštna številka", "Mesto", "Država",
         "Kontaktna oseba", "E-pošta"),
        ("legal_name", "vat", "org_type", "sme_class", "non_profit", "staff_headcount",
         "address", "postcode", "city", "country", "contact_name", "email"),
        (("Orodjarna Celje d.o.o.", "SI23357223", "MSP", "Mikro podjetje", "Ne", 8,
          "Mariborska cesta 7", "3000", "Celje", "Slovenija", "Janez Novak",
          "info@orodjarna-celje.si"),
         ("Robotika Maribor d.o.o.", "SI49038095", "Malo podjetje", "Malo", "Ne", 35,
          "Tržaška cesta 23", "2000", "Maribor", "Slovenija", "Mojca Kos", "info@robotika.si"),
         ("Univerza v Ljubljani", "SI80338909", "Univerza", "", "Da", 2100, "Kongresni trg 12",
          "1000", "Ljubljana", "Slovenija", "Maja Kranjc", "rektorat@uni-lj.si"),
         ("Institut Jožef Stefan", "SI62892592", "Raziskovalna organizacija", "", "Da", 140,
          "Jamova cesta 39", "1000", "Ljubljana", "Slovenija", "Luka Zupan", "info@ijs.si"),
         ("Gorenje d.d.", "SI16640560", "Veliko podjetje", "Veliko", "Ne", 1600,
          "Partizanska cesta 12", "3320", "Velenje", "Slovenija", "Nina Horvat",
          "info@gorenje.com")),
        ("SI23357223", "SI49038095", "SI80338909", "SI62892592", "SI16640560"),
        "research_organisation"),
    MemberList(
        "sv", "SE", ".xlsx",
        ("Företagsnamn", "Organisationsnummer", "Organisationstyp", "Företagsstorlek",
         "Vinstdrivande", "Antal anställda", "Gatuadress", "Postnummer", "Ort", "Land",
         "Kontaktperson", "E-post"),
        ("legal_name", "vat", "org_type", "sme_class", "profit", "staff_headcount", "address",
         "postcode", "city", "country", "contact_name", "email"),
        (("Norrlands Verkstad AB", "431737-5402", "SMF", "Mikroföretag", "Ja", 8,
          "Storgatan 12", "903 26", "Umeå", "Sverige", "Erik Lindberg",
          "info@norrlandsverkstad.se"),
         ("Göteborgs Sensorteknik AB", "278856-2037", "Småföretag", "Litet", "Ja", 35,
          "Lindholmspiren 5", "417 56", "Göteborg", "Sverige", "Anna Svensson",
          "info@gbgsensor.se"),
         ("Kungliga Tekniska högskolan", "552615-8422", "Universitet", "", "Nej", 2100,
          "Brinellvägen 8", "114 28", "Stockholm", "Sverige", "Karin Berg",
          "registrator@kth.se"),
         ("RISE Research Institutes of Sweden AB", "793762-7417", "Forskningsinstitut", "",
          "Nej", 140, "Box 857", "501 15", "Borås", "Sverige", "Johan Ek", "info@ri.se"),
         ("Sandvik AB", "748403-8307", "Storföretag", "Stort", "Ja", 1600, "Kungsbron 1",
          "111 22", "Stockholm", "Sverige", "Lars Holm", "info@sandvik.com")),
        ("SE431737540201", "SE278856203701", "SE552615842201", "SE793762741701",
         "SE748403830701"),
        "research_organisation"),
)


def write_list(member_list: MemberList, folder: Path) -> Path:
    """The list as its office saves it: an Excel workbook with a title line above the header,
    or a `;`-separated UTF-8 CSV (with BOM, as Excel writes "CSV UTF-8")."""
    path = folder / f"members_{member_list.language}{member_list.suffix}"
    if member_list.suffix == ".xlsx":
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.append([f"{member_list.titles[0]} – 2026"])
        sheet.append(list(member_list.titles))
        for row in member_list.rows:
            sheet.append(list(row))
        workbook.save(path)
    else:
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(member_list.titles)
            writer.writerows(["" if cell is None else cell for cell in row]
                             for row in member_list.rows)
    return path


@pytest.fixture(autouse=True)
def private_mappings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No mapping remembered from another test: every column is mapped by its title."""
    monkeypatch.setenv("CONSORTIUM_PLANNER_DATA_DIR", str(tmp_path / "user-data"))


def test_every_language_of_the_brief_has_its_list() -> None:
    assert [member_list.language for member_list in LISTS] == [
        "bg", "cs", "da", "el", "et", "fi", "hr", "hu", "lt", "lv", "ro", "sk", "sl", "sv"]


@pytest.mark.parametrize("member_list", LISTS, ids=lambda member_list: member_list.language)
def test_every_column_is_mapped_by_its_title(tmp_path: Path, member_list: MemberList) -> None:
    sheet = read_workbook(write_list(member_list, tmp_path)).sheets[0]
    layout = locate_header(sheet.rows)
    assert layout is not None and not layout.unclear
    mapping = layout.mapping
    assert dict(mapping.columns) == dict(enumerate(member_list.fields)), mapping.reasons
    assert (mapping.unmapped, mapping.duplicates, mapping.by_content) == ([], [], [])


@pytest.mark.parametrize("member_list", LISTS, ids=lambda member_list: member_list.language)
def test_the_list_imports_without_map(tmp_path: Path, empty_path: Path, capsys,
                                      member_list: MemberList) -> None:
    path = write_list(member_list, tmp_path)
    code = main(["import", str(empty_path), str(path), "--json"])
    (report,) = json.loads(capsys.readouterr().out)["files"]
    assert (code, report["status"], report["created"]) == (0, "imported", 5), report
    assert (report["errors"], report["warnings"]) == ([], []), report
    with sqlite3.connect(empty_path) as connection:
        stored = connection.execute(
            "SELECT legal_name, vat, country, org_type, sme_class, profit, staff_headcount"
            " FROM organisation ORDER BY id").fetchall()
    types = (SME, SME, UNI, member_list.fourth_type, LARGE)
    assert stored == [
        (row[0], vat, member_list.country, org_type, size, profit, row[5])
        for row, vat, org_type, size, profit in zip(
            member_list.rows, member_list.vat, types, SIZES, PROFIT)]


@pytest.mark.parametrize(("title", "unit"), [
    ("Liikevaihto (1000 €)", (1000, None)), ("Liikevaihto (1 000 €)", (1000, None)),
    ("Κύκλος εργασιών (χιλ. €)", (1000, None)), ("ΚΥΚΛΟΣ ΕΡΓΑΣΙΩΝ (ΧΙΛΙΑΔΕΣ €)", (1000, None)),
    ("Apyvarta (tūkst. Eur)", (1000, None)), ("Apgrozījums (tūkst. EUR)", (1000, None)),
    ("Obrat (tis. EUR)", (1000, None)), ("Promet (tisuća EUR)", (1000, None)),
    ("Käive (tuh €)", (1000, None)), ("Käive (milj. €)", (10**6, None)),
    ("Omsättning (tkr)", (None, "TKR")), ("Omsætning (t.kr.)", (None, "KR")),
    ("Árbevétel (Ft)", (None, "FT")), ("Árbevétel (millió Ft)", (None, "FT")),
    ("Árbevétel (eFt)", (None, "EFT")), ("Cifra de afaceri (mii lei)", (None, "LEI")),
    ("Оборот (хил. лв.)", (None, "ЛВ")), ("Obrat (tis. Kč)", (None, "KČ")),
    ("Turnover (try)", (None, None)),
])
def test_a_money_title_gives_its_unit_in_these_languages_too(title: str, unit: tuple) -> None:
    """Thousands and millions of euros are read so; kronor, forints and lei are refused per row
    rather than taken for euros (README: a title naming another currency)."""
    from consortium_planner.importing.normalise import amount_unit

    assert amount_unit(title) == unit


@pytest.mark.parametrize(("title", "field"), [
    ("By", "city"), ("Created by", None),  # "by" is a Danish town only on its own
    ("Név", "legal_name"), ("Kapcsolattartó neve", "contact_name"),
    ("Nimi", "legal_name"), ("Kontaktisiku nimi", "contact_name"),
    ("Τύπος", "org_type"), ("ΤΥΠΟΣ ΦΟΡΕΑ", "org_type"), ("Διεύθυνση email", "email"),
    ("Адрес", "address"), ("Адрес на електронна поща", "email"),
    ("Nezisková organizace", "non_profit"), ("Zisková", "profit"),
    ("Μη κερδοσκοπικός φορέας", "non_profit"), ("Icke vinstdrivande", "non_profit"),
    ("Personal", "staff_headcount"), ("Personal e-mail", "email"),
    ("Kraj", "country"),  # Polish: a Czech region and a Slovene place ("kraj") are not listed
])
def test_words_that_mean_too_much_are_only_matched_alone(title: str, field: str | None) -> None:
    from consortium_planner.importing.headers import match_header

    assert match_header(title)[0] == field
