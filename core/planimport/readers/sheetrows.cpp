#include "planimport/readers/sheetrows.h"

#include <QStringList>

#include <cmath>

namespace horisont {

const SheetCell *SheetRow::cell(int column) const
{
    // Cells come in column order and a plan's rows hold a dozen of them.
    for (const SheetCell &c : cells) {
        if (c.column == column)
            return &c;
        if (c.column > column)
            break;
    }
    return nullptr;
}

QStringList SheetRow::texts() const
{
    QStringList out;
    for (const SheetCell &c : cells) {
        while (out.size() < c.column)
            out << QString();
        out << (c.kind == SheetCell::Kind::Date ? c.date.toString(Qt::ISODate) : c.text);
    }
    return out;
}

namespace sheetrows {

QString columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

std::optional<QDate> excelDate(const QString &serial, bool date1904)
{
    bool ok = false;
    const double value = serial.trimmed().toDouble(&ok);
    // 2 958 465 is 9999-12-31, the last day Excel shows.
    if (!ok || !std::isfinite(value) || value < (date1904 ? 0 : 1) || value >= 2958466)
        return std::nullopt;
    const qint64 days = qint64(std::floor(value));
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    if (days == 60)
        return std::nullopt; // 1900-02-29, which Excel shows and no calendar has
    // Before that phantom day serials count from 1899-12-31, after it from 1899-12-30.
    return days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
}

} // namespace sheetrows
} // namespace horisont
