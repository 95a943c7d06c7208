#pragma once

#include "model/ids.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

class QMimeData;

namespace horisont {

/// What is dragged within the structure tree: items of one kind, by id, in
/// the order they were selected. Dragging never leaves the application, so
/// the encoding is ours alone.
class StructureDragPayload
{
public:
    static QString mimeType();
    /// Items of mixed kinds are written as they are; decode() refuses them.
    static QMimeData *encode(const QList<std::pair<EntityKind, Id>> &items);
    /// Nothing when the data is not ours, empty, or of more than one kind.
    static std::optional<StructureDragPayload> decode(const QMimeData *data);

    EntityKind kind() const { return m_kind; }
    const QList<Id> &ids() const { return m_ids; }
    /// The new order of a parent's `children` once the dragged items are
    /// dropped before `row` (-1: at the end).
    QList<Id> orderAfterDrop(const std::vector<Id> &children, int row) const;

private:
    EntityKind m_kind = EntityKind::Programme;
    QList<Id> m_ids;
};

} // namespace horisont
