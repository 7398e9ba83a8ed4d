<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>Add %n participant(s)</source>
        <translation>
            <numerusform>Aggiungi %n partecipante</numerusform>
            <numerusform>Aggiungi %n partecipanti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n participant(s) from {countries} in {regions}</source>
        <translation>
            <numerusform>Almeno %n partecipante di {countries} in {regions}</numerusform>
            <numerusform>Almeno %n partecipanti di {countries} in {regions}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%n paese</numerusform>
            <numerusform>%n paesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n regione</numerusform>
            <numerusform>%n regioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n region category(ies) from {file} ({new} new, {changed} changed, {unchanged} unchanged)</source>
        <translation>
            <numerusform>%n categoria di regione importata da {file} ({new} nuove, {changed} modificate, {unchanged} invariate)</numerusform>
            <numerusform>%n categorie di regione importate da {file} ({new} nuove, {changed} modificate, {unchanged} invariate)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{problems} (and %n more)</source>
        <translation>
            <numerusform>{problems} (e altro %n)</numerusform>
            <numerusform>{problems} (e altri %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{report}; %n row(s) skipped: {problems}.</source>
        <translation>
            <numerusform>{report}; %n riga saltata: {problems}.</numerusform>
            <numerusform>{report}; %n righe saltate: {problems}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{group}: {count} of %n participant(s){numbers}, {share}; {of_eu}.</source>
        <translation>
            <numerusform>{group}: {count} su %n partecipante{numbers}, {share}; {of_eu}.</numerusform>
            <numerusform>{group}: {count} su %n partecipanti{numbers}, {share}; {of_eu}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <source>A Personnel</source>
        <translation>A Personale</translation>
    </message>
    <message>
        <source>B Subcontr.</source>
        <translation>B Subappalto</translation>
    </message>
    <message>
        <source>C.1 Travel</source>
        <translation>C.1 Viaggi</translation>
    </message>
    <message>
        <source>C.2 Equipm.</source>
        <translation>C.2 Attrezz.</translation>
    </message>
    <message>
        <source>C.3 Goods</source>
        <translation>C.3 Beni</translation>
    </message>
    <message>
        <source>D Other</source>
        <translation>D Altri</translation>
    </message>
    <message>
        <source>E Indirect</source>
        <translation>E Indiretti</translation>
    </message>
    <message>
        <source>D incl. D.1</source>
        <translation>D incl. D.1</translation>
    </message>
    <message>
        <source>A. Personnel</source>
        <translation>A. Costi del personale</translation>
    </message>
    <message>
        <source>B. Subcontracting</source>
        <translation>B. Subappalto</translation>
    </message>
    <message>
        <source>C.1 Travel and subsistence</source>
        <translation>C.1 Spese di viaggio e soggiorno</translation>
    </message>
    <message>
        <source>C.2 Equipment</source>
        <translation>C.2 Attrezzature</translation>
    </message>
    <message>
        <source>C.3 Other goods, works and services</source>
        <translation>C.3 Altri beni, lavori e servizi</translation>
    </message>
    <message>
        <source>D. Other cost categories (D.1 financial support to third parties and other D lines)</source>
        <translation>D. Altre categorie di costi (D.1 sostegno finanziario a terzi e altre voci D)</translation>
    </message>
    <message>
        <source>E. Indirect costs: the call profile&apos;s flat rate on its base</source>
        <translation>E. Costi indiretti: il tasso forfettario del profilo del bando sulla sua base</translation>
    </message>
    <message>
        <source>B Subcontracting</source>
        <translation>B Subappalto</translation>
    </message>
    <message>
        <source>C.3 Other goods</source>
        <translation>C.3 Altri beni</translation>
    </message>
    <message>
        <source>D.1 Third parties</source>
        <translation>D.1 Terzi</translation>
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
        <source>Funding rate (for the total: EU contribution / total eligible)</source>
        <translation>Tasso di finanziamento (per il totale: contributo UE / totale ammissibile)</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>Contributo UE</translation>
    </message>
    <message>
        <source>Own contribution</source>
        <translation>Contributo proprio</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>No work package</source>
        <translation>Nessun pacchetto di lavoro</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation>Pacchetto di lavoro</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Mesi-persona</translation>
    </message>
    <message>
        <source>Direct costs</source>
        <translation>Costi diretti</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuta</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Costo unitario</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Choose the participant first (in the list above the cost lines).</source>
        <translation>Scegli prima il partecipante (nell&apos;elenco sopra le voci di costo).</translation>
    </message>
    <message>
        <source>Budget per participant</source>
        <translation>Budget per partecipante</translation>
    </message>
    <message>
        <source>cost line of {participant}</source>
        <translation>voce di costo di {participant}</translation>
    </message>
    <message>
        <source>Cost lines</source>
        <translation>Voci di costo</translation>
    </message>
    <message>
        <source>Add cost line</source>
        <translation>Aggiungi voce di costo</translation>
    </message>
    <message>
        <source>No cost lines yet. Add cost line for travel, equipment, subcontracting and other costs; personnel costs (A) come from the Effort matrix.</source>
        <translation>Ancora nessuna voce di costo. «Aggiungi voce di costo» per viaggi, attrezzature, subappalti e altri costi; i costi del personale (A) derivano dalla matrice dell&apos;impegno.</translation>
    </message>
    <message>
        <source>Show the cost lines of</source>
        <translation>Mostra le voci di costo di</translation>
    </message>
    <message>
        <source>Direct costs per work package</source>
        <translation>Costi diretti per pacchetto di lavoro</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Per country</source>
        <translation>Per paese</translation>
    </message>
    <message>
        <source>Region category</source>
        <translation>Categoria di regione</translation>
    </message>
    <message>
        <source>Per region category</source>
        <translation>Per categoria di regione</translation>
    </message>
    <message>
        <source>Budget details</source>
        <translation>Dettagli del budget</translation>
    </message>
    <message>
        <source>Per work package</source>
        <translation>Per pacchetto di lavoro</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>Tutti i partecipanti</translation>
    </message>
</context>
<context>
    <name>ChainPictureWidget</name>
    <message>
        <source>Picture of the value chain from research to market</source>
        <translation>Schema della catena del valore, dalla ricerca al mercato</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controllo</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Rilievo</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Come correggere</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Riguarda</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Rilievi</translation>
    </message>
    <message>
        <source>No findings: the project meets every rule the checks know.</source>
        <translation>Nessun rilievo: il progetto rispetta tutte le regole note ai controlli.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n errore</numerusform>
            <numerusform>%n errori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avviso</numerusform>
            <numerusform>%n avvisi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n note</numerusform>
        </translation>
    </message>
    <message>
        <source>{errors}, {warnings}, {notes}. Press Enter or double-click a finding to go to what it concerns.</source>
        <translation>{errors}, {warnings}, {notes}. Premi Invio o fai doppio clic su un rilievo per andare a ciò che riguarda.</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Riferimento</translation>
    </message>
    <message>
        <source>Compare &amp;with</source>
        <translation>Confronta &amp;con</translation>
    </message>
    <message>
        <source>and (&amp;3)</source>
        <translation>e (&amp;3)</translation>
    </message>
    <message>
        <source>and (&amp;4)</source>
        <translation>e (&amp;4)</translation>
    </message>
    <message>
        <source>Side {number}</source>
        <translation>Lato {number}</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sezione</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Computed from other figures</source>
        <translation>Calcolato da altre cifre</translation>
    </message>
    <message>
        <source>&amp;Only what differs</source>
        <translation>&amp;Solo le differenze</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Tutte le sezioni</translation>
    </message>
    <message>
        <source>Sec&amp;tion</source>
        <translation>S&amp;ezione</translation>
    </message>
    <message>
        <source>P&amp;DF report…</source>
        <translation>Rapporto P&amp;DF…</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook…</source>
        <translation>Cartella E&amp;xcel…</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Differenze</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>{side} (reference)</source>
        <translation>{side} (riferimento)</translation>
    </message>
    <message>
        <source>Choose two to four projects to compare: the first is the reference. Make a what-if copy with Project &gt; Duplicate.</source>
        <translation>Scegli da due a quattro progetti da confrontare: il primo è il riferimento. Crea una copia di simulazione con Progetto &gt; Duplica.</translation>
    </message>
    <message>
        <source>No differences: the projects are the same in everything compared.</source>
        <translation>Nessuna differenza: i progetti coincidono in tutto ciò che è confrontato.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) differ: {inputs} and {derived} following from them (derived). Shaded cells differ from the reference: yellow changed, green added, red removed.</source>
        <translation>
            <numerusform>%n riga differisce: {inputs} e {derived} che ne derivano (calcolati). Le celle colorate differiscono dal riferimento: giallo modificato, verde aggiunto, rosso rimosso.</numerusform>
            <numerusform>%n righe differiscono: {inputs} e {derived} che ne derivano (calcolati). Le celle colorate differiscono dal riferimento: giallo modificato, verde aggiunto, rosso rimosso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed value(s)</source>
        <translation>
            <numerusform>%n valore modificato</numerusform>
            <numerusform>%n valori modificati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n cifra</numerusform>
            <numerusform>%n cifre</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants: {changes}</source>
        <translation>Partecipanti: {changes}</translation>
    </message>
    <message>
        <source>Total eligible</source>
        <translation>Totale ammissibile</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>Contributo UE</translation>
    </message>
    <message>
        <source>{title}: {sides}</source>
        <translation>{title}: {sides}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose two to four projects to compare first.</source>
        <translation>Scegli prima da due a quattro progetti da confrontare.</translation>
    </message>
    <message>
        <source>Compare report</source>
        <translation>Rapporto di confronto</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Scrittura di {file}…</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>{record} (kept)</source>
        <translation>{record} (mantenuto)</translation>
    </message>
    <message>
        <source>{field}: kept</source>
        <translation>{field}: mantenuto</translation>
    </message>
    <message>
        <source>{field}: not kept</source>
        <translation>{field}: non mantenuto</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Import “{file}” into the directory:</source>
        <translation>Importa «{file}» nella rubrica:</translation>
    </message>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n nuova organizzazione</numerusform>
            <numerusform>%n nuove organizzazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated, field by field as previewed</source>
        <translation>
            <numerusform>%n aggiornata, campo per campo come nell&apos;anteprima</numerusform>
            <numerusform>%n aggiornate, campo per campo come nell&apos;anteprima</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged or kept as they are</source>
        <translation>
            <numerusform>%n invariata o mantenuta così com&apos;è</numerusform>
            <numerusform>%n invariate o mantenute così come sono</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n riga saltata</numerusform>
            <numerusform>%n righe saltate</numerusform>
        </translation>
    </message>
    <message>
        <source>and enrol them in project {acronym}.</source>
        <translation>e iscriverle al progetto {acronym}.</translation>
    </message>
    <message>
        <source>The whole import is one step of Edit &gt; Undo.</source>
        <translation>L&apos;intera importazione è un solo passo di Modifica &gt; Annulla.</translation>
    </message>
