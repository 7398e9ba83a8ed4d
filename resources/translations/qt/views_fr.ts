<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>Add %n participant(s)</source>
        <translation>
            <numerusform>Ajouter %n participant</numerusform>
            <numerusform>Ajouter %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n participant(s) from {countries} in {regions}</source>
        <translation>
            <numerusform>Au moins %n participant de {countries} dans {regions}</numerusform>
            <numerusform>Au moins %n participants de {countries} dans {regions}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%n pays</numerusform>
            <numerusform>%n pays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n région</numerusform>
            <numerusform>%n régions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n region category(ies) from {file} ({new} new, {changed} changed, {unchanged} unchanged)</source>
        <translation>
            <numerusform>%n catégorie de région importée de {file} ({new} nouvelles, {changed} modifiées, {unchanged} inchangées)</numerusform>
            <numerusform>%n catégories de région importées de {file} ({new} nouvelles, {changed} modifiées, {unchanged} inchangées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{problems} (and %n more)</source>
        <translation>
            <numerusform>{problems} (et %n autre)</numerusform>
            <numerusform>{problems} (et %n autres)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{report}; %n row(s) skipped: {problems}.</source>
        <translation>
            <numerusform>{report} ; %n ligne ignorée : {problems}.</numerusform>
            <numerusform>{report} ; %n lignes ignorées : {problems}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{group}: {count} of %n participant(s){numbers}, {share}; {of_eu}.</source>
        <translation>
            <numerusform>{group} : {count} sur %n participant{numbers}, {share} ; {of_eu}.</numerusform>
            <numerusform>{group} : {count} sur %n participants{numbers}, {share} ; {of_eu}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <source>A Personnel</source>
        <translation>A Personnel</translation>
    </message>
    <message>
        <source>B Subcontr.</source>
        <translation>B Sous-trait.</translation>
    </message>
    <message>
        <source>C.1 Travel</source>
        <translation>C.1 Voyages</translation>
    </message>
    <message>
        <source>C.2 Equipm.</source>
        <translation>C.2 Équip.</translation>
    </message>
    <message>
        <source>C.3 Goods</source>
        <translation>C.3 Biens</translation>
    </message>
    <message>
        <source>D Other</source>
        <translation>D Autres</translation>
    </message>
    <message>
        <source>E Indirect</source>
        <translation>E Indirects</translation>
    </message>
    <message>
        <source>D incl. D.1</source>
        <translation>D dont D.1</translation>
    </message>
    <message>
        <source>A. Personnel</source>
        <translation>A. Frais de personnel</translation>
    </message>
    <message>
        <source>B. Subcontracting</source>
        <translation>B. Sous-traitance</translation>
    </message>
    <message>
        <source>C.1 Travel and subsistence</source>
        <translation>C.1 Frais de voyage et de séjour</translation>
    </message>
    <message>
        <source>C.2 Equipment</source>
        <translation>C.2 Équipement</translation>
    </message>
    <message>
        <source>C.3 Other goods, works and services</source>
        <translation>C.3 Autres biens, travaux et services</translation>
    </message>
    <message>
        <source>D. Other cost categories (D.1 financial support to third parties and other D lines)</source>
        <translation>D. Autres catégories de coûts (D.1 soutien financier à des tiers et autres lignes D)</translation>
    </message>
    <message>
        <source>E. Indirect costs: the call profile&apos;s flat rate on its base</source>
        <translation>E. Coûts indirects : le taux forfaitaire du profil d&apos;appel sur sa base</translation>
    </message>
    <message>
        <source>B Subcontracting</source>
        <translation>B Sous-traitance</translation>
    </message>
    <message>
        <source>C.3 Other goods</source>
        <translation>C.3 Autres biens</translation>
    </message>
    <message>
        <source>D.1 Third parties</source>
        <translation>D.1 Tiers</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Total eligible</source>
        <translation>Total éligible</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Funding rate (for the total: EU contribution / total eligible)</source>
        <translation>Taux de financement (pour le total : contribution de l&apos;UE / total éligible)</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>Contribution de l&apos;UE</translation>
    </message>
    <message>
        <source>Own contribution</source>
        <translation>Contribution propre</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No work package</source>
        <translation>Aucun lot de travaux</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation>Lot de travaux</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Personnes-mois</translation>
    </message>
    <message>
        <source>Direct costs</source>
        <translation>Coûts directs</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Choose the participant first (in the list above the cost lines).</source>
        <translation>Choisissez d&apos;abord le participant (dans la liste au-dessus des lignes de coûts).</translation>
    </message>
    <message>
        <source>Budget per participant</source>
        <translation>Budget par participant</translation>
    </message>
    <message>
        <source>cost line of {participant}</source>
        <translation>ligne de coûts de {participant}</translation>
    </message>
    <message>
        <source>Cost lines</source>
        <translation>Lignes de coûts</translation>
    </message>
    <message>
        <source>Add cost line</source>
        <translation>Ajouter une ligne de coûts</translation>
    </message>
    <message>
        <source>No cost lines yet. Add cost line for travel, equipment, subcontracting and other costs; personnel costs (A) come from the Effort matrix.</source>
        <translation>Aucune ligne de coûts pour l&apos;instant. « Ajouter une ligne de coûts » pour les voyages, l&apos;équipement, la sous-traitance et les autres coûts ; les frais de personnel (A) viennent de la matrice d&apos;effort.</translation>
    </message>
    <message>
        <source>Show the cost lines of</source>
        <translation>Afficher les lignes de coûts de</translation>
    </message>
    <message>
        <source>Direct costs per work package</source>
        <translation>Coûts directs par lot de travaux</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Per country</source>
        <translation>Par pays</translation>
    </message>
    <message>
        <source>Region category</source>
        <translation>Catégorie de région</translation>
    </message>
    <message>
        <source>Per region category</source>
        <translation>Par catégorie de région</translation>
    </message>
    <message>
        <source>Budget details</source>
        <translation>Détails du budget</translation>
    </message>
    <message>
        <source>Per work package</source>
        <translation>Par lot de travaux</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>Tous les participants</translation>
    </message>
</context>
<context>
    <name>ChainPictureWidget</name>
    <message>
        <source>Picture of the value chain from research to market</source>
        <translation>Schéma de la chaîne de valeur, de la recherche au marché</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Comment corriger</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>No findings: the project meets every rule the checks know.</source>
        <translation>Aucun constat : le projet respecte toutes les règles connues des contrôles.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
        </translation>
    </message>
    <message>
        <source>{errors}, {warnings}, {notes}. Press Enter or double-click a finding to go to what it concerns.</source>
        <translation>{errors}, {warnings}, {notes}. Appuyez sur Entrée ou double-cliquez sur un constat pour aller à ce qu&apos;il concerne.</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <source>Compare &amp;with</source>
        <translation>Comparer a&amp;vec</translation>
    </message>
    <message>
        <source>and (&amp;3)</source>
        <translation>et (&amp;3)</translation>
    </message>
    <message>
        <source>and (&amp;4)</source>
        <translation>et (&amp;4)</translation>
    </message>
    <message>
        <source>Side {number}</source>
        <translation>Côté {number}</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Computed from other figures</source>
        <translation>Calculé à partir d&apos;autres chiffres</translation>
    </message>
    <message>
        <source>&amp;Only what differs</source>
        <translation>&amp;Seulement les différences</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Toutes les sections</translation>
    </message>
    <message>
        <source>Sec&amp;tion</source>
        <translation>Se&amp;ction</translation>
    </message>
    <message>
        <source>P&amp;DF report…</source>
        <translation>Rapp&amp;ort PDF…</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook…</source>
        <translation>Classeur E&amp;xcel…</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>{side} (reference)</source>
        <translation>{side} (référence)</translation>
    </message>
    <message>
        <source>Choose two to four projects to compare: the first is the reference. Make a what-if copy with Project &gt; Duplicate.</source>
        <translation>Choisissez deux à quatre projets à comparer : le premier sert de référence. Faites une copie de simulation avec Projet &gt; Dupliquer.</translation>
    </message>
    <message>
        <source>No differences: the projects are the same in everything compared.</source>
        <translation>Aucune différence : les projets sont identiques sur tous les points comparés.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) differ: {inputs} and {derived} following from them (derived). Shaded cells differ from the reference: yellow changed, green added, red removed.</source>
        <translation>
            <numerusform>%n ligne diffère : {inputs} et {derived} qui en découlent (calculés). Les cellules colorées diffèrent de la référence : jaune modifié, vert ajouté, rouge supprimé.</numerusform>
            <numerusform>%n lignes diffèrent : {inputs} et {derived} qui en découlent (calculés). Les cellules colorées diffèrent de la référence : jaune modifié, vert ajouté, rouge supprimé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed value(s)</source>
        <translation>
            <numerusform>%n valeur modifiée</numerusform>
            <numerusform>%n valeurs modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n chiffre</numerusform>
            <numerusform>%n chiffres</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants: {changes}</source>
        <translation>Participants : {changes}</translation>
    </message>
    <message>
        <source>Total eligible</source>
        <translation>Total éligible</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>Contribution de l&apos;UE</translation>
    </message>
    <message>
        <source>{title}: {sides}</source>
        <translation>{title} : {sides}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose two to four projects to compare first.</source>
        <translation>Choisissez d&apos;abord deux à quatre projets à comparer.</translation>
    </message>
    <message>
        <source>Compare report</source>
        <translation>Rapport de comparaison</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Écriture de {file}…</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>{record} (kept)</source>
        <translation>{record} (conservé)</translation>
    </message>
    <message>
        <source>{field}: kept</source>
        <translation>{field} : conservé</translation>
    </message>
    <message>
        <source>{field}: not kept</source>
        <translation>{field} : non conservé</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import “{file}” into the directory:</source>
        <translation>Importer « {file} » dans l&apos;annuaire :</translation>
    </message>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n nouvelle organisation</numerusform>
            <numerusform>%n nouvelles organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated, field by field as previewed</source>
        <translation>
            <numerusform>%n mise à jour, champ par champ comme prévisualisé</numerusform>
            <numerusform>%n mises à jour, champ par champ comme prévisualisé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged or kept as they are</source>
        <translation>
            <numerusform>%n inchangée ou conservée telle quelle</numerusform>
            <numerusform>%n inchangées ou conservées telles quelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n ligne ignorée</numerusform>
            <numerusform>%n lignes ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>and enrol them in project {acronym}.</source>
        <translation>et les inscrire dans le projet {acronym}.</translation>
    </message>
    <message>
        <source>The whole import is one step of Edit &gt; Undo.</source>
        <translation>Toute l&apos;importation est une seule étape de Édition &gt; Annuler.</translation>
    </message>
