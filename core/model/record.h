#pragma once

#include "model/ids.h"

#include <QVariantList>

namespace horisont {

/// A type-erased entity: its kind, id and field values in storage form
/// (see schema.h). Edit commands, storage and the change log work on records
/// so that one mechanism serves every kind of entity.
struct Record {
    EntityKind kind = EntityKind::Programme;
    Id id = NoId;
    QVariantList values;
    bool operator==(const Record &) const = default;
};

} // namespace horisont
