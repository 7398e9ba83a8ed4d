<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>Add %n participant(s)</source>
        <translation>
            <numerusform>%n Teilnehmer hinzufügen</numerusform>
            <numerusform>%n Teilnehmer hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n participant(s) from {countries} in {regions}</source>
        <translation>
            <numerusform>Mindestens %n Teilnehmer aus {countries} in {regions}</numerusform>
            <numerusform>Mindestens %n Teilnehmer aus {countries} in {regions}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%n Land</numerusform>
            <numerusform>%n Ländern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n Region</numerusform>
            <numerusform>%n Regionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n region category(ies) from {file} ({new} new, {changed} changed, {unchanged} unchanged)</source>
        <translation>
            <numerusform>%n Regionskategorie aus {file} importiert ({new} neu, {changed} geändert, {unchanged} unverändert)</numerusform>
            <numerusform>%n Regionskategorien aus {file} importiert ({new} neu, {changed} geändert, {unchanged} unverändert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{problems} (and %n more)</source>
        <translation>
            <numerusform>{problems} (und %n weitere)</numerusform>
            <numerusform>{problems} (und %n weitere)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{report}; %n row(s) skipped: {problems}.</source>
        <translation>
            <numerusform>{report}; %n Zeile übersprungen: {problems}.</numerusform>
            <numerusform>{report}; %n Zeilen übersprungen: {problems}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{group}: {count} of %n participant(s){numbers}, {share}; {of_eu}.</source>
        <translation>
            <numerusform>{group}: {count} von %n Teilnehmer{numbers}, {share}; {of_eu}.</numerusform>
            <numerusform>{group}: {count} von %n Teilnehmern{numbers}, {share}; {of_eu}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <source>A Personnel</source>
        <translation>A Personal</translation>
    </message>
    <message>
        <source>B Subcontr.</source>
        <translation>B Unterauftr.</translation>
    </message>
    <message>
        <source>C.1 Travel</source>
        <translation>C.1 Reisen</translation>
    </message>
    <message>
        <source>C.2 Equipm.</source>
        <translation>C.2 Ausrüst.</translation>
    </message>
    <message>
        <source>C.3 Goods</source>
        <translation>C.3 Waren</translation>
    </message>
    <message>
        <source>D Other</source>
        <translation>D Sonstige</translation>
    </message>
    <message>
        <source>E Indirect</source>
        <translation>E Indirekt</translation>
    </message>
    <message>
        <source>D incl. D.1</source>
        <translation>D inkl. D.1</translation>
    </message>
    <message>
        <source>A. Personnel</source>
        <translation>A. Personalkosten</translation>
    </message>
    <message>
        <source>B. Subcontracting</source>
        <translation>B. Unteraufträge</translation>
    </message>
    <message>
        <source>C.1 Travel and subsistence</source>
        <translation>C.1 Reise- und Aufenthaltskosten</translation>
    </message>
    <message>
        <source>C.2 Equipment</source>
        <translation>C.2 Ausrüstung</translation>
    </message>
    <message>
        <source>C.3 Other goods, works and services</source>
        <translation>C.3 Sonstige Waren, Arbeiten und Dienstleistungen</translation>
    </message>
    <message>
        <source>D. Other cost categories (D.1 financial support to third parties and other D lines)</source>
        <translation>D. Sonstige Kostenkategorien (D.1 finanzielle Unterstützung Dritter und andere D-Positionen)</translation>
    </message>
    <message>
        <source>E. Indirect costs: the call profile&apos;s flat rate on its base</source>
        <translation>E. Indirekte Kosten: der Pauschalsatz des Ausschreibungsprofils auf seine Basis</translation>
    </message>
    <message>
        <source>B Subcontracting</source>
        <translation>B Unteraufträge</translation>
    </message>
    <message>
        <source>C.3 Other goods</source>
        <translation>C.3 Sonstige Waren</translation>
    </message>
    <message>
        <source>D.1 Third parties</source>
        <translation>D.1 Dritte</translation>
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
        <translation>Satz</translation>
    </message>
    <message>
        <source>Funding rate (for the total: EU contribution / total eligible)</source>
        <translation>Fördersatz (für die Summe: EU-Beitrag / förderfähige Kosten gesamt)</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>EU-Beitrag</translation>
    </message>
    <message>
        <source>Own contribution</source>
        <translation>Eigenbeitrag</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>No work package</source>
        <translation>Kein Arbeitspaket</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation>Arbeitspaket</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Personenmonate</translation>
    </message>
    <message>
        <source>Direct costs</source>
        <translation>Direkte Kosten</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Stückkosten</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Choose the participant first (in the list above the cost lines).</source>
        <translation>Wählen Sie zuerst den Teilnehmer (in der Liste über den Kostenpositionen).</translation>
    </message>
    <message>
        <source>Budget per participant</source>
        <translation>Budget je Teilnehmer</translation>
    </message>
    <message>
        <source>cost line of {participant}</source>
        <translation>Kostenposition von {participant}</translation>
    </message>
    <message>
        <source>Cost lines</source>
        <translation>Kostenpositionen</translation>
    </message>
    <message>
        <source>Add cost line</source>
        <translation>Kostenposition hinzufügen</translation>
    </message>
    <message>
        <source>No cost lines yet. Add cost line for travel, equipment, subcontracting and other costs; personnel costs (A) come from the Effort matrix.</source>
        <translation>Noch keine Kostenpositionen. „Kostenposition hinzufügen“ für Reisen, Ausrüstung, Unteraufträge und sonstige Kosten; die Personalkosten (A) ergeben sich aus der Aufwandsmatrix.</translation>
    </message>
    <message>
        <source>Show the cost lines of</source>
        <translation>Kostenpositionen anzeigen von</translation>
    </message>
    <message>
        <source>Direct costs per work package</source>
        <translation>Direkte Kosten je Arbeitspaket</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Per country</source>
        <translation>Je Land</translation>
    </message>
    <message>
        <source>Region category</source>
        <translation>Regionskategorie</translation>
    </message>
    <message>
        <source>Per region category</source>
        <translation>Je Regionskategorie</translation>
    </message>
    <message>
        <source>Budget details</source>
        <translation>Budgetdetails</translation>
    </message>
    <message>
        <source>Per work package</source>
        <translation>Je Arbeitspaket</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>Alle Teilnehmer</translation>
    </message>
</context>
<context>
    <name>ChainPictureWidget</name>
    <message>
        <source>Picture of the value chain from research to market</source>
        <translation>Bild der Wertschöpfungskette von der Forschung bis zum Markt</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>No findings: the project meets every rule the checks know.</source>
        <translation>Keine Befunde: Das Projekt erfüllt alle Regeln, die die Prüfungen kennen.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>{errors}, {warnings}, {notes}. Press Enter or double-click a finding to go to what it concerns.</source>
        <translation>{errors}, {warnings}, {notes}. Drücken Sie die Eingabetaste oder doppelklicken Sie auf einen Befund, um zu dem zu gehen, was er betrifft.</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referenz</translation>
    </message>
    <message>
        <source>Compare &amp;with</source>
        <translation>&amp;Vergleichen mit</translation>
    </message>
    <message>
        <source>and (&amp;3)</source>
        <translation>und (&amp;3)</translation>
    </message>
    <message>
        <source>and (&amp;4)</source>
        <translation>und (&amp;4)</translation>
    </message>
    <message>
        <source>Side {number}</source>
        <translation>Seite {number}</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Computed from other figures</source>
        <translation>Aus anderen Zahlen berechnet</translation>
    </message>
    <message>
        <source>&amp;Only what differs</source>
        <translation>&amp;Nur Unterschiede</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <source>Sec&amp;tion</source>
        <translation>B&amp;ereich</translation>
    </message>
    <message>
        <source>P&amp;DF report…</source>
        <translation>PD&amp;F-Bericht…</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook…</source>
        <translation>E&amp;xcel-Arbeitsmappe…</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>{side} (reference)</source>
        <translation>{side} (Referenz)</translation>
    </message>
    <message>
        <source>Choose two to four projects to compare: the first is the reference. Make a what-if copy with Project &gt; Duplicate.</source>
        <translation>Wählen Sie zwei bis vier Projekte zum Vergleich: Das erste ist die Referenz. Eine Was-wäre-wenn-Kopie erstellen Sie mit Projekt &gt; Duplizieren.</translation>
    </message>
    <message>
        <source>No differences: the projects are the same in everything compared.</source>
        <translation>Keine Unterschiede: Die Projekte stimmen in allem Verglichenen überein.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) differ: {inputs} and {derived} following from them (derived). Shaded cells differ from the reference: yellow changed, green added, red removed.</source>
        <translation>
            <numerusform>%n Zeile unterscheidet sich: {inputs} und {derived} daraus folgend (abgeleitet). Schattierte Zellen weichen von der Referenz ab: gelb geändert, grün hinzugefügt, rot entfernt.</numerusform>
            <numerusform>%n Zeilen unterscheiden sich: {inputs} und {derived} daraus folgend (abgeleitet). Schattierte Zellen weichen von der Referenz ab: gelb geändert, grün hinzugefügt, rot entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed value(s)</source>
        <translation>
            <numerusform>%n geänderter Wert</numerusform>
            <numerusform>%n geänderte Werte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n Zahl</numerusform>
            <numerusform>%n Zahlen</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants: {changes}</source>
        <translation>Teilnehmer: {changes}</translation>
    </message>
    <message>
        <source>Total eligible</source>
        <translation>Förderfähig gesamt</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>EU-Beitrag</translation>
    </message>
    <message>
        <source>{title}: {sides}</source>
        <translation>{title}: {sides}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose two to four projects to compare first.</source>
        <translation>Wählen Sie zuerst zwei bis vier Projekte zum Vergleich.</translation>
    </message>
    <message>
        <source>Compare report</source>
        <translation>Vergleichsbericht</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>{file} wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>{record} (kept)</source>
        <translation>{record} (behalten)</translation>
    </message>
    <message>
        <source>{field}: kept</source>
        <translation>{field}: behalten</translation>
    </message>
    <message>
        <source>{field}: not kept</source>
        <translation>{field}: nicht behalten</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import “{file}” into the directory:</source>
        <translation>„{file}“ in das Verzeichnis importieren:</translation>
    </message>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n neue Organisation</numerusform>
            <numerusform>%n neue Organisationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated, field by field as previewed</source>
        <translation>
            <numerusform>%n aktualisiert, Feld für Feld wie in der Vorschau</numerusform>
            <numerusform>%n aktualisiert, Feld für Feld wie in der Vorschau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged or kept as they are</source>
        <translation>
            <numerusform>%n unverändert oder beibehalten</numerusform>
            <numerusform>%n unverändert oder beibehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n Zeile übersprungen</numerusform>
            <numerusform>%n Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>and enrol them in project {acronym}.</source>
        <translation>und in das Projekt {acronym} aufnehmen.</translation>
    </message>
    <message>
        <source>The whole import is one step of Edit &gt; Undo.</source>
        <translation>Der gesamte Import ist ein Schritt von Bearbeiten &gt; Rückgängig.</translation>
    </message>
