<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Elaborazione</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Theirs (now)</source>
        <translation>I loro (ora)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>I tuoi</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modificato da</translation>
    </message>
    <message>
        <source>Someone else changed this</source>
        <translation>Qualcun altro ha modificato questo elemento</translation>
    </message>
    <message>
        <source>Since you saw it, someone else changed what you edited. Nothing of yours was written. Keep their values, or apply yours over them.</source>
        <translation>Da quando lo hai visto, qualcun altro ha modificato ciò che hai cambiato. Nessuna tua modifica è stata salvata. Mantieni i loro valori oppure applica i tuoi al loro posto.</translation>
    </message>
    <message>
        <source>Conflicting values</source>
        <translation>Valori in conflitto</translation>
    </message>
    <message>
        <source>{what}: {field}</source>
        <translation>{what}: {field}</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificato</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>qualcun altro</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Mantieni i loro</translation>
    </message>
    <message>
        <source>&amp;Apply mine</source>
        <translation>&amp;Applica i miei</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>NUTS 2 region</source>
        <translation>Regione NUTS 2</translation>
    </message>
    <message>
        <source>Region category</source>
        <translation>Categoria di regione</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Tipo di organizzazione</translation>
    </message>
    <message>
        <source>SME class</source>
        <translation>Classe PMI</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>EU project experience</source>
        <translation>Esperienza in progetti UE</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtri</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Cancella tutto</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Cancella tutti i filtri</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Clear {0}</source>
        <translation>Cancella: {0}</translation>
    </message>
</context>
<context>
    <name>FieldDelegate</name>
    <message>
        <source>this table is read-only here (the workspace or version is open for reading only)</source>
        <translation>questa tabella qui è di sola lettura (lo spazio di lavoro o la versione è aperto in sola lettura)</translation>
    </message>
    <message>
        <source>a total is computed from the rows above; change those rows</source>
        <translation>un totale è calcolato dalle righe sopra; modifichi quelle righe</translation>
    </message>
    <message>
        <source>this column is filled in by the application; it cannot be typed into</source>
        <translation>questa colonna è compilata dall’applicazione; non vi si può scrivere</translation>
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
        <translation>Esportazione completata</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Apri il file</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>Apri il file esportato</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostra nella cartella</translation>
    </message>
    <message>
        <source>Show the exported file in its folder</source>
        <translation>Mostra il file esportato nella sua cartella</translation>
    </message>
    <message>
        <source>Close the export notice</source>
        <translation>Chiudi l&apos;avviso di esportazione</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Apri la cartella</translation>
    </message>