</context>
<context>
    <name>ConsortiumPage</name>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuta</translation>
    </message>
    <message>
        <source>{category} (override)</source>
        <translation>{category} (forzata)</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fonte: {source}</translation>
    </message>
    <message>
        <source>No region is set for this organisation: set its NUTS 2 region in the partner directory, or override the category (Overrides…).</source>
        <translation>Nessuna regione indicata per questa organizzazione: imposta la sua regione NUTS 2 nella rubrica dei partner oppure forza la categoria (Deroghe…).</translation>
    </message>
    <message>
        <source>No known category for {region}: set it on the Regions page with its source, or override it for this participant (Overrides…).</source>
        <translation>Nessuna categoria nota per {region}: impostala nella pagina Regioni con la sua fonte oppure forzala per questo partecipante (Deroghe…).</translation>
    </message>
    <message>
        <source>Overridden: {reason}</source>
        <translation>Forzato: {reason}</translation>
    </message>
    <message>
        <source>From the call profile (double-click or Overrides… to override)</source>
        <translation>Dal profilo del bando (doppio clic o Deroghe… per forzare)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Ragione sociale</translation>
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
        <source>Region category</source>
        <translation>Categoria di regione</translation>
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
        <source>Monthly cost</source>
        <translation>Costo mensile</translation>
    </message>
    <message>
        <source>Monthly personnel cost: what one person-month costs</source>
        <translation>Costo mensile del personale: quanto costa un mese-persona</translation>
    </message>
    <message>
        <source>Funding rate</source>
        <translation>Tasso di finanziamento</translation>
    </message>
    <message>
        <source>PM</source>
        <translation>MP</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Mesi-persona</translation>
    </message>
    <message>
        <source>Total eligible</source>
        <translation>Totale ammissibile</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>Contributo UE</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Add participants…</source>
        <translation>Aggiungi partecipanti…</translation>
    </message>
    <message>
        <source>No participants yet. Add participants… finds organisations in the partner directory and proposes what the call&apos;s checks say the consortium lacks.</source>
        <translation>Ancora nessun partecipante. «Aggiungi partecipanti…» cerca organizzazioni nella rubrica dei partner e propone ciò che, secondo le verifiche del bando, manca al consorzio.</translation>
    </message>
    <message>
        <source>Overrides…</source>
        <translation>Deroghe…</translation>
    </message>
    <message>
        <source>Renumber</source>
        <translation>Rinumera</translation>
    </message>
    <message>
        <source>Funding rate: {error}</source>
        <translation>Tasso di finanziamento: {error}</translation>
    </message>
    <message>
        <source>Overrides of P{number} {name}</source>
        <translation>Deroghe di P{number} {name}</translation>
    </message>
    <message>
        <source>Renumber participants</source>
        <translation>Rinumera i partecipanti</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Charts</source>
        <translation>Grafici</translation>
    </message>
    <message>
        <source>Budget per participant, by category</source>
        <translation>Budget per partecipante, per categoria</translation>
    </message>
    <message>
        <source>EU contribution and own contribution</source>
        <translation>Contributo UE e contributo proprio</translation>
    </message>
    <message>
        <source>Total eligible costs per country</source>
        <translation>Totale costi ammissibili per paese</translation>
    </message>
    <message>
        <source>Total eligible costs per region category</source>
        <translation>Totale costi ammissibili per categoria di regione</translation>
    </message>
    <message>
        <source>Person-months per work package</source>
        <translation>Mesi-persona per pacchetto di lavoro</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Piano di lavoro</translation>
    </message>
    <message>
        <source>No participants yet</source>
        <translation>Ancora nessun partecipante</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>Contributo UE</translation>
    </message>
    <message>
        <source>Own contribution</source>
        <translation>Contributo proprio</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuta</translation>
    </message>
    <message>
        <source>person-months</source>
        <translation>mesi-persona</translation>
    </message>
    <message>
        <source>No work packages yet</source>
        <translation>Ancora nessun pacchetto di lavoro</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Deliverable</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>today (M{month})</source>
        <translation>oggi (M{month})</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>{name} is not a cluster organisation of the directory</source>
        <translation>{name} non è un&apos;organizzazione cluster della rubrica</translation>
    </message>
    <message>
        <source>NACE codes</source>
        <translation>Codici NACE</translation>
    </message>
    <message>
        <source>NACE Rev. 2 codes, e.g. C25.62; 28.41 (any level)</source>
        <translation>Codici NACE Rev. 2, ad es. C25.62; 28.41 (qualsiasi livello)</translation>
    </message>
    <message>
        <source>Ecosystems</source>
        <translation>Ecosistemi</translation>
    </message>
    <message>
        <source>The industrial ecosystems of the EU Industrial Strategy (2021)</source>
        <translation>Gli ecosistemi industriali della strategia industriale dell&apos;UE (2021)</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Fondata</translation>
    </message>
    <message>
        <source>Year of foundation (start-ups show)</source>
        <translation>Anno di fondazione (mostra le start-up)</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>The cluster organisations it is a member of</source>
        <translation>Le organizzazioni cluster di cui è membro</translation>
    </message>
    <message>
        <source>Usual roles</source>
        <translation>Ruoli abituali</translation>
    </message>
    <message>
        <source>Value-chain roles it usually holds (a project proposes them)</source>
        <translation>Ruoli nella catena del valore che ricopre di solito (un progetto li propone)</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nome breve</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Ragione sociale</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
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
        <source>PIC</source>
        <translation>PIC</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>Profit-making</source>
        <translation>A scopo di lucro</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Fatturato</translation>
    </message>
    <message>
        <source>Balance sheet</source>
        <translation>Totale di bilancio</translation>
    </message>
    <message>
        <source>SME class</source>
        <translation>Classe PMI</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Progetti</translation>
    </message>
    <message>
        <source>EU projects</source>
        <translation>Progetti UE</translation>
    </message>
    <message>
        <source>EU project experience, from an imported CORDIS export</source>
        <translation>Esperienza in progetti UE, da un&apos;esportazione CORDIS importata</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation>Rubrica dei partner</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Aggiungi organizzazione</translation>
    </message>
    <message>
        <source>Search name, PIC, VAT, city…</source>
        <translation>Cerca nome, PIC, IVA, città…</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Ricerche salvate</translation>
    </message>
    <message>
        <source>Add to project</source>
        <translation>Aggiungi al progetto</translation>
    </message>
    <message>
        <source>History of this organisation…</source>
        <translation>Cronologia di questa organizzazione…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Ricerca in corso…</translation>
    </message>
    <message numerus="yes">
        <source>{count} organisation(s)</source>
        <translation>
            <numerusform>{count} organizzazione</numerusform>
            <numerusform>{count} organizzazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Nessun risultato</translation>
    </message>
    <message>
        <source>No organisation matches the search and filters.</source>
        <translation>Nessuna organizzazione corrisponde alla ricerca e ai filtri.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Cancella ricerca e filtri</translation>
    </message>
    <message>
        <source>Empty directory</source>
        <translation>Rubrica vuota</translation>
    </message>
    <message>
        <source>The directory holds no organisations.</source>
        <translation>La rubrica non contiene organizzazioni.</translation>
    </message>
    <message>
        <source>The directory holds no organisations yet. Add one with {add} ({add_key}), or import a list (Excel, CSV, a CORDIS export) with {import_path} ({import_key}); a file dropped onto the window is imported too.</source>
        <translation>La rubrica non contiene ancora organizzazioni. Aggiungine una con {add} ({add_key}) o importa un elenco (Excel, CSV, un’esportazione CORDIS) con {import_path} ({import_key}); anche un file trascinato sulla finestra viene importato.</translation>
    </message>
    <message>
        <source>No saved search yet</source>
        <translation>Ancora nessuna ricerca salvata</translation>
    </message>
    <message>
        <source>Save this search…</source>
        <translation>Salva questa ricerca…</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Elimina ricerca salvata</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Salva questa ricerca</translation>
    </message>
    <message>
        <source>Name of the search:</source>
        <translation>Nome della ricerca:</translation>
    </message>
    <message>
        <source>No project yet</source>
        <translation>Ancora nessun progetto</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nuova organizzazione</translation>
    </message>
    <message>
        <source>Add participant {name}</source>
        <translation>Aggiungi il partecipante {name}</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Legal name</source>
        <translation>Ragione sociale</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nome breve</translation>
    </message>
    <message>
        <source>PIC</source>
        <translation>PIC</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Profit-making</source>
        <translation>A scopo di lucro</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Fatturato</translation>
    </message>
    <message>
        <source>Balance sheet</source>
        <translation>Totale di bilancio</translation>
    </message>
    <message>
        <source>SME class</source>
        <translation>Classe PMI</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Region (NUTS 2)</source>
        <translation>Regione (NUTS 2)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Founded year</source>
        <translation>Anno di fondazione</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Trova duplicati</translation>
    </message>
    <message>
        <source>&amp;Scan the directory</source>
        <translation>&amp;Analizza la rubrica</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Avanzamento dell&apos;analisi</translation>
    </message>
    <message>
        <source>%v of %m organisations</source>
        <translation>%v di %m organizzazioni</translation>
    </message>
    <message>
        <source>&amp;Cancel scan</source>
        <translation>A&amp;nnulla analisi</translation>
    </message>
    <message>
        <source>Scan the directory to find likely duplicates.</source>
        <translation>Analizza la rubrica per trovare i probabili duplicati.</translation>
    </message>
    <message>
        <source>Groups of likely duplicates</source>
        <translation>Gruppi di probabili duplicati</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Gruppi</translation>
    </message>
    <message>
        <source>Record to keep</source>
        <translation>Scheda da mantenere</translation>
    </message>
    <message>
        <source>&amp;Keep record:</source>
        <translation>&amp;Mantieni scheda:</translation>
    </message>
    <message>
        <source>The group&apos;s records, field by field</source>
        <translation>Le schede del gruppo, campo per campo</translation>
    </message>
    <message>
        <source>&amp;Fields (the checked value of each row is kept):</source>
        <translation>Ca&amp;mpi (si mantiene il valore spuntato di ogni riga):</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Unisci</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>&amp;Non duplicati</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Scanning the directory…</source>
        <translation>Analisi della rubrica…</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of likely duplicates.</source>
        <translation>
            <numerusform>%n gruppo di probabili duplicati.</numerusform>
            <numerusform>%n gruppi di probabili duplicati.</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates found.</source>
        <translation>Nessun probabile duplicato trovato.</translation>
    </message>
    <message>
        <source>Scan cancelled.</source>
        <translation>Analisi annullata.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n records into {name}</source>
        <translation>
            <numerusform>Unisci %n scheda in {name}</numerusform>
            <numerusform>Unisci %n schede in {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n records as not duplicates</source>
        <translation>
            <numerusform>Segna %n scheda come non duplicata</numerusform>
            <numerusform>Segna %n schede come non duplicate</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory changed: scan again to bring the groups up to date.</source>
        <translation>La rubrica è cambiata: analizzala di nuovo per aggiornare i gruppi.</translation>
    </message>
</context>
<context>
    <name>EffortPage</name>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Person-months per participant and work package</source>
        <translation>Mesi-persona per partecipante e pacchetto di lavoro</translation>
    </message>
    <message>
        <source>No participants yet: add them on the Consortium page and work packages on the Work plan page, then type their person-months here.</source>
        <translation>Ancora nessun partecipante: aggiungeteli nella pagina Consorzio e i pacchetti di lavoro nella pagina Piano di lavoro, poi inserite qui i loro mesi-persona.</translation>
    </message>
    <message>
        <source>Type person-months in the cells (2,5 or 2.5); an empty cell or 0 means none. Personnel cost = person-months x the participant&apos;s monthly personnel cost.</source>
        <translation>Inserisci i mesi-persona nelle celle (2,5 o 2.5); una cella vuota o 0 significa nessuno. Costo del personale = mesi-persona x costo mensile del personale del partecipante.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <source>Personnel cost</source>
        <translation>Costo del personale</translation>
    </message>
    <message>
        <source>Effort of {participant} in {work_package}</source>
        <translation>Impegno di {participant} in {work_package}</translation>
    </message>
    <message>
        <source>Nothing was pasted: {participant}, {work_package}: {error}</source>
        <translation>Non è stato incollato nulla: {participant}, {work_package}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n effort cell(s)</source>
        <translation>
            <numerusform>Incolla %n cella di impegno</numerusform>
            <numerusform>Incolla %n celle di impegno</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a list of organisations</source>
        <translation>Scegli un elenco di organizzazioni</translation>
    </message>
    <message>
        <source>An Excel (.xlsx, .xlsm), OpenDocument (.ods) or CSV file in any layout and language. You can also drop the file here.</source>
        <translation>Un file Excel (.xlsx, .xlsm), OpenDocument (.ods) o CSV con qualsiasi struttura e lingua. Puoi anche trascinare qui il file.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File da importare</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Import organisations</source>
        <translation>Importa organizzazioni</translation>
    </message>
    <message>
        <source>Spreadsheets and lists (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Fogli di calcolo ed elenchi (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.json);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Schede</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nomi</translation>
    </message>
</context>
<context>
    <name>HeaderPage</name>
    <message>
        <source>Which row holds the column titles?</source>
        <translation>Quale riga contiene i titoli delle colonne?</translation>
    </message>
    <message>
        <source>First rows of the sheet</source>
        <translation>Prime righe del foglio</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Riga di intestazione</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Riga di intestazione:</translation>
    </message>
    <message>
        <source>Row {number} (likely)</source>
        <translation>Riga {number} (probabile)</translation>
    </message>
    <message>
        <source>Row {number}</source>
        <translation>Riga {number}</translation>
    </message>
    <message>
        <source>No header row: recognise the columns by their values</source>
        <translation>Nessuna riga di intestazione: riconosci le colonne dai loro valori</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Legal name</source>
        <translation>Ragione sociale</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nome breve</translation>
    </message>
    <message>
        <source>PIC</source>
        <translation>PIC</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Tipo di organizzazione</translation>
    </message>
    <message>
        <source>Profit-making</source>
        <translation>A scopo di lucro</translation>
    </message>
    <message>
        <source>Staff headcount</source>
        <translation>Numero di dipendenti</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Fatturato</translation>
    </message>
    <message>
        <source>Balance sheet</source>
        <translation>Totale di bilancio</translation>
    </message>
    <message>
        <source>SME class</source>
        <translation>Classe PMI</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>NUTS 2 region</source>
        <translation>Regione NUTS 2</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nome del contatto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Founded year</source>
        <translation>Anno di fondazione</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Project number</source>
        <translation>Numero di progetto</translation>
    </message>
    <message>
        <source>Project acronym</source>
        <translation>Acronimo del progetto</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>Contributo UE</translation>
    </message>
    <message>
        <source>Non-profit (yes = not for profit)</source>
        <translation>Senza scopo di lucro (sì = non a scopo di lucro)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Keep the directory&apos;s</source>
        <translation>Mantieni quella della rubrica</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Invariata</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valida</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Import organisations</source>
        <translation>Importa organizzazioni</translation>
    </message>
    <message>
        <source>“{file}” is a returned partner workbook, not a list of organisations: Project &gt; Import returned workbooks… shows what it changes and imports it (or drop it on the main window).</source>
        <translation>«{file}» è una cartella partner restituita, non un elenco di organizzazioni: Progetto &gt; Importa cartelle restituite… mostra cosa cambia e la importa (oppure trascinala sulla finestra principale).</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lettura di {file}…</translation>
    </message>
    <message>
        <source>Comparing with the directory…</source>
        <translation>Confronto con la rubrica…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importazione…</translation>
    </message>
    <message>
        <source>Import organisations from {file}</source>
        <translation>Importa organizzazioni da {file}</translation>
    </message>
    <message>
        <source>Import organisations from a list</source>
        <translation>Importa organizzazioni da un elenco</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Sheet and columns</source>
        <translation>Foglio e colonne</translation>
    </message>
    <message>
        <source>Check which field each column fills. Your choices are remembered for files with the same columns.</source>
        <translation>Controlla quale campo compila ogni colonna. Le tue scelte vengono ricordate per i file con le stesse colonne.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Foglio</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Corrispondenza delle colonne</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonna nel file</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Foglio:</translation>
    </message>
    <message>
        <source>Field for column {header}</source>
        <translation>Campo per la colonna {header}</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importata)</translation>
    </message>
    <message>
        <source>Not imported (no matching field): {columns}</source>
        <translation>Non importate (nessun campo corrispondente): {columns}</translation>
    </message>
    <message>
        <source>Every column with a header is imported.</source>
        <translation>Ogni colonna con intestazione viene importata.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>{rule} (check against the call document)</source>
        <translation>{rule} (da verificare nel testo del bando)</translation>
    </message>
    <message>
        <source>profit-making</source>
        <translation>a scopo di lucro</translation>
    </message>
    <message>
        <source>non-profit</source>
        <translation>senza scopo di lucro</translation>
    </message>
    <message>
        <source>Duration {low}-{high} months</source>
        <translation>Durata {low}-{high} mesi</translation>
    </message>
    <message>
        <source>EU contribution {low} to {high} {currency}</source>
        <translation>Contributo UE da {low} a {high} {currency}</translation>
    </message>
    <message>
        <source>Indirect costs (E): {rate} of {base}</source>
        <translation>Costi indiretti (E): {rate} di {base}</translation>
    </message>
    <message>
        <source>Funding rate: {rates}</source>
        <translation>Tasso di finanziamento: {rates}</translation>
    </message>
    <message>
        <source>Funding rate {rate}</source>
        <translation>Tasso di finanziamento {rate}</translation>
    </message>
    <message>
        <source>Region mix option: {option}</source>
        <translation>Opzione di composizione regionale: {option}</translation>
    </message>
    <message>
        <source>Coordinator: {rule}</source>
        <translation>Coordinatore: {rule}</translation>
    </message>
    <message>
        <source>Financial support to third parties: at most {amount} per third party</source>
        <translation>Sostegno finanziario a terzi: al massimo {amount} per terzo</translation>
    </message>
    <message>
        <source>At least {share} of the EU contribution to companies (SMEs and large enterprises)</source>
        <translation>Almeno il {share} del contributo UE alle imprese (PMI e grandi imprese)</translation>
    </message>
    <message>
        <source>At least {share} of the EU contribution to SMEs</source>
        <translation>Almeno il {share} del contributo UE alle PMI</translation>
    </message>
    <message>
        <source>Value-chain roles someone must hold: {roles}</source>
        <translation>Ruoli della catena del valore che qualcuno deve ricoprire: {roles}</translation>
    </message>
    <message>
        <source>At least one smart-specialisation area shared by every participant&apos;s region</source>
        <translation>Almeno un ambito di specializzazione intelligente comune alle regioni di tutti i partecipanti</translation>
    </message>
    <message>
        <source>One thematic priority: {priorities}</source>
        <translation>Una priorità tematica: {priorities}</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mesi</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronimo</translation>
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
        <source>Thematic priority</source>
        <translation>Priorità tematica</translation>
    </message>
    <message>
        <source>Start date known</source>
        <translation>Data di inizio nota</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data di inizio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>A&amp;cronimo:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Call profile:</source>
        <translation>Profilo del &amp;bando:</translation>
    </message>
    <message>
        <source>Thematic p&amp;riority:</source>
        <translation>P&amp;riorità tematica:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Data di &amp;inizio:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durata:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifre chiave</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Partecipanti:</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Paesi</translation>
    </message>
    <message>
        <source>Countries:</source>
        <translation>Paesi:</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regioni</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Regioni:</translation>
    </message>
    <message>
        <source>Work packages</source>
        <translation>Pacchetti di lavoro</translation>
    </message>
    <message>
        <source>Work packages:</source>
        <translation>Pacchetti di lavoro:</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Deliverable</translation>
    </message>
    <message>
        <source>Deliverables:</source>
        <translation>Deliverable:</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Milestones:</source>
        <translation>Milestone:</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Mesi-persona</translation>
    </message>
    <message>
        <source>Person-months:</source>
        <translation>Mesi-persona:</translation>
    </message>
    <message>
        <source>Total eligible costs</source>
        <translation>Totale costi ammissibili</translation>
    </message>
    <message>
        <source>Total eligible costs:</source>
        <translation>Totale costi ammissibili:</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>Contributo UE</translation>
    </message>
    <message>
        <source>EU contribution:</source>
        <translation>Contributo UE:</translation>
    </message>
    <message>
        <source>Own contribution</source>
        <translation>Contributo proprio</translation>
    </message>
    <message>
        <source>Own contribution:</source>
        <translation>Contributo proprio:</translation>
    </message>
    <message>
        <source>Call profile rules</source>
        <translation>Regole del profilo del bando</translation>
    </message>
    <message>
        <source>acronym</source>
        <translation>l&apos;acronimo</translation>
    </message>
    <message>
        <source>title</source>
        <translation>il titolo</translation>
    </message>
    <message>
        <source>call profile</source>
        <translation>il profilo del bando</translation>
    </message>
    <message>
        <source>thematic priority</source>
        <translation>la priorità tematica</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>la data di inizio</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>la durata</translation>
    </message>
    <message>
        <source>Change {field} of {acronym}</source>
        <translation>Modifica {field} di {acronym}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Foglio</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Nel file</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Corrisponde a</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifiche</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicati</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>In the directory</source>
        <translation>Nella rubrica</translation>
    </message>
    <message>
        <source>Changes of the selected record</source>
        <translation>Modifiche della scheda selezionata</translation>
    </message>
    <message>
        <source>Decision for the selected record</source>
        <translation>Decisione per la scheda selezionata</translation>
    </message>
    <message>
        <source>Update all</source>
        <translation>Aggiorna tutte</translation>
    </message>
    <message>
        <source>Keep all</source>
        <translation>Mantieni tutte</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the rows with errors</source>
        <translation>Importa le righe valide e salta quelle con errori</translation>
    </message>
    <message>
        <source>Selected record:</source>
        <translation>Scheda selezionata:</translation>
    </message>
    <message>
        <source>Errors and warnings:</source>
        <translation>Errori e avvisi:</translation>
    </message>
    <message>
        <source>Organisations already in the directory:</source>
        <translation>Organizzazioni già presenti nella rubrica:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation row(s) read from “{sheet}”: {new} new, {update} to update, {unchanged} unchanged or kept, {skipped} skipped.</source>
        <translation>
            <numerusform>%n riga di organizzazione letta da «{sheet}»: {new} nuove, {update} da aggiornare, {unchanged} invariate o mantenute, {skipped} saltate.</numerusform>
            <numerusform>%n righe di organizzazione lette da «{sheet}»: {new} nuove, {update} da aggiornare, {unchanged} invariate o mantenute, {skipped} saltate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): nothing can be imported until they are fixed in the file, or you choose to skip those rows.</source>
        <translation>
            <numerusform>%n errore: non si può importare nulla finché non viene corretto nel file o non scegli di saltare quelle righe.</numerusform>
            <numerusform>%n errori: non si può importare nulla finché non vengono corretti nel file o non scegli di saltare quelle righe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionsPage</name>
    <message>
        <source>None known</source>
        <translation>Nessuna nota</translation>
    </message>
    <message>
        <source>Your entry</source>
        <translation>Tuo inserimento</translation>
    </message>
    <message>
        <source>Shipped table</source>
        <translation>Tabella fornita</translation>
    </message>
    <message>
        <source>No source</source>
        <translation>Nessuna fonte</translation>
    </message>
    <message>
        <source>The shipped table says: {category}</source>
        <translation>La tabella fornita indica: {category}</translation>
    </message>
    <message>
        <source>No known category: the checks cannot count this region for the region mix. Set it with its source, or import a table.</source>
        <translation>Nessuna categoria nota: i controlli non possono contare questa regione per la composizione regionale. Impostala con la sua fonte o importa una tabella.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>A NUTS 2016 code</source>
        <translation>Un codice NUTS 2016</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Value from</source>
        <translation>Valore da</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Nota sulla fonte</translation>
    </message>
    <message>
        <source>Region categories</source>
        <translation>Categorie di regione</translation>
    </message>
    <message>
        <source>Set category…</source>
        <translation>Imposta categoria…</translation>
    </message>
    <message>
        <source>Clear my entry</source>
        <translation>Cancella il mio inserimento</translation>
    </message>
    <message>
        <source>Import a table…</source>
        <translation>Importa una tabella…</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>Filtro per paese</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tutti i paesi</translation>
    </message>
    <message>
        <source>Only regions &amp;without a category</source>
        <translation>Solo regioni &amp;senza categoria</translation>
    </message>
    <message>
        <source>Only regions without a category</source>
        <translation>Solo regioni senza categoria</translation>
    </message>
    <message>
        <source>Region counts</source>
        <translation>Numero di regioni</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>Pa&amp;ese</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s), {missing} without a category</source>
        <translation>
            <numerusform>%n regione, {missing} senza categoria</numerusform>
            <numerusform>%n regioni, {missing} senza categoria</numerusform>
        </translation>
    </message>
    <message>
        <source>{code} has no category of yours to clear (its value comes from the shipped table).</source>
        <translation>{code} non ha una tua categoria da cancellare (il suo valore proviene dalla tabella fornita).</translation>
    </message>
    <message>
        <source>{code} has no category of yours to clear.</source>
        <translation>{code} non ha una tua categoria da cancellare.</translation>
    </message>
    <message>
        <source>Clear the category of {code}</source>
        <translation>Cancella la categoria di {code}</translation>
    </message>
    <message>
        <source>Set the category of {code} to {category}</source>
        <translation>Imposta la categoria di {code} a {category}</translation>
    </message>
    <message>
        <source>{code} has no category yet: choose the category first.</source>
        <translation>{code} non ha ancora una categoria: scegli prima la categoria.</translation>
    </message>
    <message>
        <source>Only source notes can be pasted; set categories one by one or import a table.</source>
        <translation>Si possono incollare solo le note sulla fonte; imposta le categorie una per una o importa una tabella.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n source note(s)</source>
        <translation>
            <numerusform>Incolla %n nota sulla fonte</numerusform>
            <numerusform>Incolla %n note sulla fonte</numerusform>
        </translation>
    </message>
    <message>
        <source>Import region categories</source>
        <translation>Importa categorie di regione</translation>
    </message>
    <message>
        <source>CSV tables (*.csv *.txt);;All files (*)</source>
        <translation>Tabelle CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Import region categories from {file}</source>
        <translation>Importa categorie di regione da {file}</translation>
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
        <translation>N.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Restituita</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importazioni</translation>
    </message>
    <message>
        <source>How many returned workbooks were imported for this participant</source>
        <translation>Quante cartelle restituite sono state importate per questo partecipante</translation>
    </message>
    <message>
        <source>Last imported</source>
        <translation>Ultima importazione</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Cosa è cambiato</translation>
    </message>
    <message>
        <source>Returned partner workbooks</source>
        <translation>Cartelle partner restituite</translation>
    </message>
    <message>
        <source>Partner workbooks…</source>
        <translation>Cartelle partner…</translation>
    </message>
    <message>
        <source>Import returned workbooks…</source>
        <translation>Importa cartelle restituite…</translation>
    </message>
    <message>
        <source>What the latest import changed</source>
        <translation>Cosa ha cambiato l&apos;ultima importazione</translation>
    </message>
    <message>
        <source>Select a participant to see what its latest returned workbook changed.</source>
        <translation>Seleziona un partecipante per vedere cosa ha cambiato la sua ultima cartella restituita.</translation>
    </message>
    <message>
        <source>P{number} {name} has not returned a workbook yet.</source>
        <translation>P{number} {name} non ha ancora restituito una cartella.</translation>
    </message>
    <message>
        <source>P{number} {name}: {file}, imported {time}</source>
        <translation>P{number} {name}: {file}, importata il {time}</translation>
    </message>
