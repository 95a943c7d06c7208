#pragma once

#include "document/plandocument.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>

namespace horisont::cli {

/// Opens the plan a command works on, or prints on stderr why it cannot and
/// returns nullptr: a missing, foreign or damaged file, or one written by a
/// newer Horisont, whose content this version cannot vouch for (the window
/// still shows such a file read-only). What opening did that the user should
/// know — an interrupted edit completed, a journal set aside — goes to stderr
/// too.
///
/// What a read-only command reads instead of the plan as it is now: the
/// values of --version and --scenario (at most one of them).
struct ShownState {
    QString version;
    QString scenario;
};

/// With a version, the document shows it instead of the plan
/// (PlanDocument::showVersion); with a scenario, it works in it
/// (PlanDocument::workInScenario). An unknown name is refused listing the
/// plan's versions or scenarios.
std::unique_ptr<PlanDocument> openPlan(const QString &path, PlanDocument::Access access,
                                       PlanDocument::Verification verification = PlanDocument::Verification::Background,
                                       const ShownState &shown = {});

/// The plan this process last opened through openPlan (its path or server
/// address, as given), or empty: what a command that stops on an exception
/// names, so that even that refusal says which file it could not read.
QString planInHand();

/// How messages name the plan at `path`: its file name, or for a server
/// plan "umea on db.kommun.se/planer".
QString planName(const QString &path);

/// --version NAME and --scenario NAME: the read-only commands' way to read
/// a decided version, a snapshot or a scenario instead of the plan.
QList<QCommandLineOption> shownStateOptions();
ShownState shownState(const QCommandLineParser &parser);

} // namespace horisont::cli
