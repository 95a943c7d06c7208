#pragma once

#include <QString>

class QWidget;

namespace horisont {

class MainWindow;
class PlanDocument;

/// Lets the widget lay out and paint, then saves a picture of it.
bool settleAndGrab(QWidget &widget, const QString &file, int milliseconds = 300);
/// The Versions dialogs, a version opened read-only and the Changes view, as
/// DIR/LANG-15-versions-*.png, DIR/LANG-16-version-readonly.png and
/// DIR/LANG-17-changes*.png.
bool saveVersionScreenshots(MainWindow &window, const QString &directory, const QString &prefix);
/// A scenario worked in and the side-by-side comparison, on a copy of the
/// plan, as DIR/LANG-18-scenario.png and DIR/LANG-18-scenarios-side-by-side.png.
bool saveScenarioScreenshots(PlanDocument &document, const QString &directory, const QString &prefix);

/// The first views of a new user's walk on a small screen, 1024×600, as
/// DIR/LANG-small-NN-view.png.
bool saveSmallScreenshots(MainWindow &window, const QString &directory, const QString &prefix);

/// Two windows on one plan on a server (`first` and `second`, addresses of
/// the plan as two users): the second's edit arriving in the first, then
/// the first's conflicting edit refused, and Open from Server listing the
/// plan, as DIR/team-LANG-NN-*.png.
int saveTeamScreenshots(const QString &first, const QString &second, const QString &directory, const QString &language);

/// File ▸ Import Plan… with `source` previewed, as DIR/import-plan-LANG.png.
int saveImportPlanScreenshot(const QString &source, const QString &directory, const QString &language);

/// Renders each view of the window's open plan at 1366×768 and saves it as
/// DIR/LANG-NN-view.png (plus the extra tabs and zoom levels the README
/// shows). Returns the process exit code: 0, or 2 when a picture failed.
int saveScreenshots(MainWindow &window, const QString &directory, const QString &language);

} // namespace horisont