</context>
<context>
    <name>RowEditing</name>
    <message numerus="yes">
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>Rimuovi %n partecipante</numerusform>
            <numerusform>Rimuovi %n partecipanti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n work package(s)</source>
        <translation>
            <numerusform>Rimuovi %n pacchetto di lavoro</numerusform>
            <numerusform>Rimuovi %n pacchetti di lavoro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n task(s)</source>
        <translation>
            <numerusform>Rimuovi %n attività</numerusform>
            <numerusform>Rimuovi %n attività</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n deliverable(s)</source>
        <translation>
            <numerusform>Rimuovi %n deliverable</numerusform>
            <numerusform>Rimuovi %n deliverable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n milestone(s)</source>
        <translation>
            <numerusform>Rimuovi %n milestone</numerusform>
            <numerusform>Rimuovi %n milestone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n cost item(s)</source>
        <translation>
            <numerusform>Rimuovi %n voce di costo</numerusform>
            <numerusform>Rimuovi %n voci di costo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n organisation(s)</source>
        <translation>
            <numerusform>Rimuovi %n organizzazione</numerusform>
            <numerusform>Rimuovi %n organizzazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n row(s)</source>
        <translation>
            <numerusform>Rimuovi %n riga</numerusform>
            <numerusform>Rimuovi %n righe</numerusform>
        </translation>
    </message>
    <message>
        <source>{column} of {row}: {error}</source>
        <translation>{column} di {row}: {error}</translation>
    </message>
    <message>
        <source>Renumber {row}</source>
        <translation>Rinumera {row}</translation>
    </message>
    <message>
        <source>Change {column} of {row}</source>
        <translation>Modifica {column} di {row}</translation>
    </message>
    <message>
        <source>new row {line}</source>
        <translation>nuova riga {line}</translation>
    </message>
    <message>
        <source>Nothing was pasted: {error}</source>
        <translation>Non è stato incollato nulla: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s), adding {rows}</source>
        <translation>
            <numerusform>Incolla %n cella, aggiungendo {rows}</numerusform>
            <numerusform>Incolla %n celle, aggiungendo {rows}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n riga</numerusform>
            <numerusform>%n righe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Incolla %n cella</numerusform>
            <numerusform>Incolla %n celle</numerusform>
        </translation>
    </message>
    <message>
        <source>new row {line}: {error}</source>
        <translation>nuova riga {line}: {error}</translation>
    </message>
    <message>
        <source>Remove {row}</source>
        <translation>Rimuovi {row}</translation>
    </message>
