#pragma once

#include "money/money.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <variant>
#include <vector>

namespace horisont {

class MoneyGrid;

/// One cell of an exported table: empty, text, an exact amount, a date or a
/// whole number. Each writer renders the type its own way (an amount is a
/// number in both CSV and XLSX, never text).
using ExportCell = std::variant<std::monostate, QString, Money, QDate, qint64>;

/// A table as the spreadsheet writers take it: a header row, typed cells,
/// and whether the last row and/or column holds totals (XLSX writes those
/// as SUM formulas with the exact sum as the cached result).
struct ExportTable {
    QString name;  ///< the stable machine name of the grid ("allocations-by-source")
    QString title; ///< translated; the sheet's name in a workbook
    QStringList header;
    std::vector<std::vector<ExportCell>> rows;
    bool totalsRow = false;    ///< the last row sums the amounts above it
    bool totalsColumn = false; ///< the last column sums the amounts left of it (from column 1)
};

enum class TotalsColumn { No, Yes };

/// A cell as a person reads it on screen or in a terminal: an amount in
/// `locale`'s money format, a date as ISO, a whole number (a year, a
/// count) plainly; empty for an empty cell.
QString cellText(const ExportCell &cell, const QLocale &locale);

/// A MoneyGrid as a table: the row labels under `labelHeader`, the grid's
/// columns, optionally a "Total" column (the row sums) and always a "Total"
/// row (the column sums). Use no totals column where adding the columns
/// means nothing (allocated, spent, variance).
ExportTable tableFromGrid(const MoneyGrid &grid, const QString &labelHeader, TotalsColumn totalsColumn);

} // namespace horisont