</context>
<context>
    <name>ConsortiumPage</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>{category} (override)</source>
        <translation>{category} (überschrieben)</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <source>No region is set for this organisation: set its NUTS 2 region in the partner directory, or override the category (Overrides…).</source>
        <translation>Für diese Organisation ist keine Region angegeben: Geben Sie ihre NUTS-2-Region im Partnerverzeichnis an oder überschreiben Sie die Kategorie (Abweichungen…).</translation>
    </message>
    <message>
        <source>No known category for {region}: set it on the Regions page with its source, or override it for this participant (Overrides…).</source>
        <translation>Keine bekannte Kategorie für {region}: Legen Sie sie auf der Seite Regionen mit Quelle fest oder überschreiben Sie sie für diesen Teilnehmer (Abweichungen…).</translation>
    </message>
    <message>
        <source>Overridden: {reason}</source>
        <translation>Überschrieben: {reason}</translation>
    </message>
    <message>
        <source>From the call profile (double-click or Overrides… to override)</source>
        <translation>Aus dem Ausschreibungsprofil (Doppelklick oder Abweichungen… zum Überschreiben)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Rechtsname</translation>
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
        <source>Region category</source>
        <translation>Regionskategorie</translation>
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
        <source>Monthly cost</source>
        <translation>Monatskosten</translation>
    </message>
    <message>
        <source>Monthly personnel cost: what one person-month costs</source>
        <translation>Monatliche Personalkosten: was ein Personenmonat kostet</translation>
    </message>
    <message>
        <source>Funding rate</source>
        <translation>Fördersatz</translation>
    </message>
    <message>
        <source>PM</source>
        <translation>PM</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Personenmonate</translation>
    </message>
    <message>
        <source>Total eligible</source>
        <translation>Förderfähig gesamt</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>EU-Beitrag</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Add participants…</source>
        <translation>Teilnehmer hinzufügen…</translation>
    </message>
    <message>
        <source>No participants yet. Add participants… finds organisations in the partner directory and proposes what the call&apos;s checks say the consortium lacks.</source>
        <translation>Noch keine Teilnehmer. „Teilnehmer hinzufügen…“ sucht Organisationen im Partnerverzeichnis und schlägt vor, was dem Konsortium laut den Prüfungen der Ausschreibung fehlt.</translation>
    </message>
    <message>
        <source>Overrides…</source>
        <translation>Abweichungen…</translation>
    </message>
    <message>
        <source>Renumber</source>
        <translation>Neu nummerieren</translation>
    </message>
    <message>
        <source>Funding rate: {error}</source>
        <translation>Fördersatz: {error}</translation>
    </message>
    <message>
        <source>Overrides of P{number} {name}</source>
        <translation>Abweichungen von P{number} {name}</translation>
    </message>
    <message>
        <source>Renumber participants</source>
        <translation>Teilnehmer neu nummerieren</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Budget per participant, by category</source>
        <translation>Budget je Teilnehmer, nach Kategorie</translation>
    </message>
    <message>
        <source>EU contribution and own contribution</source>
        <translation>EU-Beitrag und Eigenbeitrag</translation>
    </message>
    <message>
        <source>Total eligible costs per country</source>
        <translation>Förderfähige Gesamtkosten je Land</translation>
    </message>
    <message>
        <source>Total eligible costs per region category</source>
        <translation>Förderfähige Gesamtkosten je Regionskategorie</translation>
    </message>
    <message>
        <source>Person-months per work package</source>
        <translation>Personenmonate je Arbeitspaket</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Arbeitsplan</translation>
    </message>
    <message>
        <source>No participants yet</source>
        <translation>Noch keine Teilnehmer</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>EU-Beitrag</translation>
    </message>
    <message>
        <source>Own contribution</source>
        <translation>Eigenbeitrag</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>person-months</source>
        <translation>Personenmonate</translation>
    </message>
    <message>
        <source>No work packages yet</source>
        <translation>Noch keine Arbeitspakete</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>today (M{month})</source>
        <translation>heute (M{month})</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>{name} is not a cluster organisation of the directory</source>
        <translation>{name} ist keine Clusterorganisation des Verzeichnisses</translation>
    </message>
    <message>
        <source>NACE codes</source>
        <translation>NACE-Codes</translation>
    </message>
    <message>
        <source>NACE Rev. 2 codes, e.g. C25.62; 28.41 (any level)</source>
        <translation>NACE-Rev.-2-Codes, z. B. C25.62; 28.41 (jede Ebene)</translation>
    </message>
    <message>
        <source>Ecosystems</source>
        <translation>Ökosysteme</translation>
    </message>
    <message>
        <source>The industrial ecosystems of the EU Industrial Strategy (2021)</source>
        <translation>Die industriellen Ökosysteme der EU-Industriestrategie (2021)</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Gegründet</translation>
    </message>
    <message>
        <source>Year of foundation (start-ups show)</source>
        <translation>Gründungsjahr (zeigt Start-ups)</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>The cluster organisations it is a member of</source>
        <translation>Die Clusterorganisationen, denen sie angehört</translation>
    </message>
    <message>
        <source>Usual roles</source>
        <translation>Übliche Rollen</translation>
    </message>
    <message>
        <source>Value-chain roles it usually holds (a project proposes them)</source>
        <translation>Rollen in der Wertschöpfungskette, die sie üblicherweise übernimmt (ein Projekt schlägt sie vor)</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Rechtsname</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
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
        <source>PIC</source>
        <translation>PIC</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Profit-making</source>
        <translation>Gewinnorientiert</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Balance sheet</source>
        <translation>Bilanzsumme</translation>
    </message>
    <message>
        <source>SME class</source>
        <translation>KMU-Klasse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>EU projects</source>
        <translation>EU-Projekte</translation>
    </message>
    <message>
        <source>EU project experience, from an imported CORDIS export</source>
        <translation>EU-Projekterfahrung aus einem importierten CORDIS-Export</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation>Partnerverzeichnis</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Organisation hinzufügen</translation>
    </message>
    <message>
        <source>Search name, PIC, VAT, city…</source>
        <translation>Name, PIC, USt-IdNr., Ort suchen…</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Add to project</source>
        <translation>Zum Projekt hinzufügen</translation>
    </message>
    <message>
        <source>History of this organisation…</source>
        <translation>Verlauf dieser Organisation…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <source>{count} organisation(s)</source>
        <translation>
            <numerusform>{count} Organisation</numerusform>
            <numerusform>{count} Organisationen</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>No organisation matches the search and filters.</source>
        <translation>Keine Organisation passt zur Suche und zu den Filtern.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Suche und Filter löschen</translation>
    </message>
    <message>
        <source>Empty directory</source>
        <translation>Leeres Verzeichnis</translation>
    </message>
    <message>
        <source>The directory holds no organisations.</source>
        <translation>Das Verzeichnis enthält keine Organisationen.</translation>
    </message>
    <message>
        <source>The directory holds no organisations yet. Add one with {add} ({add_key}), or import a list (Excel, CSV, a CORDIS export) with {import_path} ({import_key}); a file dropped onto the window is imported too.</source>
        <translation>Das Verzeichnis enthält noch keine Organisationen. Fügen Sie eine mit {add} ({add_key}) hinzu oder importieren Sie eine Liste (Excel, CSV, ein CORDIS-Export) mit {import_path} ({import_key}); eine auf das Fenster gezogene Datei wird ebenfalls importiert.</translation>
    </message>
    <message>
        <source>No saved search yet</source>
        <translation>Noch keine gespeicherte Suche</translation>
    </message>
    <message>
        <source>Save this search…</source>
        <translation>Diese Suche speichern…</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Gespeicherte Suche löschen</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Diese Suche speichern</translation>
    </message>
    <message>
        <source>Name of the search:</source>
        <translation>Name der Suche:</translation>
    </message>
    <message>
        <source>No project yet</source>
        <translation>Noch kein Projekt</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <source>Add participant {name}</source>
        <translation>Teilnehmer {name} hinzufügen</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Legal name</source>
        <translation>Rechtsname</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>PIC</source>
        <translation>PIC</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Profit-making</source>
        <translation>Gewinnorientiert</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Balance sheet</source>
        <translation>Bilanzsumme</translation>
    </message>
    <message>
        <source>SME class</source>
        <translation>KMU-Klasse</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
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
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Founded year</source>
        <translation>Gründungsjahr</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Dubletten finden</translation>
    </message>
    <message>
        <source>&amp;Scan the directory</source>
        <translation>Verzeichnis &amp;durchsuchen</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Suchfortschritt</translation>
    </message>
    <message>
        <source>%v of %m organisations</source>
        <translation>%v von %m Organisationen</translation>
    </message>
    <message>
        <source>&amp;Cancel scan</source>
        <translation>Suche &amp;abbrechen</translation>
    </message>
    <message>
        <source>Scan the directory to find likely duplicates.</source>
        <translation>Durchsuchen Sie das Verzeichnis nach wahrscheinlichen Dubletten.</translation>
    </message>
    <message>
        <source>Groups of likely duplicates</source>
        <translation>Gruppen wahrscheinlicher Dubletten</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Gruppen</translation>
    </message>
    <message>
        <source>Record to keep</source>
        <translation>Zu behaltender Datensatz</translation>
    </message>
    <message>
        <source>&amp;Keep record:</source>
        <translation>Datensatz &amp;behalten:</translation>
    </message>
    <message>
        <source>The group&apos;s records, field by field</source>
        <translation>Die Datensätze der Gruppe, Feld für Feld</translation>
    </message>
    <message>
        <source>&amp;Fields (the checked value of each row is kept):</source>
        <translation>&amp;Felder (der angehakte Wert jeder Zeile bleibt erhalten):</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>&amp;Keine Dubletten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Scanning the directory…</source>
        <translation>Verzeichnis wird durchsucht…</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of likely duplicates.</source>
        <translation>
            <numerusform>%n Gruppe wahrscheinlicher Dubletten.</numerusform>
            <numerusform>%n Gruppen wahrscheinlicher Dubletten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates found.</source>
        <translation>Keine wahrscheinlichen Dubletten gefunden.</translation>
    </message>
    <message>
        <source>Scan cancelled.</source>
        <translation>Suche abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n records into {name}</source>
        <translation>
            <numerusform>%n Datensatz in {name} zusammenführen</numerusform>
            <numerusform>%n Datensätze in {name} zusammenführen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n records as not duplicates</source>
        <translation>
            <numerusform>%n Datensatz als keine Dublette markieren</numerusform>
            <numerusform>%n Datensätze als keine Dubletten markieren</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory changed: scan again to bring the groups up to date.</source>
        <translation>Das Verzeichnis hat sich geändert: Suchen Sie erneut, um die Gruppen zu aktualisieren.</translation>
    </message>
