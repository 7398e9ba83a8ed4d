<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>Add %n participant(s)</source>
        <translation>
            <numerusform>Dodaj %n uczestnika</numerusform>
            <numerusform>Dodaj %n uczestników</numerusform>
            <numerusform>Dodaj %n uczestników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n participant(s) from {countries} in {regions}</source>
        <translation>
            <numerusform>Co najmniej %n uczestnik z {countries} w {regions}</numerusform>
            <numerusform>Co najmniej %n uczestników z {countries} w {regions}</numerusform>
            <numerusform>Co najmniej %n uczestników z {countries} w {regions}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%n kraju</numerusform>
            <numerusform>%n krajów</numerusform>
            <numerusform>%n krajów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n regionie</numerusform>
            <numerusform>%n regionach</numerusform>
            <numerusform>%n regionach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n region category(ies) from {file} ({new} new, {changed} changed, {unchanged} unchanged)</source>
        <translation>
            <numerusform>Zaimportowano %n kategorię regionu z {file} (nowe: {new}, zmienione: {changed}, bez zmian: {unchanged})</numerusform>
            <numerusform>Zaimportowano %n kategorie regionów z {file} (nowe: {new}, zmienione: {changed}, bez zmian: {unchanged})</numerusform>
            <numerusform>Zaimportowano %n kategorii regionów z {file} (nowe: {new}, zmienione: {changed}, bez zmian: {unchanged})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{problems} (and %n more)</source>
        <translation>
            <numerusform>{problems} (i jeszcze %n)</numerusform>
            <numerusform>{problems} (i jeszcze %n)</numerusform>
            <numerusform>{problems} (i jeszcze %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{report}; %n row(s) skipped: {problems}.</source>
        <translation>
            <numerusform>{report}; pominięto %n wiersz: {problems}.</numerusform>
            <numerusform>{report}; pominięto %n wiersze: {problems}.</numerusform>
            <numerusform>{report}; pominięto %n wierszy: {problems}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{group}: {count} of %n participant(s){numbers}, {share}; {of_eu}.</source>
        <translation>
            <numerusform>{group}: {count} z %n uczestnika{numbers}, {share}; {of_eu}.</numerusform>
            <numerusform>{group}: {count} z %n uczestników{numbers}, {share}; {of_eu}.</numerusform>
            <numerusform>{group}: {count} z %n uczestników{numbers}, {share}; {of_eu}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <source>A Personnel</source>
        <translation>A Personel</translation>
    </message>
    <message>
        <source>B Subcontr.</source>
        <translation>B Podwyk.</translation>
    </message>
    <message>
        <source>C.1 Travel</source>
        <translation>C.1 Podróże</translation>
    </message>
    <message>
        <source>C.2 Equipm.</source>
        <translation>C.2 Sprzęt</translation>
    </message>
    <message>
        <source>C.3 Goods</source>
        <translation>C.3 Towary</translation>
    </message>
    <message>
        <source>D Other</source>
        <translation>D Inne</translation>
    </message>
    <message>
        <source>E Indirect</source>
        <translation>E Pośrednie</translation>
    </message>
    <message>
        <source>D incl. D.1</source>
        <translation>D wraz z D.1</translation>
    </message>
    <message>
        <source>A. Personnel</source>
        <translation>A. Koszty personelu</translation>
    </message>
    <message>
        <source>B. Subcontracting</source>
        <translation>B. Podwykonawstwo</translation>
    </message>
    <message>
        <source>C.1 Travel and subsistence</source>
        <translation>C.1 Podróże i utrzymanie</translation>
    </message>
    <message>
        <source>C.2 Equipment</source>
        <translation>C.2 Sprzęt</translation>
    </message>
    <message>
        <source>C.3 Other goods, works and services</source>
        <translation>C.3 Inne towary, roboty i usługi</translation>
    </message>
    <message>
        <source>D. Other cost categories (D.1 financial support to third parties and other D lines)</source>
        <translation>D. Inne kategorie kosztów (D.1 wsparcie finansowe dla osób trzecich i inne pozycje D)</translation>
    </message>
    <message>
        <source>E. Indirect costs: the call profile&apos;s flat rate on its base</source>
        <translation>E. Koszty pośrednie: stawka ryczałtowa profilu naboru od jej podstawy</translation>
    </message>
    <message>
        <source>B Subcontracting</source>
        <translation>B Podwykonawstwo</translation>
    </message>
    <message>
        <source>C.3 Other goods</source>
        <translation>C.3 Inne towary</translation>
    </message>
    <message>
        <source>D.1 Third parties</source>
        <translation>D.1 Osoby trzecie</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>Total eligible</source>
        <translation>Kwalifikowalne razem</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Stawka</translation>
    </message>
    <message>
        <source>Funding rate (for the total: EU contribution / total eligible)</source>
        <translation>Stopa dofinansowania (dla sumy: wkład UE / koszty kwalifikowalne razem)</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>Wkład UE</translation>
    </message>
    <message>
        <source>Own contribution</source>
        <translation>Wkład własny</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>No work package</source>
        <translation>Bez pakietu roboczego</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation>Pakiet roboczy</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Osobomiesiące</translation>
    </message>
    <message>
        <source>Direct costs</source>
        <translation>Koszty bezpośrednie</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nieznana</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Udział</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Koszt jednostkowy</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Choose the participant first (in the list above the cost lines).</source>
        <translation>Najpierw wybierz uczestnika (z listy nad pozycjami kosztów).</translation>
    </message>
    <message>
        <source>Budget per participant</source>
        <translation>Budżet na uczestnika</translation>
    </message>
    <message>
        <source>cost line of {participant}</source>
        <translation>pozycja kosztów {participant}</translation>
    </message>
    <message>
        <source>Cost lines</source>
        <translation>Pozycje kosztów</translation>
    </message>
    <message>
        <source>Add cost line</source>
        <translation>Dodaj pozycję kosztów</translation>
    </message>
    <message>
        <source>No cost lines yet. Add cost line for travel, equipment, subcontracting and other costs; personnel costs (A) come from the Effort matrix.</source>
        <translation>Brak pozycji kosztów. „Dodaj pozycję kosztów” dla podróży, sprzętu, podwykonawstwa i innych kosztów; koszty personelu (A) wynikają z macierzy nakładu pracy.</translation>
    </message>
    <message>
        <source>Show the cost lines of</source>
        <translation>Pokaż pozycje kosztów</translation>
    </message>
    <message>
        <source>Direct costs per work package</source>
        <translation>Koszty bezpośrednie na pakiet roboczy</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Per country</source>
        <translation>Według kraju</translation>
    </message>
    <message>
        <source>Region category</source>
        <translation>Kategoria regionu</translation>
    </message>
    <message>
        <source>Per region category</source>
        <translation>Według kategorii regionu</translation>
    </message>
    <message>
        <source>Budget details</source>
        <translation>Szczegóły budżetu</translation>
    </message>
    <message>
        <source>Per work package</source>
        <translation>Według pakietu roboczego</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>Wszyscy uczestnicy</translation>
    </message>
</context>
<context>
    <name>ChainPictureWidget</name>
    <message>
        <source>Picture of the value chain from research to market</source>
        <translation>Schemat łańcucha wartości od badań do rynku</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Informacja</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Waga</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontrola</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Ustalenie</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Jak poprawić</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Ustalenia</translation>
    </message>
    <message>
        <source>No findings: the project meets every rule the checks know.</source>
        <translation>Brak ustaleń: projekt spełnia wszystkie reguły znane kontrolom.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n błąd</numerusform>
            <numerusform>%n błędy</numerusform>
            <numerusform>%n błędów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ostrzeżenie</numerusform>
            <numerusform>%n ostrzeżenia</numerusform>
            <numerusform>%n ostrzeżeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n uwaga</numerusform>
            <numerusform>%n uwagi</numerusform>
            <numerusform>%n uwag</numerusform>
        </translation>
    </message>
    <message>
        <source>{errors}, {warnings}, {notes}. Press Enter or double-click a finding to go to what it concerns.</source>
        <translation>{errors}, {warnings}, {notes}. Naciśnij Enter lub kliknij dwukrotnie ustalenie, aby przejść do tego, czego dotyczy.</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Odniesienie</translation>
    </message>
    <message>
        <source>Compare &amp;with</source>
        <translation>Porównaj &amp;z</translation>
    </message>
    <message>
        <source>and (&amp;3)</source>
        <translation>i (&amp;3)</translation>
    </message>
    <message>
        <source>and (&amp;4)</source>
        <translation>i (&amp;4)</translation>
    </message>
    <message>
        <source>Side {number}</source>
        <translation>Strona {number}</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sekcja</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Computed from other figures</source>
        <translation>Obliczone z innych liczb</translation>
    </message>
    <message>
        <source>&amp;Only what differs</source>
        <translation>&amp;Tylko różnice</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Wszystkie sekcje</translation>
    </message>
    <message>
        <source>Sec&amp;tion</source>
        <translation>Se&amp;kcja</translation>
    </message>
    <message>
        <source>P&amp;DF report…</source>
        <translation>Raport P&amp;DF…</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook…</source>
        <translation>Skoroszyt E&amp;xcel…</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Różnice</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>{side} (reference)</source>
        <translation>{side} (odniesienie)</translation>
    </message>
    <message>
        <source>Choose two to four projects to compare: the first is the reference. Make a what-if copy with Project &gt; Duplicate.</source>
        <translation>Wybierz od dwóch do czterech projektów do porównania: pierwszy jest odniesieniem. Kopię do symulacji utworzysz poleceniem Projekt &gt; Duplikuj.</translation>
    </message>
    <message>
        <source>No differences: the projects are the same in everything compared.</source>
        <translation>Brak różnic: projekty są zgodne we wszystkim, co porównano.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) differ: {inputs} and {derived} following from them (derived). Shaded cells differ from the reference: yellow changed, green added, red removed.</source>
        <translation>
            <numerusform>%n wiersz się różni: {inputs} i {derived} z nich wynikające (pochodne). Zacienione komórki różnią się od odniesienia: żółte zmienione, zielone dodane, czerwone usunięte.</numerusform>
            <numerusform>%n wiersze się różnią: {inputs} i {derived} z nich wynikające (pochodne). Zacienione komórki różnią się od odniesienia: żółte zmienione, zielone dodane, czerwone usunięte.</numerusform>
            <numerusform>%n wierszy się różni: {inputs} i {derived} z nich wynikające (pochodne). Zacienione komórki różnią się od odniesienia: żółte zmienione, zielone dodane, czerwone usunięte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed value(s)</source>
        <translation>
            <numerusform>%n zmieniona wartość</numerusform>
            <numerusform>%n zmienione wartości</numerusform>
            <numerusform>%n zmienionych wartości</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n liczba</numerusform>
            <numerusform>%n liczby</numerusform>
            <numerusform>%n liczb</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants: {changes}</source>
        <translation>Uczestnicy: {changes}</translation>
    </message>
    <message>
        <source>Total eligible</source>
        <translation>Kwalifikowalne razem</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>Wkład UE</translation>
    </message>
    <message>
        <source>{title}: {sides}</source>
        <translation>{title}: {sides}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Skoroszyty Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose two to four projects to compare first.</source>
        <translation>Najpierw wybierz od dwóch do czterech projektów do porównania.</translation>
    </message>
    <message>
        <source>Compare report</source>
        <translation>Raport porównawczy</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Zapisywanie {file}…</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>{record} (kept)</source>
        <translation>{record} (zachowany)</translation>
    </message>
    <message>
        <source>{field}: kept</source>
        <translation>{field}: zachowane</translation>
    </message>
    <message>
        <source>{field}: not kept</source>
        <translation>{field}: niezachowane</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import “{file}” into the directory:</source>
        <translation>Import „{file}” do katalogu:</translation>
    </message>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n nowa organizacja</numerusform>
            <numerusform>%n nowe organizacje</numerusform>
            <numerusform>%n nowych organizacji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated, field by field as previewed</source>
        <translation>
            <numerusform>%n zaktualizowana, pole po polu jak w podglądzie</numerusform>
            <numerusform>%n zaktualizowane, pole po polu jak w podglądzie</numerusform>
            <numerusform>%n zaktualizowanych, pole po polu jak w podglądzie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged or kept as they are</source>
        <translation>
            <numerusform>%n bez zmian lub zachowana</numerusform>
            <numerusform>%n bez zmian lub zachowane</numerusform>
            <numerusform>%n bez zmian lub zachowanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n pominięty wiersz</numerusform>
            <numerusform>%n pominięte wiersze</numerusform>
            <numerusform>%n pominiętych wierszy</numerusform>
        </translation>
    </message>
    <message>
        <source>and enrol them in project {acronym}.</source>
        <translation>i dopisanie ich do projektu {acronym}.</translation>
    </message>
    <message>
        <source>The whole import is one step of Edit &gt; Undo.</source>
        <translation>Cały import to jeden krok polecenia Edycja &gt; Cofnij.</translation>
    </message>
