<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Theirs (now)</source>
        <translation>Les leurs (actuelles)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Les vôtres</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>Someone else changed this</source>
        <translation>Quelqu’un d’autre a modifié ceci</translation>
    </message>
    <message>
        <source>Since you saw it, someone else changed what you edited. Nothing of yours was written. Keep their values, or apply yours over them.</source>
        <translation>Depuis que vous l’avez affiché, quelqu’un d’autre a modifié ce que vous avez édité. Rien de vos modifications n’a été enregistré. Gardez ses valeurs, ou appliquez les vôtres par-dessus.</translation>
    </message>
    <message>
        <source>Conflicting values</source>
        <translation>Valeurs en conflit</translation>
    </message>
    <message>
        <source>{what}: {field}</source>
        <translation>{what} : {field}</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu’un d’autre</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Garder les leurs</translation>
    </message>
    <message>
        <source>&amp;Apply mine</source>
        <translation>&amp;Appliquer les miennes</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>NUTS 2 region</source>
        <translation>Région NUTS 2</translation>
    </message>
    <message>
        <source>Region category</source>
        <translation>Catégorie de région</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Type d&apos;organisation</translation>
    </message>
    <message>
        <source>SME class</source>
        <translation>Catégorie de PME</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>EU project experience</source>
        <translation>Expérience des projets UE</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear {0}</source>
        <translation>Effacer : {0}</translation>
    </message>
</context>
<context>
    <name>FieldDelegate</name>
    <message>
        <source>this table is read-only here (the workspace or version is open for reading only)</source>
        <translation>ce tableau est ici en lecture seule (l’espace de travail ou la version est ouvert en lecture seule)</translation>
    </message>
    <message>
        <source>a total is computed from the rows above; change those rows</source>
        <translation>un total est calculé à partir des lignes au-dessus ; modifiez ces lignes</translation>
    </message>
    <message>
        <source>this column is filled in by the application; it cannot be typed into</source>
        <translation>cette colonne est remplie par l’application ; on ne peut pas y saisir de texte</translation>
    </message>
    <message>
        <source>{column}: {reason}</source>
        <translation>{column} : {reason}</translation>
    </message>
</context>
<context>
    <name>FileNotice</name>
    <message>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>Ouvrir le fichier exporté</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Show the exported file in its folder</source>
        <translation>Afficher le fichier exporté dans son dossier</translation>
    </message>
    <message>
        <source>Close the export notice</source>
        <translation>Fermer l&apos;avis d&apos;export</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>FirstProjectHint</name>
    <message>
        <source>No project yet</source>
        <translation>Aucun projet</translation>
    </message>
    <message>
        <source>No project yet. Create the first one with {menu} ({shortcut}).</source>
        <translation>Aucun projet pour l’instant. Créez le premier avec {menu} ({shortcut}).</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <source>Partner workbooks of {acronym}</source>
        <translation>Classeurs partenaires de {acronym}</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>All participants (one workbook each, into a folder)</source>
        <translation>Tous les participants (un classeur chacun, dans un dossier)</translation>
    </message>
    <message>
        <source>Language of the workbook</source>
        <translation>Langue du classeur</translation>
    </message>
    <message>
        <source>Write…</source>
        <translation>Écrire…</translation>
    </message>
    <message>
        <source>Each partner fills in their profile, effort per work package and cost lines, and sends the workbook back; Project &gt; Import returned workbooks… reads it.</source>
        <translation>Chaque partenaire remplit son profil, son effort par lot de travaux et ses lignes de coûts, puis renvoie le classeur ; Projet &gt; Importer les classeurs renvoyés… le lit.</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Participant</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Undo/redo</source>
        <translation>Annuler/rétablir</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>annulation</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>rétablissement</translation>
    </message>
    <message>
        <source>Show &amp;older</source>
        <translation>Afficher les plus &amp;anciennes</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Aucune modification enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) shown, newest first.</source>
        <translation>
            <numerusform>%n modification affichée, la plus récente en premier.</numerusform>
            <numerusform>%n modifications affichées, les plus récentes en premier.</numerusform>
        </translation>
    </message>
    <message>
        <source>History of {acronym}</source>
        <translation>Historique de {acronym}</translation>
    </message>
    <message>
        <source>Choose an organisation in the partner directory first.</source>
        <translation>Choisissez d’abord une organisation dans l’annuaire des partenaires.</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>Historique de {name}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigator</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historique des annulations</translation>
    </message>
    <message>
        <source>Total eligible costs</source>
        <translation>Total des coûts éligibles</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>Contribution de l&apos;UE</translation>
    </message>
    <message>
        <source>Errors found by the checks</source>
        <translation>Erreurs trouvées par les vérifications</translation>
    </message>
    <message>
        <source>Workspace mode</source>
        <translation>Mode de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>Consortium Planner will speak {language} from its next start. Close and reopen it to switch now.</source>
        <translation>Consortium Planner s&apos;affichera en {language} à son prochain démarrage. Fermez-le et rouvrez-le pour changer dès maintenant.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>{problem}

