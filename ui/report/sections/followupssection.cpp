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

/// The follow-ups that overlap the period covered.
void followUps(PackDocument &doc, PackContext &context)
{
    doc.heading(Tr::tr("Follow-ups"));
    QList<QStringList> rows;
    for (const FollowUp &f : context.plan.all<FollowUp>()) {
        if (!context.overlaps(f.periodStart, f.periodEnd))
            continue;
        const Intervention *in = context.plan.find<Intervention>(f.interventionId);
        rows << QStringList{in ? in->name : QString(),
                            Tr::tr("%1 – %2").arg(context.date(f.periodStart), context.lastDay(f.periodEnd)),
                            Labels::enumValue(EntityKind::FollowUp, columns::kind, int(f.kind)), f.findings, f.deviations, context.money(f.cost)};
    }
    if (rows.isEmpty())
        doc.paragraph(Tr::tr("No follow-ups cover the period."));
    else
        doc.table({{Tr::tr("Intervention"), 17}, {Tr::tr("Period"), 14}, {Tr::tr("Kind"), 9}, {Tr::tr("Findings"), 27},
                   {Tr::tr("Deviations and why"), 21}, {Tr::tr("Cost"), 12, true}},
                  rows);
}

} // namespace horisont::sections
