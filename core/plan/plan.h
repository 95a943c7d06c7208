#pragma once

#include "model/entities.h"
#include "model/record.h"
#include "plan/entitytable.h"

#include <QObject>

#include <array>
#include <optional>

namespace horisont {

/// The in-memory plan: every structural entity of one plan document.
/// The ledger's transactions are not here (there can be millions); the
/// document pages through them and keeps rollups.
///
/// The plan changes only through PlanDocument applying a command's changes;
/// each change is announced in an about-to/did pair that item models map
/// onto beginInsertRows/endInsertRows and friends.
class Plan : public QObject
{
    Q_OBJECT
public:
    explicit Plan(QObject *parent = nullptr);

    template<class T>
    const EntityTable<T> &all() const { return std::get<EntityTable<T>>(m_tables); }
    template<class T>
    const T *find(Id id) const { return all<T>().find(id); }

    /// The mandate. A loaded plan always has one; a default one before that.
    const Programme &programme() const;

    // Type-erased access used by commands, storage and the change log.
    bool contains(EntityKind kind, Id id) const;
    std::optional<Record> record(EntityKind kind, Id id) const;
    std::size_t count(EntityKind kind) const;
    /// A fresh id for a new entity of this kind; never one used before in this session.
    Id allocateId(EntityKind kind);
    /// Ids up to `id` of this kind were handed out before (to an item since
    /// deleted, or in a scenario): allocateId() never gives them again.
    void reserveIdsThrough(EntityKind kind, Id id);

    /// Replaces the whole content (loading a file). Emits aboutToReset/reset.
    void beginLoad();
    template<class T>
    void loadEntity(T entity) { std::get<EntityTable<T>>(m_tables).put(std::move(entity)); }
    void endLoad();

    /// Every entity as records, in kind and id order: a snapshot for tests
    /// and for the crash test's state fingerprint.
    QList<Record> snapshot() const;

Q_SIGNALS:
    void aboutToReset();
    void reset();
    void aboutToInsert(horisont::EntityKind kind, horisont::Id id);
    void inserted(horisont::EntityKind kind, horisont::Id id);
    void aboutToRemove(horisont::EntityKind kind, horisont::Id id);
    void removed(horisont::EntityKind kind, horisont::Id id);
    void changed(horisont::EntityKind kind, horisont::Id id, int field);

private:
    // Only the document changes the plan, applying a command's changes after
    // they are on disk: "every edit is a command" is the compiler's rule.
    friend class PlanDocument;
    void insert(const Record &record);
    void remove(EntityKind kind, Id id);
    void update(EntityKind kind, Id id, int field, const QVariant &value);

    template<class... T>
    using Tables = std::tuple<EntityTable<T>...>;
    template<class Tuple>
    struct TablesOf;
    template<class... T>
    struct TablesOf<std::tuple<T...>> {
        using type = Tables<T...>;
    };

    typename TablesOf<EntityTypes>::type m_tables;
    std::array<Id, EntityKindCount> m_highWater{};
};

} // namespace horisont