Open {file} read-only? You can look at everything and export, but not change it.</source>
        <translation>{problem}

Ouvrir {file} en lecture seule ? Vous pourrez tout consulter et exporter, mais rien modifier.</translation>
    </message>
    <message>
        <source>Workspace in use</source>
        <translation>Espace de travail en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>{workspace} (team workspace, read-only) – {app}</source>
        <translation>{workspace} (espace de travail d’équipe, lecture seule) – {app}</translation>
    </message>
    <message>
        <source>{workspace} (team workspace) – {app}</source>
        <translation>{workspace} (espace de travail d’équipe) – {app}</translation>
    </message>
    <message>
        <source>{workspace} (read-only) – {app}</source>
        <translation>{workspace} (lecture seule) – {app}</translation>
    </message>
    <message>
        <source>{workspace} – {app}</source>
        <translation>{workspace} – {app}</translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can look at everything and export, but not change it.</source>
        <translation>Lecture seule : {reason}. Vous pouvez tout consulter et exporter, mais rien modifier.</translation>
    </message>
    <message>
        <source>The workspace was upgraded; the old file was kept as {file}</source>
        <translation>L&apos;espace de travail a été mis à jour ; l&apos;ancien fichier a été conservé sous {file}</translation>
    </message>
    <message>
        <source>A scenario of {project}: {scenario}</source>
        <translation>Un scénario de {project} : {scenario}</translation>
    </message>
    <message>
        <source>A scenario of {project}</source>
        <translation>Un scénario de {project}</translation>
    </message>
    <message>
        <source>{acronym} · main</source>
        <translation>{acronym} · principal</translation>
    </message>
    <message>
        <source>The main project of its proposal</source>
        <translation>Le projet principal de sa proposition</translation>
    </message>
    <message>
        <source>Versions ({count})</source>
        <translation>Versions ({count})</translation>
    </message>
    <message>
        <source>Frozen copies of the project: open one read-only, restore it as a scenario, or delete it</source>
        <translation>Copies figées du projet : ouvrez-en une en lecture seule, restaurez-la comme scénario ou supprimez-la</translation>
    </message>
    <message>
        <source>{version}: {description} (opens read-only)</source>
        <translation>{version} : {description} (s&apos;ouvre en lecture seule)</translation>
    </message>
    <message>
        <source>Read-only: version {version} of {time}</source>
        <translation>Lecture seule : version {version} du {time}</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Total eligible: {amount}</source>
        <translation>Total éligible : {amount}</translation>
    </message>
    <message>
        <source>EU contribution: {amount}</source>
        <translation>Contribution de l&apos;UE : {amount}</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translation>{count} erreurs</translation>
    </message>
    <message>
        <source>Consortium Planner {version}

Plan interregional consortia, work plans and budgets for EU innovation calls, offline.</source>
        <translation>Consortium Planner {version}

