#include "recentfiles.h"

#include "server/serveraddress.h"

#include <QFileInfo>
#include <QSettings>

namespace horisont {
namespace {
const QString Key = QStringLiteral("recentFiles");

/// One spelling per plan, so that it is listed once.
QString normalised(const QString &path)
{
    if (!serveraddress::looksLikeServer(path))
        return QFileInfo(path).absoluteFilePath();
    QString error;
    const auto address = serveraddress::parsePlan(path, &error);
    return address ? address->toString() : path;
}

} // namespace

QStringList RecentFiles::list()
{
    return QSettings().value(Key).toStringList();
}

void RecentFiles::add(const QString &path)
{
    QStringList files = list();
    const QString entry = normalised(path);
    files.removeAll(entry);
    files.prepend(entry);
    while (files.size() > Max)
        files.removeLast();
    QSettings().setValue(Key, files);
}

void RecentFiles::remove(const QString &path)
{
    QStringList files = list();
    files.removeAll(normalised(path));
    QSettings().setValue(Key, files);
}

QString RecentFiles::label(const QString &path)
{
    QString error;
    const auto address = serveraddress::looksLikeServer(path) ? serveraddress::parsePlan(path, &error) : std::nullopt;
    const QString name = address ? address->describe() : QFileInfo(path).fileName();
    return name + QStringLiteral("  —  ") + path;
}

} // namespace horisont
