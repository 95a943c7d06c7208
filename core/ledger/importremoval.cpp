#include "ledger/importremoval.h"

#include "document/plandocument.h"
#include "store/sqlitestore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::ImportRemoval)
};

ImportBatch batchFrom(const QSqlQuery &q)
{
    ImportBatch b;
    b.id = q.value(0).toLongLong();
    b.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    b.at.setTimeSpec(Qt::UTC);
    b.user = q.value(2).toString();
    b.fileName = q.value(3).toString();
    b.rows = q.value(4).toLongLong();
    b.total = Money::fromOre(q.value(5).toLongLong());
    return b;
}

const char *const BatchColumns = "SELECT id, at, user_name, file_name, rows_imported, total_ore FROM import_batch";
} // namespace

QList<ImportBatch> importBatches(SqliteStore &store)
{
    QList<ImportBatch> batches;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(BatchColumns) + QStringLiteral(" ORDER BY id")))
        return batches;
    while (q.next())
        batches << batchFrom(q);
    return batches;
}

bool removeImport(PlanDocument &document, qint64 batch, ImportBatch *removed, QString *error)
{
    // Nothing is written to a file before its verification has passed.
    document.waitForVerification();
    if (document.isReadOnly()) {
        *error = document.readOnlyReason();
        return false;
    }
    std::optional<ImportBatch> found;
    for (const ImportBatch &b : importBatches(document.store())) {
        if (b.id == batch)
            found = b;
    }
    if (!found) {
        *error = Tr::tr("The plan holds no import %1.").arg(batch);
        return false;
    }
    ChangeLogEntry log;
    log.at = QDateTime::currentDateTimeUtc();
    log.user = document.userName();
    log.action = QStringLiteral("do");
    log.command = CommandText("horisont::ImportRemoval", QT_TRANSLATE_NOOP("horisont::ImportRemoval", "Remove import %1"))
                      .arg(QString::number(batch));
    log.entity = QStringLiteral("import_batch");
    log.entityId = batch;
    log.hasOld = true;
    // The record removed, as the log keeps every whole item: its columns in
    // JSON, language-neutral (the audit trail shows it as a removal).
    log.oldValue = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("file_name"), found->fileName},
                                                               {QStringLiteral("rows_imported"), found->rows},
                                                               {QStringLiteral("total_ore"), found->total.ore()},
                                                               {QStringLiteral("at"), found->at.toString(Qt::ISODateWithMs)},
                                                               {QStringLiteral("user_name"), found->user}})
                                         .toJson(QJsonDocument::Compact));
    const bool ok = document.writeWith(
        [&](QSqlDatabase &db, QString *why) {
            for (const char *sql : {"DELETE FROM ledger_day WHERE import_id = ?",
                                    "DELETE FROM ledger_transaction WHERE import_id = ?",
                                    "DELETE FROM import_batch WHERE id = ?"}) {
                QSqlQuery q(db);
                q.prepare(QLatin1String(sql));
                q.addBindValue(batch);
                if (!q.exec()) {
                    *why = q.lastError().text();
                    return false;
                }
            }
            return true;
        },
        {log}, error);
    if (!ok)
        return false;
    if (removed)
        *removed = *found;
    document.ledgerChanged();
    return true;
}

} // namespace horisont
