-- A plan written by Horisont's file format 1 (the Umeå demo as created by
-- 'horisont new --demo umea' before format 2). The migration tests build a
-- file from it with the sqlite3 shell and open it with today's code.
PRAGMA application_id = 1215460206;
PRAGMA user_version = 1;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE programme (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    commissioning_body TEXT NOT NULL DEFAULT '',
    decision_reference TEXT NOT NULL DEFAULT '',
    decision_date TEXT,
    vision TEXT NOT NULL DEFAULT '',
    process_leader TEXT NOT NULL DEFAULT '',
    start TEXT,
    horizon_end TEXT,
    currency TEXT NOT NULL DEFAULT '',
    fiscal_year_start_month INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL DEFAULT ''
);
INSERT INTO programme VALUES(1,'Umeå växer – tryggt och säkert','Kommunstyrelsen','KS-2018/00012','2018-01-16','Umeå ska växa hållbart utan några utsatta områden','Umeåbrå','2018-01-01','2033-01-01','SEK',1,'Demoplan byggd på Umeå kommuns uppdrag Umeå växer – tryggt och säkert. Från offentliga källor (Brås intervju med processledaren, umea.se, Brås erfarenhetsbank, Umeå universitet): kommunstyrelsens uppdrag att i nära samarbete med polisen förebygga tendenser till social oro och motverka att Umeå får ett utsatt område, med Umeåbrå som processledare; den ändrade organisationsstrukturen 2019 för bättre styrning, genomförande och uppföljning; kommunfullmäktiges mål och utvecklingsanslaget på 6 miljoner kronor; att uppdraget först gavs för tre år och nu planeras för 10–15 år; inriktningsperioden 2024–2026; Brås ekonomiska stöd till utvärderingen (högst 250 000 kr, utvärderare UCER vid Umeå universitet); fokusområdena Ersboda, Mariehem, Ålidhem och delar av Tomtebo samt exemplen på insatser. Allt annat är illustrativt: övriga belopp och fördelningar, datum för aktiviteter, diarienummer, indikatorvärden, kontering och samtliga transaktioner är påhittade för demonstrationen och beskriver inte Umeå kommuns verkliga ekonomi eller resultat. Inget område i Umeå är klassat som utsatt område.');
CREATE TABLE decision (
    id INTEGER PRIMARY KEY,
    body TEXT NOT NULL DEFAULT '',
    date TEXT,
    reference TEXT NOT NULL DEFAULT '',
    "text" TEXT NOT NULL DEFAULT ''
);
INSERT INTO decision VALUES(1,'Kommunstyrelsen','2018-01-16','KS-2018/00012','Uppdraget Umeå växer – tryggt och säkert: att arbeta övergripande, i nära samarbete med polisen, för att förebygga tendenser till social oro och motverka att Umeå får ett utsatt område. Umeåbrå är processledare. Uppdraget ges för tre år.');
INSERT INTO decision VALUES(2,'Kommunstyrelsen','2019-06-11','KS-2019/00418','Ny organisationsstruktur för uppdraget (styrgrupp, samordningsgrupp och områdesgrupper) för att förbättra styrning, genomförande och uppföljning.');
INSERT INTO decision VALUES(3,'Kommunfullmäktige','2020-06-15','KF-2020/00231','Målet ”Umeå ska växa hållbart utan några utsatta områden” och ett utvecklingsanslag på 6 000 000 kr för att stötta arbetet.');
INSERT INTO decision VALUES(4,'Kommunstyrelsen','2021-11-16','KS-2021/00876','Uppdraget förlängs och planeras för 10–15 år (till och med 2032) i stället för tre år.');
INSERT INTO decision VALUES(5,'Kommunstyrelsen','2023-12-12','KS-2023/01102','Inriktning för perioden 2024–2026: fokus på narkotikahandel och segregation, uthålliga insatser och fungerande samverkansstrukturer.');
CREATE TABLE period (
    id INTEGER PRIMARY KEY,
    kind INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL DEFAULT '',
    start TEXT,
    "end" TEXT,
    decision_id INTEGER REFERENCES decision(id)
);
INSERT INTO period VALUES(1,0,'Mandatperiod 2015–2018','2015-01-01','2019-01-01',NULL);
INSERT INTO period VALUES(2,0,'Mandatperiod 2019–2022','2019-01-01','2023-01-01',NULL);
INSERT INTO period VALUES(3,0,'Mandatperiod 2023–2026','2023-01-01','2027-01-01',NULL);
INSERT INTO period VALUES(4,0,'Mandatperiod 2027–2030','2027-01-01','2031-01-01',NULL);
INSERT INTO period VALUES(5,0,'Mandatperiod 2031–2034','2031-01-01','2035-01-01',NULL);
INSERT INTO period VALUES(6,1,'Inriktningsperiod 2024–2026','2024-01-01','2027-01-01',5);
CREATE TABLE organisation (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    short_name TEXT NOT NULL DEFAULT '',
    kind INTEGER NOT NULL DEFAULT 0,
    code TEXT NOT NULL DEFAULT '',
    parent_id INTEGER REFERENCES organisation(id)
);
INSERT INTO organisation VALUES(1,'Kommunledningskontoret – Umeåbrå','Umeåbrå',0,'1100',NULL);
INSERT INTO organisation VALUES(2,'Individ- och familjeomsorgen','IFO',0,'2100',NULL);
INSERT INTO organisation VALUES(3,'Fritid','Fritid',0,'3100',NULL);
INSERT INTO organisation VALUES(4,'För- och grundskola','FGS',0,'4100',NULL);
INSERT INTO organisation VALUES(5,'Gymnasie- och vuxenutbildning','GVU',0,'4200',NULL);
INSERT INTO organisation VALUES(6,'Samhällsbyggnad','Samhällsbyggnad',0,'5100',NULL);
INSERT INTO organisation VALUES(7,'AB Bostaden','Bostaden',1,'6100',NULL);
INSERT INTO organisation VALUES(8,'Polisen, lokalpolisområde Umeå','Polisen',2,'',NULL);
INSERT INTO organisation VALUES(9,'Region Västerbotten','Regionen',2,'',NULL);
INSERT INTO organisation VALUES(10,'Civilsamhället och lokala föreningar','Civilsamhället',2,'',NULL);
INSERT INTO organisation VALUES(11,'Umeå universitet (UCER)','UCER',2,'',NULL);
CREATE TABLE area (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    code TEXT NOT NULL DEFAULT ''
);
INSERT INTO area VALUES(1,'Ersboda','ERS');
INSERT INTO area VALUES(2,'Mariehem','MAR');
INSERT INTO area VALUES(3,'Ålidhem','ALI');
INSERT INTO area VALUES(4,'Tomtebo (del av)','TOM');
CREATE TABLE area_classification (
    id INTEGER PRIMARY KEY,
    area_id INTEGER REFERENCES area(id),
    from_date TEXT,
    classification INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL DEFAULT ''
);
INSERT INTO area_classification VALUES(1,1,'2018-01-01',0,'Polisens lägesbild (illustrativ)');
INSERT INTO area_classification VALUES(2,2,'2018-01-01',0,'Polisens lägesbild (illustrativ)');
INSERT INTO area_classification VALUES(3,3,'2018-01-01',0,'Polisens lägesbild (illustrativ)');
INSERT INTO area_classification VALUES(4,4,'2018-01-01',0,'Polisens lägesbild (illustrativ)');
INSERT INTO area_classification VALUES(5,1,'2021-01-01',0,'Polisens lägesbild 2021 (illustrativ): tendenser till social oro, inget klassat område');
CREATE TABLE phase (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    start TEXT,
    "end" TEXT,
    objectives TEXT NOT NULL DEFAULT '',
    decision_id INTEGER REFERENCES decision(id),
    "position" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO phase VALUES(1,'Uppstart','2018-01-01','2021-01-01','Bygga organisation och samverkan med polisen, ta fram en gemensam lägesbild och utvärdera arbetet.',1,0);
INSERT INTO phase VALUES(2,'Etablering','2021-01-01','2024-01-01','Etablera insatser i fokusområdena med stöd av utvecklingsanslaget, med fokus på narkotikahandel och segregation.',3,1);
INSERT INTO phase VALUES(3,'Inriktningsperiod','2024-01-01','2027-01-01','Göra verksamma insatser uthålliga, stärka samverkansstrukturerna och föra över insatser till ordinarie verksamhet.',5,2);
INSERT INTO phase VALUES(4,'Långsiktig drift','2027-01-01','2033-01-01','Långsiktigt arbete inom ordinarie budget så att inget område i Umeå blir utsatt.',4,3);
CREATE TABLE problem (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    situation_picture TEXT NOT NULL DEFAULT '',
    trend TEXT NOT NULL DEFAULT '',
    priority INTEGER NOT NULL DEFAULT 0
);
INSERT INTO problem VALUES(1,'Öppen narkotikahandel','Öppen försäljning av narkotika i och kring centrumbildningar i fokusområdena.','Polis och fastighetsägare rapporterar återkommande försäljningsplatser i Ersboda; boende upplever handeln som normaliserad.','Ökade 2019–2021, därefter oförändrad',1);
INSERT INTO problem VALUES(2,'Otrygghet i utemiljöer','Många boende undviker att gå ute kvällstid i sitt bostadsområde.','Trygghetsmätningen visar högre otrygghet i Ersboda än i kommunen i övrigt; Ålidhem har förbättrats sedan 2020.','Ersboda försämrades 2020, Ålidhem förbättrades',2);
INSERT INTO problem VALUES(3,'Ungdomar i riskmiljöer','Barn och unga i fokusområdena riskerar att dras in i kriminella miljöer.','Socialtjänst och skola ser ökad oro för unga i Ersboda; skolfrånvaron är hög på Ersängsskolan.','Ökande',1);
CREATE TABLE cause (
    id INTEGER PRIMARY KEY,
    problem_id INTEGER REFERENCES problem(id),
    parent_cause_id INTEGER REFERENCES cause(id),
    name TEXT NOT NULL DEFAULT '',
    perspective INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL DEFAULT ''
);
INSERT INTO cause VALUES(1,1,NULL,'Etablerade försäljningsplatser',2,'Skymda platser nära centrum och busshållplatser där handel kan ske ostört.');
INSERT INTO cause VALUES(2,1,NULL,'Unga rekryteras som langare',1,'Äldre ungdomar och vuxna rekryterar yngre till försäljning och transporter.');
INSERT INTO cause VALUES(3,1,NULL,'Boende utsätts för hot och tystnadskultur',0,'Boende och butiksanställda avstår från att anmäla av rädsla för repressalier.');
INSERT INTO cause VALUES(4,2,NULL,'Dålig belysning och skymda stråk',2,'Mörka gång- och cykelstråk och igenvuxna grönytor mellan centrum och bostäderna.');
INSERT INTO cause VALUES(5,2,NULL,'Låg tillit och anmälningsbenägenhet',0,'Boende tror inte att anmälningar leder till något och saknar kontakt med polis och kommun.');
INSERT INTO cause VALUES(6,2,NULL,'Ordningsstörningar från grupper av unga',1,'Grupper av unga samlas vid centrum kvällstid utan vuxennärvaro.');
INSERT INTO cause VALUES(7,3,NULL,'Brist på meningsfull fritid',1,'Få avgiftsfria fritidsaktiviteter och mötesplatser för unga i området.');
INSERT INTO cause VALUES(8,3,NULL,'Svagt föräldrastöd',1,'Föräldrar saknar stöd och nätverk, särskilt nyanlända föräldrar.');
INSERT INTO cause VALUES(9,3,8,'Hög skolfrånvaro på Ersängsskolan',2,'Elever med hög frånvaro vistas i miljöer där de riskerar att rekryteras.');
INSERT INTO cause VALUES(10,3,NULL,'Unga utsätts för rån och hot',0,'Unga rånas och hotas av andra unga, vilket skapar rädsla och hämndspiraler.');
CREATE TABLE goal (
    id INTEGER PRIMARY KEY,
    parent_goal_id INTEGER REFERENCES goal(id),
    problem_id INTEGER REFERENCES problem(id),
    name TEXT NOT NULL DEFAULT '',
    kind INTEGER NOT NULL DEFAULT 0,
    specific TEXT NOT NULL DEFAULT '',
    measurable TEXT NOT NULL DEFAULT '',
    accepted TEXT NOT NULL DEFAULT '',
    realistic TEXT NOT NULL DEFAULT '',
    target_date TEXT
);
INSERT INTO goal VALUES(1,NULL,NULL,'Umeå ska växa hållbart utan några utsatta områden',0,'Inget område i Umeå ska bli ett utsatt område.','Antal områden i Umeå som polisen klassar som utsatta, riskområden eller särskilt utsatta: 0.','Kommunfullmäktiges mål.','Umeå är den största staden utan utsatt område; kräver uthålligt arbete under hela uppdraget.','2032-12-31');
INSERT INTO goal VALUES(2,1,1,'Minskad öppen narkotikahandel i fokusområdena',0,'Färre platser med öppen narkotikahandel i Ersboda, Mariehem och Ålidhem.','Anmälda narkotikabrott per 100 000 invånare under 550 år 2026.','Gemensamt mål för kommunen och polisen i samverkansöverenskommelsen.','Rimligt med EST och fler områdespoliser; statistiken påverkas av polisens prioriteringar.','2026-12-31');
INSERT INTO goal VALUES(3,1,2,'Ökad trygghet i utemiljöerna',0,'Fler boende i fokusområdena ska känna sig trygga ute kvällstid.','Andelen som känner sig otrygga i sitt bostadsområde högst 18 % år 2026 (2019: 23 %).','Förankrat i områdesgrupperna och hos AB Bostaden.','Ålidhem har visat att förbättring är möjlig.','2026-12-31');
INSERT INTO goal VALUES(4,1,3,'Färre unga i riskmiljöer',0,'Färre barn och unga i fokusområdena dras in i kriminalitet.','Antal unga 12–17 år i fokusområdena som blir aktuella hos socialtjänsten för kriminalitet minskar med en tredjedel till 2030.','Prioriterat av socialnämnden och för- och grundskolenämnden.','Förutsätter att insatserna blir långsiktiga.','2030-12-31');
INSERT INTO goal VALUES(5,1,NULL,'Fungerande samverkan och gemensam lägesbild',1,'Kommunen, polisen och fastighetsägarna har en gemensam lägesbild varje vecka.','Minst 45 EST-möten per år och en gemensam analys varje kvartal.','Beslutat i styrgruppen.','Mötesformen finns sedan 2019.','2024-12-31');
INSERT INTO goal VALUES(6,4,3,'Fritid och föräldrastöd når målgruppen',2,'Lovaktiviteter, Ungdomens Hus och föräldrastöd når barn, unga och föräldrar i fokusområdena.','Minst 1 000 unika deltagare per år i lov- och fritidsaktiviteter och 150 föräldrar i ABC år 2026.','Fritid och IFO har tagit fram målen.','Deltagandet har ökat varje år sedan 2021.','2026-12-31');
INSERT INTO goal VALUES(7,1,NULL,'Systematisk uppföljning och utvärdering',1,'Uppdraget följs upp och utvärderas så att styrning och insatser kan förbättras.','En extern utvärdering med slutrapport senast december 2020.','Finansieras med Brås ekonomiska stöd.','UCER vid Umeå universitet utvärderar.','2020-12-31');
CREATE TABLE intervention (
    id INTEGER PRIMARY KEY,
    phase_id INTEGER REFERENCES phase(id),
    name TEXT NOT NULL DEFAULT '',
    code TEXT NOT NULL DEFAULT '',
    kind INTEGER NOT NULL DEFAULT 0,
    horizon INTEGER NOT NULL DEFAULT 0,
    start TEXT,
    "end" TEXT,
    status INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO intervention VALUES(1,1,'Utvärdering (UCER)','7180',0,0,'2019-03-01','2021-01-01',2,'Följeutvärdering av uppdraget av Umeå centrum för evaluering (UCER) vid Umeå universitet, med ekonomiskt stöd från Brå.',0);
INSERT INTO intervention VALUES(2,1,'Fritidsbanken Ålidhem','7130',0,1,'2019-09-01','2021-01-01',2,'Fritidsbank för gratis lån av sport- och fritidsutrustning i Ålidhem, drivs tillsammans med en lokal förening.',1);
INSERT INTO intervention VALUES(3,2,'Ungdomens Hus Ersboda','7120',0,1,'2021-01-01','2024-01-01',2,'Mötesplats för unga i Ersboda kvällar och helger med fritidsledare och föreningar.',0);
INSERT INTO intervention VALUES(4,2,'Utemiljö Ersboda','7140',1,1,'2021-09-01','2023-11-01',2,'Upprustad utemiljö i centrala Ersboda: belysning, siktröjning och trygga gångstråk, tillsammans med AB Bostaden.',1);
INSERT INTO intervention VALUES(5,2,'Lovaktiviteter','7150',0,0,'2021-06-01','2024-01-01',2,'Avgiftsfria aktiviteter under sommar- och höstlov för barn och unga i fokusområdena.',2);
INSERT INTO intervention VALUES(6,2,'Operativt team Ersängsskolan','7160',0,0,'2021-08-16','2023-06-16',2,'Operativt team av skola och socialtjänst på Ersängsskolan för elever med hög frånvaro och oro för kriminalitet.',3);
INSERT INTO intervention VALUES(7,3,'Processledning och samordning','7100',0,1,'2024-01-01','2027-01-01',1,'Umeåbrå leder uppdraget och samordnar förvaltningarnas insatser mot områden med tendenser till social oro.',0);
INSERT INTO intervention VALUES(8,3,'EST – Effektiv samordning för trygghet','7110',1,0,'2024-01-01','2027-01-01',1,'Gemensam lägesbild varje vecka och analys varje kvartal med polisen och fastighetsägarna; insatser riktas till platser som lägesbilden pekar ut.',1);
INSERT INTO intervention VALUES(9,3,'Föräldrastöd','7170',0,1,'2024-03-01','2026-12-19',1,'Föräldraskapsstöd (ABC) och föräldravandringar i fokusområdena, tillsammans med Region Västerbotten och föreningar.',2);
CREATE TABLE activity (
    id INTEGER PRIMARY KEY,
    intervention_id INTEGER REFERENCES intervention(id),
    name TEXT NOT NULL DEFAULT '',
    start TEXT,
    "end" TEXT,
    milestone INTEGER NOT NULL DEFAULT 0,
    status INTEGER NOT NULL DEFAULT 0,
    "position" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO activity VALUES(1,1,'Datainsamling och intervjuer','2019-03-01','2020-06-01',0,2,0);
INSERT INTO activity VALUES(2,1,'Delrapport med återkoppling','2019-05-29','2019-05-29',1,2,1);
INSERT INTO activity VALUES(3,1,'Analys och slutrapport','2020-06-01','2021-01-01',0,2,2);
INSERT INTO activity VALUES(4,1,'Slutrapport överlämnas','2020-12-15','2020-12-15',1,2,3);
INSERT INTO activity VALUES(5,2,'Lokal och avtal med förening','2019-09-01','2019-12-01',0,2,0);
INSERT INTO activity VALUES(6,2,'Fritidsbanken Ålidhem öppnar','2020-01-20','2020-01-20',1,2,1);
INSERT INTO activity VALUES(7,2,'Utlåning och uppsökande arbete','2020-01-20','2021-01-01',0,2,2);
INSERT INTO activity VALUES(8,3,'Anpassning av lokal','2021-01-01','2021-06-01',0,2,0);
INSERT INTO activity VALUES(9,3,'Ungdomens Hus Ersboda öppnar','2021-08-23','2021-08-23',1,2,1);
INSERT INTO activity VALUES(10,3,'Öppen verksamhet kvällar och helger','2021-08-23','2024-01-01',0,2,2);
INSERT INTO activity VALUES(11,3,'Överföring till ordinarie fritidsverksamhet','2023-12-15','2023-12-15',1,2,3);
INSERT INTO activity VALUES(12,4,'Trygghetsvandringar med boende','2021-09-01','2021-11-01',0,2,0);
INSERT INTO activity VALUES(13,4,'Projektering','2021-11-01','2022-04-01',0,2,1);
INSERT INTO activity VALUES(14,4,'Belysning och röjning av stråk','2022-04-01','2023-10-01',0,2,2);
INSERT INTO activity VALUES(15,4,'Utemiljön invigs','2023-10-14','2023-10-14',1,2,3);
INSERT INTO activity VALUES(16,5,'Sommarlovsaktiviteter 2021','2021-06-14','2021-08-16',0,2,0);
INSERT INTO activity VALUES(17,5,'Sommarlovsaktiviteter 2022','2022-06-13','2022-08-15',0,2,1);
INSERT INTO activity VALUES(18,5,'Sommarlovsaktiviteter 2023','2023-06-12','2023-08-14',0,2,2);
INSERT INTO activity VALUES(19,5,'Uppföljning av lovaktiviteterna','2023-11-15','2023-11-15',1,2,3);
INSERT INTO activity VALUES(20,6,'Operativt team startar','2021-08-16','2021-08-16',1,2,0);
INSERT INTO activity VALUES(21,6,'Närvarofrämjande arbete och hembesök','2021-08-16','2023-06-16',0,2,1);
INSERT INTO activity VALUES(22,6,'Slutrapport','2023-06-15','2023-06-15',1,2,2);
INSERT INTO activity VALUES(23,7,'Samordning av förvaltningarnas insatser','2024-01-01','2027-01-01',0,1,0);
INSERT INTO activity VALUES(24,7,'Lägesbild och tertialuppföljning','2024-01-01','2027-01-01',0,1,1);
INSERT INTO activity VALUES(25,7,'Inriktningsperioden utvärderas','2026-09-30','2026-09-30',1,2,2);
INSERT INTO activity VALUES(26,7,'Beslut om inriktning 2027–2030','2026-12-15','2026-12-15',1,0,3);
INSERT INTO activity VALUES(27,8,'Veckovis lägesbild med polis och fastighetsägare','2024-01-08','2026-12-21',0,1,0);
INSERT INTO activity VALUES(28,8,'Kvartalsvis gemensam analys','2024-03-01','2026-12-01',0,1,1);
INSERT INTO activity VALUES(29,8,'Fastighetsägare i Mariehem ansluter','2024-09-02','2024-09-02',1,2,2);
INSERT INTO activity VALUES(30,9,'ABC-grupper i Ersboda och Mariehem','2024-03-01','2026-06-01',0,2,0);
INSERT INTO activity VALUES(31,9,'Föräldravandringar','2024-09-01','2026-12-19',0,1,1);
INSERT INTO activity VALUES(32,9,'Utvärdering av föräldrastödet','2026-12-10','2026-12-10',1,0,2);
CREATE TABLE intervention_area (
    id INTEGER PRIMARY KEY,
    intervention_id INTEGER REFERENCES intervention(id),
    area_id INTEGER REFERENCES area(id)
);
INSERT INTO intervention_area VALUES(1,1,1);
INSERT INTO intervention_area VALUES(2,1,2);
INSERT INTO intervention_area VALUES(3,1,3);
INSERT INTO intervention_area VALUES(4,1,4);
INSERT INTO intervention_area VALUES(5,2,3);
INSERT INTO intervention_area VALUES(6,3,1);
INSERT INTO intervention_area VALUES(7,4,1);
INSERT INTO intervention_area VALUES(8,5,1);
INSERT INTO intervention_area VALUES(9,5,2);
INSERT INTO intervention_area VALUES(10,5,3);
INSERT INTO intervention_area VALUES(11,5,4);
INSERT INTO intervention_area VALUES(12,6,1);
INSERT INTO intervention_area VALUES(13,7,1);
INSERT INTO intervention_area VALUES(14,7,2);
INSERT INTO intervention_area VALUES(15,7,3);
INSERT INTO intervention_area VALUES(16,7,4);
INSERT INTO intervention_area VALUES(17,8,1);
INSERT INTO intervention_area VALUES(18,8,2);
INSERT INTO intervention_area VALUES(19,8,3);
INSERT INTO intervention_area VALUES(20,9,1);
INSERT INTO intervention_area VALUES(21,9,2);
INSERT INTO intervention_area VALUES(22,9,3);
CREATE TABLE intervention_cause (
    id INTEGER PRIMARY KEY,
    intervention_id INTEGER REFERENCES intervention(id),
    cause_id INTEGER REFERENCES cause(id),
    rationale TEXT NOT NULL DEFAULT ''
);
INSERT INTO intervention_cause VALUES(1,7,1,'Samordnar förvaltningarnas och polisens insatser mot platserna.');
INSERT INTO intervention_cause VALUES(2,7,5,'Synlig samverkan ska öka boendes tillit.');
INSERT INTO intervention_cause VALUES(3,8,1,'Veckans lägesbild pekar ut platserna där insatser behövs.');
INSERT INTO intervention_cause VALUES(4,8,6,'Snabba åtgärder när grupper samlas och stör.');
INSERT INTO intervention_cause VALUES(5,3,7,'Ger unga en meningsfull mötesplats kvällstid.');
INSERT INTO intervention_cause VALUES(6,2,7,'Gratis utrustning sänker tröskeln till fritidsaktiviteter.');
INSERT INTO intervention_cause VALUES(7,4,4,'Belysning och röjning tar bort skymda platser.');
INSERT INTO intervention_cause VALUES(8,5,7,'Aktiviteter när skolan är stängd.');
INSERT INTO intervention_cause VALUES(9,5,10,'Vuxennärvaro under loven minskar risken för rån och hot.');
INSERT INTO intervention_cause VALUES(10,6,9,'Arbetar direkt med elevernas frånvaro.');
INSERT INTO intervention_cause VALUES(11,6,2,'Fångar upp elever som riskerar att rekryteras.');
INSERT INTO intervention_cause VALUES(12,9,8,'Stärker föräldrarna i sitt föräldraskap.');
INSERT INTO intervention_cause VALUES(13,1,1,'Prövar om insatserna verkar på orsakerna bakom handeln.');
CREATE TABLE intervention_goal (
    id INTEGER PRIMARY KEY,
    intervention_id INTEGER REFERENCES intervention(id),
    goal_id INTEGER REFERENCES goal(id),
    rationale TEXT NOT NULL DEFAULT ''
);
INSERT INTO intervention_goal VALUES(1,7,1,'Processledningen håller ihop arbetet mot fullmäktiges mål.');
INSERT INTO intervention_goal VALUES(2,7,5,'Leder samverkansstrukturen.');
INSERT INTO intervention_goal VALUES(3,8,5,'EST är den gemensamma lägesbilden.');
INSERT INTO intervention_goal VALUES(4,8,2,'Riktade insatser mot försäljningsplatser.');
INSERT INTO intervention_goal VALUES(5,3,4,'Alternativ till riskmiljöerna.');
INSERT INTO intervention_goal VALUES(6,3,6,'Räknas i antalet deltagare.');
INSERT INTO intervention_goal VALUES(7,2,6,'Utlåningen når barn som annars inte deltar.');
INSERT INTO intervention_goal VALUES(8,4,3,'Tryggare utemiljö i Ersboda centrum.');
INSERT INTO intervention_goal VALUES(9,5,6,'Räknas i antalet deltagare.');
INSERT INTO intervention_goal VALUES(10,6,4,'Minskar tiden unga vistas i riskmiljöer.');
INSERT INTO intervention_goal VALUES(11,9,6,'Räknas i antalet föräldrar i ABC.');
INSERT INTO intervention_goal VALUES(12,9,4,'Föräldrar som skyddsfaktor.');
INSERT INTO intervention_goal VALUES(13,1,7,'Utvärderingen är uppföljningen.');
CREATE TABLE responsibility (
    id INTEGER PRIMARY KEY,
    intervention_id INTEGER REFERENCES intervention(id),
    activity_id INTEGER REFERENCES activity(id),
    organisation_id INTEGER REFERENCES organisation(id),
    role INTEGER NOT NULL DEFAULT 0
);
INSERT INTO responsibility VALUES(1,7,NULL,1,1);
INSERT INTO responsibility VALUES(2,7,NULL,1,0);
INSERT INTO responsibility VALUES(3,7,NULL,8,2);
INSERT INTO responsibility VALUES(4,7,NULL,7,2);
INSERT INTO responsibility VALUES(5,7,NULL,9,3);
INSERT INTO responsibility VALUES(6,7,NULL,10,3);
INSERT INTO responsibility VALUES(7,8,NULL,1,1);
INSERT INTO responsibility VALUES(8,8,NULL,1,0);
INSERT INTO responsibility VALUES(9,8,NULL,8,0);
INSERT INTO responsibility VALUES(10,8,NULL,7,0);
INSERT INTO responsibility VALUES(11,8,NULL,6,3);
INSERT INTO responsibility VALUES(12,3,NULL,3,1);
INSERT INTO responsibility VALUES(13,3,NULL,3,0);
INSERT INTO responsibility VALUES(14,3,NULL,10,2);
INSERT INTO responsibility VALUES(15,3,NULL,2,2);
INSERT INTO responsibility VALUES(16,3,NULL,8,3);
INSERT INTO responsibility VALUES(17,2,NULL,3,1);
INSERT INTO responsibility VALUES(18,2,NULL,10,0);
INSERT INTO responsibility VALUES(19,2,NULL,7,2);
INSERT INTO responsibility VALUES(20,2,NULL,1,3);
INSERT INTO responsibility VALUES(21,4,NULL,6,1);
INSERT INTO responsibility VALUES(22,4,NULL,6,0);
INSERT INTO responsibility VALUES(23,4,NULL,7,0);
INSERT INTO responsibility VALUES(24,4,NULL,8,2);
INSERT INTO responsibility VALUES(25,4,NULL,10,2);
INSERT INTO responsibility VALUES(26,4,NULL,1,3);
INSERT INTO responsibility VALUES(27,5,NULL,3,1);
INSERT INTO responsibility VALUES(28,5,NULL,3,0);
INSERT INTO responsibility VALUES(29,5,NULL,10,0);
INSERT INTO responsibility VALUES(30,5,NULL,4,2);
INSERT INTO responsibility VALUES(31,5,NULL,8,3);
INSERT INTO responsibility VALUES(32,6,NULL,4,1);
INSERT INTO responsibility VALUES(33,6,NULL,4,0);
INSERT INTO responsibility VALUES(34,6,NULL,2,0);
INSERT INTO responsibility VALUES(35,6,NULL,8,2);
INSERT INTO responsibility VALUES(36,6,NULL,9,2);
INSERT INTO responsibility VALUES(37,6,NULL,1,3);
INSERT INTO responsibility VALUES(38,9,NULL,2,1);
INSERT INTO responsibility VALUES(39,9,NULL,2,0);
INSERT INTO responsibility VALUES(40,9,NULL,9,0);
INSERT INTO responsibility VALUES(41,9,NULL,4,2);
INSERT INTO responsibility VALUES(42,9,NULL,10,3);
INSERT INTO responsibility VALUES(43,1,NULL,1,1);
INSERT INTO responsibility VALUES(44,1,NULL,11,0);
INSERT INTO responsibility VALUES(45,1,NULL,8,2);
INSERT INTO responsibility VALUES(46,1,NULL,9,3);
CREATE TABLE funding_source (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    code TEXT NOT NULL DEFAULT '',
    ceiling INTEGER,
    valid_from TEXT,
    valid_until TEXT,
    grantor TEXT NOT NULL DEFAULT '',
    decision_id INTEGER REFERENCES decision(id),
    earmark TEXT NOT NULL DEFAULT ''
);
INSERT INTO funding_source VALUES(1,'Utvecklingsanslag','UTV',600000000,'2020-01-01','2026-01-01','Kommunfullmäktige',3,'Utveckling av arbetet för att Umeå ska växa hållbart utan utsatta områden');
INSERT INTO funding_source VALUES(2,'Brås ekonomiska stöd (utvärdering)','BRA',25000000,'2019-01-01','2024-01-01','Brå',NULL,'Utvärdering av uppdraget (UCER)');
INSERT INTO funding_source VALUES(3,'Förvaltningarnas ordinarie budget','ORD',NULL,'2018-01-01','2033-01-01','Kommunfullmäktige (nämndernas budgetramar)',NULL,'');
CREATE TABLE allocation (
    id INTEGER PRIMARY KEY,
    source_id INTEGER REFERENCES funding_source(id),
    intervention_id INTEGER REFERENCES intervention(id),
    activity_id INTEGER REFERENCES activity(id),
    organisation_id INTEGER REFERENCES organisation(id),
    year INTEGER NOT NULL DEFAULT 0,
    amount INTEGER NOT NULL DEFAULT 0,
    status INTEGER NOT NULL DEFAULT 0,
    decision_id INTEGER REFERENCES decision(id),
    note TEXT NOT NULL DEFAULT ''
);
INSERT INTO allocation VALUES(1,1,2,NULL,3,2020,25000000,1,3,'');
INSERT INTO allocation VALUES(2,1,3,NULL,3,2021,40000000,1,3,'');
INSERT INTO allocation VALUES(3,1,3,NULL,3,2022,40000000,1,3,'');
INSERT INTO allocation VALUES(4,1,3,NULL,3,2023,40000000,1,3,'');
INSERT INTO allocation VALUES(5,1,4,NULL,6,2021,15000000,1,3,'');
INSERT INTO allocation VALUES(6,1,4,NULL,6,2022,60000000,1,3,'');
INSERT INTO allocation VALUES(7,1,4,NULL,7,2022,15000000,1,3,'');
INSERT INTO allocation VALUES(8,1,4,NULL,6,2023,35000000,1,3,'');
INSERT INTO allocation VALUES(9,1,5,NULL,3,2021,15000000,1,3,'');
INSERT INTO allocation VALUES(10,1,5,NULL,3,2022,15000000,1,3,'');
INSERT INTO allocation VALUES(11,1,5,NULL,3,2023,15000000,1,3,'');
INSERT INTO allocation VALUES(12,1,6,NULL,4,2021,20000000,1,3,'');
INSERT INTO allocation VALUES(13,1,6,NULL,4,2022,30000000,1,3,'');
INSERT INTO allocation VALUES(14,1,6,NULL,4,2023,15000000,1,3,'');
INSERT INTO allocation VALUES(15,1,7,NULL,1,2024,45000000,1,5,'');
INSERT INTO allocation VALUES(16,1,7,NULL,1,2025,45000000,1,5,'');
INSERT INTO allocation VALUES(17,1,8,NULL,1,2024,20000000,1,5,'');
INSERT INTO allocation VALUES(18,1,8,NULL,1,2025,20000000,1,5,'');
INSERT INTO allocation VALUES(19,1,9,NULL,2,2024,30000000,1,5,'');
INSERT INTO allocation VALUES(20,1,9,NULL,2,2025,30000000,1,5,'');
INSERT INTO allocation VALUES(21,2,1,NULL,1,2019,10000000,1,2,'');
INSERT INTO allocation VALUES(22,2,1,NULL,1,2020,15000000,1,2,'');
INSERT INTO allocation VALUES(23,3,1,NULL,1,2019,5000000,1,2,'');
INSERT INTO allocation VALUES(24,3,1,NULL,1,2020,5000000,1,2,'');
INSERT INTO allocation VALUES(25,3,2,NULL,3,2019,15000000,1,2,'');
INSERT INTO allocation VALUES(26,3,2,NULL,3,2020,15000000,1,2,'');
INSERT INTO allocation VALUES(27,3,3,NULL,3,2021,120000000,1,4,'');
INSERT INTO allocation VALUES(28,3,3,NULL,3,2022,120000000,1,4,'');
INSERT INTO allocation VALUES(29,3,3,NULL,3,2023,120000000,1,4,'');
INSERT INTO allocation VALUES(30,3,4,NULL,6,2022,30000000,1,4,'');
INSERT INTO allocation VALUES(31,3,4,NULL,6,2023,30000000,1,4,'');
INSERT INTO allocation VALUES(32,3,4,NULL,7,2022,40000000,1,4,'');
INSERT INTO allocation VALUES(33,3,5,NULL,3,2021,50000000,1,4,'');
INSERT INTO allocation VALUES(34,3,5,NULL,3,2022,50000000,1,4,'');
INSERT INTO allocation VALUES(35,3,5,NULL,3,2023,50000000,1,4,'');
INSERT INTO allocation VALUES(36,3,5,NULL,4,2021,10000000,1,4,'');
INSERT INTO allocation VALUES(37,3,5,NULL,4,2022,10000000,1,4,'');
INSERT INTO allocation VALUES(38,3,5,NULL,4,2023,10000000,1,4,'');
INSERT INTO allocation VALUES(39,3,6,NULL,4,2021,80000000,1,4,'');
INSERT INTO allocation VALUES(40,3,6,NULL,4,2022,80000000,1,4,'');
INSERT INTO allocation VALUES(41,3,6,NULL,4,2023,80000000,1,4,'');
INSERT INTO allocation VALUES(42,3,6,NULL,2,2021,40000000,1,4,'');
INSERT INTO allocation VALUES(43,3,6,NULL,2,2022,40000000,1,4,'');
INSERT INTO allocation VALUES(44,3,6,NULL,2,2023,40000000,1,4,'');
INSERT INTO allocation VALUES(45,3,7,NULL,1,2024,90000000,1,5,'');
INSERT INTO allocation VALUES(46,3,7,NULL,1,2025,90000000,1,5,'');
INSERT INTO allocation VALUES(47,3,7,NULL,1,2026,90000000,0,NULL,'Preliminär fördelning inom nämndens budgetram');
INSERT INTO allocation VALUES(48,3,8,NULL,1,2024,30000000,1,5,'');
INSERT INTO allocation VALUES(49,3,8,NULL,1,2025,30000000,1,5,'');
INSERT INTO allocation VALUES(50,3,8,NULL,1,2026,30000000,0,NULL,'Preliminär fördelning inom nämndens budgetram');
INSERT INTO allocation VALUES(51,3,8,NULL,7,2024,25000000,1,5,'');
INSERT INTO allocation VALUES(52,3,8,NULL,7,2025,25000000,1,5,'');
INSERT INTO allocation VALUES(53,3,8,NULL,7,2026,25000000,0,NULL,'Preliminär fördelning inom nämndens budgetram');
INSERT INTO allocation VALUES(54,3,9,NULL,2,2024,60000000,1,5,'');
INSERT INTO allocation VALUES(55,3,9,NULL,2,2025,60000000,1,5,'');
INSERT INTO allocation VALUES(56,3,9,NULL,2,2026,60000000,0,NULL,'Preliminär fördelning inom nämndens budgetram');
INSERT INTO allocation VALUES(57,3,9,NULL,4,2024,15000000,1,5,'');
INSERT INTO allocation VALUES(58,3,9,NULL,4,2025,15000000,1,5,'');
INSERT INTO allocation VALUES(59,3,9,NULL,4,2026,15000000,0,NULL,'Preliminär fördelning inom nämndens budgetram');
CREATE TABLE indicator (
    id INTEGER PRIMARY KEY,
    goal_id INTEGER REFERENCES goal(id),
    name TEXT NOT NULL DEFAULT '',
    definition TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    direction INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL DEFAULT '',
    source_key TEXT NOT NULL DEFAULT '',
    by_area INTEGER NOT NULL DEFAULT 0,
    by_sex INTEGER NOT NULL DEFAULT 0,
    baseline REAL,
    baseline_year INTEGER NOT NULL DEFAULT 0
);
INSERT INTO indicator VALUES(1,1,'Antal områden i Umeå som polisen klassar som utsatta','Områden i Umeå på polisens lista över utsatta områden, riskområden och särskilt utsatta områden.','antal',2,'Polisen','Lista över utsatta områden',0,0,0.0,2019);
INSERT INTO indicator VALUES(2,3,'Andel som känner sig otrygga i sitt bostadsområde','Andel svarande som känner sig ganska eller mycket otrygga ute sent en kväll i sitt bostadsområde.','%',1,'Polisens trygghetsmätning','Otrygghet ute sent en kväll i bostadsområdet',1,0,23.0,2019);
INSERT INTO indicator VALUES(3,2,'Anmälda narkotikabrott per 100 000 inv.','Anmälda narkotikabrott i Umeå kommun per 100 000 invånare. Ett spaningsbrott: nivån speglar också polisens prioriteringar.','per 100 000 inv.',1,'BRÅ','Anmälda brott, narkotikabrott, Umeå kommun',0,0,610.0,2019);
INSERT INTO indicator VALUES(4,6,'Unika deltagare i lov- och fritidsaktiviteter i fokusområdena','Antal unika barn och unga som deltagit minst en gång under året.','antal',0,'Egen uppföljning (Fritid)','',0,1,420.0,2019);
INSERT INTO indicator VALUES(5,4,'Unga 12–17 år i fokusområdena aktuella hos socialtjänsten för kriminalitet','Antal unika unga 12–17 år folkbokförda i fokusområdena som under året blivit aktuella hos socialtjänsten på grund av brott eller annat normbrytande beteende.','antal',1,'Egen uppföljning (IFO)','',1,1,96.0,2021);
INSERT INTO indicator VALUES(6,5,'Genomförda EST-möten per år','Veckomöten med gemensam lägesbild där kommunen, polisen och fastighetsägarna deltar.','antal',0,'Egen uppföljning (Umeåbrå)','',0,0,38.0,2019);
INSERT INTO indicator VALUES(7,7,'Tertialuppföljningar lämnade till styrgruppen','Antal tertialuppföljningar av insatserna som lämnats till styrgruppen under året.','antal',0,'Egen uppföljning (Umeåbrå)','',0,0,1.0,2019);
CREATE TABLE measurement (
    id INTEGER PRIMARY KEY,
    indicator_id INTEGER REFERENCES indicator(id),
    kind INTEGER NOT NULL DEFAULT 0,
    year INTEGER NOT NULL DEFAULT 0,
    tertial INTEGER NOT NULL DEFAULT 0,
    area_id INTEGER REFERENCES area(id),
    sex INTEGER NOT NULL DEFAULT 0,
    value REAL NOT NULL DEFAULT 0
);
INSERT INTO measurement VALUES(1,1,0,2019,0,NULL,0,0.0);
INSERT INTO measurement VALUES(2,1,0,2020,0,NULL,0,0.0);
INSERT INTO measurement VALUES(3,1,0,2021,0,NULL,0,0.0);
INSERT INTO measurement VALUES(4,1,0,2022,0,NULL,0,0.0);
INSERT INTO measurement VALUES(5,1,0,2023,0,NULL,0,0.0);
INSERT INTO measurement VALUES(6,1,0,2024,0,NULL,0,0.0);
INSERT INTO measurement VALUES(7,1,0,2025,0,NULL,0,0.0);
INSERT INTO measurement VALUES(8,1,1,2026,0,NULL,0,0.0);
INSERT INTO measurement VALUES(9,1,1,2032,0,NULL,0,0.0);
INSERT INTO measurement VALUES(10,2,0,2019,0,NULL,0,23.0);
INSERT INTO measurement VALUES(11,2,0,2020,0,NULL,0,24.5);
INSERT INTO measurement VALUES(12,2,0,2021,0,NULL,0,25.80000000000000071);
INSERT INTO measurement VALUES(13,2,0,2022,0,NULL,0,24.899999999999998579);
INSERT INTO measurement VALUES(14,2,0,2023,0,NULL,0,23.699999999999999289);
INSERT INTO measurement VALUES(15,2,0,2024,0,NULL,0,22.60000000000000142);
INSERT INTO measurement VALUES(16,2,0,2025,0,NULL,0,21.899999999999998578);
INSERT INTO measurement VALUES(17,2,0,2019,0,1,0,31.0);
INSERT INTO measurement VALUES(18,2,0,2020,0,1,0,34.200000000000002841);
INSERT INTO measurement VALUES(19,2,0,2021,0,1,0,36.100000000000001421);
INSERT INTO measurement VALUES(20,2,0,2022,0,1,0,35.0);
INSERT INTO measurement VALUES(21,2,0,2023,0,1,0,33.200000000000002842);
INSERT INTO measurement VALUES(22,2,0,2024,0,1,0,31.399999999999998578);
INSERT INTO measurement VALUES(23,2,0,2025,0,1,0,30.10000000000000142);
INSERT INTO measurement VALUES(24,2,0,2019,0,3,0,27.0);
INSERT INTO measurement VALUES(25,2,0,2020,0,3,0,24.100000000000001421);
INSERT INTO measurement VALUES(26,2,0,2021,0,3,0,22.300000000000000711);
INSERT INTO measurement VALUES(27,2,0,2022,0,3,0,21.0);
INSERT INTO measurement VALUES(28,2,0,2023,0,3,0,20.199999999999999288);
INSERT INTO measurement VALUES(29,2,0,2024,0,3,0,19.5);
INSERT INTO measurement VALUES(30,2,0,2025,0,3,0,19.0);
INSERT INTO measurement VALUES(31,2,1,2022,0,NULL,0,22.0);
INSERT INTO measurement VALUES(32,2,1,2024,0,NULL,0,20.0);
INSERT INTO measurement VALUES(33,2,1,2026,0,NULL,0,18.0);
INSERT INTO measurement VALUES(34,2,1,2030,0,NULL,0,15.0);
INSERT INTO measurement VALUES(35,3,0,2019,0,NULL,0,610.0);
INSERT INTO measurement VALUES(36,3,0,2020,0,NULL,0,655.0);
INSERT INTO measurement VALUES(37,3,0,2021,0,NULL,0,690.0);
INSERT INTO measurement VALUES(38,3,0,2022,0,NULL,0,640.0);
INSERT INTO measurement VALUES(39,3,0,2023,0,NULL,0,615.0);
INSERT INTO measurement VALUES(40,3,0,2024,0,NULL,0,590.0);
INSERT INTO measurement VALUES(41,3,0,2025,0,NULL,0,575.0);
INSERT INTO measurement VALUES(42,3,1,2024,0,NULL,0,600.0);
INSERT INTO measurement VALUES(43,3,1,2026,0,NULL,0,550.0);
INSERT INTO measurement VALUES(44,3,1,2030,0,NULL,0,500.0);
INSERT INTO measurement VALUES(45,4,0,2019,0,NULL,0,420.0);
INSERT INTO measurement VALUES(46,4,0,2020,0,NULL,0,380.0);
INSERT INTO measurement VALUES(47,4,0,2021,0,NULL,0,610.0);
INSERT INTO measurement VALUES(48,4,0,2022,0,NULL,0,780.0);
INSERT INTO measurement VALUES(49,4,0,2023,0,NULL,0,850.0);
INSERT INTO measurement VALUES(50,4,0,2024,0,NULL,0,870.0);
INSERT INTO measurement VALUES(51,4,0,2025,0,NULL,0,910.0);
INSERT INTO measurement VALUES(52,4,0,2023,0,NULL,1,390.0);
INSERT INTO measurement VALUES(53,4,0,2024,0,NULL,1,410.0);
INSERT INTO measurement VALUES(54,4,0,2025,0,NULL,1,440.0);
INSERT INTO measurement VALUES(55,4,0,2023,0,NULL,2,460.0);
INSERT INTO measurement VALUES(56,4,0,2024,0,NULL,2,460.0);
INSERT INTO measurement VALUES(57,4,0,2025,0,NULL,2,470.0);
INSERT INTO measurement VALUES(58,4,1,2022,0,NULL,0,700.0);
INSERT INTO measurement VALUES(59,4,1,2024,0,NULL,0,900.0);
INSERT INTO measurement VALUES(60,4,1,2026,0,NULL,0,1000.0);
INSERT INTO measurement VALUES(61,5,0,2021,0,NULL,0,96.0);
INSERT INTO measurement VALUES(62,5,0,2022,0,NULL,0,104.0);
INSERT INTO measurement VALUES(63,5,0,2023,0,NULL,0,99.0);
INSERT INTO measurement VALUES(64,5,0,2024,0,NULL,0,91.0);
INSERT INTO measurement VALUES(65,5,0,2025,0,NULL,0,84.0);
INSERT INTO measurement VALUES(66,5,1,2024,0,NULL,0,85.0);
INSERT INTO measurement VALUES(67,5,1,2026,0,NULL,0,76.0);
INSERT INTO measurement VALUES(68,5,1,2030,0,NULL,0,64.0);
INSERT INTO measurement VALUES(69,6,0,2019,0,NULL,0,38.0);
INSERT INTO measurement VALUES(70,6,0,2020,0,NULL,0,31.0);
INSERT INTO measurement VALUES(71,6,0,2021,0,NULL,0,40.0);
INSERT INTO measurement VALUES(72,6,0,2022,0,NULL,0,43.0);
INSERT INTO measurement VALUES(73,6,0,2023,0,NULL,0,44.0);
INSERT INTO measurement VALUES(74,6,0,2024,0,NULL,0,46.0);
INSERT INTO measurement VALUES(75,6,0,2025,0,NULL,0,47.0);
INSERT INTO measurement VALUES(76,6,1,2022,0,NULL,0,45.0);
INSERT INTO measurement VALUES(77,6,1,2024,0,NULL,0,45.0);
INSERT INTO measurement VALUES(78,6,1,2026,0,NULL,0,45.0);
INSERT INTO measurement VALUES(79,7,0,2019,0,NULL,0,1.0);
INSERT INTO measurement VALUES(80,7,0,2020,0,NULL,0,2.0);
INSERT INTO measurement VALUES(81,7,0,2021,0,NULL,0,3.0);
INSERT INTO measurement VALUES(82,7,0,2022,0,NULL,0,3.0);
INSERT INTO measurement VALUES(83,7,0,2023,0,NULL,0,3.0);
INSERT INTO measurement VALUES(84,7,0,2024,0,NULL,0,3.0);
INSERT INTO measurement VALUES(85,7,0,2025,0,NULL,0,3.0);
INSERT INTO measurement VALUES(86,7,1,2020,0,NULL,0,2.0);
INSERT INTO measurement VALUES(87,7,1,2022,0,NULL,0,3.0);
INSERT INTO measurement VALUES(88,7,1,2026,0,NULL,0,3.0);
CREATE TABLE follow_up (
    id INTEGER PRIMARY KEY,
    intervention_id INTEGER REFERENCES intervention(id),
    period_start TEXT,
    period_end TEXT,
    kind INTEGER NOT NULL DEFAULT 0,
    findings TEXT NOT NULL DEFAULT '',
    deviations TEXT NOT NULL DEFAULT '',
    hours INTEGER NOT NULL DEFAULT 0,
    cost INTEGER NOT NULL DEFAULT 0
);
INSERT INTO follow_up VALUES(1,1,'2019-03-01','2021-01-01',1,'Organisationsstrukturen är delvis ändamålsenlig men styrning, genomförande och uppföljning behöver utvecklas. De flesta insatser är relevanta men otillräckliga för att nå målen.','Delrapporten ledde redan 2019 till en ny organisationsstruktur.',420,26200000);
INSERT INTO follow_up VALUES(2,2,'2019-09-01','2021-01-01',0,'Fritidsbanken öppnade i januari 2020; 1 150 utlån under 2020.','Begränsade öppettider mars–juni 2020 (pandemin).',950,46800000);
INSERT INTO follow_up VALUES(3,4,'2021-09-01','2023-11-01',0,'Ny belysning längs 2,4 km gång- och cykelstråk, röjda grönytor och två nya mötesplatser.','Invigningen flyttades från juni till oktober 2023 på grund av sena leveranser.',1300,215000000);
INSERT INTO follow_up VALUES(4,5,'2021-06-01','2024-01-01',0,'Tre somrar med avgiftsfria lovaktiviteter; 610 unika deltagare 2021, 780 år 2022 och 850 år 2023, varav hälften från Ersboda.','Höstlovsaktiviteterna 2022 kortades till tre dagar på grund av personalbrist.',2400,118000000);
INSERT INTO follow_up VALUES(5,6,'2021-08-16','2023-06-16',2,'Närvaron ökade för 38 av 52 elever i målgruppen.','Teamet var underbemannat hösten 2022.',5200,345000000);
INSERT INTO follow_up VALUES(6,3,'2023-01-01','2024-01-01',1,'Ungdomens Hus hade öppet fyra kvällar i veckan och lördagar; verksamheten förs över till ordinarie fritidsverksamhet från 2024.','',3100,154000000);
INSERT INTO follow_up VALUES(7,8,'2025-01-01','2026-01-01',1,'47 veckomöten med gemensam lägesbild och fyra kvartalsanalyser; fastighetsägarna i Mariehem deltar sedan 2024.','Två veckomöten ställdes in under semesterperioden.',610,69000000);
INSERT INTO follow_up VALUES(8,7,'2026-01-01','2026-05-01',1,'Tertial 1 2026: samordningen fungerar; överföringen av insatser till ordinarie budget följer planen.','Utvecklingsanslaget är förbrukat; processledningen finansieras helt av ordinarie budget.',560,30000000);
CREATE TABLE recommendation (
    id INTEGER PRIMARY KEY,
    "text" TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    owner_organisation_id INTEGER REFERENCES organisation(id),
    due_date TEXT,
    status INTEGER NOT NULL DEFAULT 0
);
INSERT INTO recommendation VALUES(1,'Utveckla organisationsstrukturen för bättre styrning, genomförande och uppföljning.','Utvärderingen av Umeå växer – tryggt och säkert (UCER, Umeå universitet)',1,'2021-06-30',2);
INSERT INTO recommendation VALUES(2,'Gör uppdraget långsiktigt i stället för treårigt.','Utvärderingen av Umeå växer – tryggt och säkert (UCER, Umeå universitet)',1,'2021-12-31',2);
INSERT INTO recommendation VALUES(3,'Säkra uthålliga insatser från polisen, kommunen och övriga aktörer och fungerande samverkansstrukturer.','Utvärderingen av Umeå växer – tryggt och säkert (UCER, Umeå universitet)',1,'2026-12-31',1);
CREATE TABLE risk (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    likelihood INTEGER NOT NULL DEFAULT 0,
    impact INTEGER NOT NULL DEFAULT 0,
    mitigation TEXT NOT NULL DEFAULT '',
    owner_organisation_id INTEGER REFERENCES organisation(id),
    review_date TEXT,
    status INTEGER NOT NULL DEFAULT 0
);
INSERT INTO risk VALUES(1,'Insatser upphör när utvecklingsanslaget är förbrukat',4,4,'För över verksamma insatser till nämndernas ordinarie budget under inriktningsperioden.',1,'2026-12-15',1);
INSERT INTO risk VALUES(2,'Rekryteringen av unga till kriminella nätverk ökar i Ersboda',3,5,'Operativa team, föräldrastöd och samordnad lägesbild med polisen.',2,'2027-03-31',0);
INSERT INTO risk VALUES(3,'Samverkan försvagas när nyckelpersoner slutar',3,3,'Samverkansöverenskommelse med polisen och dokumenterade rutiner för EST.',1,'2027-01-31',0);
INSERT INTO risk VALUES(4,'Uppföljningen saknar data på områdesnivå',3,2,'Beställ trygghetsmätningen per område och följ upp deltagare i egna system.',1,'2026-12-31',0);
CREATE TABLE import_batch (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_name TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL DEFAULT '',
    rows_read INTEGER NOT NULL DEFAULT 0,
    rows_imported INTEGER NOT NULL DEFAULT 0,
    total_ore INTEGER NOT NULL DEFAULT 0
);
INSERT INTO import_batch VALUES(1,'2026-11-25T19:18:52.384Z','root','demo',191,191,1248904810);
CREATE TABLE ledger_transaction (
    id INTEGER PRIMARY KEY,
    import_id INTEGER REFERENCES import_batch(id),
    voucher TEXT NOT NULL DEFAULT '',
    line TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL,
    amount INTEGER NOT NULL,
    account TEXT NOT NULL DEFAULT '',
    organisation_code TEXT NOT NULL DEFAULT '',
    intervention_code TEXT NOT NULL DEFAULT '',
    source_code TEXT NOT NULL DEFAULT '',
    "text" TEXT NOT NULL DEFAULT '',
    organisation_id INTEGER REFERENCES organisation(id),
    intervention_id INTEGER REFERENCES intervention(id),
    source_id INTEGER REFERENCES funding_source(id),
    identity TEXT NOT NULL UNIQUE
);
INSERT INTO ledger_transaction VALUES(1,1,'20001','1','2020-01-05',2220540,'6420','1100','7180','ORD','Konsult UCER utvärdering',1,1,3,'V:20001/1');
INSERT INTO ledger_transaction VALUES(2,1,'20002','1','2020-01-15',3872600,'6110','3100','7130','ORD','Fritidsbanken lokal',3,2,3,'V:20002/1');
INSERT INTO ledger_transaction VALUES(3,1,'20003','1','2020-01-25',5220989,'7010','1100','7180','BRA','Resor utvärdering',1,1,2,'V:20003/1');
INSERT INTO ledger_transaction VALUES(4,1,'20003','2','2020-01-25',2930616,'5410','3100','7130','ORD','Fritidsbanken; inköp',3,2,3,'V:20003/2');
INSERT INTO ledger_transaction VALUES(5,1,'20004','1','2020-03-05',6131567,'5090','3100','7130','UTV','Föreningsbidrag Fritidsbanken',3,2,1,'V:20004/1');
INSERT INTO ledger_transaction VALUES(6,1,'20005','1','2020-04-28',7664459,'5410','3100','7130','UTV','Fritidsbanken; inköp',3,2,1,'V:20005/1');
INSERT INTO ledger_transaction VALUES(7,1,'20006','1','2020-06-15',1684547,'6420','1100','7180','ORD','Konsult UCER utvärdering',1,1,3,'V:20006/1');
INSERT INTO ledger_transaction VALUES(8,1,'20007','1','2020-07-05',8254032,'6110','3100','7130','UTV','Fritidsbanken lokal',3,2,1,'V:20007/1');
INSERT INTO ledger_transaction VALUES(9,1,'20008','1','2020-09-05',7221876,'5410','3100','7130','ORD','Fritidsbanken; inköp',3,2,3,'V:20008/1');
INSERT INTO ledger_transaction VALUES(10,1,'20009','1','2020-12-15',3711306,'7010','1100','7180','BRA','Resor utvärdering',1,1,2,'V:20009/1');
INSERT INTO ledger_transaction VALUES(11,1,'20009','2','2020-12-15',4717762,'7010','1100','7180','BRA','Resor utvärdering',1,1,2,'V:20009/2');
INSERT INTO ledger_transaction VALUES(12,1,'21001','1','2021-01-15',6293341,'4010','3100','7120','UTV','Inköp aktiviteter Ungdomens Hus',3,3,1,'V:21001/1');
INSERT INTO ledger_transaction VALUES(13,1,'21002','1','2021-01-25',5076969,'5090','3100','7120','ORD','Fritidsledare kvällar',3,3,3,'V:21002/1');
INSERT INTO ledger_transaction VALUES(14,1,'21003','1','2021-02-15',9965902,'5090','3100','7120','ORD','Fritidsledare kvällar',3,3,3,'V:21003/1');
INSERT INTO ledger_transaction VALUES(15,1,'21004','1','2021-02-28',8640010,'5090','3100','7120','UTV','Fritidsledare kvällar',3,3,1,'V:21004/1');
INSERT INTO ledger_transaction VALUES(16,1,'21005','1','2021-03-28',7573342,'5090','3100','7120','UTV','Fritidsledare kvällar',3,3,1,'V:21005/1');
INSERT INTO ledger_transaction VALUES(17,1,'21005','2','2021-03-28',16359122,'6110','3100','7120','ORD','Ungdomens Hus hyra',3,3,3,'V:21005/2');
INSERT INTO ledger_transaction VALUES(18,1,'21006','1','2021-05-25',9493344,'5090','3100','7120','UTV','Fritidsledare kvällar',3,3,1,'V:21006/1');
INSERT INTO ledger_transaction VALUES(19,1,'21007','1','2021-07-15',4700897,'4010','3100','7120','ORD','Inköp aktiviteter Ungdomens Hus',3,3,3,'V:21007/1');
INSERT INTO ledger_transaction VALUES(20,1,'21008','1','2021-07-28',5835739,'4010','3100','7150','UTV','Lovaktivitet Ersboda, material',3,5,1,'V:21008/1');
INSERT INTO ledger_transaction VALUES(21,1,'21008','2','2021-07-28',14854835,'6110','3100','7120','ORD','Ungdomens Hus hyra',3,3,3,'V:21008/2');
INSERT INTO ledger_transaction VALUES(22,1,'21009','1','2021-08-05',4136789,'4010','3100','7120','ORD','Inköp aktiviteter Ungdomens Hus',3,3,3,'V:21009/1');
INSERT INTO ledger_transaction VALUES(23,1,'21010','1','2021-08-15',10469121,'7010','3100','7150','ORD','Bussresa lovaktivitet',3,5,3,'V:21010/1');
INSERT INTO ledger_transaction VALUES(24,1,'21011','1','2021-08-25',6277378,'5090','4100','7160','ORD','Operativt team, personal',4,6,3,'V:21011/1');
INSERT INTO ledger_transaction VALUES(25,1,'21012','1','2021-08-25',9770297,'7010','2100','7160','ORD','Hembesök och resor',2,6,3,'V:21012/1');
INSERT INTO ledger_transaction VALUES(26,1,'21013','1','2021-08-28',3668178,'7010','3100','7150','UTV','Bussresa lovaktivitet',3,5,1,'V:21013/1');
INSERT INTO ledger_transaction VALUES(27,1,'21014','1','2021-08-28',7435743,'4010','4100','7160','UTV','Material närvaroarbete',4,6,1,'V:21014/1');
INSERT INTO ledger_transaction VALUES(28,1,'21014','2','2021-08-28',10518850,'7010','4100','7160','ORD','Hembesök och resor',4,6,3,'V:21014/2');
INSERT INTO ledger_transaction VALUES(29,1,'21014','3','2021-08-28',11876120,'7010','4100','7160','ORD','Hembesök och resor',4,6,3,'V:21014/3');
INSERT INTO ledger_transaction VALUES(30,1,'21015','1','2021-09-15',10688508,'4010','4100','7160','ORD','Material närvaroarbete',4,6,3,'V:21015/1');
INSERT INTO ledger_transaction VALUES(31,1,'21016','1','2021-09-25',11846261,'6110','3100','7120','ORD','Ungdomens Hus hyra',3,3,3,'V:21016/1');
INSERT INTO ledger_transaction VALUES(32,1,'21017','1','2021-10-05',5938060,'4010','4100','7160','ORD','Material närvaroarbete',4,6,3,'V:21017/1');
INSERT INTO ledger_transaction VALUES(33,1,'21018','1','2021-10-15',9472062,'4010','3100','7150','ORD','Lovaktivitet Ersboda, material',3,5,3,'V:21018/1');
INSERT INTO ledger_transaction VALUES(34,1,'21018','2','2021-10-15',9638238,'7010','3100','7150','ORD','Bussresa lovaktivitet',3,5,3,'V:21018/2');
INSERT INTO ledger_transaction VALUES(35,1,'21019','1','2021-10-25',3387273,'6420','5100','7140','UTV','Projektering utemiljö Ersboda',6,4,1,'V:21019/1');
INSERT INTO ledger_transaction VALUES(36,1,'21020','1','2021-10-28',10179532,'4010','4100','7160','ORD','Material närvaroarbete',4,6,3,'V:21020/1');
INSERT INTO ledger_transaction VALUES(37,1,'21021','1','2021-11-15',2751134,'4010','3100','7150','UTV','Lovaktivitet Ersboda, material',3,5,1,'V:21021/1');
INSERT INTO ledger_transaction VALUES(38,1,'21021','2','2021-11-15',3862723,'5090','4100','7160','UTV','Operativt team, personal',4,6,1,'V:21021/2');
INSERT INTO ledger_transaction VALUES(39,1,'21022','1','2021-11-15',17299302,'4010','3100','7120','ORD','Inköp aktiviteter Ungdomens Hus',3,3,3,'V:21022/1');
INSERT INTO ledger_transaction VALUES(40,1,'21023','1','2021-11-25',5021541,'7010','4100','7160','UTV','Hembesök och resor',4,6,1,'V:21023/1');
INSERT INTO ledger_transaction VALUES(41,1,'21023','2','2021-11-25',6148531,'4010','3100','7150','ORD','Lovaktivitet Ersboda, material',3,5,3,'V:21023/2');
INSERT INTO ledger_transaction VALUES(42,1,'21024','1','2021-11-25',5275960,'7010','2100','7160','ORD','Hembesök och resor',2,6,3,'V:21024/1');
INSERT INTO ledger_transaction VALUES(43,1,'21025','1','2021-11-28',4937381,'6420','5100','7140','UTV','Utemiljö – belysning',6,4,1,'V:21025/1');
INSERT INTO ledger_transaction VALUES(44,1,'21026','1','2021-11-28',9472061,'5090','3100','7150','ORD','Lovaktivitet Ålidhem',3,5,3,'V:21026/1');
INSERT INTO ledger_transaction VALUES(45,1,'21027','1','2021-11-28',5471366,'5090','2100','7160','ORD','Operativt team, personal',2,6,3,'V:21027/1');
INSERT INTO ledger_transaction VALUES(46,1,'21028','1','2021-12-05',9161579,'5090','4100','7160','ORD','Operativt team, personal',4,6,3,'V:21028/1');
INSERT INTO ledger_transaction VALUES(47,1,'21029','1','2021-12-15',8402456,'5090','2100','7160','ORD','Operativt team, personal',2,6,3,'V:21029/1');
INSERT INTO ledger_transaction VALUES(48,1,'21030','1','2021-12-25',2985393,'6420','5100','7140','UTV','Utemiljö – belysning',6,4,1,'V:21030/1');
INSERT INTO ledger_transaction VALUES(49,1,'21031','1','2021-12-28',-1355816,'7010','4100','7160','UTV','Rättelse: Hembesök och resor',4,6,1,'V:21031/1');
INSERT INTO ledger_transaction VALUES(50,1,'21031','2','2021-12-28',5164075,'5090','4100','7150','ORD','Lovaktivitet Ålidhem',4,5,3,'V:21031/2');
INSERT INTO ledger_transaction VALUES(51,1,'21032','1','2021-12-28',2235991,'7010','4100','7150','ORD','Bussresa lovaktivitet',4,5,3,'V:21032/1');
INSERT INTO ledger_transaction VALUES(52,1,'22001','1','2022-01-15',8109030,'7010','4100','7160','ORD','Hembesök och resor',4,6,3,'V:22001/1');
INSERT INTO ledger_transaction VALUES(53,1,'22002','1','2022-01-25',8260957,'7010','2100','7160','ORD','Hembesök och resor',2,6,3,'V:22002/1');
INSERT INTO ledger_transaction VALUES(54,1,'22003','1','2022-01-28',8858005,'6420','5100','7140','UTV','Utemiljö – belysning',6,4,1,'V:22003/1');
INSERT INTO ledger_transaction VALUES(55,1,'22004','1','2022-01-28',3505257,'6420','5100','7140','ORD','Utemiljö – belysning',6,4,3,'V:22004/1');
INSERT INTO ledger_transaction VALUES(56,1,'22004','2','2022-01-28',4988250,'6420','5100','7140','ORD','Utemiljö – belysning',6,4,3,'V:22004/2');
INSERT INTO ledger_transaction VALUES(57,1,'22005','1','2022-01-28',4228339,'4010','4100','7150','ORD','Lovaktivitet Ersboda, material',4,5,3,'V:22005/1');
INSERT INTO ledger_transaction VALUES(58,1,'22006','1','2022-02-05',12401207,'6420','5100','7140','UTV','Projektering utemiljö Ersboda',6,4,1,'V:22006/1');
INSERT INTO ledger_transaction VALUES(59,1,'22006','2','2022-02-05',8916110,'7010','4100','7160','UTV','Hembesök och resor',4,6,1,'V:22006/2');
INSERT INTO ledger_transaction VALUES(60,1,'22006','3','2022-02-05',7227614,'4010','4100','7160','ORD','Material närvaroarbete',4,6,3,'V:22006/3');
INSERT INTO ledger_transaction VALUES(61,1,'22007','1','2022-02-25',4446318,'5090','3100','7120','ORD','Fritidsledare kvällar',3,3,3,'V:22007/1');
INSERT INTO ledger_transaction VALUES(62,1,'22008','1','2022-02-28',7845661,'4010','5100','7140','UTV','Utemiljö – planteringar',6,4,1,'V:22008/1');
INSERT INTO ledger_transaction VALUES(63,1,'22008','2','2022-02-28',7470015,'7010','2100','7160','ORD','Hembesök och resor',2,6,3,'V:22008/2');
INSERT INTO ledger_transaction VALUES(64,1,'22009','1','2022-03-05',16625364,'5090','3100','7120','ORD','Fritidsledare kvällar',3,3,3,'V:22009/1');
INSERT INTO ledger_transaction VALUES(65,1,'22009','2','2022-03-05',12105602,'5090','3100','7150','ORD','Lovaktivitet Ålidhem',3,5,3,'V:22009/2');
INSERT INTO ledger_transaction VALUES(66,1,'22010','1','2022-03-28',9237633,'4010','5100','7140','UTV','Utemiljö – planteringar',6,4,1,'V:22010/1');
INSERT INTO ledger_transaction VALUES(67,1,'22011','1','2022-03-28',-1945417,'6420','5100','7140','ORD','Rättelse: Utemiljö – belysning',6,4,3,'V:22011/1');
INSERT INTO ledger_transaction VALUES(68,1,'22012','1','2022-04-05',4974905,'5090','3100','7150','ORD','Lovaktivitet Ålidhem',3,5,3,'V:22012/1');
INSERT INTO ledger_transaction VALUES(69,1,'22013','1','2022-04-15',6959455,'4010','3100','7120','ORD','Inköp aktiviteter Ungdomens Hus',3,3,3,'V:22013/1');
INSERT INTO ledger_transaction VALUES(70,1,'22014','1','2022-04-15',10920223,'6420','5100','7140','ORD','Utemiljö – belysning',6,4,3,'V:22014/1');
INSERT INTO ledger_transaction VALUES(71,1,'22015','1','2022-04-28',7030602,'5090','2100','7160','ORD','Operativt team, personal',2,6,3,'V:22015/1');
INSERT INTO ledger_transaction VALUES(72,1,'22016','1','2022-05-05',5964178,'6420','6100','7140','UTV','Projektering utemiljö Ersboda',7,4,1,'V:22016/1');
INSERT INTO ledger_transaction VALUES(73,1,'22017','1','2022-05-15',16045409,'5090','3100','7120','ORD','Fritidsledare kvällar',3,3,3,'V:22017/1');
INSERT INTO ledger_transaction VALUES(74,1,'22018','1','2022-05-25',-1600674,'5090','3100','7120','ORD','Rättelse: Fritidsledare kvällar',3,3,3,'V:22018/1');
INSERT INTO ledger_transaction VALUES(75,1,'22019','1','2022-06-05',2616684,'5090','4100','7160','UTV','Operativt team, personal',4,6,1,'V:22019/1');
INSERT INTO ledger_transaction VALUES(76,1,'22019','2','2022-06-05',7193918,'4010','6100','7140','ORD','Utemiljö – planteringar',7,4,3,'V:22019/2');
INSERT INTO ledger_transaction VALUES(77,1,'22020','1','2022-06-15',10199072,'5090','3100','7120','UTV','Fritidsledare kvällar',3,3,1,'V:22020/1');
INSERT INTO ledger_transaction VALUES(78,1,'22020','2','2022-06-15',15078818,'6110','3100','7120','ORD','Ungdomens Hus hyra',3,3,3,'V:22020/2');
INSERT INTO ledger_transaction VALUES(79,1,'22020','3','2022-06-15',5140735,'5090','3100','7150','ORD','Lovaktivitet Ålidhem',3,5,3,'V:22020/3');
INSERT INTO ledger_transaction VALUES(80,1,'22021','1','2022-06-15',5472396,'7010','3100','7150','ORD','Bussresa lovaktivitet',3,5,3,'V:22021/1');
INSERT INTO ledger_transaction VALUES(81,1,'22022','1','2022-06-25',11170412,'4010','3100','7120','UTV','Inköp aktiviteter Ungdomens Hus',3,3,1,'V:22022/1');
INSERT INTO ledger_transaction VALUES(82,1,'22022','2','2022-06-25',10048147,'7010','4100','7160','ORD','Hembesök och resor',4,6,3,'V:22022/2');
INSERT INTO ledger_transaction VALUES(83,1,'22023','1','2022-07-05',-7481413,'5090','3100','7120','ORD','Rättelse: Fritidsledare kvällar',3,3,3,'V:22023/1');
INSERT INTO ledger_transaction VALUES(84,1,'22024','1','2022-07-25',13668443,'6420','6100','7140','ORD','Utemiljö – belysning',7,4,3,'V:22024/1');
INSERT INTO ledger_transaction VALUES(85,1,'22025','1','2022-07-28',4585131,'4010','3100','7150','UTV','Lovaktivitet Ersboda, material',3,5,1,'V:22025/1');
INSERT INTO ledger_transaction VALUES(86,1,'22026','1','2022-08-25',4297717,'6420','6100','7140','UTV','Utemiljö – belysning',7,4,1,'V:22026/1');
INSERT INTO ledger_transaction VALUES(87,1,'22027','1','2022-08-28',5585206,'6110','3100','7120','UTV','Ungdomens Hus hyra',3,3,1,'V:22027/1');
INSERT INTO ledger_transaction VALUES(88,1,'22028','1','2022-10-05',8478376,'4010','5100','7140','UTV','Utemiljö – planteringar',6,4,1,'V:22028/1');
INSERT INTO ledger_transaction VALUES(89,1,'22029','1','2022-10-25',2368129,'4010','6100','7140','UTV','Utemiljö – planteringar',7,4,1,'V:22029/1');
INSERT INTO ledger_transaction VALUES(90,1,'22030','1','2022-10-25',2696351,'6420','5100','7140','ORD','Utemiljö – belysning',6,4,3,'V:22030/1');
INSERT INTO ledger_transaction VALUES(91,1,'22031','1','2022-10-25',9639850,'6420','6100','7140','ORD','Projektering utemiljö Ersboda',7,4,3,'V:22031/1');
INSERT INTO ledger_transaction VALUES(92,1,'22032','1','2022-10-28',7559311,'7010','4100','7160','UTV','Hembesök och resor',4,6,1,'V:22032/1');
INSERT INTO ledger_transaction VALUES(93,1,'22032','2','2022-10-28',6346198,'7010','4100','7160','ORD','Hembesök och resor',4,6,3,'V:22032/2');
INSERT INTO ledger_transaction VALUES(94,1,'22033','1','2022-11-05',3885360,'5090','3100','7120','UTV','Fritidsledare kvällar',3,3,1,'V:22033/1');
INSERT INTO ledger_transaction VALUES(95,1,'22034','1','2022-11-05',4832955,'6110','3100','7120','ORD','Ungdomens Hus hyra',3,3,3,'V:22034/1');
INSERT INTO ledger_transaction VALUES(96,1,'22035','1','2022-11-15',13338955,'6110','3100','7120','ORD','Ungdomens Hus hyra',3,3,3,'V:22035/1');
INSERT INTO ledger_transaction VALUES(97,1,'22035','2','2022-11-15',15256375,'4010','3100','7150','ORD','Lovaktivitet Ersboda, material',3,5,3,'V:22035/2');
INSERT INTO ledger_transaction VALUES(98,1,'22036','1','2022-11-25',-1764994,'5090','3100','7120','ORD','Rättelse: Fritidsledare kvällar',3,3,3,'V:22036/1');
INSERT INTO ledger_transaction VALUES(99,1,'22036','2','2022-11-25',-981471,'6420','5100','7140','ORD','Rättelse: Utemiljö – belysning',6,4,3,'V:22036/2');
INSERT INTO ledger_transaction VALUES(100,1,'22037','1','2022-11-28',7719118,'4010','5100','7140','UTV','Utemiljö – planteringar',6,4,1,'V:22037/1');
INSERT INTO ledger_transaction VALUES(101,1,'22037','2','2022-11-28',4731713,'5090','4100','7150','ORD','Lovaktivitet Ålidhem',4,5,3,'V:22037/2');
INSERT INTO ledger_transaction VALUES(102,1,'22037','3','2022-11-28',7118485,'5090','2100','7160','ORD','Operativt team, personal',2,6,3,'V:22037/3');
INSERT INTO ledger_transaction VALUES(103,1,'22038','1','2022-12-05',2048676,'7010','3100','7150','UTV','Bussresa lovaktivitet',3,5,1,'V:22038/1');
INSERT INTO ledger_transaction VALUES(104,1,'22039','1','2022-12-05',10048147,'4010','4100','7160','ORD','Material närvaroarbete',4,6,3,'V:22039/1');
INSERT INTO ledger_transaction VALUES(105,1,'22039','2','2022-12-05',4583365,'7010','4100','7160','ORD','Hembesök och resor',4,6,3,'V:22039/2');
INSERT INTO ledger_transaction VALUES(106,1,'22040','1','2022-12-15',7152773,'6110','3100','7120','ORD','Ungdomens Hus hyra',3,3,3,'V:22040/1');
INSERT INTO ledger_transaction VALUES(107,1,'22040','2','2022-12-15',7337796,'4010','6100','7140','ORD','Utemiljö – planteringar',7,4,3,'V:22040/2');
INSERT INTO ledger_transaction VALUES(108,1,'22041','1','2022-12-25',6536251,'4010','3100','7150','UTV','Lovaktivitet Ersboda, material',3,5,1,'V:22041/1');
INSERT INTO ledger_transaction VALUES(109,1,'22042','1','2022-12-25',13397529,'5090','4100','7160','ORD','Operativt team, personal',4,6,3,'V:22042/1');
INSERT INTO ledger_transaction VALUES(110,1,'22043','1','2022-12-28',5717940,'5090','4100','7160','UTV','Operativt team, personal',4,6,1,'V:22043/1');
INSERT INTO ledger_transaction VALUES(111,1,'24001','1','2024-01-05',11123923,'4010','1100','7100','UTV','Samverkansmöte, material',1,7,1,'V:24001/1');
INSERT INTO ledger_transaction VALUES(112,1,'24002','1','2024-02-05',7158990,'5090','1100','7110','UTV','EST-samordnare',1,8,1,'V:24002/1');
INSERT INTO ledger_transaction VALUES(113,1,'24003','1','2024-03-05',5262931,'4010','1100','7100','UTV','Samverkansmöte, material',1,7,1,'V:24003/1');
INSERT INTO ledger_transaction VALUES(114,1,'24003','2','2024-03-05',13849067,'5090','1100','7100','ORD','Processledare Umeåbrå',1,7,3,'V:24003/2');
INSERT INTO ledger_transaction VALUES(115,1,'24003','3','2024-03-05',3848837,'5090','4100','7170','ORD','Föräldrastöd ABC',4,9,3,'V:24003/3');
INSERT INTO ledger_transaction VALUES(116,1,'24004','1','2024-03-25',5274337,'4010','2100','7170','UTV','Föräldravandring, material',2,9,1,'V:24004/1');
INSERT INTO ledger_transaction VALUES(117,1,'24005','1','2024-03-25',-4154720,'5090','1100','7100','ORD','Rättelse: Processledare Umeåbrå',1,7,3,'V:24005/1');
INSERT INTO ledger_transaction VALUES(118,1,'24006','1','2024-03-28',5816608,'4010','1100','7100','ORD','Samverkansmöte, material',1,7,3,'V:24006/1');
INSERT INTO ledger_transaction VALUES(119,1,'24007','1','2024-04-05',10179536,'5090','6100','7110','ORD','EST-samordnare',7,8,3,'V:24007/1');
INSERT INTO ledger_transaction VALUES(120,1,'24008','1','2024-04-25',4264435,'6420','1100','7110','ORD','Kartunderlag och analys',1,8,3,'V:24008/1');
INSERT INTO ledger_transaction VALUES(121,1,'24009','1','2024-04-28',8074118,'6110','2100','7170','ORD','Lokalhyra föräldraträffar',2,9,3,'V:24009/1');
INSERT INTO ledger_transaction VALUES(122,1,'24010','1','2024-05-05',6339440,'5090','1100','7100','UTV','Processledare Umeåbrå',1,7,1,'V:24010/1');
INSERT INTO ledger_transaction VALUES(123,1,'24011','1','2024-05-05',4680974,'5090','2100','7170','UTV','Föräldrastöd ABC',2,9,1,'V:24011/1');
INSERT INTO ledger_transaction VALUES(124,1,'24011','2','2024-05-05',11356235,'5090','1100','7100','ORD','Processledare Umeåbrå',1,7,3,'V:24011/2');
INSERT INTO ledger_transaction VALUES(125,1,'24012','1','2024-05-28',6924533,'5090','1100','7100','ORD','Processledare Umeåbrå',1,7,3,'V:24012/1');
INSERT INTO ledger_transaction VALUES(126,1,'24013','1','2024-06-15',6924533,'5090','1100','7100','ORD','Processledare Umeåbrå',1,7,3,'V:24013/1');
INSERT INTO ledger_transaction VALUES(127,1,'24014','1','2024-06-25',-3448416,'4010','1100','7100','UTV','Rättelse: Samverkansmöte, material',1,7,1,'V:24014/1');
INSERT INTO ledger_transaction VALUES(128,1,'24015','1','2024-06-25',6131417,'4010','2100','7170','UTV','Föräldravandring, material',2,9,1,'V:24015/1');
INSERT INTO ledger_transaction VALUES(129,1,'24015','2','2024-06-25',10661089,'4010','1100','7110','ORD','EST-möte "veckolägesbild"',1,8,3,'V:24015/2');
INSERT INTO ledger_transaction VALUES(130,1,'24016','1','2024-07-05',5539627,'5090','1100','7100','ORD','Processledare Umeåbrå',1,7,3,'V:24016/1');
INSERT INTO ledger_transaction VALUES(131,1,'24017','1','2024-07-25',11482760,'5090','1100','7100','UTV','Processledare Umeåbrå',1,7,1,'V:24017/1');
INSERT INTO ledger_transaction VALUES(132,1,'24018','1','2024-07-28',7415949,'4010','1100','7100','UTV','Samverkansmöte, material',1,7,1,'V:24018/1');
INSERT INTO ledger_transaction VALUES(133,1,'24018','2','2024-07-28',3443374,'6110','2100','7170','ORD','Lokalhyra föräldraträffar',2,9,3,'V:24018/2');
INSERT INTO ledger_transaction VALUES(134,1,'24019','1','2024-07-28',5300039,'4010','4100','7170','ORD','Föräldravandring, material',4,9,3,'V:24019/1');
INSERT INTO ledger_transaction VALUES(135,1,'24020','1','2024-08-15',5463808,'6420','1100','7110','ORD','Kartunderlag och analys',1,8,3,'V:24020/1');
INSERT INTO ledger_transaction VALUES(136,1,'24021','1','2024-08-25',11356235,'5090','1100','7100','ORD','Processledare Umeåbrå',1,7,3,'V:24021/1');
INSERT INTO ledger_transaction VALUES(137,1,'24022','1','2024-09-05',4930754,'5090','1100','7110','ORD','EST-samordnare',1,8,3,'V:24022/1');
INSERT INTO ledger_transaction VALUES(138,1,'24023','1','2024-09-15',7085939,'5090','1100','7110','UTV','EST-samordnare',1,8,1,'V:24023/1');
INSERT INTO ledger_transaction VALUES(139,1,'24023','2','2024-09-15',8905277,'5090','2100','7170','ORD','Föräldrastöd ABC',2,9,3,'V:24023/2');
INSERT INTO ledger_transaction VALUES(140,1,'24024','1','2024-09-25',2776211,'6110','4100','7170','ORD','Lokalhyra föräldraträffar',4,9,3,'V:24024/1');
INSERT INTO ledger_transaction VALUES(141,1,'24025','1','2024-10-05',7480433,'5090','2100','7170','ORD','Föräldrastöd ABC',2,9,3,'V:24025/1');
INSERT INTO ledger_transaction VALUES(142,1,'24025','2','2024-10-05',11754965,'5090','2100','7170','ORD','Föräldrastöd ABC',2,9,3,'V:24025/2');
INSERT INTO ledger_transaction VALUES(143,1,'24026','1','2024-10-15',4275405,'6420','6100','7110','ORD','Kartunderlag och analys',7,8,3,'V:24026/1');
INSERT INTO ledger_transaction VALUES(144,1,'24027','1','2024-10-25',2995087,'4010','1100','7110','UTV','EST-möte "veckolägesbild"',1,8,1,'V:24027/1');
INSERT INTO ledger_transaction VALUES(145,1,'24028','1','2024-10-28',5395154,'6420','6100','7110','ORD','Kartunderlag och analys',7,8,3,'V:24028/1');
INSERT INTO ledger_transaction VALUES(146,1,'24029','1','2024-11-15',-2442975,'4010','1100','7100','ORD','Rättelse: Samverkansmöte, material',1,7,3,'V:24029/1');
INSERT INTO ledger_transaction VALUES(147,1,'24030','1','2024-11-15',-1331303,'5090','1100','7110','ORD','Rättelse: EST-samordnare',1,8,3,'V:24030/1');
INSERT INTO ledger_transaction VALUES(148,1,'24031','1','2024-11-15',5461903,'5090','2100','7170','ORD','Föräldrastöd ABC',2,9,3,'V:24031/1');
INSERT INTO ledger_transaction VALUES(149,1,'24032','1','2024-11-25',-3366194,'5090','2100','7170','ORD','Rättelse: Föräldrastöd ABC',2,9,3,'V:24032/1');
INSERT INTO ledger_transaction VALUES(150,1,'24033','1','2024-12-05',4293211,'5090','1100','7100','ORD','Processledare Umeåbrå',1,7,3,'V:24033/1');
INSERT INTO ledger_transaction VALUES(151,1,'24034','1','2024-12-25',6263276,'4010','2100','7170','UTV','Föräldravandring, material',2,9,1,'V:24034/1');
INSERT INTO ledger_transaction VALUES(152,1,'25001','1','2025-01-05',6131498,'4010','4100','7170','ORD','Föräldravandring, material',4,9,3,'V:25001/1');
INSERT INTO ledger_transaction VALUES(153,1,'25002','1','2025-01-28',4642420,'4010','4100','7170','ORD','Föräldravandring, material',4,9,3,'V:25002/1');
INSERT INTO ledger_transaction VALUES(154,1,'25003','1','2025-02-05',5696430,'6420','1100','7100','ORD','Analysstöd lägesbild',1,7,3,'V:25003/1');
INSERT INTO ledger_transaction VALUES(155,1,'25004','1','2025-02-28',8119868,'4010','1100','7100','UTV','Samverkansmöte, material',1,7,1,'V:25004/1');
INSERT INTO ledger_transaction VALUES(156,1,'25005','1','2025-03-28',12558039,'5090','1100','7100','ORD','Processledare Umeåbrå',1,7,3,'V:25005/1');
INSERT INTO ledger_transaction VALUES(157,1,'25006','1','2025-04-05',7874281,'5090','2100','7170','ORD','Föräldrastöd ABC',2,9,3,'V:25006/1');
INSERT INTO ledger_transaction VALUES(158,1,'25007','1','2025-04-25',12048837,'5090','1100','7100','UTV','Processledare Umeåbrå',1,7,1,'V:25007/1');
INSERT INTO ledger_transaction VALUES(159,1,'25007','2','2025-04-25',9580360,'4010','1100','7100','ORD','Samverkansmöte, material',1,7,3,'V:25007/2');
INSERT INTO ledger_transaction VALUES(160,1,'25008','1','2025-05-25',8933038,'4010','1100','7100','ORD','Samverkansmöte, material',1,7,3,'V:25008/1');
INSERT INTO ledger_transaction VALUES(161,1,'25009','1','2025-05-28',6249430,'4010','2100','7170','ORD','Föräldravandring, material',2,9,3,'V:25009/1');
INSERT INTO ledger_transaction VALUES(162,1,'25010','1','2025-06-25',5418602,'5090','1100','7110','ORD','EST-samordnare',1,8,3,'V:25010/1');
INSERT INTO ledger_transaction VALUES(163,1,'25011','1','2025-07-05',3019101,'6110','2100','7170','UTV','Lokalhyra föräldraträffar',2,9,1,'V:25011/1');
INSERT INTO ledger_transaction VALUES(164,1,'25012','1','2025-07-15',8625963,'5090','6100','7110','ORD','EST-samordnare',7,8,3,'V:25012/1');
INSERT INTO ledger_transaction VALUES(165,1,'25013','1','2025-07-25',3416121,'6110','4100','7170','ORD','Lokalhyra föräldraträffar',4,9,3,'V:25013/1');
INSERT INTO ledger_transaction VALUES(166,1,'25014','1','2025-08-15',8999178,'5090','2100','7170','ORD','Föräldrastöd ABC',2,9,3,'V:25014/1');
INSERT INTO ledger_transaction VALUES(167,1,'25015','1','2025-08-25',4940347,'6110','2100','7170','UTV','Lokalhyra föräldraträffar',2,9,1,'V:25015/1');
INSERT INTO ledger_transaction VALUES(168,1,'25015','2','2025-08-25',10874007,'4010','2100','7170','ORD','Föräldravandring, material',2,9,3,'V:25015/2');
INSERT INTO ledger_transaction VALUES(169,1,'25016','1','2025-08-28',5238625,'5090','1100','7100','UTV','Processledare Umeåbrå',1,7,1,'V:25016/1');
INSERT INTO ledger_transaction VALUES(170,1,'25017','1','2025-09-05',-2228361,'4010','4100','7170','ORD','Rättelse: Föräldravandring, material',4,9,3,'V:25017/1');
INSERT INTO ledger_transaction VALUES(171,1,'25018','1','2025-09-15',6038203,'5090','2100','7170','UTV','Föräldrastöd ABC',2,9,1,'V:25018/1');
INSERT INTO ledger_transaction VALUES(172,1,'25019','1','2025-09-25',3798003,'6420','1100','7100','UTV','Analysstöd lägesbild',1,7,1,'V:25019/1');
INSERT INTO ledger_transaction VALUES(173,1,'25019','2','2025-09-25',8142425,'5090','2100','7170','UTV','Föräldrastöd ABC',2,9,1,'V:25019/2');
INSERT INTO ledger_transaction VALUES(174,1,'25020','1','2025-09-28',9580360,'6420','1100','7100','ORD','Analysstöd lägesbild',1,7,3,'V:25020/1');
INSERT INTO ledger_transaction VALUES(175,1,'25021','1','2025-09-28',6321703,'5090','1100','7110','ORD','EST-samordnare',1,8,3,'V:25021/1');
INSERT INTO ledger_transaction VALUES(176,1,'25022','1','2025-10-05',4299768,'5090','1100','7110','UTV','EST-samordnare',1,8,1,'V:25022/1');
INSERT INTO ledger_transaction VALUES(177,1,'25023','1','2025-10-05',4404640,'6420','1100','7110','UTV','Kartunderlag och analys',1,8,1,'V:25023/1');
INSERT INTO ledger_transaction VALUES(178,1,'25024','1','2025-10-15',6473216,'5090','1100','7100','ORD','Processledare Umeåbrå',1,7,3,'V:25024/1');
INSERT INTO ledger_transaction VALUES(179,1,'25025','1','2025-10-25',-1791333,'5090','2100','7170','UTV','Rättelse: Föräldrastöd ABC',2,9,1,'V:25025/1');
INSERT INTO ledger_transaction VALUES(180,1,'25025','2','2025-10-25',2967330,'6420','1100','7110','ORD','Kartunderlag och analys',1,8,3,'V:25025/2');
INSERT INTO ledger_transaction VALUES(181,1,'25026','1','2025-10-25',9617453,'5090','6100','7110','ORD','EST-samordnare',7,8,3,'V:25026/1');
INSERT INTO ledger_transaction VALUES(182,1,'25027','1','2025-10-28',-1461921,'5090','1100','7110','UTV','Rättelse: EST-samordnare',1,8,1,'V:25027/1');
INSERT INTO ledger_transaction VALUES(183,1,'25027','2','2025-10-28',7655684,'6420','1100','7110','UTV','Kartunderlag och analys',1,8,1,'V:25027/2');
INSERT INTO ledger_transaction VALUES(184,1,'25027','3','2025-10-28',12772420,'6420','1100','7110','ORD','Kartunderlag och analys',1,8,3,'V:25027/3');
INSERT INTO ledger_transaction VALUES(185,1,'25028','1','2025-10-28',5056599,'5090','6100','7110','ORD','EST-samordnare',7,8,3,'V:25028/1');
INSERT INTO ledger_transaction VALUES(186,1,'25029','1','2025-11-15',8774697,'5090','1100','7100','UTV','Processledare Umeåbrå',1,7,1,'V:25029/1');
INSERT INTO ledger_transaction VALUES(187,1,'25030','1','2025-11-25',5696430,'4010','1100','7100','ORD','Samverkansmöte, material',1,7,3,'V:25030/1');
INSERT INTO ledger_transaction VALUES(188,1,'25031','1','2025-12-25',6732145,'4010','1100','7100','ORD','Samverkansmöte, material',1,7,3,'V:25031/1');
INSERT INTO ledger_transaction VALUES(189,1,'25032','1','2025-12-28',9374144,'4010','2100','7170','ORD','Föräldravandring, material',2,9,3,'V:25032/1');
INSERT INTO ledger_transaction VALUES(190,1,'25033','1','2025-12-28',-3937140,'4010','2100','7170','ORD','Rättelse: Föräldravandring, material',2,9,3,'V:25033/1');
INSERT INTO ledger_transaction VALUES(191,1,'25033','2','2025-12-28',10749019,'4010','2100','7170','ORD','Föräldravandring, material',2,9,3,'V:25033/2');
CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_name TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    command TEXT NOT NULL DEFAULT '',
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    field TEXT NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT,
    reason TEXT NOT NULL DEFAULT ''
);
INSERT INTO change_log VALUES(1,'2026-11-25T19:18:52.374Z','root','do','Create plan','programme',1,'',NULL,'{"commissioning_body":"Kommunstyrelsen","currency":"SEK","decision_date":"2018-01-16","decision_reference":"KS-2018/00012","description":"Demoplan byggd på Umeå kommuns uppdrag Umeå växer – tryggt och säkert. Från offentliga källor (Brås intervju med processledaren, umea.se, Brås erfarenhetsbank, Umeå universitet): kommunstyrelsens uppdrag att i nära samarbete med polisen förebygga tendenser till social oro och motverka att Umeå får ett utsatt område, med Umeåbrå som processledare; den ändrade organisationsstrukturen 2019 för bättre styrning, genomförande och uppföljning; kommunfullmäktiges mål och utvecklingsanslaget på 6 miljoner kronor; att uppdraget först gavs för tre år och nu planeras för 10–15 år; inriktningsperioden 2024–2026; Brås ekonomiska stöd till utvärderingen (högst 250 000 kr, utvärderare UCER vid Umeå universitet); fokusområdena Ersboda, Mariehem, Ålidhem och delar av Tomtebo samt exemplen på insatser. Allt annat är illustrativt: övriga belopp och fördelningar, datum för aktiviteter, diarienummer, indikatorvärden, kontering och samtliga transaktioner är påhittade för demonstrationen och beskriver inte Umeå kommuns verkliga ekonomi eller resultat. Inget område i Umeå är klassat som utsatt område.","fiscal_year_start_month":1,"horizon_end":"2033-01-01","name":"Umeå växer – tryggt och säkert","process_leader":"Umeåbrå","start":"2018-01-01","vision":"Umeå ska växa hållbart utan några utsatta områden"}','');
INSERT INTO change_log VALUES(2,'2026-11-25T19:18:52.378Z','root','do','Create the Umeå demo plan','plan',0,'',NULL,'362 entities','');
CREATE INDEX period_decision_id ON period(decision_id);
CREATE INDEX organisation_parent_id ON organisation(parent_id);
CREATE INDEX area_classification_area_id ON area_classification(area_id);
CREATE INDEX phase_decision_id ON phase(decision_id);
CREATE INDEX cause_problem_id ON cause(problem_id);
CREATE INDEX cause_parent_cause_id ON cause(parent_cause_id);
CREATE INDEX goal_parent_goal_id ON goal(parent_goal_id);
CREATE INDEX goal_problem_id ON goal(problem_id);
CREATE INDEX intervention_phase_id ON intervention(phase_id);
CREATE INDEX activity_intervention_id ON activity(intervention_id);
CREATE INDEX intervention_area_intervention_id ON intervention_area(intervention_id);
CREATE INDEX intervention_area_area_id ON intervention_area(area_id);
CREATE INDEX intervention_cause_intervention_id ON intervention_cause(intervention_id);
CREATE INDEX intervention_cause_cause_id ON intervention_cause(cause_id);
CREATE INDEX intervention_goal_intervention_id ON intervention_goal(intervention_id);
CREATE INDEX intervention_goal_goal_id ON intervention_goal(goal_id);
CREATE INDEX responsibility_intervention_id ON responsibility(intervention_id);
CREATE INDEX responsibility_activity_id ON responsibility(activity_id);
CREATE INDEX responsibility_organisation_id ON responsibility(organisation_id);
CREATE INDEX funding_source_decision_id ON funding_source(decision_id);
CREATE INDEX allocation_source_id ON allocation(source_id);
CREATE INDEX allocation_intervention_id ON allocation(intervention_id);
CREATE INDEX allocation_activity_id ON allocation(activity_id);
CREATE INDEX allocation_organisation_id ON allocation(organisation_id);
CREATE INDEX allocation_decision_id ON allocation(decision_id);
CREATE INDEX indicator_goal_id ON indicator(goal_id);
CREATE INDEX measurement_indicator_id ON measurement(indicator_id);
CREATE INDEX measurement_area_id ON measurement(area_id);
CREATE INDEX follow_up_intervention_id ON follow_up(intervention_id);
CREATE INDEX recommendation_owner_organisation_id ON recommendation(owner_organisation_id);
CREATE INDEX risk_owner_organisation_id ON risk(owner_organisation_id);
CREATE INDEX ledger_transaction_rollup ON ledger_transaction(source_id, intervention_id, organisation_id, date, amount);
CREATE INDEX ledger_transaction_import ON ledger_transaction(import_id);
CREATE INDEX ledger_transaction_intervention ON ledger_transaction(intervention_id);
CREATE INDEX ledger_transaction_organisation ON ledger_transaction(organisation_id);
CREATE INDEX change_log_entity ON change_log(entity, entity_id);
COMMIT;