</context>
<context>
    <name>ConsortiumPage</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>{category} (override)</source>
        <translation>{category} (forcée)</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source : {source}</translation>
    </message>
    <message>
        <source>No region is set for this organisation: set its NUTS 2 region in the partner directory, or override the category (Overrides…).</source>
        <translation>Aucune région n&apos;est indiquée pour cette organisation : indiquez sa région NUTS 2 dans l&apos;annuaire des partenaires, ou forcez la catégorie (Dérogations…).</translation>
    </message>
    <message>
        <source>No known category for {region}: set it on the Regions page with its source, or override it for this participant (Overrides…).</source>
        <translation>Aucune catégorie connue pour {region} : indiquez-la dans la page Régions avec sa source, ou forcez-la pour ce participant (Dérogations…).</translation>
    </message>
    <message>
        <source>Overridden: {reason}</source>
        <translation>Forcé : {reason}</translation>
    </message>
    <message>
        <source>From the call profile (double-click or Overrides… to override)</source>
        <translation>Selon le profil d&apos;appel (double-clic ou Dérogations… pour forcer)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Region category</source>
        <translation>Catégorie de région</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Coût mensuel</translation>
    </message>
    <message>
        <source>Monthly personnel cost: what one person-month costs</source>
        <translation>Coût mensuel de personnel : ce que coûte une personne-mois</translation>
    </message>
    <message>
        <source>Funding rate</source>
        <translation>Taux de financement</translation>
    </message>
    <message>
        <source>PM</source>
        <translation>PM</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Personnes-mois</translation>
    </message>
    <message>
        <source>Total eligible</source>
        <translation>Total éligible</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>Contribution de l&apos;UE</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Add participants…</source>
        <translation>Ajouter des participants…</translation>
    </message>
    <message>
        <source>No participants yet. Add participants… finds organisations in the partner directory and proposes what the call&apos;s checks say the consortium lacks.</source>
        <translation>Aucun participant pour l&apos;instant. « Ajouter des participants… » cherche des organisations dans l&apos;annuaire des partenaires et propose ce qui manque au consortium selon les vérifications de l&apos;appel.</translation>
    </message>
    <message>
        <source>Overrides…</source>
        <translation>Dérogations…</translation>
    </message>
    <message>
        <source>Renumber</source>
        <translation>Renuméroter</translation>
    </message>
    <message>
        <source>Funding rate: {error}</source>
        <translation>Taux de financement : {error}</translation>
    </message>
    <message>
        <source>Overrides of P{number} {name}</source>
        <translation>Dérogations de P{number} {name}</translation>
    </message>
    <message>
        <source>Renumber participants</source>
        <translation>Renuméroter les participants</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Budget per participant, by category</source>
        <translation>Budget par participant, par catégorie</translation>
    </message>
    <message>
        <source>EU contribution and own contribution</source>
        <translation>Contribution de l&apos;UE et contribution propre</translation>
    </message>
    <message>
        <source>Total eligible costs per country</source>
        <translation>Total des coûts éligibles par pays</translation>
    </message>
    <message>
        <source>Total eligible costs per region category</source>
        <translation>Total des coûts éligibles par catégorie de région</translation>
    </message>
    <message>
        <source>Person-months per work package</source>
        <translation>Personnes-mois par lot de travaux</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <source>No participants yet</source>
        <translation>Pas encore de participants</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>Contribution de l&apos;UE</translation>
    </message>
    <message>
        <source>Own contribution</source>
        <translation>Contribution propre</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>person-months</source>
        <translation>personnes-mois</translation>
    </message>
    <message>
        <source>No work packages yet</source>
        <translation>Pas encore de lots de travaux</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Livrable</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>today (M{month})</source>
        <translation>aujourd&apos;hui (M{month})</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>{name} is not a cluster organisation of the directory</source>
        <translation>{name} n&apos;est pas une organisation de cluster de l&apos;annuaire</translation>
    </message>
    <message>
        <source>NACE codes</source>
        <translation>Codes NACE</translation>
    </message>
    <message>
        <source>NACE Rev. 2 codes, e.g. C25.62; 28.41 (any level)</source>
        <translation>Codes NACE Rév. 2, p. ex. C25.62 ; 28.41 (tout niveau)</translation>
    </message>
    <message>
        <source>Ecosystems</source>
        <translation>Écosystèmes</translation>
    </message>
    <message>
        <source>The industrial ecosystems of the EU Industrial Strategy (2021)</source>
        <translation>Les écosystèmes industriels de la stratégie industrielle de l&apos;UE (2021)</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Fondée</translation>
    </message>
    <message>
        <source>Year of foundation (start-ups show)</source>
        <translation>Année de création (fait apparaître les start-ups)</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>The cluster organisations it is a member of</source>
        <translation>Les organisations de cluster dont elle est membre</translation>
    </message>
    <message>
        <source>Usual roles</source>
        <translation>Rôles habituels</translation>
    </message>
    <message>
        <source>Value-chain roles it usually holds (a project proposes them)</source>
        <translation>Rôles dans la chaîne de valeur qu&apos;elle tient d&apos;habitude (un projet les propose)</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>PIC</source>
        <translation>PIC</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <source>Profit-making</source>
        <translation>À but lucratif</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Balance sheet</source>
        <translation>Total du bilan</translation>
    </message>
    <message>
        <source>SME class</source>
        <translation>Classe PME</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>EU projects</source>
        <translation>Projets UE</translation>
    </message>
    <message>
        <source>EU project experience, from an imported CORDIS export</source>
        <translation>Expérience de projets UE, d&apos;après un export CORDIS importé</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation>Annuaire des partenaires</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Ajouter une organisation</translation>
    </message>
    <message>
        <source>Search name, PIC, VAT, city…</source>
        <translation>Rechercher nom, PIC, TVA, ville…</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>Add to project</source>
        <translation>Ajouter au projet</translation>
    </message>
    <message>
        <source>History of this organisation…</source>
        <translation>Historique de cette organisation…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>{count} organisation(s)</source>
        <translation>
            <numerusform>{count} organisation</numerusform>
            <numerusform>{count} organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>No organisation matches the search and filters.</source>
        <translation>Aucune organisation ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>Empty directory</source>
        <translation>Annuaire vide</translation>
    </message>
    <message>
        <source>The directory holds no organisations.</source>
        <translation>L’annuaire ne contient aucune organisation.</translation>
    </message>
    <message>
        <source>The directory holds no organisations yet. Add one with {add} ({add_key}), or import a list (Excel, CSV, a CORDIS export) with {import_path} ({import_key}); a file dropped onto the window is imported too.</source>
        <translation>L’annuaire ne contient encore aucune organisation. Ajoutez-en une avec {add} ({add_key}) ou importez une liste (Excel, CSV, un export CORDIS) avec {import_path} ({import_key}) ; un fichier déposé sur la fenêtre est importé aussi.</translation>
    </message>
    <message>
        <source>No saved search yet</source>
        <translation>Aucune recherche enregistrée</translation>
    </message>
    <message>
        <source>Save this search…</source>
        <translation>Enregistrer cette recherche…</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Supprimer une recherche enregistrée</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Enregistrer cette recherche</translation>
    </message>
    <message>
        <source>Name of the search:</source>
        <translation>Nom de la recherche :</translation>
    </message>
    <message>
        <source>No project yet</source>
        <translation>Pas encore de projet</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>Add participant {name}</source>
        <translation>Ajouter le participant {name}</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <source>PIC</source>
        <translation>PIC</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Profit-making</source>
        <translation>À but lucratif</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Balance sheet</source>
        <translation>Total du bilan</translation>
    </message>
    <message>
        <source>SME class</source>
        <translation>Classe PME</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region (NUTS 2)</source>
        <translation>Région (NUTS 2)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Founded year</source>
        <translation>Année de création</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Rechercher les doublons</translation>
    </message>
    <message>
        <source>&amp;Scan the directory</source>
        <translation>&amp;Analyser l&apos;annuaire</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Progression de l&apos;analyse</translation>
    </message>
    <message>
        <source>%v of %m organisations</source>
        <translation>%v sur %m organisations</translation>
    </message>
    <message>
        <source>&amp;Cancel scan</source>
        <translation>A&amp;nnuler l&apos;analyse</translation>
    </message>
    <message>
        <source>Scan the directory to find likely duplicates.</source>
        <translation>Analysez l&apos;annuaire pour trouver les doublons probables.</translation>
    </message>
    <message>
        <source>Groups of likely duplicates</source>
        <translation>Groupes de doublons probables</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Groupes</translation>
    </message>
    <message>
        <source>Record to keep</source>
        <translation>Fiche à conserver</translation>
    </message>
    <message>
        <source>&amp;Keep record:</source>
        <translation>Fiche à &amp;conserver :</translation>
    </message>
    <message>
        <source>The group&apos;s records, field by field</source>
        <translation>Les fiches du groupe, champ par champ</translation>
    </message>
    <message>
        <source>&amp;Fields (the checked value of each row is kept):</source>
        <translation>Champ&amp;s (la valeur cochée de chaque ligne est conservée) :</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>Pas des &amp;doublons</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Scanning the directory…</source>
        <translation>Analyse de l&apos;annuaire…</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of likely duplicates.</source>
        <translation>
            <numerusform>%n groupe de doublons probables.</numerusform>
            <numerusform>%n groupes de doublons probables.</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates found.</source>
        <translation>Aucun doublon probable trouvé.</translation>
    </message>
    <message>
        <source>Scan cancelled.</source>
        <translation>Analyse annulée.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n records into {name}</source>
        <translation>
            <numerusform>Fusionner %n fiche dans {name}</numerusform>
            <numerusform>Fusionner %n fiches dans {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n records as not duplicates</source>
        <translation>
            <numerusform>Marquer %n fiche comme n&apos;étant pas un doublon</numerusform>
            <numerusform>Marquer %n fiches comme n&apos;étant pas des doublons</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory changed: scan again to bring the groups up to date.</source>
        <translation>L&apos;annuaire a changé : relancez l&apos;analyse pour mettre les groupes à jour.</translation>
    </message>
</context>
<context>
    <name>EffortPage</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Person-months per participant and work package</source>
        <translation>Personnes-mois par participant et lot de travaux</translation>
    </message>
    <message>
        <source>No participants yet: add them on the Consortium page and work packages on the Work plan page, then type their person-months here.</source>
        <translation>Aucun participant pour l&apos;instant : ajoutez-les sur la page Consortium et les lots de travaux sur la page Plan de travail, puis saisissez ici leurs personnes-mois.</translation>
    </message>
    <message>
        <source>Type person-months in the cells (2,5 or 2.5); an empty cell or 0 means none. Personnel cost = person-months x the participant&apos;s monthly personnel cost.</source>
        <translation>Saisissez les personnes-mois dans les cellules (2,5 ou 2.5) ; une cellule vide ou 0 signifie aucun. Coût de personnel = personnes-mois x le coût mensuel de personnel du participant.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Personnel cost</source>
        <translation>Coût de personnel</translation>
    </message>
    <message>
        <source>Effort of {participant} in {work_package}</source>
        <translation>Effort de {participant} dans {work_package}</translation>
    </message>
    <message>
        <source>Nothing was pasted: {participant}, {work_package}: {error}</source>
        <translation>Rien n&apos;a été collé : {participant}, {work_package} : {error}</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n effort cell(s)</source>
        <translation>
            <numerusform>Coller %n cellule d&apos;effort</numerusform>
            <numerusform>Coller %n cellules d&apos;effort</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a list of organisations</source>
        <translation>Choisir une liste d&apos;organisations</translation>
    </message>
    <message>
        <source>An Excel (.xlsx, .xlsm), OpenDocument (.ods) or CSV file in any layout and language. You can also drop the file here.</source>
        <translation>Un fichier Excel (.xlsx, .xlsm), OpenDocument (.ods) ou CSV, quelles que soient sa mise en page et sa langue. Vous pouvez aussi déposer le fichier ici.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Import organisations</source>
        <translation>Importer des organisations</translation>
    </message>
    <message>
        <source>Spreadsheets and lists (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Tableurs et listes (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
</context>
<context>
    <name>HeaderPage</name>
    <message>
        <source>Which row holds the column titles?</source>
        <translation>Quelle ligne contient les titres de colonnes ?</translation>
    </message>
    <message>
        <source>First rows of the sheet</source>
        <translation>Premières lignes de la feuille</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Ligne d&apos;en-tête :</translation>
    </message>
    <message>
        <source>Row {number} (likely)</source>
        <translation>Ligne {number} (probable)</translation>
    </message>
    <message>
        <source>Row {number}</source>
        <translation>Ligne {number}</translation>
    </message>
    <message>
        <source>No header row: recognise the columns by their values</source>
        <translation>Pas de ligne d&apos;en-tête : reconnaître les colonnes par leurs valeurs</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <source>PIC</source>
        <translation>PIC</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Type d&apos;organisation</translation>
    </message>
    <message>
        <source>Profit-making</source>
        <translation>À but lucratif</translation>
    </message>
    <message>
        <source>Staff headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Balance sheet</source>
        <translation>Total du bilan</translation>
    </message>
    <message>
        <source>SME class</source>
        <translation>Classe PME</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>NUTS 2 region</source>
        <translation>Région NUTS 2</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Founded year</source>
        <translation>Année de création</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Project number</source>
        <translation>Numéro de projet</translation>
    </message>
    <message>
        <source>Project acronym</source>
        <translation>Acronyme du projet</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>Contribution de l&apos;UE</translation>
    </message>
    <message>
        <source>Non-profit (yes = not for profit)</source>
        <translation>Sans but lucratif (oui = non lucratif)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Keep the directory&apos;s</source>
        <translation>Garder celle de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangée</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Import organisations</source>
        <translation>Importer des organisations</translation>
    </message>
    <message>
        <source>“{file}” is a returned partner workbook, not a list of organisations: Project &gt; Import returned workbooks… shows what it changes and imports it (or drop it on the main window).</source>
        <translation>« {file} » est un classeur partenaire retourné, pas une liste d&apos;organisations : Projet &gt; Importer les classeurs retournés… montre ce qu&apos;il change et l&apos;importe (ou déposez-le sur la fenêtre principale).</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>Comparing with the directory…</source>
        <translation>Comparaison avec l&apos;annuaire…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Import organisations from {file}</source>
        <translation>Importer des organisations de {file}</translation>
    </message>
    <message>
        <source>Import organisations from a list</source>
        <translation>Importer des organisations d&apos;une liste</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Sheet and columns</source>
        <translation>Feuille et colonnes</translation>
    </message>
    <message>
        <source>Check which field each column fills. Your choices are remembered for files with the same columns.</source>
        <translation>Vérifiez quel champ chaque colonne remplit. Vos choix sont retenus pour les fichiers ayant les mêmes colonnes.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Feuille :</translation>
    </message>
    <message>
        <source>Field for column {header}</source>
        <translation>Champ de la colonne {header}</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <source>Not imported (no matching field): {columns}</source>
        <translation>Non importées (aucun champ correspondant) : {columns}</translation>
    </message>
    <message>
        <source>Every column with a header is imported.</source>
        <translation>Toutes les colonnes ayant un en-tête sont importées.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>{rule} (check against the call document)</source>
        <translation>{rule} (à vérifier dans le texte de l&apos;appel)</translation>
    </message>
    <message>
        <source>profit-making</source>
        <translation>à but lucratif</translation>
    </message>
    <message>
        <source>non-profit</source>
        <translation>à but non lucratif</translation>
    </message>
    <message>
        <source>Duration {low}-{high} months</source>
        <translation>Durée de {low} à {high} mois</translation>
    </message>
    <message>
        <source>EU contribution {low} to {high} {currency}</source>
        <translation>Contribution de l&apos;UE de {low} à {high} {currency}</translation>
    </message>
    <message>
        <source>Indirect costs (E): {rate} of {base}</source>
        <translation>Coûts indirects (E) : {rate} de {base}</translation>
    </message>
    <message>
        <source>Funding rate: {rates}</source>
        <translation>Taux de financement : {rates}</translation>
    </message>
    <message>
        <source>Funding rate {rate}</source>
        <translation>Taux de financement {rate}</translation>
    </message>
    <message>
        <source>Region mix option: {option}</source>
        <translation>Option de composition régionale : {option}</translation>
    </message>
    <message>
        <source>Coordinator: {rule}</source>
        <translation>Coordinateur : {rule}</translation>
    </message>
    <message>
        <source>Financial support to third parties: at most {amount} per third party</source>
        <translation>Soutien financier à des tiers : au plus {amount} par tiers</translation>
    </message>
    <message>
        <source>At least {share} of the EU contribution to companies (SMEs and large enterprises)</source>
        <translation>Au moins {share} de la contribution de l&apos;UE aux entreprises (PME et grandes entreprises)</translation>
    </message>
    <message>
        <source>At least {share} of the EU contribution to SMEs</source>
        <translation>Au moins {share} de la contribution de l&apos;UE aux PME</translation>
    </message>
    <message>
        <source>Value-chain roles someone must hold: {roles}</source>
        <translation>Rôles de la chaîne de valeur que quelqu&apos;un doit tenir : {roles}</translation>
    </message>
    <message>
        <source>At least one smart-specialisation area shared by every participant&apos;s region</source>
        <translation>Au moins un domaine de spécialisation intelligente commun aux régions de tous les participants</translation>
    </message>
    <message>
        <source>One thematic priority: {priorities}</source>
        <translation>Une priorité thématique : {priorities}</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronyme</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Call profile</source>
        <translation>Profil d&apos;appel</translation>
    </message>
    <message>
        <source>Thematic priority</source>
        <translation>Priorité thématique</translation>
    </message>
    <message>
        <source>Start date known</source>
        <translation>Date de début connue</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>A&amp;cronyme :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Call profile:</source>
        <translation>Profil d&apos;appe&amp;l :</translation>
    </message>
    <message>
        <source>Thematic p&amp;riority:</source>
        <translation>P&amp;riorité thématique :</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Date de dé&amp;but :</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>Duré&amp;e :</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participants :</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Countries:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Régions :</translation>
    </message>
    <message>
        <source>Work packages</source>
        <translation>Lots de travaux</translation>
    </message>
    <message>
        <source>Work packages:</source>
        <translation>Lots de travaux :</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Livrables</translation>
    </message>
    <message>
        <source>Deliverables:</source>
        <translation>Livrables :</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>Milestones:</source>
        <translation>Jalons :</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Personnes-mois</translation>
    </message>
    <message>
        <source>Person-months:</source>
        <translation>Personnes-mois :</translation>
    </message>
    <message>
        <source>Total eligible costs</source>
        <translation>Total des coûts éligibles</translation>
    </message>
    <message>
        <source>Total eligible costs:</source>
        <translation>Total des coûts éligibles :</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>Contribution de l&apos;UE</translation>
    </message>
    <message>
        <source>EU contribution:</source>
        <translation>Contribution de l&apos;UE :</translation>
    </message>
    <message>
        <source>Own contribution</source>
        <translation>Contribution propre</translation>
    </message>
    <message>
        <source>Own contribution:</source>
        <translation>Contribution propre :</translation>
    </message>
    <message>
        <source>Call profile rules</source>
        <translation>Règles du profil d&apos;appel</translation>
    </message>
    <message>
        <source>acronym</source>
        <translation>l&apos;acronyme</translation>
    </message>
    <message>
        <source>title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <source>call profile</source>
        <translation>le profil d&apos;appel</translation>
    </message>
    <message>
        <source>thematic priority</source>
        <translation>la priorité thématique</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>la date de début</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>la durée</translation>
    </message>
    <message>
        <source>Change {field} of {acronym}</source>
        <translation>Modifier {field} de {acronym}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Correspond à</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>In the directory</source>
        <translation>Dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>Changes of the selected record</source>
        <translation>Changements de la fiche sélectionnée</translation>
    </message>
    <message>
        <source>Decision for the selected record</source>
        <translation>Décision pour la fiche sélectionnée</translation>
    </message>
    <message>
        <source>Update all</source>
        <translation>Tout mettre à jour</translation>
    </message>
    <message>
        <source>Keep all</source>
        <translation>Tout garder</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the rows with errors</source>
        <translation>Importer les lignes valides et ignorer les lignes en erreur</translation>
    </message>
    <message>
        <source>Selected record:</source>
        <translation>Fiche sélectionnée :</translation>
    </message>
    <message>
        <source>Errors and warnings:</source>
        <translation>Erreurs et avertissements :</translation>
    </message>
    <message>
        <source>Organisations already in the directory:</source>
        <translation>Organisations déjà dans l&apos;annuaire :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation row(s) read from “{sheet}”: {new} new, {update} to update, {unchanged} unchanged or kept, {skipped} skipped.</source>
        <translation>
            <numerusform>%n ligne d&apos;organisation lue dans « {sheet} » : {new} nouvelles, {update} à mettre à jour, {unchanged} inchangées ou conservées, {skipped} ignorées.</numerusform>
            <numerusform>%n lignes d&apos;organisation lues dans « {sheet} » : {new} nouvelles, {update} à mettre à jour, {unchanged} inchangées ou conservées, {skipped} ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): nothing can be imported until they are fixed in the file, or you choose to skip those rows.</source>
        <translation>
            <numerusform>%n erreur : rien ne peut être importé tant qu&apos;elle n&apos;est pas corrigée dans le fichier, ou que vous ne choisissez pas d&apos;ignorer ces lignes.</numerusform>
            <numerusform>%n erreurs : rien ne peut être importé tant qu&apos;elles ne sont pas corrigées dans le fichier, ou que vous ne choisissez pas d&apos;ignorer ces lignes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionsPage</name>
    <message>
        <source>None known</source>
        <translation>Aucune connue</translation>
    </message>
    <message>
        <source>Your entry</source>
        <translation>Votre saisie</translation>
    </message>
    <message>
        <source>Shipped table</source>
        <translation>Table fournie</translation>
    </message>
    <message>
        <source>No source</source>
        <translation>Aucune source</translation>
    </message>
    <message>
        <source>The shipped table says: {category}</source>
        <translation>La table fournie indique : {category}</translation>
    </message>
    <message>
        <source>No known category: the checks cannot count this region for the region mix. Set it with its source, or import a table.</source>
        <translation>Aucune catégorie connue : les contrôles ne peuvent pas compter cette région dans la composition régionale. Indiquez-la avec sa source, ou importez une table.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>A NUTS 2016 code</source>
        <translation>Un code NUTS 2016</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Value from</source>
        <translation>Valeur issue de</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Note de source</translation>
    </message>
    <message>
        <source>Region categories</source>
        <translation>Catégories de régions</translation>
    </message>
    <message>
        <source>Set category…</source>
        <translation>Définir la catégorie…</translation>
    </message>
    <message>
        <source>Clear my entry</source>
        <translation>Effacer ma saisie</translation>
    </message>
    <message>
        <source>Import a table…</source>
        <translation>Importer une table…</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>Filtre par pays</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Only regions &amp;without a category</source>
        <translation>Seulement les régions &amp;sans catégorie</translation>
    </message>
    <message>
        <source>Only regions without a category</source>
        <translation>Seulement les régions sans catégorie</translation>
    </message>
    <message>
        <source>Region counts</source>
        <translation>Nombre de régions</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s), {missing} without a category</source>
        <translation>
            <numerusform>%n région, {missing} sans catégorie</numerusform>
            <numerusform>%n régions, {missing} sans catégorie</numerusform>
        </translation>
    </message>
    <message>
        <source>{code} has no category of yours to clear (its value comes from the shipped table).</source>
        <translation>{code} n&apos;a aucune catégorie saisie par vous à effacer (sa valeur vient de la table fournie).</translation>
    </message>
    <message>
        <source>{code} has no category of yours to clear.</source>
        <translation>{code} n&apos;a aucune catégorie saisie par vous à effacer.</translation>
    </message>
    <message>
        <source>Clear the category of {code}</source>
        <translation>Effacer la catégorie de {code}</translation>
    </message>
    <message>
        <source>Set the category of {code} to {category}</source>
        <translation>Définir la catégorie de {code} à {category}</translation>
    </message>
    <message>
        <source>{code} has no category yet: choose the category first.</source>
        <translation>{code} n&apos;a pas encore de catégorie : choisissez d&apos;abord la catégorie.</translation>
    </message>
    <message>
        <source>Only source notes can be pasted; set categories one by one or import a table.</source>
        <translation>Seules les notes de source peuvent être collées ; définissez les catégories une à une ou importez une table.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n source note(s)</source>
        <translation>
            <numerusform>Coller %n note de source</numerusform>
            <numerusform>Coller %n notes de source</numerusform>
        </translation>
    </message>
    <message>
        <source>Import region categories</source>
        <translation>Importer des catégories de régions</translation>
    </message>
    <message>
        <source>CSV tables (*.csv *.txt);;All files (*)</source>
        <translation>Tables CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import region categories from {file}</source>
        <translation>Importer des catégories de régions de {file}</translation>
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
        <translation>N°</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retourné</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importations</translation>
    </message>
    <message>
        <source>How many returned workbooks were imported for this participant</source>
        <translation>Nombre de classeurs retournés importés pour ce participant</translation>
    </message>
    <message>
        <source>Last imported</source>
        <translation>Dernière importation</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Returned partner workbooks</source>
        <translation>Classeurs partenaires retournés</translation>
    </message>
    <message>
        <source>Partner workbooks…</source>
        <translation>Classeurs partenaires…</translation>
    </message>
    <message>
        <source>Import returned workbooks…</source>
        <translation>Importer les classeurs retournés…</translation>
    </message>
    <message>
        <source>What the latest import changed</source>
        <translation>Ce que la dernière importation a changé</translation>
    </message>
    <message>
        <source>Select a participant to see what its latest returned workbook changed.</source>
        <translation>Sélectionnez un participant pour voir ce que son dernier classeur retourné a changé.</translation>
    </message>
    <message>
        <source>P{number} {name} has not returned a workbook yet.</source>
        <translation>P{number} {name} n&apos;a pas encore retourné de classeur.</translation>
    </message>
    <message>
        <source>P{number} {name}: {file}, imported {time}</source>
        <translation>P{number} {name} : {file}, importé le {time}</translation>
    </message>
</context>
<context>
    <name>RowEditing</name>
    <message numerus="yes">
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>Retirer %n participant</numerusform>
            <numerusform>Retirer %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n work package(s)</source>
        <translation>
            <numerusform>Supprimer %n lot de travaux</numerusform>
            <numerusform>Supprimer %n lots de travaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n task(s)</source>
        <translation>
            <numerusform>Supprimer %n tâche</numerusform>
            <numerusform>Supprimer %n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n deliverable(s)</source>
        <translation>
            <numerusform>Supprimer %n livrable</numerusform>
            <numerusform>Supprimer %n livrables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n milestone(s)</source>
        <translation>
            <numerusform>Supprimer %n jalon</numerusform>
            <numerusform>Supprimer %n jalons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n cost item(s)</source>
        <translation>
            <numerusform>Supprimer %n ligne de coûts</numerusform>
            <numerusform>Supprimer %n lignes de coûts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n organisation(s)</source>
        <translation>
            <numerusform>Supprimer %n organisation</numerusform>
            <numerusform>Supprimer %n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n row(s)</source>
        <translation>
            <numerusform>Supprimer %n ligne</numerusform>
            <numerusform>Supprimer %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>{column} of {row}: {error}</source>
        <translation>{column} de {row} : {error}</translation>
    </message>
    <message>
        <source>Renumber {row}</source>
        <translation>Renuméroter {row}</translation>
    </message>
    <message>
        <source>Change {column} of {row}</source>
        <translation>Modifier {column} de {row}</translation>
    </message>
    <message>
        <source>new row {line}</source>
        <translation>nouvelle ligne {line}</translation>
    </message>
    <message>
        <source>Nothing was pasted: {error}</source>
        <translation>Rien n&apos;a été collé : {error}</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s), adding {rows}</source>
        <translation>
            <numerusform>Coller %n cellule, en ajoutant {rows}</numerusform>
            <numerusform>Coller %n cellules, en ajoutant {rows}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Coller %n cellule</numerusform>
            <numerusform>Coller %n cellules</numerusform>
        </translation>
    </message>
    <message>
        <source>new row {line}: {error}</source>
        <translation>nouvelle ligne {line} : {error}</translation>
    </message>
    <message>
        <source>Remove {row}</source>
        <translation>Supprimer {row}</translation>
    </message>
