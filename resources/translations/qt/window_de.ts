<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Theirs (now)</source>
        <translation>Deren Werte (jetzt)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>Someone else changed this</source>
        <translation>Jemand anderes hat dies geändert</translation>
    </message>
    <message>
        <source>Since you saw it, someone else changed what you edited. Nothing of yours was written. Keep their values, or apply yours over them.</source>
        <translation>Seit Sie es gesehen haben, hat jemand anderes geändert, was Sie bearbeitet haben. Von Ihren Änderungen wurde nichts gespeichert. Behalten Sie deren Werte oder übernehmen Sie Ihre stattdessen.</translation>
    </message>
    <message>
        <source>Conflicting values</source>
        <translation>Widersprüchliche Werte</translation>
    </message>
    <message>
        <source>{what}: {field}</source>
        <translation>{what}: {field}</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>jemand anderes</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>Deren Werte &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Apply mine</source>
        <translation>&amp;Meine übernehmen</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>NUTS 2 region</source>
        <translation>NUTS-2-Region</translation>
    </message>
    <message>
        <source>Region category</source>
        <translation>Regionenkategorie</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Organisationstyp</translation>
    </message>
    <message>
        <source>SME class</source>
        <translation>KMU-Klasse</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>EU project experience</source>
        <translation>EU-Projekterfahrung</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Alle löschen</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter löschen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Clear {0}</source>
        <translation>Löschen: {0}</translation>
    </message>
</context>
<context>
    <name>FieldDelegate</name>
    <message>
        <source>this table is read-only here (the workspace or version is open for reading only)</source>
        <translation>diese Tabelle ist hier schreibgeschützt (der Arbeitsbereich oder die Version ist nur zum Lesen geöffnet)</translation>
    </message>
    <message>
        <source>a total is computed from the rows above; change those rows</source>
        <translation>eine Summe wird aus den Zeilen darüber berechnet; ändern Sie diese Zeilen</translation>
    </message>
    <message>
        <source>this column is filled in by the application; it cannot be typed into</source>
        <translation>diese Spalte füllt die Anwendung aus; hier kann nichts eingegeben werden</translation>
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
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>Exportierte Datei öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Show the exported file in its folder</source>
        <translation>Exportierte Datei im Ordner zeigen</translation>
    </message>
    <message>
        <source>Close the export notice</source>
        <translation>Exporthinweis schließen</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>FirstProjectHint</name>
    <message>
        <source>No project yet</source>
        <translation>Noch kein Projekt</translation>
    </message>
    <message>
        <source>No project yet. Create the first one with {menu} ({shortcut}).</source>
        <translation>Noch kein Projekt. Legen Sie das erste mit {menu} ({shortcut}) an.</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <source>Partner workbooks of {acronym}</source>
        <translation>Partner-Arbeitsmappen von {acronym}</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>All participants (one workbook each, into a folder)</source>
        <translation>Alle Teilnehmer (je eine Arbeitsmappe, in einen Ordner)</translation>
    </message>
    <message>
        <source>Language of the workbook</source>
        <translation>Sprache der Arbeitsmappe</translation>
    </message>
    <message>
        <source>Write…</source>
        <translation>Schreiben…</translation>
    </message>
    <message>
        <source>Each partner fills in their profile, effort per work package and cost lines, and sends the workbook back; Project &gt; Import returned workbooks… reads it.</source>
        <translation>Jeder Partner füllt sein Profil, den Aufwand je Arbeitspaket und die Kostenzeilen aus und schickt die Arbeitsmappe zurück; Projekt &gt; Zurückgesandte Arbeitsmappen importieren… liest sie ein.</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Teilnehmer</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Undo/redo</source>
        <translation>Rückgängig/Wiederholen</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>rückgängig</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>wiederholt</translation>
    </message>
    <message>
        <source>Show &amp;older</source>
        <translation>Ä&amp;ltere anzeigen</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Keine Änderungen aufgezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) shown, newest first.</source>
        <translation>
            <numerusform>%n Änderung angezeigt, die neueste zuerst.</numerusform>
            <numerusform>%n Änderungen angezeigt, die neuesten zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>History of {acronym}</source>
        <translation>Verlauf von {acronym}</translation>
    </message>
    <message>
        <source>Choose an organisation in the partner directory first.</source>
        <translation>Wählen Sie zuerst eine Organisation im Partnerverzeichnis.</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>Verlauf von {name}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>Total eligible costs</source>
        <translation>Förderfähige Gesamtkosten</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>EU-Beitrag</translation>
    </message>
    <message>
        <source>Errors found by the checks</source>
        <translation>Von den Prüfungen gefundene Fehler</translation>
    </message>
    <message>
        <source>Workspace mode</source>
        <translation>Modus des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Systemsprache ({language})</translation>
    </message>
    <message>
        <source>Consortium Planner will speak {language} from its next start. Close and reopen it to switch now.</source>
        <translation>Consortium Planner verwendet {language} ab dem nächsten Start. Schließen und öffnen Sie es erneut, um jetzt zu wechseln.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>{problem}

