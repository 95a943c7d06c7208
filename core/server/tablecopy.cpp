#include "server/tablecopy.h"

#include "server/serverschema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace horisont::tablecopy {
namespace {

// These texts were written in serverplans; the catalogue knows them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::ServerPlans)
};

} // namespace

bool copyRows(const QSqlDatabase &from, const QString &fromTable, QSqlDatabase to, const QString &toTable,
              const QStringList &columns, QString *error)
{
    QStringList quotedColumns, placeholders;
    for (const QString &c : columns) {
        quotedColumns << serverschema::quoted(c);
        placeholders << QStringLiteral("?");
    }
    QSqlQuery read(from);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(quotedColumns.join(QStringLiteral(", ")), fromTable))) {
        *error = Tr::tr("Reading %1 failed: %2").arg(fromTable, read.lastError().text().trimmed());
        return false;
    }
    QSqlQuery write(to);
    if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(toTable, quotedColumns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))))) {
        *error = Tr::tr("Writing %1 failed: %2").arg(toTable, write.lastError().text().trimmed());
        return false;
    }
    qint64 row = 0;
    while (read.next()) {
        ++row;
        for (int i = 0; i < columns.size(); ++i)
            write.bindValue(i, read.value(i));
        if (!write.exec()) {
            *error = Tr::tr("Writing row %1 of %2 failed: %3").arg(row).arg(fromTable, write.lastError().text().trimmed());
            return false;
        }
    }
    if (read.lastError().isValid()) {
        *error = Tr::tr("Reading %1 failed: %2").arg(fromTable, read.lastError().text().trimmed());
        return false;
    }
    return true;
}

} // namespace horisont::tablecopy
