#include "views/changesmoneytab.h"

#include "models/exporttablemodel.h"
#include "views/tableaccessibility.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace horisont {

ChangesMoneyTab::ChangesMoneyTab(QWidget *parent)
    : QWidget(parent), m_money(new ExportTableModel(this)), m_years(new ExportTableModel(this)),
      m_moneyTitle(new QLabel(this))
{
    setObjectName(QStringLiteral("changesMoney"));
    m_moneyTable = makeTable(m_money, tr("Money allocated where it changed"));
    m_moneyTable->setObjectName(QStringLiteral("moneyChanges"));
    m_yearsTable = makeTable(m_years, tr("Allocated per year"));
    m_yearsTable->setObjectName(QStringLiteral("yearTotals"));
    auto *yearsTitle = new QLabel(tr("<b>Allocated per year</b>, every allocation of the year"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 6, 4, 4);
    layout->addWidget(m_moneyTitle);
    layout->addWidget(m_moneyTable, 1);
    layout->addWidget(yearsTitle);
    layout->addWidget(m_yearsTable, 1);
}

QTableView *ChangesMoneyTab::makeTable(ExportTableModel *model, const QString &name)
{
    auto *table = new QTableView(this);
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(false);
    nameTableForAccessibility(table, name, tr("Columns"), tr("Rows"));
    return table;
}

void ChangesMoneyTab::setTables(ExportTable money, int changedRows, ExportTable years)
{
    m_moneyTitle->setText(changedRows == 0
                              ? tr("<b>Money allocated</b>: no allocation differs.")
                              : tr("<b>Money allocated</b> per year, source, organisation and intervention, "
                                   "where it differs (%n row(s))",
                                   nullptr, changedRows));
    m_money->setTable(std::move(money));
    m_years->setTable(std::move(years));
    fitColumns(m_moneyTable);
    fitColumns(m_yearsTable);
    // The years are few: their table is no taller than its rows, and the
    // money table has the rest.
    m_yearsTable->setMaximumHeight(m_yearsTable->horizontalHeader()->sizeHint().height()
                                   + m_yearsTable->verticalHeader()->length() + 2 * m_yearsTable->frameWidth());
}

void ChangesMoneyTab::fitColumns(QTableView *table)
{
    // Amounts and years are read whole; names share what is left and are
    // cut at the end (the tooltip has them whole).
    QHeaderView *header = table->horizontalHeader();
    const ExportTable &shown = static_cast<const ExportTableModel *>(table->model())->table();
    for (int column = 0; column < shown.header.size(); ++column) {
        bool text = false;
        for (std::size_t row = 0; row + (shown.totalsRow ? 1 : 0) < shown.rows.size() && !text; ++row)
            text = std::holds_alternative<QString>(shown.rows[row][std::size_t(column)]);
        header->setSectionResizeMode(column, text ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    }
    header->setStretchLastSection(false); // a table of amounts alone ends where they end
}

} // namespace horisont
