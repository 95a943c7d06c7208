#pragma once

#include "store/sidefiles.h"

#include <QString>

namespace horisont {

/// Recovering a plan's side files without ever letting SQLite replay them
/// into the plan itself: the plan and its side files are copied into
/// `folder`, SQLite replays them there (rolls the journal back, checkpoints
/// the WAL) and the copy is turned into a single rollback-journal file. The
/// caller verifies the copy as a whole plan before it adopts it; a copy that
/// fails is thrown away and the plan is never touched.
namespace sidefiles {

struct Replayed {
    QString path;     ///< the replayed copy; empty when there is none
    bool ioFailure = false; ///< the copy could not be written (disk full): nothing is known of the side files
    QString error;
};

/// Copies the plan (with `withSideFiles`, also its journal and WAL) into
/// `folder` and lets SQLite replay them there. Without side files the copy
/// is the file as it was last saved, ignoring side files that do not belong
/// to it.
Replayed replayIntoCopy(const QString &planPath, const QString &folder, bool withSideFiles);

/// Removes a copy made by replayIntoCopy and anything SQLite left beside it.
void discard(const QString &copyPath);

/// Puts a verified copy in the plan's place (an atomic rename) and removes
/// the side files it has absorbed.
bool adopt(const QString &copyPath, const QString &planPath, QString *error);

/// Keeps what a write-ahead log is about to change: a copy of the plan as
/// it stands ("plan.horisont.before-wal-STAMP") and of the log
/// ("plan.horisont-wal.applied-STAMP"). Nothing in a WAL names the file it
/// belongs to, so applying one can never be proven right; with these two
/// the plan as it was is always one rename away. Returns the two names
/// (for the user), empty on failure.
QStringList keepBeforeWal(const QString &planPath, QString *error);

/// Renames the plan's journal and WAL out of SQLite's way under names that
/// say what they are; returns the new names (for the user), empty on failure.
QStringList setAside(const QString &planPath, QString *error);

} // namespace sidefiles

} // namespace horisont
