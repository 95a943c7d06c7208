#include "views/problemsview.h"

#include "models/problemsmodel.h"
#include "selection/planselection.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace horisont {

ProblemsView::ProblemsView(ProblemsModel &problems, PlanSelection &selection, QWidget *parent)
    : QWidget(parent), m_selection(selection), m_model(&problems)
{
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProblemsModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(ProblemsModel::SeverityRole);
    m_proxy->setFilterKeyColumn(ProblemsModel::Severity);

    m_summaryIcon = new QLabel(this);
    m_summaryIcon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("problemsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("Summary of problems"));
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);

    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("severityFilter"));
    m_filter->addItem(tr("All problems"), int(Filter::All));
    m_filter->addItem(tr("Errors only"), int(Filter::Errors));
    m_filter->addItem(tr("Warnings only"), int(Filter::Warnings));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filter->setAccessibleName(tr("Show problems of severity"));
    auto *filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(m_summaryIcon);
    header->addWidget(m_summary, 1);
    header->addSpacing(12);
    header->addWidget(filterLabel);
    header->addWidget(m_filter);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("problemsTable"));
    m_table->setAccessibleName(tr("Problems"));
    m_table->setAccessibleDescription(tr("Double-click a problem or press Enter to go to its item."));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProblemsModel::Severity, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setCornerButtonEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setAccessibleName(tr("Problem rows"));
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setAccessibleName(tr("Problem columns"));
    columns->setSectionResizeMode(ProblemsModel::Severity, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(ProblemsModel::Problem, QHeaderView::Stretch);
    columns->setSectionResizeMode(ProblemsModel::Item, QHeaderView::Interactive);
    columns->resizeSection(ProblemsModel::Item, columns->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 36);
    columns->setHighlightSections(false);
    // Wrapped messages need their rows re-measured when the columns change width.
    connect(columns, &QHeaderView::sectionResized, this,
            [this] { m_table->verticalHeader()->resizeSections(QHeaderView::ResizeToContents); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_table, 1);

    connect(m_table, &QAbstractItemView::activated, this, &ProblemsView::activate);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ProblemsView::applyFilter);
    connect(m_model, &ProblemsModel::countsChanged, this, &ProblemsView::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProblemsView::updateSummary);
    updateSummary();
}

void ProblemsView::setFilter(Filter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
}

void ProblemsView::applyFilter()
{
    switch (Filter(m_filter->currentData().toInt())) {
    case Filter::All:
        m_proxy->setFilterRegularExpression(QRegularExpression());
        break;
    case Filter::Errors:
        m_proxy->setFilterRegularExpression(
            QRegularExpression(QStringLiteral("^%1$").arg(int(Finding::Severity::Error))));
        break;
    case Filter::Warnings:
        m_proxy->setFilterRegularExpression(
            QRegularExpression(QStringLiteral("^%1$").arg(int(Finding::Severity::Warning))));
        break;
    }
}

void ProblemsView::activate(const QModelIndex &tableIndex)
{
    if (!tableIndex.isValid() || tableIndex.model() != m_proxy)
        return;
    const QModelIndex source = m_proxy->mapToSource(tableIndex);
    if (!source.isValid())
        return;
    const Finding &f = m_model->findingAt(source.row());
    EntityKind kind = f.kind;
    Id id = f.id;
    if (id == NoId) {
        // A finding about the plan as a whole (the ledger): show the mandate.
        kind = EntityKind::Programme;
        id = 1;
    }
    m_selection.select(kind, id);
    Q_EMIT goToItem(kind, id);
}

void ProblemsView::updateSummary()
{
    const int errors = m_model->errorCount();
    const int warnings = m_model->warningCount();
    QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
    QString text;
    if (errors > 0) {
        icon = QStyle::SP_MessageBoxCritical;
        text = m_model->summaryText();
    } else if (warnings > 0) {
        icon = QStyle::SP_MessageBoxWarning;
        text = m_model->summaryText();
    } else if (m_model->noteCount() > 0) {
        icon = QStyle::SP_MessageBoxInformation;
        text = tr("No errors or warnings, %1.").arg(m_model->summaryText());
    } else {
        text = tr("No problems found – the plan passes every check.");
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_summaryIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_summaryIcon->setMinimumWidth(size);
    m_summary->setText(text);
}

} // namespace horisont
