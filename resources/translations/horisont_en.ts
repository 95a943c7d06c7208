<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>horisont::AllocationGridModel</name>
    <message numerus="yes">
        <source>Decided (%n allocation(s)): %1</source>
        <translation>
            <numerusform>Decided (%n allocation): %1</numerusform>
            <numerusform>Decided (%n allocations): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned: %n allocation(s)</source>
        <translation>
            <numerusform>Planned: %n allocation</numerusform>
            <numerusform>Planned: %n allocations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::AreasView</name>
    <message numerus="yes">
        <source>Delete %n area(s)</source>
        <translation>
            <numerusform>Delete %n area</numerusform>
            <numerusform>Delete %n areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n classification(s)</source>
        <translation>
            <numerusform>Delete %n classification</numerusform>
            <numerusform>Delete %n classifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::ArrivedChange</name>
    <message numerus="yes">
        <source>%1 (and %n more change(s))</source>
        <translation>
            <numerusform>%1 (and %n more change)</numerusform>
            <numerusform>%1 (and %n more changes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::AuditTrailModel</name>
    <message numerus="yes">
        <source>%n row(s) imported</source>
        <translation>
            <numerusform>%n row imported</numerusform>
            <numerusform>%n rows imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) removed</source>
        <translation>
            <numerusform>%n row removed</numerusform>
            <numerusform>%n rows removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::AuditTrailView</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n change(s) to %1.</source>
        <translation>
            <numerusform>Exported %n change to %1.</numerusform>
            <numerusform>Exported %n changes to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the import of %1: %n row(s), %2.</source>
        <translation>
            <numerusform>Removed the import of %1: %n row, %2.</numerusform>
            <numerusform>Removed the import of %1: %n rows, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the import of %1 (%n row(s), %2) from the plan? Its rows leave the ledger and every figure of actual spending; the audit trail keeps who removed it. The file can be imported again.</source>
        <translation>
            <numerusform>Remove the import of %1 (%n row, %2) from the plan? Its rows leave the ledger and every figure of actual spending; the audit trail keeps who removed it. The file can be imported again.</numerusform>
            <numerusform>Remove the import of %1 (%n rows, %2) from the plan? Its rows leave the ledger and every figure of actual spending; the audit trail keeps who removed it. The file can be imported again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::ChangesItemsTab</name>
    <message numerus="yes">
        <source>%1 of %n change(s)</source>
        <translation>
            <numerusform>%1 of %n change</numerusform>
            <numerusform>%1 of %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::ChangesMoneyTab</name>
    <message numerus="yes">
        <source>&lt;b&gt;Money allocated&lt;/b&gt; per year, source, organisation and intervention, where it differs (%n row(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Money allocated&lt;/b&gt; per year, source, organisation and intervention, where it differs (%n row)</numerusform>
            <numerusform>&lt;b&gt;Money allocated&lt;/b&gt; per year, source, organisation and intervention, where it differs (%n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::ChangesView</name>
    <message numerus="yes">
        <source>%n change(s) to items</source>
        <translation>
            <numerusform>%n change to items</numerusform>
            <numerusform>%n changes to items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to money</source>
        <translation>
            <numerusform>%n change to money</numerusform>
            <numerusform>%n changes to money</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::ForecastModel</name>
    <message numerus="yes">
        <source>Run rate of %n completed month(s)</source>
        <translation>
            <numerusform>Run rate of %n completed month</numerusform>
            <numerusform>Run rate of %n completed months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::ImportDialog</name>
    <message numerus="yes">
        <source>%n of the rows shown are dated outside the dates of the intervention their project code names.</source>
        <translation>
            <numerusform>%n of the rows shown is dated outside the dates of the intervention its project code names.</numerusform>
            <numerusform>%n of the rows shown are dated outside the dates of the intervention their project code names.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::LedgerImport</name>
    <message numerus="yes">
        <source>%1 (and %n more row(s)); nothing was imported</source>
        <translation>
            <numerusform>%1 (and %n more row); nothing was imported</numerusform>
            <numerusform>%1 (and %n more rows); nothing was imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> … (and %n more)</source>
        <translation>
            <numerusform> … (and %n more)</numerusform>
            <numerusform> … (and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::MarkDecidedDialog</name>
    <message numerus="yes">
        <source>%n allocation(s) will be marked as decided on:</source>
        <translation>
            <numerusform>%n allocation will be marked as decided on:</numerusform>
            <numerusform>%n allocations will be marked as decided on:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::OrganisationsView</name>
    <message numerus="yes">
        <source>Delete %n organisation(s)</source>
        <translation>
            <numerusform>Delete %n organisation</numerusform>
            <numerusform>Delete %n organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::PdfPack</name>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::PlanCheck</name>
    <message numerus="yes">
        <source>%n ledger transaction(s), %1 in all, carry codes that match nothing in the plan.</source>
        <translation>
            <numerusform>%n ledger transaction, %1 in all, carries codes that match nothing in the plan.</numerusform>
            <numerusform>%n ledger transactions, %1 in all, carry codes that match nothing in the plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger transaction(s) on %1, %2 in all, are dated outside the source&apos;s valid period %3; the earliest: %4.</source>
        <translation>
            <numerusform>%n ledger transaction on %1, %2 in all, is dated outside the source&apos;s valid period %3; the earliest: %4.</numerusform>
            <numerusform>%n ledger transactions on %1, %2 in all, are dated outside the source&apos;s valid period %3; the earliest: %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger transaction(s) on intervention %1, %2 in all, are dated outside its period %3; the earliest: %4.</source>
        <translation>
            <numerusform>%n ledger transaction on intervention %1, %2 in all, is dated outside its period %3; the earliest: %4.</numerusform>
            <numerusform>%n ledger transactions on intervention %1, %2 in all, are dated outside its period %3; the earliest: %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::PlanComparison</name>
    <message numerus="yes">
        <source>(+%n days)</source>
        <translation>
            <numerusform>(+%n day)</numerusform>
            <numerusform>(+%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(−%n days)</source>
        <translation>
            <numerusform>(−%n day)</numerusform>
            <numerusform>(−%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::PlanDocument</name>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::PlanMapping</name>
    <message numerus="yes">
        <source>%n intervention(s) have no accountable organisation: the file does not say who is accountable; choose one for each in the responsibility matrix.</source>
        <translation>
            <numerusform>%n intervention has no accountable organisation: the file does not say who is accountable; choose one in the responsibility matrix.</numerusform>
            <numerusform>%n interventions have no accountable organisation: the file does not say who is accountable; choose one for each in the responsibility matrix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more note(s) like these.</source>
        <translation>
            <numerusform>… and %n more note like these.</numerusform>
            <numerusform>… and %n more notes like these.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::PlanSession</name>
    <message numerus="yes">
        <source>The plan checks found %n problem(s).</source>
        <translation>
            <numerusform>The plan checks found %n problem.</numerusform>
            <numerusform>The plan checks found %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::PlanSpreadsheet</name>
    <message numerus="yes">
        <source>%1: the workbook has %n sheet(s), not a sheet %2</source>
        <translation>
            <numerusform>%1: the workbook has %n sheet, not a sheet %2</numerusform>
            <numerusform>%1: the workbook has %n sheets, not a sheet %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::ServerStatus</name>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::SpreadDialog</name>
    <message numerus="yes">
        <source>%n part(s) summing to %1.</source>
        <translation>
            <numerusform>%n part summing to %1.</numerusform>
            <numerusform>%n parts summing to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::StructureModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::StructureView</name>
    <message numerus="yes">
        <source>Copied %n item(s).</source>
        <translation>
            <numerusform>Copied %n item.</numerusform>
            <numerusform>Copied %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::TaskJugglerReader</name>
    <message numerus="yes">
        <source>%1: %n task(s) have no dates of their own (the first at %2); their dates are derived from their dependencies and durations without TaskJuggler&apos;s scheduling, and are estimates.</source>
        <translation>
            <numerusform>%1: %n task has no dates of its own (at %2); its dates are derived from its dependencies and duration without TaskJuggler&apos;s scheduling, and are an estimate.</numerusform>
            <numerusform>%1: %n tasks have no dates of their own (the first at %2); their dates are derived from their dependencies and durations without TaskJuggler&apos;s scheduling, and are estimates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::TimelineToolTip</name>
    <message numerus="yes">
        <source>%1: %n intervention(s)</source>
        <translation>
            <numerusform>%1: %n intervention</numerusform>
            <numerusform>%1: %n interventions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 – %2 (%n day)</numerusform>
            <numerusform>%1 – %2 (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slipped %n day(s)</source>
        <translation>
            <numerusform>Slipped %n day</numerusform>
            <numerusform>Slipped %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ahead by %n day(s)</source>
        <translation>
            <numerusform>Ahead by %n day</numerusform>
            <numerusform>Ahead by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::allocations</name>
    <message numerus="yes">
        <source>Spread allocation over %n cell(s)</source>
        <translation>
            <numerusform>Spread allocation over %n cell</numerusform>
            <numerusform>Spread allocation over %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n allocation(s) as decided</source>
        <translation>
            <numerusform>Mark %n allocation as decided</numerusform>
            <numerusform>Mark %n allocations as decided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n allocation(s) as decided on «%1»</source>
        <translation>
            <numerusform>Mark %n allocation as decided on «%1»</numerusform>
            <numerusform>Mark %n allocations as decided on «%1»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::cli</name>
    <message numerus="yes">
        <source>Expected %n file argument(s).</source>
        <translation>
            <numerusform>Expected %n file argument.</numerusform>
            <numerusform>Expected %n file arguments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  %3  %4  %n row(s)  %5</source>
        <translation>
            <numerusform>%1  %2  %3  %4  %n row  %5</numerusform>
            <numerusform>%1  %2  %3  %4  %n rows  %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::commands</name>
    <message numerus="yes">
        <source>Cannot delete: %n ledger transaction(s) totalling %1 are booked on what would be deleted. Set its status to cancelled instead, so that the spending stays accounted for.</source>
        <translation>
            <numerusform>Cannot delete: %n ledger transaction totalling %1 is booked on what would be deleted. Set its status to cancelled instead, so that the spending stays accounted for.</numerusform>
            <numerusform>Cannot delete: %n ledger transactions totalling %1 are booked on what would be deleted. Set its status to cancelled instead, so that the spending stays accounted for.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::structure</name>
    <message numerus="yes">
        <source>Paste %n item(s)</source>
        <translation>
            <numerusform>Paste %n item</numerusform>
            <numerusform>Paste %n items</numerusform>
        </translation>
    </message>
</context>
</TS>
