#include "models/structuredragpayload.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace horisont {

QString StructureDragPayload::mimeType()
{
    return QStringLiteral("application/x-horisont-structure");
}

QMimeData *StructureDragPayload::encode(const QList<std::pair<EntityKind, Id>> &items)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    for (const auto &[kind, id] : items)
        stream << int(kind) << qlonglong(id);
    auto *mime = new QMimeData;
    mime->setData(mimeType(), bytes);
    return mime;
}

std::optional<StructureDragPayload> StructureDragPayload::decode(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return std::nullopt;
    QByteArray bytes = data->data(mimeType());
    QDataStream stream(&bytes, QIODevice::ReadOnly);
    StructureDragPayload payload;
    while (!stream.atEnd()) {
        int kind = 0;
        qlonglong id = 0;
        stream >> kind >> id;
        if (!payload.m_ids.isEmpty() && EntityKind(kind) != payload.m_kind)
            return std::nullopt; // one kind at a time
        payload.m_kind = EntityKind(kind);
        payload.m_ids << id;
    }
    return payload.m_ids.isEmpty() ? std::nullopt : std::optional(payload);
}

QList<Id> StructureDragPayload::orderAfterDrop(const std::vector<Id> &children, int row) const
{
    QList<Id> order(children.begin(), children.end());
    int insertAt = row < 0 ? int(order.size()) : row;
    for (Id id : m_ids) {
        const qsizetype at = order.indexOf(id);
        if (at >= 0) {
            order.removeAt(at);
            if (at < insertAt)
                --insertAt;
        }
    }
    for (Id id : m_ids)
        order.insert(insertAt++, id);
    return order;
}

} // namespace horisont
