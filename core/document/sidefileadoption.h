#pragma once

#include <QString>
#include <QStringList>

namespace horisont::sidefiles {

/// Whether the journal or WAL beside a plan may be its own, so that
/// replaying it (in a copy) is worth trying.
bool mayBelong(const QString &planPath);

/// Deals with a journal or WAL beside a plan about to be opened for
/// writing: replays it in a copy and adopts the copy when it verifies as a
/// whole plan (a WAL: keeping what it replaced), else sets it aside. Says
/// what happened in `notices`; false with `error` when nothing could be done.
bool recoverForEditing(const QString &planPath, QStringList *notices, QString *error);

/// The verdict on a journal whose first page is another file's.
QString foreignJournal();

/// A verdict about a scratch copy names the copy; the user knows the plan.
QString aboutPlan(QString message, const QString &copyPath, const QString &planPath);

} // namespace horisont::sidefiles