</context>
<context>
    <name>FirstProjectHint</name>
    <message>
        <source>No project yet</source>
        <translation>Ancora nessun progetto</translation>
    </message>
    <message>
        <source>No project yet. Create the first one with {menu} ({shortcut}).</source>
        <translation>Ancora nessun progetto. Crea il primo con {menu} ({shortcut}).</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <source>Partner workbooks of {acronym}</source>
        <translation>Cartelle dei partner di {acronym}</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <source>All participants (one workbook each, into a folder)</source>
        <translation>Tutti i partecipanti (una cartella di lavoro ciascuno, in una cartella)</translation>
    </message>
    <message>
        <source>Language of the workbook</source>
        <translation>Lingua della cartella di lavoro</translation>
    </message>
    <message>
        <source>Write…</source>
        <translation>Scrivi…</translation>
    </message>
    <message>
        <source>Each partner fills in their profile, effort per work package and cost lines, and sends the workbook back; Project &gt; Import returned workbooks… reads it.</source>
        <translation>Ogni partner compila il proprio profilo, l&apos;impegno per pacchetto di lavoro e le voci di costo, e rimanda la cartella di lavoro; Progetto &gt; Importa cartelle restituite… la legge.</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Partecipante</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When (UTC)</source>
        <translation>Quando (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Undo/redo</source>
        <translation>Annulla/ripeti</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>annulla</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>ripeti</translation>
    </message>
    <message>
        <source>Show &amp;older</source>
        <translation>Mostra le più &amp;vecchie</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Nessuna modifica registrata.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) shown, newest first.</source>
        <translation>
            <numerusform>%n modifica mostrata, la più recente per prima.</numerusform>
            <numerusform>%n modifiche mostrate, le più recenti per prime.</numerusform>
        </translation>
    </message>
    <message>
        <source>History of {acronym}</source>
        <translation>Cronologia di {acronym}</translation>
    </message>
    <message>
        <source>Choose an organisation in the partner directory first.</source>
        <translation>Scegli prima un’organizzazione nell’elenco dei partner.</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>Cronologia di {name}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigator</source>
        <translation>Navigatore</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Cronologia annullamenti</translation>
    </message>
    <message>
        <source>Total eligible costs</source>
        <translation>Totale costi ammissibili</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>Contributo UE</translation>
    </message>
    <message>
        <source>Errors found by the checks</source>
        <translation>Errori trovati dalle verifiche</translation>
    </message>
    <message>
        <source>Workspace mode</source>
        <translation>Modalità dell&apos;area di lavoro</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Nessuna area di lavoro recente</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Lingua di sistema ({language})</translation>
    </message>
    <message>
        <source>Consortium Planner will speak {language} from its next start. Close and reopen it to switch now.</source>
        <translation>Consortium Planner userà {language} dal prossimo avvio. Chiudilo e riaprilo per cambiare subito.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>{problem}

Open {file} read-only? You can look at everything and export, but not change it.</source>
        <translation>{problem}

Aprire {file} in sola lettura? Potrai vedere tutto ed esportare, ma non modificare.</translation>
    </message>
    <message>
        <source>Workspace in use</source>
        <translation>Area di lavoro in uso</translation>
    </message>
    <message>
        <source>{workspace} (team workspace, read-only) – {app}</source>
        <translation>{workspace} (area di lavoro del team, sola lettura) – {app}</translation>
    </message>
    <message>
        <source>{workspace} (team workspace) – {app}</source>
        <translation>{workspace} (area di lavoro del team) – {app}</translation>
    </message>
    <message>
        <source>{workspace} (read-only) – {app}</source>
        <translation>{workspace} (sola lettura) – {app}</translation>
    </message>
    <message>
        <source>{workspace} – {app}</source>
        <translation>{workspace} – {app}</translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can look at everything and export, but not change it.</source>
        <translation>Sola lettura: {reason}. Puoi vedere ed esportare tutto, ma non modificarlo.</translation>
    </message>
    <message>
        <source>The workspace was upgraded; the old file was kept as {file}</source>
        <translation>L&apos;area di lavoro è stata aggiornata; il vecchio file è stato conservato come {file}</translation>
    </message>
    <message>
        <source>A scenario of {project}: {scenario}</source>
        <translation>Uno scenario di {project}: {scenario}</translation>
    </message>
    <message>
        <source>A scenario of {project}</source>
        <translation>Uno scenario di {project}</translation>
    </message>
    <message>
        <source>{acronym} · main</source>
        <translation>{acronym} · principale</translation>
    </message>
    <message>
        <source>The main project of its proposal</source>
        <translation>Il progetto principale della sua proposta</translation>
    </message>
    <message>
        <source>Versions ({count})</source>
        <translation>Versioni ({count})</translation>
    </message>
    <message>
        <source>Frozen copies of the project: open one read-only, restore it as a scenario, or delete it</source>
        <translation>Copie congelate del progetto: aprine una in sola lettura, ripristinala come scenario o eliminala</translation>
    </message>
    <message>
        <source>{version}: {description} (opens read-only)</source>
        <translation>{version}: {description} (si apre in sola lettura)</translation>
    </message>
    <message>
        <source>Read-only: version {version} of {time}</source>
        <translation>Sola lettura: versione {version} del {time}</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Sola lettura</translation>
    </message>
    <message>
        <source>Total eligible: {amount}</source>
        <translation>Totale ammissibile: {amount}</translation>
    </message>
    <message>
        <source>EU contribution: {amount}</source>
        <translation>Contributo UE: {amount}</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 errore</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translation>{count} errori</translation>
    </message>
    <message>
        <source>Consortium Planner {version}

