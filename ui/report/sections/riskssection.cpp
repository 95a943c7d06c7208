#include "report/packcontext.h"
#include "report/sections/sections.h"

#include "plan/plan.h"

#include <QCoreApplication>

namespace horisont::sections {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PdfPack)
};
} // namespace

void risks(PackDocument &doc, PackContext &context)
{
    doc.heading(Tr::tr("Risks"));
    QList<QStringList> rows;
    for (const Risk &r : context.plan.all<Risk>()) {
        rows << QStringList{r.name, QString::number(r.likelihood), QString::number(r.impact),
                            QString::number(r.likelihood * r.impact), r.mitigation,
                            context.organisationName(r.ownerOrganisationId), context.date(r.reviewDate)};
    }
    if (rows.isEmpty()) {
        doc.paragraph(Tr::tr("The plan lists no risks."));
        return;
    }
    doc.paragraph(Tr::tr("Likelihood and impact on a scale of 1–5; the score is likelihood × impact."));
    doc.table({{Tr::tr("Risk"), 21},
               {Tr::tr("Likelihood"), 12, true},
               {Tr::tr("Impact"), 11, true},
               {Tr::tr("Score"), 9, true},
               {Tr::tr("Mitigation"), 25},
               {Tr::tr("Owner"), 11},
               {Tr::tr("Review"), 11}},
              rows);
}

} // namespace horisont::sections
