<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Leta i:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>horisont::AccountableChoice</name>
    <message>
        <source>Accountable organisation</source>
        <translation>Ytterst ansvarig organisation</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>horisont::AllocationGridModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>nothing allocated</source>
        <translation>inget fördelat</translation>
    </message>
    <message>
        <source>no decision given</source>
        <translation>inget beslut angivet</translation>
    </message>
    <message numerus="yes">
        <source>Decided (%n allocation(s)): %1</source>
        <translation>
            <numerusform>Beslutad (%n fördelning): %1</numerusform>
            <numerusform>Beslutad (%n fördelningar): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned: %n allocation(s)</source>
        <translation>
            <numerusform>Planerad: %n fördelning</numerusform>
            <numerusform>Planerad: %n fördelningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>(no intervention)</source>
        <translation>(ingen insats)</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(ingen organisation)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount; type it like %3. Nothing was changed.</source>
        <translation>%1: ”%2” är inget belopp; skriv det som %3. Inget har ändrats.</translation>
    </message>
</context>
<context>
    <name>horisont::AllocationGridView</name>
    <message>
        <source>Spread…</source>
        <translation>Sprid…</translation>
    </message>
    <message>
        <source>Mark as decided…</source>
        <translation>Markera som beslutad…</translation>
    </message>
    <message>
        <source>By intervention</source>
        <translation>Per insats</translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation>Per organisation</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Finansieringskälla</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Motivering till ändringen</translation>
    </message>
    <message>
        <source>Spread an amount over years or organisations</source>
        <translation>Sprid ett belopp över år eller organisationer</translation>
    </message>
    <message>
        <source>Mark the selected cells as decided</source>
        <translation>Markera de valda cellerna som beslutade</translation>
    </message>
    <message>
        <source>Allocations by year</source>
        <translation>Fördelningar per år</translation>
    </message>
    <message>
        <source>Budget years</source>
        <translation>Budgetår</translation>
    </message>
    <message>
        <source>Funding sources: ceiling, allocated and left</source>
        <translation>Finansieringskällor: tak, fördelat och kvar</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Rader:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Källa:</translation>
    </message>
    <message>
        <source>Reason for the change:</source>
        <translation>Motivering till ändringen:</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alla källor</translation>
    </message>
    <message>
        <source>Select a cell in the row to spread over first.</source>
        <translation>Markera först en cell i raden som ska spridas.</translation>
    </message>
    <message>
        <source>Select the cells whose allocations were decided.</source>
        <translation>Markera cellerna vars fördelningar har beslutats.</translation>
    </message>
    <message>
        <source>Optional; written to the change log with the next change made here</source>
        <translation>Valfri; skrivs i ändringsloggen med nästa ändring som görs här</translation>
    </message>
    <message>
        <source>%1: there is no funding source yet. Add one under Sources and allocations, then choose it under Source to type amounts into empty cells.</source>
        <translation>%1: det finns ingen finansieringskälla ännu. Lägg till en under Källor och fördelningar och välj den sedan under Källa för att skriva belopp i tomma celler.</translation>
    </message>
    <message>
        <source>%1 is empty and all sources are shown, so new money would have no source. Choose the funding source under Source, then type the amount.</source>
        <translation>%1 är tom och alla källor visas, så nya pengar skulle sakna källa. Välj finansieringskällan under Källa och skriv sedan beloppet.</translation>
    </message>
</context>
<context>
    <name>horisont::AreaChecklist</name>
    <message>
        <source>Areas where the problem shows</source>
        <translation>Områden där problemet finns</translation>
    </message>
    <message>
        <source>Targeted areas</source>
        <translation>Områden som insatsen riktar sig till</translation>
    </message>
</context>
<context>
    <name>horisont::AreaModel</name>
    <message>
        <source>Classification as of today, from the classification history</source>
        <translation>Klassning i dag, enligt klassningshistoriken</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Classification today</source>
        <translation>Klassning i dag</translation>
    </message>
    <message>
        <source>An area needs a name.</source>
        <translation>Ett område måste ha ett namn.</translation>
    </message>
</context>
<context>
    <name>horisont::AreasView</name>
    <message>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassning</translation>
    </message>
    <message>
        <source>Classification history</source>
        <translation>Klassningshistorik</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Lägg till område</translation>
    </message>
    <message>
        <source>Delete area</source>
        <translation>Ta bort område</translation>
    </message>
    <message>
        <source>Add history entry</source>
        <translation>Lägg till historikpost</translation>
    </message>
    <message>
        <source>Delete history entry</source>
        <translation>Ta bort historikpost</translation>
    </message>
    <message>
        <source>Choose an area to see its classification history.</source>
        <translation>Välj ett område för att se dess klassningshistorik.</translation>
    </message>
    <message>
        <source>Classification history of %1:</source>
        <translation>Klassningshistorik för %1:</translation>
    </message>
    <message>
        <source>New area</source>
        <translation>Nytt område</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n area(s)</source>
        <translation>
            <numerusform>Ta bort %n område</numerusform>
            <numerusform>Ta bort %n områden</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete area</source>
        <translation>Området kan inte tas bort</translation>
    </message>
    <message>
        <source>Add classification</source>
        <translation>Lägg till klassning</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n classification(s)</source>
        <translation>
            <numerusform>Ta bort %n klassning</numerusform>
            <numerusform>Ta bort %n klassningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete classification</source>
        <translation>Klassningen kan inte tas bort</translation>
    </message>
