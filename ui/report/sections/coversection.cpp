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

void cover(PackDocument &doc, PackContext &context)
{
    const Programme &programme = context.plan.programme();
    doc.paragraph(context.packName.toUpper(), 11, true, doc.bodyHeight() * 0.22, QColor(0x52606d));
    doc.paragraph(programme.name, 26, true, 6, QColor(0x1f3a5f));
    if (!programme.vision.isEmpty())
        doc.paragraph(programme.vision, 11, false, 6, QColor(0x3e4c59));
    doc.paragraph(Tr::tr("Commissioned by: %1").arg(programme.commissioningBody), 11, false, 28);
    if (!programme.processLeader.isEmpty())
        doc.paragraph(Tr::tr("Process leader: %1").arg(programme.processLeader), 11);
    doc.paragraph(Tr::tr("Period covered: %1").arg(context.period()), 11);
    doc.paragraph(Tr::tr("Date: %1").arg(context.longDate(context.options.exportDate)), 11);
    if (context.options.draft)
        doc.paragraph(Tr::tr("DRAFT"), 14, true, 20, QColor(0xb42318));
    doc.newPage();
}

} // namespace horisont::sections
