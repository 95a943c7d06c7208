#include "export/csvexport.h"

#include "export/formulaguard.h"
#include "export/wholefile.h"



namespace horisont {
namespace {

constexpr QLatin1Char Separator(';');

QString quoted(const QString &field)
{
    const bool needsQuotes = field.contains(Separator) || field.contains(QLatin1Char('"'))
                             || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString field(const ExportCell &cell, QChar decimalMark)
{
    if (const auto *text = std::get_if<QString>(&cell))
        return quoted(neutraliseFormula(*text));
    if (const auto *amount = std::get_if<Money>(&cell))
        return csvAmount(*amount, decimalMark);
    if (const auto *date = std::get_if<QDate>(&cell))
        return date->toString(Qt::ISODate);
    if (const auto *number = std::get_if<qint64>(&cell))
        return QString::number(*number);
    return QString();
}
} // namespace

QString csvAmount(Money amount, QChar decimalMark)
{
    // Integer arithmetic on öre: the text is exact, whatever the amount.
    const quint64 ore = amount.isNegative() ? quint64(-(amount.ore() + 1)) + 1 : quint64(amount.ore());
    return (amount.isNegative() ? QStringLiteral("-") : QString()) + QString::number(ore / 100) + decimalMark
           + QStringLiteral("%1").arg(ore % 100, 2, 10, QLatin1Char('0'));
}

QByteArray csvBytes(const ExportTable &table, const QLocale &locale)
{
    const QChar decimalMark = locale.decimalPoint() == QLatin1String(",") ? QLatin1Char(',') : QLatin1Char('.');
    QString text;
    auto record = [&](const QStringList &fields) { text += fields.join(Separator) + QLatin1String("\r\n"); };
    QStringList header;
    for (const QString &h : table.header)
        header << quoted(neutraliseFormula(h));
    record(header);
    for (const std::vector<ExportCell> &row : table.rows) {
        QStringList fields;
        for (const ExportCell &cell : row)
            fields << field(cell, decimalMark);
        record(fields);
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

bool writeCsv(const QString &path, const ExportTable &table, const QLocale &locale, QString *error)
{
    return WholeFile::write(path, csvBytes(table, locale), error);
}

} // namespace horisont
