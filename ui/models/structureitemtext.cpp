#include "models/structureitemtext.h"

#include "budget/allocationrollup.h"
#include "labels/labels.h"
#include "model/halfopen.h"
#include "model/schema.h"
#include "models/structuremodel.h"
#include "plan/plan.h"
#include "model/codedname.h"

#include <QCoreApplication>

namespace horisont {
namespace {
using Level = StructureTree::Level;
using enum StructureModel::Column;

// These texts were written in StructureModel; the catalogue knows them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::StructureModel)
};
} // namespace

StructureItemText::StructureItemText(const Plan &plan, const StructureTree &tree, const AllocationRollup &rollup)
    : m_plan(plan), m_tree(tree), m_rollup(rollup)
{}

QString StructureItemText::name(Level level, Id id) const
{
    switch (level) {
    case StructureTree::PhaseLevel:
        if (const Phase *p = m_plan.find<Phase>(id))
            return p->name;
        break;
    case StructureTree::InterventionLevel:
        if (const Intervention *i = m_plan.find<Intervention>(id))
            return codedName(*i);
        break;
    case StructureTree::ActivityLevel:
        if (const Activity *a = m_plan.find<Activity>(id))
            return a->name;
        break;
    case StructureTree::Root:
        break;
    }
    return {};
}

void StructureItemText::refreshLinks() const
{
    if (!m_linksDirty)
        return;
    m_accountable.clear();
    m_areas.clear();
    for (const Responsibility &r : m_plan.all<Responsibility>()) {
        if (r.role == RaciRole::Accountable && r.activityId == NoId)
            m_accountable.insert(r.interventionId, r.organisationId);
    }
    for (const InterventionArea &ia : m_plan.all<InterventionArea>())
        m_areas[ia.interventionId] << Labels::entityName(m_plan, EntityKind::Area, ia.areaId);
    m_linksDirty = false;
}

Id StructureItemText::accountable(Id intervention) const
{
    refreshLinks();
    return m_accountable.value(intervention);
}

QString StructureItemText::accountableName(Id intervention) const
{
    const Organisation *o = m_plan.find<Organisation>(accountable(intervention));
    return o ? (o->shortName.isEmpty() ? o->name : o->shortName) : QString();
}

QString StructureItemText::areaNames(Id intervention) const
{
    refreshLinks();
    return m_areas.value(intervention).join(QStringLiteral(", "));
}

QVariant StructureItemText::value(Level level, Id id, int column, int role) const
{
    switch (column) {
    case Name:
        if (role == Qt::EditRole)
            return Labels::entityName(m_plan, StructureTree::kindOf(level), id);
        return name(level, id);
    case Start:
        return date(level, id, Start, role);
    case End:
        return date(level, id, End, role);
    case Responsible:
        if (level != StructureTree::InterventionLevel)
            return {};
        return role == Qt::EditRole ? QVariant(qlonglong(accountable(id))) : QVariant(accountableName(id));
    case Areas:
        if (level != StructureTree::InterventionLevel)
            return {};
        if (role == Qt::EditRole) {
            QVariantList areas; // the ids of the targeted areas, for the area editor
            for (const InterventionArea &ia : m_plan.all<InterventionArea>()) {
                if (ia.interventionId == id)
                    areas << qlonglong(ia.areaId);
            }
            return areas;
        }
        return areaNames(id);
    case Status: {
        int status = -1;
        if (level == StructureTree::InterventionLevel)
            status = int(m_plan.find<Intervention>(id)->status);
        else if (level == StructureTree::ActivityLevel)
            status = int(m_plan.find<Activity>(id)->status);
        if (status < 0)
            return {};
        return role == Qt::EditRole ? QVariant(status) : QVariant(Labels::status(WorkStatus(status)));
    }
    case Budget: {
        const Money sum = budget(level, id);
        if (role == Qt::EditRole)
            return qlonglong(sum.ore());
        return sum.isZero() && level == StructureTree::ActivityLevel ? QString() : sum.format(m_locale);
    }
    default:
        return {};
    }
}

QVariant StructureItemText::date(Level level, Id id, int column, int role) const
{
    const std::optional<Record> r = m_plan.record(StructureTree::kindOf(level), id);
    if (!r)
        return {};
    const KindInfo &info = kindInfo(r->kind);
    QDate start;
    QDate end;
    storage::from(r->values.at(info.fieldIndex(columns::start)), start);
    storage::from(r->values.at(info.fieldIndex(columns::end)), end);
    const Activity *activity = level == StructureTree::ActivityLevel ? m_plan.find<Activity>(id) : nullptr;
    const QDate shown = column == Start ? start : lastDayOf(start, end, activity && activity->milestone);
    if (role == Qt::EditRole)
        return shown;
    return shown.toString(Qt::ISODate);
}

Money StructureItemText::budget(Level level, Id id) const
{
    if (level == StructureTree::ActivityLevel)
        return m_rollup.forActivity(id);
    if (level != StructureTree::PhaseLevel)
        return m_rollup.forIntervention(id);
    Money sum;
    for (Id child : m_tree.children(level, id))
        sum += m_rollup.forIntervention(child);
    return sum;
}

QString StructureItemText::tooltip(Level level, Id id) const
{
    const QString start = date(level, id, Start, Qt::DisplayRole).toString();
    const QString end = date(level, id, End, Qt::DisplayRole).toString();
    const QDate from = QDate::fromString(start, Qt::ISODate);
    const QDate to = QDate::fromString(end, Qt::ISODate);
    QString text =
        QStringLiteral("<b>%1</b><br>%2 – %3 (%4)")
            .arg(name(level, id).toHtmlEscaped(), start, end, Tr::tr("%n day(s)", nullptr, int(from.daysTo(to) + 1)));
    if (level == StructureTree::PhaseLevel)
        return text;
    const Id intervention = level == StructureTree::ActivityLevel ? m_tree.parentOf(level, id) : id;
    const QString who = accountableName(intervention);
    if (!who.isEmpty())
        text += QStringLiteral("<br>") + Tr::tr("Accountable: %1").arg(who.toHtmlEscaped());
    text += QStringLiteral("<br>") + Tr::tr("Planned budget: %1").arg(budget(level, id).format(m_locale));
    return text;
}

} // namespace horisont
