#include "report/packcontext.h"
#include "report/sections/sections.h"

#include "labels/labels.h"
#include "model/textlimits.h"
#include "plan/plan.h"
#include "model/codedname.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace horisont::sections {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PdfPack)
};

template<class T>
void byPosition(QList<const T *> &list)
{
    std::stable_sort(list.begin(), list.end(), [](const T *a, const T *b) { return a->position < b->position; });
}
} // namespace

/// The plan's structure in the period covered: per phase its interventions
/// and their activities and milestones, with dates (the last day shown),
/// the organisations responsible and the status.
void structure(PackDocument &doc, PackContext &context)
{
    const Plan &plan = context.plan;
    doc.heading(Tr::tr("Structure"));
    doc.paragraph(Tr::tr("Phases, interventions and their activities in the period covered; A is the accountable "
                         "organisation, R the responsible ones; ◆ marks a milestone."));
    QHash<Id, QList<const Intervention *>> interventionsOf;
    for (const Intervention &in : plan.all<Intervention>())
        interventionsOf[in.phaseId] << &in;
    QHash<Id, QList<const Activity *>> activitiesOf;
    for (const Activity &a : plan.all<Activity>())
        activitiesOf[a.interventionId] << &a;
    QHash<Id, QStringList> accountable, responsibleForActivity, responsibleForIntervention;
    for (const Responsibility &r : plan.all<Responsibility>()) {
        const QString name = context.organisationName(r.organisationId);
        if (r.activityId != NoId) {
            if (r.role == RaciRole::Responsible || r.role == RaciRole::Accountable)
                responsibleForActivity[r.activityId] << name;
        } else if (r.role == RaciRole::Accountable) {
            accountable[r.interventionId] << name;
        } else if (r.role == RaciRole::Responsible) {
            responsibleForIntervention[r.interventionId] << name;
        }
    }
    QList<const Phase *> phases;
    for (const Phase &p : plan.all<Phase>())
        phases << &p;
    byPosition(phases);
    if (interventionsOf.contains(NoId))
        phases << nullptr; // interventions outside any phase
    const QList<PackDocument::Column> columns{{Tr::tr("Intervention, activity"), 40},
                                              {Tr::tr("Start"), 11},
                                              {Tr::tr("End"), 11},
                                              {Tr::tr("Organisations"), 24},
                                              {Tr::tr("Status"), 14}};
    bool any = false;
    for (const Phase *phase : phases) {
        if (phase && !context.overlaps(phase->start, phase->end))
            continue;
        QList<const Intervention *> interventions = interventionsOf.value(phase ? phase->id : NoId);
        byPosition(interventions);
        QList<QStringList> rows;
        for (const Intervention *in : interventions) {
            if (!context.overlaps(in->start, in->end))
                continue;
            QStringList orgs;
            for (const QString &a : accountable.value(in->id))
                orgs << a + QStringLiteral(" (A)");
            for (const QString &r : responsibleForIntervention.value(in->id))
                orgs << r + QStringLiteral(" (R)");
            rows << QStringList{codedName(*in),
                                context.date(in->start), context.lastDay(in->end), orgs.join(QStringLiteral(", ")),
                                Labels::status(in->status)};
            QList<const Activity *> activities = activitiesOf.value(in->id);
            byPosition(activities);
            for (const Activity *a : activities) {
                if (!context.overlaps(a->start, a->milestone ? a->start.addDays(1) : a->end))
                    continue;
                rows << QStringList{(a->milestone ? QStringLiteral("    ◆ ") : QStringLiteral("    – ")) + a->name,
                                    context.date(a->start),
                                    a->milestone ? context.date(a->start) : context.lastDay(a->end),
                                    responsibleForActivity.value(a->id).join(QStringLiteral(", ")),
                                    Labels::status(a->status)};
            }
        }
        if (rows.isEmpty())
            continue;
        any = true;
        doc.heading(phase ? Tr::tr("%1 (%2 – %3)")
                                .arg(elideText(phase->name, ShortTextMaxLength / 2), context.date(phase->start),
                                     context.lastDay(phase->end))
                          : Tr::tr("Outside the phases"),
                    2);
        doc.table(columns, rows);
    }
    if (!any)
        doc.paragraph(Tr::tr("No interventions fall in the period covered."));
}

} // namespace horisont::sections
