<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>Add %n participant(s)</source>
        <translation>
            <numerusform>Añadir %n participante</numerusform>
            <numerusform>Añadir %n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n participant(s) from {countries} in {regions}</source>
        <translation>
            <numerusform>Al menos %n participante de {countries} en {regions}</numerusform>
            <numerusform>Al menos %n participantes de {countries} en {regions}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%n país</numerusform>
            <numerusform>%n países</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n región</numerusform>
            <numerusform>%n regiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n region category(ies) from {file} ({new} new, {changed} changed, {unchanged} unchanged)</source>
        <translation>
            <numerusform>%n categoría de región importada de {file} ({new} nuevas, {changed} modificadas, {unchanged} sin cambios)</numerusform>
            <numerusform>%n categorías de región importadas de {file} ({new} nuevas, {changed} modificadas, {unchanged} sin cambios)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{problems} (and %n more)</source>
        <translation>
            <numerusform>{problems} (y %n más)</numerusform>
            <numerusform>{problems} (y %n más)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{report}; %n row(s) skipped: {problems}.</source>
        <translation>
            <numerusform>{report}; %n fila omitida: {problems}.</numerusform>
            <numerusform>{report}; %n filas omitidas: {problems}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{group}: {count} of %n participant(s){numbers}, {share}; {of_eu}.</source>
        <translation>
            <numerusform>{group}: {count} de %n participante{numbers}, {share}; {of_eu}.</numerusform>
            <numerusform>{group}: {count} de %n participantes{numbers}, {share}; {of_eu}.</numerusform>
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
        <translation>B Subcontr.</translation>
    </message>
    <message>
        <source>C.1 Travel</source>
        <translation>C.1 Viajes</translation>
    </message>
    <message>
        <source>C.2 Equipm.</source>
        <translation>C.2 Equipos</translation>
    </message>
    <message>
        <source>C.3 Goods</source>
        <translation>C.3 Bienes</translation>
    </message>
    <message>
        <source>D Other</source>
        <translation>D Otros</translation>
    </message>
    <message>
        <source>E Indirect</source>
        <translation>E Indirectos</translation>
    </message>
    <message>
        <source>D incl. D.1</source>
        <translation>D incl. D.1</translation>
    </message>
    <message>
        <source>A. Personnel</source>
        <translation>A. Costes de personal</translation>
    </message>
    <message>
        <source>B. Subcontracting</source>
        <translation>B. Subcontratación</translation>
    </message>
    <message>
        <source>C.1 Travel and subsistence</source>
        <translation>C.1 Viajes y dietas</translation>
    </message>
    <message>
        <source>C.2 Equipment</source>
        <translation>C.2 Equipos</translation>
    </message>
    <message>
        <source>C.3 Other goods, works and services</source>
        <translation>C.3 Otros bienes, obras y servicios</translation>
    </message>
    <message>
        <source>D. Other cost categories (D.1 financial support to third parties and other D lines)</source>
        <translation>D. Otras categorías de costes (D.1 ayuda financiera a terceros y otras líneas D)</translation>
    </message>
    <message>
        <source>E. Indirect costs: the call profile&apos;s flat rate on its base</source>
        <translation>E. Costes indirectos: el tipo fijo del perfil de convocatoria sobre su base</translation>
    </message>
    <message>
        <source>B Subcontracting</source>
        <translation>B Subcontratación</translation>
    </message>
    <message>
        <source>C.3 Other goods</source>
        <translation>C.3 Otros bienes</translation>
    </message>
    <message>
        <source>D.1 Third parties</source>
        <translation>D.1 Terceros</translation>
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
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Funding rate (for the total: EU contribution / total eligible)</source>
        <translation>Porcentaje de financiación (para el total: contribución de la UE / total subvencionable)</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>Contribución de la UE</translation>
    </message>
    <message>
        <source>Own contribution</source>
        <translation>Contribución propia</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No work package</source>
        <translation>Sin paquete de trabajo</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation>Paquete de trabajo</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Personas-mes</translation>
    </message>
    <message>
        <source>Direct costs</source>
        <translation>Costes directos</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coste unitario</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Choose the participant first (in the list above the cost lines).</source>
        <translation>Elija primero el participante (en la lista encima de las líneas de coste).</translation>
    </message>
    <message>
        <source>Budget per participant</source>
        <translation>Presupuesto por participante</translation>
    </message>
    <message>
        <source>cost line of {participant}</source>
        <translation>línea de coste de {participant}</translation>
    </message>
    <message>
        <source>Cost lines</source>
        <translation>Líneas de coste</translation>
    </message>
    <message>
        <source>Add cost line</source>
        <translation>Añadir línea de coste</translation>
    </message>
    <message>
        <source>No cost lines yet. Add cost line for travel, equipment, subcontracting and other costs; personnel costs (A) come from the Effort matrix.</source>
        <translation>Aún no hay líneas de coste. «Añadir línea de coste» para viajes, equipamiento, subcontratación y otros costes; los costes de personal (A) salen de la matriz de esfuerzo.</translation>
    </message>
    <message>
        <source>Show the cost lines of</source>
        <translation>Mostrar las líneas de coste de</translation>
    </message>
    <message>
        <source>Direct costs per work package</source>
        <translation>Costes directos por paquete de trabajo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Per country</source>
        <translation>Por país</translation>
    </message>
    <message>
        <source>Region category</source>
        <translation>Categoría de región</translation>
    </message>
    <message>
        <source>Per region category</source>
        <translation>Por categoría de región</translation>
    </message>
    <message>
        <source>Budget details</source>
        <translation>Detalles del presupuesto</translation>
    </message>
    <message>
        <source>Per work package</source>
        <translation>Por paquete de trabajo</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>Todos los participantes</translation>
    </message>