</context>
<context>
    <name>S3AreasDialog</name>
    <message>
        <source>Smart-specialisation areas of {code}</source>
        <translation>Ambiti di specializzazione intelligente di {code}</translation>
    </message>
    <message>
        <source>S3 areas, one per line</source>
        <translation>Ambiti S3, uno per riga</translation>
    </message>
    <message>
        <source>Source of the areas</source>
        <translation>Fonte degli ambiti</translation>
    </message>
    <message>
        <source>e.g. the region&apos;s smart specialisation strategy 2021-2027</source>
        <translation>ad es. la strategia di specializzazione intelligente 2021-2027 della regione</translation>
    </message>
    <message>
        <source>&amp;Areas (one per line):</source>
        <translation>&amp;Ambiti (uno per riga):</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fonte:</translation>
    </message>
</context>
<context>
    <name>SourceNoteDialog</name>
    <message>
        <source>Region category of {code}</source>
        <translation>Categoria di regione di {code}</translation>
    </message>
    <message>
        <source>Region category</source>
        <translation>Categoria di regione</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Nota sulla fonte</translation>
    </message>
    <message>
        <source>e.g. Decision (EU) 2021/1130, Annex I</source>
        <translation>ad es. decisione (UE) 2021/1130, allegato I</translation>
    </message>
    <message>
        <source>Where does this value come from? The note is shown beside the category.</source>
        <translation>Da dove viene questo valore? La nota è mostrata accanto alla categoria.</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoria</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Fonte</translation>
    </message>