Open {file} read-only? You can look at everything and export, but not change it.</source>
        <translation>{problem}

{file} schreibgeschützt öffnen? Sie können alles ansehen und exportieren, aber nichts ändern.</translation>
    </message>
    <message>
        <source>Workspace in use</source>
        <translation>Arbeitsbereich in Gebrauch</translation>
    </message>
    <message>
        <source>{workspace} (team workspace, read-only) – {app}</source>
        <translation>{workspace} (Team-Arbeitsbereich, schreibgeschützt) – {app}</translation>
    </message>
    <message>
        <source>{workspace} (team workspace) – {app}</source>
        <translation>{workspace} (Team-Arbeitsbereich) – {app}</translation>
    </message>
    <message>
        <source>{workspace} (read-only) – {app}</source>
        <translation>{workspace} (schreibgeschützt) – {app}</translation>
    </message>
    <message>
        <source>{workspace} – {app}</source>
        <translation>{workspace} – {app}</translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can look at everything and export, but not change it.</source>
        <translation>Schreibgeschützt: {reason}. Sie können alles ansehen und exportieren, aber nichts ändern.</translation>
    </message>
    <message>
        <source>The workspace was upgraded; the old file was kept as {file}</source>
        <translation>Der Arbeitsbereich wurde aktualisiert; die alte Datei wurde als {file} aufbewahrt</translation>
    </message>
    <message>
        <source>A scenario of {project}: {scenario}</source>
        <translation>Ein Szenario von {project}: {scenario}</translation>
    </message>
    <message>
        <source>A scenario of {project}</source>
        <translation>Ein Szenario von {project}</translation>
    </message>
    <message>
        <source>{acronym} · main</source>
        <translation>{acronym} · Haupt</translation>
    </message>
    <message>
        <source>The main project of its proposal</source>
        <translation>Das Hauptprojekt seines Antrags</translation>
    </message>
    <message>
        <source>Versions ({count})</source>
        <translation>Versionen ({count})</translation>
    </message>
    <message>
        <source>Frozen copies of the project: open one read-only, restore it as a scenario, or delete it</source>
        <translation>Eingefrorene Kopien des Projekts: schreibgeschützt öffnen, als Szenario wiederherstellen oder löschen</translation>
    </message>
    <message>
        <source>{version}: {description} (opens read-only)</source>
        <translation>{version}: {description} (öffnet schreibgeschützt)</translation>
    </message>
    <message>
        <source>Read-only: version {version} of {time}</source>
        <translation>Schreibgeschützt: Version {version} vom {time}</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Total eligible: {amount}</source>
        <translation>Förderfähig gesamt: {amount}</translation>
    </message>
    <message>
        <source>EU contribution: {amount}</source>
        <translation>EU-Beitrag: {amount}</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translation>{count} Fehler</translation>
    </message>
    <message>
        <source>Consortium Planner {version}

Plan interregional consortia, work plans and budgets for EU innovation calls, offline.</source>
        <translation>Consortium Planner {version}

