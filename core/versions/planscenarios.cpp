#include "versions/planscenarios.h"

#include "document/changelogentries.h"
#include "document/plandocument.h"
#include "model/schema.h"
#include "model/storageform.h"
#include "model/textlimits.h"
#include "plan/itemname.h"
#include "store/idhighwater.h"
#include "store/sqldialect.h"
#include "store/sqlitestore.h"
#include "versions/plancontent.h"
#include "versions/planedits.h"
#include "versions/planversions.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace horisont::planscenarios {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PlanScenarios)
};

bool hasScenarios(SqliteStore &store)
{
    return sqldialect::hasTable(store.database(), QStringLiteral("plan_scenario"));
}

QString createdAtText(const QDateTime &at) { return at.toUTC().toString(Qt::ISODateWithMs); }

QList<PlanScenario> read(SqliteStore &store, const QString &where = QString(), const QVariantList &binds = {})
{
    QList<PlanScenario> scenarios;
    if (!hasScenarios(store))
        return scenarios;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name, based_on, created_at, created_by FROM plan_scenario")
              + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) + QStringLiteral(" ORDER BY id"));
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec())
        return scenarios;
    while (q.next()) {
        PlanScenario s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.basedOn = q.value(2).toString();
        s.createdAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        s.createdAt.setTimeSpec(Qt::UTC);
        s.createdBy = q.value(4).toString();
        scenarios << s;
    }
    return scenarios;
}

ChangeLogEntry logLine(const PlanDocument &document, const QDateTime &now, const char *command, const PlanScenario &s)
{
    ChangeLogEntry log;
    log.at = now.toUTC();
    log.user = document.userName();
    log.action = QStringLiteral("do");
    log.command = CommandText("horisont::PlanScenarios", command).arg(s.name);
    log.entity = QStringLiteral("plan_scenario");
    log.entityId = s.id;
    return log;
}

QString describedInJson(const PlanScenario &s)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("name"), s.name},
                                                       {QStringLiteral("based_on"), s.basedOn},
                                                       {QStringLiteral("created_at"), createdAtText(s.createdAt)},
                                                       {QStringLiteral("created_by"), s.createdBy}})
                                 .toJson(QJsonDocument::Compact));
}

bool refuseWhenNotWritable(PlanDocument &document, QString *error)
{
    document.waitForVerification();
    if (document.isReadOnly()) {
        *error = document.readOnlyReason();
        return true;
    }
    if (!hasScenarios(document.store())) {
        *error = Tr::tr("This file's format has no scenarios; open it for editing to bring it up to date.");
        return true;
    }
    return false;
}

bool isWorkedIn(const PlanDocument &document, const PlanScenario &s)
{
    return document.workingScenario() && document.workingScenario()->id == s.id;
}

/// The plan's items the ledger has spending on that `content` lacks, named.
QStringList spentOnButMissing(SqliteStore &store, const Plan &plan, const Plan &content)
{
    QStringList missing;
    for (const auto &[column, kind] : {std::pair{"source_id", EntityKind::FundingSource},
                                       std::pair{"organisation_id", EntityKind::Organisation},
                                       std::pair{"intervention_id", EntityKind::Intervention}}) {
        QSqlQuery q(store.database());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT DISTINCT %1 FROM ledger_day WHERE %1 IS NOT NULL").arg(QLatin1String(column))))
            continue;
        while (q.next()) {
            const Id id = q.value(0).toLongLong();
            if (content.contains(kind, id))
                continue;
            const QString name = itemName(plan, kind, id);
            missing << QStringLiteral("«%1»").arg(name.isEmpty() ? QString::number(id) : name);
        }
    }
    return missing;
}

/// "Before «name» 2026-12-06 10:31", unique among the versions and short
/// enough to be one.
QString snapshotNameBefore(SqliteStore &store, const QString &scenario, const QDateTime &now)
{
    const QString when = now.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString base = Tr::tr("Before «%1» %2").arg(scenario.left(ShortTextMaxLength / 2), when);
    QString name = base;
    for (int n = 2; planversions::find(store, name) || find(store, name); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}

} // namespace

QList<PlanScenario> list(SqliteStore &store) { return read(store); }

std::optional<PlanScenario> find(SqliteStore &store, const QString &name)
{
    const QList<PlanScenario> found = read(store, QStringLiteral("name = ?"), {name.trimmed()});
    return found.isEmpty() ? std::nullopt : std::optional<PlanScenario>(found.first());
}

