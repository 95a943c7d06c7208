#include "document/plandocument.h"

#include "document/changelogentries.h"
#include "document/planopening.h"
#include "document/planverification.h"
#include "document/serverlink.h"
#include "edit/changeexpectation.h"
#include "edit/editcommand.h"
#include "model/schema.h"
#include "plan/planintegrity.h"
#include "server/serveraddress.h"
#include "versions/plancontent.h"
#include "versions/planedits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLockFile>
#include <QTemporaryDir>

#include <pwd.h>
#include <unistd.h>

namespace horisont {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PlanDocument)
};

} // namespace

QString currentOsUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty()) {
        // Services and CI often run without a login environment.
        if (const passwd *entry = getpwuid(getuid()))
            user = QString::fromLocal8Bit(entry->pw_name);
    }
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

PlanDocument::PlanDocument(const QString &path)
    : m_path(QFileInfo(path).absoluteFilePath()), m_userName(currentOsUser())
{
}

PlanDocument::~PlanDocument()
{
    if (m_verification.valid())
        m_verification.wait();
    // The undo stack's commands point back at this document: drop them first.
    m_undoStack.clear();
    m_server.reset();
    m_store.close();
    // A replica's lock lies in the scratch folder: released before the folder goes.
    m_lock.reset();
    m_scratch.reset();
}

bool PlanDocument::fail(const QString &message)
{
    m_lastError = message;
    Q_EMIT errorOccurred(message);
    return false;
}

std::unique_ptr<PlanDocument> PlanDocument::open(const QString &path, QString *error, Access access,
                                                 Verification verification)
{
    if (serveraddress::looksLikeServer(path)) {
        const auto address = serveraddress::parsePlan(path, error);
        if (!address)
            return nullptr;
        auto document = ServerLink::open(*address, error);
        if (document && access == Access::ReadOnly && document->m_readOnlyReason.isEmpty())
            document->m_readOnlyReason = Tr::tr("Opened read-only on request.");
        return document;
    }
    return PlanOpening::open(path, error, access, verification);
}

LedgerMirror *PlanDocument::ledgerMirror() const
{
    return m_server.get();
}

QString PlanDocument::displayName() const
{
    return m_shownName.isEmpty() ? QFileInfo(m_path).fileName() : m_shownName;
}

std::unique_ptr<PlanDocument> PlanDocument::create(const QString &path, const Programme &programme,
                                                   QString *error)
{
    return PlanOpening::create(path, programme, error);
}

QString PlanDocument::verifyWholeFile()
{
    const QString verdict = verifyPlanFile(m_store, Verification::Full);
    if (verdict != QLatin1String("ok"))
        return verdict;
    const QString problem = planIntegrityProblem(m_plan);
    return problem.isEmpty() ? QStringLiteral("ok") : problem;
}

bool PlanDocument::waitForVerification(QString *problem)
{
    if (m_verification.valid()) {
        const QString verdict = m_verification.get();
        if (verdict != QLatin1String("ok")) {
            m_verificationProblem = Tr::tr("%1 is damaged: %2")
                                        .arg(QFileInfo(m_path).fileName(), verdict.section(QLatin1Char('\n'), 0, 0));
            m_readOnlyReason = m_verificationProblem;
        }
    }
    if (problem)
        *problem = m_verificationProblem;
    return m_verificationProblem.isEmpty();
}

bool PlanDocument::execute(QUndoCommand *command)
{
    // A builder that refused (a name too long, a value out of range) hands
    // over no command; its message is already with the caller.
    if (!command)
        return false;
    waitForVerification();
    if (isReadOnly()) {
        delete command;
        return fail(m_readOnlyReason);
    }
    m_lastError.clear();
    m_undoStack.push(command); // deletes the command if its redo() made it obsolete
    return m_lastError.isEmpty();
}

bool PlanDocument::apply(const ChangeList &changes, const QString &action, const CommandText &commandText,
                         const QString &reason)
{
    waitForVerification();
    if (isReadOnly())
        return fail(m_readOnlyReason);
    if (const QString problem = changesProblem(m_plan, changes); !problem.isEmpty())
        return fail(Tr::tr("\"%1\" was refused, and nothing was changed: %2").arg(commandText.toString(), problem));
    if (m_scenario)
        return applyInScenario(changes, action, commandText, reason);
    QString error;
    if (m_server) {
        if (!m_server->write(changes, logEntriesFor(changes, m_userName, action, commandText, reason), commandText, &error))
            return fail(error);
        return true;
    }
    if (!m_store.write(changes, logEntriesFor(changes, m_userName, action, commandText, reason), &error))
        return fail(Tr::tr("\"%1\" could not be saved, and nothing was changed: %2").arg(commandText.toString(), error));
    applyInMemory(changes);
    return true;
}

