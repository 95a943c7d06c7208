#include "store/sqldialect.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace horisont::sqldialect {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::SqlDialect)
};

constexpr auto Options = QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption;

/// A reference declared in a step is checked at commit, as publishing declares every one.
QString deferred(const QString &definition)
{
    static const QRegularExpression references(QStringLiteral("\\bREFERENCES\\b"), Options);
    return definition.contains(references) ? definition + QStringLiteral(" DEFERRABLE INITIALLY DEFERRED") : definition;
}

/// Whether a definition in a CREATE TABLE or after ALTER TABLE … ADD is a table constraint, not a column.
bool isConstraint(const QString &definition)
{
    static const QRegularExpression constraint(QStringLiteral("^\\s*(PRIMARY|FOREIGN|UNIQUE|CHECK|CONSTRAINT)\\b"), Options);
    return definition.contains(constraint);
}

/// One column definition ("name TYPE constraints") or table constraint of a step, as PostgreSQL writes it.
std::optional<QString> postgresDefinition(const QString &definition, QString *error)
{
    if (isConstraint(definition))
        return deferred(definition.trimmed());
    static const QRegularExpression column(QStringLiteral("^\\s*(\"(?:[^\"]|\"\")*\"|\\w+)\\s+(\\w+)(.*)$"), Options);
    const QRegularExpressionMatch parts = column.match(definition);
    const auto type = parts.hasMatch() ? postgresType(parts.captured(2)) : std::nullopt;
    if (!type) {
        *error = Tr::tr("the column \"%1\" has no type Horisont writes").arg(definition.trimmed());
        return std::nullopt;
    }
    static const QRegularExpression unique(QStringLiteral("\\bUNIQUE\\b"), Options);
    if (parts.captured(3).contains(unique)) {
        *error = Tr::tr("the column %1 is declared UNIQUE; a step writes CREATE UNIQUE INDEX instead").arg(parts.captured(1));
        return std::nullopt;
    }
    const QString constraints = parts.captured(3).trimmed();
    return deferred(parts.captured(1) + QLatin1Char(' ') + *type
                    + (constraints.isEmpty() ? QString() : QLatin1Char(' ') + constraints));
}

/// `list` split at its commas outside parentheses.
QStringList topLevelParts(const QString &list)
{
    QStringList parts(1);
    int depth = 0;
    for (const QChar c : list) {
        depth += c == QLatin1Char('(') ? 1 : c == QLatin1Char(')') ? -1 : 0;
        if (c == QLatin1Char(',') && depth == 0)
            parts << QString();
        else
            parts.last() += c;
    }
    return parts;
}

} // namespace

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

bool deferForeignKeys(QSqlDatabase &db, QString *error)
{
    if (isPostgres(db))
        return true;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
        return true;
    *error = q.lastError().text();
    return false;
}

bool hasTable(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    // The server's search path is the plan's schema: to_regclass finds the table there.
    q.prepare(isPostgres(db) ? QStringLiteral("SELECT 1 WHERE to_regclass(?) IS NOT NULL")
                             : QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    return q.exec() && q.next();
}

QString greatest(const QSqlDatabase &db, const QString &a, const QString &b)
{
    return QStringLiteral("%1(%2, %3)").arg(isPostgres(db) ? QStringLiteral("GREATEST") : QStringLiteral("max"), a, b);
}

std::optional<QString> postgresType(const QString &sqliteType)
{
    const QString type = sqliteType.toUpper();
    if (type == QLatin1String("INTEGER"))
        return QStringLiteral("BIGINT");
    if (type == QLatin1String("TEXT"))
        return QStringLiteral("TEXT");
    if (type == QLatin1String("REAL"))
        return QStringLiteral("DOUBLE PRECISION");
    if (type == QLatin1String("BLOB"))
        return QStringLiteral("BYTEA");
    return std::nullopt;
}

std::optional<QString> postgresStatement(const QString &sqliteStatement, QString *error)
{
    const QString statement = sqliteStatement.trimmed();
    static const QRegularExpression pragma(QStringLiteral("^PRAGMA\\b"), Options);
    if (statement.contains(pragma)) {
        *error = Tr::tr("a PRAGMA is SQLite's own");
        return std::nullopt;
    }
    static const QRegularExpression addColumn(QStringLiteral("^(ALTER\\s+TABLE\\s+\\S+\\s+ADD)\\s+(?:COLUMN\\s+)?(.*)$"), Options);
    if (const QRegularExpressionMatch parts = addColumn.match(statement); parts.hasMatch()) {
        const auto definition = postgresDefinition(parts.captured(2), error);
        if (!definition)
            return std::nullopt;
        return parts.captured(1) + (isConstraint(parts.captured(2)) ? QStringLiteral(" ") : QStringLiteral(" COLUMN "))
               + *definition;
    }
    static const QRegularExpression createTable(QStringLiteral("^(CREATE\\s+TABLE\\s+\\S+)\\s*\\((.*)\\)$"), Options);
    if (const QRegularExpressionMatch parts = createTable.match(statement); parts.hasMatch()) {
        QStringList definitions;
        for (const QString &part : topLevelParts(parts.captured(2))) {
            const auto definition = postgresDefinition(part, error);
            if (!definition)
                return std::nullopt;
            definitions << *definition;
        }
        return parts.captured(1) + QStringLiteral(" (") + definitions.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    return statement;
}

} // namespace horisont::sqldialect
