#include "server/serverschema.h"

#include "server/setreference.h"
#include "store/sqldialect.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace horisont::serverschema {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::ServerSchema)
};


QString qualified(const QString &schema, const QString &table)
{
    return quoted(schema) + QLatin1Char('.') + quoted(table);
}

} // namespace

QString quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QStringList tables(const QSqlDatabase &sqlite)
{
    QSqlQuery q(sqlite);
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QStringList columns(const QSqlDatabase &sqlite, const QString &table)
{
    QSqlQuery q(sqlite);
    q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table)); // the file's own table names
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QStringList registryStatements()
{
    return {QStringLiteral("CREATE SCHEMA IF NOT EXISTS horisont"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS horisont.plans ("
                           "id BIGSERIAL PRIMARY KEY, "
                           "name TEXT NOT NULL UNIQUE, "
                           "schema_name TEXT NOT NULL UNIQUE, "
                           "role_prefix TEXT NOT NULL UNIQUE, "
                           "format INTEGER NOT NULL, "
                           "created_at TIMESTAMPTZ NOT NULL DEFAULT now(), "
                           "created_by TEXT NOT NULL DEFAULT current_user)"),
            // Anyone who may connect may see which plans there are (and asks for his role in each).
            QStringLiteral("GRANT USAGE ON SCHEMA horisont TO PUBLIC"),
            QStringLiteral("GRANT SELECT ON horisont.plans TO PUBLIC")};
}

std::optional<QStringList> planStatements(const QSqlDatabase &sqlite, const QString &schema, QString *error)
{
    QStringList statements{QStringLiteral("CREATE SCHEMA %1").arg(quoted(schema))};
    QStringList constraints; // after every table exists: foreign keys may point forwards
    for (const QString &table : tables(sqlite)) {
        const QString literal = QLatin1Char('\'') + table + QLatin1Char('\'');
        QStringList definitions;
        QSqlQuery info(sqlite);
        info.exec(QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(%1) ORDER BY cid").arg(literal));
        QStringList primaryKey;
        while (info.next()) {
            const QString column = info.value(0).toString();
            const auto type = sqldialect::postgresType(info.value(1).toString());
            if (!type) {
                *error = Tr::tr("The column %1.%2 has the type \"%3\", which Horisont does not write.")
                             .arg(table, column, info.value(1).toString());
                return std::nullopt;
            }
            QString definition = quoted(column) + QLatin1Char(' ') + *type;
            if (info.value(2).toInt() != 0)
                definition += QStringLiteral(" NOT NULL");
            if (!info.value(3).isNull())
                definition += QStringLiteral(" DEFAULT ") + info.value(3).toString(); // '' and 0: the same in both
            if (info.value(4).toInt() > 0)
                primaryKey << quoted(column);
            definitions << definition;
        }
        if (!primaryKey.isEmpty())
            definitions << QStringLiteral("PRIMARY KEY (%1)").arg(primaryKey.join(QStringLiteral(", ")));
        statements << QStringLiteral("CREATE TABLE %1 (%2)").arg(qualified(schema, table), definitions.join(QStringLiteral(", ")));

        QSqlQuery indexes(sqlite);
        indexes.exec(QStringLiteral("SELECT name, \"unique\", origin FROM pragma_index_list(%1) ORDER BY seq").arg(literal));
        while (indexes.next()) {
            const QString origin = indexes.value(2).toString();
            if (origin == QLatin1String("pk"))
                continue;
            QSqlQuery indexColumns(sqlite);
            indexColumns.exec(QStringLiteral("SELECT name FROM pragma_index_info('%1') ORDER BY seqno").arg(indexes.value(0).toString()));
            QStringList names;
            while (indexColumns.next())
                names << quoted(indexColumns.value(0).toString());
            const QString index = indexes.value(0).toString().startsWith(QLatin1String("sqlite_autoindex"))
                                      ? table + QStringLiteral("_unique_") + QString::number(indexes.at())
                                      : indexes.value(0).toString();
            statements << QStringLiteral("CREATE %1INDEX %2 ON %3 (%4)")
                              .arg(indexes.value(1).toInt() ? QStringLiteral("UNIQUE ") : QString(), quoted(index),
                                   qualified(schema, table), names.join(QStringLiteral(", ")));
        }
        QSqlQuery keys(sqlite);
        keys.exec(QStringLiteral("SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(%1) ORDER BY id").arg(literal));
        while (keys.next()) {
            const QString column = keys.value(0).toString();
            const QString target = keys.value(1).toString();
            const QString targetColumn = keys.value(2).toString().isEmpty() ? QStringLiteral("id") : keys.value(2).toString();
            // A column an import fills by the million is checked per statement, as a set (see setreference.cpp).
            if (setreference::appliesTo(table, column))
                constraints << setreference::statements(schema, table, column, target, targetColumn);
            else
                constraints << QStringLiteral("ALTER TABLE %1 ADD FOREIGN KEY (%2) REFERENCES %3 (%4) DEFERRABLE INITIALLY DEFERRED")
                                   .arg(qualified(schema, table), quoted(column), qualified(schema, target), quoted(targetColumn));
        }
    }
    return statements + constraints;
}

} // namespace horisont::serverschema
