#pragma once

#include <QStringList>

namespace horisont {

/// The most recently opened plans, remembered in QSettings: files by their
/// absolute path, plans on a server by their address (which never holds a
/// password).
class RecentFiles
{
public:
    static constexpr int Max = 8;
    static QStringList list();
    static void add(const QString &path);
    static void remove(const QString &path);
    /// How a menu or list shows the entry: "name — where it is".
    static QString label(const QString &path);
};

} // namespace horisont
