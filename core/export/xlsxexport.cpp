#include "export/xlsxexport.h"

#include "export/formulaguard.h"
#include "model/textlimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::Export)
};

constexpr int MaxSheetName = 31;
/// A cell holds at most this many characters (Excel's limit, which
/// libxlsxwriter enforces by failing the whole workbook).
constexpr qsizetype MaxCellText = 32767;

/// Text as a cell holds it: within the cell's limit (a name of an old file
/// may be longer) and inert (see neutraliseFormula).
QByteArray cellText(const QString &text)
{
    return neutraliseFormula(elideText(text, MaxCellText - 1)).toUtf8(); // room for the apostrophe
}

/// "A", "B", … "Z", "AA", …: a column as formulas name it.
QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QLatin1Char(char('A' + (c - 1) % 26)));
    return name;
}

QString cellName(int row, int column)
{
    return columnName(column) + QString::number(row + 1);
}

/// A spreadsheet number can only be a double. Kronor with two decimals up to
/// 2^53 öre convert exactly enough that the cell shows the exact amount;
/// the sums themselves were made in öre before this conversion.
double kronor(Money amount)
{
    return double(amount.ore()) / 100.0;
}

/// Characters a column needs to show a cell in full, for its width.
int displayWidth(const ExportCell &cell)
{
    if (const auto *text = std::get_if<QString>(&cell))
        return int(neutraliseFormula(*text).size());
    if (const auto *amount = std::get_if<Money>(&cell)) {
        const int digits = int(QString::number(qAbs(amount->ore() / 100)).size());
        return digits + (digits - 1) / 3 + 4; // grouping, decimals, sign
    }
    if (std::holds_alternative<QDate>(cell))
        return 10;
    if (const auto *number = std::get_if<qint64>(&cell))
        return int(QString::number(*number).size());
    return 0;
}

/// The SUM formula for a totals cell, when the amounts it covers add up to
/// it exactly (otherwise the cell is written as a plain value).
QString sumFormula(const ExportTable &table, int row, int column)
{
    const Money total = std::get<Money>(table.rows[std::size_t(row)][std::size_t(column)]);
    const bool totalsRowCell = table.totalsRow && row == int(table.rows.size()) - 1;
    Money sum;
    if (totalsRowCell) {
        for (int r = 0; r < row; ++r) {
            const ExportCell &cell = table.rows[std::size_t(r)][std::size_t(column)];
            if (const auto *m = std::get_if<Money>(&cell))
                sum += *m;
        }
        // Row 0 is the header; data starts at spreadsheet row 1.
        return sum == total && row > 0 ? QStringLiteral("=SUM(%1:%2)").arg(cellName(1, column), cellName(row, column))
                                       : QString();
    }
    for (int c = 1; c < column; ++c) {
        if (const auto *m = std::get_if<Money>(&table.rows[std::size_t(row)][std::size_t(c)]))
            sum += *m;
    }
    return sum == total && column > 1
               ? QStringLiteral("=SUM(%1:%2)").arg(cellName(row + 1, 1), cellName(row + 1, column - 1))
               : QString();
}

struct Formats {
    lxw_format *header;
    lxw_format *text;
    lxw_format *amount;
    lxw_format *date;
    lxw_format *totalText;
    lxw_format *totalAmount;
};

Formats addFormats(lxw_workbook *workbook)
{
    Formats f{};
    f.header = workbook_add_format(workbook);
    format_set_bold(f.header);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    f.text = nullptr;
    // "#,##0.00" is the locale-neutral code: Excel and LibreOffice show
    // "12 500,50" to a Swedish user and "12,500.50" to an English one.
    f.amount = workbook_add_format(workbook);
    format_set_num_format(f.amount, "#,##0.00");
    f.date = workbook_add_format(workbook);
    format_set_num_format(f.date, "yyyy-mm-dd");
    f.totalText = workbook_add_format(workbook);
    format_set_bold(f.totalText);
    format_set_top(f.totalText, LXW_BORDER_THIN);
    f.totalAmount = workbook_add_format(workbook);
    format_set_bold(f.totalAmount);
    format_set_top(f.totalAmount, LXW_BORDER_THIN);
    format_set_num_format(f.totalAmount, "#,##0.00");
    return f;
}

lxw_error writeCell(lxw_worksheet *sheet, const ExportTable &table, int row, int column, const Formats &f)
{
    const ExportCell &cell = table.rows[std::size_t(row)][std::size_t(column)];
    const bool total = (table.totalsRow && row == int(table.rows.size()) - 1)
                       || (table.totalsColumn && column == int(table.rows[std::size_t(row)].size()) - 1);
    const lxw_row_t at = lxw_row_t(row + 1);
    const lxw_col_t col = lxw_col_t(column);
    if (const auto *text = std::get_if<QString>(&cell)) {
        // A string cell is never evaluated in XLSX, but the same apostrophe
        // as in the CSV keeps the text inert once it is copied out, edited
        // and confirmed, or the sheet is saved as CSV — and both exports
        // then hold the same text.
        return worksheet_write_string(sheet, at, col, cellText(*text).constData(), total ? f.totalText : f.text);
    }
    if (const auto *amount = std::get_if<Money>(&cell)) {
        lxw_format *format = total ? f.totalAmount : f.amount;
        const QString formula = total ? sumFormula(table, row, column) : QString();
        if (!formula.isEmpty())
            return worksheet_write_formula_num(sheet, at, col, formula.toUtf8().constData(), format, kronor(*amount));
        return worksheet_write_number(sheet, at, col, kronor(*amount), format);
    }
    if (const auto *date = std::get_if<QDate>(&cell)) {
        lxw_datetime dt{date->year(), date->month(), date->day(), 0, 0, 0};
        return worksheet_write_datetime(sheet, at, col, &dt, f.date);
    }
    if (const auto *number = std::get_if<qint64>(&cell))
        return worksheet_write_number(sheet, at, col, double(*number), total ? f.totalText : f.text);
    return LXW_NO_ERROR;
}