Interregionale Konsortien, Arbeitspläne und Budgets für EU-Innovationsausschreibungen planen, offline.</translation>
    </message>
    <message>
        <source>About Consortium Planner</source>
        <translation>Über Consortium Planner</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Overrides for P{number} {name}</source>
        <translation>Abweichungen für P{number} {name}</translation>
    </message>
    <message>
        <source>Override the funding rate</source>
        <translation>Förderquote abweichend festlegen</translation>
    </message>
    <message>
        <source>Funding rate</source>
        <translation>Förderquote</translation>
    </message>
    <message>
        <source>e.g. 70 %</source>
        <translation>z. B. 70 %</translation>
    </message>
    <message>
        <source>Reason for the funding rate</source>
        <translation>Begründung der Förderquote</translation>
    </message>
    <message>
        <source>Override the region category</source>
        <translation>Regionenkategorie abweichend festlegen</translation>
    </message>
    <message>
        <source>Region category</source>
        <translation>Regionenkategorie</translation>
    </message>
    <message>
        <source>Reason for the region category</source>
        <translation>Begründung der Regionenkategorie</translation>
    </message>
    <message>
        <source>Funding rate:</source>
        <translation>Förderquote:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>From the call profile and data: {rate}</source>
        <translation>Laut Ausschreibungsprofil und Daten: {rate}</translation>
    </message>
    <message>
        <source>Region category:</source>
        <translation>Regionenkategorie:</translation>
    </message>
    <message>
        <source>Current: {category} ({source})</source>
        <translation>Aktuell: {category} ({source})</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>PartnerFinder</name>
    <message>
        <source>Add participants to {0}</source>
        <translation>Teilnehmer zu {0} hinzufügen</translation>
    </message>
    <message>
        <source>What the consortium lacks</source>
        <translation>Was dem Konsortium fehlt</translation>
    </message>
    <message>
        <source>Every organisation not yet in {0}</source>
        <translation>Alle Organisationen, die noch nicht in {0} sind</translation>
    </message>
    <message>
        <source>Search names, PIC, VAT, city, clusters, notes</source>
        <translation>Namen, PIC, USt-IdNr., Ort, Cluster, Notizen suchen</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Organisationen suchen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>{0} organisations not in {1}</source>
        <translation>{0} Organisationen nicht in {1}</translation>
    </message>
    <message>
        <source>Add selected</source>
        <translation>Auswahl hinzufügen</translation>
    </message>
    <message>
        <source>Proposed from the project&apos;s checks:</source>
        <translation>Vorschläge aus den Prüfungen des Projekts:</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Acronym</source>
        <translation>Akronym</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Akronym:</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>e.g. P7 leaves, a Polish SME joins</source>
        <translation>z. B. P7 steigt aus, ein polnisches KMU kommt hinzu</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Szenario:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Call profile</source>
        <translation>Ausschreibungsprofil</translation>
    </message>
    <message>
        <source>Duration in months</source>
        <translation>Laufzeit in Monaten</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Call &amp;profile:</source>
        <translation>Ausschreibungs&amp;profil:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Laufzeit:</translation>
    </message>
</context>
<context>
    <name>ReturnsPreviewDialog</name>
    <message>
        <source>Import returned workbooks</source>
        <translation>Zurückgesandte Arbeitsmappen importieren</translation>
    </message>
    <message>
        <source>Returned workbooks</source>
        <translation>Zurückgesandte Arbeitsmappen</translation>
    </message>
    <message>
        <source>Changes of the selected workbook</source>
        <translation>Änderungen der gewählten Arbeitsmappe</translation>
    </message>
    <message>
        <source>Import checked files</source>
        <translation>Markierte Dateien importieren</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Check the files to import; a file with errors changes nothing. Edit &gt; Undo takes the whole import back.</source>
        <translation>Noch hat sich nichts geändert. Markieren Sie die zu importierenden Dateien; eine Datei mit Fehlern ändert nichts. Bearbeiten &gt; Rückgängig nimmt den ganzen Import zurück.</translation>
    </message>
    <message>
        <source>✗ {file} (errors)</source>
        <translation>✗ {file} (Fehler)</translation>
    </message>
    <message>
        <source>= {file} (no changes)</source>
        <translation>= {file} (keine Änderungen)</translation>
    </message>
    <message>
        <source>{file} (changes: {count})</source>
        <translation>{file} (Änderungen: {count})</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search {table}</source>
        <translation>Suchen: {table}</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Totals of {table}</source>
        <translation>Summen von {table}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected rows</source>
        <translation>Ausgewählte Zeilen entfernen</translation>
    </message>
