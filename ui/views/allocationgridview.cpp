#include "views/allocationgridview.h"

#include "access/rolegate.h"
#include "dialogs/markdecideddialog.h"
#include "flowlayout.h"
#include "dialogs/spreaddialog.h"
#include "document/plandocument.h"
#include "edit/commands.h"
#include "edit/allocationcommands.h"
#include "models/allocationgridmodel.h"
#include "models/sourcesummarymodel.h"
#include "selection/planselection.h"
#include "views/rowlabels.h"
#include "views/tableaccessibility.h"
#include "model/codedname.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace horisont {

AllocationGridView::AllocationGridView(PlanDocument &document, PlanSelection &selection, QWidget *parent)
    : QWidget(parent), m_document(document), m_selection(selection), m_model(new AllocationGridModel(document, this)),
      m_summaryModel(new SourceSummaryModel(document.plan(), this)), m_rowsChoice(new QComboBox(this)),
      m_sourceChoice(new QComboBox(this)), m_reason(new QLineEdit(this)),
      m_spread(new QPushButton(tr("Spread…"), this)), m_markDecided(new QPushButton(tr("Mark as decided…"), this)),
      m_message(new QLabel(this)), m_table(new QTableView(this)), m_summary(new QTableView(this))
{
    setObjectName(QStringLiteral("allocationGridView"));
    m_rowsChoice->addItem(tr("By intervention"), int(AllocationGridModel::Rows::ByIntervention));
    m_rowsChoice->addItem(tr("By organisation"), int(AllocationGridModel::Rows::ByOrganisation));
    m_rowsChoice->setAccessibleName(tr("Rows"));
    m_sourceChoice->setAccessibleName(tr("Funding source"));
    m_reason->setAccessibleName(tr("Reason for the change"));
    m_reason->setPlaceholderText(tr("Optional; written to the change log with the next change made here"));
    m_reason->setClearButtonEnabled(true);
    m_spread->setAccessibleName(tr("Spread an amount over years or organisations"));
    m_markDecided->setAccessibleName(tr("Mark the selected cells as decided"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_message->hide();

    m_table->setModel(m_model);
    nameTableForAccessibility(m_table, tr("Allocations by year"), tr("Budget years"), tr("Rows"));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    // Compact rows and year columns as wide as "10 000 000", so that a
    // laptop shows most of the horizon; long intervention names are elided
    // in the row header (the tooltip has them whole).
    keepRowLabelsInView(m_table);
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(m_table->fontMetrics().horizontalAdvance(QStringLiteral("10 000 000")) + 12);
    m_summary->setModel(m_summaryModel);
    m_summary->setAccessibleName(tr("Funding sources: ceiling, allocated and left"));
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->verticalHeader()->hide();
    m_summary->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_summary->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_summary->setCornerButtonEnabled(false);
    m_summary->setWordWrap(false);
    m_summary->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary->horizontalHeader()->setSectionResizeMode(SourceSummaryModel::SourceColumn, QHeaderView::Stretch);
    m_summary->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_summary->setMaximumHeight(rowHeight * 6);
    m_summary->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    // Long source names must not widen the window.
    m_sourceChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sourceChoice->setMinimumContentsLength(20);

    // The controls wrap onto a second row in a narrow window.
    auto *controls = new FlowLayout;
    controls->addLabelled(new QLabel(tr("Rows:"), this), m_rowsChoice);
    controls->addLabelled(new QLabel(tr("Source:"), this), m_sourceChoice);
    controls->addWidget(m_spread);
    controls->addWidget(m_markDecided);
    auto *reason = new QHBoxLayout;
    auto *reasonLabel = new QLabel(tr("Reason for the change:"), this);
    reasonLabel->setBuddy(m_reason);
    reason->addWidget(reasonLabel);
    reason->addWidget(m_reason, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(reason);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    rebuildSourceChoice();
    connect(m_rowsChoice, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setRows(AllocationGridModel::Rows(m_rowsChoice->currentData().toInt()));
    });
    connect(m_sourceChoice, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setSource(m_sourceChoice->currentData().value<Id>());
        updateActions();
    });
    connect(m_reason, &QLineEdit::textChanged, m_model, &AllocationGridModel::setReason);
    connect(m_model, &AllocationGridModel::editRefused, this, &AllocationGridView::showMessage);
    connect(m_model, &AllocationGridModel::reasonUsed, this, &AllocationGridView::reasonUsed);
    connect(m_model, &QAbstractItemModel::dataChanged, m_message, &QLabel::hide);
    // Typing into an empty cell that cannot take money must not pass silently.
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const QString why = whyNotTypable(index); !why.isEmpty())
            showMessage(why);
    });
    connect(m_spread, &QPushButton::clicked, this, &AllocationGridView::spread);
    connect(m_markDecided, &QPushButton::clicked, this, &AllocationGridView::markDecided);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        followCurrentCell();
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(tr("Spread…"), this, &AllocationGridView::spread)->setEnabled(m_spread->isEnabled());
        menu.addAction(tr("Mark as decided…"), this, &AllocationGridView::markDecided)
            ->setEnabled(m_markDecided->isEnabled());
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    const Plan &plan = document.plan();
    auto sourcesChanged = [this](EntityKind kind) {
        if (kind == EntityKind::FundingSource)
            rebuildSourceChoice();
    };
    connect(&plan, &Plan::inserted, this, sourcesChanged);
    connect(&plan, &Plan::removed, this, sourcesChanged);
    connect(&plan, &Plan::changed, this, sourcesChanged);
    connect(&plan, &Plan::reset, this, &AllocationGridView::rebuildSourceChoice);
    updateActions();
}