/// Writes one table; returns the first libxlsxwriter error.
lxw_error writeSheet(lxw_worksheet *sheet, const ExportTable &table, const Formats &f)
{
    std::vector<int> widths(std::size_t(table.header.size()), 0);
    auto widen = [&](int column, int width) {
        if (std::size_t(column) >= widths.size())
            widths.resize(std::size_t(column) + 1, 0);
        widths[std::size_t(column)] = std::max(widths[std::size_t(column)], width);
    };
    for (int c = 0; c < table.header.size(); ++c) {
        widen(c, int(neutraliseFormula(table.header.at(c)).size()));
        if (lxw_error e = worksheet_write_string(sheet, 0, lxw_col_t(c), cellText(table.header.at(c)).constData(), f.header))
            return e;
    }
    for (int r = 0; r < int(table.rows.size()); ++r) {
        for (int c = 0; c < int(table.rows[std::size_t(r)].size()); ++c) {
            widen(c, displayWidth(table.rows[std::size_t(r)][std::size_t(c)]));
            if (lxw_error e = writeCell(sheet, table, r, c, f))
                return e;
        }
    }
    for (std::size_t c = 0; c < widths.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::clamp(widths[c] + 2, 8, 60), nullptr);
    worksheet_freeze_panes(sheet, 1, 1);
    return LXW_NO_ERROR;
}

QString failure(const QString &path, const QString &reason)
{
    return Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}
} // namespace

QStringList xlsxSheetNames(const QStringList &titles)
{
    QStringList names;
    QSet<QString> taken;
    for (const QString &title : titles) {
        QString base = title;
        for (QChar forbidden : QStringLiteral("[]:*?/\\"))
            base.replace(forbidden, QLatin1Char('-'));
        while (base.startsWith(QLatin1Char('\'')))
            base.remove(0, 1);
        base = base.left(MaxSheetName).trimmed();
        while (base.endsWith(QLatin1Char('\'')))
            base.chop(1);
        if (base.isEmpty())
            base = Tr::tr("Sheet");
        QString name = base;
        for (int n = 2; taken.contains(name.toCaseFolded()); ++n) {
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            name = base.left(MaxSheetName - int(suffix.size())).trimmed() + suffix;
        }
        taken.insert(name.toCaseFolded());
        names << name;
    }
    return names;
}

bool writeXlsx(const QString &path, const std::vector<ExportTable> &tables, QString *error)
{
    const QFileInfo target(path);
    // The temporary file lives next to the target so that the final rename
    // stays on one file system and is atomic.
    QTemporaryFile temporary(target.absoluteDir().filePath(QStringLiteral(".%1-XXXXXX").arg(target.fileName())));
    if (!temporary.open()) {
        if (error)
            *error = failure(path, temporary.errorString());
        return false;
    }
    temporary.close();
    const QByteArray temporaryName = QFile::encodeName(temporary.fileName());

    lxw_workbook *workbook = workbook_new(temporaryName.constData());
    if (!workbook) {
        if (error)
            *error = failure(path, Tr::tr("out of memory"));
        return false;
    }
    const Formats formats = addFormats(workbook);
    QStringList titles;
    for (const ExportTable &table : tables)
        titles << table.title;
    const QStringList names = xlsxSheetNames(titles);
    lxw_error problem = LXW_NO_ERROR;
    for (std::size_t i = 0; i < tables.size() && problem == LXW_NO_ERROR; ++i) {
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, names.at(qsizetype(i)).toUtf8().constData());
        problem = sheet ? writeSheet(sheet, tables[i], formats) : LXW_ERROR_PARAMETER_VALIDATION;
    }
    const lxw_error closed = workbook_close(workbook); // frees the workbook whatever happens
    if (problem == LXW_NO_ERROR)
        problem = closed;
    if (problem != LXW_NO_ERROR) {
        if (error)
            *error = failure(path, QString::fromUtf8(lxw_strerror(problem)));
        return false;
    }

    // Reach the disk before the rename makes the new file the real one.
    QFile written(temporary.fileName());
    if (!written.open(QIODevice::ReadOnly) || ::fsync(written.handle()) != 0) {
        if (error)
            *error = failure(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    written.close();
    const QFileDevice::Permissions permissions =
        target.exists() ? QFile::permissions(path)
                        : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QFile::setPermissions(temporary.fileName(), permissions);
    if (std::rename(temporaryName.constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        if (error)
            *error = failure(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    temporary.setAutoRemove(false); // it is the target now
    return true;
}

} // namespace horisont
