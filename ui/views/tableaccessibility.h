#pragma once

#include <QString>

class QTableView;

namespace horisont {

/// Names a table and the parts Qt builds inside it (its two headers and
/// the select-all corner button) for assistive technology.
void nameTableForAccessibility(QTableView *table, const QString &name, const QString &columnsName,
                               const QString &rowsName);

} // namespace horisont