</context>
<context>
    <name>horisont::ArrivedChange</name>
    <message>
        <source>%1 changed %2 of %3</source>
        <translation>%1 ändrade %2 för %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more change(s))</source>
        <translation>
            <numerusform>%1 (och %n ändring till)</numerusform>
            <numerusform>%1 (och %n ändringar till)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::AuditTrailModel</name>
    <message>
        <source>Ledger import</source>
        <translation>Import från huvudboken</translation>
    </message>
    <message>
        <source>Ledger import: %1</source>
        <translation>Import från huvudboken: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported</source>
        <translation>
            <numerusform>%n rad importerad</numerusform>
            <numerusform>%n rader importerade</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 nr %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Vad som gjordes</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Revisionsspår</translation>
    </message>
    <message>
        <source>Ledger import removed</source>
        <translation>Import från huvudboken borttagen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) removed</source>
        <translation>
            <numerusform>%n rad borttagen</numerusform>
            <numerusform>%n rader borttagna</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::AuditTrailView</name>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Finansieringskälla</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alla</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Från datum</translation>
    </message>
    <message>
        <source>To date (the last day included)</source>
        <translation>Till datum (sista dagen ingår)</translation>
    </message>
    <message>
        <source>Export the audit trail as shown</source>
        <translation>Exportera revisionsspåret som det visas</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Revisionsspår</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Källa:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Från:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Till:</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n ändring</numerusform>
            <numerusform>%n ändringar</numerusform>
        </translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alla källor</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alla organisationer</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportera revisionsspåret</translation>
    </message>
    <message>
        <source>audit-trail.xlsx</source>
        <translation>revisionsspar.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for spreadsheets (*.csv)</source>
        <translation>Excel-arbetsbok (*.xlsx);;CSV för kalkylprogram (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n change(s) to %1.</source>
        <translation>
            <numerusform>Exporterade %n ändring till %1.</numerusform>
            <numerusform>Exporterade %n ändringar till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove import…</source>
        <translation>Ta bort import…</translation>
    </message>
    <message>
        <source>Remove the chosen ledger import from the plan</source>
        <translation>Ta bort den valda importen från huvudboken ur planen</translation>
    </message>
    <message>
        <source>An import is not undone with Undo: this takes its rows out of the ledger, and the audit trail keeps who removed what.</source>
        <translation>En import ångras inte med Ångra: detta tar bort dess rader ur huvudboken, och revisionsspåret behåller vem som tog bort vad.</translation>
    </message>
    <message>
        <source>The chosen row is not a ledger import.</source>
        <translation>Den valda raden är inte en import från huvudboken.</translation>
    </message>
    <message numerus="yes">
        <source>Removed the import of %1: %n row(s), %2.</source>
        <translation>
            <numerusform>Tog bort importen av %1: %n rad, %2.</numerusform>
            <numerusform>Tog bort importen av %1: %n rader, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the import of %1 (%n row(s), %2) from the plan? Its rows leave the ledger and every figure of actual spending; the audit trail keeps who removed it. The file can be imported again.</source>
        <translation>
            <numerusform>Ta bort importen av %1 (%n rad, %2) ur planen? Dess rader försvinner ur huvudboken och ur alla siffror för utfall; revisionsspåret behåller vem som tog bort den. Filen kan importeras igen.</numerusform>
            <numerusform>Ta bort importen av %1 (%n rader, %2) ur planen? Dess rader försvinner ur huvudboken och ur alla siffror för utfall; revisionsspåret behåller vem som tog bort den. Filen kan importeras igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove import</source>
        <translation>Ta bort import</translation>
    </message>
</context>
<context>
    <name>horisont::BudgetAgainstActualTab</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Tertial</source>
        <translation>Tertial</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Finansieringskälla</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Rader:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Budget against actual</source>
        <translation>Budget mot utfall</translation>
    </message>
    <message>
        <source>Periods and amounts</source>
        <translation>Perioder och belopp</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alla år</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>%1
Allocated</source>
        <translation>%1
Fördelat</translation>
    </message>
    <message>
        <source>%1
Spent</source>
        <translation>%1
Förbrukat</translation>
    </message>
    <message>
        <source>%1
Variance</source>
        <translation>%1
Avvikelse</translation>
    </message>
    <message>
        <source>%1
% used</source>
        <translation>%1
% förbrukat</translation>
    </message>
    <message>
        <source>&amp;Decided budget</source>
        <translation>&amp;Beslutad budget</translation>
    </message>
    <message>
        <source>The plan has no decided version to compare with.</source>
        <translation>Planen har ingen beslutad version att jämföra med.</translation>
    </message>
    <message>
        <source>A tertial or month is budgeted an even share of its year&apos;s allocation. Variance is allocated − spent: a minus sign (in red) means overspending. Decided is the latest decided version&apos;s allocation; allocated − decided is what has changed since the decision.</source>
        <translation>En tertial eller månad får en jämn andel av årets fördelning som budget. Avvikelse är fördelat − förbrukat: ett minustecken (i rött) betyder överförbrukning. Beslutat är den senast beslutade versionens fördelning; fördelat − beslutat är det som har ändrats sedan beslutet.</translation>
    </message>
    <message>
        <source>Show what «%1» decided beside the allocation, and the change since.</source>
        <translation>Visa vad «%1» beslutade bredvid fördelningen, och ändringen sedan dess.</translation>
    </message>
    <message>
        <source>%1
Decided («%2»)</source>
        <translation>%1
Beslutat («%2»)</translation>
    </message>
    <message>
        <source>%1
Allocated − decided</source>
        <translation>%1
Fördelat − beslutat</translation>
    </message>
</context>
<context>
    <name>horisont::BudgetFollowUpView</name>
    <message>
        <source>Budget follow-up</source>
        <translation>Budgetuppföljning</translation>
    </message>
    <message>
        <source>Parts of the budget follow-up</source>
        <translation>Delar av budgetuppföljningen</translation>
    </message>
    <message>
        <source>Budget against actual</source>
        <translation>Budget mot utfall</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognos</translation>
    </message>
    <message>
        <source>Grant state</source>
        <translation>Bidragens läge</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Reading the ledger…</source>
        <translation>Läser huvudboken…</translation>
    </message>
    <message>
        <source>Reading the ledger</source>
        <translation>Läser huvudboken</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Export the table shown to CSV or XLSX</source>
        <translation>Exportera tabellen som visas till CSV eller XLSX</translation>
    </message>
</context>
<context>
    <name>horisont::BudgetReport</name>
    <message>
        <source>Allocated</source>
        <translation>Fördelat</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Förbrukat</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Avvikelse</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(ej kopplat)</translation>
    </message>
    <message>
        <source>Cumulative spent</source>
        <translation>Förbrukat ackumulerat</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>T%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognos</translation>
    </message>
    <message>
        <source>Run-rate suggestion</source>
        <translation>Förslag enligt takt</translation>
    </message>
    <message>
        <source>Allocated − forecast</source>
        <translation>Fördelat − prognos</translation>
    </message>
    <message>
        <source>Ceiling − spent</source>
        <translation>Tak − förbrukat</translation>
    </message>
    <message>
        <source>Ceiling − allocated</source>
        <translation>Tak − fördelat</translation>
    </message>
    <message>
        <source>(unknown, id %1)</source>
        <translation>(okänd, id %1)</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutat</translation>
    </message>
    <message>
        <source>Allocated − decided</source>
        <translation>Fördelat − beslutat</translation>
    </message>
    <message>
        <source>%1 (not in the plan)</source>
        <translation>%1 (inte i planen)</translation>
    </message>
</context>
<context>
    <name>horisont::CalligraPlanReader</name>
    <message>
        <source>this is no Calligra Plan or KPlato document: it holds no &lt;project&gt;.</source>
        <translation>detta är inget Calligra Plan- eller KPlato-dokument: det har inget &lt;project&gt;.</translation>
    </message>
    <message>
        <source>this is no Calligra Plan or KPlato document: it begins with &lt;%1&gt;.</source>
        <translation>detta är inget Calligra Plan- eller KPlato-dokument: det börjar med &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>the file holds more than %1 tasks.</source>
        <translation>filen innehåller mer än %1 uppgifter.</translation>
    </message>
    <message>
        <source>the file holds more than %1 resources.</source>
        <translation>filen innehåller mer än %1 resurser.</translation>
    </message>
    <message>
        <source>%1, %2: a resource request names a task or resource the file does not hold; it was left out.</source>
        <translation>%1, %2: en resursbegäran nämner en uppgift eller resurs som filen inte har; den utelämnades.</translation>
    </message>
    <message>
        <source>%1, %2: the task %3 is not scheduled; its constraint times are read as its dates.</source>
        <translation>%1, %2: uppgiften %3 är inte schemalagd; dess villkorstider läses som dess datum.</translation>
    </message>
    <message>
        <source>the task %1 (%2) has no dates, and the project no start.</source>
        <translation>uppgiften %1 (%2) har inga datum, och projektet ingen start.</translation>
    </message>
    <message>
        <source>%1, %2: the task %3 has no dates; it is read as one day from %4.</source>
        <translation>%1, %2: uppgiften %3 har inga datum; den läses som en dag från %4.</translation>
    </message>
    <message>
        <source>%1, %2: the %3 cost “%4” of %5 is no amount; it was left out.</source>
        <translation>%1, %2: %3kostnaden ”%4” för %5 är inget belopp; den utelämnades.</translation>
    </message>
    <message>
        <source>startup</source>
        <translation>uppstarts</translation>
    </message>
    <message>
        <source>shutdown</source>
        <translation>avslutnings</translation>
    </message>
</context>
<context>
    <name>horisont::ChangeLogFormatter</name>
    <message>
        <source>Done</source>
        <translation>Utfört</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Ångrat</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Gjort om</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Hela planen</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(added)</source>
        <translation>(tillagt)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(borttaget)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>horisont::ChangeLogModel</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>In scenario</source>
        <translation>I scenario</translation>
    </message>
</context>
<context>
    <name>horisont::ChangeLogView</name>
    <message>
        <source>Filter by person, item, field or value…</source>
        <translation>Filtrera på person, objekt, fält eller värde…</translation>
    </message>
    <message>
        <source>Filter changes</source>
        <translation>Filtrera ändringar</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Rensa filtret</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copy the shown changes</source>
        <translation>Kopiera de visade ändringarna</translation>
    </message>
    <message>
        <source>Copy the changes shown as tab-separated text, e.g. to paste into a spreadsheet.</source>
        <translation>Kopiera de visade ändringarna som tabbseparerad text, t.ex. för att klistra in i ett kalkylark.</translation>
    </message>
    <message>
        <source>Number of changes shown</source>
        <translation>Antal visade ändringar</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Ändringslogg</translation>
    </message>
    <message>
        <source>Change rows</source>
        <translation>Ändringsrader</translation>
    </message>
    <message>
        <source>Change log columns</source>
        <translation>Ändringsloggens kolumner</translation>
    </message>
    <message>
        <source>No changes yet</source>
        <translation>Inga ändringar ännu</translation>
    </message>
    <message>
        <source>The latest %1 changes</source>
        <translation>De senaste %1 ändringarna</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 ändring</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 ändringar</translation>
    </message>
    <message>
        <source>%1 of %2 changes</source>
        <translation>%1 av %2 ändringar</translation>
    </message>
</context>
<context>
    <name>horisont::ChangesItemsTab</name>
    <message>
        <source>Filter by name, field or value</source>
        <translation>Filtrera på namn, fält eller värde</translation>
    </message>
    <message>
        <source>Filter the changes</source>
        <translation>Filtrera ändringarna</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Typ av ändring</translation>
    </message>
    <message>
        <source>Kind of item</source>
        <translation>Typ av objekt</translation>
    </message>
    <message>
        <source>Changes to items</source>
        <translation>Ändringar i objekt</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Ändring:</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Objekt:</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alla ändringar</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Alla objekt</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s)</source>
        <translation>
            <numerusform>%1 av %n ändring</numerusform>
            <numerusform>%1 av %n ändringar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n ändring</numerusform>
            <numerusform>%n ändringar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::ChangesMoneyTab</name>
    <message>
        <source>Money allocated where it changed</source>
        <translation>Fördelade belopp som ändrats</translation>
    </message>
    <message>
        <source>Allocated per year</source>
        <translation>Fördelat per år</translation>
    </message>
    <message>
        <source>&lt;b&gt;Allocated per year&lt;/b&gt;, every allocation of the year</source>
        <translation>&lt;b&gt;Fördelat per år&lt;/b&gt;, årets alla fördelningar</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>&lt;b&gt;Money allocated&lt;/b&gt;: no allocation differs.</source>
        <translation>&lt;b&gt;Fördelade belopp&lt;/b&gt;: ingen fördelning skiljer sig.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Money allocated&lt;/b&gt; per year, source, organisation and intervention, where it differs (%n row(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Fördelade belopp&lt;/b&gt; per år, källa, organisation och insats, där de skiljer sig (%n rad)</numerusform>
            <numerusform>&lt;b&gt;Fördelade belopp&lt;/b&gt; per år, källa, organisation och insats, där de skiljer sig (%n rader)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::ChangesView</name>
    <message>
        <source>Compare from</source>
        <translation>Jämför från</translation>
    </message>
    <message>
        <source>Compare to</source>
        <translation>Jämför till</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Objekt</translation>
    </message>
    <message>
        <source>&amp;Money</source>
        <translation>&amp;Belopp</translation>
    </message>
    <message>
        <source>Export the changes</source>
        <translation>Exportera ändringarna</translation>
    </message>
    <message>
        <source>Every table to a workbook (.xlsx), or the table of this tab to a CSV file.</source>
        <translation>Alla tabeller till en arbetsbok (.xlsx), eller den här flikens tabell till en CSV-fil.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>%1 (altered, not read)</source>
        <translation>%1 (ändrad, läses inte)</translation>
    </message>
    <message>
        <source>From and To are the same state: choose two to compare.</source>
        <translation>Från och Till är samma: välj två olika att jämföra.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Inget har ändrats.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to items</source>
        <translation>
            <numerusform>%n ändring i objekt</numerusform>
            <numerusform>%n ändringar i objekt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to money</source>
        <translation>
            <numerusform>%n ändrat belopp</numerusform>
            <numerusform>%n ändrade belopp</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in the version this window shows, so nothing is selected.</source>
        <translation>%1 finns inte i versionen som det här fönstret visar, så inget markeras.</translation>
    </message>
    <message>
        <source>%1 is not in the current plan, so nothing is selected.</source>
        <translation>%1 finns inte i nuvarande plan, så inget markeras.</translation>
    </message>
    <message>
        <source>-changes</source>
        <translation>-ändringar</translation>
    </message>
    <message>
        <source>Excel workbook, every table (*.xlsx)</source>
        <translation>Excel-arbetsbok, alla tabeller (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, the table of this tab (*.csv)</source>
        <translation>CSV, den här flikens tabell (*.csv)</translation>
    </message>
    <message>
        <source>Parts of the changes</source>
        <translation>Delar av ändringarna</translation>
    </message>
</context>
<context>
    <name>horisont::ClassificationHistoryModel</name>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassning</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>”%1” är inte ett datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a classification.</source>
        <translation>”%1” är ingen klassning.</translation>
    </message>
</context>
<context>
    <name>horisont::ComparableStates</name>
    <message>
        <source>The current plan</source>
        <translation>Nuvarande plan</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Altered outside Horisont: its content no longer matches what was frozen, so it is not read.</source>
        <translation>Ändrad utanför Horisont: innehållet stämmer inte längre med det som frystes, så den läses inte.</translation>
    </message>
    <message>
        <source>Scenario «%1»</source>
        <translation>Scenario «%1»</translation>
    </message>
</context>
<context>
    <name>horisont::ConflictNotice</name>
    <message>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <source>The plan shows the other change. Make yours again if it still should be.</source>
        <translation>Planen visar den andra ändringen. Gör din igen om den fortfarande ska gälla.</translation>
    </message>
</context>
<context>
    <name>horisont::EntityListView</name>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Lägg till %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Ta bort %1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Ny post (%1)</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Kan inte ta bort</translation>
    </message>
    <message>
        <source>Add %1 first: every %2 belongs to one of them.</source>
        <translation>Lägg först till %1: varje %2 hör till någon av dem.</translation>
    </message>
</context>
<context>
    <name>horisont::Export</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Det gick inte att skriva %1: %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>minnet räckte inte</translation>
    </message>
</context>
<context>
    <name>horisont::ExportGrids</name>
    <message>
        <source>Funding source</source>
        <translation>Finansieringskälla</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Allocations by source</source>
        <translation>Fördelat per källa</translation>
    </message>
    <message>
        <source>Allocations by organisation</source>
        <translation>Fördelat per organisation</translation>
    </message>
    <message>
        <source>Allocations by intervention</source>
        <translation>Fördelat per insats</translation>
    </message>
    <message>
        <source>Budget vs actual, source</source>
        <translation>Budget och utfall, källa</translation>
    </message>
    <message>
        <source>Budget vs actual, organisation</source>
        <translation>Budget och utfall, organisation</translation>
    </message>
    <message>
        <source>Budget vs actual, intervention</source>
        <translation>Budget och utfall, insats</translation>
    </message>
    <message>
        <source>Follow-up by year, source</source>
        <translation>Årsuppföljning, källa</translation>
    </message>
    <message>
        <source>Follow-up by year, organisation</source>
        <translation>Årsuppföljning, organisation</translation>
    </message>
    <message>
        <source>Follow-up by year, intervention</source>
        <translation>Årsuppföljning, insats</translation>
    </message>
    <message>
        <source>Grant state</source>
        <translation>Bidragens läge</translation>
    </message>
    <message>
        <source>Tertial follow-up, source</source>
        <translation>Per tertial, källa</translation>
    </message>
    <message>
        <source>Tertial follow-up, organisation</source>
        <translation>Per tertial, organisation</translation>
    </message>
    <message>
        <source>Tertial follow-up, intervention</source>
        <translation>Per tertial, insats</translation>
    </message>
</context>
<context>
    <name>horisont::ExportNotice</name>
    <message>
        <source>Steering group pack %1.pdf</source>
        <translation>Styrgruppspaket %1.pdf</translation>
    </message>
    <message>
        <source>Controller pack %1.pdf</source>
        <translation>Controllerpaket %1.pdf</translation>
    </message>
    <message>
        <source>Full plan %1.pdf</source>
        <translation>Hela planen %1.pdf</translation>
    </message>
    <message>
        <source>Budget tables %1.xlsx</source>
        <translation>Budgettabeller %1.xlsx</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporterade till %1.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exporten är klar</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>Skrev %1 i %2.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Öppna filen</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Öppna &amp;mappen</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Öppna mappen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>horisont::ExportPdfDialog</name>
    <message>
        <source>Mark as &amp;draft</source>
        <translation>Markera som &amp;utkast</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportera PDF</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Styrgrupp</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>Language of the pack</source>
        <translation>Underlagets språk</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Pappersstorlek</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Liggande</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientering</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period från</translation>
    </message>
    <message>
        <source>Period to (last day)</source>
        <translation>Period till (sista dagen)</translation>
    </message>
    <message>
        <source>Fitted to the page width</source>
        <translation>Anpassad till sidbredden</translation>
    </message>
    <message>
        <source>Tiled across pages, row names repeated</source>
        <translation>Uppdelad på flera sidor, radnamnen upprepas</translation>
    </message>
    <message>
        <source>Timeline layout</source>
        <translation>Tidslinjens layout</translation>
    </message>
    <message>
        <source>Mark as draft</source>
        <translation>Markera som utkast</translation>
    </message>
    <message>
        <source>&amp;Pack:</source>
        <translation>&amp;Underlag:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>&amp;Papper:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientering:</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation>Period &amp;från:</translation>
    </message>
    <message>
        <source>Period &amp;to:</source>
        <translation>Period &amp;till:</translation>
    </message>
    <message>
        <source>&amp;Timeline:</source>
        <translation>&amp;Tidslinje:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Knappar</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Förhands&amp;granska…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Preview of the PDF pack</source>
        <translation>Förhandsgranskning av PDF-underlaget</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exporterar %1…</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportens förlopp</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>Full plan</source>
        <translation>Hela planen</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Ändringar sedan</translation>
    </message>
    <message>
        <source>(no changes section)</source>
        <translation>(inget avsnitt om ändringar)</translation>
    </message>
    <message>
        <source>&amp;Changes since:</source>
        <translation>Ä&amp;ndringar sedan:</translation>
    </message>
</context>
<context>
    <name>horisont::ExportSpreadsheet</name>
    <message>
        <source>Export spreadsheet</source>
        <translation>Exportera kalkylblad</translation>
    </message>
    <message>
        <source>A CSV file holds one table. Table:</source>
        <translation>En CSV-fil rymmer en tabell. Tabell:</translation>
    </message>
    <message>
        <source>Excel workbook, every table (*.xlsx)</source>
        <translation>Excel-arbetsbok, alla tabeller (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, one table (*.csv)</source>
        <translation>CSV, en tabell (*.csv)</translation>
    </message>
</context>
<context>
    <name>horisont::ExportTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>horisont::Field</name>
    <message>
        <source>Accepted</source>
        <translation>Accepterat</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baslinje</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Basår</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutande organ</translation>
    </message>
    <message>
        <source>By area</source>
        <translation>Per område</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>Per kön</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassning</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Commissioned by</source>
        <translation>Uppdragsgivare</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation>Beslutsreferens</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Deviations and why</source>
        <translation>Avvikelser och orsaker</translation>
    </message>
    <message>
        <source>Desired direction</source>
        <translation>Önskad riktning</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Earmark</source>
        <translation>Öronmärkning</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Iakttagelser</translation>
    </message>
    <message>
        <source>Fiscal year starts in month</source>
        <translation>Räkenskapsåret börjar i månad</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Grantor</source>
        <translation>Bidragsgivare</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Tidshorisont</translation>
    </message>
    <message>
        <source>Horizon end</source>
        <translation>Tidshorisontens slut</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Impact (1–5)</source>
        <translation>Konsekvens (1–5)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Likelihood (1–5)</source>
        <translation>Sannolikhet (1–5)</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>Mätbart</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milstolpe</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Målsättningar</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Part of cause</source>
        <translation>Ingår i orsak</translation>
    </message>
    <message>
        <source>Part of goal</source>
        <translation>Ingår i mål</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Överordnad</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Periodens slut</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Periodens start</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>Perspektiv</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordningsföljd</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Process leader</source>
        <translation>Processledare</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Realistic</source>
        <translation>Realistiskt</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Datum för översyn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kortnamn</translation>
    </message>
    <message>
        <source>Situation picture</source>
        <translation>Lägesbild</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Finansieringskälla</translation>
    </message>
    <message>
        <source>Key figure id</source>
        <translation>Nyckeltals-id</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>Specifikt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <source>Tertial</source>
        <translation>Tertial</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Giltig från</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Giltig till</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Vision and goal</source>
        <translation>Vision och mål</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Programme start</source>
        <translation>Programstart</translation>
    </message>
    <message>
        <source>Responsibility code</source>
        <translation>Ansvarskod</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Ingår i</translation>
    </message>
    <message>
        <source>Project code</source>
        <translation>Projektkod</translation>
    </message>
    <message>
        <source>Type of intervention</source>
        <translation>Typ av insats</translation>
    </message>
    <message>
        <source>Effect horizon</source>
        <translation>Effektens tidshorisont</translation>
    </message>
    <message>
        <source>Funding code</source>
        <translation>Finansieringskod</translation>
    </message>
    <message>
        <source>Parent cause</source>
        <translation>Överordnad orsak</translation>
    </message>
    <message>
        <source>Parent goal</source>
        <translation>Överordnat mål</translation>
    </message>
    <message>
        <source>Parent organisation</source>
        <translation>Överordnad organisation</translation>
    </message>
</context>
<context>
    <name>horisont::FieldEditor</name>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>no ceiling</source>
        <translation>inget tak</translation>
    </message>
    <message>
        <source>0 kr</source>
        <translation>0 kr</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>%1: ”%2” är inte ett datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount.</source>
        <translation>%1: ”%2” är inte ett belopp.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1: ”%2” är inte ett tal.</translation>
    </message>
</context>
<context>
    <name>horisont::FigureGuard</name>
    <message>
        <source>A figure is too large to compute (%1): the amounts behind it add up to more than Horisont can count. It is not shown; the plan is unchanged.</source>
        <translation>En siffra är för stor att räkna ut (%1): beloppen bakom den blir tillsammans mer än Horisont kan räkna med. Den visas inte; planen är oförändrad.</translation>
    </message>
    <message>
        <source>A figure could not be computed (%1). The plan is unchanged.</source>
        <translation>En siffra kunde inte räknas ut (%1). Planen är oförändrad.</translation>
    </message>
</context>
<context>
    <name>horisont::FileFormat</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: filen finns inte.</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: kan inte läsas (%2).</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Horisont plan.</source>
        <translation>%1 är tom: den är inte en Horisont-plan.</translation>
    </message>
    <message>
        <source>%1 contains only zero bytes: the file was never written completely or has been wiped. It is not a readable Horisont plan.</source>
        <translation>%1 innehåller bara nollbyte: filen skrevs aldrig färdigt eller har nollställts. Den är inte en läsbar Horisont-plan.</translation>
    </message>
    <message>
        <source>%1 is truncated: it ends after %2 bytes, inside the file header.</source>
        <translation>%1 är avkortad: den slutar efter %2 byte, mitt i filhuvudet.</translation>
    </message>
    <message>
        <source>%1 is not a Horisont plan (it is not an SQLite database).</source>
        <translation>%1 är inte en Horisont-plan (den är inte en SQLite-databas).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Horisont plan (application id %2). It has not been opened or changed.</source>
        <translation>%1 är en SQLite-databas men inte en Horisont-plan (program-id %2). Den har inte öppnats eller ändrats.</translation>
    </message>
    <message>
        <source>%1 is truncated: it should hold %2 bytes but has only %3. Restore it from a backup or a saved copy.</source>
        <translation>%1 är avkortad: den borde innehålla %2 byte men har bara %3. Återställ den från en säkerhetskopia eller en sparad kopia.</translation>
    </message>
</context>
<context>
    <name>horisont::FollowUpCharts</name>
    <message>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Chart to show</source>
        <translation>Diagram att visa</translation>
    </message>
    <message>
        <source>Stack allocations by</source>
        <translation>Stapla fördelningen efter</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Finansieringskälla</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Bidrag</translation>
    </message>
    <message>
        <source>Year of the variance</source>
        <translation>Avvikelsens år</translation>
    </message>
    <message>
        <source>&amp;Stack by:</source>
        <translation>&amp;Stapla efter:</translation>
    </message>
    <message>
        <source>Allocations and spending</source>
        <translation>Fördelat och förbrukat</translation>
    </message>
    <message>
        <source>&amp;Grant:</source>
        <translation>&amp;Bidrag:</translation>
    </message>
    <message>
        <source>Grant against its ceiling</source>
        <translation>Bidraget mot sitt tak</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Variance per organisation</source>
        <translation>Avvikelse per organisation</translation>
    </message>
    <message>
        <source>Allocations per year with spending</source>
        <translation>Fördelat per år med förbrukat</translation>
    </message>
    <message>
        <source>Cumulative spending against the grant&apos;s ceiling</source>
        <translation>Ackumulerat förbrukat mot bidragets tak</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Diagram: %1</translation>
    </message>
    <message>
        <source>The table beside the chart holds the same numbers.</source>
        <translation>Tabellen bredvid diagrammet har samma siffror.</translation>
    </message>
    <message>
        <source>Numbers of the chart: %1</source>
        <translation>Siffrorna i diagrammet: %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alla år</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Fördelat</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Förbrukat</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Avvikelse</translation>
    </message>
    <message>
        <source>% used</source>
        <translation>% förbrukat</translation>
    </message>
    <message>
        <source>Within budget</source>
        <translation>Inom budget</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Över budget</translation>
    </message>
    <message>
        <source>Budget per funding source</source>
        <translation>Budget per finansieringskälla</translation>
    </message>
    <message>
        <source>Allocated and spent per funding source, all years</source>
        <translation>Fördelat och förbrukat per finansieringskälla, alla år</translation>
    </message>
</context>
<context>
    <name>horisont::FollowUpExport</name>
    <message>
        <source>The charts have no table to export; choose another tab.</source>
        <translation>Diagrammen har ingen tabell att exportera; välj en annan flik.</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportera %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV för kalkylprogram (*.csv)</translation>
    </message>
</context>
<context>
    <name>horisont::ForecastModel</name>
    <message>
        <source>No spending to go on yet</source>
        <translation>Inget utfall att gå på än</translation>
    </message>
    <message>
        <source>Spent (year ended)</source>
        <translation>Förbrukat (året är slut)</translation>
    </message>
    <message numerus="yes">
        <source>Run rate of %n completed month(s)</source>
        <translation>
            <numerusform>Takten för %n avslutad månad</numerusform>
            <numerusform>Takten för %n avslutade månader</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Fördelat</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Förbrukat</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognos</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Grundat på</translation>
    </message>
    <message>
        <source>Allocated − forecast</source>
        <translation>Fördelat − prognos</translation>
    </message>
    <message>
        <source>Forecast: &quot;%1&quot; is not an amount.</source>
        <translation>Prognos: &quot;%1&quot; är inte ett belopp.</translation>
    </message>
    <message>
        <source>There is no suggestion for this year.</source>
        <translation>Det finns inget förslag för det här året.</translation>
    </message>
    <message>
        <source>Clear forecast %1</source>
        <translation>Ta bort prognos %1</translation>
    </message>
    <message>
        <source>Enter forecast %1</source>
        <translation>Ange prognos %1</translation>
    </message>
</context>
<context>
    <name>horisont::ForecastTab</name>
    <message>
        <source>Forecast for</source>
        <translation>Prognos för</translation>
    </message>
    <message>
        <source>&amp;Use suggestion</source>
        <translation>&amp;Använd förslaget</translation>
    </message>
    <message>
        <source>Forecast per year</source>
        <translation>Prognos per år</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Use the suggestion as the forecast of the selected year</source>
        <translation>Använd förslaget som prognos för det valda året</translation>
    </message>
    <message>
        <source>&amp;Forecast for:</source>
        <translation>&amp;Prognos för:</translation>
    </message>
    <message>
        <source>The whole programme</source>
        <translation>Hela programmet</translation>
    </message>
    <message>
        <source>As of %1. Type a forecast in the Forecast column (clear it to remove it). For a year that has ended the suggestion is what was spent; for the current year it is the spending of its completed months × 12 / months.</source>
        <translation>Per %1. Skriv en prognos i kolumnen Prognos (töm den för att ta bort den). För ett avslutat år är förslaget det som förbrukats; för innevarande år är det förbrukningen under årets avslutade månader × 12 / antal månader.</translation>
    </message>
    <message>
        <source>Select a year first.</source>
        <translation>Välj ett år först.</translation>
    </message>
</context>
<context>
    <name>horisont::ForeignDates</name>
    <message>
        <source>%1, %2: %3 ends before or when it starts; it is read as its first day only.</source>
        <translation>%1, %2: %3 slutar före eller när den börjar; den läses som bara sin första dag.</translation>
    </message>
</context>
<context>
    <name>horisont::FreezeVersionDialog</name>
    <message>
        <source>Freeze Version</source>
        <translation>Frys version</translation>
    </message>
    <message>
        <source>Version name</source>
        <translation>Versionens namn</translation>
    </message>
    <message>
        <source>e.g. Budget 2025</source>
        <translation>t.ex. Budget 2025</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutat av</translation>
    </message>
    <message>
        <source>e.g. Kommunstyrelsen (empty for a snapshot)</source>
        <translation>t.ex. Kommunstyrelsen (tomt för en ögonblicksbild)</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>e.g. KS 2024/117</source>
        <translation>t.ex. KS 2024/117</translation>
    </message>
    <message>
        <source>A version is a copy of the plan as it stands that can never be edited. With the decision that adopted it, it is a decided version and is kept for good; without one it is a snapshot. The ledger is shared by all versions.</source>
        <translation>En version är en kopia av planen som den ser ut nu och kan aldrig ändras. Med beslutet som antog den är den en beslutad version och sparas för alltid; utan beslut är den en ögonblicksbild. Huvudboken delas av alla versioner.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>&amp;Beslutat av:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>D&amp;iarienummer:</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Frys</translation>
    </message>
    <message>
        <source>Freeze the version</source>
        <translation>Frys versionen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>horisont::FundingView</name>
    <message>
        <source>Funding sources</source>
        <translation>Finansieringskällor</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Fördelningar</translation>
    </message>
    <message>
        <source>Import actual spending…</source>
        <translation>Importera utfall…</translation>
    </message>
    <message>
        <source>Allocation grid</source>
        <translation>Fördelningstabell</translation>
    </message>
    <message>
        <source>Sources and allocations</source>
        <translation>Källor och fördelningar</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Parts of the funding view</source>
        <translation>Delar av finansieringsvyn</translation>
    </message>
</context>
<context>
    <name>horisont::GapCheck</name>
    <message>
        <source>Problem %1 has no cause.</source>
        <translation>Problemet %1 saknar orsak.</translation>
    </message>
    <message>
        <source>Problem %1 has no goal.</source>
        <translation>Problemet %1 saknar mål.</translation>
    </message>
    <message>
        <source>Intervention %1 does not act on any cause.</source>
        <translation>Insatsen %1 verkar inte på någon orsak.</translation>
    </message>
    <message>
        <source>Intervention %1 does not work towards any goal.</source>
        <translation>Insatsen %1 bidrar inte till något mål.</translation>
    </message>
    <message>
        <source>Intervention %1 ended on %2 and has no follow-up.</source>
        <translation>Insatsen %1 avslutades %2 och saknar uppföljning.</translation>
    </message>
    <message>
        <source>No intervention works towards goal %1.</source>
        <translation>Ingen insats bidrar till målet %1.</translation>
    </message>
    <message>
        <source>Goal %1 has no indicator.</source>
        <translation>Målet %1 saknar indikator.</translation>
    </message>
    <message>
        <source>Indicator %1 has no baseline.</source>
        <translation>Indikatorn %1 saknar baslinje.</translation>
    </message>
    <message>
        <source>Indicator %1 has no target.</source>
        <translation>Indikatorn %1 saknar målvärde.</translation>
    </message>
    <message>
        <source>Indicator %1 has no measurement for %2.</source>
        <translation>Indikatorn %1 saknar mätning för %2.</translation>
    </message>
</context>
<context>
    <name>horisont::Generator</name>
    <message>
        <source>A generated plan for benchmarks; every figure is synthetic.</source>
        <translation>En genererad plan för prestandatester; alla siffror är fiktiva.</translation>
    </message>
    <message>
        <source>Generate plan</source>
        <translation>Generera plan</translation>
    </message>
</context>
<context>
    <name>horisont::GovernanceCheck</name>
    <message>
        <source>%1 is marked decided, but «%2» decided %3 for %4 and it now holds %5 for %6, with no decision after %7</source>
        <translation>%1 är markerad som beslutad, men «%2» beslutade %3 för %4 och nu står %5 för %6, utan något beslut efter %7</translation>
    </message>
    <message>
        <source>%1 of the decided version «%2» is no longer in the plan</source>
        <translation>%1 i den beslutade versionen «%2» finns inte längre i planen</translation>
    </message>
</context>
<context>
    <name>horisont::GovernanceView</name>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Governance periods</source>
        <translation>Styrperioder</translation>
    </message>
</context>
<context>
    <name>horisont::GrantStateTab</name>
    <message>
        <source>State of each grant</source>
        <translation>Varje bidrags läge</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>Finansieringskällor</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Fördelat</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Förbrukat</translation>
    </message>
    <message>
        <source>% of ceiling spent</source>
        <translation>% av taket förbrukat</translation>
    </message>
    <message>
        <source>Ceiling − spent</source>
        <translation>Tak − förbrukat</translation>
    </message>
    <message>
        <source>Ceiling − allocated</source>
        <translation>Tak − fördelat</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltig</translation>
    </message>
    <message>
        <source>Months left</source>
        <translation>Månader kvar</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Finansieringskälla</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>tillsvidare</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>avslutad</translation>
    </message>
    <message>
        <source>As of %1. Spent is everything booked on the source; months left are whole months until the last day of its period.</source>
        <translation>Per %1. Förbrukat är allt som bokförts på källan; månader kvar är hela månader till periodens sista dag.</translation>
    </message>
</context>
<context>
    <name>horisont::ImportDialog</name>
    <message>
        <source>Import the valid rows and report the others</source>
        <translation>Importera de giltiga raderna och redovisa de övriga</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Import actual spending</source>
        <translation>Importera utfall</translation>
    </message>
    <message>
        <source>Ledger export</source>
        <translation>Huvudboksexport</translation>
    </message>
    <message>
        <source>A CSV export from the finance system</source>
        <translation>En CSV-export från ekonomisystemet</translation>
    </message>
    <message>
        <source>Mapping profile</source>
        <translation>Mappningsprofil</translation>
    </message>
    <message>
        <source>Optional: a JSON profile naming the columns</source>
        <translation>Valfritt: en JSON-profil som namnger kolumnerna</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Choose the ledger export</source>
        <translation>Välj huvudboksexporten</translation>
    </message>
    <message>
        <source>Choose a mapping profile</source>
        <translation>Välj en mappningsprofil</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Verifikation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Ansvar</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Kopplad</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Rader att importera</translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation>Rader som inte kan importeras</translation>
    </message>
    <message>
        <source>Ledger export:</source>
        <translation>Huvudboksexport:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Rows that cannot be imported:</source>
        <translation>Rader som inte kan importeras:</translation>
    </message>
    <message>
        <source>Ledger exports (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Huvudboksexporter (*.csv *.txt *.tsv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Profiler (*.json)</translation>
    </message>
    <message>
        <source>The profile %1 cannot be used: %2</source>
        <translation>Profilen %1 kan inte användas: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no — unassigned</source>
        <translation>nej – okopplad</translation>
    </message>
    <message>
        <source>%1: %2 rows read; %3 new, %4 already in the plan, %5 unassigned, %6 that cannot be imported. New spending: %7.%8</source>
        <translation>%1: %2 rader lästa; %3 nya, %4 redan i planen, %5 okopplade, %6 som inte kan importeras. Nya kostnader: %7.%8</translation>
    </message>
    <message>
        <source> The table shows the first %1 rows.</source>
        <translation> Tabellen visar de första %1 raderna.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Importen avbröts; ingenting importerades.</translation>
    </message>
    <message>
        <source>Imported %1 rows, %2 in all (%3 were already in the plan, %4 unassigned, %5 rejected).</source>
        <translation>Importerade %1 rader, %2 totalt (%3 fanns redan i planen, %4 okopplade, %5 avvisade).</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Förhandsgranskningen avbröts.</translation>
    </message>
    <message>
        <source>Intervention&apos;s dates</source>
        <translation>Insatsens datum</translation>
    </message>
    <message numerus="yes">
        <source>%n of the rows shown are dated outside the dates of the intervention their project code names.</source>
        <translation>
            <numerusform>%n av de visade raderna är daterad utanför datumen för den insats som dess projektkod anger.</numerusform>
            <numerusform>%n av de visade raderna är daterade utanför datumen för den insats som deras projektkod anger.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::ImportOrganisationModel</name>
    <message>
        <source>Organisation (from a resource)</source>
        <translation>Organisation (från en resurs)</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Del av</translation>
    </message>
    <message>
        <source>R on tasks</source>
        <translation>R på uppgifter</translation>
    </message>
</context>
<context>
    <name>horisont::ImportPlanDialog</name>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Importera plan</translation>
    </message>
    <message>
        <source>Choose a plan that another tool wrote. Nothing is written until Import.</source>
        <translation>Välj en plan som ett annat verktyg har skrivit. Inget skrivs förrän du väljer Importera.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
    <message>
        <source>Cancel the work under way</source>
        <translation>Avbryt det som pågår</translation>
    </message>
    <message>
        <source>Preview the import</source>
        <translation>Förhandsgranska importen</translation>
    </message>
    <message>
        <source>Import into the new plan</source>
        <translation>Importera till den nya planen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Choose the new plan&apos;s file</source>
        <translation>Välj den nya planens fil</translation>
    </message>
    <message>
        <source>New plan:</source>
        <translation>Ny plan:</translation>
    </message>
    <message>
        <source>New plan&apos;s file</source>
        <translation>Den nya planens fil</translation>
    </message>
    <message>
        <source>Where to save the new plan (.horisont); never an existing file</source>
        <translation>Var den nya planen sparas (.horisont); aldrig en befintlig fil</translation>
    </message>
    <message>
        <source>Plan file</source>
        <translation>Planfil</translation>
    </message>
    <message>
        <source>A plan from MS Project, GanttProject, Planner, Calligra Plan, TaskJuggler or a spreadsheet</source>
        <translation>En plan från MS Project, GanttProject, Planner, Calligra Plan, TaskJuggler eller ett kalkylblad</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Recognise from content</source>
        <translation>Känn igen av innehållet</translation>
    </message>
    <message>
        <source>Column profile</source>
        <translation>Kolumnprofil</translation>
    </message>
    <message>
        <source>Only for a spreadsheet: a JSON profile naming its columns</source>
        <translation>Bara för ett kalkylblad: en JSON-profil som namnger dess kolumner</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Choose the plan file</source>
        <translation>Välj planfilen</translation>
    </message>
    <message>
        <source>Choose a column profile</source>
        <translation>Välj en kolumnprofil</translation>
    </message>
    <message>
        <source>Plan file:</source>
        <translation>Planfil:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Column profile:</source>
        <translation>Kolumnprofil:</translation>
    </message>
    <message>
        <source>What will be created</source>
        <translation>Det som skapas</translation>
    </message>
    <message>
        <source>Organisations from the resources</source>
        <translation>Organisationer från resurserna</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importrapport</translation>
    </message>
    <message>
        <source>Organisations (from the resources):</source>
        <translation>Organisationer (från resurserna):</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Rapport:</translation>
    </message>
    <message>
        <source>What will be created:</source>
        <translation>Det som skapas:</translation>
    </message>
    <message>
        <source>Plans of other tools (%1)</source>
        <translation>Planer från andra verktyg (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Profiler (*.json)</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Ny plan</translation>
    </message>
    <message>
        <source>Horisont plans (*.horisont)</source>
        <translation>Horisont-planer (*.horisont)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <source>%1 read. Nothing is written until Import.</source>
        <translation>%1 lästes. Inget skrivs förrän du väljer Importera.</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>Skapar %1…</translation>
    </message>
    <message>
        <source>%1 created.</source>
        <translation>%1 skapades.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Avbrutet; inget skrevs.</translation>
    </message>
</context>
<context>
    <name>horisont::ImportRemoval</name>
    <message>
        <source>The plan holds no import %1.</source>
        <translation>Planen har ingen import %1.</translation>
    </message>
    <message>
        <source>Remove import %1</source>
        <translation>Ta bort import %1</translation>
    </message>
</context>
<context>
    <name>horisont::ImportReport</name>
    <message>
        <source>Imported %1 (%2)</source>
        <translation>Importerade %1 (%2)</translation>
    </message>
    <message>
        <source>Tasks read</source>
        <translation>Lästa uppgifter</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Faser</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milstolpar</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Responsibilities (R)</source>
        <translation>Utförandeansvar (R)</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>Finansieringskällor</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Fördelningar</translation>
    </message>
    <message>
        <source>Allocated in total</source>
        <translation>Fördelat totalt</translation>
    </message>
    <message>
        <source>Everything in the file was brought in.</source>
        <translation>Allt i filen fördes över.</translation>
    </message>
    <message>
        <source>Not brought in (Horisont has no place for it):</source>
        <translation>Inte överfört (Horisont har ingen plats för det):</translation>
    </message>
    <message>
        <source>Tasks below the second level, now activities (their path in the file):</source>
        <translation>Uppgifter under andra nivån, nu aktiviteter (deras sökväg i filen):</translation>
    </message>
    <message>
        <source>Notes on the import:</source>
        <translation>Anmärkningar om importen:</translation>
    </message>
</context>
<context>
    <name>horisont::ImportStructureModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Blir</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milstolpe</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
</context>
<context>
    <name>horisont::IndicatorChartView</name>
    <message>
        <source>Indicator chart</source>
        <translation>Indikatordiagram</translation>
    </message>
    <message>
        <source>Indicator to chart</source>
        <translation>Indikator att visa i diagrammet</translation>
    </message>
    <message>
        <source>Whole municipality</source>
        <translation>Hela kommunen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baslinje</translation>
    </message>
    <message>
        <source>No measurements, targets or baseline for this indicator.</source>
        <translation>Indikatorn saknar mätningar, målvärden och baslinje.</translation>
    </message>
    <message>
        <source>The table beside the chart holds the same numbers.</source>
        <translation>Tabellen bredvid diagrammet innehåller samma siffror.</translation>
    </message>
    <message>
        <source>Numbers of the indicator chart</source>
        <translation>Indikatordiagrammets siffror</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
</context>
<context>
    <name>horisont::IndicatorTableModel</name>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
</context>
<context>
    <name>horisont::KeyFigureTexts</name>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Tidshorisont</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation>Aktuell fas</translation>
    </message>
    <message>
        <source>Direction period</source>
        <translation>Inriktningsperiod</translation>
    </message>
    <message>
        <source>Term of office</source>
        <translation>Mandatperiod</translation>
    </message>
    <message>
        <source>Next decision gate</source>
        <translation>Nästa beslutspunkt</translation>
    </message>
    <message>
        <source>Grant ceilings</source>
        <translation>Bidragstak</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Fördelat</translation>
    </message>
    <message>
        <source>Of which decided</source>
        <translation>Varav beslutat</translation>
    </message>
    <message>
        <source>Spent (ledger)</source>
        <translation>Förbrukat (huvudboken)</translation>
    </message>
    <message>
        <source>Remaining (allocated − spent)</source>
        <translation>Kvar (fördelat − förbrukat)</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Faser</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milstolpar</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>Finansieringskällor</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risker</translation>
    </message>
    <message>
        <source>None covers today</source>
        <translation>Ingen täcker dagens datum</translation>
    </message>
    <message>
        <source>%1 in %2 transactions</source>
        <translation>%1 i %2 transaktioner</translation>
    </message>
    <message>
        <source>%1 (overspent)</source>
        <translation>%1 (överskridet)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 år</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 månad</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 månader</translation>
    </message>
    <message>
        <source>less than a month</source>
        <translation>mindre än en månad</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None yet: the programme starts on %1</source>
        <translation>Ingen ännu: programmet börjar %1</translation>
    </message>
    <message>
        <source>None: the programme has ended</source>
        <translation>Ingen: programmet har avslutats</translation>
    </message>
    <message>
        <source>No phase covers today</source>
        <translation>Ingen fas täcker dagens datum</translation>
    </message>
    <message>
        <source>No decision gate ahead</source>
        <translation>Ingen kommande beslutspunkt</translation>
    </message>
    <message>
        <source>%1 (%2 ongoing, %3 done)</source>
        <translation>%1 (%2 pågående, %3 klara)</translation>
    </message>
    <message>
        <source>End of phase %1 today, %2</source>
        <translation>Fasen %1 slutar i dag, %2</translation>
    </message>
    <message>
        <source>End of phase %1 on %2, tomorrow</source>
        <translation>Fasen %1 slutar %2, i morgon</translation>
    </message>
    <message>
        <source>End of phase %1 on %2, in %3 days</source>
        <translation>Fasen %1 slutar %2, om %3 dagar</translation>
    </message>
</context>
<context>
    <name>horisont::Labels</name>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Area classification</source>
        <translation>Områdesklassning</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Targeted area</source>
        <translation>Berört område</translation>
    </message>
    <message>
        <source>Link to cause</source>
        <translation>Koppling till orsak</translation>
    </message>
    <message>
        <source>Link to goal</source>
        <translation>Koppling till mål</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Ansvar</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Finansieringskälla</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Fördelning</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mätning</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekommendation</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Perioder</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <source>Area classifications</source>
        <translation>Områdesklassningar</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Faser</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Orsaker</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Targeted areas</source>
        <translation>Berörda områden</translation>
    </message>
    <message>
        <source>Links to causes</source>
        <translation>Kopplingar till orsaker</translation>
    </message>
    <message>
        <source>Links to goals</source>
        <translation>Kopplingar till mål</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Ansvar</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>Finansieringskällor</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Fördelningar</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mätningar</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Rekommendationer</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risker</translation>
    </message>
    <message>
        <source>Tertial</source>
        <translation>Tertial</translation>
    </message>
    <message>
        <source>%1 #%2 (deleted)</source>
        <translation>%1 #%2 (borttaget)</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Utförande ansvarig</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>Ytterst ansvarig</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Konsulterad</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informerad</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Pågående</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Förvaltning</translation>
    </message>
    <message>
        <source>Municipal company</source>
        <translation>Kommunalt bolag</translation>
    </message>
    <message>
        <source>External partner</source>
        <translation>Extern samverkanspart</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>Ej klassat</translation>
    </message>
    <message>
        <source>Vulnerable area</source>
        <translation>Utsatt område</translation>
    </message>
    <message>
        <source>Risk area</source>
        <translation>Riskområde</translation>
    </message>
    <message>
        <source>Especially vulnerable area</source>
        <translation>Särskilt utsatt område</translation>
    </message>
    <message>
        <source>Term of office</source>
        <translation>Mandatperiod</translation>
    </message>
    <message>
        <source>Direction period</source>
        <translation>Inriktningsperiod</translation>
    </message>
    <message>
        <source>Budget year</source>
        <translation>Budgetår</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutad</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Under arbete</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Situational</source>
        <translation>Situationell</translation>
    </message>
    <message>
        <source>Short-term effect</source>
        <translation>Kortsiktig effekt</translation>
    </message>
    <message>
        <source>Long-term effect</source>
        <translation>Långsiktig effekt</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>Offender</source>
        <translation>Gärningsperson</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Effect goal</source>
        <translation>Effektmål</translation>
    </message>
    <message>
        <source>Process goal</source>
        <translation>Processmål</translation>
    </message>
    <message>
        <source>Output goal</source>
        <translation>Prestationsmål</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Öka</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Minska</translation>
    </message>
    <message>
        <source>Maintain</source>
        <translation>Bibehålla</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Women and girls</source>
        <translation>Kvinnor och flickor</translation>
    </message>
    <message>
        <source>Men and boys</source>
        <translation>Män och pojkar</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>Problem area</source>
        <translation>Problemområde</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognos</translation>
    </message>
    <message>
        <source>Problem areas</source>
        <translation>Problemområden</translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation>Prognoser</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>okänt värde (%1)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a name quoted in running text</comment>
        <translation>”%1”</translation>
    </message>
</context>
<context>
    <name>horisont::Ledger</name>
    <message>
        <source>Cannot record the import: %1</source>
        <translation>Det går inte att registrera importen: %1</translation>
    </message>
    <message>
        <source>Cannot store transaction %1: %2</source>
        <translation>Det går inte att spara transaktion %1: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Importen avbröts; ingenting importerades.</translation>
    </message>
    <message>
        <source>Cannot save the import: %1</source>
        <translation>Det går inte att spara importen: %1</translation>
    </message>
    <message>
        <source>Cannot record the import: the plan is not an SQLite database.</source>
        <translation>Importen kan inte registreras: planen är ingen SQLite-databas.</translation>
    </message>
    <message>
        <source>Cannot add up the plan&apos;s ledger: %1</source>
        <translation>Planens huvudbok kan inte summeras: %1</translation>
    </message>
    <message>
        <source>The amounts in the plan&apos;s ledger already add up to more than %1.</source>
        <translation>Beloppen i planens huvudbok summerar redan till mer än %1.</translation>
    </message>
    <message>
        <source>with this row the amounts in the plan&apos;s ledger, counted without their signs, would add up to more than %1, the most one plan can hold</source>
        <translation>med den här raden skulle beloppen i planens huvudbok, räknade utan tecken, summera till mer än %1, det mesta en plan kan rymma</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>import %1 records %2 rows and %3, but its rows are %4 and add up to %5</source>
        <translation>import %1 anger %2 rader och %3, men dess rader är %4 och blir tillsammans %5</translation>
    </message>
    <message>
        <source>import %1, %2, source %3, organisation %4, intervention %5</source>
        <translation>import %1, %2, finansieringskälla %3, organisation %4, insats %5</translation>
    </message>
    <message>
        <source>the ledger holds %1 day sums where there is one (%2)</source>
        <translation>huvudboken har %1 dagssummor där det ska finnas en (%2)</translation>
    </message>
    <message>
        <source>the ledger&apos;s day sums (%1 rows, %2) do not match its transactions (%3 rows, %4) for %5</source>
        <translation>huvudbokens dagssummor (%1 rader, %2) stämmer inte med dess transaktioner (%3 rader, %4) för %5</translation>
    </message>
    <message>
        <source>its ledger&apos;s amounts add up to more than Horisont can count</source>
        <translation>dess huvudboks belopp blir tillsammans mer än Horisont kan räkna</translation>
    </message>
    <message>
        <source>its ledger cannot be read: %1</source>
        <translation>dess huvudbok kan inte läsas: %1</translation>
    </message>
</context>
<context>
    <name>horisont::LedgerImport</name>
    <message>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <source>the file starts like UTF-16 text but is not</source>
        <translation>filen börjar som UTF-16-text men är det inte</translation>
    </message>
    <message>
        <source>the file is UTF-16 text, not %1</source>
        <translation>filen är UTF-16-text, inte %1</translation>
    </message>
    <message>
        <source>the file holds binary data, not CSV text</source>
        <translation>filen innehåller binärdata, inte CSV-text</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>filen är inte giltig UTF-8-text</translation>
    </message>
    <message>
        <source>the separator must be one ASCII character other than a quote or a line end</source>
        <translation>avgränsaren måste vara ett enda ASCII-tecken som inte är ett citattecken eller ett radslut</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>slut på minne</translation>
    </message>
    <message>
        <source>the CSV cannot be read: %1</source>
        <translation>CSV-filen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>a quoted field that starts here is never closed</source>
        <translation>ett fält inom citattecken som börjar här avslutas aldrig</translation>
    </message>
    <message>
        <source>not a JSON profile: %1 at offset %2</source>
        <translation>inte en JSON-profil: %1 vid position %2</translation>
    </message>
    <message>
        <source>not a JSON profile: expected an object</source>
        <translation>inte en JSON-profil: ett objekt förväntades</translation>
    </message>
    <message>
        <source>the profile&apos;s separator &quot;%1&quot; is not one ASCII character</source>
        <translation>profilens avgränsare ”%1” är inte ett enda ASCII-tecken</translation>
    </message>
    <message>
        <source>the profile&apos;s encoding &quot;%1&quot; is not utf-8 or windows-1252</source>
        <translation>profilens kodning ”%1” är varken utf-8 eller windows-1252</translation>
    </message>
    <message>
        <source>the profile&apos;s decimal separator &quot;%1&quot; is not &quot;,&quot; or &quot;.&quot;</source>
        <translation>profilens decimaltecken ”%1” är varken ”,” eller ”.”</translation>
    </message>
    <message>
        <source>the profile names an unknown field &quot;%1&quot; (known: %2)</source>
        <translation>profilen anger ett okänt fält ”%1” (kända fält: %2)</translation>
    </message>
    <message>
        <source>the profile&apos;s %1 column &quot;%2&quot; is not in the header (found: %3)</source>
        <translation>profilens kolumn för %1, ”%2”, finns inte i rubrikraden (hittade: %3)</translation>
    </message>
    <message>
        <source>no %1 column: the header has %2; name the column in a profile (&quot;columns&quot;: {&quot;%1&quot;: …})</source>
        <translation>ingen kolumn för %1: rubrikraden har %2; ange kolumnen i en profil (&quot;columns&quot;: {&quot;%1&quot;: …})</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <source>the file has a header but no rows</source>
        <translation>filen har en rubrikrad men inga rader</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Importen avbröts; ingenting importerades.</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2</source>
        <translation>%1 fält, men rubrikraden har %2</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>datumet är tomt</translation>
    </message>
    <message>
        <source>date &quot;%1&quot; is not a date</source>
        <translation>datumet ”%1” är inte ett datum</translation>
    </message>
    <message>
        <source>the amount is empty</source>
        <translation>beloppet är tomt</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; is not an amount</source>
        <translation>beloppet ”%1” är inte ett belopp</translation>
    </message>
    <message>
        <source>currency %1 is not the plan&apos;s currency %2</source>
        <translation>valutan %1 är inte planens valuta %2</translation>
    </message>
    <message>
        <source>voucher %1 line %2 is already on line %3</source>
        <translation>verifikation %1 rad %2 finns redan på rad %3</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>filen kan inte öppnas: %1</translation>
    </message>
    <message>
        <source>the plan %1 is read-only: %2</source>
        <translation>planen %1 är skrivskyddad: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more row(s)); nothing was imported</source>
        <translation>
            <numerusform>%1 (och %n rad till); ingenting importerades</numerusform>
            <numerusform>%1 (och %n rader till); ingenting importerades</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; nothing was imported</source>
        <translation>%1; ingenting importerades</translation>
    </message>
    <message>
        <source>no row can be imported</source>
        <translation>ingen rad kan importeras</translation>
    </message>
    <message>
        <source>the header cannot be read</source>
        <translation>rubrikraden kan inte läsas</translation>
    </message>
    <message>
        <source>field %1%2 is longer than %3</source>
        <translation>fält %1%2 är längre än %3</translation>
    </message>
    <message>
        <source>the header has %1 columns, more than %2</source>
        <translation>rubrikraden har %1 kolumner, fler än %2</translation>
    </message>
    <message>
        <source>the header is longer than %1</source>
        <translation>rubrikraden är längre än %1</translation>
    </message>
    <message>
        <source>the line is longer than %1</source>
        <translation>raden är längre än %1</translation>
    </message>
    <message>
        <source>a quoted field in the record that starts here is not closed within %1</source>
        <translation>ett fält inom citattecken i posten som börjar här avslutas inte inom %1</translation>
    </message>
    <message>
        <source>the profile&apos;s &quot;%1&quot; is not text</source>
        <translation>profilens ”%1” är inte text</translation>
    </message>
    <message>
        <source>the profile&apos;s &quot;columns&quot; is not an object of column names</source>
        <translation>profilens ”columns” är inte ett objekt med kolumnnamn</translation>
    </message>
    <message>
        <source>cannot open the profile: %1</source>
        <translation>profilen kan inte öppnas: %1</translation>
    </message>
    <message>
        <source>the profile is larger than %1; a profile is a few lines of JSON</source>
        <translation>profilen är större än %1; en profil är några rader JSON</translation>
    </message>
    <message>
        <source>the file is larger than %1, more than any ledger export</source>
        <translation>filen är större än %1, mer än någon huvudboksexport</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>filen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>date &quot;%1&quot; is outside %2 – %3</source>
        <translation>datumet ”%1” ligger utanför %2 – %3</translation>
    </message>
    <message>
        <source>date &quot;%1&quot; has a time of day; a booking date is a day (midnight is accepted)</source>
        <translation>datumet ”%1” har ett klockslag; ett bokföringsdatum är en dag (midnatt godtas)</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; is beyond the limit for one amount (±%2)</source>
        <translation>beloppet ”%1” är större än vad ett belopp får vara (±%2)</translation>
    </message>
    <message>
        <source>the file has more than %1 rows, more than any ledger export</source>
        <translation>filen har fler än %1 rader, fler än någon huvudboksexport</translation>
    </message>
    <message numerus="yes">
        <source> … (and %n more)</source>
        <translation>
            <numerusform> … (och %n till)</numerusform>
            <numerusform> … (och %n till)</numerusform>
        </translation>
    </message>
    <message>
        <source>the ledger belongs to the plan and is shared by every scenario, and this window works in scenario «%1»: import while working in the plan.</source>
        <translation>huvudboken hör till planen och delas av alla scenarier, och detta fönster arbetar i scenariot «%1»: importera när du arbetar i planen.</translation>
    </message>
</context>
<context>
    <name>horisont::LogicDiagram</name>
    <message>
        <source>Programme logic diagram</source>
        <translation>Diagram över programlogiken</translation>
    </message>
    <message>
        <source>Programme logic diagram area</source>
        <translation>Diagramytan för programlogiken</translation>
    </message>
    <message>
        <source>Scroll the diagram sideways</source>
        <translation>Rulla diagrammet i sidled</translation>
    </message>
    <message>
        <source>Scroll the diagram up and down</source>
        <translation>Rulla diagrammet upp och ned</translation>
    </message>
    <message>
        <source>Link intervention to cause</source>
        <translation>Koppla insats till orsak</translation>
    </message>
    <message>
        <source>Link intervention to goal</source>
        <translation>Koppla insats till mål</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Ta bort koppling</translation>
    </message>
    <message>
        <source>&amp;Link to Cause or Goal…</source>
        <translation>&amp;Koppla till orsak eller mål…</translation>
    </message>
    <message>
        <source>&amp;Unlink from Cause or Goal…</source>
        <translation>Ta &amp;bort koppling till orsak eller mål…</translation>
    </message>
    <message>
        <source>Problems, causes, interventions, goals and indicators with the links between them. Drag from an intervention to a cause or goal to link them, or select the intervention and press Ctrl+L; select a link and press Delete, or the intervention and Ctrl+Shift+L, to remove it; Enter opens the item&apos;s properties.</source>
        <translation>Problem, orsaker, insatser, mål och indikatorer med kopplingarna mellan dem. Dra från en insats till en orsak eller ett mål för att koppla dem, eller markera insatsen och tryck Ctrl+L; markera en koppling och tryck Delete, eller insatsen och Ctrl+Skift+L, för att ta bort den; Enter öppnar objektets egenskaper.</translation>
    </message>
    <message>
        <source>Select an intervention first (arrow keys), then link or unlink it.</source>
        <translation>Markera först en insats (piltangenterna), koppla den sedan eller ta bort en koppling.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is linked to every cause and goal already.</source>
        <translation>”%1” är redan kopplad till alla orsaker och mål.</translation>
    </message>
    <message>
        <source>Link to a cause or goal</source>
        <translation>Koppla till en orsak eller ett mål</translation>
    </message>
    <message>
        <source>Link &quot;%1&quot; to (type to filter, Enter to link):</source>
        <translation>Koppla ”%1” till (skriv för att filtrera, Enter för att koppla):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is linked to no cause or goal.</source>
        <translation>”%1” är inte kopplad till någon orsak eller något mål.</translation>
    </message>
    <message>
        <source>Unlink from a cause or goal</source>
        <translation>Ta bort koppling till en orsak eller ett mål</translation>
    </message>
    <message>
        <source>Remove the link of &quot;%1&quot; to (type to filter, Enter to remove):</source>
        <translation>Ta bort kopplingen från ”%1” till (skriv för att filtrera, Enter för att ta bort):</translation>
    </message>
    <message>
        <source>Removed the link of &quot;%1&quot; to %2.</source>
        <translation>Tog bort kopplingen från ”%1” till %2.</translation>
    </message>
</context>
<context>
    <name>horisont::LogicLinkDialog</name>
    <message>
        <source>Filter the list</source>
        <translation>Filtrera listan</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>Skriv för att filtrera</translation>
    </message>
    <message>
        <source>Nothing to choose.</source>
        <translation>Inget att välja.</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Inget matchar.</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Knappar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>horisont::LogicLinkEditor</name>
    <message>
        <source>Drag from an intervention to a cause or a goal to link them.</source>
        <translation>Dra från en insats till en orsak eller ett mål för att koppla ihop dem.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already linked to &quot;%2&quot;.</source>
        <translation>”%1” är redan kopplad till ”%2”.</translation>
    </message>
    <message>
        <source>Linked &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Kopplade ”%1” till ”%2”.</translation>
    </message>
    <message>
        <source>Select a link between an intervention and a cause or goal to delete it.</source>
        <translation>Markera en koppling mellan en insats och en orsak eller ett mål för att ta bort den.</translation>
    </message>
</context>
<context>
    <name>horisont::LogicView</name>
    <message>
        <source>Programme logic and follow-up</source>
        <translation>Programlogik och uppföljning</translation>
    </message>
    <message>
        <source>Parts of the programme logic</source>
        <translation>Delar av programlogiken</translation>
    </message>
    <message>
        <source>Problems in the situation picture</source>
        <translation>Problem i lägesbilden</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Indicator charts</source>
        <translation>Indikatordiagram</translation>
    </message>
</context>
<context>
    <name>horisont::MainMenus</name>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Spara en &amp;kopia…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportera PDF…</translation>
    </message>
    <message>
        <source>Export &amp;Spreadsheet…</source>
        <translation>Exportera &amp;kalkylblad…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ångra %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gör om %1</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <source>&amp;Check File</source>
        <translation>&amp;Kontrollera filen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <source>New from &amp;Demo…</source>
        <translation>Ny från &amp;demoplan…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Egenskaper</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Följ systemets inställning</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Horisont</source>
        <translation>&amp;Om Horisont</translation>
    </message>
    <message>
        <source>About Horisont</source>
        <translation>Om Horisont</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Horisont %1&lt;/h3&gt;&lt;p&gt;Plan and follow up a long-term public programme: phases, interventions, responsibilities and money over 10–15 years.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Horisont %1&lt;/h3&gt;&lt;p&gt;Planera och följ upp ett långsiktigt offentligt program: faser, insatser, ansvarsfördelning och ekonomi över 10–15 år.&lt;/p&gt;&lt;p&gt;Licensierat under GNU General Public License, version 3 eller senare.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Horisont.</source>
        <translation>Det nya språket används från och med nästa gång Horisont startas.</translation>
    </message>
    <message>
        <source>Ve&amp;rsions</source>
        <translation>Ve&amp;rsioner</translation>
    </message>
    <message>
        <source>&amp;Scenarios</source>
        <translation>&amp;Scenarier</translation>
    </message>
    <message>
        <source>P&amp;ublish to Server…</source>
        <translation>P&amp;ublicera på server…</translation>
    </message>
    <message>
        <source>Open from Ser&amp;ver…</source>
        <translation>Öppna från ser&amp;ver…</translation>
    </message>
    <message>
        <source>%1 is already on a server.</source>
        <translation>%1 finns redan på en server.</translation>
    </message>
    <message>
        <source>&amp;Import Plan…</source>
        <translation>&amp;Importera plan…</translation>
    </message>
</context>
<context>
    <name>horisont::MainWindow</name>
    <message>
        <source>%1 – Horisont</source>
        <translation>%1 – Horisont</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Egenskaper</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vyer</translation>
    </message>
    <message>
        <source>%1 – version «%2» – Horisont</source>
        <translation>%1 – version «%2» – Horisont</translation>
    </message>
    <message>
        <source>%1 – scenario «%2» – Horisont</source>
        <translation>%1 – scenario «%2» – Horisont</translation>
    </message>
</context>
<context>
    <name>horisont::MarkDecidedDialog</name>
    <message>
        <source>Mark as decided</source>
        <translation>Markera som beslutad</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>The plan has no decisions yet. Add the decision under Decisions and periods first.</source>
        <translation>Planen har inga beslut ännu. Lägg först till beslutet under Beslut och perioder.</translation>
    </message>
    <message numerus="yes">
        <source>%n allocation(s) will be marked as decided on:</source>
        <translation>
            <numerusform>%n fördelning markeras som beslutad enligt:</numerusform>
            <numerusform>%n fördelningar markeras som beslutade enligt:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::MoneyGridModel</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>horisont::MonthlyActuals</name>
    <message>
        <source>The ledger cannot be read: %1</source>
        <translation>Huvudboken kan inte läsas: %1</translation>
    </message>
    <message>
        <source>the plan is not an SQLite database</source>
        <translation>planen är inte en SQLite-databas</translation>
    </message>
    <message>
        <source>its amounts add up to more than Horisont can count</source>
        <translation>dess belopp blir tillsammans mer än Horisont kan räkna</translation>
    </message>
</context>
<context>
    <name>horisont::NewScenarioDialog</name>
    <message>
        <source>&amp;Work in it now</source>
        <translation>&amp;Arbeta i det nu</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>Nytt scenario</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>Scenariots namn</translation>
    </message>
    <message>
        <source>e.g. 15-year continuation</source>
        <translation>t.ex. 15-årig fortsättning</translation>
    </message>
    <message>
        <source>Make it of</source>
        <translation>Utgå från</translation>
    </message>
    <message>
        <source>The plan as it is</source>
        <translation>Planen som den är</translation>
    </message>
    <message>
        <source>Version «%1» (%2)</source>
        <translation>Versionen «%1» (%2)</translation>
    </message>
    <message>
        <source>A scenario is a what-if of the plan in the same file: work in it, edit and undo as in the plan, compare it side by side with the plan, and promote it to be the plan once it is decided. The ledger is shared by the plan and every scenario.</source>
        <translation>Ett scenario är ett tänkt alternativ till planen i samma fil: arbeta i det, ändra och ångra som i planen, jämför det sida vid sida med planen och gör det till plan när det är beslutat. Huvudboken delas av planen och alla scenarier.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Make it &amp;of:</source>
        <translation>&amp;Utgå från:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <source>Create the scenario</source>
        <translation>Skapa scenariot</translation>
    </message>
</context>
<context>
    <name>horisont::NotMapped</name>
    <message>
        <source>dependencies</source>
        <translation>beroenden</translation>
    </message>
    <message>
        <source>calendars</source>
        <translation>kalendrar</translation>
    </message>
    <message>
        <source>holidays and days off</source>
        <translation>helgdagar och lediga dagar</translation>
    </message>
    <message>
        <source>resource vacations</source>
        <translation>resursers semestrar</translation>
    </message>
    <message>
        <source>effort (work)</source>
        <translation>arbetsinsats (arbete)</translation>
    </message>
    <message>
        <source>rates</source>
        <translation>timpriser</translation>
    </message>
    <message>
        <source>costs calculated from rates</source>
        <translation>kostnader beräknade från timpriser</translation>
    </message>
    <message>
        <source>baselines</source>
        <translation>originalplaner (baslinjer)</translation>
    </message>
    <message>
        <source>custom fields</source>
        <translation>egna fält</translation>
    </message>
    <message>
        <source>date constraints</source>
        <translation>datumvillkor</translation>
    </message>
    <message>
        <source>progress (% complete)</source>
        <translation>framsteg (% klart)</translation>
    </message>
    <message>
        <source>timephased data</source>
        <translation>tidsfördelade värden</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>roller</translation>
    </message>
    <message>
        <source>blank task rows</source>
        <translation>tomma uppgiftsrader</translation>
    </message>
    <message>
        <source>costs of summary tasks beside their subtasks&apos; costs</source>
        <translation>kostnader på sammanfattande uppgifter utöver deluppgifternas</translation>
    </message>
    <message>
        <source>resources assigned to tasks that became phases</source>
        <translation>resurser tilldelade uppgifter som blev faser</translation>
    </message>
    <message>
        <source>assignments of unknown resources or tasks</source>
        <translation>tilldelningar av okända resurser eller uppgifter</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>kolumner</translation>
    </message>
</context>
<context>
    <name>horisont::OpenFromServerDialog</name>
    <message>
        <source>&amp;List Plans</source>
        <translation>&amp;Lista planer</translation>
    </message>
    <message>
        <source>Open from Server</source>
        <translation>Öppna från server</translation>
    </message>
    <message>
        <source>Plans on the server</source>
        <translation>Planer på servern</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>Publicerad av</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicerad</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Din roll</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>You have no role in %1; an owner of it can give you one.</source>
        <translation>Du har ingen roll i %1; en ägare av den kan ge dig en.</translation>
    </message>
    <message>
        <source>There are no plans in %1 yet.</source>
        <translation>Det finns inga planer i %1 ännu.</translation>
    </message>
    <message>
        <source>%1 is of an older format (%2): opening it offers its owner to upgrade it.</source>
        <translation>%1 har ett äldre format (%2): när den öppnas erbjuds dess ägare att uppgradera den.</translation>
    </message>
</context>
<context>
    <name>horisont::OrganisationModel</name>
    <message>
        <source>An organisation needs a name.</source>
        <translation>En organisation måste ha ett namn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of organisation.</source>
        <translation>”%1” är ingen organisationstyp.</translation>
    </message>
    <message>
        <source>There is no such organisation.</source>
        <translation>Det finns ingen sådan organisation.</translation>
    </message>
    <message>
        <source>An organisation cannot be part of itself or of one of its own parts.</source>
        <translation>En organisation kan inte ingå i sig själv eller i någon av sina egna delar.</translation>
    </message>
</context>
<context>
    <name>horisont::OrganisationsView</name>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Ingår i</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Lägg till organisation</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Ta bort organisation</translation>
    </message>
    <message>
        <source>Deletes the selected organisations and their responsibilities and allocations</source>
        <translation>Tar bort de markerade organisationerna med deras ansvar och tilldelningar</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Ny organisation</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n organisation(s)</source>
        <translation>
            <numerusform>Ta bort %n organisation</numerusform>
            <numerusform>Ta bort %n organisationer</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete organisation</source>
        <translation>Organisationen kan inte tas bort</translation>
    </message>
</context>
<context>
    <name>horisont::OverviewView</name>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>&amp;Edit mandate…</source>
        <translation>&amp;Redigera uppdraget…</translation>
    </message>
    <message>
        <source>Programme name</source>
        <translation>Programmets namn</translation>
    </message>
    <message>
        <source>Show and edit the mandate</source>
        <translation>Visa och redigera uppdraget</translation>
    </message>
    <message>
        <source>Edit mandate</source>
        <translation>Redigera uppdraget</translation>
    </message>
    <message>
        <source>Show the mandate&apos;s details for editing</source>
        <translation>Visa uppdragets uppgifter för redigering</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Commissioned by</source>
        <translation>Uppdragsgivare</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Process leader</source>
        <translation>Processledare</translation>
    </message>
    <message>
        <source>Vision and goal</source>
        <translation>Vision och mål</translation>
    </message>
    <message>
        <source>Where we are</source>
        <translation>Var vi står</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>By grant</source>
        <translation>Per bidrag</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Fördelat</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Plan check</source>
        <translation>Plankontroll</translation>
    </message>
    <message>
        <source>Show &amp;problems</source>
        <translation>Visa &amp;problem</translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation>Visa problem</translation>
    </message>
    <message>
        <source>Untitled programme</source>
        <translation>Namnlöst program</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No grants with a ceiling</source>
        <translation>Inga bidrag med tak</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Bidrag</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>%1 to fix.</source>
        <translation>%1 att åtgärda.</translation>
    </message>
    <message>
        <source>%1 to look at.</source>
        <translation>%1 att se över.</translation>
    </message>
    <message>
        <source>No problems found – the plan passes every check.</source>
        <translation>Inga problem hittades – planen klarar alla kontroller.</translation>
    </message>
</context>
<context>
    <name>horisont::PasswordPrompt</name>
    <message>
        <source>your user</source>
        <translation>din användare</translation>
    </message>
    <message>
        <source>%1 refused the password of %2. Password:</source>
        <translation>%1 godtog inte lösenordet för %2. Lösenord:</translation>
    </message>
    <message>
        <source>Password of %2 on %1:</source>
        <translation>Lösenord för %2 på %1:</translation>
    </message>
    <message>
        <source>(kept only until Horisont closes; never saved)</source>
        <translation>(sparas bara tills Horisont stängs; skrivs aldrig ner)</translation>
    </message>
    <message>
        <source>Server Password</source>
        <translation>Serverlösenord</translation>
    </message>
</context>
<context>
    <name>horisont::PdfPack</name>
    <message>
        <source>Steering group pack</source>
        <translation>Styrgruppsunderlag</translation>
    </message>
    <message>
        <source>Controller pack</source>
        <translation>Controllerunderlag</translation>
    </message>
    <message>
        <source>Full plan</source>
        <translation>Hela planen</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Timeline %1 – %2</source>
        <translation>Tidslinje %1 – %2</translation>
    </message>
    <message>
        <source>Timeline %1 – %2 (%3 of %4)</source>
        <translation>Tidslinje %1 – %2 (%3 av %4)</translation>
    </message>
    <message>
        <source>Commissioned by: %1</source>
        <translation>Uppdragsgivare: %1</translation>
    </message>
    <message>
        <source>Process leader: %1</source>
        <translation>Processledare: %1</translation>
    </message>
    <message>
        <source>Period covered: %1</source>
        <translation>Period som underlaget avser: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>UTKAST</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Fördelat</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Förbrukat</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Faser</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <source>Problems found by the plan checks</source>
        <translation>Problem som plankontrollerna hittat</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risker</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Budget and actual per funding source</source>
        <translation>Budget och utfall per finansieringskälla</translation>
    </message>
    <message>
        <source>All budget years of the programme.</source>
        <translation>Programmets alla budgetår.</translation>
    </message>
    <message>
        <source>Budget years %1–%2.</source>
        <translation>Budgetåren %1–%2.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Finansieringskälla</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>Allocated and spent per funding source</source>
        <translation>Fördelat och förbrukat per finansieringskälla</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Ansvar</translation>
    </message>
    <message>
        <source>Who is accountable and who is responsible for each intervention in the period covered.</source>
        <translation>Vem som har det yttersta ansvaret och vem som utför varje insats under perioden.</translation>
    </message>
    <message>
        <source>Consulted, informed</source>
        <translation>Rådfrågas, informeras</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>The plan checks found no problems.</source>
        <translation>Plankontrollerna hittade inga problem.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighet</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Iakttagelse</translation>
    </message>
    <message>
        <source>The plan lists no risks.</source>
        <translation>Planen har inga risker.</translation>
    </message>
    <message>
        <source>Likelihood and impact on a scale of 1–5; the score is likelihood × impact.</source>
        <translation>Sannolikhet och konsekvens på en skala 1–5; riskvärdet är sannolikhet × konsekvens.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Sannolikhet</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Riskvärde</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Översyn</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exporterad %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>The %1 is not available yet.</source>
        <translation>%1 finns inte än.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Exporten avbröts; ingen fil skrevs.</translation>
    </message>
    <message>
        <source>Evaluation recommendations</source>
        <translation>Rekommendationer från utvärderingen</translation>
    </message>
    <message>
        <source>The plan lists no recommendations.</source>
        <translation>Planen har inga rekommendationer.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekommendation</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <source>No follow-ups cover the period.</source>
        <translation>Inga uppföljningar täcker perioden.</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Iakttagelser</translation>
    </message>
    <message>
        <source>Deviations and why</source>
        <translation>Avvikelser och orsaker</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Nothing is allocated or spent in the years covered.</source>
        <translation>Inget är fördelat eller förbrukat under åren.</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Avvikelse</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Andel förbrukad</translation>
    </message>
    <message>
        <source>Actual against budget</source>
        <translation>Utfall mot budget</translation>
    </message>
    <message>
        <source>Spending booked in the ledger against the allocations of the budget years %1–%2. Variance is allocated − spent; a negative variance is spending beyond the budget.</source>
        <translation>Utfall bokfört i redovisningen mot fördelningarna för budgetåren %1–%2. Avvikelse är fördelat − förbrukat; en negativ avvikelse är utgifter utöver budget.</translation>
    </message>
    <message>
        <source>Per budget year</source>
        <translation>Per budgetår</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Per funding source</source>
        <translation>Per finansieringskälla</translation>
    </message>
    <message>
        <source>Per organisation</source>
        <translation>Per organisation</translation>
    </message>
    <message>
        <source>Per intervention</source>
        <translation>Per insats</translation>
    </message>
    <message>
        <source>Allocations by year</source>
        <translation>Fördelning per år</translation>
    </message>
    <message>
        <source>Planned and decided allocations of the budget years %1–%2, all funding sources. Amounts in %3.</source>
        <translation>Planerade och beslutade fördelningar för budgetåren %1–%2, alla finansieringskällor. Belopp i %3.</translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation>Per organisation</translation>
    </message>
    <message>
        <source>By intervention</source>
        <translation>Per insats</translation>
    </message>
    <message>
        <source>Audit trail of the period</source>
        <translation>Revisionsspår för perioden</translation>
    </message>
    <message>
        <source>Changes to funding sources, allocations and forecasts, and imports of actual spending, made %1 – %2: who, when, what, before and after, and why.</source>
        <translation>Ändringar av finansieringskällor, fördelningar och prognoser samt importer av utfall, gjorda %1 – %2: vem, när, vad, före och efter, och varför.</translation>
    </message>
    <message>
        <source>No budget changes were made in the period.</source>
        <translation>Inga budgetändringar gjordes under perioden.</translation>
    </message>
    <message>
        <source>Import of actual spending</source>
        <translation>Import av utfall</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Ångra %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Gör om %1</translation>
    </message>
    <message>
        <source>created</source>
        <translation>skapad</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>borttagen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Field: before → after</source>
        <translation>Fält: före → efter</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognos</translation>
    </message>
    <message>
        <source>Forecasts entered by the controller, as of %1. The suggestion is what was spent for a past year and the run-rate of the completed months for the current year.</source>
        <translation>Prognoser inlagda av controllern, per %1. Förslaget är utfallet för ett tidigare år och takten under årets avslutade månader för innevarande år.</translation>
    </message>
    <message>
        <source>Whole programme</source>
        <translation>Hela programmet</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Allocated − forecast</source>
        <translation>Fördelat − prognos</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>Finansieringskällor</translation>
    </message>
    <message>
        <source>Earmarked: %1</source>
        <translation>Öronmärkt: %1</translation>
    </message>
    <message>
        <source>no ceiling</source>
        <translation>inget tak</translation>
    </message>
    <message>
        <source>The plan has no funding sources.</source>
        <translation>Planen har inga finansieringskällor.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Grantor</source>
        <translation>Beviljare</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltig</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Indicator charts</source>
        <translation>Indikatordiagram</translation>
    </message>
    <message>
        <source>The plan has no indicators.</source>
        <translation>Planen har inga indikatorer.</translation>
    </message>
    <message>
        <source>Whole municipality</source>
        <translation>Hela kommunen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgångsvärde</translation>
    </message>
    <message>
        <source>No measurements, targets or baseline for this indicator.</source>
        <translation>Inga mätningar, målvärden eller utgångsvärde för denna indikator.</translation>
    </message>
    <message>
        <source>Programme logic</source>
        <translation>Programlogik</translation>
    </message>
    <message>
        <source>Programme logic (%1 of %2)</source>
        <translation>Programlogik (%1 av %2)</translation>
    </message>
    <message>
        <source>Problems → causes → interventions → goals → indicators, with the links between them; ⚠ marks an item with a gap.</source>
        <translation>Problem → orsaker → insatser → mål → indikatorer, med länkarna mellan dem; ⚠ markerar en post med en lucka.</translation>
    </message>
    <message>
        <source>Problems of the situation picture</source>
        <translation>Problem i lägesbilden</translation>
    </message>
    <message>
        <source>The plan lists no problems.</source>
        <translation>Planen anger inga problem.</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Orsaker</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Försättsblad</translation>
    </message>
    <message>
        <source>Summary of key figures</source>
        <translation>Sammanfattning av nyckeltal</translation>
    </message>
    <message>
        <source>Structure: phases, interventions, activities</source>
        <translation>Struktur: faser, insatser, aktiviteter</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Actual against budget with variance</source>
        <translation>Utfall mot budget med avvikelse</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Phases, interventions and their activities in the period covered; A is the accountable organisation, R the responsible ones; ◆ marks a milestone.</source>
        <translation>Faser, insatser och deras aktiviteter under perioden; A är den ansvariga organisationen (A), R de utförande; ◆ markerar en milstolpe.</translation>
    </message>
    <message>
        <source>Intervention, activity</source>
        <translation>Insats, aktivitet</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>Outside the phases</source>
        <translation>Utanför faserna</translation>
    </message>
    <message>
        <source>No interventions fall in the period covered.</source>
        <translation>Inga insatser infaller under perioden.</translation>
    </message>
    <message>
        <source>Nothing is allocated in the years covered.</source>
        <translation>Inget är fördelat under åren.</translation>
    </message>
    <message>
        <source>Budget years %1–%2</source>
        <translation>Budgetår %1–%2</translation>
    </message>
    <message>
        <source>Where each phase stands on %1, its interventions and their money; spending is what the ledger books on the phase&apos;s interventions.</source>
        <translation>Var varje fas står den %1, dess insatser och deras pengar; förbrukat är det huvudboken bokför på fasens insatser.</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Where the programme stands on %1, and key figures of the whole programme.</source>
        <translation>Var programmet står den %1 och nyckeltal för hela programmet.</translation>
    </message>
    <message>
        <source>Where we are</source>
        <translation>Var vi står</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Per %1</translation>
    </message>
    <message>
        <source>Removal of an import of actual spending</source>
        <translation>Borttagning av en import av utfall</translation>
    </message>
    <message>
        <source>Money allocated</source>
        <translation>Fördelade pengar</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Allocated per year</source>
        <translation>Fördelat per år</translation>
    </message>
    <message>
        <source>Changes since «%1»</source>
        <translation>Ändringar sedan «%1»</translation>
    </message>
    <message>
        <source>«%1» (%2), frozen %3, compared with %4.</source>
        <translation>«%1» (%2), fryst %3, jämförd med %4.</translation>
    </message>
    <message>
        <source>the plan as it is now</source>
        <translation>planen som den är nu</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Inget har ändrats.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Vad som ändrats</translation>
    </message>
    <message>
        <source>Changes since a version (--compare-with)</source>
        <translation>Ändringar sedan en version (--compare-with)</translation>
    </message>
    <message>
        <source>grey bars: the dates of «%1»</source>
        <translation>grå staplar: datumen i «%1»</translation>
    </message>
    <message>
        <source>the scenario «%1»</source>
        <translation>scenariot «%1»</translation>
    </message>
    <message>
        <source>The scenario «%1» compared with %2.</source>
        <translation>Scenariot «%1» jämfört med %2.</translation>
    </message>
</context>
<context>
    <name>horisont::PlanChangesFilter</name>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 av %3)</translation>
    </message>
</context>
<context>
    <name>horisont::PlanChangesModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>How many days the item moved (by its end); positive is later</source>
        <translation>Hur många dagar objektet har flyttats (räknat på slutet); positivt är senare</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
</context>
<context>
    <name>horisont::PlanCheck</name>
    <message>
        <source>No phase covers %1 – %2 at the start of the programme.</source>
        <translation>Ingen fas täcker %1 – %2 i början av programmet.</translation>
    </message>
    <message>
        <source>No phase covers %1 – %2 at the end of the programme.</source>
        <translation>Ingen fas täcker %1 – %2 i slutet av programmet.</translation>
    </message>
    <message numerus="yes">
        <source>%n ledger transaction(s), %1 in all, carry codes that match nothing in the plan.</source>
        <translation>
            <numerusform>%n transaktion i huvudboken, sammanlagt %1, har koder som inte motsvarar något i planen.</numerusform>
            <numerusform>%n transaktioner i huvudboken, sammanlagt %1, har koder som inte motsvarar något i planen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>från och med %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>till och med %1</translation>
    </message>
    <message>
        <source>voucher %1 of %2</source>
        <translation>verifikation %1 den %2</translation>
    </message>
    <message>
        <source>%1 %2 has no %3, which it must have: choose one in Properties.</source>
        <translation>%1 %2 saknar %3, som måste finnas: välj ett värde under Egenskaper.</translation>
    </message>
    <message>
        <source>outside %1</source>
        <translation>utanför %1</translation>
    </message>
    <message>
        <source>An allocation of %1 from %2 is for %3, outside the source&apos;s valid period %4 – %5.</source>
        <translation>En fördelning på %1 från %2 avser %3, utanför finansieringskällans giltighetsperiod %4 – %5.</translation>
    </message>
    <message>
        <source>%1 is allocated %2, over its ceiling of %3 by %4. The ceiling is first passed in %5, when the allocations up to and including %5 come to %6.</source>
        <translation>Från %1 är %2 fördelat, vilket överskrider taket på %3 med %4. Taket passeras första gången %5, då fördelningarna till och med %5 uppgår till %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n ledger transaction(s) on %1, %2 in all, are dated outside the source&apos;s valid period %3; the earliest: %4.</source>
        <translation>
            <numerusform>%n transaktion i huvudboken på %1, sammanlagt %2, är daterad utanför finansieringskällans giltighetsperiod %3; den tidigaste: %4.</numerusform>
            <numerusform>%n transaktioner i huvudboken på %1, sammanlagt %2, är daterade utanför finansieringskällans giltighetsperiod %3; de tidigaste: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Funding source %1 was charged %2 in %3, a year with no allocation from it.</source>
        <translation>Finansieringskällan %1 har belastats med %2 under %3, ett år utan någon fördelning från den.</translation>
    </message>
    <message>
        <source>Intervention %1 has spent %2 in %3, a year with no allocation to it.</source>
        <translation>Insatsen %1 har förbrukat %2 under %3, ett år utan någon fördelning till den.</translation>
    </message>
    <message>
        <source>%1 has spent %2 in %3, a year with no allocation to it.</source>
        <translation>%1 har förbrukat %2 under %3, ett år utan någon fördelning till den.</translation>
    </message>
    <message>
        <source>Intervention %1 has spent %2 in %3, %4 more than the %5 allocated to it.</source>
        <translation>Insatsen %1 har förbrukat %2 under %3, %4 mer än de %5 som fördelats till den.</translation>
    </message>
    <message>
        <source>%1 has spent %2 in %3, %4 more than the %5 allocated to it.</source>
        <translation>%1 har förbrukat %2 under %3, %4 mer än de %5 som fördelats till den.</translation>
    </message>
    <message numerus="yes">
        <source>%n ledger transaction(s) on intervention %1, %2 in all, are dated outside its period %3; the earliest: %4.</source>
        <translation>
            <numerusform>%n transaktion i huvudboken på insatsen %1, sammanlagt %2, är daterad utanför insatsens period %3; den tidigaste: %4.</numerusform>
            <numerusform>%n transaktioner i huvudboken på insatsen %1, sammanlagt %2, är daterade utanför insatsens period %3; de tidigaste: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>The programme %1 ends (%2) before it starts (%3).</source>
        <translation>Programmet %1 slutar (%2) innan det börjar (%3).</translation>
    </message>
    <message>
        <source>Phase %1 ends before it starts.</source>
        <translation>Fasen %1 slutar innan den börjar.</translation>
    </message>
    <message>
        <source>Phase %1 (%2 – %3) lies outside the programme horizon.</source>
        <translation>Fasen %1 (%2 – %3) ligger utanför programmets tidshorisont.</translation>
    </message>
    <message>
        <source>Intervention %1 ends before it starts.</source>
        <translation>Insatsen %1 slutar innan den börjar.</translation>
    </message>
    <message>
        <source>Intervention %1 (%2 – %3) lies outside its phase %4.</source>
        <translation>Insatsen %1 (%2 – %3) ligger utanför sin fas %4.</translation>
    </message>
    <message>
        <source>Activity %1 ends before it starts.</source>
        <translation>Aktiviteten %1 slutar innan den börjar.</translation>
    </message>
    <message>
        <source>Activity %1 (%2 – %3) lies outside the programme horizon.</source>
        <translation>Aktiviteten %1 (%2 – %3) ligger utanför programmets tidshorisont.</translation>
    </message>
    <message>
        <source>Activity %1 (%2 – %3) lies outside its phase %4.</source>
        <translation>Aktiviteten %1 (%2 – %3) ligger utanför sin fas %4.</translation>
    </message>
    <message>
        <source>Milestone %1 (%2) comes after its intervention %3 ends (%4).</source>
        <translation>Milstolpen %1 (%2) infaller efter att dess insats %3 slutar (%4).</translation>
    </message>
    <message>
        <source>Phases %1 and %2 overlap (%3 – %4).</source>
        <translation>Faserna %1 och %2 överlappar varandra (%3 – %4).</translation>
    </message>
    <message>
        <source>No phase covers %1 – %2, between %3 and %4.</source>
        <translation>Ingen fas täcker %1 – %2, mellan %3 och %4.</translation>
    </message>
    <message>
        <source>Intervention %1 has no accountable organisation.</source>
        <translation>Insatsen %1 saknar ytterst ansvarig organisation.</translation>
    </message>
    <message>
        <source>Intervention %1 has %2 accountable organisations; it must have exactly one.</source>
        <translation>Insatsen %1 har %2 ytterst ansvariga organisationer; den måste ha exakt en.</translation>
    </message>
    <message>
        <source>Code %1 is used by both %2 and %3.</source>
        <translation>Koden %1 används av både %2 och %3.</translation>
    </message>
    <message>
        <source>Project code %1 is used by both %2 and %3.</source>
        <translation>Projektkoden %1 används av både %2 och %3.</translation>
    </message>
    <message>
        <source>Funding code %1 is used by both %2 and %3.</source>
        <translation>Finansieringskoden %1 används av både %2 och %3.</translation>
    </message>
</context>
<context>
    <name>horisont::PlanComparison</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>från och med %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>till och med %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>(+%n days)</source>
        <translation>
            <numerusform>(+%n dag)</numerusform>
            <numerusform>(+%n dagar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(−%n days)</source>
        <translation>
            <numerusform>(−%n dag)</numerusform>
            <numerusform>(−%n dagar)</numerusform>
        </translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(ingen källa)</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(ingen organisation)</translation>
    </message>
    <message>
        <source>(no intervention)</source>
        <translation>(ingen insats)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagda</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Borttagna</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Nya namn</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Flyttade</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Ansvar</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation>Övriga ändringar</translation>
    </message>
    <message>
        <source>%1 «%2»</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 har lagts till</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 har tagits bort</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1, %2: %3 → %4</source>
        <translation>%1, %2: %3 → %4</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1: %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Last day before</source>
        <translation>Sista dag före</translation>
    </message>
    <message>
        <source>Last day after</source>
        <translation>Sista dag efter</translation>
    </message>
    <message>
        <source>Shift (days)</source>
        <translation>Förskjutning (dagar)</translation>
    </message>
    <message>
        <source>Money changes</source>
        <translation>Ändrade belopp</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Finansieringskälla</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Allocated per year</source>
        <translation>Fördelat per år</translation>
    </message>
</context>
<context>
    <name>horisont::PlanDocument</name>
    <message>
        <source>The folder of %1 cannot be written, so the plan is open read-only.</source>
        <translation>Det går inte att skriva i mappen för %1, så planen är öppen i skrivskyddat läge.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 är skadad: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Horisont (file format %2; this version knows up to %3). It is open read-only so that nothing in it is lost.</source>
        <translation>%1 har skrivits av en nyare version av Horisont (filformat %2; den här versionen hanterar upp till %3). Den är öppen i skrivskyddat läge så att ingenting i den går förlorat.</translation>
    </message>
    <message>
        <source>Opened read-only on request.</source>
        <translation>Öppnad i skrivskyddat läge på begäran.</translation>
    </message>
    <message>
        <source>%1 is write-protected, so the plan is open read-only.</source>
        <translation>%1 är skrivskyddad, så planen är öppen i skrivskyddat läge.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1 has no programme: it is not a complete Horisont plan.</source>
        <translation>%1 saknar program: den är inte en fullständig Horisont-plan.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 finns redan; välj ett annat namn.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>Skapa plan</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Det går inte att skapa %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be saved, and nothing was changed: %2</source>
        <translation>”%1” kunde inte sparas, och ingenting ändrades: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n objekt</numerusform>
            <numerusform>%n objekt</numerusform>
        </translation>
    </message>
    <message>
        <source>A copy cannot replace the plan itself.</source>
        <translation>En kopia kan inte ersätta själva planen.</translation>
    </message>
    <message>
        <source>%1 is open in another Horisont (%2). You can read the plan here but not change it until it is closed there.</source>
        <translation>%1 är öppen i en annan Horisont (%2). Du kan läsa planen här men inte ändra den förrän den har stängts där.</translation>
    </message>
    <message>
        <source>its first page is not this plan&apos;s</source>
        <translation>dess första sida är inte den här planens</translation>
    </message>
    <message>
        <source>%1 has a journal of an interrupted edit, which could not be completed in a copy (%2). Nothing was changed; free some space and open it again.</source>
        <translation>%1 har en journal från en avbruten ändring, som inte kunde slutföras i en kopia (%2). Ingenting har ändrats; frigör utrymme och öppna den igen.</translation>
    </message>
    <message>
        <source>%1 held an edit that was interrupted. It was completed in a copy, verified and put in place of the file.</source>
        <translation>%1 hade en ändring som avbröts. Den slutfördes i en kopia, kontrollerades och ersatte filen.</translation>
    </message>
    <message>
        <source>The journal beside %1 could not be replayed into it without damaging it (%2); it may belong to another file. It was kept as %3, and the plan is opened as it was last saved.</source>
        <translation>Journalen bredvid %1 kunde inte spelas in i den utan att skada den (%2); den kan höra till en annan fil. Den sparades som %3, och planen öppnas som den senast sparades.</translation>
    </message>
    <message>
        <source>%1 has side files to recover, and no temporary folder could be made for that.</source>
        <translation>%1 har sidofiler att återställa, och ingen tillfällig mapp kunde skapas för det.</translation>
    </message>
    <message>
        <source>%1 holds an edit that was interrupted. It is shown here as it will be once completed, which happens the next time it is opened for editing.</source>
        <translation>%1 innehåller en ändring som avbröts. Den visas här som den blir när ändringen har slutförts, vilket sker nästa gång den öppnas för redigering.</translation>
    </message>
    <message>
        <source>%1 is in SQLite&apos;s WAL mode. It is read from a copy so that nothing is written beside it; opening it for editing turns it into an ordinary plan file.</source>
        <translation>%1 är i SQLites WAL-läge. Den läses från en kopia så att ingenting skrivs bredvid den; när den öppnas för redigering blir den en vanlig planfil igen.</translation>
    </message>
    <message>
        <source>The journal beside %1 does not fit it (%2); it may belong to another file. The plan is shown as it was last saved; opening it for editing sets the journal aside.</source>
        <translation>Journalen bredvid %1 passar inte till den (%2); den kan höra till en annan fil. Planen visas som den senast sparades; när den öppnas för redigering läggs journalen åt sidan.</translation>
    </message>
    <message>
        <source>%1 carries no valid format number (%2): it was never completed by Horisont, or its header has been changed. It has not been opened or changed.</source>
        <translation>%1 har inget giltigt formatnummer (%2): den blev aldrig färdigskriven av Horisont, eller så har dess huvud ändrats. Den har inte öppnats eller ändrats.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was refused, and nothing was changed: %2</source>
        <translation>”%1” avvisades, och ingenting ändrades: %2</translation>
    </message>
    <message>
        <source>Cannot undo &quot;%1&quot;; it stays done. %2</source>
        <translation>Kan inte ångra ”%1”; den står kvar som gjord. %2</translation>
    </message>
    <message>
        <source>Cannot redo &quot;%1&quot;; it stays undone. %2</source>
        <translation>Kan inte göra om ”%1”; den står kvar som ångrad. %2</translation>
    </message>
    <message>
        <source>%1 was in SQLite&apos;s WAL mode with changes in its write-ahead log. They were applied in a copy, verified and put in place of the file, which is now an ordinary plan file. Nothing in such a log names the file it belongs to: the plan as it was before is kept as %2 and the log as %3. If the plan now shows what it never held, put %2 back in its place.</source>
        <translation>%1 var i SQLites WAL-läge med ändringar i sin skrivlogg. De har förts in i en kopia, kontrollerats och ersatt filen, som nu är en vanlig planfil. Ingenting i en sådan logg säger vilken fil den hör till: planen som den var innan finns kvar som %2 och loggen som %3. Om planen nu visar något den aldrig innehållit, lägg tillbaka %2 i dess ställe.</translation>
    </message>
    <message>
        <source>This is version «%1» (%2), frozen %3 by %4. A version cannot be edited.</source>
        <translation>Det här är versionen «%1» (%2), fryst %3 av %4. En version kan inte ändras.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; adds to the plan, and this window works in scenario «%2».</source>
        <translation>”%1” lägger till i planen, och detta fönster arbetar i scenariot «%2».</translation>
    </message>
    <message>
        <source>This window shows version «%1»; open the plan to work in a scenario.</source>
        <translation>Detta fönster visar versionen «%1»; öppna planen för att arbeta i ett scenario.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; adds thousands of items at once, which is done in a plan file before it is published.</source>
        <translation>”%1” lägger till tusentals objekt på en gång, vilket görs i en planfil innan den publiceras.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was refused, and nothing was changed: scenario «%2» has changed since.</source>
        <translation>”%1” avvisades, och inget ändrades: scenariot «%2» har ändrats sedan dess.</translation>
    </message>
    <message>
        <source>Scenario «%1» was deleted or replaced by another user; this window works in the plan again.</source>
        <translation>Scenariot «%1» togs bort eller ersattes av en annan användare; det här fönstret arbetar i planen igen.</translation>
    </message>
</context>
<context>
    <name>horisont::PlanImport</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kan inte läsas: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>filen finns inte</translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB; not a plan Horisont reads</source>
        <translation>%1: större än %2 MiB; ingen plan som Horisont läser</translation>
    </message>
    <message>
        <source>%1: not a plan of a tool Horisont knows (%2); name its format with --format if it is one</source>
        <translation>%1: ingen plan från ett verktyg som Horisont känner (%2); ange formatet med --format om det är ett av dem</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;.</source>
        <translation>Okänt format &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: %2 files cannot be read by this build of Horisont</source>
        <translation>%1: %2-filer kan inte läsas av den här versionen av Horisont</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 finns redan; välj ett annat namn.</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Importera plan</translation>
    </message>
    <message>
        <source>%1: the plan could not be written: %2</source>
        <translation>%1: planen kunde inte skrivas: %2</translation>
    </message>
    <message>
        <source>%1 could not be created (it may have appeared meanwhile).</source>
        <translation>%1 kunde inte skapas (filen kan ha skapats under tiden).</translation>
    </message>
    <message>
        <source>%1: a profile names a plan spreadsheet&apos;s columns; a %2 file has none.</source>
        <translation>%1: en profil namnger kolumnerna i ett planark; en %2-fil har inga.</translation>
    </message>
</context>
<context>
    <name>horisont::PlanIntegrity</name>
    <message>
        <source>table %1, row %2</source>
        <translation>tabell %1, rad %2</translation>
    </message>
    <message>
        <source>%1: %2 refers to %3 %4, which does not exist</source>
        <translation>%1: %2 hänvisar till %3 %4, som inte finns</translation>
    </message>
    <message>
        <source>%1: %2 leads round in a circle back to this row</source>
        <translation>%1: %2 leder i en cirkel tillbaka till den här raden</translation>
    </message>
    <message>
        <source>table programme holds %1 programmes; a plan has exactly one</source>
        <translation>tabellen programme innehåller %1 program; en plan har exakt ett</translation>
    </message>
    <message>
        <source>its amounts add up to more than %1 kr, beyond what Horisont can add up</source>
        <translation>dess belopp blir sammanlagt mer än %1 kr, mer än Horisont kan summera</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>the plan&apos;s amounts would add up to more than %1 kr</source>
        <translation>planens belopp skulle sammanlagt bli mer än %1 kr</translation>
    </message>
</context>
<context>
    <name>horisont::PlanLock</name>
    <message>
        <source>this computer</source>
        <translation>den här datorn</translation>
    </message>
    <message>
        <source>a Horisont that is writing to it</source>
        <translation>en Horisont som skriver i den</translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation>process %1 på %2</translation>
    </message>
    <message>
        <source>process %1 on %2 since %3</source>
        <translation>process %1 på %2 sedan %3</translation>
    </message>
    <message>
        <source>%1 is still held by %2 on this computer, which is running; close it there.</source>
        <translation>%1 hålls fortfarande av %2 på den här datorn, som körs; stäng den där.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Det går inte att ta bort %1.</translation>
    </message>
</context>
<context>
    <name>horisont::PlanMapping</name>
    <message>
        <source>Resource %1</source>
        <translation>Resurs %1</translation>
    </message>
    <message>
        <source>The resource %1 names a group that comes after it; it is kept without the group.</source>
        <translation>Resursen %1 anger en grupp som kommer efter den; den behålls utan gruppen.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerad</translation>
    </message>
    <message>
        <source>The cost of %1 (%2), which became a phase, is allocated to no intervention.</source>
        <translation>Kostnaden för %1 (%2), som blev en fas, är fördelad utan insats.</translation>
    </message>
    <message>
        <source>The file&apos;s costs are in %1; they are taken as they are, in the plan&apos;s currency (SEK), without conversion.</source>
        <translation>Filens kostnader är i %1; beloppen tas som de är, i planens valuta (SEK), utan omräkning.</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Uppgift %1</translation>
    </message>
    <message>
        <source>The task at %1 has no name; it is called %2.</source>
        <translation>Uppgiften vid %1 saknar namn; den kallas %2.</translation>
    </message>
    <message>
        <source>The name of the task at %1 was cut to %2 characters.</source>
        <translation>Namnet på uppgiften vid %1 kortades till %2 tecken.</translation>
    </message>
    <message>
        <source>%1: %2: the task %3 runs %4 – %5; a plan holds dates from %6 to %7.</source>
        <translation>%1: %2: uppgiften %3 pågår %4 – %5; en plan rymmer datum från %6 till %7.</translation>
    </message>
    <message>
        <source>%1: no task has a date; nothing to import.</source>
        <translation>%1: ingen uppgift har något datum; inget att importera.</translation>
    </message>
    <message>
        <source>%1 (%2) has no dates; it spans its subtasks, %3 – %4.</source>
        <translation>%1 (%2) saknar datum; den spänner över sina deluppgifter, %3 – %4.</translation>
    </message>
    <message>
        <source>%1 (%2) has no dates; it takes %3, %4 – %5.</source>
        <translation>%1 (%2) saknar datum; den får %3, %4 – %5.</translation>
    </message>
    <message>
        <source>its parent&apos;s</source>
        <translation>överordnad uppgifts datum</translation>
    </message>
    <message>
        <source>the file&apos;s</source>
        <translation>hela filens datum</translation>
    </message>
    <message>
        <source>%1 (%2) has no duration and is no milestone; it is given its first day, %3.</source>
        <translation>%1 (%2) saknar varaktighet och är ingen milstolpe; den får sin första dag, %3.</translation>
    </message>
    <message>
        <source>%1 (%2) is marked as a milestone but has subtasks; it is mapped as a summary task.</source>
        <translation>%1 (%2) är markerad som milstolpe men har deluppgifter; den förs över som en sammanfattande uppgift.</translation>
    </message>
    <message>
        <source>The milestone %1 (%2) has no intervention to belong to; it became a one-day %3 on %4.</source>
        <translation>Milstolpen %1 (%2) har ingen insats att höra till; den blev en endagars %3 den %4.</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fas</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>insats</translation>
    </message>
    <message>
        <source>The milestone %1 (%2) sits at the %3; it is a milestone of the intervention %4.</source>
        <translation>Milstolpen %1 (%2) ligger på %3; den blev en milstolpe i insatsen %4.</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>översta nivån</translation>
    </message>
    <message>
        <source>level of interventions</source>
        <translation>insatsernas nivå</translation>
    </message>
    <message>
        <source>Path in the imported plan: %1</source>
        <translation>Sökväg i den importerade planen: %1</translation>
    </message>
    <message>
        <source>%1 holds no tasks; nothing to import.</source>
        <translation>%1 innehåller inga uppgifter; inget att importera.</translation>
    </message>
    <message>
        <source>%1: %2: the task&apos;s parent does not come before it.</source>
        <translation>%1: %2: uppgiftens överordnade uppgift kommer inte före den.</translation>
    </message>
    <message>
        <source>Imported plan</source>
        <translation>Importerad plan</translation>
    </message>
    <message>
        <source>Brought in from %1 (%2).</source>
        <translation>Överförd från %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n intervention(s) have no accountable organisation: the file does not say who is accountable; choose one for each in the responsibility matrix.</source>
        <translation>
            <numerusform>%n insats saknar ansvarig organisation: filen säger inte vem som är ansvarig; välj en i ansvarsmatrisen.</numerusform>
            <numerusform>%n insatser saknar ansvarig organisation: filen säger inte vem som är ansvarig; välj en för varje i ansvarsmatrisen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more note(s) like these.</source>
        <translation>
            <numerusform>… och %n anmärkning till av samma slag.</numerusform>
            <numerusform>… och %n anmärkningar till av samma slag.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::PlanReader</name>
    <message>
        <source>more than %1 tasks</source>
        <translation>fler än %1 uppgifter</translation>
    </message>
    <message>
        <source>&lt;task id=%1&gt; at line %2</source>
        <translation>&lt;task id=%1&gt; på rad %2</translation>
    </message>
    <message>
        <source>%1: the start %2 cannot be read; the task is given dates from its context.</source>
        <translation>%1: starten %2 kan inte läsas; uppgiften får datum från sitt sammanhang.</translation>
    </message>
    <message>
        <source>%1: the duration %2 is not a number of days a plan can hold</source>
        <translation>%1: varaktigheten %2 är inget antal dagar som en plan kan rymma</translation>
    </message>
    <message>
        <source>%1: the cost %2 cannot be read; it is left out.</source>
        <translation>%1: kostnaden %2 kan inte läsas; den utelämnas.</translation>
    </message>
    <message>
        <source>The default week at line %1 has no working day; every day is taken as one.</source>
        <translation>Standardveckan på rad %1 har ingen arbetsdag; varje dag räknas som arbetsdag.</translation>
    </message>
    <message>
        <source>more than %1 resources</source>
        <translation>fler än %1 resurser</translation>
    </message>
    <message>
        <source>&lt;%1&gt; where GanttProject has &lt;project&gt;</source>
        <translation>&lt;%1&gt; där GanttProject har &lt;project&gt;</translation>
    </message>
    <message>
        <source>no &lt;project&gt; element: not a GanttProject file</source>
        <translation>inget &lt;project&gt;-element: ingen GanttProject-fil</translation>
    </message>
    <message>
        <source>%1: the date %2 cannot be read; the task is given dates from its context.</source>
        <translation>%1: datumet %2 kan inte läsas; uppgiften får datum från sitt sammanhang.</translation>
    </message>
    <message>
        <source>&lt;Task&gt; UID %1 at line %2</source>
        <translation>&lt;Task&gt; UID %1 på rad %2</translation>
    </message>
    <message>
        <source>&lt;Resource&gt; UID %1 at line %2 has no name.</source>
        <translation>&lt;Resource&gt; UID %1 på rad %2 saknar namn.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; where Microsoft Project XML has &lt;Project&gt;</source>
        <translation>&lt;%1&gt; där Microsoft Project XML har &lt;Project&gt;</translation>
    </message>
    <message>
        <source>no &lt;Project&gt; element: not Microsoft Project XML</source>
        <translation>inget &lt;Project&gt;-element: inte Microsoft Project XML</translation>
    </message>
    <message>
        <source>%1 is at outline level %2 under a task of level %3; it is taken as its subtask.</source>
        <translation>%1 ligger på dispositionsnivå %2 under en uppgift på nivå %3; den tas som dess deluppgift.</translation>
    </message>
</context>
<context>
    <name>horisont::PlanScenarios</name>
    <message>
        <source>This file&apos;s format has no scenarios; open it for editing to bring it up to date.</source>
        <translation>Filens format har inga scenarier; öppna den för redigering för att uppdatera den.</translation>
    </message>
    <message>
        <source>Before «%1» %2</source>
        <translation>Före «%1» %2</translation>
    </message>
    <message>
        <source>A scenario needs a name.</source>
        <translation>Ett scenario måste ha ett namn.</translation>
    </message>
    <message>
        <source>A scenario&apos;s name can be at most %1 characters.</source>
        <translation>Ett scenarios namn får vara högst %1 tecken.</translation>
    </message>
    <message>
        <source>&quot;current&quot; means the plan as it is now and cannot name a scenario.</source>
        <translation>”current” betyder planen som den är nu och kan inte vara namnet på ett scenario.</translation>
    </message>
    <message>
        <source>The plan already has a scenario called «%1».</source>
        <translation>Planen har redan ett scenario som heter «%1».</translation>
    </message>
    <message>
        <source>«%1» already names a version of the plan; a scenario needs a name of its own.</source>
        <translation>«%1» är redan namnet på en version av planen; ett scenario behöver ett eget namn.</translation>
    </message>
    <message>
        <source>Scenario «%1» cannot be read: %2</source>
        <translation>Scenariot «%1» kan inte läsas: %2</translation>
    </message>
    <message>
        <source>its content is not a plan</source>
        <translation>dess innehåll är ingen plan</translation>
    </message>
    <message>
        <source>Scenario «%1» is no longer in the file.</source>
        <translation>Scenariot «%1» finns inte längre i filen.</translation>
    </message>
    <message>
        <source>Create scenario «%1»</source>
        <translation>Skapa scenariot «%1»</translation>
    </message>
    <message>
        <source>This window works in scenario «%1»; go back to the plan before deleting it.</source>
        <translation>Detta fönster arbetar i scenariot «%1»; gå tillbaka till planen innan du tar bort det.</translation>
    </message>
    <message>
        <source>Delete scenario «%1»</source>
        <translation>Ta bort scenariot «%1»</translation>
    </message>
    <message>
        <source>«%1» cannot become the plan: the ledger has spending on %2, which the scenario lacks. The ledger is fact and stays; add them to the scenario first.</source>
        <translation>«%1» kan inte bli planen: huvudboken har utfall på %2, som scenariot saknar. Huvudboken är fakta och ligger kvar; lägg först till dem i scenariot.</translation>
    </message>
    <message>
        <source>Promote scenario «%1» to be the plan</source>
        <translation>Gör scenariot «%1» till plan</translation>
    </message>
    <message>
        <source>«%1» could not become the plan, and nothing was changed: %2</source>
        <translation>«%1» kunde inte bli planen, och inget har ändrats: %2</translation>
    </message>
    <message>
        <source>Unknown scenario «%1»: the plan has no scenarios.</source>
        <translation>Okänt scenario «%1»: planen har inga scenarier.</translation>
    </message>
    <message>
        <source>Unknown scenario «%1». The plan&apos;s scenarios: %2.</source>
        <translation>Okänt scenario «%1». Planens scenarier: %2.</translation>
    </message>
    <message>
        <source>Scenario «%1» was changed by another since it was read.</source>
        <translation>Scenariot «%1» har ändrats av någon annan sedan det lästes.</translation>
    </message>
    <message>
        <source>scenario «%1» was changed or deleted by another since it was read.</source>
        <translation>scenariot «%1» har ändrats eller tagits bort av någon annan sedan det lästes.</translation>
    </message>
</context>
<context>
    <name>horisont::PlanSession</name>
    <message>
        <source>Cannot open plan</source>
        <translation>Planen kunde inte öppnas</translation>
    </message>
    <message>
        <source>Break the Lock</source>
        <translation>Bryt låset</translation>
    </message>
    <message>
        <source>%1 is marked as open by %2.

Break the lock only if you are sure that Horisont is no longer running there (for example, that computer crashed). If it is still running, two people could change the plan at the same time.</source>
        <translation>%1 är markerad som öppen av %2.

Bryt låset bara om du är säker på att Horisont inte längre körs där (till exempel om den datorn kraschade). Om det fortfarande körs kan två personer ändra planen samtidigt.</translation>
    </message>
    <message>
        <source>Horisont plans (*.horisont)</source>
        <translation>Horisont-planer (*.horisont)</translation>
    </message>
    <message>
        <source>%1 already exists. Horisont never writes over a plan; choose another name.</source>
        <translation>%1 finns redan. Horisont skriver aldrig över en plan; välj ett annat namn.</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Ny plan</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Nytt program</translation>
    </message>
    <message>
        <source>New from demo</source>
        <translation>Ny från demoplan</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Öppna plan</translation>
    </message>
    <message>
        <source>Horisont plans (*.horisont);;All files (*)</source>
        <translation>Horisont-planer (*.horisont);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Spara en kopia</translation>
    </message>
    <message>
        <source>Saved a copy to %1.</source>
        <translation>En kopia har sparats i %1.</translation>
    </message>
    <message>
        <source>Check file</source>
        <translation>Kontrollera filen</translation>
    </message>
    <message>
        <source>The file is damaged: %1</source>
        <translation>Filen är skadad: %1</translation>
    </message>
    <message>
        <source>The file is intact (SQLite&apos;s integrity check, its references and the ledger&apos;s sums passed).</source>
        <translation>Filen är hel (SQLites integritetskontroll, dess referenser och huvudbokens summor stämmer).</translation>
    </message>
    <message>
        <source>The plan checks found no problems.</source>
        <translation>Plankontrollen hittade inga problem.</translation>
    </message>
    <message numerus="yes">
        <source>The plan checks found %n problem(s).</source>
        <translation>
            <numerusform>Plankontrollen hittade %n problem.</numerusform>
            <numerusform>Plankontrollen hittade %n problem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open version</source>
        <translation>Kan inte öppna versionen</translation>
    </message>
    <message>
        <source>Published as %1.</source>
        <translation>Publicerad som %1.</translation>
    </message>
    <message>
        <source>Publish to Server</source>
        <translation>Publicera på server</translation>
    </message>
    <message>
        <source>The plan is now %1. Open it there? Changes made there are shared with the team; the file stays as it was.</source>
        <translation>Planen är nu %1. Öppna den där? Ändringar som görs där delas med gruppen; filen förblir som den var.</translation>
    </message>
</context>
<context>
    <name>horisont::PlanSpreadsheet</name>
    <message>
        <source>the profile&apos;s &quot;%1&quot; is not text</source>
        <translation>profilens &quot;%1&quot; är inte text</translation>
    </message>
    <message>
        <source>the profile&apos;s &quot;sheet&quot; is not a sheet&apos;s number from 1 or its name</source>
        <translation>profilens &quot;sheet&quot; är varken ett bladnummer från 1 eller ett bladnamn</translation>
    </message>
    <message>
        <source>the profile&apos;s &quot;headerRow&quot; is not a row&apos;s number from 1 to 1000</source>
        <translation>profilens &quot;headerRow&quot; är inte ett radnummer från 1 till 1000</translation>
    </message>
    <message>
        <source>the profile has an unknown key &quot;%1&quot; (known: %2)</source>
        <translation>profilen har en okänd nyckel &quot;%1&quot; (kända: %2)</translation>
    </message>
    <message>
        <source>the profile&apos;s &quot;decimalComma&quot; is not true or false</source>
        <translation>profilens &quot;decimalComma&quot; är inte true eller false</translation>
    </message>
    <message>
        <source>the profile&apos;s &quot;columns&quot; is not an object of column names</source>
        <translation>profilens &quot;columns&quot; är inte ett objekt med kolumnnamn</translation>
    </message>
    <message>
        <source>the profile&apos;s &quot;columns&quot; names an unknown field &quot;%1&quot; (known: %2)</source>
        <translation>profilens &quot;columns&quot; nämner ett okänt fält &quot;%1&quot; (kända: %2)</translation>
    </message>
    <message>
        <source>the profile&apos;s column &quot;%1&quot; is not a header&apos;s name</source>
        <translation>profilens kolumn &quot;%1&quot; är inte ett rubriknamn</translation>
    </message>
    <message>
        <source>the profile&apos;s column &quot;%1&quot; (%2) is not in the header</source>
        <translation>profilens kolumn &quot;%1&quot; (%2) finns inte i rubrikraden</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 eller %2</translation>
    </message>
    <message>
        <source>no column for %1</source>
        <translation>ingen kolumn för %1</translation>
    </message>
    <message>
        <source>%1, line %2, column %3 (%4)</source>
        <translation>%1, rad %2, kolumn %3 (%4)</translation>
    </message>
    <message>
        <source>%1, row %2, column %3 (%4)</source>
        <translation>%1, rad %2, kolumn %3 (%4)</translation>
    </message>
    <message>
        <source>%1: the date %2 is outside %3–%4.</source>
        <translation>%1: datumet %2 ligger utanför %3–%4.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (2025-01-31, 20250131, 31.01.2025%3).</source>
        <translation>%1: &quot;%2&quot; är inget datum (2025-01-31, 20250131, 31.01.2025%3).</translation>
    </message>
    <message>
        <source>%1: the amount &quot;%2&quot; is beyond what Horisont holds.</source>
        <translation>%1: beloppet &quot;%2&quot; är större än Horisont rymmer.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount (1 234,50 or 1234.50).</source>
        <translation>%1: &quot;%2&quot; är inget belopp (1 234,50 eller 1234.50).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a budget year from %3 to %4.</source>
        <translation>%1: &quot;%2&quot; är inget budgetår från %3 till %4.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <source>%1: the end %2 is before the start %3.</source>
        <translation>%1: slutet %2 ligger före starten %3.</translation>
    </message>
    <message>
        <source>%1: the budgets add up to more than Horisont holds.</source>
        <translation>%1: budgetarna blir sammanlagt mer än Horisont rymmer.</translation>
    </message>
    <message>
        <source>%1, row %2: more than %3 tasks, more than any plan.</source>
        <translation>%1, rad %2: fler än %3 uppgifter, fler än någon plan.</translation>
    </message>
    <message>
        <source>%1: the intervention %2 has no phase above it.</source>
        <translation>%1: insatsen %2 har ingen fas ovanför sig.</translation>
    </message>
    <message>
        <source>%1: the row names no phase, and none is above it.</source>
        <translation>%1: raden nämner ingen fas, och ingen finns ovanför den.</translation>
    </message>
    <message>
        <source>%1: the activity %2 has no intervention above it.</source>
        <translation>%1: aktiviteten %2 har ingen insats ovanför sig.</translation>
    </message>
    <message>
        <source>%1: more than %2 rows, more than any plan.</source>
        <translation>%1: fler än %2 rader, fler än någon plan.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, rad %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>line</source>
        <translation>rad</translation>
    </message>
    <message>
        <source>row</source>
        <translation>rad</translation>
    </message>
    <message>
        <source>%1, %2 %3 (the profile&apos;s headerRow): %4</source>
        <translation>%1, %2 %3 (profilens headerRow): %4</translation>
    </message>
    <message>
        <source>%1: the profile&apos;s headerRow %2 is empty or beyond the sheet.</source>
        <translation>%1: profilens headerRow %2 är tom eller ligger utanför bladet.</translation>
    </message>
    <message>
        <source>%1: no header row naming the plan&apos;s columns (Fas/Phase, Insats/Intervention, Start, År/Year, …) in its first %2 rows.</source>
        <translation>%1: ingen rubrikrad med planens kolumner (Fas, Insats, Start, År, …) bland de första %2 raderna.</translation>
    </message>
    <message>
        <source>%1, %2 %3 (the header): %4</source>
        <translation>%1, %2 %3 (rubrikraden): %4</translation>
    </message>
    <message>
        <source>%1: columns not read: %2</source>
        <translation>%1: kolumner som inte lästes: %2</translation>
    </message>
    <message>
        <source>%1: the profile cannot be read: %2</source>
        <translation>%1: profilen kan inte läsas: %2</translation>
    </message>
    <message>
        <source>the profile is larger than a profile of a few lines of JSON</source>
        <translation>profilen är större än en profil på några rader JSON</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (i %2)</translation>
    </message>
    <message>
        <source>a text is longer than %1 characters.</source>
        <translation>en text är längre än %1 tecken.</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheet &quot;%2&quot; (it has: %3)</source>
        <translation>%1: arbetsboken har inget blad &quot;%2&quot; (den har: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: the workbook has %n sheet(s), not a sheet %2</source>
        <translation>
            <numerusform>%1: arbetsboken har %n blad, inget blad %2</numerusform>
            <numerusform>%1: arbetsboken har %n blad, inget blad %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the workbook names a sheet that it does not hold (%2)</source>
        <translation>%1: arbetsboken nämner ett blad som den inte innehåller (%2)</translation>
    </message>
    <message>
        <source>a cell refers to shared string %1, which the workbook does not hold.</source>
        <translation>en cell hänvisar till delad sträng %1, som arbetsboken inte innehåller.</translation>
    </message>
    <message>
        <source>a cell&apos;s reference &quot;%1&quot; is not a column after the row&apos;s previous cell.</source>
        <translation>en cells referens &quot;%1&quot; är inte en kolumn efter radens föregående cell.</translation>
    </message>
    <message>
        <source>the sheet has more than %1 rows, more than any plan.</source>
        <translation>bladet har fler än %1 rader, fler än någon plan.</translation>
    </message>
</context>
<context>
    <name>horisont::PlanStates</name>
    <message>
        <source>the current plan</source>
        <translation>den nuvarande planen</translation>
    </message>
    <message>
        <source>scenario «%1»</source>
        <translation>scenariot «%1»</translation>
    </message>
    <message>
        <source>«%1» is neither &quot;current&quot;, a version nor a scenario of the plan. Its states: %2.</source>
        <translation>«%1» är varken ”current”, en version eller ett scenario av planen. Dess lägen: %2.</translation>
    </message>
</context>
<context>
    <name>horisont::PlanVersions</name>
    <message>
        <source>it holds items of a kind this Horisont does not know (%1): it was frozen by a newer Horisont</source>
        <translation>den innehåller poster av ett slag som den här Horisont inte känner till (%1): den frystes av en nyare Horisont</translation>
    </message>
    <message>
        <source>table %1 has a column this Horisont does not know (%2): it was frozen by a newer Horisont</source>
        <translation>tabellen %1 har en kolumn som den här Horisont inte känner till (%2): den frystes av en nyare Horisont</translation>
    </message>
    <message>
        <source>table %1, row %2: %3 %4</source>
        <translation>tabell %1, rad %2: %3 %4</translation>
    </message>
    <message>
        <source>is out of order or used twice</source>
        <translation>är i fel ordning eller används två gånger</translation>
    </message>
    <message>
        <source>has %1 values for %2 columns</source>
        <translation>har %1 värden för %2 kolumner</translation>
    </message>
    <message>
        <source>its content is damaged (its stated size is not one a plan can have)</source>
        <translation>dess innehåll är skadat (den angivna storleken är inte en som en plan kan ha)</translation>
    </message>
    <message>
        <source>its content is damaged and cannot be read</source>
        <translation>dess innehåll är skadat och kan inte läsas</translation>
    </message>
    <message>
        <source>its content is of a format this Horisont does not know (%1)</source>
        <translation>dess innehåll har ett format som den här Horisont inte känner till (%1)</translation>
    </message>
    <message>
        <source>A version needs a name.</source>
        <translation>En version måste ha ett namn.</translation>
    </message>
    <message>
        <source>A version&apos;s name can be at most %1 characters.</source>
        <translation>En versions namn får vara högst %1 tecken.</translation>
    </message>
    <message>
        <source>&quot;current&quot; means the plan as it is now and cannot name a version.</source>
        <translation>&quot;current&quot; betyder planen som den är nu och kan inte vara namnet på en version.</translation>
    </message>
    <message>
        <source>The plan already has a version called «%1».</source>
        <translation>Planen har redan en version som heter «%1».</translation>
    </message>
    <message>
        <source>A decided version needs the body that decided and the date of the decision; without a decision, freeze a snapshot.</source>
        <translation>En beslutad version behöver organet som beslutade och beslutsdatumet; utan beslut, frys en ögonblicksbild.</translation>
    </message>
    <message>
        <source>The date of the decision must lie between %1 and %2.</source>
        <translation>Beslutsdatumet måste ligga mellan %1 och %2.</translation>
    </message>
    <message>
        <source>A decision&apos;s body and reference can be at most %1 characters.</source>
        <translation>Ett besluts organ och diarienummer får vara högst %1 tecken.</translation>
    </message>
    <message>
        <source>This file&apos;s format has no versions; open it for editing to bring it up to date.</source>
        <translation>Den här filens format har inga versioner; öppna den för redigering så uppdateras den.</translation>
    </message>
    <message>
        <source>Freeze version «%1»</source>
        <translation>Frys versionen «%1»</translation>
    </message>
    <message>
        <source>«%1» records a decision (%2) and is kept for good; only a snapshot can be deleted.</source>
        <translation>«%1» dokumenterar ett beslut (%2) och sparas för gott; bara en ögonblicksbild kan tas bort.</translation>
    </message>
    <message>
        <source>Delete snapshot «%1»</source>
        <translation>Ta bort ögonblicksbilden «%1»</translation>
    </message>
    <message>
        <source>Version «%1» has been altered outside Horisont: its content or decision no longer matches what was frozen.</source>
        <translation>Versionen «%1» har ändrats utanför Horisont: dess innehåll eller beslut stämmer inte längre med det som frystes.</translation>
    </message>
    <message>
        <source>Version «%1» cannot be read: %2</source>
        <translation>Versionen «%1» kan inte läsas: %2</translation>
    </message>
    <message>
        <source>snapshot, no decision</source>
        <translation>ögonblicksbild, inget beslut</translation>
    </message>
    <message>
        <source>Unknown version «%1»: the plan has no versions.</source>
        <translation>Okänd version «%1»: planen har inga versioner.</translation>
    </message>
    <message>
        <source>Unknown version «%1». The plan&apos;s versions: %2.</source>
        <translation>Okänd version «%1». Planens versioner: %2.</translation>
    </message>
    <message>
        <source>«%1» already names a scenario; a version needs a name of its own.</source>
        <translation>«%1» är redan namnet på ett scenario; en version behöver ett eget namn.</translation>
    </message>
    <message>
        <source>A version freezes the plan, and this window works in scenario «%1». Go back to the plan, or promote the scenario to be the plan, and freeze then.</source>
        <translation>En version fryser planen, och detta fönster arbetar i scenariot «%1». Gå tillbaka till planen, eller gör scenariot till plan, och frys sedan.</translation>
    </message>
</context>
<context>
    <name>horisont::PlannerReader</name>
    <message>
        <source>this is no GNOME Planner file: it begins with &lt;%1&gt;, not &lt;project&gt;.</source>
        <translation>detta är ingen GNOME Planner-fil: den börjar med &lt;%1&gt;, inte &lt;project&gt;.</translation>
    </message>
    <message>
        <source>this is no GNOME Planner file: it has no &lt;project&gt;.</source>
        <translation>detta är ingen GNOME Planner-fil: den har inget &lt;project&gt;.</translation>
    </message>
    <message>
        <source>the file holds more than %1 tasks.</source>
        <translation>filen innehåller mer än %1 uppgifter.</translation>
    </message>
    <message>
        <source>the task %1 has no start and the project none either.</source>
        <translation>uppgiften %1 har ingen start och projektet ingen heller.</translation>
    </message>
    <message>
        <source>the task %1 has no readable start or end; it is read as one day from %2.</source>
        <translation>uppgiften %1 har ingen läsbar start eller slut; den läses som en dag från %2.</translation>
    </message>
    <message>
        <source>the file holds more than %1 resource groups.</source>
        <translation>filen innehåller mer än %1 resursgrupper.</translation>
    </message>
    <message>
        <source>the file holds more than %1 resources.</source>
        <translation>filen innehåller mer än %1 resurser.</translation>
    </message>
    <message>
        <source>the file holds more than %1 allocations.</source>
        <translation>filen innehåller mer än %1 tilldelningar.</translation>
    </message>
    <message>
        <source>%1: the resource %2 belongs to the group %3, which the file does not hold.</source>
        <translation>%1: resursen %2 hör till gruppen %3, som filen inte har.</translation>
    </message>
    <message>
        <source>%1, %2: an allocation names task %3 and resource %4, and the file holds no such %5; it was left out.</source>
        <translation>%1, %2: en tilldelning nämner uppgift %3 och resurs %4, och filen har ingen sådan %5; den utelämnades.</translation>
    </message>
    <message>
        <source>task</source>
        <translation>uppgift</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>resurs</translation>
    </message>
</context>
<context>
    <name>horisont::ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>Allvarlighet</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notering</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 fel</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 fel</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 varning</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 varningar</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 notering</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 noteringar</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Inga problem hittades</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Hela planen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>horisont::ProblemsView</name>
    <message>
        <source>Summary of problems</source>
        <translation>Sammanfattning av problemen</translation>
    </message>
    <message>
        <source>All problems</source>
        <translation>Alla problem</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Bara fel</translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation>Bara varningar</translation>
    </message>
    <message>
        <source>Show problems of severity</source>
        <translation>Visa problem med allvarlighet</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Double-click a problem or press Enter to go to its item.</source>
        <translation>Dubbelklicka på ett problem eller tryck Enter för att gå till dess objekt.</translation>
    </message>
    <message>
        <source>Problem rows</source>
        <translation>Problemrader</translation>
    </message>
    <message>
        <source>Problem columns</source>
        <translation>Problemkolumner</translation>
    </message>
    <message>
        <source>No errors or warnings, %1.</source>
        <translation>Inga fel eller varningar, %1.</translation>
    </message>
    <message>
        <source>No problems found – the plan passes every check.</source>
        <translation>Inga problem hittades – planen klarar alla kontroller.</translation>
    </message>
</context>
<context>
    <name>horisont::PropertyPanel</name>
    <message>
        <source>Properties</source>
        <translation>Egenskaper</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing selected&lt;/b&gt;&lt;br&gt;Select an item to see and edit its properties.</source>
        <translation>&lt;b&gt;Inget markerat&lt;/b&gt;&lt;br&gt;Markera ett objekt för att se och redigera dess egenskaper.</translation>
    </message>
    <message>
        <source>Accountable organisation:</source>
        <translation>Ytterst ansvarig organisation:</translation>
    </message>
</context>
<context>
    <name>horisont::PublishToServerDialog</name>
    <message>
        <source>Publish to Server</source>
        <translation>Publicera på server</translation>
    </message>
    <message>
        <source>Puts %1 on a PostgreSQL server as a plan of its own, whole, in one transaction. You become its owner and can give others a role in it. The file stays as it is.</source>
        <translation>Lägger %1 på en PostgreSQL-server som en egen plan, hel, i en transaktion. Du blir dess ägare och kan ge andra en roll i den. Filen förblir som den är.</translation>
    </message>
    <message>
        <source>&amp;Plan name:</source>
        <translation>&amp;Plannamn:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicera</translation>
    </message>
</context>
<context>
    <name>horisont::RaciModel</name>
    <message>
        <source>No role</source>
        <translation>Ingen roll</translation>
    </message>
    <message>
        <source>%1 for %2: %3</source>
        <translation>%1 för %2: %3</translation>
    </message>
    <message>
        <source>%1 (phase: %2)</source>
        <translation>%1 (fas: %2)</translation>
    </message>
</context>
<context>
    <name>horisont::RaciView</name>
    <message>
        <source>Show &amp;organisation:</source>
        <translation>Visa &amp;organisation:</translation>
    </message>
    <message>
        <source>Show organisation</source>
        <translation>Visa organisation</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Copy the table as tab-separated text (Ctrl+C)</source>
        <translation>Kopiera tabellen som tabbseparerad text (Ctrl+C)</translation>
    </message>
    <message>
        <source>— (no role)</source>
        <translation>— (ingen roll)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Responsibility matrix</source>
        <translation>Ansvarsmatris</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>Type R, A, C or I to give the organisation a role, Delete to clear it, Enter to choose from a list.</source>
        <translation>Skriv R, A, C eller I för att ge organisationen en roll, Delete för att ta bort den, Enter för att välja i en lista.</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Responsibilities of the chosen organisation</source>
        <translation>Den valda organisationens ansvar</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alla organisationer</translation>
    </message>
    <message>
        <source>Responsibilities of %1:</source>
        <translation>Ansvar för %1:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
</context>
<context>
    <name>horisont::ReadOnlyBanner</name>
    <message>
        <source>Break the Lock…</source>
        <translation>Bryt låset…</translation>
    </message>
    <message>
        <source>Open for Editing</source>
        <translation>Öppna för redigering</translation>
    </message>
    <message>
        <source>Break the lock</source>
        <translation>Bryt låset</translation>
    </message>
    <message>
        <source>Open for editing</source>
        <translation>Öppna för redigering</translation>
    </message>
    <message>
        <source>%1 is no longer open in another Horisont.</source>
        <translation>%1 är inte längre öppen i någon annan Horisont.</translation>
    </message>
</context>
<context>
    <name>horisont::RoleGate</name>
    <message>
        <source>Only an editor, a controller or an owner of %1 may change this; your role is %2.</source>
        <translation>Bara en redaktör, en controller eller en ägare av %1 får ändra detta; din roll är %2.</translation>
    </message>
    <message>
        <source>Only a controller or an owner of %1 may change this; your role is %2.</source>
        <translation>Bara en controller eller en ägare av %1 får ändra detta; din roll är %2.</translation>
    </message>
    <message>
        <source>Only an owner of %1 may do this; your role is %2.</source>
        <translation>Bara en ägare av %1 får göra detta; din roll är %2.</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>läsare</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>redaktör</translation>
    </message>
    <message>
        <source>controller</source>
        <translation>controller</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ägare</translation>
    </message>
</context>
<context>
    <name>horisont::RowDetails</name>
    <message>
        <source>Selected row in full</source>
        <translation>Vald rad i sin helhet</translation>
    </message>
    <message>
        <source>Select a row to see it in full.</source>
        <translation>Välj en rad för att se den i sin helhet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; %2</translation>
    </message>
</context>
<context>
    <name>horisont::ScenarioBanner</name>
    <message>
        <source>Back to the Plan</source>
        <translation>Tillbaka till planen</translation>
    </message>
    <message>
        <source>Promote to Plan…</source>
        <translation>Gör till plan…</translation>
    </message>
    <message>
        <source>made of the plan</source>
        <translation>utgår från planen</translation>
    </message>
    <message>
        <source>made of version «%1»</source>
        <translation>utgår från versionen «%1»</translation>
    </message>
    <message>
        <source>Scenario «%1» (%2, %3 by %4): edits, undo and the change log apply to the scenario; the plan is unchanged. The ledger is the plan&apos;s.</source>
        <translation>Scenario «%1» (%2, %3 av %4): ändringar, ångra och ändringsloggen gäller scenariot; planen är oförändrad. Huvudboken är planens.</translation>
    </message>
</context>
<context>
    <name>horisont::ScenarioMenu</name>
    <message>
        <source>&amp;New Scenario…</source>
        <translation>&amp;Nytt scenario…</translation>
    </message>
    <message>
        <source>&amp;Work In</source>
        <translation>&amp;Arbeta i</translation>
    </message>
    <message>
        <source>&amp;Compare Side by Side…</source>
        <translation>&amp;Jämför sida vid sida…</translation>
    </message>
    <message>
        <source>&amp;Promote to Plan…</source>
        <translation>&amp;Gör till plan…</translation>
    </message>
    <message>
        <source>&amp;Delete Scenario</source>
        <translation>&amp;Ta bort scenario</translation>
    </message>
    <message>
        <source>&amp;Promote «%1» to Plan…</source>
        <translation>&amp;Gör «%1» till plan…</translation>
    </message>
    <message>
        <source>The Plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>(no scenarios yet)</source>
        <translation>(inga scenarier än)</translation>
    </message>
    <message>
        <source>Made scenario «%1».</source>
        <translation>Skapade scenariot «%1».</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarier</translation>
    </message>
    <message>
        <source>Working in the plan.</source>
        <translation>Arbetar i planen.</translation>
    </message>
    <message>
        <source>Working in scenario «%1»: the plan is unchanged by what you do here.</source>
        <translation>Arbetar i scenariot «%1»: planen ändras inte av det du gör här.</translation>
    </message>
    <message>
        <source>Promote to Plan</source>
        <translation>Gör till plan</translation>
    </message>
    <message>
        <source>Make scenario «%1» the plan?

The plan as it is now is kept as a snapshot, each change is written to the change log as an edit of the plan, and the scenario is gone. This cannot be undone with Undo; the snapshot is the way back.</source>
        <translation>Göra scenariot «%1» till plan?

Planen som den är nu sparas som en ögonblicksbild, varje ändring skrivs i ändringsloggen som en ändring av planen, och scenariot försvinner. Detta kan inte ångras med Ångra; ögonblicksbilden är vägen tillbaka.</translation>
    </message>
    <message>
        <source>«%1» is now the plan; the plan as it was is the snapshot «%2».</source>
        <translation>«%1» är nu planen; planen som den var är ögonblicksbilden «%2».</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>Ta bort scenario</translation>
    </message>
    <message>
        <source>Delete scenario «%1»? What was tried in it is gone; the change log keeps that it was deleted, by whom and when.</source>
        <translation>Ta bort scenariot «%1»? Det som prövades i det försvinner; ändringsloggen behåller att det togs bort, av vem och när.</translation>
    </message>
    <message>
        <source>Deleted scenario «%1».</source>
        <translation>Tog bort scenariot «%1».</translation>
    </message>
</context>
<context>
    <name>horisont::ScenarioScreenshots</name>
    <message>
        <source>15-year continuation</source>
        <translation>15-årig fortsättning</translation>
    </message>
</context>
<context>
    <name>horisont::ServerAddress</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 på %2</translation>
    </message>
    <message>
        <source>A plan on a server needs a name (?plan=NAME).</source>
        <translation>En plan på en server behöver ett namn (?plan=NAMN).</translation>
    </message>
    <message>
        <source>The plan name &quot;%1…&quot; is longer than 63 characters.</source>
        <translation>Plannamnet ”%1…” är längre än 63 tecken.</translation>
    </message>
    <message>
        <source>The plan name &quot;%1&quot; must start with a letter.</source>
        <translation>Plannamnet ”%1” måste börja med en bokstav.</translation>
    </message>
    <message>
        <source>The plan name &quot;%1&quot; may hold only letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Plannamnet ”%1” får bara innehålla bokstäver, siffror, ”-” och ”_”.</translation>
    </message>
    <message>
        <source>The server address is longer than 4096 characters.</source>
        <translation>Serveradressen är längre än 4096 tecken.</translation>
    </message>
    <message>
        <source>The server address cannot be read: %1</source>
        <translation>Serveradressen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>The server address holds a password. Horisont never takes one there: put it in ~/.pgpass or PGPASSWORD, or let the window ask.</source>
        <translation>Serveradressen innehåller ett lösenord. Horisont tar aldrig emot lösenord där: lägg det i ~/.pgpass eller PGPASSWORD, eller låt fönstret fråga.</translation>
    </message>
    <message>
        <source>The server address names the database &quot;%1&quot;; a database name has no &apos;/&apos;.</source>
        <translation>Serveradressen anger databasen ”%1”; ett databasnamn har inget ”/”.</translation>
    </message>
    <message>
        <source>The server address names more than one plan.</source>
        <translation>Serveradressen anger mer än en plan.</translation>
    </message>
    <message>
        <source>The server address&apos;s parameter &quot;%1&quot; is not one libpq takes.</source>
        <translation>Serveradressens parameter ”%1” är ingen som libpq tar emot.</translation>
    </message>
    <message>
        <source>The server address&apos;s parameter &quot;%1&quot; holds a &apos;;&apos;.</source>
        <translation>Serveradressens parameter ”%1” innehåller ett ”;”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address: a server address starts with postgresql://.</source>
        <translation>”%1” är ingen serveradress: en serveradress börjar med postgresql://.</translation>
    </message>
    <message>
        <source>%1 names no plan: add ?plan=NAME.</source>
        <translation>%1 anger ingen plan: lägg till ?plan=NAMN.</translation>
    </message>
</context>
<context>
    <name>horisont::ServerConflict</name>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Another user</source>
        <translation>En annan användare</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>alldeles nyss</translation>
    </message>
    <message>
        <source>%1 added an item at the same moment (%2), and the new one&apos;s number was taken. Try again.</source>
        <translation>%1 lade till ett objekt i samma ögonblick (%2), och det nyas nummer var upptaget. Försök igen.</translation>
    </message>
    <message>
        <source>meanwhile another user removed something it refers to, or linked something to what it removes.</source>
        <translation>under tiden tog en annan användare bort något som den hänvisar till, eller kopplade något till det som den tar bort.</translation>
    </message>
    <message>
        <source>%1 removed %2 at %3.</source>
        <translation>%1 tog bort %2 kl. %3.</translation>
    </message>
    <message>
        <source>%1 changed %2 of %3 to %4 at %5, after you saw it.</source>
        <translation>%1 ändrade %2 för %3 till %4 kl. %5, efter att du såg det.</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3, after you saw it.</source>
        <translation>%1 ändrade %2 kl. %3, efter att du såg det.</translation>
    </message>
    <message>
        <source>%1 was not saved: %2 The plan now shows the current state.</source>
        <translation>%1 sparades inte: %2 Planen visar nu det aktuella läget.</translation>
    </message>
    <message>
        <source>%1 changed scenario «%2» at %3, after you saw it.</source>
        <translation>%1 ändrade scenariot «%2» %3, efter att du såg det.</translation>
    </message>
    <message>
        <source>%1 was not saved: %2 The scenario now shows its current state.</source>
        <translation>%1 sparades inte: %2 Scenariot visar nu hur det ser ut just nu.</translation>
    </message>
</context>
<context>
    <name>horisont::ServerConnection</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Qts PostgreSQL-drivrutin är inte installerad (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Kan inte ansluta till %1: %2</translation>
    </message>
</context>
<context>
    <name>horisont::ServerCopy</name>
    <message>
        <source>The connection to the server is not open.</source>
        <translation>Anslutningen till servern är inte öppen.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Läsningen av %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed</source>
        <translation>Läsningen av %1 misslyckades</translation>
    </message>
</context>
<context>
    <name>horisont::ServerFields</name>
    <message>
        <source>New connection</source>
        <translation>Ny anslutning</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 som %2</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Senaste:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Användare:</translation>
    </message>
</context>
<context>
    <name>horisont::ServerLink</name>
    <message>
        <source>No temporary folder could be made for a copy of %1.</source>
        <translation>Ingen tillfällig mapp kunde skapas för en kopia av %1.</translation>
    </message>
    <message>
        <source>%1 has no role in %2: the plan can be read but not changed.</source>
        <translation>%1 har ingen roll i %2: planen kan läsas men inte ändras.</translation>
    </message>
    <message>
        <source>%1 is a reader of %2: the plan can be read but not changed.</source>
        <translation>%1 är läsare av %2: planen kan läsas men inte ändras.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Det går inte att öppna %1: %2</translation>
    </message>
    <message>
        <source>%1 was not saved: the connection to %2 was lost. Nothing was changed; the plan is read-only until the server can be reached again.</source>
        <translation>%1 sparades inte: anslutningen till %2 bröts. Ingenting ändrades; planen är skrivskyddad tills servern går att nå igen.</translation>
    </message>
    <message>
        <source>%1 was not saved, and nothing was changed: %2</source>
        <translation>%1 sparades inte, och ingenting ändrades: %2</translation>
    </message>
    <message>
        <source>The copy of %1 could not take the latest changes: %2</source>
        <translation>Kopian av %1 kunde inte ta emot de senaste ändringarna: %2</translation>
    </message>
    <message>
        <source>Import actuals</source>
        <translation>Importera utfall</translation>
    </message>
    <message>
        <source>The import was not saved: the connection to %1 was lost. Nothing was imported; the plan is read-only until the server can be reached again.</source>
        <translation>Importen sparades inte: anslutningen till %1 bröts. Ingenting importerades; planen är skrivskyddad tills servern går att nå igen.</translation>
    </message>
    <message>
        <source>The import was not saved: another import into %1 was saved meanwhile with some of the same rows or numbers. Nothing was imported; the plan now shows that import. Import again to add what is still missing.</source>
        <translation>Importen sparades inte: en annan import till %1 sparades under tiden med några av samma rader eller nummer. Ingenting importerades; planen visar nu den importen. Importera igen för att lägga till det som fortfarande saknas.</translation>
    </message>
    <message>
        <source>The import was not saved, and nothing was imported: %1</source>
        <translation>Importen sparades inte, och ingenting importerades: %1</translation>
    </message>
    <message>
        <source>The connection to %1 was lost. The plan is shown as it was and is read-only until the server can be reached again; Horisont keeps trying.</source>
        <translation>Anslutningen till %1 bröts. Planen visas som den var och är skrivskyddad tills servern går att nå igen; Horisont fortsätter att försöka.</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2). This is the copy kept on this computer, as it was %3: it can be read but not changed. Open the plan again when the server is back.</source>
        <translation>%1 går inte att nå (%2). Det här är kopian som sparats på den här datorn, som den var %3: den kan läsas men inte ändras. Öppna planen igen när servern är tillbaka.</translation>
    </message>
    <message>
        <source>%1 is a plan on a server, where Horisont makes this change only through the server: nothing was changed. Pull the plan into a file to make it there.</source>
        <translation>%1 är en plan på en server, där Horisont gör den här ändringen bara genom servern: inget ändrades. Hämta planen till en fil för att göra den där.</translation>
    </message>
</context>
<context>
    <name>horisont::ServerMigration</name>
    <message>
        <source>The plan &quot;%1&quot; on %2 says it is of format %3, but no plan on a server was ever older than format %4: its register is wrong, and Horisont does not upgrade it.</source>
        <translation>Planen ”%1” på %2 säger att den har format %3, men ingen plan på en server har någonsin varit äldre än format %4: dess register är fel, och Horisont uppgraderar den inte.</translation>
    </message>
    <message>
        <source>%1 is not an owner of the plan &quot;%2&quot; on %3: only an owner can upgrade it.</source>
        <translation>%1 är inte ägare av planen ”%2” på %3: bara en ägare kan uppgradera den.</translation>
    </message>
    <message>
        <source>The tables of the plan &quot;%1&quot; on %2 belong to the database role %3, and PostgreSQL lets only a table&apos;s owner change it: %3 (or a superuser) must upgrade the plan, not %4.</source>
        <translation>Tabellerna i planen ”%1” på %2 tillhör databasrollen %3, och PostgreSQL låter bara en tabells ägare ändra den: %3 (eller en superanvändare) måste uppgradera planen, inte %4.</translation>
    </message>
    <message>
        <source>%1 may not change the register of plans on %2, which belongs to the database role %3: %3 (or a superuser) must upgrade the plan &quot;%4&quot;.</source>
        <translation>%1 får inte ändra registret över planer på %2, som tillhör databasrollen %3: %3 (eller en superanvändare) måste uppgradera planen ”%4”.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; on %2 is of format %3, newer than this Horisont (format %4): open it with a newer Horisont.</source>
        <translation>Planen ”%1” på %2 har format %3, nyare än denna Horisont (format %4): öppna den med en nyare Horisont.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; on %2 is of format %3, older than this Horisont&apos;s (format %4). Its owner must upgrade it first: by opening it in this Horisont, or with &quot;horisont upgrade %5&quot;.</source>
        <translation>Planen ”%1” på %2 har format %3, äldre än denna Horisonts (format %4). Dess ägare måste först uppgradera den: genom att öppna den i denna Horisont, eller med ”horisont upgrade %5”.</translation>
    </message>
    <message>
        <source>Upgrading the plan &quot;%1&quot; on %2 failed; nothing was changed: %3</source>
        <translation>Uppgraderingen av planen ”%1” på %2 misslyckades; ingenting ändrades: %3</translation>
    </message>
    <message>
        <source>Upgrading the plan &quot;%1&quot; on %2 failed at the step to format %3; nothing was changed, it is still of format %4: %5</source>
        <translation>Uppgraderingen av planen ”%1” på %2 misslyckades i steget till format %3; ingenting ändrades, den har fortfarande format %4: %5</translation>
    </message>
</context>
<context>
    <name>horisont::ServerPlans</name>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Att läsa %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Att skriva %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>Writing row %1 of %2 failed: %3</source>
        <translation>Att skriva rad %1 i %2 misslyckades: %3</translation>
    </message>
    <message>
        <source>There is no plan &quot;%1&quot; on %2.</source>
        <translation>Det finns ingen plan ”%1” på %2.</translation>
    </message>
    <message>
        <source>%1 cannot be published: %2</source>
        <translation>%1 kan inte publiceras: %2</translation>
    </message>
    <message>
        <source>%1 is of file format %2; open it once in this Horisont (format %3) before publishing it.</source>
        <translation>%1 har filformat %2; öppna den en gång i denna Horisont (format %3) innan du publicerar den.</translation>
    </message>
    <message>
        <source>Publishing %1 as &quot;%2&quot; on %3 failed; nothing was written: %4</source>
        <translation>Att publicera %1 som ”%2” på %3 misslyckades; ingenting skrevs: %4</translation>
    </message>
    <message>
        <source>There is already a plan &quot;%1&quot; on %2; publishing never overwrites one.</source>
        <translation>Det finns redan en plan ”%1” på %2; publicering skriver aldrig över en plan.</translation>
    </message>
    <message>
        <source>%1 exists; pull writes a new file and never overwrites one.</source>
        <translation>%1 finns redan; pull skriver en ny fil och skriver aldrig över en befintlig.</translation>
    </message>
    <message>
        <source>a row of %1 refers to a missing row of %2</source>
        <translation>en rad i %1 hänvisar till en rad i %2 som saknas</translation>
    </message>
    <message>
        <source>Pulling &quot;%1&quot; into %2 failed; no file was written: %3</source>
        <translation>Att hämta ”%1” till %2 misslyckades; ingen fil skrevs: %3</translation>
    </message>
    <message>
        <source>Pulling &quot;%1&quot; into %2 failed; the copy is not whole: %3</source>
        <translation>Att hämta ”%1” till %2 misslyckades; kopian är inte hel: %3</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan inte skriva %1.</translation>
    </message>
</context>
<context>
    <name>horisont::ServerRoles</name>
    <message>
        <source>Cannot make %1 %2 of &quot;%3&quot;: %4</source>
        <translation>Kan inte göra %1 till %2 i ”%3”: %4</translation>
    </message>
    <message>
        <source>Cannot take the roles of &quot;%1&quot; from %2: %3</source>
        <translation>Kan inte ta rollerna i ”%1” från %2: %3</translation>
    </message>
</context>
<context>
    <name>horisont::ServerSchema</name>
    <message>
        <source>The column %1.%2 has the type &quot;%3&quot;, which Horisont does not write.</source>
        <translation>Kolumnen %1.%2 har typen ”%3”, som Horisont inte skriver.</translation>
    </message>
</context>
<context>
    <name>horisont::ServerStatus</name>
    <message>
        <source>no role</source>
        <translation>ingen roll</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>The plan %1, opened as the database user %2 with the role %3.</source>
        <translation>Planen %1, öppnad som databasanvändaren %2 med rollen %3.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#1a7f37&quot;&gt;●&lt;/span&gt; Connected</source>
        <translation>&lt;span style=&quot;color:#1a7f37&quot;&gt;●&lt;/span&gt; Ansluten</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#cf222e&quot;&gt;●&lt;/span&gt; &lt;b&gt;Connection lost&lt;/b&gt; – read-only until it is back</source>
        <translation>&lt;span style=&quot;color:#cf222e&quot;&gt;●&lt;/span&gt; &lt;b&gt;Anslutningen bruten&lt;/b&gt; – skrivskyddad tills den är tillbaka</translation>
    </message>
    <message>
        <source>Changes are saved on %1 as you make them, and others&apos; arrive as they make them.</source>
        <translation>Ändringar sparas på %1 när du gör dem, och andras kommer när de gör dem.</translation>
    </message>
    <message>
        <source>Only you</source>
        <translation>Bara du</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n till</numerusform>
            <numerusform>%n till</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody else has the plan open.</source>
        <translation>Ingen annan har planen öppen.</translation>
    </message>
    <message>
        <source>Also with the plan open:</source>
        <translation>Har också planen öppen:</translation>
    </message>
</context>
<context>
    <name>horisont::ServerStore</name>
    <message>
        <source>Cannot open &quot;%1&quot; on %2: %3</source>
        <translation>Det går inte att öppna ”%1” på %2: %3</translation>
    </message>
    <message>
        <source>Cannot follow &quot;%1&quot; on %2: %3</source>
        <translation>Det går inte att följa ”%1” på %2: %3</translation>
    </message>
    <message>
        <source>the connection to %1 was lost</source>
        <translation>anslutningen till %1 bröts</translation>
    </message>
    <message>
        <source>Cannot add to %1: %2</source>
        <translation>Det går inte att lägga till i %1: %2</translation>
    </message>
    <message>
        <source>Cannot change %1 %2: %3</source>
        <translation>Det går inte att ändra %1 %2: %3</translation>
    </message>
    <message>
        <source>Cannot remove %1 %2: %3</source>
        <translation>Det går inte att ta bort %1 %2: %3</translation>
    </message>
    <message>
        <source>Cannot write the change log: %1</source>
        <translation>Det går inte att skriva ändringsloggen: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>horisont::SideBySide</name>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Sida vid sida</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mått</translation>
    </message>
    <message>
        <source>Programme horizon</source>
        <translation>Programmets horisont</translation>
    </message>
    <message>
        <source>Interventions from – to</source>
        <translation>Insatser från – till</translation>
    </message>
    <message>
        <source>Interventions (not cancelled)</source>
        <translation>Insatser (ej avbrutna)</translation>
    </message>
    <message>
        <source>Gaps in the programme logic</source>
        <translation>Luckor i programlogiken</translation>
    </message>
    <message>
        <source>Allocated in all</source>
        <translation>Fördelat totalt</translation>
    </message>
    <message>
        <source>Allocated %1</source>
        <translation>Fördelat %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Från %1</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Till %1</translation>
    </message>
</context>
<context>
    <name>horisont::SideBySideDialog</name>
    <message>
        <source>Compare Side by Side</source>
        <translation>Jämför sida vid sida</translation>
    </message>
    <message>
        <source>States to compare</source>
        <translation>Lägen att jämföra</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Sida vid sida</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Export the table to CSV or XLSX</source>
        <translation>Exportera tabellen till CSV eller XLSX</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Jämför:</translation>
    </message>
    <message>
        <source>Export Side by Side</source>
        <translation>Exportera sida vid sida</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-arbetsbok (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>horisont::SideFileRecovery</name>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>Det går inte att kopiera %1 till %2.</translation>
    </message>
    <message>
        <source>SQLite left the replayed copy unfinished</source>
        <translation>SQLite lämnade den återställda kopian ofullständig</translation>
    </message>
    <message>
        <source>Cannot write the replayed copy to disk.</source>
        <translation>Det går inte att skriva den återställda kopian till disken.</translation>
    </message>
    <message>
        <source>Cannot put the recovered copy in place of %1.</source>
        <translation>Det går inte att ersätta %1 med den återställda kopian.</translation>
    </message>
    <message>
        <source>Cannot rename %1 out of the way.</source>
        <translation>Det går inte att byta namn på %1 för att lägga den åt sidan.</translation>
    </message>
    <message>
        <source>Cannot write %1 to disk.</source>
        <translation>Det går inte att skriva %1 till disken.</translation>
    </message>
</context>
<context>
    <name>horisont::SourceSummaryModel</name>
    <message>
        <source>no ceiling</source>
        <translation>inget tak</translation>
    </message>
    <message>
        <source>%1 is allocated beyond its ceiling by %2.</source>
        <translation>%1 är fördelad %2 över sitt tak.</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Finansieringskälla</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Fördelat</translation>
    </message>
    <message>
        <source>Left (ceiling − allocated)</source>
        <translation>Kvar (tak − fördelat)</translation>
    </message>
</context>
<context>
    <name>horisont::Spread</name>
    <message>
        <source>Choose at least one target to spread the amount over.</source>
        <translation>Välj minst ett mål att fördela beloppet på.</translation>
    </message>
    <message>
        <source>The amount to spread cannot be negative.</source>
        <translation>Beloppet som ska fördelas kan inte vara negativt.</translation>
    </message>
    <message>
        <source>A weight cannot be negative.</source>
        <translation>En vikt kan inte vara negativ.</translation>
    </message>
    <message>
        <source>All weights are zero: give at least one target a weight above zero.</source>
        <translation>Alla vikter är noll: ge minst ett mål en vikt över noll.</translation>
    </message>
</context>
<context>
    <name>horisont::SpreadDialog</name>
    <message>
        <source>Years</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Evenly</source>
        <translation>Jämnt</translation>
    </message>
    <message>
        <source>By weights</source>
        <translation>Efter vikter</translation>
    </message>
    <message>
        <source>Spread an amount: %1</source>
        <translation>Sprid ett belopp: %1</translation>
    </message>
    <message>
        <source>Choose a funding source</source>
        <translation>Välj en finansieringskälla</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Finansieringskälla</translation>
    </message>
    <message>
        <source>Amount to spread</source>
        <translation>Belopp att sprida</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Från år</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Till år</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Vikt</translation>
    </message>
    <message>
        <source>Targets of the spread</source>
        <translation>Mål för spridningen</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Sprid</translation>
    </message>
    <message>
        <source>from</source>
        <translation>från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>in</source>
        <translation>under</translation>
    </message>
    <message>
        <source>Funding source:</source>
        <translation>Finansieringskälla:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Belopp:</translation>
    </message>
    <message>
        <source>Over:</source>
        <translation>Över:</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Dela:</translation>
    </message>
    <message>
        <source>Enter the amount to spread.</source>
        <translation>Ange beloppet som ska spridas.</translation>
    </message>
    <message>
        <source>Amount: &quot;%1&quot; is not an amount.</source>
        <translation>Belopp: ”%1” är inget belopp.</translation>
    </message>
    <message>
        <source>Weight of %1: &quot;%2&quot; is not a whole number.</source>
        <translation>Vikt för %1: ”%2” är inget heltal.</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) summing to %1.</source>
        <translation>
            <numerusform>%n del som blir %1 sammanlagt.</numerusform>
            <numerusform>%n delar som blir %1 sammanlagt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the funding source to spread from.</source>
        <translation>Välj finansieringskällan att sprida från.</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Nuvarande</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nytt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>Each ticked target&apos;s allocations are replaced by its new amount.</source>
        <translation>Varje markerat måls fördelningar ersätts med dess nya belopp.</translation>
    </message>
    <message>
        <source>The funding source may fund none of the years %1–%2: none of them lies in its valid period.</source>
        <translation>Finansieringskällan kan inte finansiera något av åren %1–%2: inget av dem ligger inom dess giltighetsperiod.</translation>
    </message>
    <message>
        <source>The funding source may fund %1–%2.</source>
        <translation>Finansieringskällan kan finansiera %1–%2.</translation>
    </message>
</context>
<context>
    <name>horisont::SqlDialect</name>
    <message>
        <source>the column &quot;%1&quot; has no type Horisont writes</source>
        <translation>kolumnen ”%1” har ingen typ som Horisont skriver</translation>
    </message>
    <message>
        <source>the column %1 is declared UNIQUE; a step writes CREATE UNIQUE INDEX instead</source>
        <translation>kolumnen %1 är deklarerad UNIQUE; ett steg skriver CREATE UNIQUE INDEX i stället</translation>
    </message>
    <message>
        <source>a PRAGMA is SQLite&apos;s own</source>
        <translation>en PRAGMA är SQLites egen</translation>
    </message>
</context>
<context>
    <name>horisont::SqliteStore</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Det går inte att öppna %1: %2</translation>
    </message>
    <message>
        <source>SQL error in &quot;%1&quot;: %2</source>
        <translation>SQL-fel i ”%1”: %2</translation>
    </message>
    <message>
        <source>Migrating the file to format %1 failed: %2</source>
        <translation>Det gick inte att migrera filen till format %1: %2</translation>
    </message>
    <message>
        <source>Migrating the file failed: %1</source>
        <translation>Det gick inte att migrera filen: %1</translation>
    </message>
    <message>
        <source>Cannot add to %1: %2</source>
        <translation>Det går inte att lägga till i %1: %2</translation>
    </message>
    <message>
        <source>Cannot change %1 %2: %3</source>
        <translation>Det går inte att ändra %1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2 is not in the file.</source>
        <translation>%1 %2 finns inte i filen.</translation>
    </message>
    <message>
        <source>Cannot write the change log: %1</source>
        <translation>Det går inte att skriva till ändringsloggen: %1</translation>
    </message>
    <message>
        <source>The plan is open read-only.</source>
        <translation>Planen är öppen i skrivskyddat läge.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Det går inte att starta en transaktion: %1</translation>
    </message>
    <message>
        <source>Cannot save the change: %1</source>
        <translation>Det går inte att spara ändringen: %1</translation>
    </message>
    <message>
        <source>Cannot write a copy to %1: %2</source>
        <translation>Det går inte att skriva en kopia till %1: %2</translation>
    </message>
    <message>
        <source>Cannot write a copy to %1: renaming the temporary file failed.</source>
        <translation>Det går inte att skriva en kopia till %1: det gick inte att byta namn på den tillfälliga filen.</translation>
    </message>
    <message>
        <source>Cannot read table %1: %2</source>
        <translation>Det går inte att läsa tabellen %1: %2</translation>
    </message>
    <message>
        <source>table %1, row %2: %3 %4</source>
        <translation>tabell %1, rad %2: %3 %4</translation>
    </message>
    <message>
        <source>is used twice</source>
        <translation>används två gånger</translation>
    </message>
    <message>
        <source>index %1 does not match table %2</source>
        <translation>indexet %1 stämmer inte med tabellen %2</translation>
    </message>
    <message>
        <source>table %1, row %2 refers to a row of %3 that does not exist</source>
        <translation>tabell %1, rad %2 hänvisar till en rad i %3 som inte finns</translation>
    </message>
    <message>
        <source>it says it is of format %1, but it already holds table %2 of format %3: its format number has been changed outside Horisont, and migrating it would fail</source>
        <translation>den säger att den har format %1, men den har redan tabellen %2 från format %3: dess formatnummer har ändrats utanför Horisont, och en migrering skulle misslyckas</translation>
    </message>
    <message>
        <source>its %1 %2 is missing</source>
        <translation>dess %1 %2 saknas</translation>
    </message>
    <message>
        <source>its %1 %2 has been changed outside Horisont</source>
        <translation>dess %1 %2 har ändrats utanför Horisont</translation>
    </message>
    <message>
        <source>it holds a %1 (%2) that Horisont never creates</source>
        <translation>den innehåller en %1 (%2) som Horisont aldrig skapar</translation>
    </message>
    <message>
        <source>table %1, row %2 holds a value Horisont cannot have written</source>
        <translation>tabell %1, rad %2 innehåller ett värde som Horisont inte kan ha skrivit</translation>
    </message>
</context>
<context>
    <name>horisont::StoredValue</name>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 är inget heltal</translation>
    </message>
    <message>
        <source>%1 is outside %2 … %3</source>
        <translation>%1 ligger utanför %2 … %3</translation>
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation>%1 är inget datum</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 är inget datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>%1 is outside the dates a plan can mean (%2 … %3)</source>
        <translation>%1 ligger utanför de datum en plan kan avse (%2 … %3)</translation>
    </message>
    <message>
        <source>%1 is not an amount in öre</source>
        <translation>%1 är inget belopp i öre</translation>
    </message>
    <message>
        <source>%1 öre is beyond the largest amount Horisont accepts</source>
        <translation>%1 öre är större än det största belopp Horisont tar emot</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 är inget tal</translation>
    </message>
    <message>
        <source>%1 is not a number a plan can mean</source>
        <translation>%1 är inget tal en plan kan avse</translation>
    </message>
    <message>
        <source>is empty (NULL) but must hold a value</source>
        <translation>är tomt (NULL) men måste ha ett värde</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 är ingen text</translation>
    </message>
</context>
<context>
    <name>horisont::StructureDelegate</name>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Accountable organisation</source>
        <translation>Ytterst ansvarig organisation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Targeted areas</source>
        <translation>Målområden</translation>
    </message>
</context>
<context>
    <name>horisont::StructureModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>Ytterst ansvarig</translation>
    </message>
    <message>
        <source>Planned budget</source>
        <translation>Planerad budget</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Accountable: %1</source>
        <translation>Ytterst ansvarig: %1</translation>
    </message>
    <message>
        <source>Planned budget: %1</source>
        <translation>Planerad budget: %1</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>”%1” är inte ett datum.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flytta</translation>
    </message>
</context>
<context>
    <name>horisont::StructureView</name>
    <message>
        <source>Plan structure</source>
        <translation>Planens struktur</translation>
    </message>
    <message>
        <source>Find by name…</source>
        <translation>Sök på namn…</translation>
    </message>
    <message>
        <source>Find in the structure</source>
        <translation>Sök i strukturen</translation>
    </message>
    <message>
        <source>Structure tools</source>
        <translation>Strukturverktyg</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Lägg till fas</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Add intervention</source>
        <translation>Lägg till insats</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Lägg till aktivitet</translation>
    </message>
    <message>
        <source>Ctrl+Insert</source>
        <translation>Ctrl+Insert</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Lägg till milstolpe</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Klistra in</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Ny fas</translation>
    </message>
    <message>
        <source>New intervention</source>
        <translation>Ny insats</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Ny milstolpe</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Det går inte att ta bort</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n item(s).</source>
        <translation>
            <numerusform>Kopierade %n objekt.</numerusform>
            <numerusform>Kopierade %n objekt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select where to paste: a phase for interventions, an intervention for activities.</source>
        <translation>Markera var du vill klistra in: en fas för insatser, en insats för aktiviteter.</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Fler verktyg</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Flytta in</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Flytta ut</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
</context>
<context>
    <name>horisont::TableAccessibility</name>
    <message>
        <source>Select all</source>
        <translation>Markera alla</translation>
    </message>
</context>
<context>
    <name>horisont::TaskJugglerReader</name>
    <message>
        <source>this is no TaskJuggler project: it has no project line.</source>
        <translation>detta är inget TaskJuggler-projekt: det har ingen projektrad.</translation>
    </message>
    <message>
        <source>tasks, resources or accounts are nested more than %1 deep.</source>
        <translation>uppgifter, resurser eller konton är nästlade djupare än %1 nivåer.</translation>
    </message>
    <message>
        <source>the block that begins here is not closed with }.</source>
        <translation>blocket som börjar här avslutas inte med }.</translation>
    </message>
    <message>
        <source>the project line has no start date (%1).</source>
        <translation>projektraden har inget startdatum (%1).</translation>
    </message>
    <message>
        <source>the file holds more than %1 tasks.</source>
        <translation>filen innehåller mer än %1 uppgifter.</translation>
    </message>
    <message>
        <source>the file holds more than %1 resources.</source>
        <translation>filen innehåller mer än %1 resurser.</translation>
    </message>
    <message>
        <source>%1: “%2” is no date; the %3 was left out.</source>
        <translation>%1: ”%2” är inget datum; %3 utelämnades.</translation>
    </message>
    <message>
        <source>%1: “%2” is no duration; the %3 was left out.</source>
        <translation>%1: ”%2” är ingen varaktighet; %3 utelämnades.</translation>
    </message>
    <message>
        <source>%1: the resource %2 is not defined; the allocation was left out.</source>
        <translation>%1: resursen %2 är inte definierad; tilldelningen utelämnades.</translation>
    </message>
    <message>
        <source>%1: the account %2 is not defined; the charge set leaves it out.</source>
        <translation>%1: kontot %2 är inte definierat; kostnadsfördelningen utelämnar det.</translation>
    </message>
    <message>
        <source>%1: the charge “%2” is no amount; it was left out.</source>
        <translation>%1: kostnaden ”%2” är inget belopp; den utelämnades.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n task(s) have no dates of their own (the first at %2); their dates are derived from their dependencies and durations without TaskJuggler&apos;s scheduling, and are estimates.</source>
        <translation>
            <numerusform>%1: %n uppgift saknar egna datum (vid %2); dess datum härleds från beroenden och varaktighet utan TaskJugglers schemaläggning och är en uppskattning.</numerusform>
            <numerusform>%1: %n uppgifter saknar egna datum (den första vid %2); deras datum härleds från beroenden och varaktigheter utan TaskJugglers schemaläggning och är uppskattningar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB, more than any plan holds; it was not read.</source>
        <translation>%1: filen är större än %2 MB, mer än någon plan rymmer; den lästes inte.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, rad %2</translation>
    </message>
    <message>
        <source>a string is not closed.</source>
        <translation>en sträng avslutas inte.</translation>
    </message>
    <message>
        <source>a -8&lt;- string is not closed with -&gt;8-.</source>
        <translation>en -8&lt;--sträng avslutas inte med -&gt;8-.</translation>
    </message>
    <message>
        <source>include names no file.</source>
        <translation>include nämner ingen fil.</translation>
    </message>
    <message>
        <source>a text is longer than %1 characters.</source>
        <translation>en text är längre än %1 tecken.</translation>
    </message>
    <message>
        <source>a string&apos;s macros expand to more than any plan holds.</source>
        <translation>en strängs makron expanderar till mer än någon plan rymmer.</translation>
    </message>
    <message>
        <source>a macro definition needs a name and a body in [ ].</source>
        <translation>en makrodefinition behöver ett namn och en kropp inom [ ].</translation>
    </message>
    <message>
        <source>the macro %1 is not closed with ].</source>
        <translation>makrot %1 avslutas inte med ].</translation>
    </message>
    <message>
        <source>a macro use ${ is not closed with }.</source>
        <translation>en makroanvändning ${ avslutas inte med }.</translation>
    </message>
    <message>
        <source>%1: the macro %2 is not defined; it was read as nothing.</source>
        <translation>%1: makrot %2 är inte definierat; det lästes som ingenting.</translation>
    </message>
    <message>
        <source>the macro %1 expands without end (it uses itself, or expands to more than any plan holds).</source>
        <translation>makrot %1 expanderar utan slut (det använder sig självt eller expanderar till mer än någon plan rymmer).</translation>
    </message>
    <message>
        <source>%1: the included file %2 is not there; the plan is read without it.</source>
        <translation>%1: den inkluderade filen %2 finns inte; planen läses utan den.</translation>
    </message>
    <message>
        <source>the include of %1 reaches outside the project&apos;s directory; the file was not read.</source>
        <translation>inkluderingen av %1 når utanför projektets katalog; filen lästes inte.</translation>
    </message>
    <message>
        <source>the include of %1 includes itself again (a cycle).</source>
        <translation>inkluderingen av %1 inkluderar sig själv igen (en cykel).</translation>
    </message>
    <message>
        <source>includes are nested more than %1 deep.</source>
        <translation>inkluderingarna är nästlade djupare än %1 nivåer.</translation>
    </message>
    <message>
        <source>%1: the included file %2 cannot be read; the plan is read without it.</source>
        <translation>%1: den inkluderade filen %2 kan inte läsas; planen läses utan den.</translation>
    </message>
    <message>
        <source>the project and its includes are larger than %1 MB.</source>
        <translation>projektet och dess inkluderade filer är större än %1 MB.</translation>
    </message>
</context>
<context>
    <name>horisont::TimeScale</name>
    <message>
        <source>W%1</source>
        <extracomment>ISO week number on the time axis; Swedish &quot;v. %1&quot;</extracomment>
        <translation>v. %1</translation>
    </message>
    <message>
        <source>Year %1</source>
        <extracomment>Programme year counted from the start, as funders ask: Swedish &quot;År %1&quot;</extracomment>
        <translation>År %1</translation>
    </message>
    <message>
        <source>T%1 %2</source>
        <extracomment>Tertial (four-month period) and year: Swedish &quot;T%1 %2&quot; too</extracomment>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>Q%1</source>
        <extracomment>Quarter of a year: Swedish &quot;K%1&quot;</extracomment>
        <translation>K%1</translation>
    </message>
</context>
<context>
    <name>horisont::TimelineCanvas</name>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Interventions and activities on a time axis. Left and Right move the selected item by a day, Ctrl by a month; Shift changes only the end.</source>
        <translation>Insatser och aktiviteter på en tidsaxel. Vänster och höger flyttar det markerade en dag, Ctrl en månad; Skift ändrar bara slutet.</translation>
    </message>
    <message>
        <source>Scroll time</source>
        <translation>Rulla tiden</translation>
    </message>
    <message>
        <source>Scroll rows</source>
        <translation>Rulla raderna</translation>
    </message>
</context>
<context>
    <name>horisont::TimelineEditing</name>
    <message>
        <source>“%1” is now on %2.</source>
        <translation>”%1” ligger nu %2.</translation>
    </message>
    <message>
        <source>“%1” now runs %2 – %3.</source>
        <translation>”%1” pågår nu %2 – %3.</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <source>Added “%1”, %2 – %3.</source>
        <translation>Lade till ”%1”, %2 – %3.</translation>
    </message>
    <message>
        <source>Drag across at least one day to create an activity.</source>
        <translation>Dra över minst en dag för att skapa en aktivitet.</translation>
    </message>
    <message>
        <source>Drag cancelled.</source>
        <translation>Dragningen avbröts.</translation>
    </message>
    <message>
        <source>Nothing was created: to create an activity, drag further across its dates.</source>
        <translation>Inget skapades: dra längre över datumen för att skapa en aktivitet.</translation>
    </message>
    <message>
        <source>Nothing was created: %1 – %2 lies outside “%3” (%4 – %5). Drag within its dates, or hold Ctrl to create the activity there anyway.</source>
        <translation>Inget skapades: %1 – %2 ligger utanför ”%3” (%4 – %5). Dra inom dess datum, eller håll ned Ctrl för att ändå skapa aktiviteten där.</translation>
    </message>
</context>
<context>
    <name>horisont::TimelineLayout</name>
    <message>
        <source>No phase</source>
        <translation>Ingen fas</translation>
    </message>
    <message>
        <source>No accountable organisation</source>
        <translation>Ingen ansvarig organisation</translation>
    </message>
    <message>
        <source>No area</source>
        <translation>Inget område</translation>
    </message>
</context>
<context>
    <name>horisont::TimelineLegendPainter</name>
    <message>
        <source>No accountable organisation</source>
        <translation>Ingen ansvarig organisation</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
</context>
<context>
    <name>horisont::TimelinePainter</name>
    <message>
        <source>Horizon and decisions</source>
        <translation>Horisont och beslut</translation>
    </message>
    <message>
        <source>Terms of office</source>
        <translation>Mandatperioder</translation>
    </message>
    <message>
        <source>Direction periods</source>
        <translation>Inriktningsperioder</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Faser</translation>
    </message>
    <message>
        <source>Decision %1, %2: %3</source>
        <translation>Beslut %1, %2: %3</translation>
    </message>
    <message>
        <source>Programme horizon: %1</source>
        <translation>Programmets horisont: %1</translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation>Fas %1: %2</translation>
    </message>
</context>
<context>
    <name>horisont::TimelineToolTip</name>
    <message numerus="yes">
        <source>%1: %n intervention(s)</source>
        <translation>
            <numerusform>%1: %n insats</numerusform>
            <numerusform>%1: %n insatser</numerusform>
        </translation>
    </message>
    <message>
        <source>Milestone on %1</source>
        <translation>Milstolpe %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 – %2 (%n dag)</numerusform>
            <numerusform>%1 – %2 (%n dagar)</numerusform>
        </translation>
    </message>
    <message>
        <source>Accountable: %1</source>
        <translation>Ansvarig: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Planned budget: %1</source>
        <translation>Planerad budget: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Decided in «%1»: %2</source>
        <translation>Beslutat i «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>Slipped %n day(s)</source>
        <translation>
            <numerusform>Försenad %n dag</numerusform>
            <numerusform>Försenad %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ahead by %n day(s)</source>
        <translation>
            <numerusform>Före med %n dag</numerusform>
            <numerusform>Före med %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>On the decided dates</source>
        <translation>Enligt de beslutade datumen</translation>
    </message>
</context>
<context>
    <name>horisont::TimelineView</name>
    <message>
        <source>Timeline view</source>
        <translation>Tidslinjevy</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Whole horizon</source>
        <translation>Hela horisonten</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Tertials</source>
        <translation>Tertial</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Månader</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Veckor</translation>
    </message>
    <message>
        <source>Relative years</source>
        <translation>Relativa år</translation>
    </message>
    <message>
        <source>Label years from the programme start: Year 1, Year 2…</source>
        <translation>Räkna år från programmets start: År 1, År 2 …</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppera efter</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Accountable organisation</source>
        <translation>Ansvarig organisation</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Färg efter</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppera efter:</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation>&amp;Färg efter:</translation>
    </message>
    <message>
        <source>Decided dates</source>
        <translation>Beslutade datum</translation>
    </message>
    <message>
        <source>Draw each item&apos;s dates in the latest decided version as a thin bar under its own</source>
        <translation>Rita varje posts datum i den senaste beslutade versionen som en tunn stapel under dess egen</translation>
    </message>
</context>
<context>
    <name>horisont::UpgradePrompt</name>
    <message>
        <source>Plan of an Older Format</source>
        <translation>Plan av ett äldre format</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; on %2 is of format %3, written by an older Horisont; this Horisont works with format %4 and opens it once it is upgraded.</source>
        <translation>Planen ”%1” på %2 har format %3, skriven av en äldre Horisont; denna Horisont arbetar med format %4 och öppnar den när den har uppgraderats.</translation>
    </message>
    <message>
        <source>Upgrade it on the server now? Every row stays as it is, but older versions of Horisont cannot open the plan afterwards: everyone on the team then needs this version of Horisont or a newer one.</source>
        <translation>Uppgradera den på servern nu? Varje rad förblir som den är, men äldre versioner av Horisont kan inte öppna planen efteråt: alla i gruppen behöver då denna version av Horisont eller en nyare.</translation>
    </message>
</context>
<context>
    <name>horisont::VersionMenu</name>
    <message>
        <source>&amp;Freeze Version…</source>
        <translation>&amp;Frys version…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versioner…</translation>
    </message>
    <message>
        <source>Froze version «%1»: %2.</source>
        <translation>Frös versionen «%1»: %2.</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Jämför…</translation>
    </message>
    <message>
        <source>What changed between two versions, or since one</source>
        <translation>Vad som har ändrats mellan två versioner, eller sedan en</translation>
    </message>
</context>
<context>
    <name>horisont::VersionScreenshots</name>
    <message>
        <source>Plan 2027–2030</source>
        <translation>Plan 2027–2030</translation>
    </message>
</context>
<context>
    <name>horisont::VersionsDialog</name>
    <message>
        <source>&amp;Open Read-Only</source>
        <translation>&amp;Öppna skrivskyddad</translation>
    </message>
    <message>
        <source>&amp;Delete Snapshot…</source>
        <translation>&amp;Ta bort ögonblicksbild…</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <source>The plan&apos;s versions</source>
        <translation>Planens versioner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Frusen</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tillstånd</translation>
    </message>
    <message>
        <source>Open the chosen version read-only in a new window</source>
        <translation>Öppna den valda versionen skrivskyddad i ett nytt fönster</translation>
    </message>
    <message>
        <source>Delete the chosen snapshot</source>
        <translation>Ta bort den valda ögonblicksbilden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>A decided version is part of the plan&apos;s governance and is kept for good; a snapshot can be deleted.</source>
        <translation>En beslutad version är en del av planens styrning och sparas för alltid; en ögonblicksbild kan tas bort.</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>ändrad</translation>
    </message>
    <message>
        <source>Its content or decision was changed outside Horisont.</source>
        <translation>Dess innehåll eller beslut har ändrats utanför Horisont.</translation>
    </message>
    <message>
        <source>A decided version is part of the plan&apos;s governance and is never deleted.</source>
        <translation>En beslutad version är en del av planens styrning och tas aldrig bort.</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>Ta bort ögonblicksbild</translation>
    </message>
    <message>
        <source>Delete the snapshot «%1»? This cannot be undone; the change log keeps that it was deleted.</source>
        <translation>Ta bort ögonblicksbilden «%1»? Det kan inte ångras; ändringsloggen behåller att den togs bort.</translation>
    </message>
    <message>
        <source>Deleted snapshot «%1».</source>
        <translation>Tog bort ögonblicksbilden «%1».</translation>
    </message>
</context>
<context>
    <name>horisont::ViewStack</name>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Ansvar</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Budget follow-up</source>
        <translation>Budgetuppföljning</translation>
    </message>
    <message>
        <source>Logic and follow-up</source>
        <translation>Logik och uppföljning</translation>
    </message>
    <message>
        <source>Decisions and periods</source>
        <translation>Beslut och perioder</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Revisionsspår</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Ändringslogg</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
</context>
<context>
    <name>horisont::WelcomeView</name>
    <message>
        <source>&lt;h1&gt;Horisont&lt;/h1&gt;&lt;p&gt;Plan and follow up a long-term programme: phases, interventions, responsibilities and money over 10–15 years.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Horisont&lt;/h1&gt;&lt;p&gt;Planera och följ upp ett långsiktigt program: faser, insatser, ansvarsfördelning och ekonomi över 10–15 år.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>Ny plan…</translation>
    </message>
    <message>
        <source>Open plan…</source>
        <translation>Öppna plan…</translation>
    </message>
    <message>
        <source>Try the Umeå demo plan…</source>
        <translation>Prova demoplanen för Umeå…</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>Senaste planer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent plans&lt;/b&gt;</source>
        <translation>&lt;b&gt;Senaste planer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The plans you open are listed here.</source>
        <translation>Planer du öppnar visas här.</translation>
    </message>
</context>
<context>
    <name>horisont::XmlGuard</name>
    <message>
        <source>%1: the file is larger than %2 MB, more than any plan holds; it was not read.</source>
        <translation>%1: filen är större än %2 MB, mer än någon plan rymmer; den lästes inte.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>this is not well-formed XML (%1).</source>
        <translation>detta är inte välformad XML (%1).</translation>
    </message>
    <message>
        <source>the attribute %1 of &lt;%2&gt; is longer than %3 characters.</source>
        <translation>attributet %1 i &lt;%2&gt; är längre än %3 tecken.</translation>
    </message>
    <message>
        <source>a text is longer than %1 characters.</source>
        <translation>en text är längre än %1 tecken.</translation>
    </message>
    <message>
        <source>the document type declares entities (&lt;!ENTITY %1&gt;), which no planner writes; the file was not read.</source>
        <translation>dokumenttypen deklarerar entiteter (&lt;!ENTITY %1&gt;), vilket inget planeringsverktyg skriver; filen lästes inte.</translation>
    </message>
    <message>
        <source>elements are nested deeper than %1 levels.</source>
        <translation>elementen är nästlade djupare än %1 nivåer.</translation>
    </message>
</context>
<context>
    <name>horisont::ZipMember</name>
    <message>
        <source>%1: %2 unpacks to more than %3 MB; the file was not read.</source>
        <translation>%1: %2 packas upp till mer än %3 MB; filen lästes inte.</translation>
    </message>
    <message>
        <source>%1: the zip archive is damaged and cannot be opened.</source>
        <translation>%1: zip-arkivet är skadat och kan inte öppnas.</translation>
    </message>
    <message>
        <source>%1: the zip archive holds more than %2 files, more than any plan.</source>
        <translation>%1: zip-arkivet innehåller mer än %2 filer, fler än någon plan.</translation>
    </message>
    <message>
        <source>%1: the zip archive holds a file named “%2”, a path outside the archive; the file was not read.</source>
        <translation>%1: zip-arkivet innehåller en fil med namnet ”%2”, en sökväg utanför arkivet; filen lästes inte.</translation>
    </message>
    <message>
        <source>%1: the zip archive holds no %2.</source>
        <translation>%1: zip-arkivet innehåller ingen %2.</translation>
    </message>
    <message>
        <source>%1: %2 in the zip archive cannot be unpacked.</source>
        <translation>%1: %2 i zip-arkivet kan inte packas upp.</translation>
    </message>
    <message>
        <source>%1: %2 in the zip archive is damaged (its checksum does not match).</source>
        <translation>%1: %2 i zip-arkivet är skadad (kontrollsumman stämmer inte).</translation>
    </message>
</context>
<context>
    <name>horisont::allocations</name>
    <message>
        <source>An allocation cannot be negative.</source>
        <translation>En fördelning kan inte vara negativ.</translation>
    </message>
    <message>
        <source>Choose a funding source before adding an allocation.</source>
        <translation>Välj en finansieringskälla innan du lägger till en fördelning.</translation>
    </message>
    <message>
        <source>Add allocation</source>
        <translation>Lägg till fördelning</translation>
    </message>
    <message>
        <source>Remove allocation</source>
        <translation>Ta bort fördelning</translation>
    </message>
    <message>
        <source>Change allocation</source>
        <translation>Ändra fördelning</translation>
    </message>
    <message>
        <source>Choose the decision the allocations rest on.</source>
        <translation>Välj beslutet som fördelningarna vilar på.</translation>
    </message>
    <message>
        <source>Select the cells whose allocations were decided.</source>
        <translation>Markera cellerna vars fördelningar har beslutats.</translation>
    </message>
    <message numerus="yes">
        <source>Spread allocation over %n cell(s)</source>
        <translation>
            <numerusform>Sprid fördelning över %n cell</numerusform>
            <numerusform>Sprid fördelning över %n celler</numerusform>
        </translation>
    </message>
    <message>
        <source>Add allocation «%1»</source>
        <translation>Lägg till fördelning «%1»</translation>
    </message>
    <message>
        <source>Remove allocation «%1»</source>
        <translation>Ta bort fördelning «%1»</translation>
    </message>
    <message>
        <source>Change allocation «%1»</source>
        <translation>Ändra fördelning «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n allocation(s) as decided</source>
        <translation>
            <numerusform>Markera %n fördelning som beslutad</numerusform>
            <numerusform>Markera %n fördelningar som beslutade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n allocation(s) as decided on «%1»</source>
        <translation>
            <numerusform>Markera %n fördelning som beslutad enligt «%1»</numerusform>
            <numerusform>Markera %n fördelningar som beslutade enligt «%1»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::cli</name>
    <message>
        <source>error</source>
        <translation>fel</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varning</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notering</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>The plan file.</source>
        <translation>Planfilen.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 är skadad: %2</translation>
    </message>
    <message>
        <source>%1: no findings.</source>
        <translation>%1: inga anmärkningar.</translation>
    </message>
    <message>
        <source>Create a new plan, empty or the demo (--demo umea).</source>
        <translation>Skapa en ny plan, tom eller demoplanen (--demo umea).</translation>
    </message>
    <message>
        <source>Summarise a plan: programme, horizon, counts, budget totals.</source>
        <translation>Sammanfatta en plan: program, tidshorisont, antal, budgetsummor.</translation>
    </message>
    <message>
        <source>Check a plan&apos;s integrity and content; one line per finding.</source>
        <translation>Kontrollera en plans integritet och innehåll; en rad per anmärkning.</translation>
    </message>
    <message>
        <source>Generate a large deterministic plan for benchmarks.</source>
        <translation>Generera en stor deterministisk plan för prestandatester.</translation>
    </message>
    <message>
        <source>Usage: horisont [FILE]            open the plan in the application</source>
        <translation>Anrop: horisont [FIL]               öppna planen i programmet</translation>
    </message>
    <message>
        <source>       horisont COMMAND [options]  run a command without a window</source>
        <translation>       horisont KOMMANDO [flaggor]  kör ett kommando utan fönster</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandon:</translation>
    </message>
    <message>
        <source>Run &quot;horisont COMMAND --help&quot; for the options of a command.</source>
        <translation>Kör ”horisont KOMMANDO --help” för att se ett kommandos flaggor.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 findings or rejected rows, 2 error (the file could not be opened or written).</source>
        <translation>Slutkoder: 0 lyckat, 1 anmärkningar eller avvisade rader, 2 fel (filen kunde inte öppnas eller skrivas).</translation>
    </message>
    <message>
        <source>Generate a large deterministic plan of the demo&apos;s shape.</source>
        <translation>Generera en stor deterministisk plan med samma upplägg som demoplanen.</translation>
    </message>
    <message>
        <source>Number of activities (default 20000).</source>
        <translation>Antal aktiviteter (standard 20000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of ledger transactions (default 0).</source>
        <translation>Antal transaktioner i huvudboken (standard 0).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Slumptalsfrö (standard 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The plan file to create.</source>
        <translation>Planfilen som ska skapas.</translation>
    </message>
    <message>
        <source>--activities must be between 1 and 10000000; --transactions and --seed must be non-negative whole numbers.</source>
        <translation>--activities måste vara mellan 1 och 10000000; --transactions och --seed måste vara icke-negativa heltal.</translation>
    </message>
    <message>
        <source>Generated %1: %2 activities, %3 transactions in %4 s</source>
        <translation>Genererade %1: %2 aktiviteter, %3 transaktioner på %4 s</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Commissioned by</source>
        <translation>Uppdragsgivare</translation>
    </message>
    <message>
        <source>Process leader</source>
        <translation>Processledare</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Filformat</translation>
    </message>
    <message>
        <source>Create a new plan file. It is never created over an existing file.</source>
        <translation>Skapa en ny planfil. En befintlig fil skrivs aldrig över.</translation>
    </message>
    <message>
        <source>Create the demo plan NAME (umea).</source>
        <translation>Skapa demoplanen NAMN (umea).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>Name of the programme of a new empty plan.</source>
        <translation>Namn på programmet i en ny, tom plan.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The plan file to create (*.horisont).</source>
        <translation>Planfilen som ska skapas (*.horisont).</translation>
    </message>
    <message>
        <source>Unknown demo &quot;%1&quot;; the demo plans are: umea.</source>
        <translation>Okänd demo ”%1”; tillgängliga demoplaner: umea.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 finns redan; välj ett annat namn.</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Nytt program</translation>
    </message>
    <message>
        <source>Created %1: %2</source>
        <translation>Skapade %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Expected %n file argument(s).</source>
        <translation>
            <numerusform>%n filargument förväntades.</numerusform>
            <numerusform>%n filargument förväntades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import actual spending from a ledger export (CSV).</source>
        <translation>Importera faktiska kostnader från en export av huvudboken (CSV).</translation>
    </message>
    <message>
        <source>Import actual spending from a ledger export (CSV) into a plan. Every row is checked first; then all rows are imported in one transaction, or none. Rows already in the plan are skipped. Exit 0 on success, 1 when rows were rejected, 2 when nothing could be imported.</source>
        <translation>Importera faktiska kostnader från en export av huvudboken (CSV) till en plan. Först kontrolleras varje rad; sedan importeras alla rader i en enda databastransaktion, eller ingen alls. Rader som redan finns i planen hoppas över. Slutkod 0 vid lyckad import, 1 när rader avvisades, 2 när ingenting kunde importeras.</translation>
    </message>
    <message>
        <source>A JSON mapping profile: separator, encoding, decimal, dateFormat, columns.</source>
        <translation>En mappningsprofil i JSON: separator, encoding, decimal, dateFormat, columns.</translation>
    </message>
    <message>
        <source>P.json</source>
        <translation>P.json</translation>
    </message>
    <message>
        <source>Read and check the file; write nothing.</source>
        <translation>Läs och kontrollera filen; skriv ingenting.</translation>
    </message>
    <message>
        <source>Import the valid rows and report the rejected ones.</source>
        <translation>Importera de giltiga raderna och rapportera de avvisade.</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>The ledger export (CSV).</source>
        <translation>Exporten från huvudboken (CSV).</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: filen finns inte</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan inte skrivas: %2</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Provkörning: ingenting skrevs.</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Lästa rader</translation>
    </message>
    <message>
        <source>Would import</source>
        <translation>Att importera</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerade</translation>
    </message>
    <message>
        <source>Already present</source>
        <translation>Redan inlagda</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Okopplade</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvisade</translation>
    </message>
    <message>
        <source>%1 (lines %2)</source>
        <translation>%1 (rader %2)</translation>
    </message>
    <message>
        <source>Total imported</source>
        <translation>Summa importerat</translation>
    </message>
    <message>
        <source>Export a PDF meeting pack of a plan. The file is written atomically: a failed export leaves any earlier file untouched. Exit 0 when written, 2 on an error.</source>
        <translation>Exportera ett mötesunderlag för en plan som PDF. Filen skrivs i ett svep: en misslyckad export lämnar en tidigare fil orörd. Slutkod 0 när filen skrivits, 2 vid fel.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>PDF-filen som ska skrivas.</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>UT.pdf</translation>
    </message>
    <message>
        <source>The pack: steering (default), controller or full.</source>
        <translation>Underlaget: steering (styrgrupp, förval), controller eller full (hela planen).</translation>
    </message>
    <message>
        <source>PACK</source>
        <translation>UNDERLAG</translation>
    </message>
    <message>
        <source>The pack&apos;s language: sv (default) or en.</source>
        <translation>Underlagets språk: sv (förval) eller en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRÅK</translation>
    </message>
    <message>
        <source>Paper size: A4 (default) or A3.</source>
        <translation>Pappersstorlek: A4 (förval) eller A3.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>STORLEK</translation>
    </message>
    <message>
        <source>Landscape pages (default portrait).</source>
        <translation>Liggande sidor (förval stående).</translation>
    </message>
    <message>
        <source>First day of the period covered (YYYY-MM-DD).</source>
        <translation>Första dagen i perioden som underlaget avser (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Last day of the period covered (YYYY-MM-DD).</source>
        <translation>Sista dagen i perioden som underlaget avser (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>Mark every page as a draft.</source>
        <translation>Markera varje sida som utkast.</translation>
    </message>
    <message>
        <source>The timeline fitted to the page width (fit, default) or tiled across several pages with the row names repeated (tile).</source>
        <translation>Tidslinjen anpassad till sidbredden (fit, förval) eller uppdelad på flera sidor med radnamnen upprepade (tile).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>LÄGE</translation>
    </message>
    <message>
        <source>Give the PDF file to write with -o OUT.pdf.</source>
        <translation>Ange PDF-filen som ska skrivas med -o UT.pdf.</translation>
    </message>
    <message>
        <source>Unknown pack &quot;%1&quot;: use steering, controller or full.</source>
        <translation>Okänt underlag &quot;%1&quot;: använd steering, controller eller full.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use sv or en.</source>
        <translation>Okänt språk &quot;%1&quot;: använd sv eller en.</translation>
    </message>
    <message>
        <source>Unknown paper size &quot;%1&quot;: use A4 or A3.</source>
        <translation>Okänd pappersstorlek &quot;%1&quot;: använd A4 eller A3.</translation>
    </message>
    <message>
        <source>Not a date (YYYY-MM-DD): %1</source>
        <translation>Inte ett datum (ÅÅÅÅ-MM-DD): %1</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
        <source>Unknown timeline mode &quot;%1&quot;: use fit or tile.</source>
        <translation>Okänt läge för tidslinjen &quot;%1&quot;: använd fit eller tile.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Skrev %1</translation>
    </message>
    <message>
        <source>Check as of this date (YYYY-MM-DD; default today): interventions that have ended without a follow-up, indicators without last year&apos;s measurement.</source>
        <translation>Kontrollera per detta datum (ÅÅÅÅ-MM-DD; standard i dag): insatser som avslutats utan uppföljning, indikatorer utan fjolårets mätning.</translation>
    </message>
    <message>
        <source>--as-of: &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>--as-of: ”%1” är inget datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>Export a PDF meeting pack (steering group, controller or full plan) of a plan.</source>
        <translation>Exportera ett mötesunderlag som PDF (styrgrupp, controller eller hela planen) av en plan.</translation>
    </message>
    <message>
        <source>Export every budget grid of a plan to an XLSX workbook.</source>
        <translation>Exportera alla budgettabeller i en plan till en XLSX-arbetsbok.</translation>
    </message>
    <message>
        <source>Export one budget grid of a plan to CSV (--grid NAME).</source>
        <translation>Exportera en budgettabell i en plan till CSV (--grid NAMN).</translation>
    </message>
    <message>
        <source>Only these sections of the pack, comma-separated, from: %1.</source>
        <translation>Endast dessa avsnitt av underlaget, kommaseparerade, av: %1.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTA</translation>
    </message>
    <message>
        <source>Unknown section &quot;%1&quot;: use %2.</source>
        <translation>Okänt avsnitt &quot;%1&quot;: använd %2.</translation>
    </message>
    <message>
        <source>The %1 pack has no section &quot;%2&quot;.</source>
        <translation>Underlaget %1 har inget avsnitt &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Give at least one section with --sections.</source>
        <translation>Ange minst ett avsnitt med --sections.</translation>
    </message>
    <message>
        <source>Language of titles and numbers: sv (decimal comma) or en (decimal point); default the language of the command line.</source>
        <translation>Språk för rubriker och tal: sv (decimalkomma) eller en (decimalpunkt); standard är kommandoradens språk.</translation>
    </message>
    <message>
        <source>Export every budget grid of a plan to an XLSX workbook, one sheet per grid, amounts as numbers. The file is written atomically: a failed export leaves any earlier file untouched. Exit 0 when written, 2 on an error.</source>
        <translation>Exportera alla budgettabeller i en plan till en XLSX-arbetsbok, ett blad per tabell, belopp som tal. Filen skrivs atomärt: en misslyckad export lämnar en tidigare fil orörd. Slutkod 0 när filen skrivits, 2 vid fel.</translation>
    </message>
    <message>
        <source>The XLSX file to write.</source>
        <translation>XLSX-filen som ska skrivas.</translation>
    </message>
    <message>
        <source>OUT.xlsx</source>
        <translation>UT.xlsx</translation>
    </message>
    <message>
        <source>Give the XLSX file to write with -o OUT.xlsx.</source>
        <translation>Ange XLSX-filen som ska skrivas med -o UT.xlsx.</translation>
    </message>
    <message>
        <source>Export one budget grid of a plan to CSV: UTF-8 with BOM, &apos;;&apos; between fields, amounts as plain numbers. The file is written atomically: a failed export leaves any earlier file untouched. Exit 0 when written, 2 on an error.</source>
        <translation>Exportera en budgettabell i en plan till CSV: UTF-8 med BOM, &apos;;&apos; mellan fälten, belopp som rena tal. Filen skrivs atomärt: en misslyckad export lämnar en tidigare fil orörd. Slutkod 0 när filen skrivits, 2 vid fel.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>CSV-filen som ska skrivas.</translation>
    </message>
    <message>
        <source>OUT.csv</source>
        <translation>UT.csv</translation>
    </message>
    <message>
        <source>The grid to export: %1.</source>
        <translation>Tabellen som ska exporteras: %1.</translation>
    </message>
    <message>
        <source>Give the grid to export with --grid NAME, one of: %1.</source>
        <translation>Ange tabellen som ska exporteras med --grid NAMN, en av: %1.</translation>
    </message>
    <message>
        <source>Unknown grid &quot;%1&quot;: use one of %2.</source>
        <translation>Okänd tabell &quot;%1&quot;: använd en av %2.</translation>
    </message>
    <message>
        <source>Give the CSV file to write with -o OUT.csv.</source>
        <translation>Ange CSV-filen som ska skrivas med -o UT.csv.</translation>
    </message>
    <message>
        <source>Language of messages: sv or en.</source>
        <translation>Språk för meddelanden: sv eller en.</translation>
    </message>
    <message>
        <source>Check a plan: the whole file&apos;s integrity, then the plan&apos;s content. One line per finding; exit 0 when clean, 1 with findings, 2 when the file is damaged or cannot be opened.</source>
        <translation>Kontrollera en plan: hela filens integritet, sedan planens innehåll. En rad per fynd; slutkod 0 när allt är rätt, 1 med fynd, 2 när filen är skadad eller inte kan öppnas.</translation>
    </message>
    <message>
        <source>Also run SQLite&apos;s complete integrity_check, which looks up every row in every index (seconds for a ledger of a million rows).</source>
        <translation>Kör även SQLites fullständiga integrity_check, som slår upp varje rad i varje index (sekunder för en huvudbok med en miljon rader).</translation>
    </message>
    <message>
        <source>%1: stopped: %2</source>
        <translation>%1: avbröts: %2</translation>
    </message>
    <message>
        <source>This version of Horisont cannot vouch for what it would read from it; use the newer version.</source>
        <translation>Den här versionen av Horisont kan inte gå i god för vad den skulle läsa ur den; använd den nyare versionen.</translation>
    </message>
    <message>
        <source>Summarise a plan without changing it: the key figures the overview shows.</source>
        <translation>Sammanfatta en plan utan att ändra den: nyckeltalen som översikten visar.</translation>
    </message>
    <message>
        <source>Where the programme stands on this date (YYYY-MM-DD; default today).</source>
        <translation>Var programmet står detta datum (ÅÅÅÅ-MM-DD; standard i dag).</translation>
    </message>
    <message>
        <source>List a plan&apos;s ledger imports.</source>
        <translation>Lista en plans importer från huvudboken.</translation>
    </message>
    <message>
        <source>Remove one ledger import (its transactions) from a plan, logged.</source>
        <translation>Ta bort en import från huvudboken (dess transaktioner) ur en plan, loggat.</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  %3  %4  %n row(s)  %5</source>
        <translation>
            <numerusform>%1  %2  %3  %4  %n rad  %5</numerusform>
            <numerusform>%1  %2  %3  %4  %n rader  %5</numerusform>
        </translation>
    </message>
    <message>
        <source>List a plan&apos;s ledger imports: number, when, who, file, rows and total.</source>
        <translation>Lista en plans importer från huvudboken: nummer, när, vem, fil, rader och summa.</translation>
    </message>
    <message>
        <source>%1 holds no ledger imports.</source>
        <translation>%1 har inga importer från huvudboken.</translation>
    </message>
    <message>
        <source>Remove one ledger import from a plan: its transactions and their sums, logged in the change log. An import is not on the undo stack; this is how a wrong one is taken back (`imports PLAN` lists them). Exit 0 on success, 2 when nothing was removed.</source>
        <translation>Ta bort en import från huvudboken ur en plan: dess transaktioner och deras summor, loggat i ändringsloggen. En import ligger inte i ångra-historiken; så här tas en felaktig tillbaka (`imports PLAN` listar dem). Slutkod 0 vid framgång, 2 när inget togs bort.</translation>
    </message>
    <message>
        <source>IMPORT</source>
        <translation>IMPORT</translation>
    </message>
    <message>
        <source>The number of the import (see `imports`).</source>
        <translation>Importens nummer (se `imports`).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the number of an import.</source>
        <translation>”%1” är inte numret på en import.</translation>
    </message>
    <message>
        <source>Removed import %1:</source>
        <translation>Tog bort import %1:</translation>
    </message>
    <message>
        <source>Freeze the plan into a version that records its decision, or a snapshot.</source>
        <translation>Frys planen till en version som dokumenterar sitt beslut, eller en ögonblicksbild.</translation>
    </message>
    <message>
        <source>Delete a snapshot (never a decided version), logged.</source>
        <translation>Ta bort en ögonblicksbild (aldrig en beslutad version), loggat.</translation>
    </message>
    <message>
        <source>Money allocated, per year, source, organisation and intervention</source>
        <translation>Fördelade pengar, per år, källa, organisation och insats</translation>
    </message>
    <message>
        <source>Allocated per year</source>
        <translation>Fördelat per år</translation>
    </message>
    <message>
        <source>The later state (default: current).</source>
        <translation>Det senare läget (förval: current).</translation>
    </message>
    <message>
        <source>Also write the changes to this CSV file.</source>
        <translation>Skriv även ändringarna till denna CSV-fil.</translation>
    </message>
    <message>
        <source>Also write the money changes (per year, source, organisation and intervention, with totals) to this CSV file.</source>
        <translation>Skriv även ändringarna i pengar (per år, källa, organisation och insats, med summor) till denna CSV-fil.</translation>
    </message>
    <message>
        <source>Also write both to this XLSX workbook.</source>
        <translation>Skriv även båda till denna XLSX-arbetsbok.</translation>
    </message>
    <message>
        <source>%1 has no decided version to compare with; name one with --from (see `versions`).</source>
        <translation>%1 har ingen beslutad version att jämföra med; ange en med --from (se `versions`).</translation>
    </message>
    <message>
        <source>Changes from %1 to %2</source>
        <translation>Ändringar från %1 till %2</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Inget har ändrats.</translation>
    </message>
    <message>
        <source>Read this version (see `versions`) instead of the plan as it is now.</source>
        <translation>Läs denna version (se `versions`) i stället för planen som den är nu.</translation>
    </message>
    <message>
        <source>ALTERED outside Horisont</source>
        <translation>ÄNDRAD utanför Horisont</translation>
    </message>
    <message>
        <source>Freeze the plan as it stands into a named version that can never be edited: with the decision that adopted it (--decided-by and --date, optionally --ref), or a plain snapshot. The ledger is not part of a version; it is shared by all. Prints the version&apos;s name and number.</source>
        <translation>Frys planen som den är till en namngiven version som aldrig kan ändras: med beslutet som antog den (--decided-by och --date, valfritt --ref), eller en enkel ögonblicksbild. Huvudboken ingår inte i en version; den delas av alla. Skriver ut versionens namn och nummer.</translation>
    </message>
    <message>
        <source>The version&apos;s name.</source>
        <translation>Versionens namn.</translation>
    </message>
    <message>
        <source>The body that decided (&quot;Kommunstyrelsen&quot;).</source>
        <translation>Organet som beslutade (&quot;Kommunstyrelsen&quot;).</translation>
    </message>
    <message>
        <source>BODY</source>
        <translation>ORGAN</translation>
    </message>
    <message>
        <source>The date of the decision (YYYY-MM-DD).</source>
        <translation>Beslutsdatumet (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>The decision&apos;s reference (&quot;KS 2024/117&quot;).</source>
        <translation>Beslutets diarienummer (&quot;KS 2024/117&quot;).</translation>
    </message>
    <message>
        <source>freeze: --name is required.</source>
        <translation>freeze: --name måste anges.</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>--date: ”%1” är inget datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>Froze version %1: %2 (%3)</source>
        <translation>Frös version %1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 has no versions.</source>
        <translation>%1 har inga versioner.</translation>
    </message>
    <message>
        <source>Delete a snapshot (a version without a decision), logged in the change log. A decided version is never deleted.</source>
        <translation>Ta bort en ögonblicksbild (en version utan beslut), loggat i ändringsloggen. En beslutad version tas aldrig bort.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s name.</source>
        <translation>Ögonblicksbildens namn.</translation>
    </message>
    <message>
        <source>Deleted snapshot «%1».</source>
        <translation>Tog bort ögonblicksbilden «%1».</translation>
    </message>
    <message>
        <source>List what changed between two versions or scenarios of a plan, or since the latest decision.</source>
        <translation>Lista vad som ändrats mellan två versioner eller scenarier av en plan, eller sedan det senaste beslutet.</translation>
    </message>
    <message>
        <source>List what changed between two states of a plan — a version, a scenario or &quot;current&quot; — grouped: items added, removed, renamed and moved, dates shifted, status, RACI, goals, indicators, decisions, and the money allocated per year. By default from the latest decided version to the current plan. Exit 0 when nothing changed, 1 when something did, 2 on error.</source>
        <translation>Lista vad som ändrats mellan två lägen av en plan — en version, ett scenario eller ”current” — grupperat: tillagda, borttagna, omdöpta och flyttade objekt, flyttade datum, status, RACI, mål, indikatorer, beslut och pengarna fördelade per år. Som standard från den senast beslutade versionen till den nuvarande planen. Slutkod 0 när inget ändrats, 1 när något ändrats, 2 vid fel.</translation>
    </message>
    <message>
        <source>The earlier state: a version&apos;s or scenario&apos;s name, or &quot;current&quot;.</source>
        <translation>Det tidigare läget: en versions eller ett scenarios namn, eller ”current”.</translation>
    </message>
    <message>
        <source>Read this scenario (see `scenarios`) instead of the plan.</source>
        <translation>Läs detta scenario (se `scenarios`) i stället för planen.</translation>
    </message>
    <message>
        <source>--version and --scenario: a command reads one state of the plan; name one of them.</source>
        <translation>--version och --scenario: ett kommando läser ett läge av planen; ange ett av dem.</translation>
    </message>
    <message>
        <source>from the plan</source>
        <translation>från planen</translation>
    </message>
    <message>
        <source>from version «%1»</source>
        <translation>från versionen «%1»</translation>
    </message>
    <message>
        <source>%1 has no scenarios.</source>
        <translation>%1 har inga scenarier.</translation>
    </message>
    <message>
        <source>Made scenario %1: %2</source>
        <translation>Skapade scenario %1: %2</translation>
    </message>
    <message>
        <source>Deleted scenario «%1».</source>
        <translation>Tog bort scenariot «%1».</translation>
    </message>
    <message>
        <source>«%1» is now the plan; the plan as it was is the snapshot «%2».</source>
        <translation>«%1» är nu planen; planen som den var är ögonblicksbilden «%2».</translation>
    </message>
    <message>
        <source>[NAME...]</source>
        <translation>[NAMN...]</translation>
    </message>
    <message>
        <source>List a plan&apos;s decided versions, snapshots and scenarios.</source>
        <translation>Lista en plans beslutade versioner, ögonblicksbilder och scenarier.</translation>
    </message>
    <message>
        <source>Scenarios of a plan: list, create, delete, promote, compare side by side.</source>
        <translation>En plans scenarier: lista, skapa, ta bort, gör till plan, jämför sida vid sida.</translation>
    </message>
    <message>
        <source>Work with a plan&apos;s scenarios, what-ifs of the plan in the same file; the ledger is shared by the plan and every scenario.
  list                  the scenarios: number, name, what it was made from, when and by whom
  create NAME           make a scenario of the plan as it is, or of a version (--from)
  delete NAME           delete a scenario, logged in the change log
  promote NAME          make the scenario the plan, in one transaction; the plan as it was is kept as a snapshot. Refused when the scenario lacks an item the ledger has spending on
  compare [NAME...]     the plan and its scenarios (or the states named: &quot;current&quot;, versions, scenarios) side by side: horizon, interventions, gaps in the programme logic, and the money allocated in all, per year, per source and per organisation</source>
        <translation>Arbeta med en plans scenarier, tänkta alternativ till planen i samma fil; huvudboken delas av planen och alla scenarier.
  list                  scenarierna: nummer, namn, vad det skapades av, när och av vem
  create NAMN           skapa ett scenario av planen som den är, eller av en version (--from)
  delete NAMN           ta bort ett scenario, loggat i ändringsloggen
  promote NAMN          gör scenariot till planen, i en transaktion; planen som den var sparas som en ögonblicksbild. Vägras när scenariot saknar något som huvudboken har utgifter på
  compare [NAMN...]     planen och dess scenarier (eller de tillstånd som namnges: &quot;current&quot;, versioner, scenarier) sida vid sida: horisont, insatser, luckor i programlogiken, och de fördelade pengarna totalt, per år, per källa och per organisation</translation>
    </message>
    <message>
        <source>create: make it of &quot;current&quot; (the default) or of this version.</source>
        <translation>create: skapa det av &quot;current&quot; (standard) eller av denna version.</translation>
    </message>
    <message>
        <source>compare: also write the table to this CSV file.</source>
        <translation>compare: skriv också tabellen till denna CSV-fil.</translation>
    </message>
    <message>
        <source>compare: also write it to this XLSX workbook.</source>
        <translation>compare: skriv den också till denna XLSX-arbetsbok.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ÅTGÄRD</translation>
    </message>
    <message>
        <source>list, create, delete, promote or compare.</source>
        <translation>list, create, delete, promote eller compare.</translation>
    </message>
    <message>
        <source>The scenario&apos;s name (for compare: the states).</source>
        <translation>Scenariots namn (för compare: tillstånden).</translation>
    </message>
    <message>
        <source>scenario list takes no name.</source>
        <translation>scenario list tar inget namn.</translation>
    </message>
    <message>
        <source>scenario %1 takes one name: horisont scenario PLAN %1 NAME</source>
        <translation>scenario %1 tar ett namn: horisont scenario PLAN %1 NAMN</translation>
    </message>
    <message>
        <source>--from belongs to scenario create.</source>
        <translation>--from hör till scenario create.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scenario action; the actions are list, create, delete, promote and compare.</source>
        <translation>&quot;%1&quot; är ingen scenarioåtgärd; åtgärderna är list, create, delete, promote och compare.</translation>
    </message>
    <message>
        <source>List a plan&apos;s versions (number, name, decision, when frozen and by whom) and then its scenarios.</source>
        <translation>Lista en plans versioner (nummer, namn, beslut, när de frystes och av vem) och sedan dess scenarier.</translation>
    </message>
    <message>
        <source>Scenarios:</source>
        <translation>Scenarier:</translation>
    </message>
    <message>
        <source>Put a plan file on a PostgreSQL server as a team plan (never over another).</source>
        <translation>Lägg en planfil på en PostgreSQL-server som en gemensam plan (aldrig över en annan).</translation>
    </message>
    <message>
        <source>Write a new plan file from a plan on a PostgreSQL server.</source>
        <translation>Skriv en ny planfil från en plan på en PostgreSQL-server.</translation>
    </message>
    <message>
        <source>List the plans in a database on a PostgreSQL server.</source>
        <translation>Lista planerna i en databas på en PostgreSQL-server.</translation>
    </message>
    <message>
        <source>Put a plan file on a PostgreSQL server as a team plan: the whole plan with its ledger, versions and scenarios, in one transaction. The database&apos;s register of plans is created on first use. Refuses a plan name already taken. Exit 0 when published, 2 otherwise.</source>
        <translation>Lägg en planfil på en PostgreSQL-server som en gemensam plan: hela planen med huvudbok, versioner och scenarier, i en transaktion. Databasens register över planer skapas första gången. Vägrar ett plannamn som redan är taget. Slutkod 0 när planen publicerats, annars 2.</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST:PORT/DB?plan=NAME (libpq&apos;s parameters such as sslmode pass through; the password comes from ~/.pgpass or PGPASSWORD).</source>
        <translation>postgresql://ANVÄNDARE@VÄRD:PORT/DB?plan=NAMN (libpq:s parametrar som sslmode skickas vidare; lösenordet hämtas från ~/.pgpass eller PGPASSWORD).</translation>
    </message>
    <message>
        <source>Published %1 as %2.</source>
        <translation>Publicerade %1 som %2.</translation>
    </message>
    <message>
        <source>Write a standalone plan file from a plan on a PostgreSQL server (to read offline, export or archive). Never overwrites a file. Exit 0 when written, 2 otherwise.</source>
        <translation>Skriv en fristående planfil från en plan på en PostgreSQL-server (för att läsa utan nät, exportera eller arkivera). Skriver aldrig över en fil. Slutkod 0 när filen skrivits, annars 2.</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST:PORT/DB?plan=NAME</source>
        <translation>postgresql://ANVÄNDARE@VÄRD:PORT/DB?plan=NAMN</translation>
    </message>
    <message>
        <source>The new plan file.</source>
        <translation>Den nya planfilen.</translation>
    </message>
    <message>
        <source>Wrote %1 from %2.</source>
        <translation>Skrev %1 från %2.</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST:PORT/DB</source>
        <translation>postgresql://ANVÄNDARE@VÄRD:PORT/DB</translation>
    </message>
    <message>
        <source>%1 holds no plans.</source>
        <translation>%1 innehåller inga planer.</translation>
    </message>
    <message>
        <source>Give a database role a role in a server plan (reader, editor, controller, owner).</source>
        <translation>Ge en databasroll en roll i en serverplan (reader, editor, controller, owner).</translation>
    </message>
    <message>
        <source>Take every role in a server plan from a database role.</source>
        <translation>Ta alla roller i en serverplan från en databasroll.</translation>
    </message>
    <message>
        <source>(no role)</source>
        <translation>(ingen roll)</translation>
    </message>
    <message>
        <source>Give a database role a role in a plan on a PostgreSQL server: reader reads; editor also edits the structure, dates, responsibilities, programme logic and follow-ups; controller also funding, allocations, forecasts and ledger imports; owner also freezes versions and grants roles. The database enforces them. Only an owner may grant. Exit 0 when granted, 2 otherwise.</source>
        <translation>Ge en databasroll en roll i en plan på en PostgreSQL-server: reader läser; editor ändrar också struktur, datum, ansvar, programlogik och uppföljningar; controller också finansiering, fördelningar, prognoser och huvudboksimporter; owner fryser också versioner och delar ut roller. Databasen upprätthåller dem. Bara en owner får dela ut roller. Slutkod 0 när rollen getts, annars 2.</translation>
    </message>
    <message>
        <source>reader, editor, controller or owner.</source>
        <translation>reader, editor, controller eller owner.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLL</translation>
    </message>
    <message>
        <source>DBROLE</source>
        <translation>DBROLL</translation>
    </message>
    <message>
        <source>The database role (a login or a group).</source>
        <translation>Databasrollen (en inloggning eller en grupp).</translation>
    </message>
    <message>
        <source>--role must be reader, editor, controller or owner, not &quot;%1&quot;.</source>
        <translation>--role måste vara reader, editor, controller eller owner, inte ”%1”.</translation>
    </message>
    <message>
        <source>%1 is now %2 of %3.</source>
        <translation>%1 är nu %2 i %3.</translation>
    </message>
    <message>
        <source>Take every role in a plan on a PostgreSQL server from a database role. Only an owner may. Exit 0 when done, 2 otherwise.</source>
        <translation>Ta alla roller i en plan på en PostgreSQL-server från en databasroll. Bara en owner får det. Slutkod 0 när det är gjort, annars 2.</translation>
    </message>
    <message>
        <source>%1 has no role in %2 any more.</source>
        <translation>%1 har inte längre någon roll i %2.</translation>
    </message>
    <message>
        <source>Add a section listing what changed since this version, or what differs from this scenario (see `versions`).</source>
        <translation>Lägg till ett avsnitt med vad som ändrats sedan denna version, eller vad som skiljer från detta scenario (se `versions`).</translation>
    </message>
    <message>
        <source>--compare-with names a version or a scenario, not the plan itself.</source>
        <translation>--compare-with anger en version eller ett scenario, inte planen själv.</translation>
    </message>
    <message>
        <source>Create a new plan from another tool&apos;s plan (MS Project, GanttProject, Planner, Calligra Plan, TaskJuggler, spreadsheet).</source>
        <translation>Skapa en ny plan från ett annat verktygs plan (MS Project, GanttProject, Planner, Calligra Plan, TaskJuggler, kalkylark).</translation>
    </message>
    <message>
        <source>%1: the report could not be written: %2</source>
        <translation>%1: rapporten kunde inte skrivas: %2</translation>
    </message>
    <message>
        <source>Create a new plan from a plan of another tool: phases, interventions, activities and milestones from its tasks, organisations from its resources, allocations from its costs. OUT is never written over. Exit 0 when everything was brought in, 1 when the report lists what was not, 2 when nothing could be imported.</source>
        <translation>Skapa en ny plan från ett annat verktygs plan: faser, insatser, aktiviteter och milstolpar från dess uppgifter, organisationer från dess resurser, fördelningar från dess kostnader. OUT skrivs aldrig över. Slutkod 0 när allt fördes över, 1 när rapporten listar det som inte fördes över, 2 när inget kunde importeras.</translation>
    </message>
    <message>
        <source>The source&apos;s format (%1); sniffed from the content when not given.</source>
        <translation>Källans format (%1); känns igen på innehållet när det inte anges.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The columns of a plan spreadsheet (JSON).</source>
        <translation>Kolumnerna i ett planeringskalkylark (JSON).</translation>
    </message>
    <message>
        <source>Also write the import report to this file.</source>
        <translation>Skriv också importrapporten till den här filen.</translation>
    </message>
    <message>
        <source>REPORT.txt</source>
        <translation>RAPPORT.txt</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>KÄLLA</translation>
    </message>
    <message>
        <source>The other tool&apos;s plan file.</source>
        <translation>Det andra verktygets planfil.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>UT</translation>
    </message>
    <message>
        <source>The new plan file to create (*.horisont).</source>
        <translation>Den nya planfilen som skapas (*.horisont).</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; the formats are: %2.</source>
        <translation>Okänt format &quot;%1&quot;; formaten är: %2.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Skapade %1</translation>
    </message>
    <message>
        <source>Bring a server plan up to this Horisont&apos;s format (its owner, once).</source>
        <translation>Uppgradera en serverplan till denna Horisonts format (dess ägare, en gång).</translation>
    </message>
    <message>
        <source>format %1, needs upgrade</source>
        <translation>format %1, behöver uppgraderas</translation>
    </message>
    <message>
        <source>format %1, newer than this Horisont</source>
        <translation>format %1, nyare än denna Horisont</translation>
    </message>
    <message>
        <source>format %1</source>
        <translation>format %1</translation>
    </message>
    <message>
        <source>List the plans in a database on a PostgreSQL server: name, who published it and when, your role in it and its format (&quot;needs upgrade&quot; when its owner must run horisont upgrade before this Horisont opens it).</source>
        <translation>Lista planerna i en databas på en PostgreSQL-server: namn, vem som publicerade den och när, din roll i den och dess format (”behöver uppgraderas” när dess ägare måste köra horisont upgrade innan denna Horisont öppnar den).</translation>
    </message>
    <message>
        <source>Bring a plan on a PostgreSQL server up to this Horisont&apos;s format, in one transaction: its tables change on the server, every row stays. Older versions of Horisont cannot open it afterwards. Only an owner of the plan may, as the database role that owns its tables. Exit 0 when upgraded, 1 when it already was of this format, 2 when it cannot be upgraded.</source>
        <translation>Uppgradera en plan på en PostgreSQL-server till denna Horisonts format, i en transaktion: dess tabeller ändras på servern, varje rad finns kvar. Äldre versioner av Horisont kan inte öppna den efteråt. Bara en ägare av planen får göra det, som den databasroll som äger dess tabeller. Slutkod 0 när planen uppgraderats, 1 när den redan hade detta format, 2 när den inte kan uppgraderas.</translation>
    </message>
    <message>
        <source>Upgraded %1 from format %2 to format %3.</source>
        <translation>Uppgraderade %1 från format %2 till format %3.</translation>
    </message>
    <message>
        <source>%1 is already of format %2; nothing was changed.</source>
        <translation>%1 har redan format %2; ingenting ändrades.</translation>
    </message>
    <message>
        <source>%1: stopped on %2: %3</source>
        <translation>%1: avbröts i %2: %3</translation>
    </message>
    <message>
        <source>its amounts add up to more than Horisont can count (%1)</source>
        <translation>dess belopp blir tillsammans mer än Horisont kan räkna (%1)</translation>
    </message>
</context>
<context>
    <name>horisont::commands</name>
    <message>
        <source>There is no %1 %2 with a field &quot;%3&quot;.</source>
        <translation>Det finns ingen %1 %2 med fältet ”%3”.</translation>
    </message>
    <message>
        <source>The value is unchanged.</source>
        <translation>Värdet är oförändrat.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <source>There is nothing to delete.</source>
        <translation>Det finns inget att ta bort.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot delete: %n ledger transaction(s) totalling %1 are booked on what would be deleted. Set its status to cancelled instead, so that the spending stays accounted for.</source>
        <translation>
            <numerusform>Det går inte att ta bort: %n transaktion i huvudboken på sammanlagt %1 är bokförd på det som skulle tas bort. Sätt i stället status till avbruten, så att kostnaderna fortfarande redovisas.</numerusform>
            <numerusform>Det går inte att ta bort: %n transaktioner i huvudboken på sammanlagt %1 är bokförda på det som skulle tas bort. Sätt i stället status till avbruten, så att kostnaderna fortfarande redovisas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the text is too long (%2 characters); at most %3 are allowed.</source>
        <translation>%1: texten är för lång (%2 tecken); högst %3 tillåts.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Change %1 of «%2»</source>
        <translation>Ändra %1 för «%2»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Ta bort %n objekt</numerusform>
            <numerusform>Ta bort %n objekt</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete «%1»</source>
        <translation>Ta bort «%1»</translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>Namnet får inte vara tomt.</translation>
    </message>
    <message>
        <source>Cannot delete: spending of %1 in the ledger is booked on interventions of this phase. Move those interventions to another phase first, or keep the phase and set their status to cancelled, so that the spending stays accounted for.</source>
        <translation>Det går inte att ta bort: kostnader på %1 i huvudboken är bokförda på insatser i den här fasen. Flytta först insatserna till en annan fas, eller behåll fasen och sätt deras status till avbruten, så att kostnaderna fortfarande redovisas.</translation>
    </message>
    <message>
        <source>Cannot delete: spending of %1 in the ledger is booked on the organisation. Keep it, so that the spending stays accounted for; rename it if it has been merged into another. If the spending was booked on it by mistake, remove that ledger import (Audit trail ▸ Remove import…).</source>
        <translation>Det går inte att ta bort: kostnader på %1 i huvudboken är bokförda på organisationen. Behåll den, så att kostnaderna fortfarande redovisas; byt namn på den om den har slagits samman med en annan. Om kostnaderna bokfördes på den av misstag, ta bort den importen från huvudboken (Revisionsspår ▸ Ta bort import…).</translation>
    </message>
    <message>
        <source>Cannot delete: spending of %1 in the ledger is booked on the funding source. Keep it, so that the spending stays accounted for, and end its valid period if no more is to be planned on it. If the spending was booked on it by mistake, remove that ledger import (Audit trail ▸ Remove import…).</source>
        <translation>Det går inte att ta bort: kostnader på %1 i huvudboken är bokförda på finansieringskällan. Behåll den, så att kostnaderna fortfarande redovisas, och avsluta dess giltighetsperiod om inget mer ska planeras på den. Om kostnaderna bokfördes på den av misstag, ta bort den importen från huvudboken (Revisionsspår ▸ Ta bort import…).</translation>
    </message>
    <message>
        <source>Cannot delete: spending of %1 in the ledger is booked on what would be deleted. Keep it, so that the spending stays accounted for.</source>
        <translation>Det går inte att ta bort: kostnader på %1 i huvudboken är bokförda på det som skulle tas bort. Behåll det, så att kostnaderna fortfarande redovisas.</translation>
    </message>
</context>
<context>
    <name>horisont::dates</name>
    <message>
        <source>Change dates</source>
        <translation>Ändra datum</translation>
    </message>
    <message>
        <source>The dates are not valid.</source>
        <translation>Datumen är inte giltiga.</translation>
    </message>
    <message>
        <source>%1 – %2 is not a time Horisont plans for: dates lie between %3 and %4.</source>
        <translation>%1 – %2 är ingen tid som Horisont planerar för: datum ligger mellan %3 och %4.</translation>
    </message>
    <message>
        <source>The end (%1) cannot come before the start (%2).</source>
        <translation>Slutet (%1) kan inte komma före starten (%2).</translation>
    </message>
    <message>
        <source>%1 – %2 is outside the programme horizon (%3 – %4).</source>
        <translation>%1 – %2 ligger utanför programmets horisont (%3 – %4).</translation>
    </message>
    <message>
        <source>Make a milestone</source>
        <translation>Gör till milstolpe</translation>
    </message>
    <message>
        <source>Make an activity of a milestone</source>
        <translation>Gör milstolpe till aktivitet</translation>
    </message>
    <message>
        <source>Change dates of «%1»</source>
        <translation>Ändra datum för «%1»</translation>
    </message>
    <message>
        <source>Change end of «%1»</source>
        <translation>Ändra slut för «%1»</translation>
    </message>
    <message>
        <source>Change end</source>
        <translation>Ändra slut</translation>
    </message>
    <message>
        <source>Change start of «%1»</source>
        <translation>Ändra start för «%1»</translation>
    </message>
    <message>
        <source>Change start</source>
        <translation>Ändra start</translation>
    </message>
    <message>
        <source>Make «%1» a milestone</source>
        <translation>Gör «%1» till milstolpe</translation>
    </message>
    <message>
        <source>Make «%1» an activity</source>
        <translation>Gör «%1» till aktivitet</translation>
    </message>
</context>
<context>
    <name>horisont::demo</name>
    <message>
        <source>Create the Umeå demo plan</source>
        <translation>Skapa demoplanen för Umeå</translation>
    </message>
</context>
<context>
    <name>horisont::responsibilities</name>
    <message>
        <source>“%1” can have only one accountable organisation: choose one cell per intervention.</source>
        <translation>”%1” kan bara ha en ansvarig organisation (A): välj en cell per insats.</translation>
    </message>
    <message>
        <source>Clear responsibility</source>
        <translation>Ta bort ansvar</translation>
    </message>
    <message>
        <source>Set accountable organisation</source>
        <translation>Ange ansvarig organisation</translation>
    </message>
    <message>
        <source>Set responsibility</source>
        <translation>Ange ansvar</translation>
    </message>
    <message>
        <source>Clear the role of «%1» in «%2»</source>
        <translation>Ta bort rollen för «%1» i «%2»</translation>
    </message>
    <message>
        <source>Make «%1» accountable for «%2»</source>
        <translation>Gör «%1» ansvarig för «%2»</translation>
    </message>
    <message>
        <source>Set the role of «%1» in «%2»</source>
        <translation>Ange rollen för «%1» i «%2»</translation>
    </message>
    <message>
        <source>Remove the accountable organisation of «%1»</source>
        <translation>Ta bort den ansvariga organisationen för «%1»</translation>
    </message>
</context>
<context>
    <name>horisont::structure</name>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Lägg till fas</translation>
    </message>
    <message>
        <source>Add intervention</source>
        <translation>Lägg till insats</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Lägg till milstolpe</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Lägg till aktivitet</translation>
    </message>
    <message>
        <source>Only an activity can be outdented: it becomes an intervention.</source>
        <translation>Bara en aktivitet kan flyttas ut: den blir då en insats.</translation>
    </message>
    <message>
        <source>Only an intervention can be indented: it becomes an activity of the intervention above it.</source>
        <translation>Bara en insats kan flyttas in: den blir då en aktivitet i insatsen ovanför.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the first intervention of its phase: there is nothing to indent it under.</source>
        <translation>”%1” är den första insatsen i sin fas: det finns ingen insats att flytta in den under.</translation>
    </message>
    <message>
        <source>activities of its own</source>
        <translation>egna aktiviteter</translation>
    </message>
    <message>
        <source>a project code</source>
        <translation>en projektkod</translation>
    </message>
    <message>
        <source>booked spending</source>
        <translation>bokförda kostnader</translation>
    </message>
    <message>
        <source>targeted areas</source>
        <translation>målområden</translation>
    </message>
    <message>
        <source>links to causes or goals</source>
        <translation>kopplingar till orsaker eller mål</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>uppföljningar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot become an activity: it has %2.</source>
        <translation>”%1” kan inte bli en aktivitet: den har %2.</translation>
    </message>
    <message>
        <source>Set targeted areas</source>
        <translation>Ange målområden</translation>
    </message>
    <message>
        <source>Set the problem&apos;s areas</source>
        <translation>Ange problemets områden</translation>
    </message>
    <message>
        <source>Outdent «%1»</source>
        <translation>Flytta ut «%1»</translation>
    </message>
    <message>
        <source>Indent «%1»</source>
        <translation>Flytta in «%1»</translation>
    </message>
    <message>
        <source>Move «%1» up</source>
        <translation>Flytta upp «%1»</translation>
    </message>
    <message>
        <source>Move «%1» down</source>
        <translation>Flytta ned «%1»</translation>
    </message>
    <message>
        <source>Add phase «%1»</source>
        <translation>Lägg till fas «%1»</translation>
    </message>
    <message>
        <source>Add intervention «%1»</source>
        <translation>Lägg till insats «%1»</translation>
    </message>
    <message>
        <source>Add milestone «%1»</source>
        <translation>Lägg till milstolpe «%1»</translation>
    </message>
    <message>
        <source>Add activity «%1»</source>
        <translation>Lägg till aktivitet «%1»</translation>
    </message>
    <message>
        <source>Set the areas «%1» targets</source>
        <translation>Ange områden som «%1» riktar sig mot</translation>
    </message>
    <message>
        <source>Set the areas where «%1» shows</source>
        <translation>Ange områden där «%1» förekommer</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n item(s)</source>
        <translation>
            <numerusform>Klistra in %n objekt</numerusform>
            <numerusform>Klistra in %n objekt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan and follow up a long-term programme.</source>
        <translation>Planera och följ upp ett långsiktigt program.</translation>
    </message>
    <message>
        <source>User interface language (sv, en).</source>
        <translation>Språk för användargränssnittet (sv, en).</translation>
    </message>
    <message>
        <source>The plan to open.</source>
        <translation>Planen som ska öppnas.</translation>
    </message>
    <message>
        <source>Save a picture of every view to DIR and quit.</source>
        <translation>Spara en bild av varje vy i DIR och avsluta.</translation>
    </message>
    <message>
        <source>Save pictures of two windows on one server plan to DIR and quit.</source>
        <translation>Spara bilder av två fönster på en serverplan i DIR och avsluta.</translation>
    </message>
    <message>
        <source>Save a picture of the plan import previewing FILE to DIR and quit.</source>
        <translation>Spara en bild av planimporten med FILE förhandsgranskad i DIR och avsluta.</translation>
    </message>
</context>
</TS>
