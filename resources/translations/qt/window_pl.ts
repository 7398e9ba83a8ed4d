<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Przetwarzanie</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Theirs (now)</source>
        <translation>Ich (teraz)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Twoje</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Zmienione przez</translation>
    </message>
    <message>
        <source>Someone else changed this</source>
        <translation>Ktoś inny to zmienił</translation>
    </message>
    <message>
        <source>Since you saw it, someone else changed what you edited. Nothing of yours was written. Keep their values, or apply yours over them.</source>
        <translation>Odkąd to wyświetlono, ktoś inny zmienił to, co edytujesz. Żadna z Twoich zmian nie została zapisana. Zachowaj jego wartości albo zastosuj swoje w ich miejsce.</translation>
    </message>
    <message>
        <source>Conflicting values</source>
        <translation>Sprzeczne wartości</translation>
    </message>
    <message>
        <source>{what}: {field}</source>
        <translation>{what}: {field}</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>zmienione</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>ktoś inny</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Zachowaj ich</translation>
    </message>
    <message>
        <source>&amp;Apply mine</source>
        <translation>Z&amp;astosuj moje</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>NUTS 2 region</source>
        <translation>Region NUTS 2</translation>
    </message>
    <message>
        <source>Region category</source>
        <translation>Kategoria regionu</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Typ organizacji</translation>
    </message>
    <message>
        <source>SME class</source>
        <translation>Klasa MŚP</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Klaster</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>EU project experience</source>
        <translation>Doświadczenie w projektach UE</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtry</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Wyczyść wszystko</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Wyczyść wszystkie filtry</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Clear {0}</source>
        <translation>Wyczyść: {0}</translation>
    </message>
</context>
<context>
    <name>FieldDelegate</name>
    <message>
        <source>this table is read-only here (the workspace or version is open for reading only)</source>
        <translation>ta tabela jest tu tylko do odczytu (obszar roboczy lub wersja są otwarte tylko do odczytu)</translation>
    </message>
    <message>
        <source>a total is computed from the rows above; change those rows</source>
        <translation>suma jest obliczana z wierszy powyżej; zmień te wiersze</translation>
    </message>
    <message>
        <source>this column is filled in by the application; it cannot be typed into</source>
        <translation>tę kolumnę wypełnia aplikacja; nie można w niej pisać</translation>
    </message>
    <message>
        <source>{column}: {reason}</source>
        <translation>{column}: {reason}</translation>
    </message>
</context>
<context>
    <name>FileNotice</name>
    <message>
        <source>Export finished</source>
        <translation>Eksport zakończony</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Otwórz plik</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>Otwórz wyeksportowany plik</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Pokaż w folderze</translation>
    </message>
    <message>
        <source>Show the exported file in its folder</source>
        <translation>Pokaż wyeksportowany plik w folderze</translation>
    </message>
    <message>
        <source>Close the export notice</source>
        <translation>Zamknij powiadomienie o eksporcie</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Otwórz folder</translation>
    </message>