</context>
<context>
    <name>ConsortiumPage</name>
    <message>
        <source>Unknown</source>
        <translation>Nieznana</translation>
    </message>
    <message>
        <source>{category} (override)</source>
        <translation>{category} (nadpisana)</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Źródło: {source}</translation>
    </message>
    <message>
        <source>No region is set for this organisation: set its NUTS 2 region in the partner directory, or override the category (Overrides…).</source>
        <translation>Dla tej organizacji nie ustawiono regionu: ustaw jej region NUTS 2 w katalogu partnerów albo nadpisz kategorię (Odstępstwa…).</translation>
    </message>
    <message>
        <source>No known category for {region}: set it on the Regions page with its source, or override it for this participant (Overrides…).</source>
        <translation>Brak znanej kategorii dla {region}: ustaw ją na stronie Regiony wraz ze źródłem albo nadpisz ją dla tego uczestnika (Odstępstwa…).</translation>
    </message>
    <message>
        <source>Overridden: {reason}</source>
        <translation>Nadpisano: {reason}</translation>
    </message>
    <message>
        <source>From the call profile (double-click or Overrides… to override)</source>
        <translation>Z profilu naboru (kliknij dwukrotnie lub Odstępstwa…, aby nadpisać)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nazwa prawna</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Region category</source>
        <translation>Kategoria regionu</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Koszt miesięczny</translation>
    </message>
    <message>
        <source>Monthly personnel cost: what one person-month costs</source>
        <translation>Miesięczny koszt personelu: ile kosztuje jeden osobomiesiąc</translation>
    </message>
    <message>
        <source>Funding rate</source>
        <translation>Stopa dofinansowania</translation>
    </message>
    <message>
        <source>PM</source>
        <translation>OM</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Osobomiesiące</translation>
    </message>
    <message>
        <source>Total eligible</source>
        <translation>Kwalifikowalne razem</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>Wkład UE</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Add participants…</source>
        <translation>Dodaj uczestników…</translation>
    </message>
    <message>
        <source>No participants yet. Add participants… finds organisations in the partner directory and proposes what the call&apos;s checks say the consortium lacks.</source>
        <translation>Brak uczestników. „Dodaj uczestników…” wyszukuje organizacje w katalogu partnerów i proponuje to, czego według kontroli konkursu brakuje konsorcjum.</translation>
    </message>
    <message>
        <source>Overrides…</source>
        <translation>Odstępstwa…</translation>
    </message>
    <message>
        <source>Renumber</source>
        <translation>Przenumeruj</translation>
    </message>
    <message>
        <source>Funding rate: {error}</source>
        <translation>Stopa dofinansowania: {error}</translation>
    </message>
    <message>
        <source>Overrides of P{number} {name}</source>
        <translation>Odstępstwa P{number} {name}</translation>
    </message>
    <message>
        <source>Renumber participants</source>
        <translation>Przenumeruj uczestników</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Charts</source>
        <translation>Wykresy</translation>
    </message>
    <message>
        <source>Budget per participant, by category</source>
        <translation>Budżet na uczestnika według kategorii</translation>
    </message>
    <message>
        <source>EU contribution and own contribution</source>
        <translation>Wkład UE i wkład własny</translation>
    </message>
    <message>
        <source>Total eligible costs per country</source>
        <translation>Koszty kwalifikowalne razem według kraju</translation>
    </message>
    <message>
        <source>Total eligible costs per region category</source>
        <translation>Koszty kwalifikowalne razem według kategorii regionu</translation>
    </message>
    <message>
        <source>Person-months per work package</source>
        <translation>Osobomiesiące na pakiet roboczy</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan prac</translation>
    </message>
    <message>
        <source>No participants yet</source>
        <translation>Brak uczestników</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>Wkład UE</translation>
    </message>
    <message>
        <source>Own contribution</source>
        <translation>Wkład własny</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nieznana</translation>
    </message>
    <message>
        <source>person-months</source>
        <translation>osobomiesiące</translation>
    </message>
    <message>
        <source>No work packages yet</source>
        <translation>Brak pakietów roboczych</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Kamienie milowe</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Kamień milowy</translation>
    </message>
    <message>
        <source>today (M{month})</source>
        <translation>dziś (M{month})</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>{name} is not a cluster organisation of the directory</source>
        <translation>{name} nie jest organizacją klastrową z katalogu</translation>
    </message>
    <message>
        <source>NACE codes</source>
        <translation>Kody NACE</translation>
    </message>
    <message>
        <source>NACE Rev. 2 codes, e.g. C25.62; 28.41 (any level)</source>
        <translation>Kody NACE Rev. 2, np. C25.62; 28.41 (dowolny poziom)</translation>
    </message>
    <message>
        <source>Ecosystems</source>
        <translation>Ekosystemy</translation>
    </message>
    <message>
        <source>The industrial ecosystems of the EU Industrial Strategy (2021)</source>
        <translation>Ekosystemy przemysłowe strategii przemysłowej UE (2021)</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Założona</translation>
    </message>
    <message>
        <source>Year of foundation (start-ups show)</source>
        <translation>Rok założenia (pokazuje start-upy)</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Klastry</translation>
    </message>
    <message>
        <source>The cluster organisations it is a member of</source>
        <translation>Organizacje klastrowe, do których należy</translation>
    </message>
    <message>
        <source>Usual roles</source>
        <translation>Typowe role</translation>
    </message>
    <message>
        <source>Value-chain roles it usually holds (a project proposes them)</source>
        <translation>Role w łańcuchu wartości, które zwykle pełni (projekt je proponuje)</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nazwa skrócona</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nazwa prawna</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>PIC</source>
        <translation>PIC</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numer VAT</translation>
    </message>
    <message>
        <source>Profit-making</source>
        <translation>Nastawiona na zysk</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Obrót</translation>
    </message>
    <message>
        <source>Balance sheet</source>
        <translation>Suma bilansowa</translation>
    </message>
    <message>
        <source>SME class</source>
        <translation>Klasa MŚP</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekty</translation>
    </message>
    <message>
        <source>EU projects</source>
        <translation>Projekty UE</translation>
    </message>
    <message>
        <source>EU project experience, from an imported CORDIS export</source>
        <translation>Doświadczenie w projektach UE z zaimportowanego eksportu CORDIS</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation>Katalog partnerów</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Dodaj organizację</translation>
    </message>
    <message>
        <source>Search name, PIC, VAT, city…</source>
        <translation>Szukaj nazwy, PIC, VAT, miasta…</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Zapisane wyszukiwania</translation>
    </message>
    <message>
        <source>Add to project</source>
        <translation>Dodaj do projektu</translation>
    </message>
    <message>
        <source>History of this organisation…</source>
        <translation>Historia tej organizacji…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wyszukiwanie…</translation>
    </message>
    <message numerus="yes">
        <source>{count} organisation(s)</source>
        <translation>
            <numerusform>{count} organizacja</numerusform>
            <numerusform>{count} organizacje</numerusform>
            <numerusform>{count} organizacji</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Brak wyników</translation>
    </message>
    <message>
        <source>No organisation matches the search and filters.</source>
        <translation>Żadna organizacja nie pasuje do wyszukiwania i filtrów.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Wyczyść wyszukiwanie i filtry</translation>
    </message>
    <message>
        <source>Empty directory</source>
        <translation>Pusty katalog</translation>
    </message>
    <message>
        <source>The directory holds no organisations.</source>
        <translation>Katalog nie zawiera żadnych organizacji.</translation>
    </message>
    <message>
        <source>The directory holds no organisations yet. Add one with {add} ({add_key}), or import a list (Excel, CSV, a CORDIS export) with {import_path} ({import_key}); a file dropped onto the window is imported too.</source>
        <translation>Katalog nie zawiera jeszcze organizacji. Dodaj organizację: {add} ({add_key}), albo zaimportuj listę (Excel, CSV, eksport CORDIS): {import_path} ({import_key}); plik upuszczony na okno również zostanie zaimportowany.</translation>
    </message>
    <message>
        <source>No saved search yet</source>
        <translation>Brak zapisanych wyszukiwań</translation>
    </message>
    <message>
        <source>Save this search…</source>
        <translation>Zapisz to wyszukiwanie…</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Usuń zapisane wyszukiwanie</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Zapisz to wyszukiwanie</translation>
    </message>
    <message>
        <source>Name of the search:</source>
        <translation>Nazwa wyszukiwania:</translation>
    </message>
    <message>
        <source>No project yet</source>
        <translation>Brak projektów</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nowa organizacja</translation>
    </message>
    <message>
        <source>Add participant {name}</source>
        <translation>Dodaj uczestnika {name}</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Legal name</source>
        <translation>Nazwa prawna</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nazwa skrócona</translation>
    </message>
    <message>
        <source>PIC</source>
        <translation>PIC</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numer VAT</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Profit-making</source>
        <translation>Nastawiona na zysk</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Obrót</translation>
    </message>
    <message>
        <source>Balance sheet</source>
        <translation>Suma bilansowa</translation>
    </message>
    <message>
        <source>SME class</source>
        <translation>Klasa MŚP</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Region (NUTS 2)</source>
        <translation>Region (NUTS 2)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Founded year</source>
        <translation>Rok założenia</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Znajdź duplikaty</translation>
    </message>
    <message>
        <source>&amp;Scan the directory</source>
        <translation>&amp;Przeszukaj katalog</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Postęp przeszukiwania</translation>
    </message>
    <message>
        <source>%v of %m organisations</source>
        <translation>%v z %m organizacji</translation>
    </message>
    <message>
        <source>&amp;Cancel scan</source>
        <translation>&amp;Anuluj przeszukiwanie</translation>
    </message>
    <message>
        <source>Scan the directory to find likely duplicates.</source>
        <translation>Przeszukaj katalog, aby znaleźć prawdopodobne duplikaty.</translation>
    </message>
    <message>
        <source>Groups of likely duplicates</source>
        <translation>Grupy prawdopodobnych duplikatów</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Grupy</translation>
    </message>
    <message>
        <source>Record to keep</source>
        <translation>Rekord do zachowania</translation>
    </message>
    <message>
        <source>&amp;Keep record:</source>
        <translation>&amp;Zachowaj rekord:</translation>
    </message>
    <message>
        <source>The group&apos;s records, field by field</source>
        <translation>Rekordy grupy, pole po polu</translation>
    </message>
    <message>
        <source>&amp;Fields (the checked value of each row is kept):</source>
        <translation>Po&amp;la (zachowana zostaje zaznaczona wartość każdego wiersza):</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Po&amp;łącz</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>&amp;Nie duplikaty</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Scanning the directory…</source>
        <translation>Przeszukiwanie katalogu…</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of likely duplicates.</source>
        <translation>
            <numerusform>%n grupa prawdopodobnych duplikatów.</numerusform>
            <numerusform>%n grupy prawdopodobnych duplikatów.</numerusform>
            <numerusform>%n grup prawdopodobnych duplikatów.</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates found.</source>
        <translation>Nie znaleziono prawdopodobnych duplikatów.</translation>
    </message>
    <message>
        <source>Scan cancelled.</source>
        <translation>Przeszukiwanie anulowane.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n records into {name}</source>
        <translation>
            <numerusform>Połącz %n rekord w {name}</numerusform>
            <numerusform>Połącz %n rekordy w {name}</numerusform>
            <numerusform>Połącz %n rekordów w {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n records as not duplicates</source>
        <translation>
            <numerusform>Oznacz %n rekord jako niebędący duplikatem</numerusform>
            <numerusform>Oznacz %n rekordy jako niebędące duplikatami</numerusform>
            <numerusform>Oznacz %n rekordów jako niebędące duplikatami</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory changed: scan again to bring the groups up to date.</source>
        <translation>Katalog się zmienił: przeszukaj go ponownie, aby zaktualizować grupy.</translation>
    </message>
</context>
<context>
    <name>EffortPage</name>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Person-months per participant and work package</source>
        <translation>Osobomiesiące na uczestnika i pakiet roboczy</translation>
    </message>
    <message>
        <source>No participants yet: add them on the Consortium page and work packages on the Work plan page, then type their person-months here.</source>
        <translation>Brak uczestników: dodaj ich na stronie Konsorcjum, a pakiety robocze na stronie Plan prac, a następnie wpisz tutaj ich osobomiesiące.</translation>
    </message>
    <message>
        <source>Type person-months in the cells (2,5 or 2.5); an empty cell or 0 means none. Personnel cost = person-months x the participant&apos;s monthly personnel cost.</source>
        <translation>Wpisz osobomiesiące w komórkach (2,5 lub 2.5); pusta komórka lub 0 oznacza brak. Koszt personelu = osobomiesiące x miesięczny koszt personelu uczestnika.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>Personnel cost</source>
        <translation>Koszt personelu</translation>
    </message>
    <message>
        <source>Effort of {participant} in {work_package}</source>
        <translation>Nakład pracy {participant} w {work_package}</translation>
    </message>
    <message>
        <source>Nothing was pasted: {participant}, {work_package}: {error}</source>
        <translation>Nic nie wklejono: {participant}, {work_package}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n effort cell(s)</source>
        <translation>
            <numerusform>Wklej %n komórkę nakładu pracy</numerusform>
            <numerusform>Wklej %n komórki nakładu pracy</numerusform>
            <numerusform>Wklej %n komórek nakładu pracy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a list of organisations</source>
        <translation>Wybierz listę organizacji</translation>
    </message>
    <message>
        <source>An Excel (.xlsx, .xlsm), OpenDocument (.ods) or CSV file in any layout and language. You can also drop the file here.</source>
        <translation>Plik Excel (.xlsx, .xlsm), OpenDocument (.ods) lub CSV o dowolnym układzie i w dowolnym języku. Możesz też upuścić plik tutaj.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Plik do importu</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>Import organisations</source>
        <translation>Importuj organizacje</translation>
    </message>
    <message>
        <source>Spreadsheets and lists (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Arkusze i listy (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.json);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Rekordy</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nazwy</translation>
    </message>
</context>
<context>
    <name>HeaderPage</name>
    <message>
        <source>Which row holds the column titles?</source>
        <translation>Który wiersz zawiera nagłówki kolumn?</translation>
    </message>
    <message>
        <source>First rows of the sheet</source>
        <translation>Pierwsze wiersze arkusza</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Wiersz nagłówka</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Wiersz nagłówka:</translation>
    </message>
    <message>
        <source>Row {number} (likely)</source>
        <translation>Wiersz {number} (prawdopodobnie)</translation>
    </message>
    <message>
        <source>Row {number}</source>
        <translation>Wiersz {number}</translation>
    </message>
    <message>
        <source>No header row: recognise the columns by their values</source>
        <translation>Brak wiersza nagłówka: rozpoznaj kolumny po wartościach</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Legal name</source>
        <translation>Nazwa prawna</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nazwa skrócona</translation>
    </message>
    <message>
        <source>PIC</source>
        <translation>PIC</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numer VAT</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Typ organizacji</translation>
    </message>
    <message>
        <source>Profit-making</source>
        <translation>Nastawiona na zysk</translation>
    </message>
    <message>
        <source>Staff headcount</source>
        <translation>Liczba pracowników</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Obrót</translation>
    </message>
    <message>
        <source>Balance sheet</source>
        <translation>Suma bilansowa</translation>
    </message>
    <message>
        <source>SME class</source>
        <translation>Klasa MŚP</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>NUTS 2 region</source>
        <translation>Region NUTS 2</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Osoba kontaktowa</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Founded year</source>
        <translation>Rok założenia</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Project number</source>
        <translation>Numer projektu</translation>
    </message>
    <message>
        <source>Project acronym</source>
        <translation>Akronim projektu</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>Wkład UE</translation>
    </message>
    <message>
        <source>Non-profit (yes = not for profit)</source>
        <translation>Non-profit (tak = nienastawiona na zysk)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualizuj</translation>
    </message>
    <message>
        <source>Keep the directory&apos;s</source>
        <translation>Zachowaj z katalogu</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Bez zmian</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Nieprawidłowa</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Import organisations</source>
        <translation>Importuj organizacje</translation>
    </message>
    <message>
        <source>“{file}” is a returned partner workbook, not a list of organisations: Project &gt; Import returned workbooks… shows what it changes and imports it (or drop it on the main window).</source>
        <translation>„{file}” to zwrócony skoroszyt partnera, a nie lista organizacji: Projekt &gt; Importuj zwrócone skoroszyty… pokazuje, co zmienia, i go importuje (albo upuść go na okno główne).</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Odczyt {file}…</translation>
    </message>
    <message>
        <source>Comparing with the directory…</source>
        <translation>Porównywanie z katalogiem…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <source>Import organisations from {file}</source>
        <translation>Import organizacji z {file}</translation>
    </message>
    <message>
        <source>Import organisations from a list</source>
        <translation>Import organizacji z listy</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Sheet and columns</source>
        <translation>Arkusz i kolumny</translation>
    </message>
    <message>
        <source>Check which field each column fills. Your choices are remembered for files with the same columns.</source>
        <translation>Sprawdź, które pole wypełnia każda kolumna. Twoje wybory zostaną zapamiętane dla plików o tych samych kolumnach.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Arkusz</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Przypisanie kolumn</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumna w pliku</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Arkusz:</translation>
    </message>
    <message>
        <source>Field for column {header}</source>
        <translation>Pole dla kolumny {header}</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nie importowana)</translation>
    </message>
    <message>
        <source>Not imported (no matching field): {columns}</source>
        <translation>Nie importowane (brak pasującego pola): {columns}</translation>
    </message>
    <message>
        <source>Every column with a header is imported.</source>
        <translation>Importowana jest każda kolumna z nagłówkiem.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>{rule} (check against the call document)</source>
        <translation>{rule} (sprawdź w dokumentacji naboru)</translation>
    </message>
    <message>
        <source>profit-making</source>
        <translation>nastawione na zysk</translation>
    </message>
    <message>
        <source>non-profit</source>
        <translation>niekomercyjne</translation>
    </message>
    <message>
        <source>Duration {low}-{high} months</source>
        <translation>Czas trwania {low}–{high} mies.</translation>
    </message>
    <message>
        <source>EU contribution {low} to {high} {currency}</source>
        <translation>Wkład UE od {low} do {high} {currency}</translation>
    </message>
    <message>
        <source>Indirect costs (E): {rate} of {base}</source>
        <translation>Koszty pośrednie (E): {rate} od {base}</translation>
    </message>
    <message>
        <source>Funding rate: {rates}</source>
        <translation>Stopa dofinansowania: {rates}</translation>
    </message>
    <message>
        <source>Funding rate {rate}</source>
        <translation>Stopa dofinansowania {rate}</translation>
    </message>
    <message>
        <source>Region mix option: {option}</source>
        <translation>Wariant składu regionalnego: {option}</translation>
    </message>
    <message>
        <source>Coordinator: {rule}</source>
        <translation>Koordynator: {rule}</translation>
    </message>
    <message>
        <source>Financial support to third parties: at most {amount} per third party</source>
        <translation>Wsparcie finansowe dla osób trzecich: najwyżej {amount} na osobę trzecią</translation>
    </message>
    <message>
        <source>At least {share} of the EU contribution to companies (SMEs and large enterprises)</source>
        <translation>Co najmniej {share} wkładu UE dla przedsiębiorstw (MŚP i dużych przedsiębiorstw)</translation>
    </message>
    <message>
        <source>At least {share} of the EU contribution to SMEs</source>
        <translation>Co najmniej {share} wkładu UE dla MŚP</translation>
    </message>
    <message>
        <source>Value-chain roles someone must hold: {roles}</source>
        <translation>Role w łańcuchu wartości, które ktoś musi pełnić: {roles}</translation>
    </message>
    <message>
        <source>At least one smart-specialisation area shared by every participant&apos;s region</source>
        <translation>Co najmniej jedna dziedzina inteligentnej specjalizacji wspólna dla regionów wszystkich uczestników</translation>
    </message>
    <message>
        <source>One thematic priority: {priorities}</source>
        <translation>Jeden priorytet tematyczny: {priorities}</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Znana</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mies.</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Akronim</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Call profile</source>
        <translation>Profil naboru</translation>
    </message>
    <message>
        <source>Thematic priority</source>
        <translation>Priorytet tematyczny</translation>
    </message>
    <message>
        <source>Start date known</source>
        <translation>Data rozpoczęcia znana</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data rozpoczęcia</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Akronim:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>&amp;Call profile:</source>
        <translation>Profil &amp;naboru:</translation>
    </message>
    <message>
        <source>Thematic p&amp;riority:</source>
        <translation>Priorytet te&amp;matyczny:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Data rozpoczęcia:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>Cza&amp;s trwania:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kluczowe dane</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Uczestnicy:</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Kraje</translation>
    </message>
    <message>
        <source>Countries:</source>
        <translation>Kraje:</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiony</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Regiony:</translation>
    </message>
    <message>
        <source>Work packages</source>
        <translation>Pakiety robocze</translation>
    </message>
    <message>
        <source>Work packages:</source>
        <translation>Pakiety robocze:</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <source>Deliverables:</source>
        <translation>Produkty:</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Kamienie milowe</translation>
    </message>
    <message>
        <source>Milestones:</source>
        <translation>Kamienie milowe:</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Osobomiesiące</translation>
    </message>
    <message>
        <source>Person-months:</source>
        <translation>Osobomiesiące:</translation>
    </message>
    <message>
        <source>Total eligible costs</source>
        <translation>Koszty kwalifikowalne razem</translation>
    </message>
    <message>
        <source>Total eligible costs:</source>
        <translation>Koszty kwalifikowalne razem:</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>Wkład UE</translation>
    </message>
    <message>
        <source>EU contribution:</source>
        <translation>Wkład UE:</translation>
    </message>
    <message>
        <source>Own contribution</source>
        <translation>Wkład własny</translation>
    </message>
    <message>
        <source>Own contribution:</source>
        <translation>Wkład własny:</translation>
    </message>
    <message>
        <source>Call profile rules</source>
        <translation>Zasady profilu naboru</translation>
    </message>
    <message>
        <source>acronym</source>
        <translation>akronim</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tytuł</translation>
    </message>
    <message>
        <source>call profile</source>
        <translation>profil naboru</translation>
    </message>
    <message>
        <source>thematic priority</source>
        <translation>priorytet tematyczny</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>datę rozpoczęcia</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>czas trwania</translation>
    </message>
    <message>
        <source>Change {field} of {acronym}</source>
        <translation>Zmień {field} projektu {acronym}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Arkusz</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemy</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>W pliku</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Pasuje do</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Według</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Zmiany</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikaty</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>In the directory</source>
        <translation>W katalogu</translation>
    </message>
    <message>
        <source>Changes of the selected record</source>
        <translation>Zmiany wybranego rekordu</translation>
    </message>
    <message>
        <source>Decision for the selected record</source>
        <translation>Decyzja dla wybranego rekordu</translation>
    </message>
    <message>
        <source>Update all</source>
        <translation>Aktualizuj wszystkie</translation>
    </message>
    <message>
        <source>Keep all</source>
        <translation>Zachowaj wszystkie</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the rows with errors</source>
        <translation>Importuj poprawne wiersze i pomiń wiersze z błędami</translation>
    </message>
    <message>
        <source>Selected record:</source>
        <translation>Wybrany rekord:</translation>
    </message>
    <message>
        <source>Errors and warnings:</source>
        <translation>Błędy i ostrzeżenia:</translation>
    </message>
    <message>
        <source>Organisations already in the directory:</source>
        <translation>Organizacje już obecne w katalogu:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation row(s) read from “{sheet}”: {new} new, {update} to update, {unchanged} unchanged or kept, {skipped} skipped.</source>
        <translation>
            <numerusform>Odczytano %n wiersz organizacji z „{sheet}”: nowe: {new}, do aktualizacji: {update}, bez zmian lub zachowane: {unchanged}, pominięte: {skipped}.</numerusform>
            <numerusform>Odczytano %n wiersze organizacji z „{sheet}”: nowe: {new}, do aktualizacji: {update}, bez zmian lub zachowane: {unchanged}, pominięte: {skipped}.</numerusform>
            <numerusform>Odczytano %n wierszy organizacji z „{sheet}”: nowe: {new}, do aktualizacji: {update}, bez zmian lub zachowane: {unchanged}, pominięte: {skipped}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): nothing can be imported until they are fixed in the file, or you choose to skip those rows.</source>
        <translation>
            <numerusform>%n błąd: nie można niczego zaimportować, dopóki nie zostanie poprawiony w pliku lub nie zdecydujesz się pominąć tych wierszy.</numerusform>
            <numerusform>%n błędy: nie można niczego zaimportować, dopóki nie zostaną poprawione w pliku lub nie zdecydujesz się pominąć tych wierszy.</numerusform>
            <numerusform>%n błędów: nie można niczego zaimportować, dopóki nie zostaną poprawione w pliku lub nie zdecydujesz się pominąć tych wierszy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionsPage</name>
    <message>
        <source>None known</source>
        <translation>Nieznana</translation>
    </message>
    <message>
        <source>Your entry</source>
        <translation>Twój wpis</translation>
    </message>
    <message>
        <source>Shipped table</source>
        <translation>Dołączona tabela</translation>
    </message>
    <message>
        <source>No source</source>
        <translation>Brak źródła</translation>
    </message>
    <message>
        <source>The shipped table says: {category}</source>
        <translation>Dołączona tabela podaje: {category}</translation>
    </message>
    <message>
        <source>No known category: the checks cannot count this region for the region mix. Set it with its source, or import a table.</source>
        <translation>Brak znanej kategorii: kontrole nie mogą uwzględnić tego regionu w składzie regionalnym. Ustaw ją wraz ze źródłem albo zaimportuj tabelę.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>A NUTS 2016 code</source>
        <translation>Kod NUTS 2016</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Value from</source>
        <translation>Wartość z</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Region categories</source>
        <translation>Kategorie regionów</translation>
    </message>
    <message>
        <source>Set category…</source>
        <translation>Ustaw kategorię…</translation>
    </message>
    <message>
        <source>Clear my entry</source>
        <translation>Usuń mój wpis</translation>
    </message>
    <message>
        <source>Import a table…</source>
        <translation>Importuj tabelę…</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>Filtr kraju</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Wszystkie kraje</translation>
    </message>
    <message>
        <source>Only regions &amp;without a category</source>
        <translation>Tylko regiony &amp;bez kategorii</translation>
    </message>
    <message>
        <source>Only regions without a category</source>
        <translation>Tylko regiony bez kategorii</translation>
    </message>
    <message>
        <source>Region counts</source>
        <translation>Liczba regionów</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>&amp;Kraj</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s), {missing} without a category</source>
        <translation>
            <numerusform>%n region, bez kategorii: {missing}</numerusform>
            <numerusform>%n regiony, bez kategorii: {missing}</numerusform>
            <numerusform>%n regionów, bez kategorii: {missing}</numerusform>
        </translation>
    </message>
    <message>
        <source>{code} has no category of yours to clear (its value comes from the shipped table).</source>
        <translation>{code} nie ma Twojej kategorii do usunięcia (wartość pochodzi z dołączonej tabeli).</translation>
    </message>
    <message>
        <source>{code} has no category of yours to clear.</source>
        <translation>{code} nie ma Twojej kategorii do usunięcia.</translation>
    </message>
    <message>
        <source>Clear the category of {code}</source>
        <translation>Usuń kategorię {code}</translation>
    </message>
    <message>
        <source>Set the category of {code} to {category}</source>
        <translation>Ustaw kategorię {code} na {category}</translation>
    </message>
    <message>
        <source>{code} has no category yet: choose the category first.</source>
        <translation>{code} nie ma jeszcze kategorii: najpierw wybierz kategorię.</translation>
    </message>
    <message>
        <source>Only source notes can be pasted; set categories one by one or import a table.</source>
        <translation>Można wklejać tylko źródła; ustawiaj kategorie pojedynczo albo zaimportuj tabelę.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n source note(s)</source>
        <translation>
            <numerusform>Wklej %n źródło</numerusform>
            <numerusform>Wklej %n źródła</numerusform>
            <numerusform>Wklej %n źródeł</numerusform>
        </translation>
    </message>
    <message>
        <source>Import region categories</source>
        <translation>Importuj kategorie regionów</translation>
    </message>
    <message>
        <source>CSV tables (*.csv *.txt);;All files (*)</source>
        <translation>Tabele CSV (*.csv *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Import region categories from {file}</source>
        <translation>Import kategorii regionów z {file}</translation>
    </message>
    <message>
        <source>{report}.</source>
        <translation>{report}.</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zwrócony</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importy</translation>
    </message>
    <message>
        <source>How many returned workbooks were imported for this participant</source>
        <translation>Ile zwróconych skoroszytów zaimportowano dla tego uczestnika</translation>
    </message>
    <message>
        <source>Last imported</source>
        <translation>Ostatni import</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Co się zmieniło</translation>
    </message>
    <message>
        <source>Returned partner workbooks</source>
        <translation>Zwrócone skoroszyty partnerów</translation>
    </message>
    <message>
        <source>Partner workbooks…</source>
        <translation>Skoroszyty partnerów…</translation>
    </message>
    <message>
        <source>Import returned workbooks…</source>
        <translation>Importuj zwrócone skoroszyty…</translation>
    </message>
    <message>
        <source>What the latest import changed</source>
        <translation>Co zmienił ostatni import</translation>
    </message>
    <message>
        <source>Select a participant to see what its latest returned workbook changed.</source>
        <translation>Wybierz uczestnika, aby zobaczyć, co zmienił jego ostatnio zwrócony skoroszyt.</translation>
    </message>
    <message>
        <source>P{number} {name} has not returned a workbook yet.</source>
        <translation>P{number} {name} nie zwrócił jeszcze skoroszytu.</translation>
    </message>
    <message>
        <source>P{number} {name}: {file}, imported {time}</source>
        <translation>P{number} {name}: {file}, zaimportowano {time}</translation>
    </message>
</context>
<context>
    <name>RowEditing</name>
    <message numerus="yes">
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>Usuń %n uczestnika</numerusform>
            <numerusform>Usuń %n uczestników</numerusform>
            <numerusform>Usuń %n uczestników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n work package(s)</source>
        <translation>
            <numerusform>Usuń %n pakiet roboczy</numerusform>
            <numerusform>Usuń %n pakiety robocze</numerusform>
            <numerusform>Usuń %n pakietów roboczych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n task(s)</source>
        <translation>
            <numerusform>Usuń %n zadanie</numerusform>
            <numerusform>Usuń %n zadania</numerusform>
            <numerusform>Usuń %n zadań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n deliverable(s)</source>
        <translation>
            <numerusform>Usuń %n produkt</numerusform>
            <numerusform>Usuń %n produkty</numerusform>
            <numerusform>Usuń %n produktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n milestone(s)</source>
        <translation>
            <numerusform>Usuń %n kamień milowy</numerusform>
            <numerusform>Usuń %n kamienie milowe</numerusform>
            <numerusform>Usuń %n kamieni milowych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n cost item(s)</source>
        <translation>
            <numerusform>Usuń %n pozycję kosztów</numerusform>
            <numerusform>Usuń %n pozycje kosztów</numerusform>
            <numerusform>Usuń %n pozycji kosztów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n organisation(s)</source>
        <translation>
            <numerusform>Usuń %n organizację</numerusform>
            <numerusform>Usuń %n organizacje</numerusform>
            <numerusform>Usuń %n organizacji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n row(s)</source>
        <translation>
            <numerusform>Usuń %n wiersz</numerusform>
            <numerusform>Usuń %n wiersze</numerusform>
            <numerusform>Usuń %n wierszy</numerusform>
        </translation>
    </message>
    <message>
        <source>{column} of {row}: {error}</source>
        <translation>{column} w {row}: {error}</translation>
    </message>
    <message>
        <source>Renumber {row}</source>
        <translation>Przenumeruj {row}</translation>
    </message>
    <message>
        <source>Change {column} of {row}</source>
        <translation>Zmień {column} w {row}</translation>
    </message>
    <message>
        <source>new row {line}</source>
        <translation>nowy wiersz {line}</translation>
    </message>
    <message>
        <source>Nothing was pasted: {error}</source>
        <translation>Nic nie wklejono: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s), adding {rows}</source>
        <translation>
            <numerusform>Wklej %n komórkę, dodając {rows}</numerusform>
            <numerusform>Wklej %n komórki, dodając {rows}</numerusform>
            <numerusform>Wklej %n komórek, dodając {rows}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n wiersz</numerusform>
            <numerusform>%n wiersze</numerusform>
            <numerusform>%n wierszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Wklej %n komórkę</numerusform>
            <numerusform>Wklej %n komórki</numerusform>
            <numerusform>Wklej %n komórek</numerusform>
        </translation>
    </message>
    <message>
        <source>new row {line}: {error}</source>
        <translation>nowy wiersz {line}: {error}</translation>
    </message>
    <message>
        <source>Remove {row}</source>
        <translation>Usuń {row}</translation>
    </message>