Plan interregional consortia, work plans and budgets for EU innovation calls, offline.</source>
        <translation>Consortium Planner {version}

Pianifica consorzi interregionali, piani di lavoro e budget per i bandi UE per l&apos;innovazione, offline.</translation>
    </message>
    <message>
        <source>About Consortium Planner</source>
        <translation>Informazioni su Consortium Planner</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Chiudi il messaggio</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Overrides for P{number} {name}</source>
        <translation>Deroghe per P{number} {name}</translation>
    </message>
    <message>
        <source>Override the funding rate</source>
        <translation>Imponi il tasso di finanziamento</translation>
    </message>
    <message>
        <source>Funding rate</source>
        <translation>Tasso di finanziamento</translation>
    </message>
    <message>
        <source>e.g. 70 %</source>
        <translation>ad es. 70 %</translation>
    </message>
    <message>
        <source>Reason for the funding rate</source>
        <translation>Motivo del tasso di finanziamento</translation>
    </message>
    <message>
        <source>Override the region category</source>
        <translation>Imponi la categoria di regione</translation>
    </message>
    <message>
        <source>Region category</source>
        <translation>Categoria di regione</translation>
    </message>
    <message>
        <source>Reason for the region category</source>
        <translation>Motivo della categoria di regione</translation>
    </message>
    <message>
        <source>Funding rate:</source>
        <translation>Tasso di finanziamento:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>From the call profile and data: {rate}</source>
        <translation>Dal profilo del bando e dai dati: {rate}</translation>
    </message>
    <message>
        <source>Region category:</source>
        <translation>Categoria di regione:</translation>
    </message>
    <message>
        <source>Current: {category} ({source})</source>
        <translation>Attuale: {category} ({source})</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuta</translation>
    </message>
</context>
<context>
    <name>PartnerFinder</name>
    <message>
        <source>Add participants to {0}</source>
        <translation>Aggiungi partecipanti a {0}</translation>
    </message>
    <message>
        <source>What the consortium lacks</source>
        <translation>Cosa manca al consorzio</translation>
    </message>
    <message>
        <source>Every organisation not yet in {0}</source>
        <translation>Tutte le organizzazioni non ancora in {0}</translation>
    </message>
    <message>
        <source>Search names, PIC, VAT, city, clusters, notes</source>
        <translation>Cerca nomi, PIC, partita IVA, città, cluster, note</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Cerca organizzazioni</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>{0} organisations not in {1}</source>
        <translation>{0} organizzazioni non in {1}</translation>
    </message>
    <message>
        <source>Add selected</source>
        <translation>Aggiungi selezionate</translation>
    </message>
    <message>
        <source>Proposed from the project&apos;s checks:</source>
        <translation>Proposte dalle verifiche del progetto:</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Acronym</source>
        <translation>Acronimo</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Acronimo:</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>e.g. P7 leaves, a Polish SME joins</source>
        <translation>ad es. P7 esce, entra una PMI polacca</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Call profile</source>
        <translation>Profilo del bando</translation>
    </message>
    <message>
        <source>Duration in months</source>
        <translation>Durata in mesi</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mesi</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>Call &amp;profile:</source>
        <translation>&amp;Profilo del bando:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durata:</translation>
    </message>