</context>
<context>
    <name>FirstProjectHint</name>
    <message>
        <source>No project yet</source>
        <translation>Brak projektu</translation>
    </message>
    <message>
        <source>No project yet. Create the first one with {menu} ({shortcut}).</source>
        <translation>Nie ma jeszcze projektu. Utwórz pierwszy: {menu} ({shortcut}).</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <source>Partner workbooks of {acronym}</source>
        <translation>Skoroszyty partnerów {acronym}</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>All participants (one workbook each, into a folder)</source>
        <translation>Wszyscy uczestnicy (każdy swój skoroszyt, do folderu)</translation>
    </message>
    <message>
        <source>Language of the workbook</source>
        <translation>Język skoroszytu</translation>
    </message>
    <message>
        <source>Write…</source>
        <translation>Zapisz…</translation>
    </message>
    <message>
        <source>Each partner fills in their profile, effort per work package and cost lines, and sends the workbook back; Project &gt; Import returned workbooks… reads it.</source>
        <translation>Każdy partner uzupełnia swój profil, nakład pracy na pakiet roboczy i pozycje kosztów, po czym odsyła skoroszyt; Projekt &gt; Importuj zwrócone skoroszyty… go wczytuje.</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Uczestnik</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When (UTC)</source>
        <translation>Kiedy (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Undo/redo</source>
        <translation>Cofnij/ponów</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>cofnięcie</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>ponowienie</translation>
    </message>
    <message>
        <source>Show &amp;older</source>
        <translation>Pokaż &amp;starsze</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Brak zapisanych zmian.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) shown, newest first.</source>
        <translation>
            <numerusform>Pokazano %n zmianę, od najnowszej.</numerusform>
            <numerusform>Pokazano %n zmiany, od najnowszej.</numerusform>
            <numerusform>Pokazano %n zmian, od najnowszej.</numerusform>
        </translation>
    </message>
    <message>
        <source>History of {acronym}</source>
        <translation>Historia {acronym}</translation>
    </message>
    <message>
        <source>Choose an organisation in the partner directory first.</source>
        <translation>Najpierw wybierz organizację w katalogu partnerów.</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>Historia: {name}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigator</source>
        <translation>Nawigator</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Otwarto</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historia cofania</translation>
    </message>
    <message>
        <source>Total eligible costs</source>
        <translation>Łączne koszty kwalifikowalne</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>Wkład UE</translation>
    </message>
    <message>
        <source>Errors found by the checks</source>
        <translation>Błędy wykryte przez kontrole</translation>
    </message>
    <message>
        <source>Workspace mode</source>
        <translation>Tryb obszaru roboczego</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Brak ostatnich obszarów roboczych</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Język systemu ({language})</translation>
    </message>
    <message>
        <source>Consortium Planner will speak {language} from its next start. Close and reopen it to switch now.</source>
        <translation>Consortium Planner będzie używać języka {language} od następnego uruchomienia. Zamknij i otwórz go ponownie, aby zmienić teraz.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>{problem}

Open {file} read-only? You can look at everything and export, but not change it.</source>
        <translation>{problem}

Otworzyć {file} tylko do odczytu? Można wszystko przeglądać i eksportować, ale nie zmieniać.</translation>
    </message>
    <message>
        <source>Workspace in use</source>
        <translation>Obszar roboczy w użyciu</translation>
    </message>
    <message>
        <source>{workspace} (team workspace, read-only) – {app}</source>
        <translation>{workspace} (zespołowy obszar roboczy, tylko do odczytu) – {app}</translation>
    </message>
    <message>
        <source>{workspace} (team workspace) – {app}</source>
        <translation>{workspace} (zespołowy obszar roboczy) – {app}</translation>
    </message>
    <message>
        <source>{workspace} (read-only) – {app}</source>
        <translation>{workspace} (tylko do odczytu) – {app}</translation>
    </message>
    <message>
        <source>{workspace} – {app}</source>
        <translation>{workspace} – {app}</translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can look at everything and export, but not change it.</source>
        <translation>Tylko do odczytu: {reason}. Możesz wszystko przeglądać i eksportować, ale nie zmieniać.</translation>
    </message>
    <message>
        <source>The workspace was upgraded; the old file was kept as {file}</source>
        <translation>Obszar roboczy został zaktualizowany; stary plik zachowano jako {file}</translation>
    </message>
    <message>
        <source>A scenario of {project}: {scenario}</source>
        <translation>Scenariusz projektu {project}: {scenario}</translation>
    </message>
    <message>
        <source>A scenario of {project}</source>
        <translation>Scenariusz projektu {project}</translation>
    </message>
    <message>
        <source>{acronym} · main</source>
        <translation>{acronym} · główny</translation>
    </message>
    <message>
        <source>The main project of its proposal</source>
        <translation>Główny projekt swojego wniosku</translation>
    </message>
    <message>
        <source>Versions ({count})</source>
        <translation>Wersje ({count})</translation>
    </message>
    <message>
        <source>Frozen copies of the project: open one read-only, restore it as a scenario, or delete it</source>
        <translation>Zamrożone kopie projektu: otwórz jedną tylko do odczytu, przywróć ją jako scenariusz albo usuń</translation>
    </message>
    <message>
        <source>{version}: {description} (opens read-only)</source>
        <translation>{version}: {description} (otwiera się tylko do odczytu)</translation>
    </message>
    <message>
        <source>Read-only: version {version} of {time}</source>
        <translation>Tylko do odczytu: wersja {version} z {time}</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Tylko do odczytu</translation>
    </message>
    <message>
        <source>Total eligible: {amount}</source>
        <translation>Razem kwalifikowalne: {amount}</translation>
    </message>
    <message>
        <source>EU contribution: {amount}</source>
        <translation>Wkład UE: {amount}</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 błąd</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translation>Błędy: {count}</translation>
    </message>
    <message>
        <source>Consortium Planner {version}

