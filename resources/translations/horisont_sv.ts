<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
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
</context>
<context>
    <name>horisont::MainWindow</name>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Meddelande om skrivskydd</translation>
    </message>
    <message>
        <source>Plan structure</source>
        <translation>Planens struktur</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
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
        <source>Cannot open plan</source>
        <translation>Planen kunde inte öppnas</translation>
    </message>
    <message>
        <source>%1 – Horisont</source>
        <translation>%1 – Horisont</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n aktivitet</numerusform>
            <numerusform>%n aktiviteter</numerusform>
        </translation>
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
        <source>About Horisont</source>
        <translation>Om Horisont</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Horisont %1&lt;/h3&gt;&lt;p&gt;Plan and follow up a long-term public programme: phases, interventions, responsibilities and money over 10–15 years.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Horisont %1&lt;/h3&gt;&lt;p&gt;Planera och följ upp ett långsiktigt offentligt program: faser, insatser, ansvarsfördelning och ekonomi över 10–15 år.&lt;/p&gt;&lt;p&gt;Licensierat under GNU General Public License, version 3 eller senare.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>horisont::PlanCheck</name>
    <message>
        <source>Code %1 is used by both &quot;%2&quot; and &quot;%3&quot;.</source>
        <translation>Koden %1 används av både ”%2” och ”%3”.</translation>
    </message>
    <message>
        <source>Project code %1 is used by both &quot;%2&quot; and &quot;%3&quot;.</source>
        <translation>Projektkoden %1 används av både ”%2” och ”%3”.</translation>
    </message>
    <message>
        <source>Funding code %1 is used by both &quot;%2&quot; and &quot;%3&quot;.</source>
        <translation>Finansieringskoden %1 används av både ”%2” och ”%3”.</translation>
    </message>
    <message>
        <source>The programme &quot;%1&quot; ends (%2) before it starts (%3).</source>
        <translation>Programmet ”%1” slutar (%2) innan det börjar (%3).</translation>
    </message>
    <message>
        <source>Phase &quot;%1&quot; ends before it starts.</source>
        <translation>Fasen ”%1” slutar innan den börjar.</translation>
    </message>
    <message>
        <source>Phase &quot;%1&quot; (%2 – %3) lies outside the programme horizon.</source>
        <translation>Fasen ”%1” (%2 – %3) ligger utanför programmets tidshorisont.</translation>
    </message>
    <message>
        <source>Intervention &quot;%1&quot; ends before it starts.</source>
        <translation>Insatsen ”%1” slutar innan den börjar.</translation>
    </message>
    <message>
        <source>Intervention &quot;%1&quot; (%2 – %3) lies outside its phase &quot;%4&quot;.</source>
        <translation>Insatsen ”%1” (%2 – %3) ligger utanför sin fas ”%4”.</translation>
    </message>
    <message>
        <source>Activity &quot;%1&quot; ends before it starts.</source>
        <translation>Aktiviteten ”%1” slutar innan den börjar.</translation>
    </message>
    <message>
        <source>Activity &quot;%1&quot; (%2 – %3) lies outside the programme horizon.</source>
        <translation>Aktiviteten ”%1” (%2 – %3) ligger utanför programmets tidshorisont.</translation>
    </message>
    <message>
        <source>Activity &quot;%1&quot; (%2 – %3) lies outside its phase &quot;%4&quot;.</source>
        <translation>Aktiviteten ”%1” (%2 – %3) ligger utanför sin fas ”%4”.</translation>
    </message>
    <message>
        <source>Milestone &quot;%1&quot; (%2) comes after its intervention &quot;%3&quot; ends (%4).</source>
        <translation>Milstolpen ”%1” (%2) infaller efter att dess insats ”%3” slutar (%4).</translation>
    </message>
    <message>
        <source>No phase covers %1 – %2 at the start of the programme.</source>
        <translation>Ingen fas täcker %1 – %2 i början av programmet.</translation>
    </message>
    <message>
        <source>Phases &quot;%1&quot; and &quot;%2&quot; overlap (%3 – %4).</source>
        <translation>Faserna ”%1” och ”%2” överlappar varandra (%3 – %4).</translation>
    </message>
    <message>
        <source>No phase covers %1 – %2, between &quot;%3&quot; and &quot;%4&quot;.</source>
        <translation>Ingen fas täcker %1 – %2, mellan ”%3” och ”%4”.</translation>
    </message>
    <message>
        <source>No phase covers %1 – %2 at the end of the programme.</source>
        <translation>Ingen fas täcker %1 – %2 i slutet av programmet.</translation>
    </message>
    <message>
        <source>Intervention &quot;%1&quot; has no accountable organisation.</source>
        <translation>Insatsen ”%1” saknar ytterst ansvarig organisation.</translation>
    </message>
    <message>
        <source>Intervention &quot;%1&quot; has %2 accountable organisations; it must have exactly one.</source>
        <translation>Insatsen ”%1” har %2 ytterst ansvariga organisationer; den måste ha exakt en.</translation>
    </message>
    <message>
        <source>An allocation of %1 from &quot;%2&quot; is for %3, outside the source&apos;s valid period %4 – %5.</source>
        <translation>En fördelning på %1 från ”%2” avser %3, utanför finansieringskällans giltighetsperiod %4 – %5.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is allocated %2, over its ceiling of %3 by %4.</source>
        <translation>Från ”%1” är %2 fördelat, vilket överskrider taket på %3 med %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n ledger transaction(s), %1 in all, carry codes that match nothing in the plan.</source>
        <translation>
            <numerusform>%n transaktion i huvudboken, sammanlagt %1, har koder som inte motsvarar något i planen.</numerusform>
            <numerusform>%n transaktioner i huvudboken, sammanlagt %1, har koder som inte motsvarar något i planen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>horisont::PlanDocument</name>
    <message>
        <source>%1 is open in another Horisont (process %2 on %3). You can read the plan here but not change it until it is closed there.</source>
        <translation>%1 är öppen i en annan instans av Horisont (process %2 på %3). Du kan läsa planen här men inte ändra den förrän den har stängts där.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>den här datorn</translation>
    </message>
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
        <source>%1 holds an edit that was interrupted (its journal file is still there). Open it for editing in Horisont to complete the recovery.</source>
        <translation>%1 innehåller en ändring som avbröts (dess journalfil finns kvar). Öppna den för redigering i Horisont för att slutföra återställningen.</translation>
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
        <source>Check a plan: the file&apos;s integrity, then the plan&apos;s content. One line per finding; exit 0 when clean, 1 with findings, 2 when the file cannot be opened.</source>
        <translation>Kontrollera en plan: först filens integritet, sedan planens innehåll. En rad per anmärkning; slutkod 0 utan anmärkningar, 1 vid anmärkningar, 2 när filen inte kan öppnas.</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s full integrity_check instead of the quick check.</source>
        <translation>Kör SQLites fullständiga integrity_check i stället för snabbkontrollen.</translation>
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
        <source>Summarise a plan without changing it.</source>
        <translation>Sammanfatta en plan utan att ändra den.</translation>
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
        <source>Horizon</source>
        <translation>Tidshorisont</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%n year(s))</source>
        <translation>
            <numerusform>%1 – %2 (%n år)</numerusform>
            <numerusform>%1 – %2 (%n år)</numerusform>
        </translation>
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
        <source>%1 (%2 milestones)</source>
        <translation>%1 (%2 milstolpar)</translation>
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
        <source>Grant ceilings</source>
        <translation>Bidragstak</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Fördelat</translation>
    </message>
    <message>
        <source>%1 (decided %2)</source>
        <translation>%1 (beslutat %2)</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Förbrukat</translation>
    </message>
    <message>
        <source>%1 (%2 transactions)</source>
        <translation>%1 (%2 transaktioner)</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Kvar</translation>
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
</context>
<context>
    <name>horisont::demo</name>
    <message>
        <source>Create the Umeå demo plan</source>
        <translation>Skapa demoplanen för Umeå</translation>
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
</context>
</TS>