</context>
<context>
    <name>ChainPictureWidget</name>
    <message>
        <source>Picture of the value chain from research to market</source>
        <translation>Esquema de la cadena de valor, de la investigación al mercado</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Cómo corregirlo</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Afecta a</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>No findings: the project meets every rule the checks know.</source>
        <translation>Sin hallazgos: el proyecto cumple todas las reglas que conocen las comprobaciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>{errors}, {warnings}, {notes}. Press Enter or double-click a finding to go to what it concerns.</source>
        <translation>{errors}, {warnings}, {notes}. Pulse Intro o haga doble clic en un hallazgo para ir a lo que afecta.</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referencia</translation>
    </message>
    <message>
        <source>Compare &amp;with</source>
        <translation>Comparar &amp;con</translation>
    </message>
    <message>
        <source>and (&amp;3)</source>
        <translation>y (&amp;3)</translation>
    </message>
    <message>
        <source>and (&amp;4)</source>
        <translation>y (&amp;4)</translation>
    </message>
    <message>
        <source>Side {number}</source>
        <translation>Lado {number}</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
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
        <translation>Calculado a partir de otras cifras</translation>
    </message>
    <message>
        <source>&amp;Only what differs</source>
        <translation>&amp;Solo lo que difiere</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Todas las secciones</translation>
    </message>
    <message>
        <source>Sec&amp;tion</source>
        <translation>Secc&amp;ión</translation>
    </message>
    <message>
        <source>P&amp;DF report…</source>
        <translation>Informe P&amp;DF…</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook…</source>
        <translation>Libro E&amp;xcel…</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>{side} (reference)</source>
        <translation>{side} (referencia)</translation>
    </message>
    <message>
        <source>Choose two to four projects to compare: the first is the reference. Make a what-if copy with Project &gt; Duplicate.</source>
        <translation>Elija de dos a cuatro proyectos para comparar: el primero es la referencia. Haga una copia de simulación con Proyecto &gt; Duplicar.</translation>
    </message>
    <message>
        <source>No differences: the projects are the same in everything compared.</source>
        <translation>Sin diferencias: los proyectos coinciden en todo lo comparado.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) differ: {inputs} and {derived} following from them (derived). Shaded cells differ from the reference: yellow changed, green added, red removed.</source>
        <translation>
            <numerusform>%n fila difiere: {inputs} y {derived} que se derivan de ellos (calculados). Las celdas sombreadas difieren de la referencia: amarillo modificado, verde añadido, rojo eliminado.</numerusform>
            <numerusform>%n filas difieren: {inputs} y {derived} que se derivan de ellos (calculados). Las celdas sombreadas difieren de la referencia: amarillo modificado, verde añadido, rojo eliminado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed value(s)</source>
        <translation>
            <numerusform>%n valor modificado</numerusform>
            <numerusform>%n valores modificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n cifra</numerusform>
            <numerusform>%n cifras</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants: {changes}</source>
        <translation>Participantes: {changes}</translation>
    </message>
    <message>
        <source>Total eligible</source>
        <translation>Total subvencionable</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>Contribución de la UE</translation>
    </message>
    <message>
        <source>{title}: {sides}</source>
        <translation>{title}: {sides}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose two to four projects to compare first.</source>
        <translation>Elija primero de dos a cuatro proyectos para comparar.</translation>
    </message>
    <message>
        <source>Compare report</source>
        <translation>Informe comparativo</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Escribiendo {file}…</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>{record} (kept)</source>
        <translation>{record} (se conserva)</translation>
    </message>
    <message>
        <source>{field}: kept</source>
        <translation>{field}: se conserva</translation>
    </message>
    <message>
        <source>{field}: not kept</source>
        <translation>{field}: no se conserva</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import “{file}” into the directory:</source>
        <translation>Importar «{file}» al directorio:</translation>
    </message>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n organización nueva</numerusform>
            <numerusform>%n organizaciones nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated, field by field as previewed</source>
        <translation>
            <numerusform>%n actualizada, campo a campo según la vista previa</numerusform>
            <numerusform>%n actualizadas, campo a campo según la vista previa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged or kept as they are</source>
        <translation>
            <numerusform>%n sin cambios o conservada tal cual</numerusform>
            <numerusform>%n sin cambios o conservadas tal cual</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n fila omitida</numerusform>
            <numerusform>%n filas omitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>and enrol them in project {acronym}.</source>
        <translation>e inscribirlas en el proyecto {acronym}.</translation>
    </message>
    <message>
        <source>The whole import is one step of Edit &gt; Undo.</source>
        <translation>Toda la importación es un solo paso de Edición &gt; Deshacer.</translation>
    </message>
