<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Theirs (now)</source>
        <translation>De la otra persona (ahora)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Los de usted</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modificado por</translation>
    </message>
    <message>
        <source>Someone else changed this</source>
        <translation>Otra persona ha cambiado esto</translation>
    </message>
    <message>
        <source>Since you saw it, someone else changed what you edited. Nothing of yours was written. Keep their values, or apply yours over them.</source>
        <translation>Desde que lo vio, otra persona ha cambiado lo que usted editó. No se ha guardado nada de sus cambios. Conserve los valores de la otra persona o aplique los suyos encima.</translation>
    </message>
    <message>
        <source>Conflicting values</source>
        <translation>Valores en conflicto</translation>
    </message>
    <message>
        <source>{what}: {field}</source>
        <translation>{what}: {field}</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>otra persona</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Conservar los de la otra persona</translation>
    </message>
    <message>
        <source>&amp;Apply mine</source>
        <translation>&amp;Aplicar los míos</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>NUTS 2 region</source>
        <translation>Región NUTS 2</translation>
    </message>
    <message>
        <source>Region category</source>
        <translation>Categoría de región</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Tipo de organización</translation>
    </message>
    <message>
        <source>SME class</source>
        <translation>Categoría de pyme</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>EU project experience</source>
        <translation>Experiencia en proyectos UE</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Borrar todos los filtros</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear {0}</source>
        <translation>Borrar: {0}</translation>
    </message>
</context>
<context>
    <name>FieldDelegate</name>
    <message>
        <source>this table is read-only here (the workspace or version is open for reading only)</source>
        <translation>esta tabla es aquí de solo lectura (el espacio de trabajo o la versión está abierto solo para leer)</translation>
    </message>
    <message>
        <source>a total is computed from the rows above; change those rows</source>
        <translation>un total se calcula a partir de las filas de arriba; cambie esas filas</translation>
    </message>
    <message>
        <source>this column is filled in by the application; it cannot be typed into</source>
        <translation>esta columna la rellena la aplicación; no se puede escribir en ella</translation>
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
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Abrir el archivo</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>Abrir el archivo exportado</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Show the exported file in its folder</source>
        <translation>Mostrar el archivo exportado en su carpeta</translation>
    </message>
    <message>
        <source>Close the export notice</source>
        <translation>Cerrar el aviso de exportación</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
</context>
<context>
    <name>FirstProjectHint</name>
    <message>
        <source>No project yet</source>
        <translation>Aún no hay proyectos</translation>
    </message>
    <message>
        <source>No project yet. Create the first one with {menu} ({shortcut}).</source>
        <translation>Aún no hay proyectos. Cree el primero con {menu} ({shortcut}).</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <source>Partner workbooks of {acronym}</source>
        <translation>Libros de los socios de {acronym}</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>All participants (one workbook each, into a folder)</source>
        <translation>Todos los participantes (un libro cada uno, en una carpeta)</translation>
    </message>
    <message>
        <source>Language of the workbook</source>
        <translation>Idioma del libro</translation>
    </message>
    <message>
        <source>Write…</source>
        <translation>Escribir…</translation>
    </message>
    <message>
        <source>Each partner fills in their profile, effort per work package and cost lines, and sends the workbook back; Project &gt; Import returned workbooks… reads it.</source>
        <translation>Cada socio rellena su perfil, el esfuerzo por paquete de trabajo y las líneas de costes, y devuelve el libro; Proyecto &gt; Importar libros devueltos… lo lee.</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Participante</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Undo/redo</source>
        <translation>Deshacer/rehacer</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>deshacer</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>rehacer</translation>
    </message>
    <message>
        <source>Show &amp;older</source>
        <translation>Mostrar las más &amp;antiguas</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>No hay cambios registrados.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) shown, newest first.</source>
        <translation>
            <numerusform>%n cambio mostrado, el más reciente primero.</numerusform>
            <numerusform>%n cambios mostrados, los más recientes primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>History of {acronym}</source>
        <translation>Historial de {acronym}</translation>
    </message>
    <message>
        <source>Choose an organisation in the partner directory first.</source>
        <translation>Elija primero una organización en el directorio de socios.</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>Historial de {name}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigator</source>
        <translation>Navegador</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historial de deshacer</translation>
    </message>
    <message>
        <source>Total eligible costs</source>
        <translation>Total de costes subvencionables</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>Contribución de la UE</translation>
    </message>
    <message>
        <source>Errors found by the checks</source>
        <translation>Errores encontrados por las comprobaciones</translation>
    </message>
    <message>
        <source>Workspace mode</source>
        <translation>Modo del espacio de trabajo</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>No hay espacios de trabajo recientes</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Idioma del sistema ({language})</translation>
    </message>
    <message>
        <source>Consortium Planner will speak {language} from its next start. Close and reopen it to switch now.</source>
        <translation>Consortium Planner usará {language} a partir del próximo inicio. Ciérrelo y vuelva a abrirlo para cambiar ahora.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>{problem}

