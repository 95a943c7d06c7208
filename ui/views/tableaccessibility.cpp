#include "views/tableaccessibility.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QHeaderView>
#include <QTableView>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::TableAccessibility)
};
} // namespace

void nameTableForAccessibility(QTableView *table, const QString &name, const QString &columnsName,
                               const QString &rowsName)
{
    table->setAccessibleName(name);
    table->horizontalHeader()->setAccessibleName(columnsName);
    table->verticalHeader()->setAccessibleName(rowsName);
    // The corner button is a private QAbstractButton child of the table.
    for (QAbstractButton *button : table->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly))
        button->setAccessibleName(Tr::tr("Select all"));
}

} // namespace horisont