</context>
<context>
    <name>ConsortiumPage</name>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>{category} (override)</source>
        <translation>{category} (forzada)</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <source>No region is set for this organisation: set its NUTS 2 region in the partner directory, or override the category (Overrides…).</source>
        <translation>Esta organización no tiene región: indique su región NUTS 2 en el directorio de socios o fuerce la categoría (Excepciones…).</translation>
    </message>
    <message>
        <source>No known category for {region}: set it on the Regions page with its source, or override it for this participant (Overrides…).</source>
        <translation>No se conoce la categoría de {region}: indíquela en la página Regiones con su fuente o fuércela para este participante (Excepciones…).</translation>
    </message>
    <message>
        <source>Overridden: {reason}</source>
        <translation>Forzado: {reason}</translation>
    </message>
    <message>
        <source>From the call profile (double-click or Overrides… to override)</source>
        <translation>Del perfil de convocatoria (doble clic o Excepciones… para forzar)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Razón social</translation>
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
        <source>Region category</source>
        <translation>Categoría de región</translation>
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
        <source>Monthly cost</source>
        <translation>Coste mensual</translation>
    </message>
    <message>
        <source>Monthly personnel cost: what one person-month costs</source>
        <translation>Coste mensual de personal: lo que cuesta una persona-mes</translation>
    </message>
    <message>
        <source>Funding rate</source>
        <translation>Porcentaje de financiación</translation>
    </message>
    <message>
        <source>PM</source>
        <translation>PM</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Personas-mes</translation>
    </message>
    <message>
        <source>Total eligible</source>
        <translation>Total subvencionable</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>Contribución de la UE</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Add participants…</source>
        <translation>Añadir participantes…</translation>
    </message>
    <message>
        <source>No participants yet. Add participants… finds organisations in the partner directory and proposes what the call&apos;s checks say the consortium lacks.</source>
        <translation>Aún no hay participantes. «Añadir participantes…» busca organizaciones en el directorio de socios y propone lo que, según las comprobaciones de la convocatoria, le falta al consorcio.</translation>
    </message>
    <message>
        <source>Overrides…</source>
        <translation>Excepciones…</translation>
    </message>
    <message>
        <source>Renumber</source>
        <translation>Renumerar</translation>
    </message>
    <message>
        <source>Funding rate: {error}</source>
        <translation>Porcentaje de financiación: {error}</translation>
    </message>
    <message>
        <source>Overrides of P{number} {name}</source>
        <translation>Excepciones de P{number} {name}</translation>
    </message>
    <message>
        <source>Renumber participants</source>
        <translation>Renumerar participantes</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Budget per participant, by category</source>
        <translation>Presupuesto por participante, por categoría</translation>
    </message>
    <message>
        <source>EU contribution and own contribution</source>
        <translation>Contribución de la UE y contribución propia</translation>
    </message>
    <message>
        <source>Total eligible costs per country</source>
        <translation>Total de costes subvencionables por país</translation>
    </message>
    <message>
        <source>Total eligible costs per region category</source>
        <translation>Total de costes subvencionables por categoría de región</translation>
    </message>
    <message>
        <source>Person-months per work package</source>
        <translation>Personas-mes por paquete de trabajo</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de trabajo</translation>
    </message>
    <message>
        <source>No participants yet</source>
        <translation>Aún no hay participantes</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>Contribución de la UE</translation>
    </message>
    <message>
        <source>Own contribution</source>
        <translation>Contribución propia</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>person-months</source>
        <translation>personas-mes</translation>
    </message>
    <message>
        <source>No work packages yet</source>
        <translation>Aún no hay paquetes de trabajo</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Entregable</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>today (M{month})</source>
        <translation>hoy (M{month})</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>{name} is not a cluster organisation of the directory</source>
        <translation>{name} no es una organización clúster del directorio</translation>
    </message>
    <message>
        <source>NACE codes</source>
        <translation>Códigos NACE</translation>
    </message>
    <message>
        <source>NACE Rev. 2 codes, e.g. C25.62; 28.41 (any level)</source>
        <translation>Códigos NACE Rev. 2, p. ej. C25.62; 28.41 (cualquier nivel)</translation>
    </message>
    <message>
        <source>Ecosystems</source>
        <translation>Ecosistemas</translation>
    </message>
    <message>
        <source>The industrial ecosystems of the EU Industrial Strategy (2021)</source>
        <translation>Los ecosistemas industriales de la Estrategia Industrial de la UE (2021)</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Fundada</translation>
    </message>
    <message>
        <source>Year of foundation (start-ups show)</source>
        <translation>Año de fundación (muestra las empresas emergentes)</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clústeres</translation>
    </message>
    <message>
        <source>The cluster organisations it is a member of</source>
        <translation>Las organizaciones clúster de las que es miembro</translation>
    </message>
    <message>
        <source>Usual roles</source>
        <translation>Funciones habituales</translation>
    </message>
    <message>
        <source>Value-chain roles it usually holds (a project proposes them)</source>
        <translation>Funciones en la cadena de valor que suele asumir (un proyecto las propone)</translation>
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
        <source>Type</source>
        <translation>Tipo</translation>
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
        <source>PIC</source>
        <translation>PIC</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>NIF-IVA</translation>
    </message>
    <message>
        <source>Profit-making</source>
        <translation>Con ánimo de lucro</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Volumen de negocios</translation>
    </message>
    <message>
        <source>Balance sheet</source>
        <translation>Balance general</translation>
    </message>
    <message>
        <source>SME class</source>
        <translation>Clase de pyme</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>EU projects</source>
        <translation>Proyectos UE</translation>
    </message>
    <message>
        <source>EU project experience, from an imported CORDIS export</source>
        <translation>Experiencia en proyectos de la UE, según una exportación de CORDIS importada</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation>Directorio de socios</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Añadir organización</translation>
    </message>
    <message>
        <source>Search name, PIC, VAT, city…</source>
        <translation>Buscar nombre, PIC, IVA, ciudad…</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Búsquedas guardadas</translation>
    </message>
    <message>
        <source>Add to project</source>
        <translation>Añadir al proyecto</translation>
    </message>
    <message>
        <source>History of this organisation…</source>
        <translation>Historial de esta organización…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <source>{count} organisation(s)</source>
        <translation>
            <numerusform>{count} organización</numerusform>
            <numerusform>{count} organizaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin resultados</translation>
    </message>
    <message>
        <source>No organisation matches the search and filters.</source>
        <translation>Ninguna organización coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Borrar búsqueda y filtros</translation>
    </message>
    <message>
        <source>Empty directory</source>
        <translation>Directorio vacío</translation>
    </message>
    <message>
        <source>The directory holds no organisations.</source>
        <translation>El directorio no contiene organizaciones.</translation>
    </message>
    <message>
        <source>The directory holds no organisations yet. Add one with {add} ({add_key}), or import a list (Excel, CSV, a CORDIS export) with {import_path} ({import_key}); a file dropped onto the window is imported too.</source>
        <translation>El directorio aún no contiene organizaciones. Añada una con {add} ({add_key}) o importe una lista (Excel, CSV, una exportación de CORDIS) con {import_path} ({import_key}); un archivo soltado sobre la ventana también se importa.</translation>
    </message>
    <message>
        <source>No saved search yet</source>
        <translation>Aún no hay búsquedas guardadas</translation>
    </message>
    <message>
        <source>Save this search…</source>
        <translation>Guardar esta búsqueda…</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Eliminar búsqueda guardada</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Guardar esta búsqueda</translation>
    </message>
    <message>
        <source>Name of the search:</source>
        <translation>Nombre de la búsqueda:</translation>
    </message>
    <message>
        <source>No project yet</source>
        <translation>Aún no hay proyectos</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nueva organización</translation>
    </message>
    <message>
        <source>Add participant {name}</source>
        <translation>Añadir participante {name}</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Legal name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>PIC</source>
        <translation>PIC</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>NIF-IVA</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Profit-making</source>
        <translation>Con ánimo de lucro</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Volumen de negocios</translation>
    </message>
    <message>
        <source>Balance sheet</source>
        <translation>Balance general</translation>
    </message>
    <message>
        <source>SME class</source>
        <translation>Clase de pyme</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Region (NUTS 2)</source>
        <translation>Región (NUTS 2)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Founded year</source>
        <translation>Año de fundación</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Buscar duplicados</translation>
    </message>
    <message>
        <source>&amp;Scan the directory</source>
        <translation>&amp;Analizar el directorio</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Progreso del análisis</translation>
    </message>
    <message>
        <source>%v of %m organisations</source>
        <translation>%v de %m organizaciones</translation>
    </message>
    <message>
        <source>&amp;Cancel scan</source>
        <translation>&amp;Cancelar análisis</translation>
    </message>
    <message>
        <source>Scan the directory to find likely duplicates.</source>
        <translation>Analice el directorio para encontrar posibles duplicados.</translation>
    </message>
    <message>
        <source>Groups of likely duplicates</source>
        <translation>Grupos de posibles duplicados</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Grupos</translation>
    </message>
    <message>
        <source>Record to keep</source>
        <translation>Registro que se conserva</translation>
    </message>
    <message>
        <source>&amp;Keep record:</source>
        <translation>Con&amp;servar registro:</translation>
    </message>
    <message>
        <source>The group&apos;s records, field by field</source>
        <translation>Los registros del grupo, campo a campo</translation>
    </message>
    <message>
        <source>&amp;Fields (the checked value of each row is kept):</source>
        <translation>Ca&amp;mpos (se conserva el valor marcado de cada fila):</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>&amp;No son duplicados</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Scanning the directory…</source>
        <translation>Analizando el directorio…</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of likely duplicates.</source>
        <translation>
            <numerusform>%n grupo de posibles duplicados.</numerusform>
            <numerusform>%n grupos de posibles duplicados.</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates found.</source>
        <translation>No se encontraron posibles duplicados.</translation>
    </message>
    <message>
        <source>Scan cancelled.</source>
        <translation>Análisis cancelado.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n records into {name}</source>
        <translation>
            <numerusform>Fusionar %n registro en {name}</numerusform>
            <numerusform>Fusionar %n registros en {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n records as not duplicates</source>
        <translation>
            <numerusform>Marcar %n registro como no duplicado</numerusform>
            <numerusform>Marcar %n registros como no duplicados</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory changed: scan again to bring the groups up to date.</source>
        <translation>El directorio ha cambiado: vuelva a analizarlo para actualizar los grupos.</translation>
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
        <translation>Personas-mes por participante y paquete de trabajo</translation>
    </message>
    <message>
        <source>No participants yet: add them on the Consortium page and work packages on the Work plan page, then type their person-months here.</source>
        <translation>Aún no hay participantes: añádalos en la página Consorcio y los paquetes de trabajo en la página Plan de trabajo; después escriba aquí sus personas-mes.</translation>
    </message>
    <message>
        <source>Type person-months in the cells (2,5 or 2.5); an empty cell or 0 means none. Personnel cost = person-months x the participant&apos;s monthly personnel cost.</source>
        <translation>Escriba personas-mes en las celdas (2,5 o 2.5); una celda vacía o 0 significa ninguna. Coste de personal = personas-mes x coste mensual de personal del participante.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Personnel cost</source>
        <translation>Coste de personal</translation>
    </message>
    <message>
        <source>Effort of {participant} in {work_package}</source>
        <translation>Esfuerzo de {participant} en {work_package}</translation>
    </message>
    <message>
        <source>Nothing was pasted: {participant}, {work_package}: {error}</source>
        <translation>No se pegó nada: {participant}, {work_package}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n effort cell(s)</source>
        <translation>
            <numerusform>Pegar %n celda de esfuerzo</numerusform>
            <numerusform>Pegar %n celdas de esfuerzo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a list of organisations</source>
        <translation>Elegir una lista de organizaciones</translation>
    </message>
    <message>
        <source>An Excel (.xlsx, .xlsm), OpenDocument (.ods) or CSV file in any layout and language. You can also drop the file here.</source>
        <translation>Un archivo Excel (.xlsx, .xlsm), OpenDocument (.ods) o CSV con cualquier estructura e idioma. También puede soltar el archivo aquí.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Import organisations</source>
        <translation>Importar organizaciones</translation>
    </message>
    <message>
        <source>Spreadsheets and lists (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Hojas de cálculo y listas (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.json);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
</context>
<context>
    <name>HeaderPage</name>
    <message>
        <source>Which row holds the column titles?</source>
        <translation>¿Qué fila contiene los títulos de las columnas?</translation>
    </message>
    <message>
        <source>First rows of the sheet</source>
        <translation>Primeras filas de la hoja</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Fila de encabezado</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Fila de encabezado:</translation>
    </message>
    <message>
        <source>Row {number} (likely)</source>
        <translation>Fila {number} (probable)</translation>
    </message>
    <message>
        <source>Row {number}</source>
        <translation>Fila {number}</translation>
    </message>
    <message>
        <source>No header row: recognise the columns by their values</source>
        <translation>Sin fila de encabezado: reconocer las columnas por sus valores</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Legal name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>PIC</source>
        <translation>PIC</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>NIF-IVA</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Tipo de organización</translation>
    </message>
    <message>
        <source>Profit-making</source>
        <translation>Con ánimo de lucro</translation>
    </message>
    <message>
        <source>Staff headcount</source>
        <translation>Número de empleados</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Volumen de negocios</translation>
    </message>
    <message>
        <source>Balance sheet</source>
        <translation>Balance general</translation>
    </message>
    <message>
        <source>SME class</source>
        <translation>Clase de pyme</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>NUTS 2 region</source>
        <translation>Región NUTS 2</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nombre de contacto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Founded year</source>
        <translation>Año de fundación</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Project number</source>
        <translation>Número de proyecto</translation>
    </message>
    <message>
        <source>Project acronym</source>
        <translation>Acrónimo del proyecto</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>Contribución de la UE</translation>
    </message>
    <message>
        <source>Non-profit (yes = not for profit)</source>
        <translation>Sin ánimo de lucro (sí = sin ánimo de lucro)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Keep the directory&apos;s</source>
        <translation>Conservar la del directorio</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>No válida</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Import organisations</source>
        <translation>Importar organizaciones</translation>
    </message>
    <message>
        <source>“{file}” is a returned partner workbook, not a list of organisations: Project &gt; Import returned workbooks… shows what it changes and imports it (or drop it on the main window).</source>
        <translation>«{file}» es un libro de socio devuelto, no una lista de organizaciones: Proyecto &gt; Importar libros devueltos… muestra lo que cambia y lo importa (o suéltelo en la ventana principal).</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <source>Comparing with the directory…</source>
        <translation>Comparando con el directorio…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Import organisations from {file}</source>
        <translation>Importar organizaciones de {file}</translation>
    </message>
    <message>
        <source>Import organisations from a list</source>
        <translation>Importar organizaciones de una lista</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Sheet and columns</source>
        <translation>Hoja y columnas</translation>
    </message>
    <message>
        <source>Check which field each column fills. Your choices are remembered for files with the same columns.</source>
        <translation>Compruebe qué campo rellena cada columna. Sus elecciones se recuerdan para archivos con las mismas columnas.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondencia de columnas</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
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
        <translation>Hoja:</translation>
    </message>
    <message>
        <source>Field for column {header}</source>
        <translation>Campo de la columna {header}</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <source>Not imported (no matching field): {columns}</source>
        <translation>No se importan (sin campo correspondiente): {columns}</translation>
    </message>
    <message>
        <source>Every column with a header is imported.</source>
        <translation>Se importan todas las columnas con encabezado.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>{rule} (check against the call document)</source>
        <translation>{rule} (compruébelo en el texto de la convocatoria)</translation>
    </message>
    <message>
        <source>profit-making</source>
        <translation>con ánimo de lucro</translation>
    </message>
    <message>
        <source>non-profit</source>
        <translation>sin ánimo de lucro</translation>
    </message>
    <message>
        <source>Duration {low}-{high} months</source>
        <translation>Duración de {low} a {high} meses</translation>
    </message>
    <message>
        <source>EU contribution {low} to {high} {currency}</source>
        <translation>Contribución de la UE de {low} a {high} {currency}</translation>
    </message>
    <message>
        <source>Indirect costs (E): {rate} of {base}</source>
        <translation>Costes indirectos (E): {rate} de {base}</translation>
    </message>
    <message>
        <source>Funding rate: {rates}</source>
        <translation>Porcentaje de financiación: {rates}</translation>
    </message>
    <message>
        <source>Funding rate {rate}</source>
        <translation>Porcentaje de financiación {rate}</translation>
    </message>
    <message>
        <source>Region mix option: {option}</source>
        <translation>Opción de combinación regional: {option}</translation>
    </message>
    <message>
        <source>Coordinator: {rule}</source>
        <translation>Coordinador: {rule}</translation>
    </message>
    <message>
        <source>Financial support to third parties: at most {amount} per third party</source>
        <translation>Ayuda financiera a terceros: como máximo {amount} por tercero</translation>
    </message>
    <message>
        <source>At least {share} of the EU contribution to companies (SMEs and large enterprises)</source>
        <translation>Al menos el {share} de la contribución de la UE para empresas (pymes y grandes empresas)</translation>
    </message>
    <message>
        <source>At least {share} of the EU contribution to SMEs</source>
        <translation>Al menos el {share} de la contribución de la UE para pymes</translation>
    </message>
    <message>
        <source>Value-chain roles someone must hold: {roles}</source>
        <translation>Funciones de la cadena de valor que alguien debe asumir: {roles}</translation>
    </message>
    <message>
        <source>At least one smart-specialisation area shared by every participant&apos;s region</source>
        <translation>Al menos un ámbito de especialización inteligente común a las regiones de todos los participantes</translation>
    </message>
    <message>
        <source>One thematic priority: {priorities}</source>
        <translation>Una prioridad temática: {priorities}</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Conocida</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acrónimo</translation>
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
        <source>Thematic priority</source>
        <translation>Prioridad temática</translation>
    </message>
    <message>
        <source>Start date known</source>
        <translation>Fecha de inicio conocida</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>A&amp;crónimo:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Call profile:</source>
        <translation>Perfil de co&amp;nvocatoria:</translation>
    </message>
    <message>
        <source>Thematic p&amp;riority:</source>
        <translation>P&amp;rioridad temática:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Fecha de &amp;inicio:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participantes:</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Countries:</source>
        <translation>Países:</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Regiones:</translation>
    </message>
    <message>
        <source>Work packages</source>
        <translation>Paquetes de trabajo</translation>
    </message>
    <message>
        <source>Work packages:</source>
        <translation>Paquetes de trabajo:</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Entregables</translation>
    </message>
    <message>
        <source>Deliverables:</source>
        <translation>Entregables:</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Milestones:</source>
        <translation>Hitos:</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Personas-mes</translation>
    </message>
    <message>
        <source>Person-months:</source>
        <translation>Personas-mes:</translation>
    </message>
    <message>
        <source>Total eligible costs</source>
        <translation>Total de costes subvencionables</translation>
    </message>
    <message>
        <source>Total eligible costs:</source>
        <translation>Total de costes subvencionables:</translation>
    </message>
    <message>
        <source>EU contribution</source>
        <translation>Contribución de la UE</translation>
    </message>
    <message>
        <source>EU contribution:</source>
        <translation>Contribución de la UE:</translation>
    </message>
    <message>
        <source>Own contribution</source>
        <translation>Contribución propia</translation>
    </message>
    <message>
        <source>Own contribution:</source>
        <translation>Contribución propia:</translation>
    </message>
    <message>
        <source>Call profile rules</source>
        <translation>Reglas del perfil de convocatoria</translation>
    </message>
    <message>
        <source>acronym</source>
        <translation>el acrónimo</translation>
    </message>
    <message>
        <source>title</source>
        <translation>el título</translation>
    </message>
    <message>
        <source>call profile</source>
        <translation>el perfil de convocatoria</translation>
    </message>
    <message>
        <source>thematic priority</source>
        <translation>la prioridad temática</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>la fecha de inicio</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>la duración</translation>
    </message>
    <message>
        <source>Change {field} of {acronym}</source>
        <translation>Cambiar {field} de {acronym}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincide con</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>In the directory</source>
        <translation>En el directorio</translation>
    </message>
    <message>
        <source>Changes of the selected record</source>
        <translation>Cambios del registro seleccionado</translation>
    </message>
    <message>
        <source>Decision for the selected record</source>
        <translation>Decisión para el registro seleccionado</translation>
    </message>
    <message>
        <source>Update all</source>
        <translation>Actualizar todos</translation>
    </message>
    <message>
        <source>Keep all</source>
        <translation>Conservar todos</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the rows with errors</source>
        <translation>Importar las filas válidas y omitir las filas con errores</translation>
    </message>
    <message>
        <source>Selected record:</source>
        <translation>Registro seleccionado:</translation>
    </message>
    <message>
        <source>Errors and warnings:</source>
        <translation>Errores y advertencias:</translation>
    </message>
    <message>
        <source>Organisations already in the directory:</source>
        <translation>Organizaciones que ya están en el directorio:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation row(s) read from “{sheet}”: {new} new, {update} to update, {unchanged} unchanged or kept, {skipped} skipped.</source>
        <translation>
            <numerusform>%n fila de organización leída de «{sheet}»: {new} nuevas, {update} por actualizar, {unchanged} sin cambios o conservadas, {skipped} omitidas.</numerusform>
            <numerusform>%n filas de organización leídas de «{sheet}»: {new} nuevas, {update} por actualizar, {unchanged} sin cambios o conservadas, {skipped} omitidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): nothing can be imported until they are fixed in the file, or you choose to skip those rows.</source>
        <translation>
            <numerusform>%n error: no se puede importar nada hasta que se corrija en el archivo o decida omitir esas filas.</numerusform>
            <numerusform>%n errores: no se puede importar nada hasta que se corrijan en el archivo o decida omitir esas filas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionsPage</name>
    <message>
        <source>None known</source>
        <translation>Ninguna conocida</translation>
    </message>
    <message>
        <source>Your entry</source>
        <translation>Su entrada</translation>
    </message>
    <message>
        <source>Shipped table</source>
        <translation>Tabla incluida</translation>
    </message>
    <message>
        <source>No source</source>
        <translation>Sin fuente</translation>
    </message>
    <message>
        <source>The shipped table says: {category}</source>
        <translation>La tabla incluida indica: {category}</translation>
    </message>
    <message>
        <source>No known category: the checks cannot count this region for the region mix. Set it with its source, or import a table.</source>
        <translation>Categoría desconocida: las comprobaciones no pueden contar esta región en la combinación regional. Indíquela con su fuente o importe una tabla.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>A NUTS 2016 code</source>
        <translation>Un código NUTS 2016</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Value from</source>
        <translation>Valor de</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Nota de fuente</translation>
    </message>
    <message>
        <source>Region categories</source>
        <translation>Categorías de región</translation>
    </message>
    <message>
        <source>Set category…</source>
        <translation>Fijar categoría…</translation>
    </message>
    <message>
        <source>Clear my entry</source>
        <translation>Borrar mi entrada</translation>
    </message>
    <message>
        <source>Import a table…</source>
        <translation>Importar una tabla…</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>Filtro de país</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>Only regions &amp;without a category</source>
        <translation>Solo regiones &amp;sin categoría</translation>
    </message>
    <message>
        <source>Only regions without a category</source>
        <translation>Solo regiones sin categoría</translation>
    </message>
    <message>
        <source>Region counts</source>
        <translation>Recuento de regiones</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>Pa&amp;ís</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s), {missing} without a category</source>
        <translation>
            <numerusform>%n región, {missing} sin categoría</numerusform>
            <numerusform>%n regiones, {missing} sin categoría</numerusform>
        </translation>
    </message>
    <message>
        <source>{code} has no category of yours to clear (its value comes from the shipped table).</source>
        <translation>{code} no tiene ninguna categoría suya que borrar (su valor procede de la tabla incluida).</translation>
    </message>
    <message>
        <source>{code} has no category of yours to clear.</source>
        <translation>{code} no tiene ninguna categoría suya que borrar.</translation>
    </message>
    <message>
        <source>Clear the category of {code}</source>
        <translation>Borrar la categoría de {code}</translation>
    </message>
    <message>
        <source>Set the category of {code} to {category}</source>
        <translation>Fijar la categoría de {code} en {category}</translation>
    </message>
    <message>
        <source>{code} has no category yet: choose the category first.</source>
        <translation>{code} aún no tiene categoría: elija primero la categoría.</translation>
    </message>
    <message>
        <source>Only source notes can be pasted; set categories one by one or import a table.</source>
        <translation>Solo se pueden pegar notas de fuente; fije las categorías una a una o importe una tabla.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n source note(s)</source>
        <translation>
            <numerusform>Pegar %n nota de fuente</numerusform>
            <numerusform>Pegar %n notas de fuente</numerusform>
        </translation>
    </message>
    <message>
        <source>Import region categories</source>
        <translation>Importar categorías de región</translation>
    </message>
    <message>
        <source>CSV tables (*.csv *.txt);;All files (*)</source>
        <translation>Tablas CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import region categories from {file}</source>
        <translation>Importar categorías de región de {file}</translation>
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
        <translation>N.º</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <source>How many returned workbooks were imported for this participant</source>
        <translation>Cuántos libros devueltos se importaron para este participante</translation>
    </message>
    <message>
        <source>Last imported</source>
        <translation>Última importación</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Returned partner workbooks</source>
        <translation>Libros de socios devueltos</translation>
    </message>
    <message>
        <source>Partner workbooks…</source>
        <translation>Libros de socios…</translation>
    </message>
    <message>
        <source>Import returned workbooks…</source>
        <translation>Importar libros devueltos…</translation>
    </message>
    <message>
        <source>What the latest import changed</source>
        <translation>Qué cambió la última importación</translation>
    </message>
    <message>
        <source>Select a participant to see what its latest returned workbook changed.</source>
        <translation>Seleccione un participante para ver qué cambió su último libro devuelto.</translation>
    </message>
    <message>
        <source>P{number} {name} has not returned a workbook yet.</source>
        <translation>P{number} {name} aún no ha devuelto ningún libro.</translation>
    </message>
    <message>
        <source>P{number} {name}: {file}, imported {time}</source>
        <translation>P{number} {name}: {file}, importado el {time}</translation>
    </message>