bool PlanDocument::applyInScenario(const ChangeList &changes, const QString &action, const CommandText &commandText,
                                   const QString &reason)
{
    const PlanScenario scenario = *m_scenario;
    if (changeNotMet(m_plan, changes)) // an undo of what another has changed since
        return fail(m_server ? m_server->refuseScenarioEdit(scenario.name, commandText)
                             : Tr::tr("\"%1\" was refused, and nothing was changed: scenario «%2» has changed since.")
                                   .arg(commandText.toString(), scenario.name));
    QList<ChangeLogEntry> log = logEntriesFor(changes, m_userName, action, commandText, reason);
    for (ChangeLogEntry &line : log)
        line.scenario = scenario.name;
    applyInMemory(changes);
    const QByteArray content = plancontent::encode(m_plan);
    bool changedMeanwhile = false;
    QString error;
    const bool saved = writeWith(
        [&](QSqlDatabase &db, QString *why) {
            return planscenarios::saveContent(db, scenario, content, m_plan, why, &m_scenarioContent, &changedMeanwhile);
        },
        log, &error);
    if (saved) {
        m_scenarioContent = content;
        return true;
    }
    applyInMemory(inverted(changes));
    if (changedMeanwhile && m_server)
        return fail(m_server->refuseScenarioEdit(scenario.name, commandText));
    return fail(Tr::tr("\"%1\" could not be saved, and nothing was changed: %2").arg(commandText.toString(), error));
}

void PlanDocument::takeScenarioAsStored()
{
    const QString name = m_scenario->name;
    const std::optional<PlanScenario> stored = planscenarios::find(m_store, name);
    Plan fresh;
    QByteArray content;
    QString error;
    if (!stored || stored->id != m_scenario->id || !planscenarios::load(m_store, *stored, fresh, &error, &content)) {
        workInPlan(&error);
        Q_EMIT errorOccurred(Tr::tr("Scenario «%1» was deleted or replaced by another user; this window works in "
                                    "the plan again.")
                                 .arg(name));
        return;
    }
    if (content == m_scenarioContent)
        return;
    // Item by item, so that the views keep their selection and scroll.
    applyInMemory(editsTurning(m_plan, fresh));
    m_scenarioContent = content;
}

void PlanDocument::applyInMemory(const ChangeList &changes)
{
    for (const Change &c : changes) {
        switch (c.type) {
        case Change::Type::Insert:
            m_plan.insert(c.record);
            break;
        case Change::Type::Remove:
            m_plan.remove(c.record.kind, c.record.id);
            break;
        case Change::Type::Update:
            m_plan.update(c.record.kind, c.record.id, c.field, c.newValue);
            break;
        }
    }
}

namespace {
const EditCommand *editCommandAt(const QUndoStack &stack, int index)
{
    return index >= 0 && index < stack.count() ? dynamic_cast<const EditCommand *>(stack.command(index)) : nullptr;
}
} // namespace

bool PlanDocument::undo()
{
    const EditCommand *command = editCommandAt(m_undoStack, m_undoStack.index() - 1);
    if (!m_undoStack.canUndo())
        return false;
    m_undoStack.undo();
    if (!command || !command->wasRefused())
        return true;
    m_undoStack.redo(); // steps back without applying anything (EditCommand::redo)
    Q_EMIT undoRefused(Tr::tr("Cannot undo \"%1\"; it stays done. %2").arg(command->text(), m_lastError));
    return false;
}

bool PlanDocument::redo()
{
    const EditCommand *command = editCommandAt(m_undoStack, m_undoStack.index());
    if (!m_undoStack.canRedo())
        return false;
    m_undoStack.redo();
    if (!command || !command->wasRefused())
        return true;
    m_undoStack.undo(); // steps back without applying anything (EditCommand::undo)
    Q_EMIT undoRefused(Tr::tr("Cannot redo \"%1\"; it stays undone. %2").arg(command->text(), m_lastError));
    return false;
}

