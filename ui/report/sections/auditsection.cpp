#include "report/packcontext.h"
#include "report/sections/sections.h"

#include "budget/audittrail.h"
#include "document/plandocument.h"
#include "models/changelogformatter.h"
#include "plan/plan.h"

#include <QCoreApplication>

namespace horisont::sections {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PdfPack)
};
} // namespace

/// Every budget-relevant change and ledger import made in the period covered.
void auditTrail(PackDocument &doc, PackContext &context)
{
    doc.heading(Tr::tr("Audit trail of the period"));
    AuditFilter filter;
    filter.from = context.from;
    filter.until = context.toExclusive;
    const std::vector<AuditEntry> entries = budgetAuditTrail(context.document.store(), context.plan, filter);
    doc.paragraph(Tr::tr("Changes to funding sources, allocations and forecasts, and imports of actual spending, "
                         "made %1 – %2: who, when, what, before and after, and why.")
                      .arg(context.date(context.from), context.date(context.to)));
    if (entries.empty()) {
        doc.paragraph(Tr::tr("No budget changes were made in the period."));
        return;
    }
    const ChangeLogFormatter formatter(context.plan);
    QList<QStringList> rows;
    for (const AuditEntry &e : entries) {
        const ChangeLogEntry &c = e.change;
        const QString when = c.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        if (e.type != AuditEntry::Type::Change) {
            const QString what = e.type == AuditEntry::Type::Import ? Tr::tr("Import of actual spending")
                                                                     : Tr::tr("Removal of an import of actual spending");
            rows << QStringList{when, c.user, what, e.fileName, Tr::tr("%n rows", nullptr, int(e.rowsImported)),
                                context.money(e.total), c.reason};
            continue;
        }
        QString command = c.command.toString(); // in the pack's language
        if (c.action == QLatin1String("undo"))
            command = Tr::tr("Undo %1").arg(command);
        else if (c.action == QLatin1String("redo"))
            command = Tr::tr("Redo %1").arg(command);
        QString change;
        if (c.field.isEmpty())
            change = c.hasNew && !c.hasOld ? Tr::tr("created") : Tr::tr("removed");
        else // as the audit trail view shows it: names, labels of choices, amounts
            change = formatter.field(c) + QStringLiteral(": ") + formatter.value(c, true) + QStringLiteral(" → ")
                     + formatter.value(c, false);
        rows << QStringList{when, c.user, command, e.itemName, change, QString(), c.reason};
    }
    doc.table({{Tr::tr("When"), 12},
               {Tr::tr("Who"), 9},
               {Tr::tr("Change"), 17},
               {Tr::tr("Item"), 20},
               {Tr::tr("Field: before → after"), 20},
               {Tr::tr("Amount"), 10, true},
               {Tr::tr("Reason"), 12}},
              rows);
}

} // namespace horisont::sections