</context>
<context>
    <name>ValueChainPage</name>
    <message>
        <source>{participant}: {role} (held)</source>
        <translation>{participant}: {role} (ricoperto)</translation>
    </message>
    <message>
        <source>{participant}: {role} (not held)</source>
        <translation>{participant}: {role} (non ricoperto)</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regioni</translation>
    </message>
    <message>
        <source>Nobody in the consortium holds this role</source>
        <translation>Nessuno nel consorzio ricopre questo ruolo</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>{role}: {holders}</source>
        <translation>{role}: {holders}</translation>
    </message>
    <message>
        <source>Thematic priority</source>
        <translation>Priorità tematica</translation>
    </message>
    <message>
        <source>Thematic p&amp;riority:</source>
        <translation>P&amp;riorità tematica:</translation>
    </message>
    <message>
        <source>Value-chain roles of the participants</source>
        <translation>Ruoli dei partecipanti nella catena del valore</translation>
    </message>
    <message>
        <source>Roles × participants (Space ticks a role)</source>
        <translation>Ruoli × partecipanti (Spazio spunta un ruolo)</translation>
    </message>
    <message>
        <source>Save the pi&amp;cture…</source>
        <translation>Salva lo sc&amp;hema…</translation>
    </message>
    <message>
        <source>The chain from research to market</source>
        <translation>La catena dalla ricerca al mercato</translation>
    </message>
    <message>
        <source>Companies, SMEs and start-ups</source>
        <translation>Imprese, PMI e start-up</translation>
    </message>
    <message>
        <source>Sectors and ecosystems</source>
        <translation>Settori ed ecosistemi</translation>
    </message>
    <message>
        <source>Sectors (NACE Rev. 2) and industrial ecosystems</source>
        <translation>Settori (NACE Rev. 2) ed ecosistemi industriali</translation>
    </message>
    <message>
        <source>Clusters and the partners they bring</source>
        <translation>Cluster e i partner che apportano</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>S3 areas</source>
        <translation>Ambiti S3</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Smart-specialisation areas per region</source>
        <translation>Ambiti di specializzazione intelligente per regione</translation>
    </message>
    <message>
        <source>Edit &amp;areas…</source>
        <translation>Modifica am&amp;biti…</translation>
    </message>
    <message>
        <source>Smart-specialisation (S3) areas of the regions</source>
        <translation>Ambiti di specializzazione intelligente (S3) delle regioni</translation>
    </message>
    <message>
        <source>The call&apos;s priorities: {priorities}. Source: {source} (check against the call document)</source>
        <translation>Priorità del bando: {priorities}. Fonte: {source} (da verificare nel testo del bando)</translation>
    </message>
    <message>
        <source>The call&apos;s priorities: {priorities}. Source: {source}</source>
        <translation>Priorità del bando: {priorities}. Fonte: {source}</translation>
    </message>
    <message>
        <source>Every role of the chain is held by someone.</source>
        <translation>Ogni ruolo della catena è ricoperto da qualcuno.</translation>
    </message>
    <message numerus="yes">
        <source>Nobody holds {missing} of the %n role(s). Find partners whose usual roles include one:</source>
        <translation>
            <numerusform>Nessuno ricopre {missing} del %n ruolo. Trova partner i cui ruoli abituali ne includono uno:</numerusform>
            <numerusform>Nessuno ricopre {missing} dei %n ruoli. Trova partner i cui ruoli abituali ne includono uno:</numerusform>
        </translation>
    </message>
    <message>
        <source>Find {role}…</source>
        <translation>Trova: {role}…</translation>
    </message>
    <message>
        <source>Find partners for the role {role}</source>
        <translation>Trova partner per il ruolo {role}</translation>
    </message>
    <message>
        <source>No participant has a NUTS 2 region yet.</source>
        <translation>Nessun partecipante ha ancora una regione NUTS 2.</translation>
    </message>
    <message>
        <source>Shared by every region: {areas}.</source>
        <translation>Comuni a tutte le regioni: {areas}.</translation>
    </message>
    <message>
        <source>No area is shared by every region.</source>
        <translation>Nessun ambito è comune a tutte le regioni.</translation>
    </message>
    <message>
        <source>Sharing no area with any other region: {regions}.</source>
        <translation>Senza ambiti in comune con altre regioni: {regions}.</translation>
    </message>
    <message>
        <source>No areas recorded for {regions}.</source>
        <translation>Nessun ambito registrato per {regions}.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nessuno registrato</translation>
    </message>
    <message>
        <source>Give the role {role} to {participant}</source>
        <translation>Assegna il ruolo {role} a {participant}</translation>
    </message>
    <message>
        <source>Take the role {role} from {participant}</source>
        <translation>Togli il ruolo {role} a {participant}</translation>
    </message>
    <message>
        <source>Change thematic priority of {acronym}</source>
        <translation>Modifica la priorità tematica di {acronym}</translation>
    </message>
    <message>
        <source>{role}: organisations whose usual roles include it</source>
        <translation>{role}: organizzazioni i cui ruoli abituali lo includono</translation>
    </message>
    <message>
        <source>S3 areas of {code}</source>
        <translation>Ambiti S3 di {code}</translation>
    </message>
    <message>
        <source>Save the picture of the value chain</source>
        <translation>Salva lo schema della catena del valore</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
    <message>
        <source>{group}: no participants yet.</source>
        <translation>{group}: ancora nessun partecipante.</translation>
    </message>
    <message>
        <source>EUR {amount}, {share} of the EU contribution</source>
        <translation>{amount} EUR, {share} del contributo UE</translation>
    </message>
    <message>
        <source>no EU contribution planned yet</source>
        <translation>ancora nessun contributo UE previsto</translation>
    </message>
    <message>
        <source>Companies (SMEs and large enterprises)</source>
        <translation>Imprese (PMI e grandi imprese)</translation>
    </message>
    <message>
        <source>SMEs</source>
        <translation>PMI</translation>
    </message>
    <message>
        <source>Start-ups</source>
        <translation>Start-up</translation>
    </message>
    <message>
        <source>Sectors:</source>
        <translation>Settori:</translation>
    </message>
    <message>
        <source>Ecosystems:</source>
        <translation>Ecosistemi:</translation>
    </message>
    <message>
        <source>No participant is recorded as a member of a cluster.</source>
        <translation>Nessun partecipante risulta membro di un cluster.</translation>
    </message>
