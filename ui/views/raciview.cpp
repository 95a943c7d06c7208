#include "views/raciview.h"

#include "document/plandocument.h"
#include "model/halfopen.h"
#include "labels/labels.h"
#include "models/racimodel.h"
#include "selection/planselection.h"
#include "delegates/choicedelegate.h"
#include "views/tableaccessibility.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace horisont {
namespace {
QString cleanCell(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

RaciView::RaciView(PlanDocument &document, PlanSelection &selection, QWidget *parent)
    : QWidget(parent), m_document(document), m_selection(selection), m_model(new RaciModel(document, this))
{
    auto *filterLabel = new QLabel(tr("Show &organisation:"), this);
    m_filter = new QComboBox(this);
    m_filter->setAccessibleName(tr("Show organisation"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    filterLabel->setBuddy(m_filter);
    m_copy = new QPushButton(tr("Copy"), this);
    m_copy->setAccessibleName(tr("Copy"));
    m_copy->setToolTip(tr("Copy the table as tab-separated text (Ctrl+C)"));

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_table->setItemDelegate(new ChoiceDelegate(
        [](const QModelIndex &) {
            QList<ChoiceDelegate::Choice> choices{{tr("— (no role)"), QString()}};
            for (RaciRole role : {RaciRole::Responsible, RaciRole::Accountable, RaciRole::Consulted, RaciRole::Informed})
                choices.append({tr("%1 – %2").arg(Labels::raciLetter(role), Labels::raci(role)), Labels::raciLetter(role)});
            return choices;
        },
        tr("Role"), m_table));
    nameTableForAccessibility(m_table, tr("Responsibility matrix"), tr("Organisations"), tr("Interventions"));
    m_table->setAccessibleDescription(
        tr("Type R, A, C or I to give the organisation a role, Delete to clear it, Enter to choose from a list."));
    m_table->installEventFilter(this);
    setFocusProxy(m_table); // focusing the view means working in the matrix

    m_listTitle = new QLabel(this);
    m_list = new QTableWidget(0, 5, this);
    m_list->setHorizontalHeaderLabels({tr("Intervention"), tr("Role"), tr("Phase"), tr("Start"), tr("End")});
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setStretchLastSection(true);
    nameTableForAccessibility(m_list, tr("Responsibilities of the chosen organisation"), tr("Columns"), tr("Rows"));
    m_listTitle->setBuddy(m_list);

    auto *bar = new QHBoxLayout;
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter);
    bar->addStretch(1);
    bar->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 3);
    // What the letters mean, and how to set them, in the user's language.
    QStringList roles;
    for (RaciRole role : {RaciRole::Responsible, RaciRole::Accountable, RaciRole::Consulted, RaciRole::Informed})
        roles << tr("<b>%1</b> %2").arg(Labels::raciLetter(role), Labels::raci(role).toHtmlEscaped());
    auto *legend = new QLabel(roles.join(QStringLiteral(" &nbsp;·&nbsp; ")) + QStringLiteral(" &nbsp;—&nbsp; ")
                                  + m_table->accessibleDescription().toHtmlEscaped(),
                              this);
    legend->setObjectName(QStringLiteral("raciLegend"));
    legend->setWordWrap(true);
    layout->addWidget(legend);
    layout->addWidget(m_listTitle);
    layout->addWidget(m_list, 2);

    auto *copyAction = new QAction(tr("Copy"), this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(copyAction);
    connect(copyAction, &QAction::triggered, this, &RaciView::copy);
    connect(m_model, &RaciModel::editRefused, this, &RaciView::statusMessage);
    connect(m_copy, &QPushButton::clicked, this, &RaciView::copy);

    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this](int index) { setOrganisationFilter(Id(m_filter->itemData(index).toLongLong())); });

    // Clicking a cell makes its intervention the one the whole window works on.
    auto selectIntervention = [this](const QModelIndex &index) {
        if (!m_syncingSelection && index.isValid())
            m_selection.select(EntityKind::Intervention, m_model->interventionAt(index.row()));
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, selectIntervention);
    connect(m_table, &QTableView::clicked, this, selectIntervention);
    connect(m_list, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (QTableWidgetItem *item = m_list->item(row, 0))
            m_selection.select(EntityKind::Intervention, Id(item->data(Qt::UserRole).toLongLong()));
    });
    connect(&m_selection, &PlanSelection::changed, this, &RaciView::followSelection);

