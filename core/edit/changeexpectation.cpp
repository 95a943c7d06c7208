#include "edit/changeexpectation.h"

#include "plan/plan.h"

#include <QHash>
#include <QSet>

namespace horisont {
namespace {

using ItemKey = QPair<int, Id>;

ItemKey keyOf(const Record &record) { return {int(record.kind), record.id}; }

} // namespace

std::optional<Change> changeNotMet(const Plan &plan, const ChangeList &changes)
{
    // What earlier changes of the list made of an item: its whole record, or nothing once removed.
    QHash<ItemKey, std::optional<Record>> written;
    const auto current = [&](const Record &item) -> std::optional<Record> {
        const auto it = written.constFind(keyOf(item));
        return it != written.cend() ? *it : plan.record(item.kind, item.id);
    };
    for (const Change &change : changes) {
        std::optional<Record> item = current(change.record);
        switch (change.type) {
        case Change::Type::Insert:
            if (item)
                return change;
            written.insert(keyOf(change.record), change.record);
            break;
        case Change::Type::Remove:
            if (!item || item->values != change.record.values)
                return change;
            written.insert(keyOf(change.record), std::nullopt);
            break;
        case Change::Type::Update:
            if (!item || change.field < 0 || change.field >= item->values.size()
                || item->values.at(change.field) != change.oldValue)
                return change;
            item->values[change.field] = change.newValue;
            written.insert(keyOf(change.record), item);
            break;
        }
    }
    return std::nullopt;
}

} // namespace horisont