</context>
<context>
    <name>TeamWorkspaceDialog</name>
    <message>
        <source>Open team workspace</source>
        <translation>Team-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>Standard (5432)</translation>
    </message>
    <message>
        <source>a name from pg_service.conf (instead of the above)</source>
        <translation>ein Name aus pg_service.conf (statt der Angaben oben)</translation>
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
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>Be&amp;nutzer</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>D&amp;ienst</translation>
    </message>
    <message>
        <source>The password is asked for when the server needs it and is never stored; ~/.pgpass and PGPASSWORD are used when set.</source>
        <translation>Das Passwort wird abgefragt, wenn der Server es verlangt, und nie gespeichert; ~/.pgpass und PGPASSWORD werden verwendet, wenn sie gesetzt sind.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password for {address}:</source>
        <translation>Passwort für {address}:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Plan consortia, work plans and budgets for EU innovation calls, offline. A workspace file (.cpw) holds your partner directory and your projects.</source>
        <translation>Konsortien, Arbeitspläne und Budgets für EU-Innovationsausschreibungen planen, offline. Eine Arbeitsbereichsdatei (.cpw) enthält Ihr Partnerverzeichnis und Ihre Projekte.</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Zuletzt geöffnete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>You can also drop a .cpw file onto this window.</source>
        <translation>Sie können auch eine .cpw-Datei auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <source>A team workspace on a PostgreSQL server</source>
        <translation>Ein Team-Arbeitsbereich auf einem PostgreSQL-Server</translation>
    </message>
    <message>
        <source>This file no longer exists</source>
        <translation>Diese Datei gibt es nicht mehr</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;team workspace…</source>
        <translation>&amp;Team-Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>Open a workspace shared on a PostgreSQL server</source>
        <translation>Einen auf einem PostgreSQL-Server geteilten Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>D&amp;rucken…</translation>
    </message>
    <message>
        <source>&amp;Import organisations…</source>
        <translation>Organisationen &amp;importieren…</translation>
    </message>
    <message>
        <source>Read an organisation list (xlsx, xlsm, ods, csv) into the partner directory</source>
        <translation>Eine Organisationsliste (xlsx, xlsm, ods, csv) ins Partnerverzeichnis einlesen</translation>
    </message>
    <message>
        <source>Import region cate&amp;gories…</source>
        <translation>Regionenkate&amp;gorien importieren…</translation>
    </message>
    <message>
        <source>Read a table of NUTS 2 codes and their region categories (CSV)</source>
        <translation>Eine Tabelle mit NUTS-2-Codes und ihren Regionenkategorien einlesen (CSV)</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>Arbeitsbereich &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move selected rows</source>
        <translation>Ausgewählte Zeilen &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>&amp;Find in table</source>
        <translation>In Tabelle &amp;suchen</translation>
    </message>
    <message>
        <source>Find &amp;duplicate organisations…</source>
        <translation>&amp;Doppelte Organisationen finden…</translation>
    </message>
    <message>
        <source>Group likely duplicates of the partner directory, merge or dismiss them</source>
        <translation>Wahrscheinliche Dubletten des Partnerverzeichnisses gruppieren, zusammenführen oder verwerfen</translation>
    </message>
    <message>
        <source>Organisation h&amp;istory…</source>
        <translation>&amp;Verlauf der Organisation…</translation>
    </message>
    <message>
        <source>Who changed what of the organisation chosen in the partner directory</source>
        <translation>Wer was an der im Partnerverzeichnis gewählten Organisation geändert hat</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Duplicate project (what-if)…</source>
        <translation>Projekt &amp;duplizieren (Was-wäre-wenn)…</translation>
    </message>
    <message>
        <source>&amp;Rename project…</source>
        <translation>Projekt &amp;umbenennen…</translation>
    </message>
    <message>
        <source>De&amp;lete project…</source>
        <translation>Projekt &amp;löschen…</translation>
    </message>
    <message>
        <source>New &amp;scenario…</source>
        <translation>Neues &amp;Szenario…</translation>
    </message>
    <message>
        <source>Copy the project as a what-if scenario of its proposal</source>
        <translation>Das Projekt als Was-wäre-wenn-Szenario seines Antrags kopieren</translation>
    </message>
    <message>
        <source>Make &amp;main project</source>
        <translation>Zum &amp;Hauptprojekt machen</translation>
    </message>
    <message>
        <source>Make this scenario the main project of its proposal</source>
        <translation>Dieses Szenario zum Hauptprojekt seines Antrags machen</translation>
    </message>
    <message>
        <source>&amp;Take a version…</source>
        <translation>&amp;Version festhalten…</translation>
    </message>
    <message>
        <source>Keep the project as it is now, with a note (&quot;sent to partners on 3 May&quot;)</source>
        <translation>Das Projekt im jetzigen Stand mit einer Notiz festhalten („am 3. Mai an die Partner geschickt“)</translation>
    </message>
    <message>
        <source>Restore version as scenario…</source>
        <translation>Version als Szenario wiederherstellen…</translation>
    </message>
    <message>
        <source>Make the version shown a new scenario of its proposal</source>
        <translation>Die angezeigte Version zu einem neuen Szenario ihres Antrags machen</translation>
    </message>
    <message>
        <source>Delete version…</source>
        <translation>Version löschen…</translation>
    </message>
    <message>
        <source>Project &amp;history…</source>
        <translation>Projektverlau&amp;f…</translation>
    </message>
    <message>
        <source>Who changed what in this project, and when (the edit log)</source>
        <translation>Wer was in diesem Projekt wann geändert hat (das Änderungsprotokoll)</translation>
    </message>
    <message>
        <source>Partner &amp;workbooks…</source>
        <translation>Partner-&amp;Arbeitsmappen…</translation>
    </message>
    <message>
        <source>Write the workbook each partner fills in and sends back</source>
        <translation>Die Arbeitsmappe schreiben, die jeder Partner ausfüllt und zurückschickt</translation>
    </message>
    <message>
        <source>&amp;Import returned workbooks…</source>
        <translation>Zurückgesandte Arbeitsmappen &amp;importieren…</translation>
    </message>
    <message>
        <source>Show what the returned partner workbooks change, then apply them</source>
        <translation>Zeigen, was die zurückgesandten Arbeitsmappen ändern, und sie dann übernehmen</translation>
    </message>
    <message>
        <source>Compare report as PD&amp;F…</source>
        <translation>Vergleichsbericht als &amp;PDF…</translation>
    </message>
    <message>
        <source>Write what differs between the projects the Compare page shows (PDF)</source>
        <translation>Schreiben, was sich zwischen den Projekten der Seite Vergleichen unterscheidet (PDF)</translation>
    </message>
    <message>
        <source>Compare report as E&amp;xcel…</source>
        <translation>Vergleichsbericht als E&amp;xcel…</translation>
    </message>
    <message>
        <source>Write the comparison the Compare page shows, deltas as live formulas</source>
        <translation>Den Vergleich der Seite Vergleichen schreiben, Differenzen als Formeln</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;Navigator</translation>
    </message>
    <message>
        <source>Undo &amp;history</source>
        <translation>Rückgängig-&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;About Consortium Planner</source>
        <translation>Ü&amp;ber Consortium Planner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;PDF report…</source>
        <translation>&amp;PDF-Bericht…</translation>
    </message>
    <message>
        <source>&amp;Excel workbook…</source>
        <translation>&amp;Excel-Arbeitsmappe…</translation>
    </message>
    <message>
        <source>&amp;CSV tables…</source>
        <translation>&amp;CSV-Tabellen…</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>choose an entry from the list</source>
        <translation>wählen Sie einen Eintrag aus der Liste</translation>
    </message>
    <message>
        <source>{text} is not one of the choices</source>
        <translation>{text} ist keine der Auswahlmöglichkeiten</translation>
    </message>
    <message>
        <source>{text} matches several entries; type more of the name</source>
        <translation>{text} passt zu mehreren Einträgen; geben Sie mehr vom Namen ein</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Redo of “{edit}” refused: {reason}</source>
        <translation>Wiederholen von „{edit}“ abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>Undo of “{edit}” refused: {reason}</source>
        <translation>Rückgängigmachen von „{edit}“ abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>They are already numbered 1, 2, 3 … without gaps.</source>
        <translation>Sie sind bereits lückenlos 1, 2, 3 … nummeriert.</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: {problems}</source>
        <translation>Aus {file} wurde nichts importiert: {problems}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Consortium Planner: unexpected error</source>
        <translation>Consortium Planner: unerwarteter Fehler</translation>
    </message>
    <message>
        <source>The details were written to {file}.</source>
        <translation>Die Einzelheiten stehen in {file}.</translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation>Die Einzelheiten konnten nicht in eine Protokolldatei geschrieben werden.</translation>
    </message>
    <message>
        <source>Something went wrong that should not have. Your workspace is saved after every change, so you can keep working; if it happens again, please send the log file to the developers.