Plan interregional consortia, work plans and budgets for EU innovation calls, offline.</source>
        <translation>Consortium Planner {version}

Planowanie międzyregionalnych konsorcjów, planów pracy i budżetów w naborach innowacyjnych UE, offline.</translation>
    </message>
    <message>
        <source>About Consortium Planner</source>
        <translation>O programie Consortium Planner</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Zamknij komunikat</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Overrides for P{number} {name}</source>
        <translation>Wyjątki dla P{number} {name}</translation>
    </message>
    <message>
        <source>Override the funding rate</source>
        <translation>Ustal inny poziom dofinansowania</translation>
    </message>
    <message>
        <source>Funding rate</source>
        <translation>Poziom dofinansowania</translation>
    </message>
    <message>
        <source>e.g. 70 %</source>
        <translation>np. 70 %</translation>
    </message>
    <message>
        <source>Reason for the funding rate</source>
        <translation>Uzasadnienie poziomu dofinansowania</translation>
    </message>
    <message>
        <source>Override the region category</source>
        <translation>Ustal inną kategorię regionu</translation>
    </message>
    <message>
        <source>Region category</source>
        <translation>Kategoria regionu</translation>
    </message>
    <message>
        <source>Reason for the region category</source>
        <translation>Uzasadnienie kategorii regionu</translation>
    </message>
    <message>
        <source>Funding rate:</source>
        <translation>Poziom dofinansowania:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Uzasadnienie:</translation>
    </message>
    <message>
        <source>From the call profile and data: {rate}</source>
        <translation>Według profilu naboru i danych: {rate}</translation>
    </message>
    <message>
        <source>Region category:</source>
        <translation>Kategoria regionu:</translation>
    </message>
    <message>
        <source>Current: {category} ({source})</source>
        <translation>Obecnie: {category} ({source})</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznana</translation>
    </message>
</context>
<context>
    <name>PartnerFinder</name>
    <message>
        <source>Add participants to {0}</source>
        <translation>Dodaj uczestników do {0}</translation>
    </message>
    <message>
        <source>What the consortium lacks</source>
        <translation>Czego brakuje konsorcjum</translation>
    </message>
    <message>
        <source>Every organisation not yet in {0}</source>
        <translation>Wszystkie organizacje spoza {0}</translation>
    </message>
    <message>
        <source>Search names, PIC, VAT, city, clusters, notes</source>
        <translation>Szukaj nazw, PIC, NIP, miasta, klastrów, notatek</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Szukaj organizacji</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizacje</translation>
    </message>
    <message>
        <source>{0} organisations not in {1}</source>
        <translation>Organizacje spoza {1}: {0}</translation>
    </message>
    <message>
        <source>Add selected</source>
        <translation>Dodaj zaznaczone</translation>
    </message>
    <message>
        <source>Proposed from the project&apos;s checks:</source>
        <translation>Propozycje na podstawie kontroli projektu:</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Acronym</source>
        <translation>Akronim</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Akronim:</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <source>e.g. P7 leaves, a Polish SME joins</source>
        <translation>np. P7 odchodzi, dołącza polskie MŚP</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenariusz:</translation>
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
        <source>Duration in months</source>
        <translation>Czas trwania w miesiącach</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mies.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>Call &amp;profile:</source>
        <translation>&amp;Profil naboru:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Czas trwania:</translation>
    </message>