    // Rows to hide and the list below depend on the cells; the choices on the columns.
    auto refilter = [this] { applyFilter(); };
    connect(m_model, &QAbstractItemModel::dataChanged, this, refilter);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, refilter);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, refilter);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, refilter);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, refilter);
    auto rechoose = [this] {
        rebuildFilterChoices();
        applyFilter();
    };
    connect(m_model, &QAbstractItemModel::columnsInserted, this, rechoose);
    connect(m_model, &QAbstractItemModel::columnsRemoved, this, rechoose);
    connect(m_model, &QAbstractItemModel::modelReset, this, rechoose);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, [this](Qt::Orientation orientation) {
        if (orientation == Qt::Horizontal)
            rebuildFilterChoices();
        refreshList();
    });
    // Dates and phases in the list are not in the matrix.
    connect(&document.plan(), &Plan::changed, this, [this](EntityKind kind) {
        if (kind == EntityKind::Intervention || kind == EntityKind::Phase)
            refreshList();
    });

    rebuildFilterChoices();
    applyFilter();
}

void RaciView::setOrganisationFilter(Id organisation)
{
    if (organisation != NoId && m_model->columnOf(organisation) < 0)
        organisation = NoId;
    m_organisation = organisation;
    {
        const QSignalBlocker blocker(m_filter);
        m_filter->setCurrentIndex(std::max(0, m_filter->findData(qlonglong(organisation))));
    }
    applyFilter();
}

void RaciView::rebuildFilterChoices()
{
    const QSignalBlocker blocker(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("All organisations"), qlonglong(NoId));
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const Id id = m_model->organisationAt(column);
        m_filter->addItem(Labels::entityName(m_document.plan(), EntityKind::Organisation, id), qlonglong(id));
    }
    const int current = m_filter->findData(qlonglong(m_organisation));
    if (current < 0)
        m_organisation = NoId;
    m_filter->setCurrentIndex(std::max(0, current));
}

void RaciView::applyFilter()
{
    if (m_organisation != NoId && m_model->columnOf(m_organisation) < 0)
        setOrganisationFilter(NoId); // the organisation was deleted
    const int filterColumn = m_model->columnOf(m_organisation);
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_table->setColumnHidden(column, filterColumn >= 0 && column != filterColumn);
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_table->setRowHidden(row, filterColumn >= 0 && m_model->rolesAt(m_model->index(row, filterColumn)).isEmpty());
    refreshList();
}

void RaciView::refreshList()
{
    const int column = m_model->columnOf(m_organisation);
    const bool filtered = column >= 0;
    m_listTitle->setVisible(filtered);
    m_list->setVisible(filtered);
    m_list->setRowCount(0);
    if (!filtered)
        return;
    const Plan &plan = m_document.plan();
    m_listTitle->setText(tr("Responsibilities of %1:").arg(Labels::entityName(plan, EntityKind::Organisation, m_organisation)));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Intervention *intervention = plan.find<Intervention>(m_model->interventionAt(row));
        if (!intervention)
            continue;
        const Phase *phase = plan.find<Phase>(intervention->phaseId);
        for (RaciRole role : m_model->rolesAt(m_model->index(row, column))) {
            const QStringList cells{m_model->headerData(row, Qt::Vertical).toString(), Labels::raci(role),
                                    phase ? phase->name : QString(), intervention->start.toString(Qt::ISODate),
                                    isoDate(lastDayOf(intervention->start, intervention->end))};
            const int line = m_list->rowCount();
            m_list->insertRow(line);
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells[c]);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                item->setData(Qt::UserRole, qlonglong(intervention->id));
                m_list->setItem(line, c, item);
            }
        }
    }
}

