<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>Add %n participant(s)</source>
        <translation>
            <numerusform>Add %n participant</numerusform>
            <numerusform>Add %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n participant(s) from {countries} in {regions}</source>
        <translation>
            <numerusform>At least %n participant from {countries} in {regions}</numerusform>
            <numerusform>At least %n participants from {countries} in {regions}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%n country</numerusform>
            <numerusform>%n countries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n region</numerusform>
            <numerusform>%n regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n region category(ies) from {file} ({new} new, {changed} changed, {unchanged} unchanged)</source>
        <translation>
            <numerusform>Imported %n region category from {file} ({new} new, {changed} changed, {unchanged} unchanged)</numerusform>
            <numerusform>Imported %n region categories from {file} ({new} new, {changed} changed, {unchanged} unchanged)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{problems} (and %n more)</source>
        <translation>
            <numerusform>{problems} (and %n more)</numerusform>
            <numerusform>{problems} (and %n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{report}; %n row(s) skipped: {problems}.</source>
        <translation>
            <numerusform>{report}; %n row skipped: {problems}.</numerusform>
            <numerusform>{report}; %n rows skipped: {problems}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{group}: {count} of %n participant(s){numbers}, {share}; {of_eu}.</source>
        <translation>
            <numerusform>{group}: {count} of %n participant{numbers}, {share}; {of_eu}.</numerusform>
            <numerusform>{group}: {count} of %n participants{numbers}, {share}; {of_eu}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message numerus="yes">
        <source>%n row(s) differ: {inputs} and {derived} following from them (derived). Shaded cells differ from the reference: yellow changed, green added, red removed.</source>
        <translation>
            <numerusform>%n row differs: {inputs} and {derived} following from them (derived). Shaded cells differ from the reference: yellow changed, green added, red removed.</numerusform>
            <numerusform>%n rows differ: {inputs} and {derived} following from them (derived). Shaded cells differ from the reference: yellow changed, green added, red removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed value(s)</source>
        <translation>
            <numerusform>%n changed value</numerusform>
            <numerusform>%n changed values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n figure</numerusform>
            <numerusform>%n figures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n new organisation</numerusform>
            <numerusform>%n new organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated, field by field as previewed</source>
        <translation>
            <numerusform>%n updated, field by field as previewed</numerusform>
            <numerusform>%n updated, field by field as previewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged or kept as they are</source>
        <translation>
            <numerusform>%n unchanged or kept as they are</numerusform>
            <numerusform>%n unchanged or kept as they are</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n row skipped</numerusform>
            <numerusform>%n rows skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message numerus="yes">
        <source>{count} organisation(s)</source>
        <translation>
            <numerusform>{count} organisation</numerusform>
            <numerusform>{count} organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n group(s) of likely duplicates.</source>
        <translation>
            <numerusform>%n group of likely duplicates.</numerusform>
            <numerusform>%n groups of likely duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n records into {name}</source>
        <translation>
            <numerusform>Merge %n records into {name}</numerusform>
            <numerusform>Merge %n records into {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n records as not duplicates</source>
        <translation>
            <numerusform>Mark %n records as not duplicates</numerusform>
            <numerusform>Mark %n records as not duplicates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EffortPage</name>
    <message numerus="yes">
        <source>Paste %n effort cell(s)</source>
        <translation>
            <numerusform>Paste %n effort cell</numerusform>
            <numerusform>Paste %n effort cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>%n organisation row(s) read from “{sheet}”: {new} new, {update} to update, {unchanged} unchanged or kept, {skipped} skipped.</source>
        <translation>
            <numerusform>%n organisation row read from “{sheet}”: {new} new, {update} to update, {unchanged} unchanged or kept, {skipped} skipped.</numerusform>
            <numerusform>%n organisation rows read from “{sheet}”: {new} new, {update} to update, {unchanged} unchanged or kept, {skipped} skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): nothing can be imported until they are fixed in the file, or you choose to skip those rows.</source>
        <translation>
            <numerusform>%n error: nothing can be imported until they are fixed in the file, or you choose to skip those rows.</numerusform>
            <numerusform>%n errors: nothing can be imported until they are fixed in the file, or you choose to skip those rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionsPage</name>
    <message numerus="yes">
        <source>%n region(s), {missing} without a category</source>
        <translation>
            <numerusform>%n region, {missing} without a category</numerusform>
            <numerusform>%n regions, {missing} without a category</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n source note(s)</source>
        <translation>
            <numerusform>Paste %n source note</numerusform>
            <numerusform>Paste %n source notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowEditing</name>
    <message numerus="yes">
        <source>Paste %n cell(s), adding {rows}</source>
        <translation>
            <numerusform>Paste %n cell, adding {rows}</numerusform>
            <numerusform>Paste %n cells, adding {rows}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Paste %n cell</numerusform>
            <numerusform>Paste %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>Remove %n participant</numerusform>
            <numerusform>Remove %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n work package(s)</source>
        <translation>
            <numerusform>Remove %n work package</numerusform>
            <numerusform>Remove %n work packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n task(s)</source>
        <translation>
            <numerusform>Remove %n task</numerusform>
            <numerusform>Remove %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n deliverable(s)</source>
        <translation>
            <numerusform>Remove %n deliverable</numerusform>
            <numerusform>Remove %n deliverables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n milestone(s)</source>
        <translation>
            <numerusform>Remove %n milestone</numerusform>
            <numerusform>Remove %n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n cost item(s)</source>
        <translation>
            <numerusform>Remove %n cost item</numerusform>
            <numerusform>Remove %n cost items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n organisation(s)</source>
        <translation>
            <numerusform>Remove %n organisation</numerusform>
            <numerusform>Remove %n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n row(s)</source>
        <translation>
            <numerusform>Remove %n row</numerusform>
            <numerusform>Remove %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValueChainPage</name>
    <message numerus="yes">
        <source>Nobody holds {missing} of the %n role(s). Find partners whose usual roles include one:</source>
        <translation>
            <numerusform>Nobody holds {missing} of the %n role. Find partners whose usual roles include one:</numerusform>
            <numerusform>Nobody holds {missing} of the %n roles. Find partners whose usual roles include one:</numerusform>
        </translation>
    </message>
</context>
</TS>
