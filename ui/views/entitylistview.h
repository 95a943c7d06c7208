#pragma once

#include "model/ids.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace horisont {

class EntityTableModel;
class PlanDocument;
class PlanSelection;

/// A titled table of one kind of entity with Add and Delete: selecting a
/// row shows it in the property panel, where it is edited.
class EntityListView : public QWidget
{
    Q_OBJECT
public:
    EntityListView(PlanDocument &document, PlanSelection &selection, EntityKind kind, const QStringList &fields,
                   const QString &title, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    EntityTableModel *model() const { return m_model; }
    void add();
    void deleteSelected();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void followSelection();
    Id defaultParent(EntityKind kind) const;

    PlanDocument &m_document;
    PlanSelection &m_selection;
    EntityKind m_kind;
    EntityTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_delete;
};

} // namespace horisont