</context>
<context>
    <name>ReturnsPreviewDialog</name>
    <message>
        <source>Import returned workbooks</source>
        <translation>Importa le cartelle restituite</translation>
    </message>
    <message>
        <source>Returned workbooks</source>
        <translation>Cartelle restituite</translation>
    </message>
    <message>
        <source>Changes of the selected workbook</source>
        <translation>Modifiche della cartella selezionata</translation>
    </message>
    <message>
        <source>Import checked files</source>
        <translation>Importa i file selezionati</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Check the files to import; a file with errors changes nothing. Edit &gt; Undo takes the whole import back.</source>
        <translation>Non è ancora cambiato nulla. Seleziona i file da importare; un file con errori non cambia nulla. Modifica &gt; Annulla annulla l&apos;intera importazione.</translation>
    </message>
    <message>
        <source>✗ {file} (errors)</source>
        <translation>✗ {file} (errori)</translation>
    </message>
    <message>
        <source>= {file} (no changes)</source>
        <translation>= {file} (nessuna modifica)</translation>
    </message>
    <message>
        <source>{file} (changes: {count})</source>
        <translation>{file} (modifiche: {count})</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Search {table}</source>
        <translation>Cerca: {table}</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Totals of {table}</source>
        <translation>Totali di {table}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Incolla</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Aggiungi riga</translation>
    </message>
    <message>
        <source>Remove selected rows</source>
        <translation>Rimuovi le righe selezionate</translation>
    </message>
