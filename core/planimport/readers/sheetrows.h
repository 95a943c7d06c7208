#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace horisont {

/// One cell of a plan spreadsheet, read from XLSX or CSV: its text as the
/// file holds it, and for an XLSX number whether a date style shows it as a
/// date (then `date` is that day).
struct SheetCell {
    enum class Kind { Text, Number, Date };
    int column = 0; ///< 0-based
    Kind kind = Kind::Text;
    QString text; ///< a number as XLSX stores it ("1234.5", "1.5E+6")
    QDate date; ///< for Kind::Date
};

/// A row with its cells (only those that hold something, by column), and
/// its number as a user sees it: the sheet's row, or the CSV file's line.
struct SheetRow {
    int number = 0;
    QList<SheetCell> cells;
    /// The cell in `column`, or nullptr when it is empty.
    const SheetCell *cell(int column) const;
    /// The texts of columns 0..last (empty where nothing is), for a header.
    QStringList texts() const;
};

/// A worksheet's rows, and whether rows are lines of a CSV file (messages
/// say "line") or rows of a sheet ("row").
struct SheetRows {
    QList<SheetRow> rows;
    bool csv = false;
};

namespace sheetrows {
/// "A", "Z", "AA", … for a 0-based column, as a spreadsheet names it.
QString columnLetters(int column);
/// The day Excel's serial number `serial` stands for: days since 1899-12-30
/// (the 1900 system, counting the 29 February 1900 that never was, which
/// Lotus 1-2-3 counted and Excel kept) or since 1904-01-01 (`date1904`).
/// A time of day (the fraction) is dropped. Nothing for serial 60 (that
/// day), below 1 or beyond year 9999.
std::optional<QDate> excelDate(const QString &serial, bool date1904);
} // namespace sheetrows

} // namespace horisont
