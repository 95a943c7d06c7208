#include "report/sections/sections.h"

#include "report/pdfpack.h"

#include <QCoreApplication>

namespace horisont::sections {

const QList<Section> &all()
{
    using O = PdfPackOptions;
    static const QList<Section> list{
        {O::Cover, "cover", QT_TRANSLATE_NOOP("horisont::PdfPack", "Cover"), &cover},
        {O::Summary, "summary", QT_TRANSLATE_NOOP("horisont::PdfPack", "Summary of key figures"), &summary},
        {O::Changes, "changes", QT_TRANSLATE_NOOP("horisont::PdfPack", "Changes since a version (--compare-with)"), &changes},
        {O::Structure, "structure", QT_TRANSLATE_NOOP("horisont::PdfPack", "Structure: phases, interventions, activities"),
         &structure},
        {O::Timeline, "timeline", QT_TRANSLATE_NOOP("horisont::PdfPack", "Timeline"), &timeline},
        {O::Budget, "budget", QT_TRANSLATE_NOOP("horisont::PdfPack", "Budget and actual per funding source"), &budget},
        {O::FundingSources, "sources", QT_TRANSLATE_NOOP("horisont::PdfPack", "Funding sources"), &fundingSources},
        {O::Allocations, "allocations", QT_TRANSLATE_NOOP("horisont::PdfPack", "Allocations by year"), &allocations},
        {O::Actuals, "actuals", QT_TRANSLATE_NOOP("horisont::PdfPack", "Actual against budget with variance"), &actuals},
        {O::Forecast, "forecast", QT_TRANSLATE_NOOP("horisont::PdfPack", "Forecast"), &forecast},
        {O::AuditTrail, "audit", QT_TRANSLATE_NOOP("horisont::PdfPack", "Audit trail of the period"), &auditTrail},
        {O::Responsibilities, "responsibilities", QT_TRANSLATE_NOOP("horisont::PdfPack", "Responsibilities"),
         &responsibilities},
        {O::Logic, "logic", QT_TRANSLATE_NOOP("horisont::PdfPack", "Programme logic"), &logic},
        {O::Indicators, "indicators", QT_TRANSLATE_NOOP("horisont::PdfPack", "Indicator charts"), &indicators},
        {O::Problems, "problems", QT_TRANSLATE_NOOP("horisont::PdfPack", "Problems found by the plan checks"), &findings},
        {O::Risks, "risks", QT_TRANSLATE_NOOP("horisont::PdfPack", "Risks"), &risks},
        {O::Recommendations, "recommendations", QT_TRANSLATE_NOOP("horisont::PdfPack", "Evaluation recommendations"),
         &recommendations},
        {O::FollowUps, "followups", QT_TRANSLATE_NOOP("horisont::PdfPack", "Follow-ups"), &followUps},
    };
    return list;
}

} // namespace horisont::sections
