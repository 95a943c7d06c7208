#include "versions/planversions.h"

#include "document/plandocument.h"
#include "model/datebounds.h"
#include "model/halfopen.h"
#include "model/storageform.h"
#include "model/textlimits.h"
#include "store/sqldialect.h"
#include "store/sqlitestore.h"
#include "versions/plancontent.h"
#include "versions/planscenarios.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace horisont::planversions {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PlanVersions)
};

const char *const VersionColumns =
    "SELECT id, name, decided_by, decided_on, reference, frozen_at, frozen_by, content, digest FROM plan_version";

bool hasVersions(SqliteStore &store)
{
    return sqldialect::hasTable(store.database(), QStringLiteral("plan_version"));
}

QString frozenAtText(const QDateTime &at) { return at.toUTC().toString(Qt::ISODateWithMs); }

/// What the digest covers: the decision and the content, so that neither
/// can be altered unnoticed.
QString digestOf(const PlanVersion &v, const QByteArray &content)
{
    return plancontent::digest({v.name.toUtf8(), v.decision.body.toUtf8(), isoDate(v.decision.date).toUtf8(),
                                v.decision.reference.toUtf8(), frozenAtText(v.frozenAt).toUtf8(),
                                v.frozenBy.toUtf8(), content});
}

PlanVersion versionFrom(const QSqlQuery &q, QByteArray *content)
{
    PlanVersion v;
    v.id = q.value(0).toLongLong();
    v.name = q.value(1).toString();
    v.decision.body = q.value(2).toString();
    v.decision.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    v.decision.reference = q.value(4).toString();
    v.frozenAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    v.frozenAt.setTimeSpec(Qt::UTC);
    v.frozenBy = q.value(6).toString();
    *content = q.value(7).toByteArray();
    v.intact = q.value(8).toString() == digestOf(v, *content) && q.value(7).typeId() == QMetaType::QByteArray;
    return v;
}

/// The versions `where` selects (all without one), by id, and for load()
/// the content of the last.
QList<PlanVersion> read(SqliteStore &store, const QString &where = QString(), const QVariantList &binds = {},
                        QByteArray *contentOfLast = nullptr)
{
    QList<PlanVersion> versions;
    if (!hasVersions(store))
        return versions;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(VersionColumns) + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where)
              + QStringLiteral(" ORDER BY id"));
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec())
        return versions;
    while (q.next()) {
        QByteArray content;
        versions << versionFrom(q, &content);
        if (contentOfLast)
            *contentOfLast = content;
    }
    return versions;
}

/// The latest decided version: by the decision's date, then by when it was
/// frozen, then the last frozen (ISO texts sort as the dates they write).
const char *const LatestDecidedId = "(SELECT id FROM plan_version WHERE decided_by <> '' "
                                    "ORDER BY decided_on DESC, frozen_at DESC, id DESC LIMIT 1)";

ChangeLogEntry logLine(const PlanDocument &document, const QDateTime &now, const char *command, const PlanVersion &v)
{
    ChangeLogEntry log;
    log.at = now.toUTC();
    log.user = document.userName();
    log.action = QStringLiteral("do");
    log.command = CommandText("horisont::PlanVersions", command).arg(v.name);
    log.entity = QStringLiteral("plan_version");
    log.entityId = v.id;
    return log;
}

QString describedInJson(const PlanVersion &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("name"), v.name},
                                                       {QStringLiteral("decided_by"), v.decision.body},
                                                       {QStringLiteral("decided_on"), isoDate(v.decision.date)},
                                                       {QStringLiteral("reference"), v.decision.reference},
                                                       {QStringLiteral("frozen_at"), frozenAtText(v.frozenAt)},
                                                       {QStringLiteral("frozen_by"), v.frozenBy}})
                                 .toJson(QJsonDocument::Compact));
}

bool refuseWhenNotWritable(PlanDocument &document, QString *error)
{
    document.waitForVerification();
    if (document.isReadOnly()) {
        *error = document.readOnlyReason();
        return true;
    }
    return false;
}

} // namespace

