#include "plan/plan.h"

#include "model/schema.h"

namespace horisont {

Plan::Plan(QObject *parent) : QObject(parent) {}

const Programme &Plan::programme() const
{
    static const Programme empty{};
    const auto &programmes = all<Programme>();
    return programmes.empty() ? empty : *programmes.begin();
}

bool Plan::contains(EntityKind kind, Id id) const
{
    bool found = false;
    withKind(kind, [&]<class T>() { found = all<T>().find(id) != nullptr; });
    return found;
}

std::optional<Record> Plan::record(EntityKind kind, Id id) const
{
    std::optional<Record> result;
    withKind(kind, [&]<class T>() {
        if (const T *e = all<T>().find(id))
            result = toRecord(*e);
    });
    return result;
}

std::size_t Plan::count(EntityKind kind) const
{
    std::size_t n = 0;
    withKind(kind, [&]<class T>() { n = all<T>().size(); });
    return n;
}

Id Plan::allocateId(EntityKind kind)
{
    Id &high = m_highWater[std::size_t(kind)];
    withKind(kind, [&]<class T>() { high = std::max(high, all<T>().maxId()); });
    return ++high;
}

void Plan::reserveIdsThrough(EntityKind kind, Id id)
{
    Id &high = m_highWater[std::size_t(kind)];
    high = std::max(high, id);
}

void Plan::insert(const Record &record)
{
    Q_EMIT aboutToInsert(record.kind, record.id);
    withKind(record.kind, [&]<class T>() {
        std::get<EntityTable<T>>(m_tables).put(fromRecord<T>(record));
    });
    Id &high = m_highWater[std::size_t(record.kind)];
    high = std::max(high, record.id);
    Q_EMIT inserted(record.kind, record.id);
}

void Plan::remove(EntityKind kind, Id id)
{
    Q_EMIT aboutToRemove(kind, id);
    withKind(kind, [&]<class T>() { std::get<EntityTable<T>>(m_tables).remove(id); });
    Q_EMIT removed(kind, id);
}

void Plan::update(EntityKind kind, Id id, int field, const QVariant &value)
{
    withKind(kind, [&]<class T>() {
        if (T *e = std::get<EntityTable<T>>(m_tables).find(id))
            fieldsOf<T>().at(std::size_t(field)).set(*e, value);
    });
    Q_EMIT changed(kind, id, field);
}

void Plan::beginLoad()
{
    Q_EMIT aboutToReset();
    forEachKind([&]<class T>() { std::get<EntityTable<T>>(m_tables).clear(); });
    m_highWater.fill(NoId);
}

void Plan::endLoad()
{
    Q_EMIT reset();
}

QList<Record> Plan::snapshot() const
{
    QList<Record> records;
    forEachKind([&]<class T>() {
        for (const T &e : all<T>())
            records.append(toRecord(e));
    });
    return records;
}

} // namespace horisont