Planifiez des consortiums interrégionaux, des plans de travail et des budgets pour les appels à l&apos;innovation de l&apos;UE, hors ligne.</translation>
    </message>
    <message>
        <source>About Consortium Planner</source>
        <translation>À propos de Consortium Planner</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Overrides for P{number} {name}</source>
        <translation>Valeurs imposées pour P{number} {name}</translation>
    </message>
    <message>
        <source>Override the funding rate</source>
        <translation>Imposer le taux de financement</translation>
    </message>
    <message>
        <source>Funding rate</source>
        <translation>Taux de financement</translation>
    </message>
    <message>
        <source>e.g. 70 %</source>
        <translation>p. ex. 70 %</translation>
    </message>
    <message>
        <source>Reason for the funding rate</source>
        <translation>Motif du taux de financement</translation>
    </message>
    <message>
        <source>Override the region category</source>
        <translation>Imposer la catégorie de région</translation>
    </message>
    <message>
        <source>Region category</source>
        <translation>Catégorie de région</translation>
    </message>
    <message>
        <source>Reason for the region category</source>
        <translation>Motif de la catégorie de région</translation>
    </message>
    <message>
        <source>Funding rate:</source>
        <translation>Taux de financement :</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>From the call profile and data: {rate}</source>
        <translation>D&apos;après le profil d&apos;appel et les données : {rate}</translation>
    </message>
    <message>
        <source>Region category:</source>
        <translation>Catégorie de région :</translation>
    </message>
    <message>
        <source>Current: {category} ({source})</source>
        <translation>Actuelle : {category} ({source})</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
</context>
<context>
    <name>PartnerFinder</name>
    <message>
        <source>Add participants to {0}</source>
        <translation>Ajouter des participants à {0}</translation>
    </message>
    <message>
        <source>What the consortium lacks</source>
        <translation>Ce qui manque au consortium</translation>
    </message>
    <message>
        <source>Every organisation not yet in {0}</source>
        <translation>Toutes les organisations pas encore dans {0}</translation>
    </message>
    <message>
        <source>Search names, PIC, VAT, city, clusters, notes</source>
        <translation>Rechercher noms, PIC, TVA, ville, clusters, notes</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Rechercher des organisations</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>{0} organisations not in {1}</source>
        <translation>{0} organisations hors de {1}</translation>
    </message>
    <message>
        <source>Add selected</source>
        <translation>Ajouter la sélection</translation>
    </message>
    <message>
        <source>Proposed from the project&apos;s checks:</source>
        <translation>Proposées d&apos;après les vérifications du projet :</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Acronym</source>
        <translation>Acronyme</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Acronyme :</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>e.g. P7 leaves, a Polish SME joins</source>
        <translation>p. ex. P7 part, une PME polonaise arrive</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scénario :</translation>
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
        <source>Duration in months</source>
        <translation>Durée en mois</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Call &amp;profile:</source>
        <translation>&amp;Profil d&apos;appel :</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée :</translation>
    </message>
</context>
<context>
    <name>ReturnsPreviewDialog</name>
    <message>
        <source>Import returned workbooks</source>
        <translation>Importer les classeurs renvoyés</translation>
    </message>
    <message>
        <source>Returned workbooks</source>
        <translation>Classeurs renvoyés</translation>
    </message>
    <message>
        <source>Changes of the selected workbook</source>
        <translation>Modifications du classeur sélectionné</translation>
    </message>
    <message>
        <source>Import checked files</source>
        <translation>Importer les fichiers cochés</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Check the files to import; a file with errors changes nothing. Edit &gt; Undo takes the whole import back.</source>
        <translation>Rien n&apos;a encore changé. Cochez les fichiers à importer ; un fichier comportant des erreurs ne change rien. Édition &gt; Annuler défait toute l&apos;importation.</translation>
    </message>
    <message>
        <source>✗ {file} (errors)</source>
        <translation>✗ {file} (erreurs)</translation>
    </message>
    <message>
        <source>= {file} (no changes)</source>
        <translation>= {file} (aucune modification)</translation>
    </message>
    <message>
        <source>{file} (changes: {count})</source>
        <translation>{file} (modifications : {count})</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search {table}</source>
        <translation>Rechercher : {table}</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Totals of {table}</source>
        <translation>Totaux de {table}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove selected rows</source>
        <translation>Retirer les lignes sélectionnées</translation>
    </message>