</context>
<context>
    <name>TeamWorkspaceDialog</name>
    <message>
        <source>Open team workspace</source>
        <translation>Apri un’area di lavoro del team</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>predefinita (5432)</translation>
    </message>
    <message>
        <source>a name from pg_service.conf (instead of the above)</source>
        <translation>un nome da pg_service.conf (al posto dei campi sopra)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Porta</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utente</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Servizio</translation>
    </message>
    <message>
        <source>The password is asked for when the server needs it and is never stored; ~/.pgpass and PGPASSWORD are used when set.</source>
        <translation>La password viene chiesta quando il server la richiede e non viene mai salvata; ~/.pgpass e PGPASSWORD vengono usati se impostati.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password for {address}:</source>
        <translation>Password per {address}:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Plan consortia, work plans and budgets for EU innovation calls, offline. A workspace file (.cpw) holds your partner directory and your projects.</source>
        <translation>Pianifica consorzi, piani di lavoro e budget per i bandi UE per l&apos;innovazione, offline. Un file di area di lavoro (.cpw) contiene l&apos;elenco dei partner e i tuoi progetti.</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Apri l&apos;area &amp;dimostrativa</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nuova area di lavoro…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Apri un&apos;area di lavoro…</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Aree di lavoro recenti</translation>
    </message>
    <message>
        <source>You can also drop a .cpw file onto this window.</source>
        <translation>Puoi anche trascinare un file .cpw su questa finestra.</translation>
    </message>
    <message>
        <source>A team workspace on a PostgreSQL server</source>
        <translation>Un’area di lavoro del team su un server PostgreSQL</translation>
    </message>
    <message>
        <source>This file no longer exists</source>
        <translation>Questo file non esiste più</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nuova area di lavoro…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Apri un&apos;area di lavoro…</translation>
    </message>
    <message>
        <source>Open &amp;team workspace…</source>
        <translation>Apri un’area di lavoro del &amp;team…</translation>
    </message>
    <message>
        <source>Open a workspace shared on a PostgreSQL server</source>
        <translation>Apri un’area di lavoro condivisa su un server PostgreSQL</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Apri l&apos;area &amp;dimostrativa</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Sal&amp;va una copia…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Antepri&amp;ma di stampa…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <source>&amp;Import organisations…</source>
        <translation>&amp;Importa organizzazioni…</translation>
    </message>
    <message>
        <source>Read an organisation list (xlsx, xlsm, ods, csv) into the partner directory</source>
        <translation>Leggi un elenco di organizzazioni (xlsx, xlsm, ods, csv) nell&apos;elenco dei partner</translation>
    </message>
    <message>
        <source>Import region cate&amp;gories…</source>
        <translation>Importa cate&amp;gorie di regione…</translation>
    </message>
    <message>
        <source>Read a table of NUTS 2 codes and their region categories (CSV)</source>
        <translation>Leggi una tabella di codici NUTS 2 con le loro categorie di regione (CSV)</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>&amp;Chiudi l&apos;area di lavoro</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>A&amp;ggiungi riga</translation>
    </message>
    <message>
        <source>Re&amp;move selected rows</source>
        <translation>Rim&amp;uovi le righe selezionate</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Incolla</translation>
    </message>
    <message>
        <source>&amp;Find in table</source>
        <translation>&amp;Trova nella tabella</translation>
    </message>
    <message>
        <source>Find &amp;duplicate organisations…</source>
        <translation>Trova organizzazioni &amp;duplicate…</translation>
    </message>
    <message>
        <source>Group likely duplicates of the partner directory, merge or dismiss them</source>
        <translation>Raggruppa i probabili duplicati dell&apos;elenco dei partner, uniscili o scartali</translation>
    </message>
    <message>
        <source>Organisation h&amp;istory…</source>
        <translation>Cronologia dell’organi&amp;zzazione…</translation>
    </message>
    <message>
        <source>Who changed what of the organisation chosen in the partner directory</source>
        <translation>Chi ha modificato cosa nell’organizzazione scelta nell’elenco dei partner</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nuovo progetto…</translation>
    </message>
    <message>
        <source>&amp;Duplicate project (what-if)…</source>
        <translation>&amp;Duplica il progetto (simulazione)…</translation>
    </message>
    <message>
        <source>&amp;Rename project…</source>
        <translation>&amp;Rinomina il progetto…</translation>
    </message>
    <message>
        <source>De&amp;lete project…</source>
        <translation>&amp;Elimina il progetto…</translation>
    </message>
    <message>
        <source>New &amp;scenario…</source>
        <translation>Nuovo &amp;scenario…</translation>
    </message>
    <message>
        <source>Copy the project as a what-if scenario of its proposal</source>
        <translation>Copia il progetto come scenario di simulazione della sua proposta</translation>
    </message>
    <message>
        <source>Make &amp;main project</source>
        <translation>Rendi progetto &amp;principale</translation>
    </message>
    <message>
        <source>Make this scenario the main project of its proposal</source>
        <translation>Rendi questo scenario il progetto principale della sua proposta</translation>
    </message>
    <message>
        <source>&amp;Take a version…</source>
        <translation>Sa&amp;lva una versione…</translation>
    </message>
    <message>
        <source>Keep the project as it is now, with a note (&quot;sent to partners on 3 May&quot;)</source>
        <translation>Conserva il progetto com&apos;è ora, con una nota («inviato ai partner il 3 maggio»)</translation>
    </message>
    <message>
        <source>Restore version as scenario…</source>
        <translation>Ripristina la versione come scenario…</translation>
    </message>
    <message>
        <source>Make the version shown a new scenario of its proposal</source>
        <translation>Rendi la versione mostrata un nuovo scenario della sua proposta</translation>
    </message>
    <message>
        <source>Delete version…</source>
        <translation>Elimina la versione…</translation>
    </message>
    <message>
        <source>Project &amp;history…</source>
        <translation>Cronolo&amp;gia del progetto…</translation>
    </message>
    <message>
        <source>Who changed what in this project, and when (the edit log)</source>
        <translation>Chi ha modificato cosa in questo progetto, e quando (il registro delle modifiche)</translation>
    </message>
    <message>
        <source>Partner &amp;workbooks…</source>
        <translation>&amp;Cartelle dei partner…</translation>
    </message>
    <message>
        <source>Write the workbook each partner fills in and sends back</source>
        <translation>Scrivi la cartella di lavoro che ogni partner compila e rimanda</translation>
    </message>
    <message>
        <source>&amp;Import returned workbooks…</source>
        <translation>&amp;Importa le cartelle restituite…</translation>
    </message>
    <message>
        <source>Show what the returned partner workbooks change, then apply them</source>
        <translation>Mostra cosa cambiano le cartelle restituite dai partner, poi applicale</translation>
    </message>
    <message>
        <source>Compare report as PD&amp;F…</source>
        <translation>Rapporto di confronto in PD&amp;F…</translation>
    </message>
    <message>
        <source>Write what differs between the projects the Compare page shows (PDF)</source>
        <translation>Scrivi le differenze tra i progetti mostrati dalla pagina Confronta (PDF)</translation>
    </message>
    <message>
        <source>Compare report as E&amp;xcel…</source>
        <translation>Rapporto di confronto in E&amp;xcel…</translation>
    </message>
    <message>
        <source>Write the comparison the Compare page shows, deltas as live formulas</source>
        <translation>Scrivi il confronto mostrato dalla pagina Confronta, differenze come formule</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;Navigatore</translation>
    </message>
    <message>
        <source>Undo &amp;history</source>
        <translation>&amp;Cronologia annullamenti</translation>
    </message>
    <message>
        <source>&amp;About Consortium Planner</source>
        <translation>&amp;Informazioni su Consortium Planner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>Es&amp;porta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Progetto</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;PDF report…</source>
        <translation>Rapporto &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Excel workbook…</source>
        <translation>Cartella di lavoro &amp;Excel…</translation>
    </message>
    <message>
        <source>&amp;CSV tables…</source>
        <translation>Tabelle &amp;CSV…</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>choose an entry from the list</source>
        <translation>scegli una voce dall&apos;elenco</translation>
    </message>
    <message>
        <source>{text} is not one of the choices</source>
        <translation>{text} non è tra le scelte</translation>
    </message>
    <message>
        <source>{text} matches several entries; type more of the name</source>
        <translation>{text} corrisponde a più voci; digita una parte maggiore del nome</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Redo of “{edit}” refused: {reason}</source>
        <translation>Ripristino di «{edit}» rifiutato: {reason}</translation>
    </message>
    <message>
        <source>Undo of “{edit}” refused: {reason}</source>
        <translation>Annullamento di «{edit}» rifiutato: {reason}</translation>
    </message>
    <message>
        <source>They are already numbered 1, 2, 3 … without gaps.</source>
        <translation>Sono già numerati 1, 2, 3 … senza salti.</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: {problems}</source>
        <translation>Non è stato importato nulla da {file}: {problems}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Consortium Planner: unexpected error</source>
        <translation>Consortium Planner: errore imprevisto</translation>
    </message>
    <message>
        <source>The details were written to {file}.</source>
        <translation>I dettagli sono stati scritti in {file}.</translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation>Non è stato possibile scrivere i dettagli in un file di log.</translation>
    </message>
    <message>
        <source>Something went wrong that should not have. Your workspace is saved after every change, so you can keep working; if it happens again, please send the log file to the developers.

