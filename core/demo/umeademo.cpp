#include "demo/umeademo.h"

#include "demo/umeademo_p.h"
#include "ledger/ledger.h"

#include <QCoreApplication>
#include <QFile>


// The Umeå demo plan. Facts from public sources (see the programme
// description below) are kept as they are; every other amount, date of an
// activity, reference number, indicator value and every transaction is
// illustrative. The codes match ../shared/data/umea-case.md and the sample
// ledger export, so that the export can be imported into the demo plan.

namespace horisont::demo {
using namespace Qt::StringLiterals;
using detail::Builder;

namespace {

// ---------------------------------------------------------------- governance

Programme umeaProgramme()
{
    Programme p;
    p.id = 1;
    p.name = u"Umeå växer – tryggt och säkert"_s;
    p.commissioningBody = u"Kommunstyrelsen"_s;
    p.decisionReference = u"KS-2018/00012"_s;
    p.decisionDate = QDate(2018, 1, 16);
    p.vision = u"Umeå ska växa hållbart utan några utsatta områden"_s;
    p.processLeader = u"Umeåbrå"_s;
    p.start = QDate(2018, 1, 1);
    p.horizonEnd = QDate(2033, 1, 1);
    p.currency = u"SEK"_s;
    p.fiscalYearStartMonth = 1;
    p.description = u"Demoplan byggd på Umeå kommuns uppdrag Umeå växer – tryggt och säkert. "
                    "Från offentliga källor (Brås intervju med processledaren, umea.se, Brås "
                    "erfarenhetsbank, Umeå universitet): kommunstyrelsens uppdrag att i nära samarbete "
                    "med polisen förebygga tendenser till social oro och motverka att Umeå får ett "
                    "utsatt område, med Umeåbrå som processledare; den ändrade organisationsstrukturen "
                    "2019 för bättre styrning, genomförande och uppföljning; kommunfullmäktiges mål "
                    "och utvecklingsanslaget på 6 miljoner kronor; att uppdraget först gavs för tre år "
                    "och nu planeras för 10–15 år; inriktningsperioden 2024–2026; Brås ekonomiska stöd "
                    "till utvärderingen (högst 250 000 kr, utvärderare UCER vid Umeå universitet); "
                    "fokusområdena Ersboda, Mariehem, Ålidhem och delar av Tomtebo samt exemplen på "
                    "insatser. Allt annat är illustrativt: övriga belopp och fördelningar, datum för "
                    "aktiviteter, diarienummer, indikatorvärden, kontering och samtliga transaktioner "
                    "är påhittade för demonstrationen och beskriver inte Umeå kommuns verkliga "
                    "ekonomi eller resultat. Inget område i Umeå är klassat som utsatt område."_s;
    return p;
}

void addGovernance(Builder &b)
{
    auto decision = [&](const QString &key, const QString &body, QDate date, const QString &ref,
                        const QString &text) {
        b.decisions.insert(key, b.add(Decision{NoId, body, date, ref, text}));
    };
    const QString ks = u"Kommunstyrelsen"_s;
    decision(u"mandate"_s, ks, QDate(2018, 1, 16), u"KS-2018/00012"_s,
             u"Uppdraget Umeå växer – tryggt och säkert: att arbeta övergripande, i nära samarbete med "
             "polisen, för att förebygga tendenser till social oro och motverka att Umeå får ett utsatt "
             "område. Umeåbrå är processledare. Uppdraget ges för tre år."_s);
    decision(u"reorganisation"_s, ks, QDate(2019, 6, 11), u"KS-2019/00418"_s,
             u"Ny organisationsstruktur för uppdraget (styrgrupp, samordningsgrupp och områdesgrupper) "
             "för att förbättra styrning, genomförande och uppföljning."_s);
    decision(u"council"_s, u"Kommunfullmäktige"_s, QDate(2020, 6, 15), u"KF-2020/00231"_s,
             u"Målet ”Umeå ska växa hållbart utan några utsatta områden” och ett utvecklingsanslag på "
             "6 000 000 kr för att stötta arbetet."_s);
    decision(u"extension"_s, ks, QDate(2021, 11, 16), u"KS-2021/00876"_s,
             u"Uppdraget förlängs och planeras för 10–15 år (till och med 2032) i stället för tre år."_s);
    decision(u"direction"_s, ks, QDate(2023, 12, 12), u"KS-2023/01102"_s,
             u"Inriktning för perioden 2024–2026: fokus på narkotikahandel och segregation, "
             "uthålliga insatser och fungerande samverkansstrukturer."_s);

    for (int first = 2015; first <= 2031; first += 4) {
        b.add(Period{NoId, PeriodKind::TermOfOffice, u"Mandatperiod %1–%2"_s.arg(first).arg(first + 3),
                     QDate(first, 1, 1), QDate(first + 4, 1, 1), NoId});
    }
    b.add(Period{NoId, PeriodKind::DirectionPeriod, u"Inriktningsperiod 2024–2026"_s, QDate(2024, 1, 1),
                 QDate(2027, 1, 1), b.ref(b.decisions, u"direction"_s)});
}

// ------------------------------------------------------------ organisations

void addOrganisations(Builder &b)
{
    auto organisation = [&](const QString &key, const QString &name, const QString &shortName,
                            OrganisationKind kind, const QString &code) {
        b.organisations.insert(key, b.add(Organisation{NoId, name, shortName, kind, code, NoId}));
        b.organisationCodes.insert(key, code);
    };
    const auto dept = OrganisationKind::Department;
    const auto partner = OrganisationKind::ExternalPartner;
    organisation(u"1100"_s, u"Kommunledningskontoret – Umeåbrå"_s, u"Umeåbrå"_s, dept, u"1100"_s);
    organisation(u"2100"_s, u"Individ- och familjeomsorgen"_s, u"IFO"_s, dept, u"2100"_s);
    organisation(u"3100"_s, u"Fritid"_s, u"Fritid"_s, dept, u"3100"_s);
    organisation(u"4100"_s, u"För- och grundskola"_s, u"FGS"_s, dept, u"4100"_s);
    organisation(u"4200"_s, u"Gymnasie- och vuxenutbildning"_s, u"GVU"_s, dept, u"4200"_s);
    organisation(u"5100"_s, u"Samhällsbyggnad"_s, u"Samhällsbyggnad"_s, dept, u"5100"_s);
    organisation(u"6100"_s, u"AB Bostaden"_s, u"Bostaden"_s, OrganisationKind::MunicipalCompany, u"6100"_s);
    organisation(u"police"_s, u"Polisen, lokalpolisområde Umeå"_s, u"Polisen"_s, partner, {});
    organisation(u"region"_s, u"Region Västerbotten"_s, u"Regionen"_s, partner, {});
    organisation(u"civil"_s, u"Civilsamhället och lokala föreningar"_s, u"Civilsamhället"_s, partner, {});
    organisation(u"ucer"_s, u"Umeå universitet (UCER)"_s, u"UCER"_s, partner, {});

    const QString source = u"Polisens lägesbild (illustrativ)"_s;
    const struct { QString name; QString code; } areas[] = {
        {u"Ersboda"_s, u"ERS"_s}, {u"Mariehem"_s, u"MAR"_s},
        {u"Ålidhem"_s, u"ALI"_s}, {u"Tomtebo (del av)"_s, u"TOM"_s}};
    for (const auto &a : areas) {
        const Id area = b.add(Area{NoId, a.name, a.code});
        b.areas.insert(a.name, area);
        b.add(AreaClassification{NoId, area, QDate(2018, 1, 1), Classification::None, source});
    }
    // Ersboda worsened in 2020 but has never been classified: the entry records that it was reviewed.
    b.add(AreaClassification{NoId, b.ref(b.areas, u"Ersboda"_s), QDate(2021, 1, 1), Classification::None,
                             u"Polisens lägesbild 2021 (illustrativ): tendenser till social oro, inget "
                             "klassat område"_s});
}

// ---------------------------------------------------------------- structure

struct Span {
    QDate start;
    QDate end;
};

Id addIntervention(Builder &b, int phase, const QString &code, const QString &name, InterventionKind kind,
                   EffectHorizon horizon, Span span, const QString &description)
{
    Intervention iv{NoId, b.phases.at(std::size_t(phase)), name, code, kind, horizon, span.start, span.end,
                    detail::statusFor(span.start, span.end), description, 0};
    iv.position = int(std::count_if(b.interventions.cbegin(), b.interventions.cend(),
                                    [&](const Intervention &other) { return other.phaseId == iv.phaseId; }));
    iv.id = b.add(iv);
    b.interventions.insert(code, iv);
    b.interventionIds.insert(code, iv.id);
    return iv.id;
}

/// Activities of one intervention in order; a span with start == end is a milestone.
void addActivities(Builder &b, Id intervention, const std::vector<std::pair<QString, Span>> &activities)
{
    int position = 0;
    for (const auto &[name, span] : activities) {
        b.add(Activity{NoId, intervention, name, span.start, span.end, span.start == span.end,
                       detail::statusFor(span.start, span.end), position++, QString()});
    }
}

void addPhases(Builder &b)
{
    const struct { QString name; int from; int until; const char *decision; QString objectives; } phases[] = {
        {u"Uppstart"_s, 2018, 2021, "mandate",
         u"Bygga organisation och samverkan med polisen, ta fram en gemensam lägesbild och utvärdera arbetet."_s},
        {u"Etablering"_s, 2021, 2024, "council",
         u"Etablera insatser i fokusområdena med stöd av utvecklingsanslaget, med fokus på narkotikahandel "
         "och segregation."_s},
        {u"Inriktningsperiod"_s, 2024, 2027, "direction",
         u"Göra verksamma insatser uthålliga, stärka samverkansstrukturerna och föra över insatser till "
         "ordinarie verksamhet."_s},
        {u"Långsiktig drift"_s, 2027, 2033, "extension",
         u"Långsiktigt arbete inom ordinarie budget så att inget område i Umeå blir utsatt."_s},
    };
    int position = 0;
    for (const auto &p : phases) {
        b.phases.push_back(b.add(Phase{NoId, p.name, QDate(p.from, 1, 1), QDate(p.until, 1, 1), p.objectives,
                                       b.ref(b.decisions, QString::fromLatin1(p.decision)), position++}));
    }
}

void addInterventions(Builder &b)
{
    const auto social = InterventionKind::Social;
    const auto situational = InterventionKind::Situational;
    const auto shortTerm = EffectHorizon::Short;
    const auto longTerm = EffectHorizon::Long;
    auto d = [](int y, int m, int day) { return QDate(y, m, day); };
    auto milestone = [](QDate date) { return Span{date, date}; };

    // Phase 0: Uppstart 2018–2020
    Id iv = addIntervention(b, 0, u"7180"_s, u"Utvärdering (UCER)"_s, social, shortTerm,
                            {d(2019, 3, 1), d(2021, 1, 1)},
                            u"Följeutvärdering av uppdraget av Umeå centrum för evaluering (UCER) vid Umeå "
                            "universitet, med ekonomiskt stöd från Brå."_s);
    addActivities(b, iv, {{u"Datainsamling och intervjuer"_s, {d(2019, 3, 1), d(2020, 6, 1)}},
                          {u"Delrapport med återkoppling"_s, milestone(d(2019, 5, 29))},
                          {u"Analys och slutrapport"_s, {d(2020, 6, 1), d(2021, 1, 1)}},
                          {u"Slutrapport överlämnas"_s, milestone(d(2020, 12, 15))}});
    iv = addIntervention(b, 0, u"7130"_s, u"Fritidsbanken Ålidhem"_s, social, longTerm,
                         {d(2019, 9, 1), d(2021, 1, 1)},
                         u"Fritidsbank för gratis lån av sport- och fritidsutrustning i Ålidhem, drivs "
                         "tillsammans med en lokal förening."_s);
    addActivities(b, iv, {{u"Lokal och avtal med förening"_s, {d(2019, 9, 1), d(2019, 12, 1)}},
                          {u"Fritidsbanken Ålidhem öppnar"_s, milestone(d(2020, 1, 20))},
                          {u"Utlåning och uppsökande arbete"_s, {d(2020, 1, 20), d(2021, 1, 1)}}});

    // Phase 1: Etablering 2021–2023
    iv = addIntervention(b, 1, u"7120"_s, u"Ungdomens Hus Ersboda"_s, social, longTerm,
                         {d(2021, 1, 1), d(2024, 1, 1)},
                         u"Mötesplats för unga i Ersboda kvällar och helger med fritidsledare och "
                         "föreningar."_s);
    addActivities(b, iv, {{u"Anpassning av lokal"_s, {d(2021, 1, 1), d(2021, 6, 1)}},
                          {u"Ungdomens Hus Ersboda öppnar"_s, milestone(d(2021, 8, 23))},
                          {u"Öppen verksamhet kvällar och helger"_s, {d(2021, 8, 23), d(2024, 1, 1)}},
                          {u"Överföring till ordinarie fritidsverksamhet"_s, milestone(d(2023, 12, 15))}});
    iv = addIntervention(b, 1, u"7140"_s, u"Utemiljö Ersboda"_s, situational, longTerm,
                         {d(2021, 9, 1), d(2023, 11, 1)},
                         u"Upprustad utemiljö i centrala Ersboda: belysning, siktröjning och "
                         "trygga gångstråk, tillsammans med AB Bostaden."_s);
    addActivities(b, iv, {{u"Trygghetsvandringar med boende"_s, {d(2021, 9, 1), d(2021, 11, 1)}},
                          {u"Projektering"_s, {d(2021, 11, 1), d(2022, 4, 1)}},
                          {u"Belysning och röjning av stråk"_s, {d(2022, 4, 1), d(2023, 10, 1)}},
                          {u"Utemiljön invigs"_s, milestone(d(2023, 10, 14))}});
    iv = addIntervention(b, 1, u"7150"_s, u"Lovaktiviteter"_s, social, shortTerm,
                         {d(2021, 6, 1), d(2024, 1, 1)},
                         u"Avgiftsfria aktiviteter under sommar- och höstlov för barn och unga i "
                         "fokusområdena."_s);
    addActivities(b, iv, {{u"Sommarlovsaktiviteter 2021"_s, {d(2021, 6, 14), d(2021, 8, 16)}},
                          {u"Sommarlovsaktiviteter 2022"_s, {d(2022, 6, 13), d(2022, 8, 15)}},
                          {u"Sommarlovsaktiviteter 2023"_s, {d(2023, 6, 12), d(2023, 8, 14)}},
                          {u"Uppföljning av lovaktiviteterna"_s, milestone(d(2023, 11, 15))}});
    iv = addIntervention(b, 1, u"7160"_s, u"Operativt team Ersängsskolan"_s, social, shortTerm,
                         {d(2021, 8, 16), d(2023, 6, 16)},
                         u"Operativt team av skola och socialtjänst på Ersängsskolan för elever med hög "
                         "frånvaro och oro för kriminalitet."_s);
    addActivities(b, iv, {{u"Operativt team startar"_s, milestone(d(2021, 8, 16))},
                          {u"Närvarofrämjande arbete och hembesök"_s, {d(2021, 8, 16), d(2023, 6, 16)}},
                          {u"Slutrapport"_s, milestone(d(2023, 6, 15))}});

    // Phase 2: Inriktningsperiod 2024–2026 (the long-running work is dated inside it)
    iv = addIntervention(b, 2, u"7100"_s, u"Processledning och samordning"_s, social, longTerm,
                         {d(2024, 1, 1), d(2027, 1, 1)},
                         u"Umeåbrå leder uppdraget och samordnar förvaltningarnas insatser mot områden "
                         "med tendenser till social oro."_s);
    addActivities(b, iv, {{u"Samordning av förvaltningarnas insatser"_s, {d(2024, 1, 1), d(2027, 1, 1)}},
                          {u"Lägesbild och tertialuppföljning"_s, {d(2024, 1, 1), d(2027, 1, 1)}},
                          {u"Inriktningsperioden utvärderas"_s, milestone(d(2026, 9, 30))},
                          {u"Beslut om inriktning 2027–2030"_s, milestone(d(2026, 12, 15))}});
    iv = addIntervention(b, 2, u"7110"_s, u"EST – Effektiv samordning för trygghet"_s, situational, shortTerm,
                         {d(2024, 1, 1), d(2027, 1, 1)},
                         u"Gemensam lägesbild varje vecka och analys varje kvartal med polisen och "
                         "fastighetsägarna; insatser riktas till platser som lägesbilden pekar ut."_s);
    addActivities(b, iv, {{u"Veckovis lägesbild med polis och fastighetsägare"_s, {d(2024, 1, 8), d(2026, 12, 21)}},
                          {u"Kvartalsvis gemensam analys"_s, {d(2024, 3, 1), d(2026, 12, 1)}},
                          {u"Fastighetsägare i Mariehem ansluter"_s, milestone(d(2024, 9, 2))}});
    iv = addIntervention(b, 2, u"7170"_s, u"Föräldrastöd"_s, social, longTerm, {d(2024, 3, 1), d(2026, 12, 19)},
                         u"Föräldraskapsstöd (ABC) och föräldravandringar i fokusområdena, tillsammans med "
                         "Region Västerbotten och föreningar."_s);
    addActivities(b, iv, {{u"ABC-grupper i Ersboda och Mariehem"_s, {d(2024, 3, 1), d(2026, 6, 1)}},
                          {u"Föräldravandringar"_s, {d(2024, 9, 1), d(2026, 12, 19)}},
                          {u"Utvärdering av föräldrastödet"_s, milestone(d(2026, 12, 10))}});
}

void addAreasAndResponsibilities(Builder &b)
{
    // Lists, not hashes: QHash's order changes between runs and the ids must not.
    const QStringList all = {u"Ersboda"_s, u"Mariehem"_s, u"Ålidhem"_s, u"Tomtebo (del av)"_s};
    const QStringList northEast = {u"Ersboda"_s, u"Mariehem"_s, u"Ålidhem"_s};
    const std::vector<std::pair<QString, QStringList>> areas = {
        {u"7180"_s, all}, {u"7130"_s, {u"Ålidhem"_s}}, {u"7120"_s, {u"Ersboda"_s}},
        {u"7140"_s, {u"Ersboda"_s}}, {u"7150"_s, all}, {u"7160"_s, {u"Ersboda"_s}},
        {u"7100"_s, all}, {u"7110"_s, northEast}, {u"7170"_s, northEast}};
    for (const auto &[code, names] : areas) {
        for (const QString &area : names)
            b.add(InterventionArea{NoId, b.ref(b.interventionIds, code), b.ref(b.areas, area)});
    }

    // Exactly one accountable per intervention, then responsible, consulted, informed.
    const auto A = RaciRole::Accountable, R = RaciRole::Responsible, C = RaciRole::Consulted,
               I = RaciRole::Informed;
    const std::vector<std::pair<QString, std::vector<std::pair<QString, RaciRole>>>> raci = {
        {u"7100"_s, {{u"1100"_s, A}, {u"1100"_s, R}, {u"police"_s, C}, {u"6100"_s, C}, {u"region"_s, I}, {u"civil"_s, I}}},
        {u"7110"_s, {{u"1100"_s, A}, {u"1100"_s, R}, {u"police"_s, R}, {u"6100"_s, R}, {u"5100"_s, I}}},
        {u"7120"_s, {{u"3100"_s, A}, {u"3100"_s, R}, {u"civil"_s, C}, {u"2100"_s, C}, {u"police"_s, I}}},
        {u"7130"_s, {{u"3100"_s, A}, {u"civil"_s, R}, {u"6100"_s, C}, {u"1100"_s, I}}},
        {u"7140"_s, {{u"5100"_s, A}, {u"5100"_s, R}, {u"6100"_s, R}, {u"police"_s, C}, {u"civil"_s, C}, {u"1100"_s, I}}},
        {u"7150"_s, {{u"3100"_s, A}, {u"3100"_s, R}, {u"civil"_s, R}, {u"4100"_s, C}, {u"police"_s, I}}},
        {u"7160"_s, {{u"4100"_s, A}, {u"4100"_s, R}, {u"2100"_s, R}, {u"police"_s, C}, {u"region"_s, C}, {u"1100"_s, I}}},
        {u"7170"_s, {{u"2100"_s, A}, {u"2100"_s, R}, {u"region"_s, R}, {u"4100"_s, C}, {u"civil"_s, I}}},
        {u"7180"_s, {{u"1100"_s, A}, {u"ucer"_s, R}, {u"police"_s, C}, {u"region"_s, I}}},
    };
    for (const auto &[code, roles] : raci) {
        const Id intervention = b.ref(b.interventionIds, code);
        for (const auto &[organisation, role] : roles)
            b.add(Responsibility{NoId, intervention, NoId, b.ref(b.organisations, organisation), role});
    }
}

} // namespace

std::unique_ptr<PlanDocument> createUmea(const QString &path, QString *error)
{
    QString message;
    auto fail = [&](std::unique_ptr<PlanDocument> &doc, const QString &why) {
        const bool created = doc != nullptr;
        doc.reset(); // closes the store and releases the lock before the file goes
        if (created)
            QFile::remove(path);
        if (error)
            *error = why;
        return nullptr;
    };

    std::unique_ptr<PlanDocument> doc = PlanDocument::create(path, umeaProgramme(), &message);
    if (!doc)
        return fail(doc, message);

    Builder b;
    addGovernance(b);
    addOrganisations(b);
    addPhases(b);
    addInterventions(b);
    addAreasAndResponsibilities(b);
    detail::addLogic(b);
    detail::addFunding(b);
    detail::addAllocations(b);
    detail::addFollowUp(b);
    if (!b.missing().isEmpty())
        return fail(doc, u"The Umeå demo refers to unknown keys: %1"_s.arg(b.missing().join(u", "_s)));

    if (!doc->applyBulk(b.changes(),
                        CommandText("horisont::demo", QT_TRANSLATE_NOOP("horisont::demo", "Create the Umeå demo plan"))))
        return fail(doc, doc->lastError());

    std::vector<Transaction> transactions = detail::demoTransactions(b);
    Ledger::matchCodes(doc->plan(), transactions);
    Ledger ledger(doc->store());
    Ledger::InsertResult result;
    if (!ledger.insert(transactions, u"demo"_s, currentOsUser(), &result, &message))
        return fail(doc, message);
    if (!detail::addBudgetHistory(*doc, b, &message))
        return fail(doc, message);
    return doc;
}

} // namespace horisont::demo