QString nameProblem(SqliteStore &store, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Tr::tr("A scenario needs a name.");
    if (trimmed.size() > ShortTextMaxLength)
        return Tr::tr("A scenario's name can be at most %1 characters.").arg(ShortTextMaxLength);
    if (trimmed.compare(QLatin1String("current"), Qt::CaseInsensitive) == 0)
        return Tr::tr("\"current\" means the plan as it is now and cannot name a scenario.");
    if (find(store, trimmed))
        return Tr::tr("The plan already has a scenario called «%1».").arg(trimmed);
    if (planversions::find(store, trimmed))
        return Tr::tr("«%1» already names a version of the plan; a scenario needs a name of its own.").arg(trimmed);
    return {};
}

bool load(SqliteStore &store, const PlanScenario &scenario, Plan &plan, QString *error, QByteArray *stored)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT content FROM plan_scenario WHERE id = ?"));
    q.addBindValue(scenario.id);
    if (!hasScenarios(store) || !q.exec() || !q.next()) {
        *error = unknownScenarioMessage(store, scenario.name);
        return false;
    }
    QString problem;
    if (q.value(0).typeId() != QMetaType::QByteArray || !plancontent::decode(q.value(0).toByteArray(), plan, &problem)) {
        *error = Tr::tr("Scenario «%1» cannot be read: %2")
                     .arg(scenario.name, problem.isEmpty() ? Tr::tr("its content is not a plan") : problem);
        return false;
    }
    idhighwater::reserveUsed(store.database(), plan);
    if (stored)
        *stored = q.value(0).toByteArray();
    return true;
}

bool loadPlan(SqliteStore &store, Plan &plan, QString *error) { return store.load(plan, error); }

bool saveContent(QSqlDatabase &db, const PlanScenario &scenario, const QByteArray &content, const Plan &plan,
                 QString *error, const QByteArray *replacing, bool *changedMeanwhile)
{
    QSqlQuery q(db);
    q.prepare(replacing ? QStringLiteral("UPDATE plan_scenario SET content = ? WHERE id = ? AND content = ?")
                        : QStringLiteral("UPDATE plan_scenario SET content = ? WHERE id = ?"));
    q.addBindValue(content);
    q.addBindValue(scenario.id);
    if (replacing)
        q.addBindValue(*replacing);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() == 1)
        return idhighwater::raise(db, idhighwater::highestIn(plan), error);
    QSqlQuery there(db);
    there.prepare(QStringLiteral("SELECT 1 FROM plan_scenario WHERE id = ?"));
    there.addBindValue(scenario.id);
    if (replacing && there.exec() && there.next()) {
        if (changedMeanwhile)
            *changedMeanwhile = true;
        *error = Tr::tr("Scenario «%1» was changed by another since it was read.").arg(scenario.name);
    } else {
        *error = Tr::tr("Scenario «%1» is no longer in the file.").arg(scenario.name);
    }
    return false;
}

std::optional<PlanScenario> create(PlanDocument &document, const QString &name, const QString &fromVersion,
                                   const QDateTime &now, QString *error)
{
    if (refuseWhenNotWritable(document, error))
        return std::nullopt;
    SqliteStore &store = document.store();
    if (const QString problem = nameProblem(store, name); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    PlanScenario s;
    s.name = name.trimmed();
    s.createdAt = now.toUTC();
    s.createdBy = document.userName();
    Plan content;
    if (!fromVersion.trimmed().isEmpty()) {
        const std::optional<PlanVersion> version = planversions::find(store, fromVersion);
        if (!version) {
            *error = planversions::unknownVersionMessage(store, fromVersion);
            return std::nullopt;
        }
        if (!planversions::load(store, *version, content, error))
            return std::nullopt;
        s.basedOn = version->name;
    } else if (!loadPlan(store, content, error)) {
        return std::nullopt;
    }
    {
        QSqlQuery q(store.database());
        s.id = q.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM plan_scenario")) && q.next()
                   ? q.value(0).toLongLong()
                   : 1;
    }
    ChangeLogEntry log = logLine(document, now, QT_TRANSLATE_NOOP("horisont::PlanScenarios", "Create scenario «%1»"), s);
    log.hasNew = true;
    log.newValue = describedInJson(s);
    const bool ok = document.writeWith(
        [&](QSqlDatabase &db, QString *why) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO plan_scenario (id, name, based_on, created_at, created_by, content) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"));
            for (const QVariant &value : {QVariant(s.id), storage::text(s.name), storage::text(s.basedOn),
                                          QVariant(createdAtText(s.createdAt)), storage::text(s.createdBy),
                                          QVariant(QByteArray(""))}) // the content follows
                q.addBindValue(value);
            if (!q.exec()) {
                *why = q.lastError().text();
                return false;
            }
            return saveContent(db, s, plancontent::encode(content), content, why);
        },
        {log}, error);
    if (!ok)
        return std::nullopt;
    document.scenariosWereChanged();
    return s;
}