</context>
<context>
    <name>S3AreasDialog</name>
    <message>
        <source>Smart-specialisation areas of {code}</source>
        <translation>Domaines de spécialisation intelligente de {code}</translation>
    </message>
    <message>
        <source>S3 areas, one per line</source>
        <translation>Domaines S3, un par ligne</translation>
    </message>
    <message>
        <source>Source of the areas</source>
        <translation>Source des domaines</translation>
    </message>
    <message>
        <source>e.g. the region&apos;s smart specialisation strategy 2021-2027</source>
        <translation>p. ex. la stratégie de spécialisation intelligente 2021-2027 de la région</translation>
    </message>
    <message>
        <source>&amp;Areas (one per line):</source>
        <translation>&amp;Domaines (un par ligne) :</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
</context>
<context>
    <name>SourceNoteDialog</name>
    <message>
        <source>Region category of {code}</source>
        <translation>Catégorie de région de {code}</translation>
    </message>
    <message>
        <source>Region category</source>
        <translation>Catégorie de région</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Note de source</translation>
    </message>
    <message>
        <source>e.g. Decision (EU) 2021/1130, Annex I</source>
        <translation>p. ex. décision (UE) 2021/1130, annexe I</translation>
    </message>
    <message>
        <source>Where does this value come from? The note is shown beside the category.</source>
        <translation>D&apos;où vient cette valeur ? La note est affichée à côté de la catégorie.</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
