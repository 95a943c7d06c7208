#pragma once

#include "model/ids.h"

#include <QListWidget>

namespace horisont {

class PlanDocument;

/// The areas an intervention targets or a problem shows in, as a list of
/// check boxes in the property panel. Each tick is one undoable command;
/// the list follows undo, redo and edits made elsewhere.
class AreaChecklist : public QListWidget
{
    Q_OBJECT
public:
    /// `owner` is an intervention or a problem.
    AreaChecklist(PlanDocument &document, EntityKind ownerKind, Id owner, QWidget *parent = nullptr);

    static bool appliesTo(EntityKind kind) { return kind == EntityKind::Intervention || kind == EntityKind::Problem; }
    QList<Id> checkedAreas() const;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void refresh();
    void commit();
    QList<Id> linkedAreas() const;

    PlanDocument &m_document;
    EntityKind m_ownerKind;
    Id m_owner;
    bool m_refreshing = false;
};

} // namespace horisont