</context>
<context>
    <name>ReturnsPreviewDialog</name>
    <message>
        <source>Import returned workbooks</source>
        <translation>Importuj zwrócone skoroszyty</translation>
    </message>
    <message>
        <source>Returned workbooks</source>
        <translation>Zwrócone skoroszyty</translation>
    </message>
    <message>
        <source>Changes of the selected workbook</source>
        <translation>Zmiany z zaznaczonego skoroszytu</translation>
    </message>
    <message>
        <source>Import checked files</source>
        <translation>Importuj zaznaczone pliki</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Check the files to import; a file with errors changes nothing. Edit &gt; Undo takes the whole import back.</source>
        <translation>Nic jeszcze się nie zmieniło. Zaznacz pliki do importu; plik z błędami niczego nie zmienia. Edycja &gt; Cofnij cofa cały import.</translation>
    </message>
    <message>
        <source>✗ {file} (errors)</source>
        <translation>✗ {file} (błędy)</translation>
    </message>
    <message>
        <source>= {file} (no changes)</source>
        <translation>= {file} (bez zmian)</translation>
    </message>
    <message>
        <source>{file} (changes: {count})</source>
        <translation>{file} (zmiany: {count})</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>Search {table}</source>
        <translation>Szukaj: {table}</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Totals of {table}</source>
        <translation>Sumy: {table}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Wklej</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Dodaj wiersz</translation>
    </message>
    <message>
        <source>Remove selected rows</source>
        <translation>Usuń zaznaczone wiersze</translation>
    </message>
