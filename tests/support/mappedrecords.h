#pragma once

// The records a mapped foreign plan inserts, by kind, for the tests of the
// plan import (the mapping, the readers, the spreadsheet).
#include "model/schema.h"
#include "planimport/planmapping.h"

#include <QList>

namespace horisont::test {

template<class T>
QList<T> inserted(const MappedPlan &mapped)
{
    QList<T> result;
    for (const Change &c : mapped.changes) {
        if (c.record.kind == kindOf<T>)
            result << fromRecord<T>(c.record);
    }
    return result;
}

} // namespace horisont::test