Open {file} read-only? You can look at everything and export, but not change it.</source>
        <translation>{problem}

¿Abrir {file} en modo de solo lectura? Podrá verlo todo y exportar, pero no modificar nada.</translation>
    </message>
    <message>
        <source>Workspace in use</source>
        <translation>Espacio de trabajo en uso</translation>
    </message>
    <message>
        <source>{workspace} (team workspace, read-only) – {app}</source>
        <translation>{workspace} (espacio de trabajo de equipo, solo lectura) – {app}</translation>
    </message>
    <message>
        <source>{workspace} (team workspace) – {app}</source>
        <translation>{workspace} (espacio de trabajo de equipo) – {app}</translation>
    </message>
    <message>
        <source>{workspace} (read-only) – {app}</source>
        <translation>{workspace} (solo lectura) – {app}</translation>
    </message>
    <message>
        <source>{workspace} – {app}</source>
        <translation>{workspace} – {app}</translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can look at everything and export, but not change it.</source>
        <translation>Solo lectura: {reason}. Puede verlo y exportarlo todo, pero no modificarlo.</translation>
    </message>
    <message>
        <source>The workspace was upgraded; the old file was kept as {file}</source>
        <translation>El espacio de trabajo se ha actualizado; el archivo anterior se ha guardado como {file}</translation>
    </message>
    <message>
        <source>A scenario of {project}: {scenario}</source>
        <translation>Un escenario de {project}: {scenario}</translation>
    </message>
    <message>
        <source>A scenario of {project}</source>
        <translation>Un escenario de {project}</translation>
    </message>
    <message>
        <source>{acronym} · main</source>
        <translation>{acronym} · principal</translation>
    </message>
    <message>
        <source>The main project of its proposal</source>
        <translation>El proyecto principal de su propuesta</translation>
    </message>
    <message>
        <source>Versions ({count})</source>
        <translation>Versiones ({count})</translation>
    </message>
    <message>
        <source>Frozen copies of the project: open one read-only, restore it as a scenario, or delete it</source>
        <translation>Copias congeladas del proyecto: abra una en solo lectura, restáurela como escenario o elimínela</translation>
    </message>
    <message>
        <source>{version}: {description} (opens read-only)</source>
        <translation>{version}: {description} (se abre en solo lectura)</translation>
    </message>
    <message>
        <source>Read-only: version {version} of {time}</source>
        <translation>Solo lectura: versión {version} del {time}</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Total eligible: {amount}</source>
        <translation>Total subvencionable: {amount}</translation>
    </message>
    <message>
        <source>EU contribution: {amount}</source>
        <translation>Contribución de la UE: {amount}</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 error</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translation>{count} errores</translation>
    </message>
    <message>
        <source>Consortium Planner {version}

Plan interregional consortia, work plans and budgets for EU innovation calls, offline.</source>
        <translation>Consortium Planner {version}