</context>
<context>
    <name>TeamWorkspaceDialog</name>
    <message>
        <source>Open team workspace</source>
        <translation>Otwórz zespołowy obszar roboczy</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>domyślny (5432)</translation>
    </message>
    <message>
        <source>a name from pg_service.conf (instead of the above)</source>
        <translation>nazwa z pg_service.conf (zamiast powyższych)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Baza danych</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Użytkownik</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>U&amp;sługa</translation>
    </message>
    <message>
        <source>The password is asked for when the server needs it and is never stored; ~/.pgpass and PGPASSWORD are used when set.</source>
        <translation>Hasło jest pobierane, gdy serwer go wymaga, i nigdy nie jest zapisywane; jeśli ustawiono ~/.pgpass lub PGPASSWORD, są one używane.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Password for {address}:</source>
        <translation>Hasło do {address}:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Plan consortia, work plans and budgets for EU innovation calls, offline. A workspace file (.cpw) holds your partner directory and your projects.</source>
        <translation>Planuj konsorcja, plany pracy i budżety na potrzeby naborów innowacyjnych UE, offline. Plik obszaru roboczego (.cpw) zawiera katalog partnerów i Twoje projekty.</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Otwórz obszar de&amp;monstracyjny</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nowy obszar roboczy…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Otwórz obszar roboczy…</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Ostatnie obszary robocze</translation>
    </message>
    <message>
        <source>You can also drop a .cpw file onto this window.</source>
        <translation>Możesz też upuścić plik .cpw na to okno.</translation>
    </message>
    <message>
        <source>A team workspace on a PostgreSQL server</source>
        <translation>Zespołowy obszar roboczy na serwerze PostgreSQL</translation>
    </message>
    <message>
        <source>This file no longer exists</source>
        <translation>Ten plik już nie istnieje</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nowy obszar roboczy…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Otwórz obszar roboczy…</translation>
    </message>
    <message>
        <source>Open &amp;team workspace…</source>
        <translation>Otwórz ze&amp;społowy obszar roboczy…</translation>
    </message>
    <message>
        <source>Open a workspace shared on a PostgreSQL server</source>
        <translation>Otwórz obszar roboczy udostępniony na serwerze PostgreSQL</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Otwórz obszar de&amp;monstracyjny</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Z&amp;apisz kopię…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Podgląd wydruku…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>&amp;Import organisations…</source>
        <translation>&amp;Importuj organizacje…</translation>
    </message>
    <message>
        <source>Read an organisation list (xlsx, xlsm, ods, csv) into the partner directory</source>
        <translation>Wczytaj listę organizacji (xlsx, xlsm, ods, csv) do katalogu partnerów</translation>
    </message>
    <message>
        <source>Import region cate&amp;gories…</source>
        <translation>Importuj kate&amp;gorie regionów…</translation>
    </message>
    <message>
        <source>Read a table of NUTS 2 codes and their region categories (CSV)</source>
        <translation>Wczytaj tabelę kodów NUTS 2 i ich kategorii regionów (CSV)</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>&amp;Zamknij obszar roboczy</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Dodaj wiersz</translation>
    </message>
    <message>
        <source>Re&amp;move selected rows</source>
        <translation>&amp;Usuń zaznaczone wiersze</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Wklej</translation>
    </message>
    <message>
        <source>&amp;Find in table</source>
        <translation>&amp;Znajdź w tabeli</translation>
    </message>
    <message>
        <source>Find &amp;duplicate organisations…</source>
        <translation>Znajdź zduplikowane &amp;organizacje…</translation>
    </message>
    <message>
        <source>Group likely duplicates of the partner directory, merge or dismiss them</source>
        <translation>Grupuj prawdopodobne duplikaty w katalogu partnerów, scalaj je lub odrzucaj</translation>
    </message>
    <message>
        <source>Organisation h&amp;istory…</source>
        <translation>&amp;Historia organizacji…</translation>
    </message>
    <message>
        <source>Who changed what of the organisation chosen in the partner directory</source>
        <translation>Kto co zmienił w organizacji wybranej w katalogu partnerów</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nowy projekt…</translation>
    </message>
    <message>
        <source>&amp;Duplicate project (what-if)…</source>
        <translation>&amp;Duplikuj projekt (symulacja)…</translation>
    </message>
    <message>
        <source>&amp;Rename project…</source>
        <translation>&amp;Zmień nazwę projektu…</translation>
    </message>
    <message>
        <source>De&amp;lete project…</source>
        <translation>U&amp;suń projekt…</translation>
    </message>
    <message>
        <source>New &amp;scenario…</source>
        <translation>Nowy s&amp;cenariusz…</translation>
    </message>
    <message>
        <source>Copy the project as a what-if scenario of its proposal</source>
        <translation>Skopiuj projekt jako scenariusz symulacji jego wniosku</translation>
    </message>
    <message>
        <source>Make &amp;main project</source>
        <translation>Ustaw jako projekt &amp;główny</translation>
    </message>
    <message>
        <source>Make this scenario the main project of its proposal</source>
        <translation>Ustaw ten scenariusz jako główny projekt jego wniosku</translation>
    </message>
    <message>
        <source>&amp;Take a version…</source>
        <translation>Zapisz &amp;wersję…</translation>
    </message>
    <message>
        <source>Keep the project as it is now, with a note (&quot;sent to partners on 3 May&quot;)</source>
        <translation>Zachowaj projekt w obecnym stanie z notatką („wysłane partnerom 3 maja”)</translation>
    </message>
    <message>
        <source>Restore version as scenario…</source>
        <translation>Przywróć wersję jako scenariusz…</translation>
    </message>
    <message>
        <source>Make the version shown a new scenario of its proposal</source>
        <translation>Utwórz z wyświetlanej wersji nowy scenariusz jej wniosku</translation>
    </message>
    <message>
        <source>Delete version…</source>
        <translation>Usuń wersję…</translation>
    </message>
    <message>
        <source>Project &amp;history…</source>
        <translation>&amp;Historia projektu…</translation>
    </message>
    <message>
        <source>Who changed what in this project, and when (the edit log)</source>
        <translation>Kto, co i kiedy zmienił w tym projekcie (dziennik zmian)</translation>
    </message>
    <message>
        <source>Partner &amp;workbooks…</source>
        <translation>Skoroszyty &amp;partnerów…</translation>
    </message>
    <message>
        <source>Write the workbook each partner fills in and sends back</source>
        <translation>Zapisz skoroszyt, który każdy partner wypełnia i odsyła</translation>
    </message>
    <message>
        <source>&amp;Import returned workbooks…</source>
        <translation>&amp;Importuj zwrócone skoroszyty…</translation>
    </message>
    <message>
        <source>Show what the returned partner workbooks change, then apply them</source>
        <translation>Pokaż, co zmieniają zwrócone skoroszyty partnerów, a potem je zastosuj</translation>
    </message>
    <message>
        <source>Compare report as PD&amp;F…</source>
        <translation>Raport porównania jako PD&amp;F…</translation>
    </message>
    <message>
        <source>Write what differs between the projects the Compare page shows (PDF)</source>
        <translation>Zapisz różnice między projektami ze strony Porównaj (PDF)</translation>
    </message>
    <message>
        <source>Compare report as E&amp;xcel…</source>
        <translation>Raport porównania jako E&amp;xcel…</translation>
    </message>
    <message>
        <source>Write the comparison the Compare page shows, deltas as live formulas</source>
        <translation>Zapisz porównanie ze strony Porównaj, różnice jako formuły</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;Nawigator</translation>
    </message>
    <message>
        <source>Undo &amp;history</source>
        <translation>&amp;Historia cofania</translation>
    </message>
    <message>
        <source>&amp;About Consortium Planner</source>
        <translation>&amp;O programie Consortium Planner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Otwórz os&amp;tatnie</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportuj</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>P&amp;rojekt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;PDF report…</source>
        <translation>Raport &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Excel workbook…</source>
        <translation>Skoroszyt &amp;Excel…</translation>
    </message>
    <message>
        <source>&amp;CSV tables…</source>
        <translation>Tabele &amp;CSV…</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>choose an entry from the list</source>
        <translation>wybierz pozycję z listy</translation>
    </message>
    <message>
        <source>{text} is not one of the choices</source>
        <translation>{text} nie jest jedną z opcji</translation>
    </message>
    <message>
        <source>{text} matches several entries; type more of the name</source>
        <translation>{text} pasuje do kilku pozycji; wpisz dłuższy fragment nazwy</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Redo of “{edit}” refused: {reason}</source>
        <translation>Odmówiono ponowienia „{edit}”: {reason}</translation>
    </message>
    <message>
        <source>Undo of “{edit}” refused: {reason}</source>
        <translation>Odmówiono cofnięcia „{edit}”: {reason}</translation>
    </message>
    <message>
        <source>They are already numbered 1, 2, 3 … without gaps.</source>
        <translation>Są już ponumerowane 1, 2, 3 … bez luk.</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: {problems}</source>
        <translation>Z pliku {file} nic nie zaimportowano: {problems}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Consortium Planner: unexpected error</source>
        <translation>Consortium Planner: nieoczekiwany błąd</translation>
    </message>
    <message>
        <source>The details were written to {file}.</source>
        <translation>Szczegóły zapisano w pliku {file}.</translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation>Nie udało się zapisać szczegółów w pliku dziennika.</translation>
    </message>
    <message>
        <source>Something went wrong that should not have. Your workspace is saved after every change, so you can keep working; if it happens again, please send the log file to the developers.