void AllocationGridView::rebuildSourceChoice()
{
    const Id current = m_sourceChoice->count() > 0 ? m_sourceChoice->currentData().value<Id>() : NoId;
    const QSignalBlocker blocker(m_sourceChoice);
    m_sourceChoice->clear();
    m_sourceChoice->addItem(tr("All sources"), QVariant::fromValue(NoId));
    for (const FundingSource &s : m_document.plan().all<FundingSource>())
        m_sourceChoice->addItem(codedName(s), QVariant::fromValue(s.id));
    const int index = m_sourceChoice->findData(QVariant::fromValue(current));
    m_sourceChoice->setCurrentIndex(std::max(0, index));
    if (index < 0) // the shown source was deleted
        m_model->setSource(NoId);
}

void AllocationGridView::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        Q_EMIT statusMessage(message);
}

QString AllocationGridView::whyNotTypable(const QModelIndex &index) const
{
    if (!index.isValid() || !rolegate::mayChange(m_document, EntityKind::Allocation) || (m_model->flags(index) & Qt::ItemIsEditable)
        || m_model->isTotalRow(index.row()) || m_model->isTotalColumn(index.column())
        || m_model->rowEntity(index.row()) == NoId || m_model->source() != NoId)
        return {};
    // Only an empty cell under "All sources" ends here: its new money would
    // have no source to come from.
    if (m_document.plan().all<FundingSource>().empty())
        return tr("%1: there is no funding source yet. Add one under Sources and allocations, then choose it under "
                  "Source to type amounts into empty cells.")
            .arg(m_model->cellName(index));
    return tr("%1 is empty and all sources are shown, so new money would have no source. Choose the funding source "
              "under Source, then type the amount.")
        .arg(m_model->cellName(index));
}

bool AllocationGridView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool typing = !key->text().isEmpty() && key->text().at(0).isPrint()
                            && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        if (typing || key->key() == Qt::Key_F2) {
            if (const QString why = whyNotTypable(m_table->currentIndex()); !why.isEmpty()) {
                showMessage(why);
                return true; // not a keyboard search that would jump to another cell
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AllocationGridView::reasonUsed()
{
    // A reason explains one change: left in the field it would be written,
    // unseen, on every later edit as well.
    if (!m_reason->text().isEmpty())
        m_reason->clear();
}

void AllocationGridView::updateActions()
{
    const QModelIndex current = m_table->currentIndex();
    rolegate::gate(*m_spread, m_document, EntityKind::Allocation,
                   current.isValid() && !m_model->isTotalRow(current.row()) && m_model->rowEntity(current.row()) != NoId);
    rolegate::gate(*m_markDecided, m_document, EntityKind::Allocation);
}

void AllocationGridView::followCurrentCell()
{
    // A cell of one allocation shows that allocation in Properties, where its
    // note and decision can be edited too.
    const QList<Id> ids = m_model->allocationsAt(m_table->currentIndex());
    if (ids.size() == 1)
        m_selection.select(EntityKind::Allocation, ids.first());
}

void AllocationGridView::spread()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || m_model->isTotalRow(current.row()) || m_model->rowEntity(current.row()) == NoId) {
        showMessage(tr("Select a cell in the row to spread over first."));
        return;
    }
    const Id entity = m_model->rowEntity(current.row());
    const bool byIntervention = m_model->rows() == AllocationGridModel::Rows::ByIntervention;
    const int year = m_model->isTotalColumn(current.column()) ? m_model->firstYear() : m_model->yearAt(current.column());
    SpreadDialog dialog(m_document, byIntervention ? entity : NoId, byIntervention ? NoId : entity, m_model->source(),
                        m_model->firstYear(), m_model->lastYear(), year, m_reason->text(), this);
    if (dialog.exec() == QDialog::Accepted)
        reasonUsed();
}

bool AllocationGridView::markSelectionDecided(Id decision)
{
    QList<Id> ids;
    QSet<Id> seen;
    for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes()) {
        for (Id id : m_model->allocationsAt(index)) {
            if (!seen.contains(id)) {
                seen.insert(id);
                ids.append(id);
            }
        }
    }
    QString error;
    EditCommand *command = allocations::markDecided(m_document, ids, decision, m_reason->text(), &error);
    const commands::Outcome outcome = commands::execute(m_document, command, error);
    showMessage(outcome.refusal);
    if (outcome.applied())
        reasonUsed();
    return outcome.state != commands::Outcome::Refused;
}

void AllocationGridView::markDecided()
{
    QSet<Id> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes()) {
        for (Id id : m_model->allocationsAt(index))
            ids.insert(id);
    }
    if (ids.isEmpty()) {
        showMessage(tr("Select the cells whose allocations were decided."));
        return;
    }
    MarkDecidedDialog dialog(m_document.plan(), int(ids.size()), this);
    if (dialog.exec() == QDialog::Accepted)
        markSelectionDecided(dialog.decision());
}

} // namespace horisont
