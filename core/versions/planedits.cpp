#include "versions/planedits.h"

#include "model/schema.h"
#include "plan/plan.h"

namespace horisont {

ChangeList editsTurning(const Plan &from, const Plan &into)
{
    ChangeList edits;
    forEachKind([&]<class T>() {
        for (const T &before : from.all<T>()) {
            const T *after = into.find<T>(before.id);
            if (!after) {
                edits << Change::remove(toRecord(before));
                continue;
            }
            const Record was = toRecord(before);
            const Record is = toRecord(*after);
            for (int field = 0; field < was.values.size(); ++field) {
                if (was.values.at(field) != is.values.at(field))
                    edits << Change::update(kindOf<T>, before.id, field, was.values.at(field), is.values.at(field));
            }
        }
        for (const T &after : into.all<T>()) {
            if (!from.find<T>(after.id))
                edits << Change::insert(toRecord(after));
        }
    });
    return edits;
}

} // namespace horisont
