#pragma once

#include <QString>

namespace horisont {

class MainWindow;

/// Renders each view of the window's open plan at 1366×768 and saves it as
/// DIR/LANG-NN-view.png (plus the extra tabs and zoom levels the README
/// shows). Returns the process exit code: 0, or 2 when a picture failed.
int saveScreenshots(MainWindow &window, const QString &directory, const QString &language);

} // namespace horisont