</context>
<context>
    <name>S3AreasDialog</name>
    <message>
        <source>Smart-specialisation areas of {code}</source>
        <translation>Dziedziny inteligentnej specjalizacji {code}</translation>
    </message>
    <message>
        <source>S3 areas, one per line</source>
        <translation>Dziedziny S3, jedna w wierszu</translation>
    </message>
    <message>
        <source>Source of the areas</source>
        <translation>Źródło dziedzin</translation>
    </message>
    <message>
        <source>e.g. the region&apos;s smart specialisation strategy 2021-2027</source>
        <translation>np. regionalna strategia inteligentnej specjalizacji 2021–2027</translation>
    </message>
    <message>
        <source>&amp;Areas (one per line):</source>
        <translation>&amp;Dziedziny (jedna w wierszu):</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Ź&amp;ródło:</translation>
    </message>
</context>
<context>
    <name>SourceNoteDialog</name>
    <message>
        <source>Region category of {code}</source>
        <translation>Kategoria regionu {code}</translation>
    </message>
    <message>
        <source>Region category</source>
        <translation>Kategoria regionu</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>e.g. Decision (EU) 2021/1130, Annex I</source>
        <translation>np. decyzja (UE) 2021/1130, załącznik I</translation>
    </message>
    <message>
        <source>Where does this value come from? The note is shown beside the category.</source>
        <translation>Skąd pochodzi ta wartość? Uwaga jest wyświetlana obok kategorii.</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategoria</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>Ź&amp;ródło</translation>
    </message>
