#include "report/packcontext.h"
#include "report/sections/sections.h"

#include "model/textlimits.h"
#include "plan/plan.h"

#include <QCoreApplication>

namespace horisont::sections {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PdfPack)
};
} // namespace

/// Every funding source: code, name, grantor, ceiling, valid period and the decision it rests on.
void fundingSources(PackDocument &doc, PackContext &context)
{
    const Plan &plan = context.plan;
    doc.heading(Tr::tr("Funding sources"));
    QList<QStringList> rows;
    Money ceilings;
    for (const FundingSource &s : plan.all<FundingSource>()) {
        QString decision;
        if (const Decision *d = plan.find<Decision>(s.decisionId)) {
            QStringList parts;
            for (const QString &part : {d->body, context.date(d->date), d->reference}) {
                if (!part.isEmpty())
                    parts << part;
            }
            decision = parts.join(QStringLiteral(", "));
        }
        QString name = elideText(s.name, ShortTextMaxLength);
        if (!s.earmark.isEmpty())
            name += QStringLiteral("\n") + Tr::tr("Earmarked: %1").arg(s.earmark);
        rows << QStringList{s.code, name, s.grantor,
                            s.ceiling ? context.money(*s.ceiling) : Tr::tr("no ceiling"),
                            Tr::tr("%1 – %2").arg(context.date(s.validFrom), context.lastDay(s.validUntil)), decision};
        if (s.ceiling)
            ceilings += *s.ceiling;
    }
    if (rows.isEmpty()) {
        doc.paragraph(Tr::tr("The plan has no funding sources."));
        return;
    }
    rows << QStringList{QString(), Tr::tr("Total"), QString(), context.money(ceilings), QString(), QString()};
    doc.table({{Tr::tr("Code"), 8},
               {Tr::tr("Funding source"), 24},
               {Tr::tr("Grantor"), 15},
               {Tr::tr("Ceiling"), 15, true},
               {Tr::tr("Valid"), 17},
               {Tr::tr("Decision"), 21}},
              rows, true);
}

} // namespace horisont::sections
