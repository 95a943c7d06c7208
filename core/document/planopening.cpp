#include "document/planopening.h"

#include "document/changelogentries.h"
#include "document/planlock.h"
#include "document/planverification.h"
#include "document/sidefileadoption.h"
#include "ledger/ledgerdays.h"
#include "store/fileformat.h"
#include "store/sidefilerecovery.h"
#include "store/storedvalue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>

namespace horisont {
namespace {

// These texts were written in PlanDocument; the catalogue knows them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PlanDocument)
};

CommandText createPlanText()
{
    return {"horisont::PlanDocument", QT_TRANSLATE_NOOP("horisont::PlanDocument", "Create plan")};
}

} // namespace

bool PlanOpening::acquireLock(PlanDocument &doc)
{
    doc.m_lock = std::make_unique<QLockFile>(planlock::lockPath(doc.m_path));
    // A plan can stay open for days: only a dead owner makes a lock stale, never its age.
    doc.m_lock->setStaleLockTime(0);
    if (planlock::tryLock(*doc.m_lock, doc.m_path))
        return true;
    doc.m_lock.reset();
    if (const auto holder = planlock::holder(doc.m_path)) {
        doc.m_lockedElsewhere = true;
        doc.m_readOnlyReason = Tr::tr("%1 is open in another Horisont (%2). "
                                  "You can read the plan here but not change it until it is closed there.")
                               .arg(QFileInfo(doc.m_path).fileName(), holder->describe());
    } else {
        doc.m_readOnlyReason = Tr::tr("The folder of %1 cannot be written, so the plan is open read-only.")
                               .arg(QFileInfo(doc.m_path).fileName());
    }
    return false;
}

std::unique_ptr<PlanDocument> PlanOpening::openRecoveredCopy(const QString &path, const QString &readOnlyReason,
                                                              QString *error)
{
    const QString name = QFileInfo(path).fileName();
    auto scratch = std::make_unique<QTemporaryDir>();
    if (!scratch->isValid()) {
        *error = Tr::tr("%1 has side files to recover, and no temporary folder could be made for that.").arg(name);
        return nullptr;
    }
    const SideFiles side = SideFiles::of(path);
    sidefiles::Replayed replayed = !sidefiles::mayBelong(path)
                                       ? sidefiles::Replayed{{}, false, sidefiles::foreignJournal()}
                                       : sidefiles::replayIntoCopy(path, scratch->path(), true);
    QString verdict = replayed.error;
    std::unique_ptr<PlanDocument> doc;
    if (!replayed.path.isEmpty())
        doc = open(replayed.path, &verdict, PlanDocument::Access::ReadOnly, PlanDocument::Verification::Full);
    QString notice;
    if (doc) {
        notice = side.journal || side.wal
                     ? Tr::tr("%1 holds an edit that was interrupted. It is shown here as it will be once completed, "
                              "which happens the next time it is opened for editing.")
                           .arg(name)
                     : Tr::tr("%1 is in SQLite's WAL mode. It is read from a copy so that nothing is written beside it; "
                              "opening it for editing turns it into an ordinary plan file.")
                           .arg(name);
    } else {
        if (!replayed.path.isEmpty())
            verdict = sidefiles::aboutPlan(verdict, replayed.path, path);
        replayed = sidefiles::replayIntoCopy(path, scratch->path(), false);
        if (replayed.path.isEmpty()) {
            *error = Tr::tr("%1 cannot be read: %2").arg(name, replayed.error);
            return nullptr;
        }
        doc = open(replayed.path, error, PlanDocument::Access::ReadOnly, PlanDocument::Verification::Full);
        if (!doc) {
            *error = sidefiles::aboutPlan(*error, replayed.path, path);
            return nullptr;
        }
        notice = Tr::tr("The journal beside %1 does not fit it (%2); it may belong to another file. The plan is shown "
                        "as it was last saved; opening it for editing sets the journal aside.")
                     .arg(name, verdict.section(QLatin1Char('\n'), 0, 0));
    }
    doc->m_path = QFileInfo(path).absoluteFilePath();
    doc->m_readOnlyReason = readOnlyReason.isEmpty() ? notice : readOnlyReason;
    doc->m_notices << notice;
    doc->m_scratch = std::move(scratch);
    return doc;
}