Planifique consorcios interregionales, planes de trabajo y presupuestos para convocatorias de innovación de la UE, sin conexión.</translation>
    </message>
    <message>
        <source>About Consortium Planner</source>
        <translation>Acerca de Consortium Planner</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Overrides for P{number} {name}</source>
        <translation>Excepciones para P{number} {name}</translation>
    </message>
    <message>
        <source>Override the funding rate</source>
        <translation>Fijar otro porcentaje de financiación</translation>
    </message>
    <message>
        <source>Funding rate</source>
        <translation>Porcentaje de financiación</translation>
    </message>
    <message>
        <source>e.g. 70 %</source>
        <translation>p. ej. 70 %</translation>
    </message>
    <message>
        <source>Reason for the funding rate</source>
        <translation>Motivo del porcentaje de financiación</translation>
    </message>
    <message>
        <source>Override the region category</source>
        <translation>Fijar otra categoría de región</translation>
    </message>
    <message>
        <source>Region category</source>
        <translation>Categoría de región</translation>
    </message>
    <message>
        <source>Reason for the region category</source>
        <translation>Motivo de la categoría de región</translation>
    </message>
    <message>
        <source>Funding rate:</source>
        <translation>Porcentaje de financiación:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>From the call profile and data: {rate}</source>
        <translation>Según el perfil de convocatoria y los datos: {rate}</translation>
    </message>
    <message>
        <source>Region category:</source>
        <translation>Categoría de región:</translation>
    </message>
    <message>
        <source>Current: {category} ({source})</source>
        <translation>Actual: {category} ({source})</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
</context>
<context>
    <name>PartnerFinder</name>
    <message>
        <source>Add participants to {0}</source>
        <translation>Añadir participantes a {0}</translation>
    </message>
    <message>
        <source>What the consortium lacks</source>
        <translation>Lo que le falta al consorcio</translation>
    </message>
    <message>
        <source>Every organisation not yet in {0}</source>
        <translation>Todas las organizaciones que aún no están en {0}</translation>
    </message>
    <message>
        <source>Search names, PIC, VAT, city, clusters, notes</source>
        <translation>Buscar nombres, PIC, IVA, ciudad, clústeres, notas</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Buscar organizaciones</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>{0} organisations not in {1}</source>
        <translation>{0} organizaciones fuera de {1}</translation>
    </message>
    <message>
        <source>Add selected</source>
        <translation>Añadir la selección</translation>
    </message>
    <message>
        <source>Proposed from the project&apos;s checks:</source>
        <translation>Propuestas según las comprobaciones del proyecto:</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Acronym</source>
        <translation>Acrónimo</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Acrónimo:</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>e.g. P7 leaves, a Polish SME joins</source>
        <translation>p. ej. P7 sale, entra una pyme polaca</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Escenario:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Call profile</source>
        <translation>Perfil de convocatoria</translation>
    </message>
    <message>
        <source>Duration in months</source>
        <translation>Duración en meses</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Call &amp;profile:</source>
        <translation>&amp;Perfil de convocatoria:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
</context>
<context>
    <name>ReturnsPreviewDialog</name>
    <message>
        <source>Import returned workbooks</source>
        <translation>Importar los libros devueltos</translation>
    </message>
    <message>
        <source>Returned workbooks</source>
        <translation>Libros devueltos</translation>
    </message>
    <message>
        <source>Changes of the selected workbook</source>
        <translation>Cambios del libro seleccionado</translation>
    </message>
    <message>
        <source>Import checked files</source>
        <translation>Importar los archivos marcados</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Check the files to import; a file with errors changes nothing. Edit &gt; Undo takes the whole import back.</source>
        <translation>Todavía no ha cambiado nada. Marque los archivos que desea importar; un archivo con errores no cambia nada. Edición &gt; Deshacer revierte toda la importación.</translation>
    </message>
    <message>
        <source>✗ {file} (errors)</source>
        <translation>✗ {file} (errores)</translation>
    </message>
    <message>
        <source>= {file} (no changes)</source>
        <translation>= {file} (sin cambios)</translation>
    </message>
    <message>
        <source>{file} (changes: {count})</source>
        <translation>{file} (cambios: {count})</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search {table}</source>
        <translation>Buscar: {table}</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Totals of {table}</source>
        <translation>Totales de {table}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <source>Remove selected rows</source>
        <translation>Quitar las filas seleccionadas</translation>
    </message>
