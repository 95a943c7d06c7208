#include "views/areasview.h"

#include "document/plandocument.h"
#include "edit/commands.h"
#include "labels/labels.h"
#include "model/columns.h"
#include "models/areamodel.h"
#include "models/classificationhistorymodel.h"
#include "selection/planselection.h"
#include "delegates/choicedelegate.h"
#include "delegates/namededitordelegate.h"
#include "views/tableaccessibility.h"
#include "today.h"
#include "fittedcolumns.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace horisont {
namespace {
/// `key` names the table's column widths in the settings.
QTableView *makeTable(QAbstractItemModel *model, QWidget *parent, const QString &key)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                           | QAbstractItemView::AnyKeyPressed);
    table->setItemDelegate(new NamedEditorDelegate(table));
    table->verticalHeader()->hide();
    FittedColumns::install(table, key);
    return table;
}

QPushButton *makeButton(const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setAccessibleName(text);
    return button;
}
} // namespace

AreasView::AreasView(PlanDocument &document, PlanSelection &selection, QWidget *parent)
    : QWidget(parent), m_document(document), m_selection(selection), m_areaModel(new AreaModel(document, this)),
      m_historyModel(new ClassificationHistoryModel(document, this))
{
    m_areas = makeTable(m_areaModel, this, QStringLiteral("areas"));
    nameTableForAccessibility(m_areas, tr("Areas"), tr("Columns"), tr("Rows"));
    m_history = makeTable(m_historyModel, this, QStringLiteral("areaHistory"));
    m_history->setItemDelegateForColumn(ClassificationHistoryModel::ClassificationColumn, new ChoiceDelegate(
        [](const QModelIndex &) {
            QList<ChoiceDelegate::Choice> choices;
            const QStringList labels = Labels::enumValues(EntityKind::AreaClassification, columns::classification);
            for (int i = 0; i < labels.size(); ++i)
                choices.append({labels[i], i});
            return choices;
        },
        tr("Classification"), m_history));
    nameTableForAccessibility(m_history, tr("Classification history"), tr("Columns"), tr("Rows"));
    m_historyTitle = new QLabel(this);
    m_historyTitle->setBuddy(m_history);

    m_addArea = makeButton(tr("Add area"), this);
    m_deleteArea = makeButton(tr("Delete area"), this);
    m_addEntry = makeButton(tr("Add history entry"), this);
    m_deleteEntry = makeButton(tr("Delete history entry"), this);

    auto *areaButtons = new QHBoxLayout;
    areaButtons->addWidget(m_addArea);
    areaButtons->addWidget(m_deleteArea);
    areaButtons->addStretch(1);
    auto *entryButtons = new QHBoxLayout;
    entryButtons->addWidget(m_addEntry);
    entryButtons->addWidget(m_deleteEntry);
    entryButtons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_areas, 1);
    layout->addLayout(areaButtons);
    layout->addWidget(m_historyTitle);
    layout->addWidget(m_history, 1);
    layout->addLayout(entryButtons);

    connect(m_addArea, &QPushButton::clicked, this, &AreasView::addArea);
    connect(m_deleteArea, &QPushButton::clicked, this, &AreasView::deleteSelectedAreas);
    connect(m_addEntry, &QPushButton::clicked, this, &AreasView::addHistoryEntry);
    connect(m_deleteEntry, &QPushButton::clicked, this, &AreasView::deleteSelectedEntries);
    connect(m_areas->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const Id area = m_areaModel->areaAt(current.row());
        m_historyModel->setAreaId(area);
        if (area != NoId)
            m_selection.select(EntityKind::Area, area);
        updateButtons();
    });
    connect(m_areas->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AreasView::updateButtons);
    connect(m_history->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AreasView::updateButtons);
    connect(m_areaModel, &QAbstractItemModel::dataChanged, this, &AreasView::updateButtons); // the title names the area
    connect(m_areaModel, &QAbstractItemModel::modelReset, this, [this] {
        m_historyModel->setAreaId(currentArea());
        updateButtons();
    });
    connect(m_historyModel, &QAbstractItemModel::rowsRemoved, this, &AreasView::updateButtons);
    connect(&document, &PlanDocument::errorOccurred, this, &AreasView::updateButtons); // may turn read-only
    if (m_areaModel->rowCount() > 0)
        setCurrentArea(m_areaModel->areaAt(0)); // its history is what one comes here to see
    updateButtons();
}

