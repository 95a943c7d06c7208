#include "olderplan.h"

namespace horisont::test {

bool makeFormat5Plan(const PostgresCluster &cluster, const QString &database, const QString &plan, QString *error)
{
    QString schema;
    if (!cluster.psql(database, PostgresCluster::superuser(),
                      QStringLiteral("SELECT schema_name FROM horisont.plans WHERE name = '%1'").arg(plan), &schema, error))
        return false;
    return cluster.psql(database, PostgresCluster::superuser(),
                        QStringLiteral("ALTER TABLE \"%1\".activity DROP COLUMN description; "
                                       "UPDATE horisont.plans SET format = 5 WHERE name = '%2'")
                            .arg(schema, plan),
                        nullptr, error);
}

} // namespace horisont::test