bool remove(PlanDocument &document, const QString &name, const QDateTime &now, QString *error)
{
    if (refuseWhenNotWritable(document, error))
        return false;
    const std::optional<PlanScenario> s = find(document.store(), name);
    if (!s) {
        *error = unknownScenarioMessage(document.store(), name);
        return false;
    }
    if (isWorkedIn(document, *s)) {
        *error = Tr::tr("This window works in scenario «%1»; go back to the plan before deleting it.").arg(s->name);
        return false;
    }
    ChangeLogEntry log = logLine(document, now, QT_TRANSLATE_NOOP("horisont::PlanScenarios", "Delete scenario «%1»"), *s);
    log.hasOld = true;
    log.oldValue = describedInJson(*s);
    const bool removed = document.writeWith(
        [&](QSqlDatabase &db, QString *why) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM plan_scenario WHERE id = ?"));
            q.addBindValue(s->id);
            if (!q.exec() || q.numRowsAffected() != 1) {
                *why = q.lastError().text();
                return false;
            }
            return true;
        },
        {log}, error);
    if (removed)
        document.scenariosWereChanged();
    return removed;
}

QString promoteProblem(SqliteStore &store, const PlanScenario &scenario, const Plan &content)
{
    Plan plan;
    QString error;
    if (!loadPlan(store, plan, &error))
        return error;
    const QStringList missing = spentOnButMissing(store, plan, content);
    if (missing.isEmpty())
        return {};
    return Tr::tr("«%1» cannot become the plan: the ledger has spending on %2, which the scenario lacks. "
                  "The ledger is fact and stays; add them to the scenario first.")
        .arg(scenario.name, missing.join(QStringLiteral(", ")));
}

std::optional<QString> promote(PlanDocument &document, const QString &name, const QDateTime &now, QString *error)
{
    if (refuseWhenNotWritable(document, error))
        return std::nullopt;
    SqliteStore &store = document.store();
    const std::optional<PlanScenario> s = find(store, name);
    if (!s) {
        *error = unknownScenarioMessage(store, name);
        return std::nullopt;
    }
    Plan content;
    Plan plan;
    QByteArray stored;
    if (!load(store, *s, content, error, &stored) || !loadPlan(store, plan, error))
        return std::nullopt;
    if (const QString problem = promoteProblem(store, *s, content); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    const QString snapshotName = snapshotNameBefore(store, s->name, now);
    const planversions::PendingVersion snapshot = planversions::prepare(document, plan, snapshotName, {}, now);
    const ChangeList edits = editsTurning(plan, content);
    QList<ChangeLogEntry> log{snapshot.log};
    const CommandText command = CommandText("horisont::PlanScenarios", QT_TRANSLATE_NOOP("horisont::PlanScenarios",
                                                                                        "Promote scenario «%1» to be the plan"))
                                    .arg(s->name);
    log += logEntriesFor(edits, document.userName(), QStringLiteral("do"), command, QString());
    ChangeLogEntry removal = logLine(document, now, QT_TRANSLATE_NOOP("horisont::PlanScenarios",
                                                                      "Promote scenario «%1» to be the plan"),
                                     *s);
    removal.hasOld = true;
    removal.oldValue = describedInJson(*s);
    log << removal;
    const bool ok = document.writeChangesWith(
        edits,
        [&](QSqlDatabase &db, QString *why) {
            // The plan's items refer to each other; checked once all are written.
            if (!sqldialect::deferForeignKeys(db, why) || !planversions::insert(db, snapshot, why))
                return false;
            // Only the content that was read becomes the plan (another may have edited the scenario since).
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM plan_scenario WHERE id = ? AND content = ?"));
            q.addBindValue(s->id);
            q.addBindValue(stored);
            if (!q.exec()) {
                *why = q.lastError().text();
                return false;
            }
            if (q.numRowsAffected() != 1) {
                *why = Tr::tr("scenario «%1» was changed or deleted by another since it was read.").arg(s->name);
                return false;
            }
            return true;
        },
        log, command, error);
    if (!ok) {
        *error = Tr::tr("«%1» could not become the plan, and nothing was changed: %2").arg(s->name, *error);
        return std::nullopt;
    }
    document.planWasReplaced();
    return snapshotName;
}

QStringList problems(SqliteStore &store)
{
    QStringList found;
    for (const PlanScenario &s : list(store)) {
        Plan plan;
        QString error;
        if (!load(store, s, plan, &error))
            found << error;
    }
    return found;
}

QString unknownScenarioMessage(SqliteStore &store, const QString &name)
{
    QStringList names;
    for (const PlanScenario &s : list(store))
        names << QStringLiteral("«%1»").arg(s.name);
    if (names.isEmpty())
        return Tr::tr("Unknown scenario «%1»: the plan has no scenarios.").arg(name.trimmed());
    return Tr::tr("Unknown scenario «%1». The plan's scenarios: %2.").arg(name.trimmed(), names.join(QStringLiteral(", ")));
}

} // namespace horisont::planscenarios