</context>
<context>
    <name>ValueChainPage</name>
    <message>
        <source>{participant}: {role} (held)</source>
        <translation>{participant} : {role} (tenu)</translation>
    </message>
    <message>
        <source>{participant}: {role} (not held)</source>
        <translation>{participant} : {role} (non tenu)</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Nobody in the consortium holds this role</source>
        <translation>Personne dans le consortium ne tient ce rôle</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>{role}: {holders}</source>
        <translation>{role} : {holders}</translation>
    </message>
    <message>
        <source>Thematic priority</source>
        <translation>Priorité thématique</translation>
    </message>
    <message>
        <source>Thematic p&amp;riority:</source>
        <translation>P&amp;riorité thématique :</translation>
    </message>
    <message>
        <source>Value-chain roles of the participants</source>
        <translation>Rôles des participants dans la chaîne de valeur</translation>
    </message>
    <message>
        <source>Roles × participants (Space ticks a role)</source>
        <translation>Rôles × participants (Espace coche un rôle)</translation>
    </message>
    <message>
        <source>Save the pi&amp;cture…</source>
        <translation>Enregistrer le s&amp;chéma…</translation>
    </message>
    <message>
        <source>The chain from research to market</source>
        <translation>La chaîne de la recherche au marché</translation>
    </message>
    <message>
        <source>Companies, SMEs and start-ups</source>
        <translation>Entreprises, PME et start-ups</translation>
    </message>
    <message>
        <source>Sectors and ecosystems</source>
        <translation>Secteurs et écosystèmes</translation>
    </message>
    <message>
        <source>Sectors (NACE Rev. 2) and industrial ecosystems</source>
        <translation>Secteurs (NACE Rév. 2) et écosystèmes industriels</translation>
    </message>
    <message>
        <source>Clusters and the partners they bring</source>
        <translation>Clusters et partenaires qu&apos;ils apportent</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>S3 areas</source>
        <translation>Domaines S3</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Smart-specialisation areas per region</source>
        <translation>Domaines de spécialisation intelligente par région</translation>
    </message>
    <message>
        <source>Edit &amp;areas…</source>
        <translation>Modifier les do&amp;maines…</translation>
    </message>
    <message>
        <source>Smart-specialisation (S3) areas of the regions</source>
        <translation>Domaines de spécialisation intelligente (S3) des régions</translation>
    </message>
    <message>
        <source>The call&apos;s priorities: {priorities}. Source: {source} (check against the call document)</source>
        <translation>Priorités de l&apos;appel : {priorities}. Source : {source} (à vérifier dans le texte de l&apos;appel)</translation>
    </message>
    <message>
        <source>The call&apos;s priorities: {priorities}. Source: {source}</source>
        <translation>Priorités de l&apos;appel : {priorities}. Source : {source}</translation>
    </message>
    <message>
        <source>Every role of the chain is held by someone.</source>
        <translation>Chaque rôle de la chaîne est tenu par quelqu&apos;un.</translation>
    </message>
    <message numerus="yes">
        <source>Nobody holds {missing} of the %n role(s). Find partners whose usual roles include one:</source>
        <translation>
            <numerusform>Personne ne tient {missing} des %n rôle. Trouvez des partenaires dont les rôles habituels en comprennent un :</numerusform>
            <numerusform>Personne ne tient {missing} des %n rôles. Trouvez des partenaires dont les rôles habituels en comprennent un :</numerusform>
        </translation>
    </message>
    <message>
        <source>Find {role}…</source>
        <translation>Trouver : {role}…</translation>
    </message>
    <message>
        <source>Find partners for the role {role}</source>
        <translation>Trouver des partenaires pour le rôle {role}</translation>
    </message>
    <message>
        <source>No participant has a NUTS 2 region yet.</source>
        <translation>Aucun participant n&apos;a encore de région NUTS 2.</translation>
    </message>
    <message>
        <source>Shared by every region: {areas}.</source>
        <translation>Communs à toutes les régions : {areas}.</translation>
    </message>
    <message>
        <source>No area is shared by every region.</source>
        <translation>Aucun domaine n&apos;est commun à toutes les régions.</translation>
    </message>
    <message>
        <source>Sharing no area with any other region: {regions}.</source>
        <translation>Sans domaine commun avec une autre région : {regions}.</translation>
    </message>
    <message>
        <source>No areas recorded for {regions}.</source>
        <translation>Aucun domaine enregistré pour {regions}.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <source>Give the role {role} to {participant}</source>
        <translation>Attribuer le rôle {role} à {participant}</translation>
    </message>
    <message>
        <source>Take the role {role} from {participant}</source>
        <translation>Retirer le rôle {role} à {participant}</translation>
    </message>
    <message>
        <source>Change thematic priority of {acronym}</source>
        <translation>Modifier la priorité thématique de {acronym}</translation>
    </message>
    <message>
        <source>{role}: organisations whose usual roles include it</source>
        <translation>{role} : organisations dont les rôles habituels le comprennent</translation>
    </message>
    <message>
        <source>S3 areas of {code}</source>
        <translation>Domaines S3 de {code}</translation>
    </message>
    <message>
        <source>Save the picture of the value chain</source>
        <translation>Enregistrer le schéma de la chaîne de valeur</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>{group}: no participants yet.</source>
        <translation>{group} : pas encore de participants.</translation>
    </message>
    <message>
        <source>EUR {amount}, {share} of the EU contribution</source>
        <translation>{amount} EUR, {share} de la contribution de l&apos;UE</translation>
    </message>
    <message>
        <source>no EU contribution planned yet</source>
        <translation>pas encore de contribution de l&apos;UE prévue</translation>
    </message>
    <message>
        <source>Companies (SMEs and large enterprises)</source>
        <translation>Entreprises (PME et grandes entreprises)</translation>
    </message>
    <message>
        <source>SMEs</source>
        <translation>PME</translation>
    </message>
    <message>
        <source>Start-ups</source>
        <translation>Start-ups</translation>
    </message>
    <message>
        <source>Sectors:</source>
        <translation>Secteurs :</translation>
    </message>
    <message>
        <source>Ecosystems:</source>
        <translation>Écosystèmes :</translation>
    </message>
    <message>
        <source>No participant is recorded as a member of a cluster.</source>
        <translation>Aucun participant n&apos;est enregistré comme membre d&apos;un cluster.</translation>
    </message>
