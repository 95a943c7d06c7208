#include "server/setreference.h"

#include "server/serverschema.h"

#include <utility>

// Why. A foreign key checks each inserted row on its own: PostgreSQL queues
// one trigger event per row and runs one SELECT … FOR KEY SHARE per event
// (an executor started and stopped each time), about 5 µs a row whether
// checked at once or at commit. A million-row import into a server plan
// spent 5.5 s of its 13 s in the million checks of ledger_transaction's
// import_id, all of them finding the one batch row the same transaction had
// just inserted (NULL keys cost 0.5 s a million: they are queued all the
// same). Checked as a set the million rows cost under 0.1 s, lost in the
// COPY's 3 s: one pass over the statement's new rows (its transition table)
// for their distinct keys, one index lookup and lock per key.
//
// What stays as it was. The check runs at the end of every INSERT, UPDATE or
// COPY into the table, whoever runs it (the database enforces it, not
// Horisont's import path), and refuses a row whose key is missing with the
// foreign key's SQLSTATE (23503), constraint name and words, naming the key,
// so the statement and with it the whole import fail. Removing or renumbering
// a referenced row, or truncating its table, is refused while rows refer to
// it, as the foreign key's NO ACTION did, at commit (a row put back under the
// same key in the same transaction is no orphan).
//
// Concurrency. The check locks every referenced row FOR KEY SHARE, the lock a
// foreign key takes, set-based: one statement that locks them all and counts
// them; fewer locked than wanted is a missing key. The lock is kept to the
// end of the transaction, so:
//  - a remover that comes after the lock waits for the importer's commit; its
//    own check (at commit, under READ COMMITTED with a snapshot taken then)
//    sees the imported rows and refuses the removal;
//  - an importer that comes after a remover's DELETE waits for the remover's
//    commit, then finds the row gone, counts it missing and refuses the
//    import; a remover that rolls back leaves the row to be locked.
// A missing key is named by a second look that is not a lock; the count of
// locks alone decides, so a row that appears between the two (not locked,
// not protected) cannot let the check pass.
// A foreign key also guards a remover under REPEATABLE READ or SERIALIZABLE
// (its snapshot predates an importer that committed while it waited) by
// checking with a second, current snapshot; a PL/pgSQL function has only the
// transaction's snapshot, so a remover under those isolation levels is
// refused instead (Horisont's writes are READ COMMITTED).

namespace horisont::setreference {
namespace {

QString literal(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

/// `sql` with each @name@ replaced by its value.
QString filled(QString sql, const QList<std::pair<QString, QString>> &values)
{
    for (const auto &[name, value] : values)
        sql.replace(QLatin1Char('@') + name + QLatin1Char('@'), value);
    return sql;
}

// The new rows' distinct keys, locked in one statement and counted: the
// count(*) reads the whole locking subquery, so every row is locked before
// the comparison.
constexpr auto PresentFunction = R"SQL(
CREATE FUNCTION @schema@.@present@() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $body$
DECLARE
    keys bigint[];
    locked bigint;
    missing bigint;
BEGIN
    SELECT array_agg(k) INTO keys FROM (SELECT DISTINCT a.@column@ AS k FROM added a WHERE a.@column@ IS NOT NULL) d;
    IF keys IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT count(*) INTO locked
        FROM (SELECT FROM @schema@.@target@ t WHERE t.@targetColumn@ = ANY (keys) FOR KEY SHARE OF t) l;
    IF locked < cardinality(keys) THEN
        SELECT k INTO missing FROM unnest(keys) k
            WHERE NOT EXISTS (SELECT FROM @schema@.@target@ t WHERE t.@targetColumn@ = k) LIMIT 1;
        RAISE EXCEPTION 'insert or update on table "%" violates foreign key constraint "%"', @tableName@, @constraint@
            USING ERRCODE = 'foreign_key_violation',
                  DETAIL = format('Key (%s)=(%s) is not present in table "%s".', @columnName@,
                                  coalesce(missing::text, '?'), @targetName@),
                  SCHEMA = @schemaName@, TABLE = @tableName@, COLUMN = @columnName@, CONSTRAINT = @constraint@;
    END IF;
    RETURN NULL;
END
$body$
)SQL";

// A removed or renumbered row, or a truncated table, that rows still refer to.
constexpr auto KeptFunction = R"SQL(
CREATE FUNCTION @schema@.@kept@() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $body$
DECLARE
    key bigint;
    referenced boolean;
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        referenced := EXISTS (SELECT FROM @schema@.@table@ r WHERE r.@column@ IS NOT NULL);
    ELSE
        key := OLD.@targetColumn@;
        IF key IS NULL OR (TG_OP = 'UPDATE' AND NEW.@targetColumn@ IS NOT DISTINCT FROM key)
           OR EXISTS (SELECT FROM @schema@.@target@ t WHERE t.@targetColumn@ = key) THEN
            RETURN NULL;
        END IF;
        referenced := EXISTS (SELECT FROM @schema@.@table@ r WHERE r.@column@ = key);
    END IF;
    IF NOT referenced THEN
        IF current_setting('transaction_isolation') <> 'read committed' THEN
            RAISE EXCEPTION 'rows of "%" that "%" refers to are removed or renumbered only under READ COMMITTED',
                            @targetName@, @tableName@
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      HINT = 'Under a snapshot taken earlier, rows another user added since would go unseen.';
        END IF;
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'update or delete on table "%" violates foreign key constraint "%" on table "%"',
                    @targetName@, @constraint@, @tableName@
        USING ERRCODE = 'foreign_key_violation',
              DETAIL = CASE WHEN key IS NULL THEN format('Table "%s" refers to table "%s".', @tableName@, @targetName@)
                            ELSE format('Key (%s)=(%s) is still referenced from table "%s".', @targetColumnName@, key,
                                        @tableName@) END,
              SCHEMA = @schemaName@, TABLE = @tableName@, CONSTRAINT = @constraint@;
END
$body$
)SQL";

} // namespace