</context>
<context>
    <name>TeamWorkspaceDialog</name>
    <message>
        <source>Open team workspace</source>
        <translation>Abrir un espacio de trabajo de equipo</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>predeterminado (5432)</translation>
    </message>
    <message>
        <source>a name from pg_service.conf (instead of the above)</source>
        <translation>un nombre de pg_service.conf (en lugar de lo anterior)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Puerto</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de datos</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>Ser&amp;vicio</translation>
    </message>
    <message>
        <source>The password is asked for when the server needs it and is never stored; ~/.pgpass and PGPASSWORD are used when set.</source>
        <translation>La contraseña se pide cuando el servidor la necesita y nunca se guarda; se usan ~/.pgpass y PGPASSWORD si están definidos.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password for {address}:</source>
        <translation>Contraseña para {address}:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Plan consortia, work plans and budgets for EU innovation calls, offline. A workspace file (.cpw) holds your partner directory and your projects.</source>
        <translation>Planifique consorcios, planes de trabajo y presupuestos para convocatorias de innovación de la UE, sin conexión. Un archivo de espacio de trabajo (.cpw) contiene su directorio de socios y sus proyectos.</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Abrir el espacio de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Abrir un espacio de trabajo…</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espacios de trabajo recientes</translation>
    </message>
    <message>
        <source>You can also drop a .cpw file onto this window.</source>
        <translation>También puede soltar un archivo .cpw en esta ventana.</translation>
    </message>
    <message>
        <source>A team workspace on a PostgreSQL server</source>
        <translation>Un espacio de trabajo de equipo en un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>This file no longer exists</source>
        <translation>Este archivo ya no existe</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Abrir un espacio de trabajo…</translation>
    </message>
    <message>
        <source>Open &amp;team workspace…</source>
        <translation>Abrir un espacio de trabajo de e&amp;quipo…</translation>
    </message>
    <message>
        <source>Open a workspace shared on a PostgreSQL server</source>
        <translation>Abrir un espacio de trabajo compartido en un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Abrir el espacio de &amp;demostración</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>&amp;Guardar una copia…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Import organisations…</source>
        <translation>Importar &amp;organizaciones…</translation>
    </message>
    <message>
        <source>Read an organisation list (xlsx, xlsm, ods, csv) into the partner directory</source>
        <translation>Leer una lista de organizaciones (xlsx, xlsm, ods, csv) en el directorio de socios</translation>
    </message>
    <message>
        <source>Import region cate&amp;gories…</source>
        <translation>Importar ca&amp;tegorías de región…</translation>
    </message>
    <message>
        <source>Read a table of NUTS 2 codes and their region categories (CSV)</source>
        <translation>Leer una tabla de códigos NUTS 2 y sus categorías de región (CSV)</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>&amp;Cerrar el espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Añadir fila</translation>
    </message>
    <message>
        <source>Re&amp;move selected rows</source>
        <translation>&amp;Quitar las filas seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>&amp;Find in table</source>
        <translation>&amp;Buscar en la tabla</translation>
    </message>
    <message>
        <source>Find &amp;duplicate organisations…</source>
        <translation>Buscar organi&amp;zaciones duplicadas…</translation>
    </message>
    <message>
        <source>Group likely duplicates of the partner directory, merge or dismiss them</source>
        <translation>Agrupar los probables duplicados del directorio de socios, fusionarlos o descartarlos</translation>
    </message>
    <message>
        <source>Organisation h&amp;istory…</source>
        <translation>&amp;Historial de la organización…</translation>
    </message>
    <message>
        <source>Who changed what of the organisation chosen in the partner directory</source>
        <translation>Quién cambió qué en la organización elegida en el directorio de socios</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>&amp;Duplicate project (what-if)…</source>
        <translation>&amp;Duplicar el proyecto (simulación)…</translation>
    </message>
    <message>
        <source>&amp;Rename project…</source>
        <translation>&amp;Renombrar el proyecto…</translation>
    </message>
    <message>
        <source>De&amp;lete project…</source>
        <translation>&amp;Eliminar el proyecto…</translation>
    </message>
    <message>
        <source>New &amp;scenario…</source>
        <translation>Nuevo es&amp;cenario…</translation>
    </message>
    <message>
        <source>Copy the project as a what-if scenario of its proposal</source>
        <translation>Copiar el proyecto como escenario de simulación de su propuesta</translation>
    </message>
    <message>
        <source>Make &amp;main project</source>
        <translation>Convertir en proyecto &amp;principal</translation>
    </message>
    <message>
        <source>Make this scenario the main project of its proposal</source>
        <translation>Convertir este escenario en el proyecto principal de su propuesta</translation>
    </message>
    <message>
        <source>&amp;Take a version…</source>
        <translation>&amp;Guardar una versión…</translation>
    </message>
    <message>
        <source>Keep the project as it is now, with a note (&quot;sent to partners on 3 May&quot;)</source>
        <translation>Conservar el proyecto tal como está ahora, con una nota («enviado a los socios el 3 de mayo»)</translation>
    </message>
    <message>
        <source>Restore version as scenario…</source>
        <translation>Restaurar la versión como escenario…</translation>
    </message>
    <message>
        <source>Make the version shown a new scenario of its proposal</source>
        <translation>Convertir la versión mostrada en un nuevo escenario de su propuesta</translation>
    </message>
    <message>
        <source>Delete version…</source>
        <translation>Eliminar la versión…</translation>
    </message>
    <message>
        <source>Project &amp;history…</source>
        <translation>&amp;Historial del proyecto…</translation>
    </message>
    <message>
        <source>Who changed what in this project, and when (the edit log)</source>
        <translation>Quién cambió qué en este proyecto, y cuándo (el registro de cambios)</translation>
    </message>
    <message>
        <source>Partner &amp;workbooks…</source>
        <translation>&amp;Libros de los socios…</translation>
    </message>
    <message>
        <source>Write the workbook each partner fills in and sends back</source>
        <translation>Escribir el libro que cada socio rellena y devuelve</translation>
    </message>
    <message>
        <source>&amp;Import returned workbooks…</source>
        <translation>&amp;Importar los libros devueltos…</translation>
    </message>
    <message>
        <source>Show what the returned partner workbooks change, then apply them</source>
        <translation>Mostrar qué cambian los libros devueltos por los socios y luego aplicarlos</translation>
    </message>
    <message>
        <source>Compare report as PD&amp;F…</source>
        <translation>Informe de comparación en PD&amp;F…</translation>
    </message>
    <message>
        <source>Write what differs between the projects the Compare page shows (PDF)</source>
        <translation>Escribir las diferencias entre los proyectos que muestra la página Comparar (PDF)</translation>
    </message>
    <message>
        <source>Compare report as E&amp;xcel…</source>
        <translation>Informe de comparación en E&amp;xcel…</translation>
    </message>
    <message>
        <source>Write the comparison the Compare page shows, deltas as live formulas</source>
        <translation>Escribir la comparación que muestra la página Comparar, con las diferencias como fórmulas</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;Navegador</translation>
    </message>
    <message>
        <source>Undo &amp;history</source>
        <translation>&amp;Historial de deshacer</translation>
    </message>
    <message>
        <source>&amp;About Consortium Planner</source>
        <translation>&amp;Acerca de Consortium Planner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Proyecto</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;PDF report…</source>
        <translation>Informe &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Excel workbook…</source>
        <translation>Libro de &amp;Excel…</translation>
    </message>
    <message>
        <source>&amp;CSV tables…</source>
        <translation>Tablas &amp;CSV…</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>choose an entry from the list</source>
        <translation>elija una entrada de la lista</translation>
    </message>
    <message>
        <source>{text} is not one of the choices</source>
        <translation>{text} no es una de las opciones</translation>
    </message>
    <message>
        <source>{text} matches several entries; type more of the name</source>
        <translation>{text} coincide con varias entradas; escriba más del nombre</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Redo of “{edit}” refused: {reason}</source>
        <translation>Se ha rechazado rehacer «{edit}»: {reason}</translation>
    </message>
    <message>
        <source>Undo of “{edit}” refused: {reason}</source>
        <translation>Se ha rechazado deshacer «{edit}»: {reason}</translation>
    </message>
    <message>
        <source>They are already numbered 1, 2, 3 … without gaps.</source>
        <translation>Ya están numerados 1, 2, 3 … sin huecos.</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: {problems}</source>
        <translation>No se ha importado nada de {file}: {problems}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Consortium Planner: unexpected error</source>
        <translation>Consortium Planner: error inesperado</translation>
    </message>
    <message>
        <source>The details were written to {file}.</source>
        <translation>Los detalles se han escrito en {file}.</translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation>No se han podido escribir los detalles en un archivo de registro.</translation>
    </message>
    <message>
        <source>Something went wrong that should not have. Your workspace is saved after every change, so you can keep working; if it happens again, please send the log file to the developers.

