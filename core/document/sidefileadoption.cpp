#include "document/sidefileadoption.h"

#include "document/plandocument.h"
#include "store/sidefilerecovery.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

namespace horisont::sidefiles {
namespace {

// The document's context: these are the document's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PlanDocument)
};

} // namespace

/// Whether the journal or WAL beside a plan may be its own, so that replaying
/// it (in a copy) is worth trying. A journal that cannot be the plan's is
/// not; nor is a WAL beside a plan that is not in WAL mode (Horisont never
/// writes one, and leaving WAL mode folds the WAL in and removes it). A
/// journal without the plan's first page in it cannot be placed: it is only
/// replayed when the plan as it stands fails verification — a plan that
/// verifies without it is whole, and a foreign journal would only harm it.
bool mayBelong(const QString &path)
{
    const SideFiles side = SideFiles::of(path);
    if (side.wal && !side.walMode)
        return false;
    if (!side.journal)
        return true;
    switch (SideFiles::journalFit(path)) {
    case SideFiles::Fit::Fits:
        return true;
    case SideFiles::Fit::Foreign:
        return false;
    case SideFiles::Fit::Unknown:
        break;
    }
    QTemporaryDir scratch;
    const sidefiles::Replayed asItStands = sidefiles::replayIntoCopy(path, scratch.path(), false);
    if (asItStands.path.isEmpty())
        return true;
    QString verdict;
    const bool whole = PlanDocument::open(asItStands.path, &verdict, PlanDocument::Access::ReadOnly,
                                          PlanDocument::Verification::Full) != nullptr;
    return !whole;
}

QString foreignJournal()
{
    return Tr::tr("its first page is not this plan's");
}

/// A verdict about a scratch copy names the copy; the user knows the plan.
QString aboutPlan(QString message, const QString &copyPath, const QString &planPath)
{
    return message.replace(QFileInfo(copyPath).fileName(), QFileInfo(planPath).fileName());
}

bool recoverForEditing(const QString &planPath, QStringList *notices, QString *error)
{
    const QString name = QFileInfo(planPath).fileName();
    const bool foreign = !mayBelong(planPath);
    const sidefiles::Replayed replayed =
        foreign ? sidefiles::Replayed{{}, false, foreignJournal()}
                : sidefiles::replayIntoCopy(planPath, QFileInfo(planPath).absolutePath(), true);
    if (replayed.ioFailure) {
        *error = Tr::tr("%1 has a journal of an interrupted edit, which could not be completed in a copy (%2). "
                        "Nothing was changed; free some space and open it again.")
                     .arg(name, replayed.error);
        return false;
    }
    QString verdict = replayed.error;
    if (!replayed.path.isEmpty()) {
        if (PlanDocument::open(replayed.path, &verdict, PlanDocument::Access::ReadOnly, PlanDocument::Verification::Full)) {
            // A WAL cannot be placed (see SideFiles): what it replaced is kept.
            const bool walApplied = SideFiles::of(planPath).wal;
            const QStringList kept = walApplied ? sidefiles::keepBeforeWal(planPath, error) : QStringList();
            if ((walApplied && kept.isEmpty()) || !sidefiles::adopt(replayed.path, planPath, error)) {
                sidefiles::discard(replayed.path);
                return false;
            }
            *notices << (walApplied ? Tr::tr("%1 was in SQLite's WAL mode with changes in its write-ahead log. They "
                                              "were applied in a copy, verified and put in place of the file, which is "
                                              "now an ordinary plan file. Nothing in such a log names the file it "
                                              "belongs to: the plan as it was before is kept as %2 and the log as %3. "
                                              "If the plan now shows what it never held, put %2 back in its place.")
                                           .arg(name, kept.at(0), kept.at(1))
                                     : Tr::tr("%1 held an edit that was interrupted. It was completed in a copy, "
                                              "verified and put in place of the file.")
                                           .arg(name));
            return true;
        }
        sidefiles::discard(replayed.path);
        verdict = aboutPlan(verdict, replayed.path, planPath);
    }
    const QStringList aside = sidefiles::setAside(planPath, error);
    if (aside.isEmpty())
        return false;
    *notices << Tr::tr("The journal beside %1 could not be replayed into it without damaging it (%2); it may belong "
                        "to another file. It was kept as %3, and the plan is opened as it was last saved.")
                     .arg(name, verdict.section(QLatin1Char('\n'), 0, 0), aside.join(QStringLiteral(", ")));
    return true;
}

} // namespace horisont::sidefiles