std::unique_ptr<PlanDocument> PlanOpening::open(const QString &path, QString *error, PlanDocument::Access access,
                                                PlanDocument::Verification verification)
{
    const FileHeaderInfo header = inspectFileHeader(path);
    if (header.verdict != FileHeaderInfo::Verdict::Ok) {
        *error = header.message;
        return nullptr;
    }
    const QString name = QFileInfo(path).fileName();
    if (header.userVersion <= 0) {
        *error = Tr::tr("%1 carries no valid format number (%2): it was never completed by Horisont, or its header "
                        "has been changed. It has not been opened or changed.")
                     .arg(name)
                     .arg(header.userVersion);
        return nullptr;
    }
    std::unique_ptr<PlanDocument> doc(new PlanDocument(path));

    bool writable = access == PlanDocument::Access::ReadWrite;
    if (header.userVersion > fileformat::currentVersion()) {
        doc->m_newerFormat = true;
        doc->m_readOnlyReason = Tr::tr("%1 was written by a newer version of Horisont (file format %2; this "
                                       "version knows up to %3). It is open read-only so that nothing in it is lost.")
                                    .arg(name)
                                    .arg(header.userVersion)
                                    .arg(fileformat::currentVersion());
        writable = false;
    } else if (access == PlanDocument::Access::ReadOnly) {
        doc->m_readOnlyReason = Tr::tr("Opened read-only on request.");
    } else if (!QFileInfo(path).isWritable()) {
        doc->m_readOnlyReason = Tr::tr("%1 is write-protected, so the plan is open read-only.").arg(name);
        writable = false;
    } else if (!acquireLock(*doc)) {
        writable = false;
    }

    // SQLite would replay a journal or WAL beside the file into it, whether
    // or not it belongs to it. Holding the lock, they are a dead process's
    // (or another file's): recover them in a copy. Reading, leave a live
    // Horisont's journal to SQLite, which knows an edit in progress.
    const SideFiles side = SideFiles::of(path);
    if (side.any()) {
        if (writable) {
            if (!sidefiles::recoverForEditing(doc->m_path, &doc->m_notices, error))
                return nullptr;
        } else {
            const bool editInProgress = side.journal && !side.wal && !side.walMode && planlock::holder(path);
            if (!editInProgress) {
                auto recovered = openRecoveredCopy(path, doc->m_readOnlyReason, error);
                if (recovered) {
                    recovered->m_newerFormat = doc->m_newerFormat;
                    recovered->m_lockedElsewhere = doc->m_lockedElsewhere;
                }
                return recovered;
            }
        }
    }
    const auto damaged = [&](const QString &problem) {
        *error = Tr::tr("%1 is damaged: %2").arg(name, problem.section(QLatin1Char('\n'), 0, 0));
        if (!doc->m_notices.isEmpty())
            *error += QLatin1Char('\n') + doc->m_notices.join(QLatin1Char('\n'));
        return nullptr;
    };
    // Look at the file strictly read-only first: a damaged file is reported,
    // never touched.
    if (!doc->m_store.open(doc->m_path, true, error))
        return damaged(*error);
    if (!doc->m_newerFormat) {
        if (const QString problem = doc->m_store.formatProblem(); !problem.isEmpty())
            return damaged(problem);
        if (const QString problem = doc->m_store.schemaProblem(); !problem.isEmpty())
            return damaged(problem);
    }
    if (const QString verdict = verifyPlanFile(doc->m_store, verification); verdict != QLatin1String("ok"))
        return damaged(verdict);
    if (writable) {
        if (!doc->m_store.open(doc->m_path, false, error) || !doc->m_store.migrate(error))
            return damaged(*error);
    }
    // Every view, pack and export adds up the ledger: one whose amounts cannot
    // be added up (only a file edited outside Horisont has one) is refused
    // here, naming the file, not by whichever figure meets it first. Read
    // while the plan loads: a million day sums take about as long.
    auto ledgerSize = checkOnOwnConnection(doc->m_store.database().databaseName(), &LedgerDaySums::sizeProblem);
    if (!doc->m_store.load(doc->m_plan, error))
        return damaged(*error);
    if (doc->m_plan.all<Programme>().empty()) {
        *error = Tr::tr("%1 has no programme: it is not a complete Horisont plan.").arg(name);
        return nullptr;
    }
    if (const QString problem = ledgerSize.get(); problem != QLatin1String("ok"))
        return damaged(problem);
    if (verification == PlanDocument::Verification::Background)
        doc->m_verification = checkOnOwnConnection(doc->m_path, &verifyLargeTables);
    return doc;
}

std::unique_ptr<PlanDocument> PlanOpening::create(const QString &path, const Programme &programme,
                                                   QString *error)
{
    const QFileInfo target(path);
    if (target.exists()) {
        *error = Tr::tr("%1 already exists; choose another name.").arg(path);
        return nullptr;
    }
    if (!target.absoluteDir().exists()) {
        *error = Tr::tr("The folder %1 does not exist.").arg(target.absolutePath());
        return nullptr;
    }
    // Build the file under a temporary name so that a half-made plan never
    // appears under the user's name.
    const QString temporary = target.absoluteDir().filePath(
        QStringLiteral(".%1.%2.tmp").arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128)));
    {
        SqliteStore store;
        Plan plan;
        Programme p = programme;
        p.id = 1;
        const bool ok = store.open(temporary, false, error) && store.initialise(error)
                        && store.write({Change::insert(toRecord(p))},
                                       logEntriesFor({Change::insert(toRecord(p))}, currentOsUser(),
                                                     QStringLiteral("do"), createPlanText(), QString()),
                                       error);
        store.close();
        if (!ok) {
            QFile::remove(temporary);
            return nullptr;
        }
    }
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temporary);
        *error = Tr::tr("Cannot create %1.").arg(path);
        return nullptr;
    }
    return open(path, error, PlanDocument::Access::ReadWrite, PlanDocument::Verification::Full);
}

} // namespace horisont
