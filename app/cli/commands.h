#pragma once

#include <QStringList>

namespace horisont {
class SqliteStore;
}

namespace horisont::cli {

int newCommand(const QStringList &arguments);
int infoCommand(const QStringList &arguments);
int checkCommand(const QStringList &arguments);
int generateCommand(const QStringList &arguments);
int importCommand(const QStringList &arguments);
int importPlanCommand(const QStringList &arguments);
int importsCommand(const QStringList &arguments);
int removeImportCommand(const QStringList &arguments);
int exportPdfCommand(const QStringList &arguments);
int exportXlsxCommand(const QStringList &arguments);
int exportCsvCommand(const QStringList &arguments);
int freezeCommand(const QStringList &arguments);
int versionsCommand(const QStringList &arguments);
int deleteSnapshotCommand(const QStringList &arguments);
int diffCommand(const QStringList &arguments);
int scenarioCommand(const QStringList &arguments);
int publishCommand(const QStringList &arguments);
int pullCommand(const QStringList &arguments);
int plansCommand(const QStringList &arguments);
int upgradeCommand(const QStringList &arguments);
int grantCommand(const QStringList &arguments);
int revokeCommand(const QStringList &arguments);

/// Names the plan's scenarios, one line each (shared by `versions` and `scenario list`).
void listScenarios(SqliteStore &store, const QString &planPath);

} // namespace horisont::cli