{summary}

{where}</source>
        <translation>Etwas ist schiefgegangen, das nicht hätte passieren dürfen. Ihr Arbeitsbereich wird nach jeder Änderung gespeichert, Sie können also weiterarbeiten; wenn es wieder passiert, schicken Sie bitte die Protokolldatei an die Entwickler.

{summary}

{where}</translation>
    </message>
    <message>
        <source>Workspace problem</source>
        <translation>Problem mit dem Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>{file} wird geschrieben…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export cancelled; no file was changed.</source>
        <translation>Export abgebrochen; keine Datei wurde geändert.</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>Der Export ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Wrote {count} files into {folder}</source>
        <translation>{count} Dateien in {folder} geschrieben</translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation>Exportiert nach {file}</translation>
    </message>
    <message>
        <source>Language of the export:</source>
        <translation>Sprache des Exports:</translation>
    </message>
    <message>
        <source>Export {acronym}</source>
        <translation>{acronym} exportieren</translation>
    </message>
    <message>
        <source>Export {acronym} as CSV tables</source>
        <translation>{acronym} als CSV-Tabellen exportieren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>“{text}” is not a date (e.g. {example} or 2027-12-31)</source>
        <translation>„{text}“ ist kein Datum (z. B. {example} oder 2027-12-31)</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Partner directory</source>
        <translation>Partnerverzeichnis</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>Konsortium</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Arbeitsplan</translation>
    </message>
    <message>
        <source>Effort matrix</source>
        <translation>Aufwandsmatrix</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Value chain</source>
        <translation>Wertschöpfungskette</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Rückläufe</translation>
    </message>
