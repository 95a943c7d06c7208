#include "plan/planintegrity.h"

#include "model/schema.h"
#include "plan/plan.h"
#include "store/storedvalue.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace horisont {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PlanIntegrity)
};

QString rowName(const char *table, Id id)
{
    return Tr::tr("table %1, row %2").arg(QString::fromLatin1(table)).arg(id);
}

template<class T>
QString referenceProblem(const Plan &plan)
{
    const auto &fields = fieldsOf<T>();
    for (const T &entity : plan.all<T>()) {
        for (const auto &field : fields) {
            if (!field.meta.isReference)
                continue;
            const QVariant value = field.get(entity);
            if (value.isNull())
                continue;
            const Id target = value.toLongLong();
            if (!plan.contains(field.meta.references, target))
                return Tr::tr("%1: %2 refers to %3 %4, which does not exist")
                    .arg(rowName(tableOf<T>(), entity.id), field.meta.name, kindInfo(field.meta.references).table)
                    .arg(target);
        }
    }
    return {};
}

/// A parent link that leads back to where it started would send every tree
/// walk (roll-ups, the organisation chart) round for ever. Each row is walked
/// once: a walk stops at a row already known to end well.
template<class T>
QString cycleProblem(const Plan &plan)
{
    const auto &fields = fieldsOf<T>();
    for (const auto &field : fields) {
        if (!field.meta.isReference || field.meta.references != kindOf<T>)
            continue;
        enum Mark : char { OnPath = 1, EndsWell = 2 };
        QHash<Id, char> marks;
        QList<Id> path;
        for (const T &entity : plan.all<T>()) {
            path.clear();
            const T *current = &entity;
            while (current && !marks.contains(current->id)) {
                marks.insert(current->id, OnPath);
                path.append(current->id);
                const QVariant parent = field.get(*current);
                current = parent.isNull() ? nullptr : plan.find<T>(parent.toLongLong());
            }
            if (current && marks.value(current->id) == OnPath)
                return Tr::tr("%1: %2 leads round in a circle back to this row")
                    .arg(rowName(tableOf<T>(), current->id), field.meta.name);
            for (Id id : std::as_const(path))
                marks[id] = EndsWell;
        }
    }
    return {};
}

} // namespace

qint64 planMoneyMagnitude(const Plan &plan)
{
    qint64 total = 0;
    bool within = true;
    forEachKind([&]<class T>() {
        const auto &fields = fieldsOf<T>();
        for (const auto &field : fields) {
            if (!within || field.meta.type != FieldType::Money)
                continue;
            for (const T &entity : plan.all<T>()) {
                const qint64 ore = field.get(entity).toLongLong();
                if (__builtin_add_overflow(total, ore < 0 ? -ore : ore, &total) || total > PlanMoneyLimitOre) {
                    within = false;
                    break;
                }
            }
        }
    });
    return within ? total : -1;
}

QString planIntegrityProblem(const Plan &plan)
{
    QString problem;
    forEachKind([&]<class T>() {
        if (problem.isEmpty())
            problem = referenceProblem<T>(plan);
        if (problem.isEmpty())
            problem = cycleProblem<T>(plan);
    });
    if (!problem.isEmpty())
        return problem;
    if (planMoneyMagnitude(plan) < 0)
        return Tr::tr("its amounts add up to more than %1 kr, beyond what Horisont can add up")
            .arg(PlanMoneyLimitOre / 100);
    const auto &programmes = plan.all<Programme>();
    if (programmes.size() > 1)
        return Tr::tr("table programme holds %1 programmes; a plan has exactly one").arg(programmes.size());
    return {};
}

QString changesProblem(const Plan &plan, const ChangeList &changes)
{
    bool money = false;
    for (const Change &c : changes) {
        const KindInfo &info = kindInfo(c.record.kind);
        if (c.type == Change::Type::Insert) {
            for (int i = 0; i < info.fields.size() && i < c.record.values.size(); ++i) {
                money = money || info.fields.at(i).type == FieldType::Money;
                if (const QString p = storedValueProblem(info.fields.at(i), c.record.values.at(i)); !p.isEmpty())
                    return Tr::tr("%1 %2 %3").arg(info.table, info.fields.at(i).name, p);
            }
        } else if (c.type == Change::Type::Update) {
            money = money || info.fields.at(c.field).type == FieldType::Money;
            if (const QString p = storedValueProblem(info.fields.at(c.field), c.newValue); !p.isEmpty())
                return Tr::tr("%1 %2 %3").arg(info.table, info.fields.at(c.field).name, p);
        }
    }
    if (!money)
        return {};
    qint64 total = planMoneyMagnitude(plan);
    const auto magnitude = [](const QVariant &v) {
        const qint64 ore = v.toLongLong();
        return ore < 0 ? -ore : ore;
    };
    for (const Change &c : changes) {
        const KindInfo &info = kindInfo(c.record.kind);
        for (int i = 0; i < info.fields.size() && i < c.record.values.size() && total >= 0; ++i) {
            if (info.fields.at(i).type != FieldType::Money || (c.type == Change::Type::Update && i != c.field))
                continue;
            if (c.type == Change::Type::Insert)
                total += magnitude(c.record.values.at(i));
            else if (c.type == Change::Type::Remove)
                total -= magnitude(c.record.values.at(i));
            else
                total += magnitude(c.newValue) - magnitude(c.oldValue);
        }
    }
    if (total < 0 || total > PlanMoneyLimitOre)
        return Tr::tr("the plan's amounts would add up to more than %1 kr").arg(PlanMoneyLimitOre / 100);
    return {};
}

} // namespace horisont