</context>
<context>
    <name>RowEditing</name>
    <message numerus="yes">
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>Quitar %n participante</numerusform>
            <numerusform>Quitar %n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n work package(s)</source>
        <translation>
            <numerusform>Eliminar %n paquete de trabajo</numerusform>
            <numerusform>Eliminar %n paquetes de trabajo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n task(s)</source>
        <translation>
            <numerusform>Eliminar %n tarea</numerusform>
            <numerusform>Eliminar %n tareas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n deliverable(s)</source>
        <translation>
            <numerusform>Eliminar %n entregable</numerusform>
            <numerusform>Eliminar %n entregables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n milestone(s)</source>
        <translation>
            <numerusform>Eliminar %n hito</numerusform>
            <numerusform>Eliminar %n hitos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n cost item(s)</source>
        <translation>
            <numerusform>Eliminar %n línea de coste</numerusform>
            <numerusform>Eliminar %n líneas de coste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n organisation(s)</source>
        <translation>
            <numerusform>Eliminar %n organización</numerusform>
            <numerusform>Eliminar %n organizaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n row(s)</source>
        <translation>
            <numerusform>Eliminar %n fila</numerusform>
            <numerusform>Eliminar %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>{column} of {row}: {error}</source>
        <translation>{column} de {row}: {error}</translation>
    </message>
    <message>
        <source>Renumber {row}</source>
        <translation>Renumerar {row}</translation>
    </message>
    <message>
        <source>Change {column} of {row}</source>
        <translation>Cambiar {column} de {row}</translation>
    </message>
    <message>
        <source>new row {line}</source>
        <translation>fila nueva {line}</translation>
    </message>
    <message>
        <source>Nothing was pasted: {error}</source>
        <translation>No se pegó nada: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s), adding {rows}</source>
        <translation>
            <numerusform>Pegar %n celda, añadiendo {rows}</numerusform>
            <numerusform>Pegar %n celdas, añadiendo {rows}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Pegar %n celda</numerusform>
            <numerusform>Pegar %n celdas</numerusform>
        </translation>
    </message>
    <message>
        <source>new row {line}: {error}</source>
        <translation>fila nueva {line}: {error}</translation>
    </message>
    <message>
        <source>Remove {row}</source>
        <translation>Eliminar {row}</translation>
    </message>
