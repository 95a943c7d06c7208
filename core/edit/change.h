#pragma once

#include "model/record.h"

#include <QList>
#include <QVariant>

namespace horisont {

/// One elementary change to the plan. A command is an ordered list of these;
/// undo applies the inverted list in reverse order, so one mechanism gives
/// exact undo for every command.
struct Change {
    enum class Type { Insert, Remove, Update };
    Type type = Type::Update;
    Record record; ///< Insert/Remove: the whole entity. Update: kind and id.
    int field = -1;
    QVariant oldValue;
    QVariant newValue;

    static Change insert(const Record &r) { return {Type::Insert, r, -1, {}, {}}; }
    static Change remove(const Record &r) { return {Type::Remove, r, -1, {}, {}}; }
    static Change update(EntityKind kind, Id id, int field, const QVariant &oldValue,
                         const QVariant &newValue)
    {
        return {Type::Update, Record{kind, id, {}}, field, oldValue, newValue};
    }

    Change inverted() const
    {
        switch (type) {
        case Type::Insert:
            return remove(record);
        case Type::Remove:
            return insert(record);
        case Type::Update:
            break;
        }
        return update(record.kind, record.id, field, newValue, oldValue);
    }
};

using ChangeList = QList<Change>;

inline ChangeList inverted(const ChangeList &changes)
{
    ChangeList result;
    result.reserve(changes.size());
    for (auto it = changes.crbegin(); it != changes.crend(); ++it)
        result.append(it->inverted());
    return result;
}

} // namespace horisont