{summary}

{where}</source>
        <translation>Si è verificato un errore che non doveva accadere. L&apos;area di lavoro viene salvata dopo ogni modifica, quindi puoi continuare a lavorare; se succede di nuovo, invia il file di log agli sviluppatori.

{summary}

{where}</translation>
    </message>
    <message>
        <source>Workspace problem</source>
        <translation>Problema con l&apos;area di lavoro</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Scrittura di {file}…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esportazione</translation>
    </message>
    <message>
        <source>Export cancelled; no file was changed.</source>
        <translation>Esportazione annullata; nessun file è stato modificato.</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>L&apos;esportazione non è riuscita: {error}</translation>
    </message>
    <message>
        <source>Wrote {count} files into {folder}</source>
        <translation>{count} file scritti in {folder}</translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation>Esportato in {file}</translation>
    </message>
    <message>
        <source>Language of the export:</source>
        <translation>Lingua dell’esportazione:</translation>
    </message>
    <message>
        <source>Export {acronym}</source>
        <translation>Esporta {acronym}</translation>
    </message>
    <message>
        <source>Export {acronym} as CSV tables</source>
        <translation>Esporta {acronym} come tabelle CSV</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>“{text}” is not a date (e.g. {example} or 2027-12-31)</source>
        <translation>«{text}» non è una data (ad es. {example} o 2027-12-31)</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Partner directory</source>
        <translation>Elenco dei partner</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regioni</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Confronta</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>Consorzio</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Piano di lavoro</translation>
    </message>
    <message>
        <source>Effort matrix</source>
        <translation>Matrice dell&apos;impegno</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Value chain</source>
        <translation>Catena del valore</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verifiche</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Cruscotto</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Restituzioni</translation>
    </message>