</context>
<context>
    <name>WorkPlanPage</name>
    <message>
        <source>there is no work package {token}</source>
        <translation>il n&apos;y a pas de lot de travaux {token}</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>WP</source>
        <translation>WP</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Personnes-mois</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Livrables</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation>Lot de travaux</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Dissemination</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Work packages</source>
        <translation>Lots de travaux</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Moyens de vérification</translation>
    </message>
    <message>
        <source>Work plan tables</source>
        <translation>Tableaux du plan de travail</translation>
    </message>
    <message>
        <source>Add work package</source>
        <translation>Ajouter un lot de travaux</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <source>Add deliverable</source>
        <translation>Ajouter un livrable</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Ajouter un jalon</translation>
    </message>
    <message>
        <source>No work packages yet. Add work package (or the Insert key) adds one; its tasks, deliverables and milestones go in the other tabs.</source>
        <translation>Aucun lot de travaux pour l&apos;instant. « Ajouter un lot de travaux » (ou la touche Inser) en ajoute un ; ses tâches, livrables et jalons se trouvent dans les autres onglets.</translation>
    </message>
    <message>
        <source>Renumber</source>
        <translation>Renuméroter</translation>
    </message>
    <message>
        <source>New work package</source>
        <translation>Nouveau lot de travaux</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>New deliverable</source>
        <translation>Nouveau livrable</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Nouveau jalon</translation>
    </message>
    <message>
        <source>Add a work package first: tasks belong to one.</source>
        <translation>Ajoutez d&apos;abord un lot de travaux : les tâches en font partie.</translation>
    </message>
    <message>
        <source>Add a work package first: deliverables belong to one.</source>
        <translation>Ajoutez d&apos;abord un lot de travaux : les livrables en font partie.</translation>
    </message>
    <message>
        <source>Renumber work packages</source>
        <translation>Renuméroter les lots de travaux</translation>
    </message>
    <message>
        <source>Renumber tasks</source>
        <translation>Renuméroter les tâches</translation>
    </message>
    <message>
        <source>Renumber deliverables</source>
        <translation>Renuméroter les livrables</translation>
    </message>
    <message>
        <source>Renumber milestones</source>
        <translation>Renuméroter les jalons</translation>
    </message>
</context>
</TS>
