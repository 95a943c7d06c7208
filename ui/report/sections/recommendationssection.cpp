#include "report/packcontext.h"
#include "model/columns.h"
#include "report/sections/sections.h"

#include "labels/labels.h"
#include "plan/plan.h"

#include <QCoreApplication>

namespace horisont::sections {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PdfPack)
};
} // namespace

void recommendations(PackDocument &doc, PackContext &context)
{
    doc.heading(Tr::tr("Evaluation recommendations"));
    QList<QStringList> rows;
    for (const Recommendation &r : context.plan.all<Recommendation>()) {
        rows << QStringList{r.text, r.source, context.organisationName(r.ownerOrganisationId), context.date(r.dueDate),
                            Labels::enumValue(EntityKind::Recommendation, columns::status, int(r.status))};
    }
    if (rows.isEmpty())
        doc.paragraph(Tr::tr("The plan lists no recommendations."));
    else
        doc.table({{Tr::tr("Recommendation"), 40}, {Tr::tr("From"), 16}, {Tr::tr("Owner"), 16}, {Tr::tr("Due"), 13},
                   {Tr::tr("Status"), 15}},
                  rows);
}

} // namespace horisont::sections
