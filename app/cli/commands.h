#pragma once

#include <QStringList>

namespace horisont::cli {

int newCommand(const QStringList &arguments);
int infoCommand(const QStringList &arguments);
int checkCommand(const QStringList &arguments);
int generateCommand(const QStringList &arguments);
int importCommand(const QStringList &arguments);
int importsCommand(const QStringList &arguments);
int removeImportCommand(const QStringList &arguments);
int exportPdfCommand(const QStringList &arguments);
int exportXlsxCommand(const QStringList &arguments);
int exportCsvCommand(const QStringList &arguments);
int freezeCommand(const QStringList &arguments);
int versionsCommand(const QStringList &arguments);
int deleteSnapshotCommand(const QStringList &arguments);
int diffCommand(const QStringList &arguments);
int scenariosCommand(const QStringList &arguments);
int newScenarioCommand(const QStringList &arguments);
int deleteScenarioCommand(const QStringList &arguments);
int promoteScenarioCommand(const QStringList &arguments);
int compareScenariosCommand(const QStringList &arguments);

} // namespace horisont::cli