</context>
<context>
    <name>ValueChainPage</name>
    <message>
        <source>{participant}: {role} (held)</source>
        <translation>{participant}: {role} (pełniona)</translation>
    </message>
    <message>
        <source>{participant}: {role} (not held)</source>
        <translation>{participant}: {role} (niepełniona)</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiony</translation>
    </message>
    <message>
        <source>Nobody in the consortium holds this role</source>
        <translation>Nikt w konsorcjum nie pełni tej roli</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nikt</translation>
    </message>
    <message>
        <source>{role}: {holders}</source>
        <translation>{role}: {holders}</translation>
    </message>
    <message>
        <source>Thematic priority</source>
        <translation>Priorytet tematyczny</translation>
    </message>
    <message>
        <source>Thematic p&amp;riority:</source>
        <translation>Priorytet te&amp;matyczny:</translation>
    </message>
    <message>
        <source>Value-chain roles of the participants</source>
        <translation>Role uczestników w łańcuchu wartości</translation>
    </message>
    <message>
        <source>Roles × participants (Space ticks a role)</source>
        <translation>Role × uczestnicy (Spacja zaznacza rolę)</translation>
    </message>
    <message>
        <source>Save the pi&amp;cture…</source>
        <translation>Zapisz sc&amp;hemat…</translation>
    </message>
    <message>
        <source>The chain from research to market</source>
        <translation>Łańcuch od badań do rynku</translation>
    </message>
    <message>
        <source>Companies, SMEs and start-ups</source>
        <translation>Przedsiębiorstwa, MŚP i start-upy</translation>
    </message>
    <message>
        <source>Sectors and ecosystems</source>
        <translation>Sektory i ekosystemy</translation>
    </message>
    <message>
        <source>Sectors (NACE Rev. 2) and industrial ecosystems</source>
        <translation>Sektory (NACE Rev. 2) i ekosystemy przemysłowe</translation>
    </message>
    <message>
        <source>Clusters and the partners they bring</source>
        <translation>Klastry i partnerzy, których wnoszą</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>S3 areas</source>
        <translation>Dziedziny S3</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Smart-specialisation areas per region</source>
        <translation>Dziedziny inteligentnej specjalizacji według regionu</translation>
    </message>
    <message>
        <source>Edit &amp;areas…</source>
        <translation>Edytuj &amp;dziedziny…</translation>
    </message>
    <message>
        <source>Smart-specialisation (S3) areas of the regions</source>
        <translation>Dziedziny inteligentnej specjalizacji (S3) regionów</translation>
    </message>
    <message>
        <source>The call&apos;s priorities: {priorities}. Source: {source} (check against the call document)</source>
        <translation>Priorytety naboru: {priorities}. Źródło: {source} (sprawdź w dokumentacji naboru)</translation>
    </message>
    <message>
        <source>The call&apos;s priorities: {priorities}. Source: {source}</source>
        <translation>Priorytety naboru: {priorities}. Źródło: {source}</translation>
    </message>
    <message>
        <source>Every role of the chain is held by someone.</source>
        <translation>Każdą rolę w łańcuchu ktoś pełni.</translation>
    </message>
    <message numerus="yes">
        <source>Nobody holds {missing} of the %n role(s). Find partners whose usual roles include one:</source>
        <translation>
            <numerusform>Nikt nie pełni {missing} z %n roli. Znajdź partnerów, których typowe role obejmują jedną z nich:</numerusform>
            <numerusform>Nikt nie pełni {missing} z %n ról. Znajdź partnerów, których typowe role obejmują jedną z nich:</numerusform>
            <numerusform>Nikt nie pełni {missing} z %n ról. Znajdź partnerów, których typowe role obejmują jedną z nich:</numerusform>
        </translation>
    </message>
    <message>
        <source>Find {role}…</source>
        <translation>Znajdź: {role}…</translation>
    </message>
    <message>
        <source>Find partners for the role {role}</source>
        <translation>Znajdź partnerów do roli {role}</translation>
    </message>
    <message>
        <source>No participant has a NUTS 2 region yet.</source>
        <translation>Żaden uczestnik nie ma jeszcze regionu NUTS 2.</translation>
    </message>
    <message>
        <source>Shared by every region: {areas}.</source>
        <translation>Wspólne dla wszystkich regionów: {areas}.</translation>
    </message>
    <message>
        <source>No area is shared by every region.</source>
        <translation>Żadna dziedzina nie jest wspólna dla wszystkich regionów.</translation>
    </message>
    <message>
        <source>Sharing no area with any other region: {regions}.</source>
        <translation>Bez wspólnej dziedziny z innym regionem: {regions}.</translation>
    </message>
    <message>
        <source>No areas recorded for {regions}.</source>
        <translation>Brak zapisanych dziedzin dla {regions}.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>brak zapisanych</translation>
    </message>
    <message>
        <source>Give the role {role} to {participant}</source>
        <translation>Przydziel rolę {role} uczestnikowi {participant}</translation>
    </message>
    <message>
        <source>Take the role {role} from {participant}</source>
        <translation>Odbierz rolę {role} uczestnikowi {participant}</translation>
    </message>
    <message>
        <source>Change thematic priority of {acronym}</source>
        <translation>Zmień priorytet tematyczny {acronym}</translation>
    </message>
    <message>
        <source>{role}: organisations whose usual roles include it</source>
        <translation>{role}: organizacje, których typowe role ją obejmują</translation>
    </message>
    <message>
        <source>S3 areas of {code}</source>
        <translation>Dziedziny S3 {code}</translation>
    </message>
    <message>
        <source>Save the picture of the value chain</source>
        <translation>Zapisz schemat łańcucha wartości</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Obrazy PNG (*.png)</translation>
    </message>
    <message>
        <source>{group}: no participants yet.</source>
        <translation>{group}: brak uczestników.</translation>
    </message>
    <message>
        <source>EUR {amount}, {share} of the EU contribution</source>
        <translation>{amount} EUR, {share} wkładu UE</translation>
    </message>
    <message>
        <source>no EU contribution planned yet</source>
        <translation>nie zaplanowano jeszcze wkładu UE</translation>
    </message>
    <message>
        <source>Companies (SMEs and large enterprises)</source>
        <translation>Przedsiębiorstwa (MŚP i duże przedsiębiorstwa)</translation>
    </message>
    <message>
        <source>SMEs</source>
        <translation>MŚP</translation>
    </message>
    <message>
        <source>Start-ups</source>
        <translation>Start-upy</translation>
    </message>
    <message>
        <source>Sectors:</source>
        <translation>Sektory:</translation>
    </message>
    <message>
        <source>Ecosystems:</source>
        <translation>Ekosystemy:</translation>
    </message>
    <message>
        <source>No participant is recorded as a member of a cluster.</source>
        <translation>Żaden uczestnik nie jest zapisany jako członek klastra.</translation>
    </message>