</context>
<context>
    <name>WorkPlanPage</name>
    <message>
        <source>there is no work package {token}</source>
        <translation>non esiste il pacchetto di lavoro {token}</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.</translation>
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
        <source>Start</source>
        <translation>Inizio</translation>
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
        <source>Tasks</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Deliverable</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation>Pacchetto di lavoro</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Dissemination</source>
        <translation>Diffusione</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Work packages</source>
        <translation>Pacchetti di lavoro</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Mezzi di verifica</translation>
    </message>
    <message>
        <source>Work plan tables</source>
        <translation>Tabelle del piano di lavoro</translation>
    </message>
    <message>
        <source>Add work package</source>
        <translation>Aggiungi pacchetto di lavoro</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Aggiungi attività</translation>
    </message>
    <message>
        <source>Add deliverable</source>
        <translation>Aggiungi deliverable</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Aggiungi milestone</translation>
    </message>
    <message>
        <source>No work packages yet. Add work package (or the Insert key) adds one; its tasks, deliverables and milestones go in the other tabs.</source>
        <translation>Ancora nessun pacchetto di lavoro. «Aggiungi pacchetto di lavoro» (o il tasto Ins) ne aggiunge uno; attività, deliverable e milestone sono nelle altre schede.</translation>
    </message>
    <message>
        <source>Renumber</source>
        <translation>Rinumera</translation>
    </message>
    <message>
        <source>New work package</source>
        <translation>Nuovo pacchetto di lavoro</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nuova attività</translation>
    </message>
    <message>
        <source>New deliverable</source>
        <translation>Nuovo deliverable</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Nuova milestone</translation>
    </message>
    <message>
        <source>Add a work package first: tasks belong to one.</source>
        <translation>Aggiungi prima un pacchetto di lavoro: le attività ne fanno parte.</translation>
    </message>
    <message>
        <source>Add a work package first: deliverables belong to one.</source>
        <translation>Aggiungi prima un pacchetto di lavoro: i deliverable ne fanno parte.</translation>
    </message>
    <message>
        <source>Renumber work packages</source>
        <translation>Rinumera i pacchetti di lavoro</translation>
    </message>
    <message>
        <source>Renumber tasks</source>
        <translation>Rinumera le attività</translation>
    </message>
    <message>
        <source>Renumber deliverables</source>
        <translation>Rinumera i deliverable</translation>
    </message>
    <message>
        <source>Renumber milestones</source>
        <translation>Rinumera le milestone</translation>
    </message>
</context>
</TS>