</context>
<context>
    <name>partner_workbooks</name>
    <message>
        <source>{file} cannot be imported:</source>
        <translation>{file} kann nicht importiert werden:</translation>
    </message>
    <message>
        <source>No changes: the workspace already holds what this workbook says.</source>
        <translation>Keine Änderungen: Der Arbeitsbereich enthält bereits, was in dieser Arbeitsmappe steht.</translation>
    </message>
    <message>
        <source>Error: {problem}</source>
        <translation>Fehler: {problem}</translation>
    </message>
    <message>
        <source>Warning: {problem}</source>
        <translation>Warnung: {problem}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source>Returned workbooks imported: {count} ({files}).</source>
        <translation>Importierte zurückgesandte Arbeitsmappen: {count} ({files}).</translation>
    </message>
    <message>
        <source>Returned workbooks imported: {count}.</source>
        <translation>Importierte zurückgesandte Arbeitsmappen: {count}.</translation>
    </message>
    <message>
        <source>Not imported: {count}:</source>
        <translation>Nicht importiert: {count}:</translation>
    </message>
    <message>
        <source>{acronym} has no participants yet.</source>
        <translation>{acronym} hat noch keine Teilnehmer.</translation>
    </message>
    <message>
        <source>Folder for the partner workbooks of {acronym}</source>
        <translation>Ordner für die Partner-Arbeitsmappen von {acronym}</translation>
    </message>
    <message>
        <source>Partner workbook</source>
        <translation>Partner-Arbeitsmappe</translation>
    </message>
    <message>
        <source>Writing the partner workbooks…</source>
        <translation>Partner-Arbeitsmappen werden geschrieben…</translation>
    </message>
    <message>
        <source>Writing the partner workbook…</source>
        <translation>Partner-Arbeitsmappe wird geschrieben…</translation>
    </message>
    <message>
        <source>Partner workbooks</source>
        <translation>Partner-Arbeitsmappen</translation>
    </message>
    <message>
        <source>Import returned partner workbooks</source>
        <translation>Von Partnern zurückgesandte Arbeitsmappen importieren</translation>
    </message>
    <message>
        <source>Reading workbooks: {count}…</source>
        <translation>Arbeitsmappen werden gelesen: {count}…</translation>
    </message>
    <message>
        <source>Importing workbooks: {count}…</source>
        <translation>Arbeitsmappen werden importiert: {count}…</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>{file} importieren</translation>
    </message>
    <message>
        <source>Import returned workbooks: {count}</source>
        <translation>Zurückgesandte Arbeitsmappen importieren: {count}</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Call profile</source>
        <translation>Ausschreibungsprofil</translation>
    </message>
    <message>
        <source>Thematic priority</source>
        <translation>Thematische Priorität</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} Monate</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>Konsortium</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Rechtlicher Name</translation>
    </message>
    <message>
        <source>PIC</source>
        <translation>PIC</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Budget ({currency})</source>
        <translation>Budget ({currency})</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Total eligible</source>
        <translation>Förderfähig gesamt</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>EU-Beitrag</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Own contribution: {amount}; person-months: {months}; indirect costs {rate} of {base}.</source>
        <translation>Eigenbeitrag: {amount}; Personenmonate: {months}; indirekte Kosten {rate} von {base}.</translation>
    </message>
    <message>
        <source>Work packages</source>
        <translation>Arbeitspakete</translation>
    </message>
    <message>
        <source>WP</source>
        <translation>WP</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Personenmonate</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Deliverables</translation>
    </message>
    <message>
        <source>Dissemination</source>
        <translation>Verbreitung</translation>
    </message>
    <message>
        <source>Due month</source>
        <translation>Fälligkeitsmonat</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Nachweismittel</translation>
    </message>
    <message>
        <source>Eligibility checks</source>
        <translation>Förderfähigkeitsprüfungen</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>{acronym} consortium summary</source>
        <translation>Konsortiumsübersicht {acronym}</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Print the consortium summary</source>
        <translation>Konsortiumsübersicht drucken</translation>
    </message>
    <message>
        <source>The summary was sent to the printer.</source>
        <translation>Die Übersicht wurde an den Drucker geschickt.</translation>
    </message>