void RaciView::followSelection()
{
    if (m_selection.kind() != EntityKind::Intervention)
        return;
    const int row = m_model->rowOf(m_selection.id());
    const QModelIndex current = m_table->currentIndex();
    if (row < 0 || m_table->isRowHidden(row) || (current.isValid() && current.row() == row))
        return;
    int column = current.isValid() ? current.column() : 0;
    while (column < m_model->columnCount() && m_table->isColumnHidden(column))
        ++column;
    if (column >= m_model->columnCount())
        return;
    m_syncingSelection = true;
    m_table->setCurrentIndex(m_model->index(row, column));
    m_table->scrollTo(m_model->index(row, column));
    m_syncingSelection = false;
}

bool RaciView::handleMatrixKey(QKeyEvent *event)
{
    // Keys an open cell editor let pass are not commands for the matrix.
    QWidget *focus = QApplication::focusWidget();
    if (focus && m_table->viewport()->isAncestorOf(focus))
        return false;
    if (event->matches(QKeySequence::Copy)) {
        copy();
        return true;
    }
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || (event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier)) != Qt::NoModifier)
        return false;
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace: {
        QModelIndexList cells;
        for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes()) {
            if (!m_table->isRowHidden(index.row()) && !m_table->isColumnHidden(index.column()))
                cells.append(index);
        }
        if (cells.isEmpty())
            cells.append(current);
        m_model->setCells(cells, std::nullopt);
        return true;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        m_table->edit(current);
        return true;
    default:
        break;
    }
    QString text = event->text();
    if (text.size() != 1 && event->key() >= Qt::Key_A && event->key() <= Qt::Key_Z)
        text = QString(QLatin1Char(char('A' + (event->key() - Qt::Key_A))));
    if (text.size() != 1)
        return false;
    const std::optional<RaciRole> role = RaciModel::roleFromText(text);
    if (!role)
        return false;
    m_model->setData(current, Labels::raciLetter(*role)); // refused (false) when read-only
    return true;
}

bool RaciView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress && handleMatrixKey(static_cast<QKeyEvent *>(event)))
        return true;
    return QWidget::eventFilter(watched, event);
}

void RaciView::keyPressEvent(QKeyEvent *event)
{
    // Keys sent to the view itself act on the matrix, unless another part
    // of the view (the filter, the list) has the focus and let them pass.
    QWidget *focus = QApplication::focusWidget();
    const bool matrixFocus = !focus || focus == this || focus == m_table || m_table->isAncestorOf(focus);
    if (matrixFocus && handleMatrixKey(event))
        return;
    QWidget::keyPressEvent(event);
}

QString RaciView::matrixText() const
{
    QStringList lines;
    QStringList header{tr("Intervention")};
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (!m_table->isColumnHidden(column))
            header.append(cleanCell(m_model->headerData(column, Qt::Horizontal).toString()));
    }
    lines.append(header.join(QLatin1Char('\t')));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_table->isRowHidden(row))
            continue;
        QStringList fields{cleanCell(m_model->headerData(row, Qt::Vertical).toString())};
        for (int column = 0; column < m_model->columnCount(); ++column) {
            if (!m_table->isColumnHidden(column))
                fields.append(cleanCell(m_model->index(row, column).data().toString()));
        }
        lines.append(fields.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString RaciView::listText() const
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < m_list->columnCount(); ++column)
        header.append(cleanCell(m_list->horizontalHeaderItem(column)->text()));
    lines.append(header.join(QLatin1Char('\t')));
    for (int row = 0; row < m_list->rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < m_list->columnCount(); ++column)
            fields.append(cleanCell(m_list->item(row, column) ? m_list->item(row, column)->text() : QString()));
        lines.append(fields.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString RaciView::tableText() const
{
    return m_model->columnOf(m_organisation) >= 0 ? listText() : matrixText();
}

void RaciView::copy()
{
    QGuiApplication::clipboard()->setText(tableText());
}

} // namespace horisont
