#include "report/packcontext.h"
#include "report/sections/sections.h"

#include "labels/labels.h"
#include "plan/plan.h"

#include <QCoreApplication>
#include <QHash>

namespace horisont::sections {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PdfPack)
};
} // namespace

void responsibilities(PackDocument &doc, PackContext &context)
{
    const Plan &plan = context.plan;
    doc.heading(Tr::tr("Responsibilities"));
    doc.paragraph(Tr::tr("Who is accountable and who is responsible for each intervention in the period covered."));
    QHash<Id, QList<const Responsibility *>> byIntervention;
    for (const Responsibility &r : plan.all<Responsibility>()) {
        if (r.activityId == NoId)
            byIntervention[r.interventionId] << &r;
    }
    QHash<Id, QStringList> areasOf;
    for (const InterventionArea &ia : plan.all<InterventionArea>())
        areasOf[ia.interventionId] << Labels::entityName(plan, EntityKind::Area, ia.areaId);
    QList<QStringList> rows;
    for (const Intervention &in : plan.all<Intervention>()) {
        if (in.end.isValid() && in.end <= context.from)
            continue;
        if (in.start.isValid() && in.start > context.to)
            continue;
        QStringList roles[4];
        for (const Responsibility *r : byIntervention.value(in.id)) {
            const Organisation *o = plan.find<Organisation>(r->organisationId);
            const QString name =
                r->role == RaciRole::Accountable && o ? o->name : context.organisationName(r->organisationId);
            if (!roles[int(r->role)].contains(name))
                roles[int(r->role)] << name;
        }
        QStringList others = roles[int(RaciRole::Consulted)];
        for (const QString &i : roles[int(RaciRole::Informed)])
            others << i + QStringLiteral(" (") + Labels::raciLetter(RaciRole::Informed) + QLatin1Char(')');
        rows << QStringList{in.name + QStringLiteral("\n") + context.date(in.start) + QStringLiteral(" – ") +
                                context.lastDay(in.end),
                            areasOf.value(in.id).join(QStringLiteral(", ")),
                            roles[int(RaciRole::Accountable)].join(QStringLiteral(", ")),
                            roles[int(RaciRole::Responsible)].join(QStringLiteral(", ")),
                            others.join(QStringLiteral(", "))};
    }
    doc.table({{Labels::kind(EntityKind::Intervention), 30},
               {Tr::tr("Areas"), 16},
               {Labels::raci(RaciRole::Accountable), 16},
               {Labels::raci(RaciRole::Responsible), 19},
               {Tr::tr("Consulted, informed"), 19}},
              rows);
}

} // namespace horisont::sections
