<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>horisont</name>
    <message>
        <source>The programme &quot;%1&quot; ends (%2) before it starts (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase &quot;%1&quot; ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase &quot;%1&quot; (%2 – %3) lies outside the programme horizon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention &quot;%1&quot; ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention &quot;%1&quot; (%2 – %3) lies outside its phase &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity &quot;%1&quot; ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity &quot;%1&quot; (%2 – %3) lies outside the programme horizon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity &quot;%1&quot; (%2 – %3) lies outside its phase &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone &quot;%1&quot; (%2) comes after its intervention &quot;%3&quot; ends (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phase covers %1 – %2 at the start of the programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases &quot;%1&quot; and &quot;%2&quot; overlap (%3 – %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phase covers %1 – %2, between &quot;%3&quot; and &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phase covers %1 – %2 at the end of the programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention &quot;%1&quot; has no accountable organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention &quot;%1&quot; has %2 accountable organisations; it must have exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An allocation of %1 from &quot;%2&quot; is for %3, outside the source&apos;s valid period %4 – %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is allocated %2, over its ceiling of %3 by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n ledger transaction(s), %1 in all, carry codes that match nothing in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Horisont plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains only zero bytes: the file was never written completely or has been wiped. It is not a readable Horisont plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated: it ends after %2 bytes, inside the file header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Horisont plan (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Horisont plan (application id %2). It has not been opened or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated: it should hold %2 bytes but has only %3. Restore it from a backup or a saved copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>horisont::Generator</name>
    <message>
        <source>A generated plan for benchmarks; every figure is synthetic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>horisont::Ledger</name>
    <message>
        <source>Cannot record the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store transaction %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>horisont::MainWindow</name>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Horisont</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Horisont</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horisont plans (*.horisont);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Horisont</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Horisont %1&lt;/h3&gt;&lt;p&gt;Plan and follow up a long-term public programme: phases, interventions, responsibilities and money over 10–15 years.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>horisont::PlanCheck</name>
    <message>
        <source>Code %1 is used by both &quot;%2&quot; and &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project code %1 is used by both &quot;%2&quot; and &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding code %1 is used by both &quot;%2&quot; and &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>horisont::PlanDocument</name>
    <message>
        <source>%1 is open in another Horisont (process %2 on %3). You can read the plan here but not change it until it is closed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 cannot be written, so the plan is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Horisont (file format %2; this version knows up to %3). It is open read-only so that nothing in it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only on request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is write-protected, so the plan is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no programme: it is not a complete Horisont plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be saved, and nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A copy cannot replace the plan itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>horisont::SqliteStore</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL error in &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrating the file to format %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrating the file failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the change log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a copy to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a copy to %1: renaming the temporary file failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>horisont::StructureModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>horisont::T</name>
    <message>
        <source>Cannot read table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>horisont::cli</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a plan: the file&apos;s integrity, then the plan&apos;s content. One line per finding; exit 0 when clean, 1 with findings, 2 when the file cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run SQLite&apos;s full integrity_check instead of the quick check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new plan, empty or the demo (--demo umea).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarise a plan: programme, horizon, counts, budget totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a plan&apos;s integrity and content; one line per finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a large deterministic plan for benchmarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: horisont [FILE]            open the plan in the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>       horisont COMMAND [options]  run a command without a window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;horisont COMMAND --help&quot; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 findings or rejected rows, 2 error (the file could not be opened or written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a large deterministic plan of the demo&apos;s shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of activities (default 20000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of ledger transactions (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--activities must be between 1 and 10000000; --transactions and --seed must be non-negative whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1: %2 activities, %3 transactions in %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarise a plan without changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioned by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (%n year(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 milestones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant ceilings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (decided %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 transactions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new plan file. It is never created over an existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the demo plan NAME (umea).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the programme of a new empty plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file to create (*.horisont).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown demo &quot;%1&quot;; the demo plans are: umea.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expected %n file argument(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::commands</name>
    <message>
        <source>There is no %1 %2 with a field &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan and follow up a long-term programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (sv, en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
