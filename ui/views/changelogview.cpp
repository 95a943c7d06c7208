#include "views/changelogview.h"

#include "document/plandocument.h"
#include "models/changelogformatter.h"
#include "models/changelogmodel.h"
#include "views/rowdetails.h"
#include "fittedcolumns.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace horisont {
namespace {

QString tsvCell(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return text;
}

} // namespace

ChangeLogView::ChangeLogView(PlanDocument &document, QWidget *parent) : QWidget(parent), m_document(document)
{
    m_model = new ChangeLogModel(document, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ChangeLogModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("changeLogFilter"));
    m_filter->setPlaceholderText(tr("Filter by person, item, field or value…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter changes"));
    // The clear button Qt builds into the line edit.
    for (QToolButton *clear : m_filter->findChildren<QToolButton *>())
        clear->setAccessibleName(tr("Clear filter"));
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);

    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyChanges"));
    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copy->setAccessibleName(tr("Copy the shown changes"));
    m_copy->setToolTip(tr("Copy the changes shown as tab-separated text, e.g. to paste into a spreadsheet."));

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("changeCount"));
    m_count->setAccessibleName(tr("Number of changes shown"));

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter, 1);
    bar->addSpacing(8);
    bar->addWidget(m_count);
    bar->addSpacing(8);
    bar->addWidget(m_copy);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("changeLogTable"));
    m_table->setAccessibleName(tr("Change log"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ChangeLogModel::When, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setCornerButtonEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setAccessibleName(tr("Change rows"));
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setAccessibleName(tr("Change log columns"));
    columns->setHighlightSections(false);
    columns->setMinimumSectionSize(4 * columns->fontMetrics().horizontalAdvance(QLatin1Char('M')));
    // Columns fit their text, the widest cut back so that all fit the
    // width; tooltips and the details below show what does not fit.
    FittedColumns::install(m_table, QStringLiteral("changelog"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(new RowDetails(m_table, this));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid())
            return;
        const ChangeLogEntry &entry = m_model->entryAt(m_proxy->mapToSource(current).row());
        if (const auto kind = ChangeLogFormatter(m_document.plan()).itemInPlan(entry))
            Q_EMIT itemChosen(*kind, entry.entityId);
    });

    connect(m_filter, &QLineEdit::textChanged, this, &ChangeLogView::setFilterText);
    connect(m_copy, &QPushButton::clicked, this, &ChangeLogView::copyVisibleRows);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ChangeLogView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ChangeLogView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ChangeLogView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ChangeLogView::updateCount);
    updateCount();
}

void ChangeLogView::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    else
        m_proxy->setFilterFixedString(text.trimmed());
    updateCount();
}

void ChangeLogView::updateCount()
{
    const QLocale locale;
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    QString text;
    if (all == 0)
        text = tr("No changes yet");
    else if (shown == all && all >= ChangeLogModel::Limit)
        text = tr("The latest %1 changes").arg(locale.toString(all));
    else if (shown == all)
        text = all == 1 ? tr("1 change") : tr("%1 changes").arg(locale.toString(all));
    else
        text = tr("%1 of %2 changes").arg(locale.toString(shown), locale.toString(all));
    m_count->setText(text);
    m_copy->setEnabled(shown > 0);
}

QString ChangeLogView::visibleRowsAsTsv() const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < m_proxy->columnCount(); ++c) {
        if (!m_table->isColumnHidden(c))
            header << tsvCell(m_proxy->headerData(c, Qt::Horizontal).toString());
    }
    lines << header.join(QLatin1Char('\t'));
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_proxy->columnCount(); ++c) {
            if (!m_table->isColumnHidden(c))
                cells << tsvCell(m_proxy->index(r, c).data().toString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ChangeLogView::copyVisibleRows()
{
    QApplication::clipboard()->setText(visibleRowsAsTsv());
}

} // namespace horisont