</context>
<context>
    <name>EffortPage</name>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Person-months per participant and work package</source>
        <translation>Personenmonate je Teilnehmer und Arbeitspaket</translation>
    </message>
    <message>
        <source>No participants yet: add them on the Consortium page and work packages on the Work plan page, then type their person-months here.</source>
        <translation>Noch keine Teilnehmer: Fügen Sie sie auf der Seite Konsortium und Arbeitspakete auf der Seite Arbeitsplan hinzu und tragen Sie dann hier ihre Personenmonate ein.</translation>
    </message>
    <message>
        <source>Type person-months in the cells (2,5 or 2.5); an empty cell or 0 means none. Personnel cost = person-months x the participant&apos;s monthly personnel cost.</source>
        <translation>Geben Sie Personenmonate in die Zellen ein (2,5 oder 2.5); eine leere Zelle oder 0 bedeutet keine. Personalkosten = Personenmonate x monatliche Personalkosten des Teilnehmers.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Personnel cost</source>
        <translation>Personalkosten</translation>
    </message>
    <message>
        <source>Effort of {participant} in {work_package}</source>
        <translation>Aufwand von {participant} in {work_package}</translation>
    </message>
    <message>
        <source>Nothing was pasted: {participant}, {work_package}: {error}</source>
        <translation>Nichts eingefügt: {participant}, {work_package}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n effort cell(s)</source>
        <translation>
            <numerusform>%n Aufwandszelle einfügen</numerusform>
            <numerusform>%n Aufwandszellen einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a list of organisations</source>
        <translation>Liste von Organisationen wählen</translation>
    </message>
    <message>
        <source>An Excel (.xlsx, .xlsm), OpenDocument (.ods) or CSV file in any layout and language. You can also drop the file here.</source>
        <translation>Eine Excel- (.xlsx, .xlsm), OpenDocument- (.ods) oder CSV-Datei in beliebigem Aufbau und beliebiger Sprache. Sie können die Datei auch hier ablegen.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Import organisations</source>
        <translation>Organisationen importieren</translation>
    </message>
    <message>
        <source>Spreadsheets and lists (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Tabellen und Listen (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
</context>
<context>
    <name>HeaderPage</name>
    <message>
        <source>Which row holds the column titles?</source>
        <translation>Welche Zeile enthält die Spaltenüberschriften?</translation>
    </message>
    <message>
        <source>First rows of the sheet</source>
        <translation>Erste Zeilen des Blatts</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Kopfzeile:</translation>
    </message>
    <message>
        <source>Row {number} (likely)</source>
        <translation>Zeile {number} (wahrscheinlich)</translation>
    </message>
    <message>
        <source>Row {number}</source>
        <translation>Zeile {number}</translation>
    </message>
    <message>
        <source>No header row: recognise the columns by their values</source>
        <translation>Keine Kopfzeile: Spalten an ihren Werten erkennen</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Legal name</source>
        <translation>Rechtsname</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>PIC</source>
        <translation>PIC</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Organisationstyp</translation>
    </message>
    <message>
        <source>Profit-making</source>
        <translation>Gewinnorientiert</translation>
    </message>
    <message>
        <source>Staff headcount</source>
        <translation>Beschäftigtenzahl</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Balance sheet</source>
        <translation>Bilanzsumme</translation>
    </message>
    <message>
        <source>SME class</source>
        <translation>KMU-Klasse</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>NUTS 2 region</source>
        <translation>NUTS-2-Region</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Kontaktname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Founded year</source>
        <translation>Gründungsjahr</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Project number</source>
        <translation>Projektnummer</translation>
    </message>
    <message>
        <source>Project acronym</source>
        <translation>Projektakronym</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>EU-Beitrag</translation>
    </message>
    <message>
        <source>Non-profit (yes = not for profit)</source>
        <translation>Gemeinnützig (ja = nicht gewinnorientiert)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Keep the directory&apos;s</source>
        <translation>Verzeichnis beibehalten</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Import organisations</source>
        <translation>Organisationen importieren</translation>
    </message>
    <message>
        <source>“{file}” is a returned partner workbook, not a list of organisations: Project &gt; Import returned workbooks… shows what it changes and imports it (or drop it on the main window).</source>
        <translation>„{file}“ ist eine zurückgesandte Partner-Arbeitsmappe, keine Liste von Organisationen: Projekt &gt; Zurückgesandte Arbeitsmappen importieren… zeigt, was sie ändert, und importiert sie (oder legen Sie sie im Hauptfenster ab).</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <source>Comparing with the directory…</source>
        <translation>Abgleich mit dem Verzeichnis…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>Import organisations from {file}</source>
        <translation>Organisationen aus {file} importieren</translation>
    </message>
    <message>
        <source>Import organisations from a list</source>
        <translation>Organisationen aus einer Liste importieren</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Sheet and columns</source>
        <translation>Blatt und Spalten</translation>
    </message>
    <message>
        <source>Check which field each column fills. Your choices are remembered for files with the same columns.</source>
        <translation>Prüfen Sie, welches Feld jede Spalte füllt. Ihre Auswahl wird für Dateien mit denselben Spalten gespeichert.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blatt</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Blatt:</translation>
    </message>
    <message>
        <source>Field for column {header}</source>
        <translation>Feld für Spalte {header}</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Not imported (no matching field): {columns}</source>
        <translation>Nicht importiert (kein passendes Feld): {columns}</translation>
    </message>
    <message>
        <source>Every column with a header is imported.</source>
        <translation>Jede Spalte mit Überschrift wird importiert.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>{rule} (check against the call document)</source>
        <translation>{rule} (mit dem Ausschreibungstext abgleichen)</translation>
    </message>
    <message>
        <source>profit-making</source>
        <translation>gewinnorientiert</translation>
    </message>
    <message>
        <source>non-profit</source>
        <translation>gemeinnützig</translation>
    </message>
    <message>
        <source>Duration {low}-{high} months</source>
        <translation>Laufzeit {low}–{high} Monate</translation>
    </message>
    <message>
        <source>EU contribution {low} to {high} {currency}</source>
        <translation>EU-Beitrag {low} bis {high} {currency}</translation>
    </message>
    <message>
        <source>Indirect costs (E): {rate} of {base}</source>
        <translation>Indirekte Kosten (E): {rate} von {base}</translation>
    </message>
    <message>
        <source>Funding rate: {rates}</source>
        <translation>Fördersatz: {rates}</translation>
    </message>
    <message>
        <source>Funding rate {rate}</source>
        <translation>Fördersatz {rate}</translation>
    </message>
    <message>
        <source>Region mix option: {option}</source>
        <translation>Option Regionenmix: {option}</translation>
    </message>
    <message>
        <source>Coordinator: {rule}</source>
        <translation>Koordinator: {rule}</translation>
    </message>
    <message>
        <source>Financial support to third parties: at most {amount} per third party</source>
        <translation>Finanzielle Unterstützung Dritter: höchstens {amount} je Dritten</translation>
    </message>
    <message>
        <source>At least {share} of the EU contribution to companies (SMEs and large enterprises)</source>
        <translation>Mindestens {share} des EU-Beitrags an Unternehmen (KMU und Großunternehmen)</translation>
    </message>
    <message>
        <source>At least {share} of the EU contribution to SMEs</source>
        <translation>Mindestens {share} des EU-Beitrags an KMU</translation>
    </message>
    <message>
        <source>Value-chain roles someone must hold: {roles}</source>
        <translation>Rollen der Wertschöpfungskette, die jemand übernehmen muss: {roles}</translation>
    </message>
    <message>
        <source>At least one smart-specialisation area shared by every participant&apos;s region</source>
        <translation>Mindestens ein Bereich intelligenter Spezialisierung, den die Regionen aller Teilnehmer teilen</translation>
    </message>
    <message>
        <source>One thematic priority: {priorities}</source>
        <translation>Eine thematische Priorität: {priorities}</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Akronym</translation>
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
        <source>Thematic priority</source>
        <translation>Thematische Priorität</translation>
    </message>
    <message>
        <source>Start date known</source>
        <translation>Startdatum bekannt</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>A&amp;kronym:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Call profile:</source>
        <translation>Auss&amp;chreibungsprofil:</translation>
    </message>
    <message>
        <source>Thematic p&amp;riority:</source>
        <translation>Thematische P&amp;riorität:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Startdatum:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Laufzeit:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Teilnehmer:</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Countries:</source>
        <translation>Länder:</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Regionen:</translation>
    </message>
    <message>
        <source>Work packages</source>
        <translation>Arbeitspakete</translation>
    </message>
    <message>
        <source>Work packages:</source>
        <translation>Arbeitspakete:</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Deliverables:</source>
        <translation>Ergebnisse:</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Milestones:</source>
        <translation>Meilensteine:</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Personenmonate</translation>
    </message>
    <message>
        <source>Person-months:</source>
        <translation>Personenmonate:</translation>
    </message>
    <message>
        <source>Total eligible costs</source>
        <translation>Förderfähige Gesamtkosten</translation>
    </message>
    <message>
        <source>Total eligible costs:</source>
        <translation>Förderfähige Gesamtkosten:</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>EU-Beitrag</translation>
    </message>
    <message>
        <source>EU contribution:</source>
        <translation>EU-Beitrag:</translation>
    </message>
    <message>
        <source>Own contribution</source>
        <translation>Eigenbeitrag</translation>
    </message>
    <message>
        <source>Own contribution:</source>
        <translation>Eigenbeitrag:</translation>
    </message>
    <message>
        <source>Call profile rules</source>
        <translation>Regeln des Ausschreibungsprofils</translation>
    </message>
    <message>
        <source>acronym</source>
        <translation>Akronym</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>call profile</source>
        <translation>Ausschreibungsprofil</translation>
    </message>
    <message>
        <source>thematic priority</source>
        <translation>thematische Priorität</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Change {field} of {acronym}</source>
        <translation>{field} von {acronym} ändern</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blatt</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Entspricht</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubletten</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>In the directory</source>
        <translation>Im Verzeichnis</translation>
    </message>
    <message>
        <source>Changes of the selected record</source>
        <translation>Änderungen des gewählten Datensatzes</translation>
    </message>
    <message>
        <source>Decision for the selected record</source>
        <translation>Entscheidung für den gewählten Datensatz</translation>
    </message>
    <message>
        <source>Update all</source>
        <translation>Alle aktualisieren</translation>
    </message>
    <message>
        <source>Keep all</source>
        <translation>Alle behalten</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the rows with errors</source>
        <translation>Gültige Zeilen importieren und fehlerhafte überspringen</translation>
    </message>
    <message>
        <source>Selected record:</source>
        <translation>Gewählter Datensatz:</translation>
    </message>
    <message>
        <source>Errors and warnings:</source>
        <translation>Fehler und Warnungen:</translation>
    </message>
    <message>
        <source>Organisations already in the directory:</source>
        <translation>Bereits im Verzeichnis vorhandene Organisationen:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation row(s) read from “{sheet}”: {new} new, {update} to update, {unchanged} unchanged or kept, {skipped} skipped.</source>
        <translation>
            <numerusform>%n Organisationszeile aus „{sheet}“ gelesen: {new} neu, {update} zu aktualisieren, {unchanged} unverändert oder beibehalten, {skipped} übersprungen.</numerusform>
            <numerusform>%n Organisationszeilen aus „{sheet}“ gelesen: {new} neu, {update} zu aktualisieren, {unchanged} unverändert oder beibehalten, {skipped} übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): nothing can be imported until they are fixed in the file, or you choose to skip those rows.</source>
        <translation>
            <numerusform>%n Fehler: Nichts kann importiert werden, bis er in der Datei behoben ist oder Sie diese Zeilen überspringen.</numerusform>
            <numerusform>%n Fehler: Nichts kann importiert werden, bis sie in der Datei behoben sind oder Sie diese Zeilen überspringen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionsPage</name>
    <message>
        <source>None known</source>
        <translation>Keine bekannt</translation>
    </message>
    <message>
        <source>Your entry</source>
        <translation>Ihr Eintrag</translation>
    </message>
    <message>
        <source>Shipped table</source>
        <translation>Mitgelieferte Tabelle</translation>
    </message>
    <message>
        <source>No source</source>
        <translation>Keine Quelle</translation>
    </message>
    <message>
        <source>The shipped table says: {category}</source>
        <translation>Die mitgelieferte Tabelle sagt: {category}</translation>
    </message>
    <message>
        <source>No known category: the checks cannot count this region for the region mix. Set it with its source, or import a table.</source>
        <translation>Keine bekannte Kategorie: Die Prüfungen können diese Region für den Regionenmix nicht zählen. Legen Sie sie mit Quelle fest oder importieren Sie eine Tabelle.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>A NUTS 2016 code</source>
        <translation>Ein NUTS-2016-Code</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Value from</source>
        <translation>Wert aus</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Quellenangabe</translation>
    </message>
    <message>
        <source>Region categories</source>
        <translation>Regionskategorien</translation>
    </message>
    <message>
        <source>Set category…</source>
        <translation>Kategorie festlegen…</translation>
    </message>
    <message>
        <source>Clear my entry</source>
        <translation>Meinen Eintrag löschen</translation>
    </message>
    <message>
        <source>Import a table…</source>
        <translation>Tabelle importieren…</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>Länderfilter</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <source>Only regions &amp;without a category</source>
        <translation>Nur Regionen &amp;ohne Kategorie</translation>
    </message>
    <message>
        <source>Only regions without a category</source>
        <translation>Nur Regionen ohne Kategorie</translation>
    </message>
    <message>
        <source>Region counts</source>
        <translation>Anzahl Regionen</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>&amp;Land</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s), {missing} without a category</source>
        <translation>
            <numerusform>%n Region, {missing} ohne Kategorie</numerusform>
            <numerusform>%n Regionen, {missing} ohne Kategorie</numerusform>
        </translation>
    </message>
    <message>
        <source>{code} has no category of yours to clear (its value comes from the shipped table).</source>
        <translation>{code} hat keine eigene Kategorie zum Löschen (der Wert stammt aus der mitgelieferten Tabelle).</translation>
    </message>
    <message>
        <source>{code} has no category of yours to clear.</source>
        <translation>{code} hat keine eigene Kategorie zum Löschen.</translation>
    </message>
    <message>
        <source>Clear the category of {code}</source>
        <translation>Kategorie von {code} löschen</translation>
    </message>
    <message>
        <source>Set the category of {code} to {category}</source>
        <translation>Kategorie von {code} auf {category} setzen</translation>
    </message>
    <message>
        <source>{code} has no category yet: choose the category first.</source>
        <translation>{code} hat noch keine Kategorie: Wählen Sie zuerst die Kategorie.</translation>
    </message>
    <message>
        <source>Only source notes can be pasted; set categories one by one or import a table.</source>
        <translation>Nur Quellenangaben können eingefügt werden; legen Sie Kategorien einzeln fest oder importieren Sie eine Tabelle.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n source note(s)</source>
        <translation>
            <numerusform>%n Quellenangabe einfügen</numerusform>
            <numerusform>%n Quellenangaben einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import region categories</source>
        <translation>Regionskategorien importieren</translation>
    </message>
    <message>
        <source>CSV tables (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Tabellen (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import region categories from {file}</source>
        <translation>Regionskategorien aus {file} importieren</translation>
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
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückgesandt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>How many returned workbooks were imported for this participant</source>
        <translation>Wie viele zurückgesandte Arbeitsmappen für diesen Teilnehmer importiert wurden</translation>
    </message>
    <message>
        <source>Last imported</source>
        <translation>Zuletzt importiert</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Returned partner workbooks</source>
        <translation>Zurückgesandte Partner-Arbeitsmappen</translation>
    </message>
    <message>
        <source>Partner workbooks…</source>
        <translation>Partner-Arbeitsmappen…</translation>
    </message>
    <message>
        <source>Import returned workbooks…</source>
        <translation>Zurückgesandte Mappen importieren…</translation>
    </message>
    <message>
        <source>What the latest import changed</source>
        <translation>Was der letzte Import geändert hat</translation>
    </message>
    <message>
        <source>Select a participant to see what its latest returned workbook changed.</source>
        <translation>Wählen Sie einen Teilnehmer, um zu sehen, was seine zuletzt zurückgesandte Arbeitsmappe geändert hat.</translation>
    </message>
    <message>
        <source>P{number} {name} has not returned a workbook yet.</source>
        <translation>P{number} {name} hat noch keine Arbeitsmappe zurückgesandt.</translation>
    </message>
    <message>
        <source>P{number} {name}: {file}, imported {time}</source>
        <translation>P{number} {name}: {file}, importiert am {time}</translation>
    </message>
</context>
<context>
    <name>RowEditing</name>
    <message numerus="yes">
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>%n Teilnehmer entfernen</numerusform>
            <numerusform>%n Teilnehmer entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n work package(s)</source>
        <translation>
            <numerusform>%n Arbeitspaket entfernen</numerusform>
            <numerusform>%n Arbeitspakete entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe entfernen</numerusform>
            <numerusform>%n Aufgaben entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n deliverable(s)</source>
        <translation>
            <numerusform>%n Ergebnis entfernen</numerusform>
            <numerusform>%n Ergebnisse entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n milestone(s)</source>
        <translation>
            <numerusform>%n Meilenstein entfernen</numerusform>
            <numerusform>%n Meilensteine entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n cost item(s)</source>
        <translation>
            <numerusform>%n Kostenposition entfernen</numerusform>
            <numerusform>%n Kostenpositionen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n organisation(s)</source>
        <translation>
            <numerusform>%n Organisation entfernen</numerusform>
            <numerusform>%n Organisationen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n row(s)</source>
        <translation>
            <numerusform>%n Zeile entfernen</numerusform>
            <numerusform>%n Zeilen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>{column} of {row}: {error}</source>
        <translation>{column} von {row}: {error}</translation>
    </message>
    <message>
        <source>Renumber {row}</source>
        <translation>{row} neu nummerieren</translation>
    </message>
    <message>
        <source>Change {column} of {row}</source>
        <translation>{column} von {row} ändern</translation>
    </message>
    <message>
        <source>new row {line}</source>
        <translation>neue Zeile {line}</translation>
    </message>
    <message>
        <source>Nothing was pasted: {error}</source>
        <translation>Nichts eingefügt: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s), adding {rows}</source>
        <translation>
            <numerusform>%n Zelle einfügen, {rows} hinzufügen</numerusform>
            <numerusform>%n Zellen einfügen, {rows} hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>%n Zelle einfügen</numerusform>
            <numerusform>%n Zellen einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>new row {line}: {error}</source>
        <translation>neue Zeile {line}: {error}</translation>
    </message>
    <message>
        <source>Remove {row}</source>
        <translation>{row} entfernen</translation>
    </message>
</context>
<context>
    <name>S3AreasDialog</name>
    <message>
        <source>Smart-specialisation areas of {code}</source>
        <translation>Bereiche intelligenter Spezialisierung von {code}</translation>
    </message>
    <message>
        <source>S3 areas, one per line</source>
        <translation>S3-Bereiche, einer pro Zeile</translation>
    </message>
    <message>
        <source>Source of the areas</source>
        <translation>Quelle der Bereiche</translation>
    </message>
    <message>
        <source>e.g. the region&apos;s smart specialisation strategy 2021-2027</source>
        <translation>z. B. die Strategie für intelligente Spezialisierung 2021–2027 der Region</translation>
    </message>
    <message>
        <source>&amp;Areas (one per line):</source>
        <translation>&amp;Bereiche (einer pro Zeile):</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
</context>
<context>
    <name>SourceNoteDialog</name>
    <message>
        <source>Region category of {code}</source>
        <translation>Regionskategorie von {code}</translation>
    </message>
    <message>
        <source>Region category</source>
        <translation>Regionskategorie</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Quellenangabe</translation>
    </message>
    <message>
        <source>e.g. Decision (EU) 2021/1130, Annex I</source>
        <translation>z. B. Beschluss (EU) 2021/1130, Anhang I</translation>
    </message>
    <message>
        <source>Where does this value come from? The note is shown beside the category.</source>
        <translation>Woher stammt dieser Wert? Die Angabe wird neben der Kategorie angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
</context>
<context>
    <name>ValueChainPage</name>
    <message>
        <source>{participant}: {role} (held)</source>
        <translation>{participant}: {role} (übernommen)</translation>
    </message>
    <message>
        <source>{participant}: {role} (not held)</source>
        <translation>{participant}: {role} (nicht übernommen)</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Nobody in the consortium holds this role</source>
        <translation>Niemand im Konsortium übernimmt diese Rolle</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>{role}: {holders}</source>
        <translation>{role}: {holders}</translation>
    </message>
    <message>
        <source>Thematic priority</source>
        <translation>Thematische Priorität</translation>
    </message>
    <message>
        <source>Thematic p&amp;riority:</source>
        <translation>Thematische P&amp;riorität:</translation>
    </message>
    <message>
        <source>Value-chain roles of the participants</source>
        <translation>Rollen der Teilnehmer in der Wertschöpfungskette</translation>
    </message>
    <message>
        <source>Roles × participants (Space ticks a role)</source>
        <translation>Rollen × Teilnehmer (Leertaste hakt eine Rolle an)</translation>
    </message>
    <message>
        <source>Save the pi&amp;cture…</source>
        <translation>Bild &amp;speichern…</translation>
    </message>
    <message>
        <source>The chain from research to market</source>
        <translation>Die Kette von der Forschung bis zum Markt</translation>
    </message>
    <message>
        <source>Companies, SMEs and start-ups</source>
        <translation>Unternehmen, KMU und Start-ups</translation>
    </message>
    <message>
        <source>Sectors and ecosystems</source>
        <translation>Branchen und Ökosysteme</translation>
    </message>
    <message>
        <source>Sectors (NACE Rev. 2) and industrial ecosystems</source>
        <translation>Branchen (NACE Rev. 2) und industrielle Ökosysteme</translation>
    </message>
    <message>
        <source>Clusters and the partners they bring</source>
        <translation>Cluster und die Partner, die sie einbringen</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>S3 areas</source>
        <translation>S3-Bereiche</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Smart-specialisation areas per region</source>
        <translation>Bereiche intelligenter Spezialisierung je Region</translation>
    </message>
    <message>
        <source>Edit &amp;areas…</source>
        <translation>Bereiche bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Smart-specialisation (S3) areas of the regions</source>
        <translation>Bereiche intelligenter Spezialisierung (S3) der Regionen</translation>
    </message>
    <message>
        <source>The call&apos;s priorities: {priorities}. Source: {source} (check against the call document)</source>
        <translation>Prioritäten der Ausschreibung: {priorities}. Quelle: {source} (mit dem Ausschreibungstext abgleichen)</translation>
    </message>
    <message>
        <source>The call&apos;s priorities: {priorities}. Source: {source}</source>
        <translation>Prioritäten der Ausschreibung: {priorities}. Quelle: {source}</translation>
    </message>
    <message>
        <source>Every role of the chain is held by someone.</source>
        <translation>Jede Rolle der Kette wird von jemandem übernommen.</translation>
    </message>
    <message numerus="yes">
        <source>Nobody holds {missing} of the %n role(s). Find partners whose usual roles include one:</source>
        <translation>
            <numerusform>Niemand übernimmt {missing} der %n Rolle. Finden Sie Partner, zu deren üblichen Rollen eine davon gehört:</numerusform>
            <numerusform>Niemand übernimmt {missing} der %n Rollen. Finden Sie Partner, zu deren üblichen Rollen eine davon gehört:</numerusform>
        </translation>
    </message>
    <message>
        <source>Find {role}…</source>
        <translation>{role} finden…</translation>
    </message>
    <message>
        <source>Find partners for the role {role}</source>
        <translation>Partner für die Rolle {role} finden</translation>
    </message>
    <message>
        <source>No participant has a NUTS 2 region yet.</source>
        <translation>Noch kein Teilnehmer hat eine NUTS-2-Region.</translation>
    </message>
    <message>
        <source>Shared by every region: {areas}.</source>
        <translation>Allen Regionen gemeinsam: {areas}.</translation>
    </message>
    <message>
        <source>No area is shared by every region.</source>
        <translation>Kein Bereich ist allen Regionen gemeinsam.</translation>
    </message>
    <message>
        <source>Sharing no area with any other region: {regions}.</source>
        <translation>Ohne gemeinsamen Bereich mit einer anderen Region: {regions}.</translation>
    </message>
    <message>
        <source>No areas recorded for {regions}.</source>
        <translation>Keine Bereiche erfasst für {regions}.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>Give the role {role} to {participant}</source>
        <translation>Rolle {role} an {participant} geben</translation>
    </message>
    <message>
        <source>Take the role {role} from {participant}</source>
        <translation>Rolle {role} von {participant} nehmen</translation>
    </message>
    <message>
        <source>Change thematic priority of {acronym}</source>
        <translation>Thematische Priorität von {acronym} ändern</translation>
    </message>
    <message>
        <source>{role}: organisations whose usual roles include it</source>
        <translation>{role}: Organisationen, zu deren üblichen Rollen sie gehört</translation>
    </message>
    <message>
        <source>S3 areas of {code}</source>
        <translation>S3-Bereiche von {code}</translation>
    </message>
    <message>
        <source>Save the picture of the value chain</source>
        <translation>Bild der Wertschöpfungskette speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>{group}: no participants yet.</source>
        <translation>{group}: noch keine Teilnehmer.</translation>
    </message>
    <message>
        <source>EUR {amount}, {share} of the EU contribution</source>
        <translation>{amount} EUR, {share} des EU-Beitrags</translation>
    </message>
    <message>
        <source>no EU contribution planned yet</source>
        <translation>noch kein EU-Beitrag geplant</translation>
    </message>
    <message>
        <source>Companies (SMEs and large enterprises)</source>
        <translation>Unternehmen (KMU und Großunternehmen)</translation>
    </message>
    <message>
        <source>SMEs</source>
        <translation>KMU</translation>
    </message>
    <message>
        <source>Start-ups</source>
        <translation>Start-ups</translation>
    </message>
    <message>
        <source>Sectors:</source>
        <translation>Branchen:</translation>
    </message>
    <message>
        <source>Ecosystems:</source>
        <translation>Ökosysteme:</translation>
    </message>
    <message>
        <source>No participant is recorded as a member of a cluster.</source>
        <translation>Kein Teilnehmer ist als Mitglied eines Clusters erfasst.</translation>
    </message>
</context>
<context>
    <name>WorkPlanPage</name>
    <message>
        <source>there is no work package {token}</source>
        <translation>es gibt kein Arbeitspaket {token}</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
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
        <source>Start</source>
        <translation>Beginn</translation>
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
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation>Arbeitspaket</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Dissemination</source>
        <translation>Verbreitung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Work packages</source>
        <translation>Arbeitspakete</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Work plan tables</source>
        <translation>Tabellen des Arbeitsplans</translation>
    </message>
    <message>
        <source>Add work package</source>
        <translation>Arbeitspaket hinzufügen</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Add deliverable</source>
        <translation>Ergebnis hinzufügen</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Meilenstein hinzufügen</translation>
    </message>
    <message>
        <source>No work packages yet. Add work package (or the Insert key) adds one; its tasks, deliverables and milestones go in the other tabs.</source>
        <translation>Noch keine Arbeitspakete. „Arbeitspaket hinzufügen“ (oder die Einfg-Taste) legt eines an; Aufgaben, Ergebnisse und Meilensteine folgen in den anderen Registern.</translation>
    </message>
    <message>
        <source>Renumber</source>
        <translation>Neu nummerieren</translation>
    </message>
    <message>
        <source>New work package</source>
        <translation>Neues Arbeitspaket</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>New deliverable</source>
        <translation>Neues Ergebnis</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Neuer Meilenstein</translation>
    </message>
    <message>
        <source>Add a work package first: tasks belong to one.</source>
        <translation>Fügen Sie zuerst ein Arbeitspaket hinzu: Aufgaben gehören zu einem.</translation>
    </message>
    <message>
        <source>Add a work package first: deliverables belong to one.</source>
        <translation>Fügen Sie zuerst ein Arbeitspaket hinzu: Ergebnisse gehören zu einem.</translation>
    </message>
    <message>
        <source>Renumber work packages</source>
        <translation>Arbeitspakete neu nummerieren</translation>
    </message>
    <message>
        <source>Renumber tasks</source>
        <translation>Aufgaben neu nummerieren</translation>
    </message>
    <message>
        <source>Renumber deliverables</source>
        <translation>Ergebnisse neu nummerieren</translation>
    </message>
    <message>
        <source>Renumber milestones</source>
        <translation>Meilensteine neu nummerieren</translation>
    </message>
</context>
</TS>