QList<PlanVersion> list(SqliteStore &store) { return read(store); }

std::optional<PlanVersion> find(SqliteStore &store, const QString &name)
{
    const QList<PlanVersion> found = read(store, QStringLiteral("name = ?"), {name.trimmed()});
    return found.isEmpty() ? std::nullopt : std::optional<PlanVersion>(found.first());
}

std::optional<qint64> latestDecidedId(SqliteStore &store)
{
    QSqlQuery q(store.database());
    if (!hasVersions(store) || !q.exec(QStringLiteral("SELECT %1").arg(QLatin1String(LatestDecidedId))) || !q.next()
        || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<PlanVersion> latestDecided(SqliteStore &store)
{
    const QList<PlanVersion> found = read(store, QStringLiteral("id = %1").arg(QLatin1String(LatestDecidedId)));
    return found.isEmpty() ? std::nullopt : std::optional<PlanVersion>(found.first());
}

QString freezeProblem(SqliteStore &store, const QString &name, const VersionDecision &decision)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Tr::tr("A version needs a name.");
    if (trimmed.size() > ShortTextMaxLength)
        return Tr::tr("A version's name can be at most %1 characters.").arg(ShortTextMaxLength);
    if (trimmed.compare(QLatin1String("current"), Qt::CaseInsensitive) == 0)
        return Tr::tr("\"current\" means the plan as it is now and cannot name a version.");
    if (find(store, trimmed))
        return Tr::tr("The plan already has a version called «%1».").arg(trimmed);
    if (planscenarios::find(store, trimmed))
        return Tr::tr("«%1» already names a scenario; a version needs a name of its own.").arg(trimmed);
    const bool anyDecision = !decision.body.trimmed().isEmpty() || decision.date.isValid()
                             || !decision.reference.trimmed().isEmpty();
    if (anyDecision && (decision.body.trimmed().isEmpty() || !decision.date.isValid()))
        return Tr::tr("A decided version needs the body that decided and the date of the decision; "
                      "without a decision, freeze a snapshot.");
    if (decision.date.isValid() && !datebounds::contains(decision.date))
        return Tr::tr("The date of the decision must lie between %1 and %2.")
            .arg(datebounds::FirstYear)
            .arg(datebounds::LastYear);
    if (decision.body.trimmed().size() > ShortTextMaxLength || decision.reference.trimmed().size() > ShortTextMaxLength)
        return Tr::tr("A decision's body and reference can be at most %1 characters.").arg(ShortTextMaxLength);
    return {};
}

std::optional<PlanVersion> freeze(PlanDocument &document, const QString &name, const VersionDecision &decision,
                                  const QDateTime &now, QString *error)
{
    if (refuseWhenNotWritable(document, error))
        return std::nullopt;
    if (!hasVersions(document.store())) {
        *error = Tr::tr("This file's format has no versions; open it for editing to bring it up to date.");
        return std::nullopt;
    }
    if (const QString problem = freezeProblem(document.store(), name, decision); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    if (document.workingScenario()) {
        *error = Tr::tr("A version freezes the plan, and this window works in scenario «%1». "
                        "Go back to the plan, or promote the scenario to be the plan, and freeze then.")
                     .arg(document.workingScenario()->name);
        return std::nullopt;
    }
    const PendingVersion pending = prepare(document, document.plan(), name, decision, now);
    const bool ok = document.writeWith(
        [&](QSqlDatabase &db, QString *why) { return insert(db, pending, why); }, {pending.log}, error);
    if (!ok)
        return std::nullopt;
    document.versionsWereChanged();
    return pending.version;
}

PendingVersion prepare(PlanDocument &document, const Plan &plan, const QString &name, const VersionDecision &decision,
                       const QDateTime &now)
{
    PendingVersion pending;
    PlanVersion &v = pending.version;
    v.name = name.trimmed();
    v.decision = {decision.body.trimmed(), decision.date, decision.reference.trimmed()};
    v.frozenAt = now.toUTC();
    v.frozenBy = document.userName();
    pending.content = plancontent::encode(plan);
    {
        QSqlQuery q(document.store().database());
        v.id = q.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM plan_version")) && q.next()
                   ? q.value(0).toLongLong()
                   : 1;
    }
    pending.log = logLine(document, now, QT_TRANSLATE_NOOP("horisont::PlanVersions", "Freeze version «%1»"), v);
    pending.log.hasNew = true;
    pending.log.newValue = describedInJson(v);
    return pending;
}

bool insert(QSqlDatabase &db, const PendingVersion &pending, QString *error)
{
    const PlanVersion &v = pending.version;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO plan_version (id, name, decided_by, decided_on, reference, "
                             "frozen_at, frozen_by, content, digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(v.id), storage::text(v.name), storage::text(v.decision.body), storage::to(v.decision.date),
          storage::text(v.decision.reference), QVariant(frozenAtText(v.frozenAt)), storage::text(v.frozenBy),
          QVariant(pending.content), QVariant(digestOf(v, pending.content))})
        q.addBindValue(value);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool removeSnapshot(PlanDocument &document, const QString &name, const QDateTime &now, QString *error)
{
    if (refuseWhenNotWritable(document, error))
        return false;
    const std::optional<PlanVersion> v = find(document.store(), name);
    if (!v) {
        *error = unknownVersionMessage(document.store(), name);
        return false;
    }
    if (v->decision.isDecided()) {
        *error = Tr::tr("«%1» records a decision (%2) and is kept for good; only a snapshot can be deleted.")
                     .arg(v->name, decisionText(v->decision));
        return false;
    }
    ChangeLogEntry log = logLine(document, now, QT_TRANSLATE_NOOP("horisont::PlanVersions", "Delete snapshot «%1»"), *v);
    log.hasOld = true;
    log.oldValue = describedInJson(*v);
    const bool removed = document.writeWith(
        [&](QSqlDatabase &db, QString *why) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM plan_version WHERE id = ?"));
            q.addBindValue(v->id);
            if (!q.exec() || q.numRowsAffected() != 1) {
                *why = q.lastError().text();
                return false;
            }
            return true;
        },
        {log}, error);
    if (removed)
        document.versionsWereChanged();
    return removed;
}

bool load(SqliteStore &store, const PlanVersion &version, Plan &plan, QString *error)
{
    QByteArray content;
    const QList<PlanVersion> found = read(store, QStringLiteral("id = ?"), {version.id}, &content);
    if (found.isEmpty()) {
        *error = unknownVersionMessage(store, version.name);
        return false;
    }
    if (!found.first().intact) {
        *error = Tr::tr("Version «%1» has been altered outside Horisont: its content or decision no longer matches what was frozen.")
                     .arg(found.first().name);
        return false;
    }
    QString problem;
    if (!plancontent::decode(content, plan, &problem)) {
        *error = Tr::tr("Version «%1» cannot be read: %2").arg(found.first().name, problem);
        return false;
    }
    return true;
}

QStringList problems(SqliteStore &store)
{
    QStringList found;
    for (const PlanVersion &v : list(store)) {
        Plan plan;
        QString error;
        if (!load(store, v, plan, &error))
            found << error;
    }
    return found;
}

QString decisionText(const VersionDecision &decision)
{
    if (!decision.isDecided())
        return Tr::tr("snapshot, no decision");
    QStringList parts{decision.body, isoDate(decision.date)};
    if (!decision.reference.isEmpty())
        parts << decision.reference;
    return parts.join(QStringLiteral(", "));
}

QString unknownVersionMessage(SqliteStore &store, const QString &name)
{
    QStringList names;
    for (const PlanVersion &v : list(store))
        names << QStringLiteral("«%1»").arg(v.name);
    if (names.isEmpty())
        return Tr::tr("Unknown version «%1»: the plan has no versions.").arg(name.trimmed());
    return Tr::tr("Unknown version «%1». The plan's versions: %2.").arg(name.trimmed(), names.join(QStringLiteral(", ")));
}

} // namespace horisont::planversions
