#pragma once

#include <QString>

namespace horisont {

/// The files SQLite keeps beside a database and would replay into it the
/// next time it is opened for writing: a rollback journal left by a process
/// that died mid-edit, and a write-ahead log. SQLite cannot tell whether
/// they belong to this file — a journal copied or left beside it from
/// another plan is replayed just the same, and wrecks it — so Horisont never
/// lets SQLite replay them into the plan itself (see recoverInCopy).
struct SideFiles {
    bool journal = false; ///< a non-empty "-journal"
    bool wal = false;     ///< a non-empty "-wal"
    bool walMode = false; ///< the header says WAL: any reader would create "-wal" and "-shm"

    bool any() const { return journal || wal || walMode; }
    static SideFiles of(const QString &planPath);

    /// Whether a rollback journal can be this plan's own. A journal starts
    /// with the plan's first page as it was when the edit began; the plan's
    /// change counter is that page's, or one more once the edit had begun
    /// writing. Another file's journal shows another counter or application
    /// id — even when its pages would pass every check after a replay.
    enum class Fit { Fits, Foreign, Unknown };
    static Fit journalFit(const QString &planPath);
};

} // namespace horisont