{summary}

{where}</source>
        <translation>Wystąpił błąd, który nie powinien się zdarzyć. Obszar roboczy jest zapisywany po każdej zmianie, więc można dalej pracować; jeśli to się powtórzy, wyślij plik dziennika do twórców programu.

{summary}

{where}</translation>
    </message>
    <message>
        <source>Workspace problem</source>
        <translation>Problem z obszarem roboczym</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Skoroszyty Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Zapisywanie {file}…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Export cancelled; no file was changed.</source>
        <translation>Eksport anulowany; żaden plik nie został zmieniony.</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>Eksport nie powiódł się: {error}</translation>
    </message>
    <message>
        <source>Wrote {count} files into {folder}</source>
        <translation>Zapisane pliki: {count}, w folderze {folder}</translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation>Wyeksportowano do {file}</translation>
    </message>
    <message>
        <source>Language of the export:</source>
        <translation>Język eksportu:</translation>
    </message>
    <message>
        <source>Export {acronym}</source>
        <translation>Eksportuj {acronym}</translation>
    </message>
    <message>
        <source>Export {acronym} as CSV tables</source>
        <translation>Eksportuj {acronym} jako tabele CSV</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Skoroszyty Excel (*.xlsx);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>“{text}” is not a date (e.g. {example} or 2027-12-31)</source>
        <translation>„{text}” nie jest datą (np. {example} lub 2027-12-31)</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Partner directory</source>
        <translation>Katalog partnerów</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiony</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Porównaj</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>Konsorcjum</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan pracy</translation>
    </message>
    <message>
        <source>Effort matrix</source>
        <translation>Macierz nakładu pracy</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budżet</translation>
    </message>
    <message>
        <source>Value chain</source>
        <translation>Łańcuch wartości</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kontrole</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Zwroty</translation>
    </message>