</context>
<context>
    <name>TeamWorkspaceDialog</name>
    <message>
        <source>Open team workspace</source>
        <translation>Ouvrir un espace de travail d’équipe</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>par défaut (5432)</translation>
    </message>
    <message>
        <source>a name from pg_service.conf (instead of the above)</source>
        <translation>un nom de pg_service.conf (au lieu de ce qui précède)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Hôte</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>The password is asked for when the server needs it and is never stored; ~/.pgpass and PGPASSWORD are used when set.</source>
        <translation>Le mot de passe est demandé quand le serveur l’exige et n’est jamais enregistré ; ~/.pgpass et PGPASSWORD sont utilisés s’ils sont définis.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password for {address}:</source>
        <translation>Mot de passe pour {address} :</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Plan consortia, work plans and budgets for EU innovation calls, offline. A workspace file (.cpw) holds your partner directory and your projects.</source>
        <translation>Planifiez consortiums, plans de travail et budgets pour les appels à l&apos;innovation de l&apos;UE, hors ligne. Un fichier d&apos;espace de travail (.cpw) contient votre annuaire des partenaires et vos projets.</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Ouvrir l&apos;espace de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espaces de travail récents</translation>
    </message>
    <message>
        <source>You can also drop a .cpw file onto this window.</source>
        <translation>Vous pouvez aussi déposer un fichier .cpw sur cette fenêtre.</translation>
    </message>
    <message>
        <source>A team workspace on a PostgreSQL server</source>
        <translation>Un espace de travail d’équipe sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>This file no longer exists</source>
        <translation>Ce fichier n&apos;existe plus</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open &amp;team workspace…</source>
        <translation>Ouvrir un es&amp;pace de travail d’équipe…</translation>
    </message>
    <message>
        <source>Open a workspace shared on a PostgreSQL server</source>
        <translation>Ouvrir un espace de travail partagé sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Ouvrir l&apos;espace de &amp;démonstration</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Import organisations…</source>
        <translation>Importer des organi&amp;sations…</translation>
    </message>
    <message>
        <source>Read an organisation list (xlsx, xlsm, ods, csv) into the partner directory</source>
        <translation>Lire une liste d&apos;organisations (xlsx, xlsm, ods, csv) dans l&apos;annuaire des partenaires</translation>
    </message>
    <message>
        <source>Import region cate&amp;gories…</source>
        <translation>Importer des caté&amp;gories de région…</translation>
    </message>
    <message>
        <source>Read a table of NUTS 2 codes and their region categories (CSV)</source>
        <translation>Lire un tableau de codes NUTS 2 et de leurs catégories de région (CSV)</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>&amp;Fermer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>A&amp;jouter une ligne</translation>
    </message>
    <message>
        <source>Re&amp;move selected rows</source>
        <translation>Re&amp;tirer les lignes sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>&amp;Find in table</source>
        <translation>Rec&amp;hercher dans le tableau</translation>
    </message>
    <message>
        <source>Find &amp;duplicate organisations…</source>
        <translation>Trouver les organisations en &amp;double…</translation>
    </message>
    <message>
        <source>Group likely duplicates of the partner directory, merge or dismiss them</source>
        <translation>Regrouper les doublons probables de l&apos;annuaire des partenaires, les fusionner ou les écarter</translation>
    </message>
    <message>
        <source>Organisation h&amp;istory…</source>
        <translation>Historique de l’organi&amp;sation…</translation>
    </message>
    <message>
        <source>Who changed what of the organisation chosen in the partner directory</source>
        <translation>Qui a modifié quoi dans l’organisation choisie dans l’annuaire des partenaires</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Duplicate project (what-if)…</source>
        <translation>&amp;Dupliquer le projet (simulation)…</translation>
    </message>
    <message>
        <source>&amp;Rename project…</source>
        <translation>&amp;Renommer le projet…</translation>
    </message>
    <message>
        <source>De&amp;lete project…</source>
        <translation>&amp;Supprimer le projet…</translation>
    </message>
    <message>
        <source>New &amp;scenario…</source>
        <translation>Nouvea&amp;u scénario…</translation>
    </message>
    <message>
        <source>Copy the project as a what-if scenario of its proposal</source>
        <translation>Copier le projet comme scénario de simulation de sa proposition</translation>
    </message>
    <message>
        <source>Make &amp;main project</source>
        <translation>Définir comme projet &amp;principal</translation>
    </message>
    <message>
        <source>Make this scenario the main project of its proposal</source>
        <translation>Faire de ce scénario le projet principal de sa proposition</translation>
    </message>
    <message>
        <source>&amp;Take a version…</source>
        <translation>Prendre une &amp;version…</translation>
    </message>
    <message>
        <source>Keep the project as it is now, with a note (&quot;sent to partners on 3 May&quot;)</source>
        <translation>Conserver le projet tel qu&apos;il est maintenant, avec une note (« envoyé aux partenaires le 3 mai »)</translation>
    </message>
    <message>
        <source>Restore version as scenario…</source>
        <translation>Restaurer la version comme scénario…</translation>
    </message>
    <message>
        <source>Make the version shown a new scenario of its proposal</source>
        <translation>Faire de la version affichée un nouveau scénario de sa proposition</translation>
    </message>
    <message>
        <source>Delete version…</source>
        <translation>Supprimer la version…</translation>
    </message>
    <message>
        <source>Project &amp;history…</source>
        <translation>&amp;Historique du projet…</translation>
    </message>
    <message>
        <source>Who changed what in this project, and when (the edit log)</source>
        <translation>Qui a modifié quoi dans ce projet, et quand (le journal des modifications)</translation>
    </message>
    <message>
        <source>Partner &amp;workbooks…</source>
        <translation>&amp;Classeurs partenaires…</translation>
    </message>
    <message>
        <source>Write the workbook each partner fills in and sends back</source>
        <translation>Écrire le classeur que chaque partenaire remplit et renvoie</translation>
    </message>
    <message>
        <source>&amp;Import returned workbooks…</source>
        <translation>&amp;Importer les classeurs renvoyés…</translation>
    </message>
    <message>
        <source>Show what the returned partner workbooks change, then apply them</source>
        <translation>Montrer ce que changent les classeurs renvoyés par les partenaires, puis les appliquer</translation>
    </message>
    <message>
        <source>Compare report as PD&amp;F…</source>
        <translation>Rapport de comparaison en PD&amp;F…</translation>
    </message>
    <message>
        <source>Write what differs between the projects the Compare page shows (PDF)</source>
        <translation>Écrire ce qui diffère entre les projets affichés par la page Comparer (PDF)</translation>
    </message>
    <message>
        <source>Compare report as E&amp;xcel…</source>
        <translation>Rapport de comparaison en E&amp;xcel…</translation>
    </message>
    <message>
        <source>Write the comparison the Compare page shows, deltas as live formulas</source>
        <translation>Écrire la comparaison affichée par la page Comparer, écarts en formules actives</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;Navigateur</translation>
    </message>
    <message>
        <source>Undo &amp;history</source>
        <translation>&amp;Historique des annulations</translation>
    </message>
    <message>
        <source>&amp;About Consortium Planner</source>
        <translation>À &amp;propos de Consortium Planner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;PDF report…</source>
        <translation>Rapport &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Excel workbook…</source>
        <translation>Classeur &amp;Excel…</translation>
    </message>
    <message>
        <source>&amp;CSV tables…</source>
        <translation>Tableaux &amp;CSV…</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>choose an entry from the list</source>
        <translation>choisissez une entrée de la liste</translation>
    </message>
    <message>
        <source>{text} is not one of the choices</source>
        <translation>{text} ne fait pas partie des choix</translation>
    </message>
    <message>
        <source>{text} matches several entries; type more of the name</source>
        <translation>{text} correspond à plusieurs entrées ; tapez davantage du nom</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Redo of “{edit}” refused: {reason}</source>
        <translation>Rétablissement de « {edit} » refusé : {reason}</translation>
    </message>
    <message>
        <source>Undo of “{edit}” refused: {reason}</source>
        <translation>Annulation de « {edit} » refusée : {reason}</translation>
    </message>
    <message>
        <source>They are already numbered 1, 2, 3 … without gaps.</source>
        <translation>Ils sont déjà numérotés 1, 2, 3 … sans trou.</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: {problems}</source>
        <translation>Rien n&apos;a été importé de {file} : {problems}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Consortium Planner: unexpected error</source>
        <translation>Consortium Planner : erreur inattendue</translation>
    </message>
    <message>
        <source>The details were written to {file}.</source>
        <translation>Les détails ont été écrits dans {file}.</translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation>Les détails n&apos;ont pas pu être écrits dans un journal.</translation>
    </message>
    <message>
        <source>Something went wrong that should not have. Your workspace is saved after every change, so you can keep working; if it happens again, please send the log file to the developers.