bool appliesTo(const QString &table, const QString &column)
{
    // The one reference a ledger import writes a row of per transaction. The
    // day sums' references (to the plan's sources, organisations and
    // interventions) stay foreign keys: a day sum stands for many
    // transactions, so they are checked far fewer times, and editors' removals
    // of those items keep the foreign key's exact behaviour.
    return table == QLatin1String("ledger_transaction") && column == QLatin1String("import_id");
}

QStringList statements(const QString &schema, const QString &table, const QString &column, const QString &target,
                       const QString &targetColumn)
{
    using serverschema::quoted;
    const QString stem = table + QLatin1Char('_') + column;
    const QList<std::pair<QString, QString>> values{
        {QStringLiteral("schema"), quoted(schema)},
        {QStringLiteral("table"), quoted(table)},
        {QStringLiteral("column"), quoted(column)},
        {QStringLiteral("targetColumn"), quoted(targetColumn)},
        {QStringLiteral("target"), quoted(target)},
        {QStringLiteral("present"), quoted(stem + QStringLiteral("_present"))},
        {QStringLiteral("kept"), quoted(stem + QStringLiteral("_kept"))},
        {QStringLiteral("schemaName"), literal(schema)},
        {QStringLiteral("tableName"), literal(table)},
        {QStringLiteral("columnName"), literal(column)},
        {QStringLiteral("targetName"), literal(target)},
        {QStringLiteral("targetColumnName"), literal(targetColumn)},
        // The name PostgreSQL gives the foreign key it replaces.
        {QStringLiteral("constraint"), literal(stem + QStringLiteral("_fkey"))},
    };
    const auto inSchema = [&](const QString &name) { return quoted(schema) + QLatin1Char('.') + quoted(name); };
    const QString present = inSchema(stem + QStringLiteral("_present"));
    const QString kept = inSchema(stem + QStringLiteral("_kept"));
    QStringList made{filled(QString::fromLatin1(PresentFunction), values), filled(QString::fromLatin1(KeptFunction), values)};
    // A trigger with a transition table takes one event: INSERT (COPY fires it too) and UPDATE apart.
    for (const QString &event : {QStringLiteral("INSERT"), QStringLiteral("UPDATE")})
        made << QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 REFERENCING NEW TABLE AS added "
                               "FOR EACH STATEMENT EXECUTE FUNCTION %4()")
                    .arg(quoted(stem + QLatin1Char('_') + event.toLower()), event, inSchema(table), present);
    // Deferred, as the plan's foreign keys are: checked at commit.
    made << QStringLiteral("CREATE CONSTRAINT TRIGGER %1 AFTER DELETE OR UPDATE OF %2 ON %3 "
                           "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION %4()")
                .arg(quoted(stem + QStringLiteral("_kept")), quoted(targetColumn), inSchema(target), kept)
         << QStringLiteral("CREATE TRIGGER %1 AFTER TRUNCATE ON %2 FOR EACH STATEMENT EXECUTE FUNCTION %3()")
                .arg(quoted(stem + QStringLiteral("_truncated")), inSchema(target), kept);
    return made;
}

} // namespace horisont::setreference