</context>
<context>
    <name>partner_workbooks</name>
    <message>
        <source>{file} cannot be imported:</source>
        <translation>Nie można zaimportować pliku {file}:</translation>
    </message>
    <message>
        <source>No changes: the workspace already holds what this workbook says.</source>
        <translation>Bez zmian: obszar roboczy zawiera już to, co podaje ten skoroszyt.</translation>
    </message>
    <message>
        <source>Error: {problem}</source>
        <translation>Błąd: {problem}</translation>
    </message>
    <message>
        <source>Warning: {problem}</source>
        <translation>Ostrzeżenie: {problem}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Uwaga: {note}</translation>
    </message>
    <message>
        <source>Returned workbooks imported: {count} ({files}).</source>
        <translation>Zaimportowane zwrócone skoroszyty: {count} ({files}).</translation>
    </message>
    <message>
        <source>Returned workbooks imported: {count}.</source>
        <translation>Zaimportowane zwrócone skoroszyty: {count}.</translation>
    </message>
    <message>
        <source>Not imported: {count}:</source>
        <translation>Niezaimportowane: {count}:</translation>
    </message>
    <message>
        <source>{acronym} has no participants yet.</source>
        <translation>{acronym} nie ma jeszcze uczestników.</translation>
    </message>
    <message>
        <source>Folder for the partner workbooks of {acronym}</source>
        <translation>Folder na skoroszyty partnerów {acronym}</translation>
    </message>
    <message>
        <source>Partner workbook</source>
        <translation>Skoroszyt partnera</translation>
    </message>
    <message>
        <source>Writing the partner workbooks…</source>
        <translation>Zapisywanie skoroszytów partnerów…</translation>
    </message>
    <message>
        <source>Writing the partner workbook…</source>
        <translation>Zapisywanie skoroszytu partnera…</translation>
    </message>
    <message>
        <source>Partner workbooks</source>
        <translation>Skoroszyty partnerów</translation>
    </message>
    <message>
        <source>Import returned partner workbooks</source>
        <translation>Importuj skoroszyty zwrócone przez partnerów</translation>
    </message>
    <message>
        <source>Reading workbooks: {count}…</source>
        <translation>Wczytywanie skoroszytów: {count}…</translation>
    </message>
    <message>
        <source>Importing workbooks: {count}…</source>
        <translation>Importowanie skoroszytów: {count}…</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Import {file}</translation>
    </message>
    <message>
        <source>Import returned workbooks: {count}</source>
        <translation>Import zwróconych skoroszytów: {count}</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Call profile</source>
        <translation>Profil naboru</translation>
    </message>
    <message>
        <source>Thematic priority</source>
        <translation>Priorytet tematyczny</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nie ustalono</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} mies.</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordynator</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Obszar roboczy</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>Konsorcjum</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
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
        <source>PIC</source>
        <translation>PIC</translation>
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
        <source>Category</source>
        <translation>Kategoria</translation>
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
        <source>unknown</source>
        <translation>nieznana</translation>
    </message>
    <message>
        <source>Budget ({currency})</source>
        <translation>Budżet ({currency})</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>Total eligible</source>
        <translation>Razem kwalifikowalne</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Stopa</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>Wkład UE</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Own contribution: {amount}; person-months: {months}; indirect costs {rate} of {base}.</source>
        <translation>Wkład własny: {amount}; osobomiesiące: {months}; koszty pośrednie {rate} od {base}.</translation>
    </message>
    <message>
        <source>Work packages</source>
        <translation>Pakiety robocze</translation>
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
        <source>Lead</source>
        <translation>Lider</translation>
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
        <source>Deliverables</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <source>Dissemination</source>
        <translation>Rozpowszechnianie</translation>
    </message>
    <message>
        <source>Due month</source>
        <translation>Miesiąc realizacji</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Kamienie milowe</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Sposób weryfikacji</translation>
    </message>
    <message>
        <source>Eligibility checks</source>
        <translation>Kontrole kwalifikowalności</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Brak uwag.</translation>
    </message>
    <message>
        <source>{acronym} consortium summary</source>
        <translation>Podsumowanie konsorcjum {acronym}</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Podgląd wydruku</translation>
    </message>
    <message>
        <source>Print the consortium summary</source>
        <translation>Drukuj podsumowanie konsorcjum</translation>
    </message>
    <message>
        <source>The summary was sent to the printer.</source>
        <translation>Podsumowanie wysłano do drukarki.</translation>
    </message>