{summary}

{where}</source>
        <translation>Une erreur qui n&apos;aurait pas dû se produire est survenue. Votre espace de travail est enregistré après chaque modification, vous pouvez donc continuer ; si cela se reproduit, envoyez le journal aux développeurs.

{summary}

{where}</translation>
    </message>
    <message>
        <source>Workspace problem</source>
        <translation>Problème d&apos;espace de travail</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Écriture de {file}…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export cancelled; no file was changed.</source>
        <translation>Export annulé ; aucun fichier n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>L&apos;export a échoué : {error}</translation>
    </message>
    <message>
        <source>Wrote {count} files into {folder}</source>
        <translation>{count} fichiers écrits dans {folder}</translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation>Exporté vers {file}</translation>
    </message>
    <message>
        <source>Language of the export:</source>
        <translation>Langue de l’export :</translation>
    </message>
    <message>
        <source>Export {acronym}</source>
        <translation>Exporter {acronym}</translation>
    </message>
    <message>
        <source>Export {acronym} as CSV tables</source>
        <translation>Exporter {acronym} en tableaux CSV</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Classeurs Excel (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>“{text}” is not a date (e.g. {example} or 2027-12-31)</source>
        <translation>« {text} » n&apos;est pas une date (par ex. {example} ou 2027-12-31)</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Partner directory</source>
        <translation>Annuaire des partenaires</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>Consortium</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <source>Effort matrix</source>
        <translation>Matrice d&apos;effort</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Value chain</source>
        <translation>Chaîne de valeur</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
</context>
<context>
    <name>partner_workbooks</name>
    <message>
        <source>{file} cannot be imported:</source>
        <translation>{file} ne peut pas être importé :</translation>
    </message>
    <message>
        <source>No changes: the workspace already holds what this workbook says.</source>
        <translation>Aucune modification : l&apos;espace de travail contient déjà ce que dit ce classeur.</translation>
    </message>
    <message>
        <source>Error: {problem}</source>
        <translation>Erreur : {problem}</translation>
    </message>
    <message>
        <source>Warning: {problem}</source>
        <translation>Avertissement : {problem}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Remarque : {note}</translation>
    </message>
    <message>
        <source>Returned workbooks imported: {count} ({files}).</source>
        <translation>Classeurs renvoyés importés : {count} ({files}).</translation>
    </message>
    <message>
        <source>Returned workbooks imported: {count}.</source>
        <translation>Classeurs renvoyés importés : {count}.</translation>
    </message>
    <message>
        <source>Not imported: {count}:</source>
        <translation>Non importés : {count} :</translation>
    </message>
    <message>
        <source>{acronym} has no participants yet.</source>
        <translation>{acronym} n&apos;a pas encore de participants.</translation>
    </message>
    <message>
        <source>Folder for the partner workbooks of {acronym}</source>
        <translation>Dossier des classeurs partenaires de {acronym}</translation>
    </message>
    <message>
        <source>Partner workbook</source>
        <translation>Classeur partenaire</translation>
    </message>
    <message>
        <source>Writing the partner workbooks…</source>
        <translation>Écriture des classeurs partenaires…</translation>
    </message>
    <message>
        <source>Writing the partner workbook…</source>
        <translation>Écriture du classeur partenaire…</translation>
    </message>
    <message>
        <source>Partner workbooks</source>
        <translation>Classeurs partenaires</translation>
    </message>
    <message>
        <source>Import returned partner workbooks</source>
        <translation>Importer les classeurs renvoyés par les partenaires</translation>
    </message>
    <message>
        <source>Reading workbooks: {count}…</source>
        <translation>Lecture des classeurs : {count}…</translation>
    </message>
    <message>
        <source>Importing workbooks: {count}…</source>
        <translation>Importation des classeurs : {count}…</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importer {file}</translation>
    </message>
    <message>
        <source>Import returned workbooks: {count}</source>
        <translation>Importer les classeurs renvoyés : {count}</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Call profile</source>
        <translation>Profil d&apos;appel</translation>
    </message>
    <message>
        <source>Thematic priority</source>
        <translation>Priorité thématique</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} mois</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>Consortium</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Dénomination légale</translation>
    </message>
    <message>
        <source>PIC</source>
        <translation>PIC</translation>
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
        <source>Category</source>
        <translation>Catégorie</translation>
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
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Budget ({currency})</source>
        <translation>Budget ({currency})</translation>
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
        <source>EU contribution</source>
        <translation>Contribution de l&apos;UE</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Own contribution: {amount}; person-months: {months}; indirect costs {rate} of {base}.</source>
        <translation>Contribution propre : {amount} ; personnes-mois : {months} ; coûts indirects {rate} de {base}.</translation>
    </message>
    <message>
        <source>Work packages</source>
        <translation>Lots de travaux</translation>
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
        <source>Lead</source>
        <translation>Responsable</translation>
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
        <source>Deliverables</source>
        <translation>Livrables</translation>
    </message>
    <message>
        <source>Dissemination</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>Due month</source>
        <translation>Mois d&apos;échéance</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Moyens de vérification</translation>
    </message>
    <message>
        <source>Eligibility checks</source>
        <translation>Vérifications d&apos;éligibilité</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Aucun constat.</translation>
    </message>
    <message>
        <source>{acronym} consortium summary</source>
        <translation>Synthèse du consortium {acronym}</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Print the consortium summary</source>
        <translation>Imprimer la synthèse du consortium</translation>
    </message>
    <message>
        <source>The summary was sent to the printer.</source>
        <translation>La synthèse a été envoyée à l&apos;imprimante.</translation>
    </message>
