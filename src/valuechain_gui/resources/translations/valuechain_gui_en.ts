<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Canvas</name>
    <message numerus="yes">
        <source>The stage “{stage}” holds %n link(s). What should happen to them?</source>
        <translation>
            <numerusform>The stage “{stage}” holds %n link. What should happen to them?</numerusform>
            <numerusform>The stage “{stage}” holds %n links. What should happen to them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChainStatusBar</name>
    <message numerus="yes">
        <source>%n link(s) to assess</source>
        <translation>
            <numerusform>%n link to assess</numerusform>
            <numerusform>%n links to assess</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flow</numerusform>
            <numerusform>%n flows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CitedPartners</name>
    <message numerus="yes">
        <source>This project cites %n partner(s) that your partner directory does not hold. Add them to the directory?</source>
        <translation>
            <numerusform>This project cites %n partner that your partner directory does not hold. Add it to the directory?</numerusform>
            <numerusform>This project cites %n partners that your partner directory does not hold. Add them to the directory?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) added to the directory</source>
        <translation>
            <numerusform>%n partner added to the directory</numerusform>
            <numerusform>%n partners added to the directory</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryWindow</name>
    <message numerus="yes">
        <source>{shown} of %n partner(s)</source>
        <translation>
            <numerusform>{shown} of %n partner</numerusform>
            <numerusform>{shown} of %n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) added</source>
        <translation>
            <numerusform>%n partner added</numerusform>
            <numerusform>%n partners added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) updated</source>
        <translation>
            <numerusform>%n partner updated</numerusform>
            <numerusform>%n partners updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): see the details.</source>
        <translation>
            <numerusform>%n problem: see the details.</numerusform>
            <numerusform>%n problems: see the details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) exported</source>
        <translation>
            <numerusform>%n partner exported</numerusform>
            <numerusform>%n partners exported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message numerus="yes">
        <source>%n link(s) found</source>
        <translation>
            <numerusform>%n link found</numerusform>
            <numerusform>%n links found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GapTableModel</name>
    <message numerus="yes">
        <source>%n link(s) downstream of it</source>
        <translation>
            <numerusform>%n link downstream of it</numerusform>
            <numerusform>%n links downstream of it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n end market(s) downstream of it</source>
        <translation>
            <numerusform>%n end market downstream of it</numerusform>
            <numerusform>%n end markets downstream of it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GapsDock</name>
    <message numerus="yes">
        <source>… and %n more end market(s)</source>
        <translation>
            <numerusform>… and %n more end market</numerusform>
            <numerusform>… and %n more end markets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoadNotice</name>
    <message numerus="yes">
        <source>%n place(s) cleaned. The project is marked as modified: save it to keep the cleaned texts.</source>
        <translation>
            <numerusform>%n place cleaned. The project is marked as modified: save it to keep the cleaned texts.</numerusform>
            <numerusform>%n places cleaned. The project is marked as modified: save it to keep the cleaned texts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n link(s) imported; please check these rows:</source>
        <translation>
            <numerusform>%n link imported; please check these rows:</numerusform>
            <numerusform>%n links imported; please check these rows:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) with this actor</source>
        <translation>
            <numerusform>%n link with this actor</numerusform>
            <numerusform>%n links with this actor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchingDock</name>
    <message numerus="yes">
        <source>None of the %n partner(s) compared has a strong link or a competence corresponding to this one (similarity at least {t}).</source>
        <translation>
            <numerusform>None of the %n partner compared has a strong link or a competence corresponding to this one (similarity at least {t}).</numerusform>
            <numerusform>None of the %n partners compared has a strong link or a competence corresponding to this one (similarity at least {t}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s), best first. Select one of their links to confirm or reject the correspondence.</source>
        <translation>
            <numerusform>%n candidate, best first. Select one of their links to confirm or reject the correspondence.</numerusform>
            <numerusform>%n candidates, best first. Select one of their links to confirm or reject the correspondence.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>%n column(s) not imported: {columns} (the columns read are: {expected}).</source>
        <translation>
            <numerusform>%n column not imported: {columns} (the columns read are: {expected}).</numerusform>
            <numerusform>%n columns not imported: {columns} (the columns read are: {expected}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
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
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s)</source>
        <translation>
            <numerusform>%n cell</numerusform>
            <numerusform>%n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flow</numerusform>
            <numerusform>%n flows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n part</numerusform>
            <numerusform>%n parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n XML element(s)</source>
        <translation>
            <numerusform>%n XML element</numerusform>
            <numerusform>%n XML elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared text(s)</source>
        <translation>
            <numerusform>%n shared text</numerusform>
            <numerusform>%n shared texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell format(s)</source>
        <translation>
            <numerusform>%n cell format</numerusform>
            <numerusform>%n cell formats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n sheet</numerusform>
            <numerusform>%n sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged range(s)</source>
        <translation>
            <numerusform>%n merged range</numerusform>
            <numerusform>%n merged ranges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Characters that cannot be saved or exported were removed in %n place(s): {places}</source>
        <translation>
            <numerusform>Characters that cannot be saved or exported were removed in %n place: {places}</numerusform>
            <numerusform>Characters that cannot be saved or exported were removed in %n places: {places}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{detail} (and %n more problem(s))</source>
        <translation>
            <numerusform>{detail} (and %n more problem)</numerusform>
            <numerusform>{detail} (and %n more problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDock</name>
    <message numerus="yes">
        <source>%n live action(s) without owner or deadline</source>
        <translation>
            <numerusform>%n live action without owner or deadline</numerusform>
            <numerusform>%n live actions without owner or deadline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n action(s)</source>
        <translation>
            <numerusform>Remove %n action</numerusform>
            <numerusform>Remove %n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PropertiesDock</name>
    <message numerus="yes">
        <source>%n links selected</source>
        <translation>
            <numerusform>%n link selected</numerusform>
            <numerusform>%n links selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flow</numerusform>
            <numerusform>%n flows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message numerus="yes">
        <source>%n damaged recovery file(s) set aside in {folder} (a project copy there can still be opened with File &gt; Open):</source>
        <translation>
            <numerusform>%n damaged recovery file set aside in {folder} (a project copy there can still be opened with File &gt; Open):</numerusform>
            <numerusform>%n damaged recovery files set aside in {folder} (a project copy there can still be opened with File &gt; Open):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message numerus="yes">
        <source>%n cell(s) contained characters Excel refuses; they were removed.</source>
        <translation>
            <numerusform>%n cell contained characters Excel refuses; they were removed.</numerusform>
            <numerusform>%n cells contained characters Excel refuses; they were removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Text was cut at Excel&apos;s limit of 32,767 characters in %n cell(s) (the project keeps the whole text).</source>
        <translation>
            <numerusform>Text was cut at Excel&apos;s limit of 32,767 characters in %n cell (the project keeps the whole text).</numerusform>
            <numerusform>Text was cut at Excel&apos;s limit of 32,767 characters in %n cells (the project keeps the whole text).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message numerus="yes">
        <source>%n stage(s):</source>
        <translation>
            <numerusform>%n stage:</numerusform>
            <numerusform>%n stages:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s):</source>
        <translation>
            <numerusform>%n link:</numerusform>
            <numerusform>%n links:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message numerus="yes">
        <source>Room&apos;s votes (live): %n vote(s)</source>
        <translation>
            <numerusform>Room&apos;s votes (live): %n vote</numerusform>
            <numerusform>Room&apos;s votes (live): %n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Room&apos;s votes of {date}: %n vote(s)</source>
        <translation>
            <numerusform>Room&apos;s votes of {date}: %n vote</numerusform>
            <numerusform>Room&apos;s votes of {date}: %n votes</numerusform>
        </translation>
    </message>
</context>
</TS>