</context>
<context>
    <name>projects</name>
    <message>
        <source>New project</source>
        <translation>Nowy projekt</translation>
    </message>
    <message>
        <source>New project {acronym}</source>
        <translation>Nowy projekt {acronym}</translation>
    </message>
    <message>
        <source>Duplicate {acronym} as a what-if scenario</source>
        <translation>Duplikuj {acronym} jako scenariusz symulacji</translation>
    </message>
    <message>
        <source>Duplicate {acronym} as {copy}</source>
        <translation>Duplikuj {acronym} jako {copy}</translation>
    </message>
    <message>
        <source>Rename {acronym}</source>
        <translation>Zmień nazwę {acronym}</translation>
    </message>
    <message>
        <source>Rename {acronym} to {new}</source>
        <translation>Zmień nazwę {acronym} na {new}</translation>
    </message>
    <message>
        <source>Delete the project {acronym} with its participants, work plan, effort and costs? The organisations stay in the directory. Edit &gt; Undo brings the project back.</source>
        <translation>Usunąć projekt {acronym} wraz z uczestnikami, planem pracy, nakładem pracy i kosztami? Organizacje pozostaną w katalogu. Edycja &gt; Cofnij przywraca projekt.</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Usuń projekt</translation>
    </message>
    <message>
        <source>Delete project {acronym}</source>
        <translation>Usuń projekt {acronym}</translation>
    </message>
</context>
<context>
    <name>scenarios</name>
    <message>
        <source>Note:</source>
        <translation>Notatka:</translation>
    </message>
    <message>
        <source>New scenario of {acronym}</source>
        <translation>Nowy scenariusz projektu {acronym}</translation>
    </message>
    <message>
        <source>New scenario {scenario} of {acronym}</source>
        <translation>Nowy scenariusz {scenario} projektu {acronym}</translation>
    </message>
    <message>
        <source>Make {acronym} the main project</source>
        <translation>Ustaw {acronym} jako projekt główny</translation>
    </message>
    <message>
        <source>Take a version of {acronym}</source>
        <translation>Zapisz wersję {acronym}</translation>
    </message>
    <message>
        <source>Take a version of {acronym}: {note}</source>
        <translation>Zapisz wersję {acronym}: {note}</translation>
    </message>
    <message>
        <source>Restore {version} as a new scenario</source>
        <translation>Przywróć {version} jako nowy scenariusz</translation>
    </message>
    <message>
        <source>restored from {version}</source>
        <translation>przywrócony z {version}</translation>
    </message>
    <message>
        <source>Restore {version} as {acronym}</source>
        <translation>Przywróć {version} jako {acronym}</translation>
    </message>
    <message>
        <source>Delete version {version} ({description})? Edit &gt; Undo brings it back.</source>
        <translation>Usunąć wersję {version} ({description})? Edycja &gt; Cofnij ją przywraca.</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>Usuń wersję</translation>
    </message>
    <message>
        <source>Delete version {version}</source>
        <translation>Usuń wersję {version}</translation>
    </message>
</context>
<context>
    <name>workspace_files</name>
    <message>
        <source>Consortium Planner workspaces (*.cpw);;All files (*)</source>
        <translation>Obszary robocze Consortium Planner (*.cpw);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Otwórz obszar roboczy</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nowy obszar roboczy</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Zapisz kopię</translation>
    </message>
    <message>
        <source>the copy differs from the team workspace: {differences}</source>
        <translation>kopia różni się od zespołowego obszaru roboczego: {differences}</translation>
    </message>
    <message>
        <source>Saved a copy as {file}</source>
        <translation>Zapisano kopię jako {file}</translation>
    </message>
</context>
</TS>