Id AreasView::currentArea() const
{
    return m_areaModel->areaAt(m_areas->currentIndex().row());
}

void AreasView::setCurrentArea(Id area)
{
    const int row = m_areaModel->rowOf(area);
    if (row >= 0)
        m_areas->setCurrentIndex(m_areaModel->index(row, AreaModel::Name));
}

void AreasView::updateButtons()
{
    const bool writable = !m_document.isReadOnly();
    const Id area = currentArea();
    m_addArea->setEnabled(writable);
    m_deleteArea->setEnabled(writable && !selectedIds(m_areas, true).isEmpty());
    m_addEntry->setEnabled(writable && area != NoId);
    m_deleteEntry->setEnabled(writable && !selectedIds(m_history, false).isEmpty());
    m_historyTitle->setText(area == NoId ? tr("Choose an area to see its classification history.")
                                         : tr("Classification history of %1:")
                                               .arg(Labels::entityName(m_document.plan(), EntityKind::Area, area)));
}

QList<Id> AreasView::selectedIds(QTableView *table, bool areas) const
{
    std::set<int> rows;
    for (const QModelIndex &index : table->selectionModel()->selectedIndexes())
        rows.insert(index.row());
    QList<Id> ids;
    for (int row : rows)
        ids.append(areas ? m_areaModel->areaAt(row) : m_historyModel->entryAt(row));
    ids.removeAll(NoId);
    return ids;
}

void AreasView::showRefusal(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setAccessibleName(title);
    box->open();
}

Id AreasView::addArea()
{
    if (m_document.isReadOnly())
        return NoId;
    Area area;
    area.name = tr("New area");
    EditCommand *command = commands::insert(m_document, area, CommandText::of<AreasView>(QT_TR_NOOP("Add area")));
    const Id id = command->createdId();
    if (!m_document.execute(command)) // the document reports why (errorOccurred)
        return NoId;
    setCurrentArea(id); // typing now replaces the placeholder name
    m_areas->setFocus();
    return id;
}

bool AreasView::deleteSelectedAreas()
{
    const QList<Id> ids = selectedIds(m_areas, true);
    if (ids.isEmpty() || m_document.isReadOnly())
        return false;
    QString error;
    EditCommand *command = commands::remove(m_document, EntityKind::Area, ids,
                                            CommandText::of<AreasView>(QT_TR_N_NOOP("Delete %n area(s)"), int(ids.size())),
                                            &error);
    if (!command) {
        showRefusal(tr("Cannot delete area"), error);
        return false;
    }
    return m_document.execute(command);
}

Id AreasView::addHistoryEntry()
{
    const Id area = currentArea();
    if (area == NoId || m_document.isReadOnly())
        return NoId;
    const QDate today = horisont::today();
    const AreaClassification entry{NoId, area, today, AreaModel::classificationOn(m_document.plan(), area, today), {}};
    EditCommand *command = commands::insert(m_document, entry, CommandText::of<AreasView>(QT_TR_NOOP("Add classification")));
    const Id id = command->createdId();
    if (!m_document.execute(command))
        return NoId;
    const QModelIndex index = m_historyModel->index(m_historyModel->rowOf(id), ClassificationHistoryModel::ClassificationColumn);
    m_history->setCurrentIndex(index);
    m_history->scrollTo(index);
    return id;
}

bool AreasView::deleteSelectedEntries()
{
    const QList<Id> ids = selectedIds(m_history, false);
    if (ids.isEmpty() || m_document.isReadOnly())
        return false;
    QString error;
    EditCommand *command = commands::remove(m_document, EntityKind::AreaClassification, ids,
                                            CommandText::of<AreasView>(QT_TR_N_NOOP("Delete %n classification(s)"),
                                                                       int(ids.size())),
                                            &error);
    if (!command) {
        showRefusal(tr("Cannot delete classification"), error);
        return false;
    }
    return m_document.execute(command);
}

} // namespace horisont