</context>
<context>
    <name>WorkPlanPage</name>
    <message>
        <source>there is no work package {token}</source>
        <translation>nie ma pakietu roboczego {token}</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lider</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>WP</source>
        <translation>WP</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Osobomiesiące</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation>Pakiet roboczy</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Dissemination</source>
        <translation>Rozpowszechnianie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Work packages</source>
        <translation>Pakiety robocze</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Sposób weryfikacji</translation>
    </message>
    <message>
        <source>Work plan tables</source>
        <translation>Tabele planu prac</translation>
    </message>
    <message>
        <source>Add work package</source>
        <translation>Dodaj pakiet roboczy</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Dodaj zadanie</translation>
    </message>
    <message>
        <source>Add deliverable</source>
        <translation>Dodaj produkt</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Kamienie milowe</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Dodaj kamień milowy</translation>
    </message>
    <message>
        <source>No work packages yet. Add work package (or the Insert key) adds one; its tasks, deliverables and milestones go in the other tabs.</source>
        <translation>Brak pakietów roboczych. „Dodaj pakiet roboczy” (lub klawisz Insert) dodaje pakiet; zadania, produkty i kamienie milowe znajdują się na pozostałych kartach.</translation>
    </message>
    <message>
        <source>Renumber</source>
        <translation>Przenumeruj</translation>
    </message>
    <message>
        <source>New work package</source>
        <translation>Nowy pakiet roboczy</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nowe zadanie</translation>
    </message>
    <message>
        <source>New deliverable</source>
        <translation>Nowy produkt</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Nowy kamień milowy</translation>
    </message>
    <message>
        <source>Add a work package first: tasks belong to one.</source>
        <translation>Najpierw dodaj pakiet roboczy: zadania należą do pakietu.</translation>
    </message>
    <message>
        <source>Add a work package first: deliverables belong to one.</source>
        <translation>Najpierw dodaj pakiet roboczy: produkty należą do pakietu.</translation>
    </message>
    <message>
        <source>Renumber work packages</source>
        <translation>Przenumeruj pakiety robocze</translation>
    </message>
    <message>
        <source>Renumber tasks</source>
        <translation>Przenumeruj zadania</translation>
    </message>
    <message>
        <source>Renumber deliverables</source>
        <translation>Przenumeruj produkty</translation>
    </message>
    <message>
        <source>Renumber milestones</source>
        <translation>Przenumeruj kamienie milowe</translation>
    </message>
</context>
</TS>