</context>
<context>
    <name>S3AreasDialog</name>
    <message>
        <source>Smart-specialisation areas of {code}</source>
        <translation>Ámbitos de especialización inteligente de {code}</translation>
    </message>
    <message>
        <source>S3 areas, one per line</source>
        <translation>Ámbitos S3, uno por línea</translation>
    </message>
    <message>
        <source>Source of the areas</source>
        <translation>Fuente de los ámbitos</translation>
    </message>
    <message>
        <source>e.g. the region&apos;s smart specialisation strategy 2021-2027</source>
        <translation>p. ej. la estrategia de especialización inteligente 2021-2027 de la región</translation>
    </message>
    <message>
        <source>&amp;Areas (one per line):</source>
        <translation>Á&amp;mbitos (uno por línea):</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fuente:</translation>
    </message>
</context>
<context>
    <name>SourceNoteDialog</name>
    <message>
        <source>Region category of {code}</source>
        <translation>Categoría de región de {code}</translation>
    </message>
    <message>
        <source>Region category</source>
        <translation>Categoría de región</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Nota de fuente</translation>
    </message>
    <message>
        <source>e.g. Decision (EU) 2021/1130, Annex I</source>
        <translation>p. ej. Decisión (UE) 2021/1130, anexo I</translation>
    </message>
    <message>
        <source>Where does this value come from? The note is shown beside the category.</source>
        <translation>¿De dónde procede este valor? La nota se muestra junto a la categoría.</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Fuente</translation>
    </message>