</context>
<context>
    <name>partner_workbooks</name>
    <message>
        <source>{file} cannot be imported:</source>
        <translation>{file} non può essere importato:</translation>
    </message>
    <message>
        <source>No changes: the workspace already holds what this workbook says.</source>
        <translation>Nessuna modifica: l&apos;area di lavoro contiene già quanto indicato in questa cartella.</translation>
    </message>
    <message>
        <source>Error: {problem}</source>
        <translation>Errore: {problem}</translation>
    </message>
    <message>
        <source>Warning: {problem}</source>
        <translation>Avviso: {problem}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Returned workbooks imported: {count} ({files}).</source>
        <translation>Cartelle restituite importate: {count} ({files}).</translation>
    </message>
    <message>
        <source>Returned workbooks imported: {count}.</source>
        <translation>Cartelle restituite importate: {count}.</translation>
    </message>
    <message>
        <source>Not imported: {count}:</source>
        <translation>Non importate: {count}:</translation>
    </message>
    <message>
        <source>{acronym} has no participants yet.</source>
        <translation>{acronym} non ha ancora partecipanti.</translation>
    </message>
    <message>
        <source>Folder for the partner workbooks of {acronym}</source>
        <translation>Cartella per le cartelle di lavoro dei partner di {acronym}</translation>
    </message>
    <message>
        <source>Partner workbook</source>
        <translation>Cartella di lavoro del partner</translation>
    </message>
    <message>
        <source>Writing the partner workbooks…</source>
        <translation>Scrittura delle cartelle dei partner…</translation>
    </message>
    <message>
        <source>Writing the partner workbook…</source>
        <translation>Scrittura della cartella del partner…</translation>
    </message>
    <message>
        <source>Partner workbooks</source>
        <translation>Cartelle dei partner</translation>
    </message>
    <message>
        <source>Import returned partner workbooks</source>
        <translation>Importa le cartelle restituite dai partner</translation>
    </message>
    <message>
        <source>Reading workbooks: {count}…</source>
        <translation>Lettura delle cartelle: {count}…</translation>
    </message>
    <message>
        <source>Importing workbooks: {count}…</source>
        <translation>Importazione delle cartelle: {count}…</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importa {file}</translation>
    </message>
    <message>
        <source>Import returned workbooks: {count}</source>
        <translation>Importa cartelle restituite: {count}</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Call profile</source>
        <translation>Profilo del bando</translation>
    </message>
    <message>
        <source>Thematic priority</source>
        <translation>Priorità tematica</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non impostata</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} mesi</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinatore</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Area di lavoro</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>Consorzio</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nome breve</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Denominazione legale</translation>
    </message>
    <message>
        <source>PIC</source>
        <translation>PIC</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuta</translation>
    </message>
    <message>
        <source>Budget ({currency})</source>
        <translation>Budget ({currency})</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <source>Total eligible</source>
        <translation>Totale ammissibile</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasso</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>Contributo UE</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Own contribution: {amount}; person-months: {months}; indirect costs {rate} of {base}.</source>
        <translation>Contributo proprio: {amount}; mesi-persona: {months}; costi indiretti {rate} di {base}.</translation>
    </message>
    <message>
        <source>Work packages</source>
        <translation>Pacchetti di lavoro</translation>
    </message>
    <message>
        <source>WP</source>
        <translation>WP</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Mesi-persona</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Deliverable</translation>
    </message>
    <message>
        <source>Dissemination</source>
        <translation>Diffusione</translation>
    </message>
    <message>
        <source>Due month</source>
        <translation>Mese di scadenza</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Mezzi di verifica</translation>
    </message>
    <message>
        <source>Eligibility checks</source>
        <translation>Verifiche di ammissibilità</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Nessun rilievo.</translation>
    </message>
    <message>
        <source>{acronym} consortium summary</source>
        <translation>Riepilogo del consorzio {acronym}</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Anteprima di stampa</translation>
    </message>
    <message>
        <source>Print the consortium summary</source>
        <translation>Stampa il riepilogo del consorzio</translation>
    </message>
    <message>
        <source>The summary was sent to the printer.</source>
        <translation>Il riepilogo è stato inviato alla stampante.</translation>
    </message>
