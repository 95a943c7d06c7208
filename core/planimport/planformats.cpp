#include "planimport/planformats.h"

#include "planimport/readers/calligraplanreader.h"
#include "planimport/readers/ganttprojectreader.h"
#include "planimport/readers/msprojectreader.h"
#include "planimport/readers/plannerreader.h"
#include "planimport/readers/spreadsheetreader.h"
#include "planimport/readers/taskjugglerreader.h"

#include <QFileInfo>

namespace horisont {
namespace {

/// The first `n` bytes after a UTF-8 byte-order mark.
QByteArray head(const QByteArray &content, qsizetype n)
{
    const qsizetype from = content.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    return content.mid(from, n);
}

/// The first element's start tag ("<Project xmlns=...>"), past the XML
/// declaration, comments, processing instructions and a DOCTYPE; empty if
/// the bytes do not start as XML.
QByteArray rootTag(const QByteArray &bytes, QByteArray *doctype)
{
    qsizetype i = 0;
    while (i < bytes.size()) {
        while (i < bytes.size() && QChar::isSpace(uchar(bytes[i])))
            ++i;
        if (i >= bytes.size() || bytes[i] != '<')
            return {};
        const auto skipTo = [&](const char *end) {
            const qsizetype e = bytes.indexOf(end, i);
            i = e < 0 ? bytes.size() : e + qsizetype(qstrlen(end));
        };
        if (bytes.mid(i, 4) == "<!--") {
            skipTo("-->");
        } else if (bytes.mid(i, 2) == "<?") {
            skipTo("?>");
        } else if (bytes.mid(i, 2) == "<!") {
            const qsizetype e = bytes.indexOf('>', i);
            *doctype = bytes.mid(i, e < 0 ? -1 : e - i + 1);
            skipTo(">");
        } else {
            const qsizetype e = bytes.indexOf('>', i);
            return bytes.mid(i, e < 0 ? -1 : e - i + 1);
        }
    }
    return {};
}

/// Whether TaskJuggler's `project` keyword is the first word past comments.
bool startsWithProjectKeyword(const QByteArray &bytes)
{
    qsizetype i = 0;
    while (i < bytes.size()) {
        const char c = bytes[i];
        if (QChar::isSpace(uchar(c))) {
            ++i;
        } else if (c == '#' || bytes.mid(i, 2) == "//") {
            const qsizetype e = bytes.indexOf('\n', i);
            i = e < 0 ? bytes.size() : e + 1;
        } else if (bytes.mid(i, 2) == "/*") {
            const qsizetype e = bytes.indexOf("*/", i + 2);
            i = e < 0 ? bytes.size() : e + 2;
        } else {
            return bytes.mid(i, 7) == "project" && (i + 7 >= bytes.size() || !QChar::isLetterOrNumber(uchar(bytes[i + 7])));
        }
    }
    return false;
}

} // namespace

const QList<PlanFormat> &planFormats()
{
    static const QList<PlanFormat> all{
        {"msproject", "Microsoft Project XML", readMsProject},
        {"ganttproject", "GanttProject", readGanttProject},
        {"planner", "GNOME Planner", readPlanner},
        {"calligraplan", "Calligra Plan", readCalligraPlan},
        {"taskjuggler", "TaskJuggler", readTaskJuggler},
        {"spreadsheet", "XLSX/CSV", readPlanSpreadsheet}, // a --profile is passed by readForeignPlanFile
    };
    return all;
}

const PlanFormat *planFormat(const QString &name)
{
    for (const PlanFormat &f : planFormats()) {
        if (name == QLatin1String(f.name))
            return &f;
    }
    return nullptr;
}

QString sniffPlanFormat(const QByteArray &content, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QByteArray bytes = head(content, 8192);
    if (bytes.startsWith("PK\x03\x04")) {
        // Zip members' names stand uncompressed in their headers; a KDE
        // document also starts with its mimetype stored as it is.
        if (content.contains("application/x-vnd.kde.kplato") || content.contains("application/x-vnd.kde.plan")
            || content.contains("maindoc.xml"))
            return QStringLiteral("calligraplan");
        if (content.contains("xl/workbook.xml") || suffix == QLatin1String("xlsx"))
            return QStringLiteral("spreadsheet");
        return {};
    }
    QByteArray doctype;
    const QByteArray root = rootTag(bytes, &doctype);
    if (!root.isEmpty()) {
        if (root.startsWith("<Project") && root.contains("schemas.microsoft.com/project"))
            return QStringLiteral("msproject");
        if (root.startsWith("<kplato") || root.startsWith("<plan") || doctype.contains("kplato")
            || doctype.startsWith("<!DOCTYPE plan"))
            return QStringLiteral("calligraplan");
        if (root.startsWith("<project")) {
            if (root.contains("mrproject-version") || suffix == QLatin1String("planner") || suffix == QLatin1String("mrproject"))
                return QStringLiteral("planner");
            if (root.contains("gantt-divider-location") || root.contains("view-date") || root.contains("webLink")
                || suffix == QLatin1String("gan"))
                return QStringLiteral("ganttproject");
            // Planner's tasks carry work and times, GanttProject's durations in days.
            if (bytes.contains("<phases") || (bytes.contains("<day-types>") && !bytes.contains("<default-week")))
                return QStringLiteral("planner");
            return QStringLiteral("ganttproject");
        }
        return {};
    }
    if (startsWithProjectKeyword(bytes) || suffix == QLatin1String("tjp"))
        return QStringLiteral("taskjuggler");
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx"))
        return QStringLiteral("spreadsheet");
    return {};
}

} // namespace horisont