</context>
<context>
    <name>projects</name>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>New project {acronym}</source>
        <translation>Neues Projekt {acronym}</translation>
    </message>
    <message>
        <source>Duplicate {acronym} as a what-if scenario</source>
        <translation>{acronym} als Was-wäre-wenn-Szenario duplizieren</translation>
    </message>
    <message>
        <source>Duplicate {acronym} as {copy}</source>
        <translation>{acronym} als {copy} duplizieren</translation>
    </message>
    <message>
        <source>Rename {acronym}</source>
        <translation>{acronym} umbenennen</translation>
    </message>
    <message>
        <source>Rename {acronym} to {new}</source>
        <translation>{acronym} in {new} umbenennen</translation>
    </message>
    <message>
        <source>Delete the project {acronym} with its participants, work plan, effort and costs? The organisations stay in the directory. Edit &gt; Undo brings the project back.</source>
        <translation>Das Projekt {acronym} mit seinen Teilnehmern, dem Arbeitsplan, dem Aufwand und den Kosten löschen? Die Organisationen bleiben im Verzeichnis. Bearbeiten &gt; Rückgängig holt das Projekt zurück.</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Projekt löschen</translation>
    </message>
    <message>
        <source>Delete project {acronym}</source>
        <translation>Projekt {acronym} löschen</translation>
    </message>
</context>
<context>
    <name>scenarios</name>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>New scenario of {acronym}</source>
        <translation>Neues Szenario von {acronym}</translation>
    </message>
    <message>
        <source>New scenario {scenario} of {acronym}</source>
        <translation>Neues Szenario {scenario} von {acronym}</translation>
    </message>
    <message>
        <source>Make {acronym} the main project</source>
        <translation>{acronym} zum Hauptprojekt machen</translation>
    </message>
    <message>
        <source>Take a version of {acronym}</source>
        <translation>Version von {acronym} festhalten</translation>
    </message>
    <message>
        <source>Take a version of {acronym}: {note}</source>
        <translation>Version von {acronym} festhalten: {note}</translation>
    </message>
    <message>
        <source>Restore {version} as a new scenario</source>
        <translation>{version} als neues Szenario wiederherstellen</translation>
    </message>
    <message>
        <source>restored from {version}</source>
        <translation>wiederhergestellt aus {version}</translation>
    </message>
    <message>
        <source>Restore {version} as {acronym}</source>
        <translation>{version} als {acronym} wiederherstellen</translation>
    </message>
    <message>
        <source>Delete version {version} ({description})? Edit &gt; Undo brings it back.</source>
        <translation>Version {version} ({description}) löschen? Bearbeiten &gt; Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>Version löschen</translation>
    </message>
    <message>
        <source>Delete version {version}</source>
        <translation>Version {version} löschen</translation>
    </message>
</context>
<context>
    <name>workspace_files</name>
    <message>
        <source>Consortium Planner workspaces (*.cpw);;All files (*)</source>
        <translation>Consortium-Planner-Arbeitsbereiche (*.cpw);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>the copy differs from the team workspace: {differences}</source>
        <translation>die Kopie weicht vom Team-Arbeitsbereich ab: {differences}</translation>
    </message>
    <message>
        <source>Saved a copy as {file}</source>
        <translation>Kopie gespeichert als {file}</translation>
    </message>
</context>
</TS>