{summary}

{where}</source>
        <translation>Ha ocurrido un error que no debería haber ocurrido. Su espacio de trabajo se guarda tras cada cambio, así que puede seguir trabajando; si vuelve a ocurrir, envíe el archivo de registro a los desarrolladores.

{summary}

{where}</translation>
    </message>
    <message>
        <source>Workspace problem</source>
        <translation>Problema con el espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Escribiendo {file}…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Export cancelled; no file was changed.</source>
        <translation>Exportación cancelada; no se ha modificado ningún archivo.</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>La exportación ha fallado: {error}</translation>
    </message>
    <message>
        <source>Wrote {count} files into {folder}</source>
        <translation>{count} archivos escritos en {folder}</translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation>Exportado a {file}</translation>
    </message>
    <message>
        <source>Language of the export:</source>
        <translation>Idioma de la exportación:</translation>
    </message>
    <message>
        <source>Export {acronym}</source>
        <translation>Exportar {acronym}</translation>
    </message>
    <message>
        <source>Export {acronym} as CSV tables</source>
        <translation>Exportar {acronym} como tablas CSV</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Libros de Excel (*.xlsx);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>“{text}” is not a date (e.g. {example} or 2027-12-31)</source>
        <translation>«{text}» no es una fecha (p. ej. {example} o 2027-12-31)</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Partner directory</source>
        <translation>Directorio de socios</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>Consorcio</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de trabajo</translation>
    </message>
    <message>
        <source>Effort matrix</source>
        <translation>Matriz de esfuerzo</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Value chain</source>
        <translation>Cadena de valor</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