</context>
<context>
    <name>ValueChainPage</name>
    <message>
        <source>{participant}: {role} (held)</source>
        <translation>{participant}: {role} (asumida)</translation>
    </message>
    <message>
        <source>{participant}: {role} (not held)</source>
        <translation>{participant}: {role} (no asumida)</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Nobody in the consortium holds this role</source>
        <translation>Nadie del consorcio asume esta función</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>{role}: {holders}</source>
        <translation>{role}: {holders}</translation>
    </message>
    <message>
        <source>Thematic priority</source>
        <translation>Prioridad temática</translation>
    </message>
    <message>
        <source>Thematic p&amp;riority:</source>
        <translation>P&amp;rioridad temática:</translation>
    </message>
    <message>
        <source>Value-chain roles of the participants</source>
        <translation>Funciones de los participantes en la cadena de valor</translation>
    </message>
    <message>
        <source>Roles × participants (Space ticks a role)</source>
        <translation>Funciones × participantes (Espacio marca una función)</translation>
    </message>
    <message>
        <source>Save the pi&amp;cture…</source>
        <translation>Guardar el es&amp;quema…</translation>
    </message>
    <message>
        <source>The chain from research to market</source>
        <translation>La cadena de la investigación al mercado</translation>
    </message>
    <message>
        <source>Companies, SMEs and start-ups</source>
        <translation>Empresas, pymes y empresas emergentes</translation>
    </message>
    <message>
        <source>Sectors and ecosystems</source>
        <translation>Sectores y ecosistemas</translation>
    </message>
    <message>
        <source>Sectors (NACE Rev. 2) and industrial ecosystems</source>
        <translation>Sectores (NACE Rev. 2) y ecosistemas industriales</translation>
    </message>
    <message>
        <source>Clusters and the partners they bring</source>
        <translation>Clústeres y los socios que aportan</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>S3 areas</source>
        <translation>Ámbitos S3</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Smart-specialisation areas per region</source>
        <translation>Ámbitos de especialización inteligente por región</translation>
    </message>
    <message>
        <source>Edit &amp;areas…</source>
        <translation>Editar á&amp;mbitos…</translation>
    </message>
    <message>
        <source>Smart-specialisation (S3) areas of the regions</source>
        <translation>Ámbitos de especialización inteligente (S3) de las regiones</translation>
    </message>
    <message>
        <source>The call&apos;s priorities: {priorities}. Source: {source} (check against the call document)</source>
        <translation>Prioridades de la convocatoria: {priorities}. Fuente: {source} (compruébelo en el texto de la convocatoria)</translation>
    </message>
    <message>
        <source>The call&apos;s priorities: {priorities}. Source: {source}</source>
        <translation>Prioridades de la convocatoria: {priorities}. Fuente: {source}</translation>
    </message>
    <message>
        <source>Every role of the chain is held by someone.</source>
        <translation>Cada función de la cadena la asume alguien.</translation>
    </message>
    <message numerus="yes">
        <source>Nobody holds {missing} of the %n role(s). Find partners whose usual roles include one:</source>
        <translation>
            <numerusform>Nadie asume {missing} de la %n función. Busque socios cuyas funciones habituales incluyan una:</numerusform>
            <numerusform>Nadie asume {missing} de las %n funciones. Busque socios cuyas funciones habituales incluyan una:</numerusform>
        </translation>
    </message>
    <message>
        <source>Find {role}…</source>
        <translation>Buscar {role}…</translation>
    </message>
    <message>
        <source>Find partners for the role {role}</source>
        <translation>Buscar socios para la función {role}</translation>
    </message>
    <message>
        <source>No participant has a NUTS 2 region yet.</source>
        <translation>Ningún participante tiene aún región NUTS 2.</translation>
    </message>
    <message>
        <source>Shared by every region: {areas}.</source>
        <translation>Comunes a todas las regiones: {areas}.</translation>
    </message>
    <message>
        <source>No area is shared by every region.</source>
        <translation>Ningún ámbito es común a todas las regiones.</translation>
    </message>
    <message>
        <source>Sharing no area with any other region: {regions}.</source>
        <translation>Sin ámbitos comunes con ninguna otra región: {regions}.</translation>
    </message>
    <message>
        <source>No areas recorded for {regions}.</source>
        <translation>No hay ámbitos registrados para {regions}.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguno registrado</translation>
    </message>
    <message>
        <source>Give the role {role} to {participant}</source>
        <translation>Asignar la función {role} a {participant}</translation>
    </message>
    <message>
        <source>Take the role {role} from {participant}</source>
        <translation>Quitar la función {role} a {participant}</translation>
    </message>
    <message>
        <source>Change thematic priority of {acronym}</source>
        <translation>Cambiar la prioridad temática de {acronym}</translation>
    </message>
    <message>
        <source>{role}: organisations whose usual roles include it</source>
        <translation>{role}: organizaciones cuyas funciones habituales la incluyen</translation>
    </message>
    <message>
        <source>S3 areas of {code}</source>
        <translation>Ámbitos S3 de {code}</translation>
    </message>
    <message>
        <source>Save the picture of the value chain</source>
        <translation>Guardar el esquema de la cadena de valor</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>{group}: no participants yet.</source>
        <translation>{group}: aún no hay participantes.</translation>
    </message>
    <message>
        <source>EUR {amount}, {share} of the EU contribution</source>
        <translation>{amount} EUR, {share} de la contribución de la UE</translation>
    </message>
    <message>
        <source>no EU contribution planned yet</source>
        <translation>aún no hay contribución de la UE prevista</translation>
    </message>
    <message>
        <source>Companies (SMEs and large enterprises)</source>
        <translation>Empresas (pymes y grandes empresas)</translation>
    </message>
    <message>
        <source>SMEs</source>
        <translation>Pymes</translation>
    </message>
    <message>
        <source>Start-ups</source>
        <translation>Empresas emergentes</translation>
    </message>
    <message>
        <source>Sectors:</source>
        <translation>Sectores:</translation>
    </message>
    <message>
        <source>Ecosystems:</source>
        <translation>Ecosistemas:</translation>
    </message>
    <message>
        <source>No participant is recorded as a member of a cluster.</source>
        <translation>Ningún participante figura como miembro de un clúster.</translation>
    </message>