</context>
<context>
    <name>projects</name>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>New project {acronym}</source>
        <translation>Nouveau projet {acronym}</translation>
    </message>
    <message>
        <source>Duplicate {acronym} as a what-if scenario</source>
        <translation>Dupliquer {acronym} comme scénario de simulation</translation>
    </message>
    <message>
        <source>Duplicate {acronym} as {copy}</source>
        <translation>Dupliquer {acronym} sous le nom {copy}</translation>
    </message>
    <message>
        <source>Rename {acronym}</source>
        <translation>Renommer {acronym}</translation>
    </message>
    <message>
        <source>Rename {acronym} to {new}</source>
        <translation>Renommer {acronym} en {new}</translation>
    </message>
    <message>
        <source>Delete the project {acronym} with its participants, work plan, effort and costs? The organisations stay in the directory. Edit &gt; Undo brings the project back.</source>
        <translation>Supprimer le projet {acronym} avec ses participants, son plan de travail, son effort et ses coûts ? Les organisations restent dans l&apos;annuaire. Édition &gt; Annuler rétablit le projet.</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Supprimer le projet</translation>
    </message>
    <message>
        <source>Delete project {acronym}</source>
        <translation>Supprimer le projet {acronym}</translation>
    </message>
</context>
<context>
    <name>scenarios</name>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>New scenario of {acronym}</source>
        <translation>Nouveau scénario de {acronym}</translation>
    </message>
    <message>
        <source>New scenario {scenario} of {acronym}</source>
        <translation>Nouveau scénario {scenario} de {acronym}</translation>
    </message>
    <message>
        <source>Make {acronym} the main project</source>
        <translation>Faire de {acronym} le projet principal</translation>
    </message>
    <message>
        <source>Take a version of {acronym}</source>
        <translation>Prendre une version de {acronym}</translation>
    </message>
    <message>
        <source>Take a version of {acronym}: {note}</source>
        <translation>Prendre une version de {acronym} : {note}</translation>
    </message>
    <message>
        <source>Restore {version} as a new scenario</source>
        <translation>Restaurer {version} comme nouveau scénario</translation>
    </message>
    <message>
        <source>restored from {version}</source>
        <translation>restauré depuis {version}</translation>
    </message>
    <message>
        <source>Restore {version} as {acronym}</source>
        <translation>Restaurer {version} sous le nom {acronym}</translation>
    </message>
    <message>
        <source>Delete version {version} ({description})? Edit &gt; Undo brings it back.</source>
        <translation>Supprimer la version {version} ({description}) ? Édition &gt; Annuler la rétablit.</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>Supprimer la version</translation>
    </message>
    <message>
        <source>Delete version {version}</source>
        <translation>Supprimer la version {version}</translation>
    </message>
</context>
<context>
    <name>workspace_files</name>
    <message>
        <source>Consortium Planner workspaces (*.cpw);;All files (*)</source>
        <translation>Espaces de travail Consortium Planner (*.cpw);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>the copy differs from the team workspace: {differences}</source>
        <translation>la copie diffère de l’espace de travail d’équipe : {differences}</translation>
    </message>
    <message>
        <source>Saved a copy as {file}</source>
        <translation>Copie enregistrée sous {file}</translation>
    </message>
</context>
</TS>