</context>
<context>
    <name>partner_workbooks</name>
    <message>
        <source>{file} cannot be imported:</source>
        <translation>{file} no se puede importar:</translation>
    </message>
    <message>
        <source>No changes: the workspace already holds what this workbook says.</source>
        <translation>Sin cambios: el espacio de trabajo ya contiene lo que dice este libro.</translation>
    </message>
    <message>
        <source>Error: {problem}</source>
        <translation>Error: {problem}</translation>
    </message>
    <message>
        <source>Warning: {problem}</source>
        <translation>Advertencia: {problem}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Returned workbooks imported: {count} ({files}).</source>
        <translation>Libros devueltos importados: {count} ({files}).</translation>
    </message>
    <message>
        <source>Returned workbooks imported: {count}.</source>
        <translation>Libros devueltos importados: {count}.</translation>
    </message>
    <message>
        <source>Not imported: {count}:</source>
        <translation>No importados: {count}:</translation>
    </message>
    <message>
        <source>{acronym} has no participants yet.</source>
        <translation>{acronym} todavía no tiene participantes.</translation>
    </message>
    <message>
        <source>Folder for the partner workbooks of {acronym}</source>
        <translation>Carpeta para los libros de los socios de {acronym}</translation>
    </message>
    <message>
        <source>Partner workbook</source>
        <translation>Libro del socio</translation>
    </message>
    <message>
        <source>Writing the partner workbooks…</source>
        <translation>Escribiendo los libros de los socios…</translation>
    </message>
    <message>
        <source>Writing the partner workbook…</source>
        <translation>Escribiendo el libro del socio…</translation>
    </message>
    <message>
        <source>Partner workbooks</source>
        <translation>Libros de los socios</translation>
    </message>
    <message>
        <source>Import returned partner workbooks</source>
        <translation>Importar los libros devueltos por los socios</translation>
    </message>
    <message>
        <source>Reading workbooks: {count}…</source>
        <translation>Leyendo libros: {count}…</translation>
    </message>
    <message>
        <source>Importing workbooks: {count}…</source>
        <translation>Importando libros: {count}…</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importar {file}</translation>
    </message>
    <message>
        <source>Import returned workbooks: {count}</source>
        <translation>Importar libros devueltos: {count}</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Call profile</source>
        <translation>Perfil de convocatoria</translation>
    </message>
    <message>
        <source>Thematic priority</source>
        <translation>Prioridad temática</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} meses</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>Consorcio</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <source>PIC</source>
        <translation>PIC</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Budget ({currency})</source>
        <translation>Presupuesto ({currency})</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Total eligible</source>
        <translation>Total subvencionable</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>Contribución de la UE</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Own contribution: {amount}; person-months: {months}; indirect costs {rate} of {base}.</source>
        <translation>Contribución propia: {amount}; personas-mes: {months}; costes indirectos {rate} de {base}.</translation>
    </message>
    <message>
        <source>Work packages</source>
        <translation>Paquetes de trabajo</translation>
    </message>
    <message>
        <source>WP</source>
        <translation>WP</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
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
        <translation>Personas-mes</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Entregables</translation>
    </message>
    <message>
        <source>Dissemination</source>
        <translation>Difusión</translation>
    </message>
    <message>
        <source>Due month</source>
        <translation>Mes de entrega</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Medios de verificación</translation>
    </message>
    <message>
        <source>Eligibility checks</source>
        <translation>Comprobaciones de admisibilidad</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Sin observaciones.</translation>
    </message>
    <message>
        <source>{acronym} consortium summary</source>
        <translation>Resumen del consorcio {acronym}</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Print the consortium summary</source>
        <translation>Imprimir el resumen del consorcio</translation>
    </message>
    <message>
        <source>The summary was sent to the printer.</source>
        <translation>El resumen se ha enviado a la impresora.</translation>
    </message>
