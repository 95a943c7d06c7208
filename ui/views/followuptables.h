#pragma once

#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace horisont {

/// A label that moves the focus to `buddy` on its mnemonic.
inline QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

/// A table of the budget follow-up: whole rows, alternating, headings centred.
inline QTableView *newFollowUpTable(QAbstractItemModel *model)
{
    auto *table = new QTableView;
    table->setModel(model);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    return table;
}

} // namespace horisont
