#include "models/importpreviewmodels.h"

#include "model/entities.h"
#include "model/halfopen.h"
#include "model/organisation.h"
#include "model/schema.h"
#include "model/structure.h"
#include "planimport/planmapping.h"

#include <QHash>
#include <QLocale>

namespace horisont {
namespace {

/// The records of one kind the mapped plan inserts, in the order it adds them.
template<class T>
QList<T> inserted(const MappedPlan &mapped)
{
    QList<T> result;
    for (const Change &c : mapped.changes)
        if (c.type == Change::Type::Insert && c.record.kind == kindOf<T>)
            result.append(fromRecord<T>(c.record));
    return result;
}

QList<QStandardItem *> row(const QString &name, const QString &kind, const QString &dates)
{
    QList<QStandardItem *> items{new QStandardItem(name), new QStandardItem(kind), new QStandardItem(dates)};
    for (QStandardItem *item : items)
        item->setEditable(false);
    return items;
}

} // namespace

ImportStructureModel::ImportStructureModel(QObject *parent) : QStandardItemModel(parent)
{
    setPlan(nullptr);
}

void ImportStructureModel::setPlan(const MappedPlan *mapped)
{
    clear();
    setHorizontalHeaderLabels({tr("Name"), tr("Becomes"), tr("Dates")});
    if (!mapped)
        return;
    QHash<Id, QStandardItem *> phases;
    QHash<Id, QStandardItem *> interventions;
    for (const Phase &p : inserted<Phase>(*mapped)) {
        QList<QStandardItem *> items = row(p.name, tr("Phase"), isoSpan(p.start, p.end));
        phases.insert(p.id, items.first());
        appendRow(items);
    }
    for (const Intervention &i : inserted<Intervention>(*mapped)) {
        QList<QStandardItem *> items = row(i.name, tr("Intervention"), isoSpan(i.start, i.end));
        interventions.insert(i.id, items.first());
        if (QStandardItem *phase = phases.value(i.phaseId))
            phase->appendRow(items);
        else
            appendRow(items);
    }
    for (const Activity &a : inserted<Activity>(*mapped)) {
        QList<QStandardItem *> items = a.milestone ? row(a.name, tr("Milestone"), isoDate(a.start))
                                                   : row(a.name, tr("Activity"), isoSpan(a.start, a.end));
        if (QStandardItem *intervention = interventions.value(a.interventionId))
            intervention->appendRow(items);
        else
            appendRow(items);
    }
}

ImportOrganisationModel::ImportOrganisationModel(QObject *parent) : QStandardItemModel(parent)
{
    setPlan(nullptr);
}

void ImportOrganisationModel::setPlan(const MappedPlan *mapped)
{
    clear();
    setHorizontalHeaderLabels({tr("Organisation (from a resource)"), tr("Part of"), tr("R on tasks")});
    if (!mapped)
        return;
    const QList<Organisation> organisations = inserted<Organisation>(*mapped);
    QHash<Id, QString> names;
    for (const Organisation &o : organisations)
        names.insert(o.id, o.name);
    QHash<Id, int> carried;
    for (const Responsibility &r : inserted<Responsibility>(*mapped))
        if (r.role == RaciRole::Responsible)
            ++carried[r.organisationId];
    for (const Organisation &o : organisations) {
        QList<QStandardItem *> items = row(o.name, names.value(o.parentId), QLocale().toString(carried.value(o.id)));
        items.last()->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        appendRow(items);
    }
}

} // namespace horisont