</context>
<context>
    <name>projects</name>
    <message>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>New project {acronym}</source>
        <translation>Nuevo proyecto {acronym}</translation>
    </message>
    <message>
        <source>Duplicate {acronym} as a what-if scenario</source>
        <translation>Duplicar {acronym} como escenario de simulación</translation>
    </message>
    <message>
        <source>Duplicate {acronym} as {copy}</source>
        <translation>Duplicar {acronym} como {copy}</translation>
    </message>
    <message>
        <source>Rename {acronym}</source>
        <translation>Renombrar {acronym}</translation>
    </message>
    <message>
        <source>Rename {acronym} to {new}</source>
        <translation>Renombrar {acronym} como {new}</translation>
    </message>
    <message>
        <source>Delete the project {acronym} with its participants, work plan, effort and costs? The organisations stay in the directory. Edit &gt; Undo brings the project back.</source>
        <translation>¿Eliminar el proyecto {acronym} con sus participantes, plan de trabajo, esfuerzo y costes? Las organizaciones permanecen en el directorio. Edición &gt; Deshacer recupera el proyecto.</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Eliminar el proyecto</translation>
    </message>
    <message>
        <source>Delete project {acronym}</source>
        <translation>Eliminar el proyecto {acronym}</translation>
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
        <translation>Nuevo escenario de {acronym}</translation>
    </message>
    <message>
        <source>New scenario {scenario} of {acronym}</source>
        <translation>Nuevo escenario {scenario} de {acronym}</translation>
    </message>
    <message>
        <source>Make {acronym} the main project</source>
        <translation>Convertir {acronym} en el proyecto principal</translation>
    </message>
    <message>
        <source>Take a version of {acronym}</source>
        <translation>Guardar una versión de {acronym}</translation>
    </message>
    <message>
        <source>Take a version of {acronym}: {note}</source>
        <translation>Guardar una versión de {acronym}: {note}</translation>
    </message>
    <message>
        <source>Restore {version} as a new scenario</source>
        <translation>Restaurar {version} como nuevo escenario</translation>
    </message>
    <message>
        <source>restored from {version}</source>
        <translation>restaurado de {version}</translation>
    </message>
    <message>
        <source>Restore {version} as {acronym}</source>
        <translation>Restaurar {version} como {acronym}</translation>
    </message>
    <message>
        <source>Delete version {version} ({description})? Edit &gt; Undo brings it back.</source>
        <translation>¿Eliminar la versión {version} ({description})? Edición &gt; Deshacer la recupera.</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>Eliminar la versión</translation>
    </message>
    <message>
        <source>Delete version {version}</source>
        <translation>Eliminar la versión {version}</translation>
    </message>
</context>
<context>
    <name>workspace_files</name>
    <message>
        <source>Consortium Planner workspaces (*.cpw);;All files (*)</source>
        <translation>Espacios de trabajo de Consortium Planner (*.cpw);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir un espacio de trabajo</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>the copy differs from the team workspace: {differences}</source>
        <translation>la copia difiere del espacio de trabajo de equipo: {differences}</translation>
    </message>
    <message>
        <source>Saved a copy as {file}</source>
        <translation>Copia guardada como {file}</translation>
    </message>
</context>
</TS>
