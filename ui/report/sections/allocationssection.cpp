#include "report/packcontext.h"
#include "report/sections/sections.h"

#include "budget/budgetreport.h"
#include "labels/labels.h"

#include <QCoreApplication>

namespace horisont::sections {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PdfPack)
};
} // namespace

/// Allocations of the budget years covered, by organisation and by intervention.
void allocations(PackDocument &doc, PackContext &context)
{
    const int first = context.years.first, last = context.years.last;
    doc.heading(Tr::tr("Allocations by year"));
    doc.paragraph(Tr::tr("Planned and decided allocations of the budget years %1–%2, all funding sources. "
                         "Amounts in %3.")
                      .arg(first)
                      .arg(last)
                      .arg(context.locale.language() == QLocale::Swedish ? QStringLiteral("kr")
                                                                         : QStringLiteral("SEK")));
    doc.heading(Tr::tr("By organisation"), 2);
    yearGrid(doc, context, allocationsByYear(context.plan, BudgetDimension::Organisation, first, last), first,
             Labels::kind(EntityKind::Organisation));
    doc.heading(Tr::tr("By intervention"), 2);
    yearGrid(doc, context, allocationsByYear(context.plan, BudgetDimension::Intervention, first, last), first,
             Labels::kind(EntityKind::Intervention));
}

} // namespace horisont::sections