</context>
<context>
    <name>WorkPlanPage</name>
    <message>
        <source>there is no work package {token}</source>
        <translation>no existe el paquete de trabajo {token}</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
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
        <source>Start</source>
        <translation>Inicio</translation>
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
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Entregables</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation>Paquete de trabajo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Dissemination</source>
        <translation>Difusión</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Work packages</source>
        <translation>Paquetes de trabajo</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Medios de verificación</translation>
    </message>
    <message>
        <source>Work plan tables</source>
        <translation>Tablas del plan de trabajo</translation>
    </message>
    <message>
        <source>Add work package</source>
        <translation>Añadir paquete de trabajo</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Añadir tarea</translation>
    </message>
    <message>
        <source>Add deliverable</source>
        <translation>Añadir entregable</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Añadir hito</translation>
    </message>
    <message>
        <source>No work packages yet. Add work package (or the Insert key) adds one; its tasks, deliverables and milestones go in the other tabs.</source>
        <translation>Aún no hay paquetes de trabajo. «Añadir paquete de trabajo» (o la tecla Insert) añade uno; sus tareas, entregables e hitos van en las otras pestañas.</translation>
    </message>
    <message>
        <source>Renumber</source>
        <translation>Renumerar</translation>
    </message>
    <message>
        <source>New work package</source>
        <translation>Nuevo paquete de trabajo</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>New deliverable</source>
        <translation>Nuevo entregable</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Nuevo hito</translation>
    </message>
    <message>
        <source>Add a work package first: tasks belong to one.</source>
        <translation>Añada primero un paquete de trabajo: las tareas pertenecen a uno.</translation>
    </message>
    <message>
        <source>Add a work package first: deliverables belong to one.</source>
        <translation>Añada primero un paquete de trabajo: los entregables pertenecen a uno.</translation>
    </message>
    <message>
        <source>Renumber work packages</source>
        <translation>Renumerar paquetes de trabajo</translation>
    </message>
    <message>
        <source>Renumber tasks</source>
        <translation>Renumerar tareas</translation>
    </message>
    <message>
        <source>Renumber deliverables</source>
        <translation>Renumerar entregables</translation>
    </message>
    <message>
        <source>Renumber milestones</source>
        <translation>Renumerar hitos</translation>
    </message>
</context>
</TS>
