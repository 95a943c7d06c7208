// The Umeå demo's programme logic (problems → causes → goals → interventions),
// its indicators and its follow-up. All values are illustrative; the overall
// goal and the evaluation's recommendations follow the public sources.

#include "demo/umeademo_p.h"

#include <tuple>

namespace horisont::demo::detail {
using namespace Qt::StringLiterals;

namespace {

void addProblemsAndCauses(Builder &b)
{
    auto problem = [&](const QString &name, const QString &description, const QString &picture,
                       const QString &trend, int priority) {
        return b.add(Problem{NoId, name, description, picture, trend, priority});
    };
    auto cause = [&](const QString &key, Id problem, const QString &name, CausePerspective perspective,
                     const QString &description, const QString &parent = {}) {
        const Id parentId = parent.isEmpty() ? NoId : b.ref(b.causes, parent);
        b.causes.insert(key, b.add(Cause{NoId, problem, parentId, name, perspective, description}));
    };
    const auto victim = CausePerspective::Victim;
    const auto offender = CausePerspective::Offender;
    const auto place = CausePerspective::Place;

    const Id drugs = problem(u"Öppen narkotikahandel"_s,
                             u"Öppen försäljning av narkotika i och kring centrumbildningar i fokusområdena."_s,
                             u"Polis och fastighetsägare rapporterar återkommande försäljningsplatser i "
                             "Ersboda; boende upplever handeln som normaliserad."_s,
                             u"Ökade 2019–2021, därefter oförändrad"_s, 1);
    cause(u"sales-places"_s, drugs, u"Etablerade försäljningsplatser"_s, place,
          u"Skymda platser nära centrum och busshållplatser där handel kan ske ostört."_s);
    cause(u"recruitment"_s, drugs, u"Unga rekryteras som langare"_s, offender,
          u"Äldre ungdomar och vuxna rekryterar yngre till försäljning och transporter."_s);
    cause(u"silence"_s, drugs, u"Boende utsätts för hot och tystnadskultur"_s, victim,
          u"Boende och butiksanställda avstår från att anmäla av rädsla för repressalier."_s);

    const Id outdoors = problem(u"Otrygghet i utemiljöer"_s,
                                u"Många boende undviker att gå ute kvällstid i sitt bostadsområde."_s,
                                u"Trygghetsmätningen visar högre otrygghet i Ersboda än i kommunen i "
                                "övrigt; Ålidhem har förbättrats sedan 2020."_s,
                                u"Ersboda försämrades 2020, Ålidhem förbättrades"_s, 2);
    cause(u"lighting"_s, outdoors, u"Dålig belysning och skymda stråk"_s, place,
          u"Mörka gång- och cykelstråk och igenvuxna grönytor mellan centrum och bostäderna."_s);
    cause(u"trust"_s, outdoors, u"Låg tillit och anmälningsbenägenhet"_s, victim,
          u"Boende tror inte att anmälningar leder till något och saknar kontakt med polis och kommun."_s);
    cause(u"disorder"_s, outdoors, u"Ordningsstörningar från grupper av unga"_s, offender,
          u"Grupper av unga samlas vid centrum kvällstid utan vuxennärvaro."_s);

    const Id youth = problem(u"Ungdomar i riskmiljöer"_s,
                             u"Barn och unga i fokusområdena riskerar att dras in i kriminella miljöer."_s,
                             u"Socialtjänst och skola ser ökad oro för unga i Ersboda; skolfrånvaron är hög "
                             "på Ersängsskolan."_s,
                             u"Ökande"_s, 1);
    cause(u"leisure"_s, youth, u"Brist på meningsfull fritid"_s, offender,
          u"Få avgiftsfria fritidsaktiviteter och mötesplatser för unga i området."_s);
    cause(u"parents"_s, youth, u"Svagt föräldrastöd"_s, offender,
          u"Föräldrar saknar stöd och nätverk, särskilt nyanlända föräldrar."_s);
    cause(u"absence"_s, youth, u"Hög skolfrånvaro på Ersängsskolan"_s, place,
          u"Elever med hög frånvaro vistas i miljöer där de riskerar att rekryteras."_s, u"parents"_s);
    cause(u"victims"_s, youth, u"Unga utsätts för rån och hot"_s, victim,
          u"Unga rånas och hotas av andra unga, vilket skapar rädsla och hämndspiraler."_s);

    b.problems.insert(u"drugs"_s, drugs);
    b.problems.insert(u"outdoors"_s, outdoors);
    b.problems.insert(u"youth"_s, youth);

    // Where each problem shows, as the situation pictures above describe it.
    const std::tuple<Id, QString> problemAreas[] = {
        {drugs, u"Ersboda"_s}, {outdoors, u"Ersboda"_s}, {outdoors, u"Ålidhem"_s},
        {youth, u"Ersboda"_s}, {youth, u"Mariehem"_s}};
    for (const auto &[problemId, area] : problemAreas)
        b.add(ProblemArea{NoId, problemId, b.ref(b.areas, area)});
}

void addGoals(Builder &b)
{
    auto goal = [&](const QString &key, const QString &parent, const QString &problem, const QString &name,
                    GoalKind kind, const QString &specific, const QString &measurable, const QString &accepted,
                    const QString &realistic, QDate target) {
        const Id parentId = parent.isEmpty() ? NoId : b.ref(b.goals, parent);
        const Id problemId = problem.isEmpty() ? NoId : b.ref(b.problems, problem);
        b.goals.insert(key, b.add(Goal{NoId, parentId, problemId, name, kind, specific, measurable, accepted,
                                       realistic, target}));
    };
    goal(u"overall"_s, {}, {}, u"Umeå ska växa hållbart utan några utsatta områden"_s, GoalKind::Effect,
         u"Inget område i Umeå ska bli ett utsatt område."_s,
         u"Antal områden i Umeå som polisen klassar som utsatta, riskområden eller särskilt utsatta: 0."_s,
         u"Kommunfullmäktiges mål."_s,
         u"Umeå är den största staden utan utsatt område; kräver uthålligt arbete under hela uppdraget."_s,
         QDate(2032, 12, 31));
    goal(u"drugs"_s, u"overall"_s, u"drugs"_s, u"Minskad öppen narkotikahandel i fokusområdena"_s,
         GoalKind::Effect, u"Färre platser med öppen narkotikahandel i Ersboda, Mariehem och Ålidhem."_s,
         u"Anmälda narkotikabrott per 100 000 invånare under 550 år 2026."_s,
         u"Gemensamt mål för kommunen och polisen i samverkansöverenskommelsen."_s,
         u"Rimligt med EST och fler områdespoliser; statistiken påverkas av polisens prioriteringar."_s,
         QDate(2026, 12, 31));
    goal(u"safety"_s, u"overall"_s, u"outdoors"_s, u"Ökad trygghet i utemiljöerna"_s, GoalKind::Effect,
         u"Fler boende i fokusområdena ska känna sig trygga ute kvällstid."_s,
         u"Andelen som känner sig otrygga i sitt bostadsområde högst 18 % år 2026 (2019: 23 %)."_s,
         u"Förankrat i områdesgrupperna och hos AB Bostaden."_s,
         u"Ålidhem har visat att förbättring är möjlig."_s, QDate(2026, 12, 31));
    goal(u"youth"_s, u"overall"_s, u"youth"_s, u"Färre unga i riskmiljöer"_s, GoalKind::Effect,
         u"Färre barn och unga i fokusområdena dras in i kriminalitet."_s,
         u"Antal unga 12–17 år i fokusområdena som blir aktuella hos socialtjänsten för kriminalitet minskar "
         "med en tredjedel till 2030."_s,
         u"Prioriterat av socialnämnden och för- och grundskolenämnden."_s,
         u"Förutsätter att insatserna blir långsiktiga."_s, QDate(2030, 12, 31));
    goal(u"collaboration"_s, u"overall"_s, {}, u"Fungerande samverkan och gemensam lägesbild"_s,
         GoalKind::Process, u"Kommunen, polisen och fastighetsägarna har en gemensam lägesbild varje vecka."_s,
         u"Minst 45 EST-möten per år och en gemensam analys varje kvartal."_s,
         u"Beslutat i styrgruppen."_s, u"Mötesformen finns sedan 2019."_s, QDate(2024, 12, 31));
    goal(u"reach"_s, u"youth"_s, u"youth"_s, u"Fritid och föräldrastöd når målgruppen"_s, GoalKind::Output,
         u"Lovaktiviteter, Ungdomens Hus och föräldrastöd når barn, unga och föräldrar i fokusområdena."_s,
         u"Minst 1 000 unika deltagare per år i lov- och fritidsaktiviteter och 150 föräldrar i ABC år 2026."_s,
         u"Fritid och IFO har tagit fram målen."_s, u"Deltagandet har ökat varje år sedan 2021."_s,
         QDate(2026, 12, 31));
    goal(u"followup"_s, u"overall"_s, {}, u"Systematisk uppföljning och utvärdering"_s, GoalKind::Process,
         u"Uppdraget följs upp och utvärderas så att styrning och insatser kan förbättras."_s,
         u"En extern utvärdering med slutrapport senast december 2020."_s,
         u"Finansieras med Brås ekonomiska stöd."_s, u"UCER vid Umeå universitet utvärderar."_s,
         QDate(2020, 12, 31));
}

void addLinks(Builder &b)
{
    // {project, cause or goal key, rationale}
    using Link = std::tuple<const char *, const char *, QString>;
    const Link causes[] = {
        {"7100", "sales-places", u"Samordnar förvaltningarnas och polisens insatser mot platserna."_s},
        {"7100", "trust", u"Synlig samverkan ska öka boendes tillit."_s},
        {"7110", "sales-places", u"Veckans lägesbild pekar ut platserna där insatser behövs."_s},
        {"7110", "disorder", u"Snabba åtgärder när grupper samlas och stör."_s},
        {"7120", "leisure", u"Ger unga en meningsfull mötesplats kvällstid."_s},
        {"7130", "leisure", u"Gratis utrustning sänker tröskeln till fritidsaktiviteter."_s},
        {"7140", "lighting", u"Belysning och röjning tar bort skymda platser."_s},
        {"7150", "leisure", u"Aktiviteter när skolan är stängd."_s},
        {"7150", "victims", u"Vuxennärvaro under loven minskar risken för rån och hot."_s},
        {"7160", "absence", u"Arbetar direkt med elevernas frånvaro."_s},
        {"7160", "recruitment", u"Fångar upp elever som riskerar att rekryteras."_s},
        {"7170", "parents", u"Stärker föräldrarna i sitt föräldraskap."_s},
        {"7180", "sales-places", u"Prövar om insatserna verkar på orsakerna bakom handeln."_s},
    };
    for (const auto &[project, key, rationale] : causes) {
        b.add(InterventionCause{NoId, b.ref(b.interventionIds, QString::fromLatin1(project)),
                                b.ref(b.causes, QString::fromLatin1(key)), rationale});
    }
    const Link goals[] = {
        {"7100", "overall", u"Processledningen håller ihop arbetet mot fullmäktiges mål."_s},
        {"7100", "collaboration", u"Leder samverkansstrukturen."_s},
        {"7110", "collaboration", u"EST är den gemensamma lägesbilden."_s},
        {"7110", "drugs", u"Riktade insatser mot försäljningsplatser."_s},
        {"7120", "youth", u"Alternativ till riskmiljöerna."_s},
        {"7120", "reach", u"Räknas i antalet deltagare."_s},
        {"7130", "reach", u"Utlåningen når barn som annars inte deltar."_s},
        {"7140", "safety", u"Tryggare utemiljö i Ersboda centrum."_s},
        {"7150", "reach", u"Räknas i antalet deltagare."_s},
        {"7160", "youth", u"Minskar tiden unga vistas i riskmiljöer."_s},
        {"7170", "reach", u"Räknas i antalet föräldrar i ABC."_s},
        {"7170", "youth", u"Föräldrar som skyddsfaktor."_s},
        {"7180", "followup", u"Utvärderingen är uppföljningen."_s},
    };
    for (const auto &[project, key, rationale] : goals) {
        b.add(InterventionGoal{NoId, b.ref(b.interventionIds, QString::fromLatin1(project)),
                               b.ref(b.goals, QString::fromLatin1(key)), rationale});
    }
}

void addIndicators(Builder &b)
{
    auto series = [&](Id indicator, MeasurementKind kind, int firstYear, std::initializer_list<double> values,
                      Id area = NoId, Sex sex = Sex::All) {
        int year = firstYear;
        for (double value : values)
            b.add(Measurement{NoId, indicator, kind, year++, 0, area, sex, value});
    };
    auto target = [&](Id indicator, std::initializer_list<std::pair<int, double>> targets) {
        for (const auto &[year, value] : targets)
            b.add(Measurement{NoId, indicator, MeasurementKind::Target, year, 0, NoId, Sex::All, value});
    };
    const auto actual = MeasurementKind::Actual;

    Id i = b.add(Indicator{NoId, b.ref(b.goals, u"overall"_s),
                           u"Antal områden i Umeå som polisen klassar som utsatta"_s,
                           u"Områden i Umeå på polisens lista över utsatta områden, riskområden och särskilt "
                           "utsatta områden."_s,
                           u"antal"_s, Direction::Maintain, u"Polisen"_s, u"Lista över utsatta områden"_s,
                           false, false, 0.0, 2019});
    series(i, actual, 2019, {0, 0, 0, 0, 0, 0, 0});
    target(i, {{2026, 0}, {2032, 0}});

    i = b.add(Indicator{NoId, b.ref(b.goals, u"safety"_s), u"Andel som känner sig otrygga i sitt bostadsområde"_s,
                        u"Andel svarande som känner sig ganska eller mycket otrygga ute sent en kväll i sitt "
                        "bostadsområde."_s,
                        u"%"_s, Direction::Decrease, u"Polisens trygghetsmätning"_s,
                        u"Otrygghet ute sent en kväll i bostadsområdet"_s, true, false, 23.0, 2019});
    series(i, actual, 2019, {23.0, 24.5, 25.8, 24.9, 23.7, 22.6, 21.9});
    series(i, actual, 2019, {31.0, 34.2, 36.1, 35.0, 33.2, 31.4, 30.1}, b.ref(b.areas, u"Ersboda"_s));
    series(i, actual, 2019, {27.0, 24.1, 22.3, 21.0, 20.2, 19.5, 19.0}, b.ref(b.areas, u"Ålidhem"_s));
    target(i, {{2022, 22.0}, {2024, 20.0}, {2026, 18.0}, {2030, 15.0}});

    i = b.add(Indicator{NoId, b.ref(b.goals, u"drugs"_s), u"Anmälda narkotikabrott per 100 000 inv."_s,
                        u"Anmälda narkotikabrott i Umeå kommun per 100 000 invånare. Ett spaningsbrott: "
                        "nivån speglar också polisens prioriteringar."_s,
                        u"per 100 000 inv."_s, Direction::Decrease, u"BRÅ"_s,
                        u"Anmälda brott, narkotikabrott, Umeå kommun"_s, false, false, 610.0, 2019});
    series(i, actual, 2019, {610, 655, 690, 640, 615, 590, 575});
    target(i, {{2024, 600}, {2026, 550}, {2030, 500}});

    i = b.add(Indicator{NoId, b.ref(b.goals, u"reach"_s),
                        u"Unika deltagare i lov- och fritidsaktiviteter i fokusområdena"_s,
                        u"Antal unika barn och unga som deltagit minst en gång under året."_s,
                        u"antal"_s, Direction::Increase, u"Egen uppföljning (Fritid)"_s, {}, false, true,
                        420.0, 2019});
    series(i, actual, 2019, {420, 380, 610, 780, 850, 870, 910});
    series(i, actual, 2023, {390, 410, 440}, NoId, Sex::Female);
    series(i, actual, 2023, {460, 460, 470}, NoId, Sex::Male);
    target(i, {{2022, 700}, {2024, 900}, {2026, 1000}});

    i = b.add(Indicator{NoId, b.ref(b.goals, u"youth"_s),
                        u"Unga 12–17 år i fokusområdena aktuella hos socialtjänsten för kriminalitet"_s,
                        u"Antal unika unga 12–17 år folkbokförda i fokusområdena som under året blivit aktuella "
                        "hos socialtjänsten på grund av brott eller annat normbrytande beteende."_s,
                        u"antal"_s, Direction::Decrease, u"Egen uppföljning (IFO)"_s, {}, true, true, 96.0, 2021});
    series(i, actual, 2021, {96, 104, 99, 91, 84});
    target(i, {{2024, 85}, {2026, 76}, {2030, 64}});

    i = b.add(Indicator{NoId, b.ref(b.goals, u"collaboration"_s), u"Genomförda EST-möten per år"_s,
                        u"Veckomöten med gemensam lägesbild där kommunen, polisen och fastighetsägarna deltar."_s,
                        u"antal"_s, Direction::Increase, u"Egen uppföljning (Umeåbrå)"_s, {}, false, false, 38.0,
                        2019});
    series(i, actual, 2019, {38, 31, 40, 43, 44, 46, 47});
    target(i, {{2022, 45}, {2024, 45}, {2026, 45}});

    i = b.add(Indicator{NoId, b.ref(b.goals, u"followup"_s), u"Tertialuppföljningar lämnade till styrgruppen"_s,
                        u"Antal tertialuppföljningar av insatserna som lämnats till styrgruppen under året."_s,
                        u"antal"_s, Direction::Increase, u"Egen uppföljning (Umeåbrå)"_s, {}, false, false, 1.0,
                        2019});
    series(i, actual, 2019, {1, 2, 3, 3, 3, 3, 3});
    target(i, {{2020, 2}, {2022, 3}, {2026, 3}});
}

} // namespace

void addLogic(Builder &b)
{
    addProblemsAndCauses(b);
    addGoals(b);
    addLinks(b);
    addIndicators(b);
}

void addFollowUp(Builder &b)
{
    auto followUp = [&](const char *project, QDate start, QDate end, FollowUpKind kind, const QString &findings,
                        const QString &deviations, int hours, qint64 kronor) {
        b.add(FollowUp{NoId, b.ref(b.interventionIds, QString::fromLatin1(project)), start, end, kind, findings,
                       deviations, hours, Money::fromKronor(kronor)});
    };
    followUp("7180", QDate(2019, 3, 1), QDate(2021, 1, 1), FollowUpKind::Process,
             u"Organisationsstrukturen är delvis ändamålsenlig men styrning, genomförande och uppföljning "
             "behöver utvecklas. De flesta insatser är relevanta men otillräckliga för att nå målen."_s,
             u"Delrapporten ledde redan 2019 till en ny organisationsstruktur."_s, 420, 262'000);
    followUp("7130", QDate(2019, 9, 1), QDate(2021, 1, 1), FollowUpKind::Output,
             u"Fritidsbanken öppnade i januari 2020; 1 150 utlån under 2020."_s,
             u"Begränsade öppettider mars–juni 2020 (pandemin)."_s, 950, 468'000);
    followUp("7140", QDate(2021, 9, 1), QDate(2023, 11, 1), FollowUpKind::Output,
             u"Ny belysning längs 2,4 km gång- och cykelstråk, röjda grönytor och två nya mötesplatser."_s,
             u"Invigningen flyttades från juni till oktober 2023 på grund av sena leveranser."_s, 1'300,
             2'150'000);
    followUp("7150", QDate(2021, 6, 1), QDate(2024, 1, 1), FollowUpKind::Output,
             u"Tre somrar med avgiftsfria lovaktiviteter; 610 unika deltagare 2021, 780 år 2022 och 850 år "
             "2023, varav hälften från Ersboda."_s,
             u"Höstlovsaktiviteterna 2022 kortades till tre dagar på grund av personalbrist."_s, 2'400,
             1'180'000);
    followUp("7160", QDate(2021, 8, 16), QDate(2023, 6, 16), FollowUpKind::Effect,
             u"Närvaron ökade för 38 av 52 elever i målgruppen."_s,
             u"Teamet var underbemannat hösten 2022."_s, 5'200, 3'450'000);
    followUp("7120", QDate(2023, 1, 1), QDate(2024, 1, 1), FollowUpKind::Process,
             u"Ungdomens Hus hade öppet fyra kvällar i veckan och lördagar; verksamheten förs över till "
             "ordinarie fritidsverksamhet från 2024."_s,
             {}, 3'100, 1'540'000);
    followUp("7110", QDate(2025, 1, 1), QDate(2026, 1, 1), FollowUpKind::Process,
             u"47 veckomöten med gemensam lägesbild och fyra kvartalsanalyser; fastighetsägarna i Mariehem "
             "deltar sedan 2024."_s,
             u"Två veckomöten ställdes in under semesterperioden."_s, 610, 690'000);
    followUp("7100", QDate(2026, 1, 1), QDate(2026, 5, 1), FollowUpKind::Process,
             u"Tertial 1 2026: samordningen fungerar; överföringen av insatser till ordinarie budget följer "
             "planen."_s,
             u"Utvecklingsanslaget är förbrukat; processledningen finansieras helt av ordinarie budget."_s, 560,
             300'000);

    const QString evaluation = u"Utvärderingen av Umeå växer – tryggt och säkert (UCER, Umeå universitet)"_s;
    const Id umeabra = b.ref(b.organisations, u"1100"_s);
    b.add(Recommendation{NoId,
                         u"Utveckla organisationsstrukturen för bättre styrning, genomförande och uppföljning."_s,
                         evaluation, umeabra, QDate(2021, 6, 30), ActionStatus::Done});
    b.add(Recommendation{NoId, u"Gör uppdraget långsiktigt i stället för treårigt."_s, evaluation, umeabra,
                         QDate(2021, 12, 31), ActionStatus::Done});
    b.add(Recommendation{NoId,
                         u"Säkra uthålliga insatser från polisen, kommunen och övriga aktörer och fungerande "
                         "samverkansstrukturer."_s,
                         evaluation, umeabra, QDate(2026, 12, 31), ActionStatus::InProgress});

    auto risk = [&](const QString &name, int likelihood, int impact, const QString &mitigation,
                    const QString &owner, QDate review, ActionStatus status) {
        b.add(Risk{NoId, name, likelihood, impact, mitigation, b.ref(b.organisations, owner), review, status});
    };
    risk(u"Insatser upphör när utvecklingsanslaget är förbrukat"_s, 4, 4,
         u"För över verksamma insatser till nämndernas ordinarie budget under inriktningsperioden."_s, u"1100"_s,
         QDate(2026, 12, 15), ActionStatus::InProgress);
    risk(u"Rekryteringen av unga till kriminella nätverk ökar i Ersboda"_s, 3, 5,
         u"Operativa team, föräldrastöd och samordnad lägesbild med polisen."_s, u"2100"_s, QDate(2027, 3, 31),
         ActionStatus::Open);
    risk(u"Samverkan försvagas när nyckelpersoner slutar"_s, 3, 3,
         u"Samverkansöverenskommelse med polisen och dokumenterade rutiner för EST."_s, u"1100"_s,
         QDate(2027, 1, 31), ActionStatus::Open);
    risk(u"Uppföljningen saknar data på områdesnivå"_s, 3, 2,
         u"Beställ trygghetsmätningen per område och följ upp deltagare i egna system."_s, u"1100"_s,
         QDate(2026, 12, 31), ActionStatus::Open);
}

} // namespace horisont::demo::detail
