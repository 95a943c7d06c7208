#include "report/packcontext.h"
#include "report/sections/sections.h"

#include "labels/labels.h"
#include "model/textlimits.h"
#include "plan/plan.h"

#include <QCoreApplication>
#include <QHash>

#include <map>

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
        std::map<int, QStringList> roles; // by role, in RaciRole's order
        for (const Responsibility *r : byIntervention.value(in.id)) {
            const Organisation *o = plan.find<Organisation>(r->organisationId);
            const QString name = !o ? Labels::entityName(plan, EntityKind::Organisation, r->organisationId)
                                 : r->role == RaciRole::Accountable ? o->name
                                                                    : context.organisationName(o->id);
            QStringList &names = roles[int(r->role)];
            if (!names.contains(name))
                names << name;
        }
        auto namesOf = [&](RaciRole role) {
            const auto it = roles.find(int(role));
            return it == roles.end() ? QStringList() : it->second;
        };
        QStringList others = namesOf(RaciRole::Consulted);
        for (const auto &[role, names] : roles) {
            // Informed, and any role no version of Horisont writes (a damaged file), marked by its letter.
            const RaciRole r = RaciRole(role);
            if (r == RaciRole::Responsible || r == RaciRole::Accountable || r == RaciRole::Consulted)
                continue;
            for (const QString &name : names)
                others << name + QStringLiteral(" (") + Labels::raciLetter(r) + QLatin1Char(')');
        }
        // The name bounded here, so that the cell's own bound never cuts the dates off.
        rows << QStringList{elideText(in.name, ShortTextMaxLength) + QStringLiteral("\n") + context.date(in.start) + QStringLiteral(" – ") +
                                context.lastDay(in.end),
                            areasOf.value(in.id).join(QStringLiteral(", ")),
                            namesOf(RaciRole::Accountable).join(QStringLiteral(", ")),
                            namesOf(RaciRole::Responsible).join(QStringLiteral(", ")),
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
