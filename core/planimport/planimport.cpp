#include "planimport/planimport.h"

#include "document/plandocument.h"
#include "ledger/import/shownvalue.h"
#include "planimport/planformats.h"
#include "planimport/readers/spreadsheetreader.h"
#include "store/partialfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PlanImport)
};
} // namespace

std::optional<MappedPlan> readForeignPlanFile(const QString &source, const PlanImportOptions &options, QString *error)
{
    const QString name = shownValue(QFileInfo(source).fileName());
    QFile file(source);
    if (!QFileInfo(source).isFile() || !file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("%1: cannot be read: %2").arg(name, QFileInfo::exists(source) ? file.errorString() : Tr::tr("no such file"));
        return std::nullopt;
    }
    // A file that grows while it is read is cut one byte beyond the limit, and refused too.
    const QByteArray content = file.size() > planreadlimits::MaxFileBytes ? QByteArray() : file.read(planreadlimits::MaxFileBytes + 1);
    if (file.size() > planreadlimits::MaxFileBytes || content.size() > planreadlimits::MaxFileBytes) {
        *error = Tr::tr("%1: larger than %2 MiB; not a plan Horisont reads").arg(name).arg(planreadlimits::MaxFileBytes / (1024 * 1024));
        return std::nullopt;
    }
    QString formatName = options.format;
    if (formatName.isEmpty()) {
        formatName = sniffPlanFormat(content, source);
        if (formatName.isEmpty()) {
            QStringList names;
            for (const PlanFormat &f : planFormats())
                names << QString::fromLatin1(f.name);
            *error = Tr::tr("%1: not a plan of a tool Horisont knows (%2); name its format with --format if it is one")
                         .arg(name, names.join(QLatin1String(", ")));
            return std::nullopt;
        }
    }
    const PlanFormat *format = planFormat(formatName);
    if (!format) {
        *error = Tr::tr("Unknown format \"%1\".").arg(shownValue(formatName));
        return std::nullopt;
    }
    if (!format->reader) {
        *error = Tr::tr("%1: %2 files cannot be read by this build of Horisont").arg(name, QString::fromLatin1(format->label));
        return std::nullopt;
    }
    // Only a spreadsheet has columns to name; PlanReader has no place for a profile.
    const bool spreadsheet = formatName == QLatin1String("spreadsheet");
    if (!options.profilePath.isEmpty() && !spreadsheet) {
        *error = Tr::tr("%1: a profile names a plan spreadsheet's columns; a %2 file has none.").arg(name, QString::fromLatin1(format->label));
        return std::nullopt;
    }
    std::optional<ForeignPlan> plan;
    if (spreadsheet && !options.profilePath.isEmpty()) {
        const std::optional<PlanSheetProfile> profile = readPlanSheetProfile(options.profilePath, error);
        if (!profile)
            return std::nullopt;
        plan = readPlanSpreadsheet(content, source, *profile, error);
    } else {
        plan = format->reader(content, source, error);
    }
    if (!plan)
        return std::nullopt;
    return mapForeignPlan(*plan, name, error);
}

bool createImportedPlan(const MappedPlan &mapped, const QString &out, QString *error)
{
    const QFileInfo target(out);
    if (target.exists()) {
        *error = Tr::tr("%1 already exists; choose another name.").arg(out);
        return false;
    }
    partialfile::removeAbandoned(out, QStringLiteral("importing"));
    const QString temporary = partialfile::pathFor(out, QStringLiteral("importing"));
    partialfile::remove(temporary);
    {
        auto doc = PlanDocument::create(temporary, mapped.programme, error);
        if (!doc)
            return false;
        if (!doc->applyBulk(mapped.changes, CommandText("horisont::PlanImport",
                                                        QT_TRANSLATE_NOOP("horisont::PlanImport", "Import plan")))) {
            *error = Tr::tr("%1: the plan could not be written: %2").arg(out, doc->lastError());
            doc.reset();
            partialfile::remove(temporary);
            return false;
        }
    }
    // rename() never replaces a file: one made meanwhile under the name stays.
    if (!QFile::rename(temporary, out)) {
        *error = Tr::tr("%1 could not be created (it may have appeared meanwhile).").arg(out);
        partialfile::remove(temporary);
        return false;
    }
    return true;
}

} // namespace horisont
