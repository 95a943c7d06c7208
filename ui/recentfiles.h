#pragma once

#include <QStringList>

namespace horisont {

/// The most recently opened plans, remembered in QSettings.
class RecentFiles
{
public:
    static constexpr int Max = 8;
    static QStringList list();
    static void add(const QString &path);
    static void remove(const QString &path);
};

} // namespace horisont
