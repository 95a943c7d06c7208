#pragma once

#include "document/plandocument.h"

#include <QCommandLineOption>

#include <memory>

namespace horisont::cli {

/// Opens the plan a command works on, or prints on stderr why it cannot and
/// returns nullptr: a missing, foreign or damaged file, or one written by a
/// newer Horisont, whose content this version cannot vouch for (the window
/// still shows such a file read-only). What opening did that the user should
/// know — an interrupted edit completed, a journal set aside — goes to stderr
/// too.
///
/// With `version` (the value of versionOption()), the document shows that
/// version instead of the plan (PlanDocument::showVersion); an unknown name
/// is refused listing the plan's versions.
std::unique_ptr<PlanDocument> openPlan(const QString &path, PlanDocument::Access access,
                                       PlanDocument::Verification verification = PlanDocument::Verification::Background,
                                       const QString &version = QString());

/// --version NAME: the read-only commands' way to read a decided version or
/// snapshot instead of the plan as it is now.
QCommandLineOption versionOption();

} // namespace horisont::cli