</context>
<context>
    <name>projects</name>
    <message>
        <source>New project</source>
        <translation>Nuovo progetto</translation>
    </message>
    <message>
        <source>New project {acronym}</source>
        <translation>Nuovo progetto {acronym}</translation>
    </message>
    <message>
        <source>Duplicate {acronym} as a what-if scenario</source>
        <translation>Duplica {acronym} come scenario di simulazione</translation>
    </message>
    <message>
        <source>Duplicate {acronym} as {copy}</source>
        <translation>Duplica {acronym} come {copy}</translation>
    </message>
    <message>
        <source>Rename {acronym}</source>
        <translation>Rinomina {acronym}</translation>
    </message>
    <message>
        <source>Rename {acronym} to {new}</source>
        <translation>Rinomina {acronym} in {new}</translation>
    </message>
    <message>
        <source>Delete the project {acronym} with its participants, work plan, effort and costs? The organisations stay in the directory. Edit &gt; Undo brings the project back.</source>
        <translation>Eliminare il progetto {acronym} con i suoi partecipanti, il piano di lavoro, l&apos;impegno e i costi? Le organizzazioni restano nell&apos;elenco. Modifica &gt; Annulla ripristina il progetto.</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Elimina il progetto</translation>
    </message>
    <message>
        <source>Delete project {acronym}</source>
        <translation>Elimina il progetto {acronym}</translation>
    </message>
</context>
<context>
    <name>scenarios</name>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>New scenario of {acronym}</source>
        <translation>Nuovo scenario di {acronym}</translation>
    </message>
    <message>
        <source>New scenario {scenario} of {acronym}</source>
        <translation>Nuovo scenario {scenario} di {acronym}</translation>
    </message>
    <message>
        <source>Make {acronym} the main project</source>
        <translation>Rendi {acronym} il progetto principale</translation>
    </message>
    <message>
        <source>Take a version of {acronym}</source>
        <translation>Salva una versione di {acronym}</translation>
    </message>
    <message>
        <source>Take a version of {acronym}: {note}</source>
        <translation>Salva una versione di {acronym}: {note}</translation>
    </message>
    <message>
        <source>Restore {version} as a new scenario</source>
        <translation>Ripristina {version} come nuovo scenario</translation>
    </message>
    <message>
        <source>restored from {version}</source>
        <translation>ripristinato da {version}</translation>
    </message>
    <message>
        <source>Restore {version} as {acronym}</source>
        <translation>Ripristina {version} come {acronym}</translation>
    </message>
    <message>
        <source>Delete version {version} ({description})? Edit &gt; Undo brings it back.</source>
        <translation>Eliminare la versione {version} ({description})? Modifica &gt; Annulla la ripristina.</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>Elimina la versione</translation>
    </message>
    <message>
        <source>Delete version {version}</source>
        <translation>Elimina la versione {version}</translation>
    </message>
</context>
<context>
    <name>workspace_files</name>
    <message>
        <source>Consortium Planner workspaces (*.cpw);;All files (*)</source>
        <translation>Aree di lavoro di Consortium Planner (*.cpw);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Apri un&apos;area di lavoro</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nuova area di lavoro</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Salva una copia</translation>
    </message>
    <message>
        <source>the copy differs from the team workspace: {differences}</source>
        <translation>la copia differisce dall’area di lavoro del team: {differences}</translation>
    </message>
    <message>
        <source>Saved a copy as {file}</source>
        <translation>Copia salvata come {file}</translation>
    </message>
</context>
</TS>