bool PlanDocument::applyBulk(const ChangeList &changes, const CommandText &commandText)
{
    waitForVerification();
    if (isReadOnly())
        return fail(m_readOnlyReason);
    if (m_server)
        return fail(Tr::tr("\"%1\" adds thousands of items at once, which is done in a plan file before it is published.")
                        .arg(commandText.toString()));
    if (m_scenario)
        return fail(Tr::tr("\"%1\" adds to the plan, and this window works in scenario «%2».")
                        .arg(commandText.toString(), m_scenario->name));
    ChangeLogEntry summary;
    summary.at = QDateTime::currentDateTimeUtc();
    summary.user = m_userName;
    summary.action = QStringLiteral("do");
    summary.command = commandText;
    summary.entity = QStringLiteral("plan");
    summary.hasNew = true;
    summary.newValue = Tr::tr("%n entities", nullptr, int(changes.size()));
    QString error;
    if (!m_store.write(changes, {summary}, &error))
        return fail(Tr::tr("\"%1\" could not be saved, and nothing was changed: %2").arg(commandText.toString(), error));
    m_store.load(m_plan, &error);
    return true;
}

bool PlanDocument::showVersion(const QString &name, QString *error)
{
    const std::optional<PlanVersion> version = planversions::find(m_store, name);
    if (!version) {
        *error = planversions::unknownVersionMessage(m_store, name);
        return false;
    }
    // Read into a plan of its own first: a version that cannot be read
    // leaves the document as it was.
    Plan trial;
    if (!planversions::load(m_store, *version, trial, error))
        return false;
    m_undoStack.clear();
    planversions::load(m_store, *version, m_plan, error);
    m_shownVersion = version;
    m_scenario.reset();
    m_readOnlyReason = Tr::tr("This is version «%1» (%2), frozen %3 by %4. A version cannot be edited.")
                           .arg(version->name, planversions::decisionText(version->decision),
                                version->frozenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                version->frozenBy.isEmpty() ? QStringLiteral("?") : version->frozenBy);
    return true;
}

bool PlanDocument::workInScenario(const QString &name, QString *error)
{
    if (m_shownVersion) {
        *error = Tr::tr("This window shows version «%1»; open the plan to work in a scenario.").arg(m_shownVersion->name);
        return false;
    }
    const std::optional<PlanScenario> scenario = planscenarios::find(m_store, name);
    if (!scenario) {
        *error = planscenarios::unknownScenarioMessage(m_store, name);
        return false;
    }
    // Read into a plan of its own first: a scenario that cannot be read
    // leaves the document as it was.
    Plan trial;
    if (!planscenarios::load(m_store, *scenario, trial, error))
        return false;
    m_undoStack.clear();
    planscenarios::load(m_store, *scenario, m_plan, error, &m_scenarioContent);
    m_scenario = scenario;
    Q_EMIT workingScenarioChanged();
    return true;
}

bool PlanDocument::workInPlan(QString *error)
{
    if (!m_scenario)
        return true;
    Plan trial;
    if (!m_store.load(trial, error))
        return false;
    m_undoStack.clear();
    m_store.load(m_plan, error);
    m_scenario.reset();
    Q_EMIT workingScenarioChanged();
    return true;
}

void PlanDocument::planWasReplaced()
{
    QString error;
    m_undoStack.clear();
    m_scenario.reset();
    if (!m_store.load(m_plan, &error))
        fail(error);
    Q_EMIT workingScenarioChanged();
    Q_EMIT scenariosChanged();
    Q_EMIT versionsChanged();
}

const LedgerTotals &PlanDocument::ledgerTotals()
{
    if (!m_ledgerTotals)
        m_ledgerTotals = Ledger(m_store).totals();
    return *m_ledgerTotals;
}

std::shared_ptr<const Plan> PlanDocument::latestDecided(PlanVersion *version)
{
    return m_decided.plan(m_store, version);
}

void PlanDocument::ledgerChanged()
{
    m_ledgerTotals.reset();
    Q_EMIT ledgerTotalsChanged();
}

bool PlanDocument::writeWith(const std::function<bool(QSqlDatabase &, QString *)> &statements,
                             const QList<ChangeLogEntry> &log, QString *error)
{
    if (m_server)
        return m_server->writeWith(statements, log, error);
    return m_store.writeWith(statements, log, error);
}

bool PlanDocument::writeChangesWith(const ChangeList &changes,
                                    const std::function<bool(QSqlDatabase &, QString *)> &statements,
                                    const QList<ChangeLogEntry> &log, const CommandText &command, QString *error)
{
    if (m_server)
        return m_server->write(changes, log, command, error, statements);
    return m_store.writeWith(
        [&](QSqlDatabase &db, QString *why) { return statements(db, why) && m_store.applyInTransaction(changes, why); },
        log, error);
}

bool PlanDocument::saveCopy(const QString &target, QString *error)
{
    if (QFileInfo(target).absoluteFilePath() == m_path) {
        *error = Tr::tr("A copy cannot replace the plan itself.");
        return false;
    }
    return m_store.saveCopy(target, error);
}

} // namespace horisont
