#pragma once

#include "model/ids.h"

#include <QObject>

namespace horisont {

/// The item the user is working on, shared by every view and the property
/// panel: selecting an intervention in the structure selects it in the RACI
/// matrix and shows its properties.
class PlanSelection : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    EntityKind kind() const { return m_kind; }
    Id id() const { return m_id; }
    /// Nothing is selected (the property panel then says so).
    bool isEmpty() const { return m_id == NoId; }

    /// Selects an item; selecting the programme (kind Programme, id 1) shows the mandate.
    void select(EntityKind kind, Id id)
    {
        if (kind == m_kind && id == m_id)
            return;
        m_kind = kind;
        m_id = id;
        Q_EMIT changed(kind, id);
    }
    void clear() { select(EntityKind::Programme, NoId); }

Q_SIGNALS:
    void changed(horisont::EntityKind kind, horisont::Id id);

private:
    EntityKind m_kind = EntityKind::Programme;
    Id m_id = NoId;
};

} // namespace horisont
