#include "views/entitylistview.h"

#include "access/rolegate.h"
#include "document/plandocument.h"
#include "edit/commands.h"
#include "labels/labels.h"
#include "model/schema.h"
#include "models/entitytablemodel.h"
#include "selection/planselection.h"
#include "today.h"

#include "fittedcolumns.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace horisont {

EntityListView::EntityListView(PlanDocument &document, PlanSelection &selection, EntityKind kind,
                               const QStringList &fields, const QString &title, QWidget *parent)
    : QWidget(parent), m_document(document), m_selection(selection), m_kind(kind),
      m_model(new EntityTableModel(document, kind, fields, this)), m_table(new QTableView(this)),
      m_add(new QPushButton(tr("Add"), this)), m_delete(new QPushButton(tr("Delete"), this))
{
    setObjectName(kindInfo(kind).table + QStringLiteral("List"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(title);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    FittedColumns::install(m_table, objectName());
    m_add->setAccessibleName(tr("Add %1").arg(Labels::kind(kind)));
    m_delete->setAccessibleName(tr("Delete %1").arg(Labels::kind(kind)));
    rolegate::gate(*m_add, document, kind);
    rolegate::gate(*m_delete, document, kind, false);

    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(heading);
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(m_add, &QPushButton::clicked, this, &EntityListView::add);
    connect(m_delete, &QPushButton::clicked, this, &EntityListView::deleteSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        rolegate::gate(*m_delete, m_document, m_kind, current.isValid());
        if (current.isValid())
            m_selection.select(m_kind, m_model->idAt(current.row()));
    });
    connect(&selection, &PlanSelection::changed, this, &EntityListView::followSelection);
}

void EntityListView::followSelection()
{
    if (m_selection.kind() != m_kind)
        return;
    const int row = m_model->rowOf(m_selection.id());
    if (row >= 0 && row != m_table->currentIndex().row())
        m_table->setCurrentIndex(m_model->index(row, 0));
}

Id EntityListView::defaultParent(EntityKind kind) const
{
    // What the user is working on, else the first one: a new allocation
    // lands on the selected intervention, a new cause on the first problem.
    if (m_selection.kind() == kind && m_document.plan().contains(kind, m_selection.id()))
        return m_selection.id();
    Id first = NoId;
    withKind(kind, [&]<class T>() {
        const auto &all = m_document.plan().all<T>();
        if (!all.empty())
            first = all.begin()->id;
    });
    return first;
}

void EntityListView::add()
{
    // A new item named so that it is easy to find, dated from today (or the
    // programme's start), then completed in the property panel.
    Record record;
    withKind(m_kind, [&]<class T>() { record = toRecord(T{}); });
    const KindInfo &info = kindInfo(m_kind);
    const QDate start = std::max(today(), m_document.plan().programme().start);
    for (int f = 0; f < info.fields.size(); ++f) {
        const QString &name = info.fields[f].name;
        if (name == columns::name || name == columns::text)
            record.values[f] = tr("New %1").arg(Labels::kind(m_kind).toLower());
        else if (name == columns::start || name == columns::date)
            record.values[f] = start.toString(Qt::ISODate);
        else if (name == columns::end)
            record.values[f] = start.addYears(1).toString(Qt::ISODate);
        else if (name == columns::year)
            record.values[f] = start.year();
        else if (info.fields[f].isReference && info.fields[f].onDelete == OnDelete::Cascade)
            record.values[f] = storage::to(defaultParent(info.fields[f].references));
        if (info.fields[f].isReference && !info.fields[f].nullable && record.values[f].isNull()) {
            // An allocation needs a funding source, a measurement an indicator.
            Q_EMIT statusMessage(tr("Add %1 first: every %2 belongs to one of them.")
                                     .arg(Labels::kindPlural(info.fields[f].references).toLower(),
                                          Labels::kind(m_kind).toLower()));
            return;
        }
    }
    auto *command = commands::insertRecord(
        m_document, record, CommandText::of<EntityListView>(QT_TR_NOOP("Add %1")).arg(Labels::kindText(m_kind).lowercased()));
    const Id id = command->createdId();
    if (!m_document.execute(command)) {
        Q_EMIT statusMessage(m_document.lastError());
        return;
    }
    m_selection.select(m_kind, id);
}

void EntityListView::deleteSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const Id id = m_model->idAt(current.row());
    QString error;
    auto *command = commands::remove(m_document, m_kind, {id}, &error);
    if (!command) {
        QMessageBox::information(this, tr("Cannot delete"), error);
        return;
    }
    if (!m_document.execute(command))
        Q_EMIT statusMessage(m_document.lastError());
}

} // namespace horisont
