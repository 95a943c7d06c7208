#include "planimport/readers/spreadsheetreader.h"

#include "ledger/import/csvreader.h"
#include "ledger/import/importlimits.h"
#include "ledger/import/shownvalue.h"
#include "planimport/readers/planrows.h"
#include "planimport/readers/xlsxsheet.h"
#include "planimport/readers/zipmember.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PlanSpreadsheet)
};

/// The report's key for the columns no field took.
constexpr const char *UnreadColumns = QT_TRANSLATE_NOOP("horisont::NotMapped", "columns");

/// How far down a header row is looked for: past a title, a date and a blank line or two.
constexpr int HeaderSearchRows = 20;

std::optional<SheetRows> readCsv(const QByteArray &content, const QString &path, const PlanSheetProfile &profile,
                                 QString *error)
{
    SheetRows out;
    out.csv = true;
    CsvOptions options;
    options.separator = profile.separator;
    options.encoding = profile.encoding;
    CsvFormat format;
    CsvError csvError;
    bool tooMany = false;
    const bool ok = CsvReader::read(
        content, options,
        [&](const CsvRecord &record) {
            if (out.rows.size() >= planreadlimits::MaxTasks) {
                tooMany = true;
                return false;
            }
            SheetRow row;
            row.number = int(record.line);
            for (qsizetype i = 0; i < record.fields.size(); ++i) {
                if (!record.fields[i].trimmed().isEmpty())
                    row.cells.append(SheetCell{int(i), SheetCell::Kind::Text, record.fields[i], QDate()});
            }
            out.rows.append(row);
            return true;
        },
        &format, &csvError);
    const QString file = QFileInfo(path).fileName();
    if (tooMany) {
        *error = Tr::tr("%1: more than %2 rows, more than any plan.").arg(file).arg(planreadlimits::MaxTasks);
        return std::nullopt;
    }
    if (!ok) {
        *error = csvError.line > 0 ? Tr::tr("%1, line %2: %3").arg(file).arg(csvError.line).arg(csvError.message)
                                   : Tr::tr("%1: %2").arg(file, csvError.message);
        return std::nullopt;
    }
    return out;
}

/// The header's index among `rows`: the profile's row, else the first of
/// the top rows that names every column a plan needs; -1 with *error naming
/// what the best candidate lacks.
int findHeader(const SheetRows &sheet, const QString &path, const PlanSheetProfile &profile, QString *error)
{
    const QString file = QFileInfo(path).fileName();
    const QString unit = sheet.csv ? Tr::tr("line") : Tr::tr("row");
    if (profile.headerRow > 0) {
        for (qsizetype i = 0; i < sheet.rows.size(); ++i) {
            if (sheet.rows[i].number == profile.headerRow) {
                const QString missing = PlanColumnMap::map(sheet.rows[i].texts(), profile).missing(profile);
                if (missing.isEmpty())
                    return int(i);
                *error = Tr::tr("%1, %2 %3 (the profile's headerRow): %4").arg(file, unit).arg(profile.headerRow).arg(missing);
                return -1;
            }
        }
        *error = Tr::tr("%1: the profile's headerRow %2 is empty or beyond the sheet.").arg(file).arg(profile.headerRow);
        return -1;
    }
    int best = -1, bestFound = 0;
    for (qsizetype i = 0; i < sheet.rows.size() && i < HeaderSearchRows; ++i) {
        const PlanColumnMap map = PlanColumnMap::map(sheet.rows[i].texts(), profile);
        if (map.missing(profile).isEmpty())
            return int(i);
        if (map.found() > bestFound) {
            best = int(i);
            bestFound = map.found();
        }
    }
    if (best < 0) {
        *error = Tr::tr("%1: no header row naming the plan's columns (Fas/Phase, Insats/Intervention, Start, År/Year, …) "
                        "in its first %2 rows.")
                     .arg(file)
                     .arg(HeaderSearchRows);
        return -1;
    }
    *error = Tr::tr("%1, %2 %3 (the header): %4")
                 .arg(file, unit)
                 .arg(sheet.rows[best].number)
                 .arg(PlanColumnMap::map(sheet.rows[best].texts(), profile).missing(profile));
    return -1;
}

} // namespace

std::optional<ForeignPlan> readPlanSpreadsheet(const QByteArray &content, const QString &path, const PlanSheetProfile &profile,
                                               QString *error)
{
    const bool xlsx = looksLikeZip(content);
    const std::optional<SheetRows> sheet =
        xlsx ? readXlsxSheet(content, path, profile.sheetName, profile.sheetIndex, error) : readCsv(content, path, profile, error);
    if (!sheet)
        return std::nullopt;
    const int header = findHeader(*sheet, path, profile, error);
    if (header < 0)
        return std::nullopt;
    const QStringList names = sheet->rows[header].texts();
    const PlanColumnMap columns = PlanColumnMap::map(names, profile);
    ForeignPlan plan;
    plan.format = QStringLiteral("spreadsheet");
    plan.name = QFileInfo(path).completeBaseName();
    if (!columns.unknown.isEmpty()) {
        plan.notMapped[QString::fromUtf8(UnreadColumns)] = int(columns.unknown.size());
        plan.warnings << Tr::tr("%1: columns not read: %2").arg(QFileInfo(path).fileName(), shownList(columns.unknown));
    }
    const QList<SheetRow> rows = sheet->rows.mid(header + 1);
    PlanRows reader(path, names, columns, profile, sheet->csv, &plan);
    reader.judgeDecimal(rows);
    for (const SheetRow &row : rows) {
        if (!reader.add(row, error))
            return std::nullopt;
    }
    reader.finish();
    return plan;
}

std::optional<ForeignPlan> readPlanSpreadsheet(const QByteArray &content, const QString &path, QString *error)
{
    return readPlanSpreadsheet(content, path, PlanSheetProfile(), error);
}

std::optional<PlanSheetProfile> readPlanSheetProfile(const QString &path, QString *error)
{
    const QString file = shownValue(QFileInfo(path).fileName());
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("%1: the profile cannot be read: %2").arg(file, f.errorString());
        return std::nullopt;
    }
    const QByteArray json = f.read(importlimits::ProfileBytes + 1);
    QString why;
    const auto profile = json.size() > importlimits::ProfileBytes
                             ? std::nullopt
                             : PlanSheetProfile::fromJson(json, &why);
    if (!profile)
        *error = Tr::tr("%1: %2").arg(file, why.isEmpty() ? Tr::tr("the profile is larger than a profile of a few lines of JSON") : why);
    return profile;
}

} // namespace horisont
