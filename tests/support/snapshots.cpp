#include "snapshots.h"

#include "model/schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QtDebug>

namespace horisont::test {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QList<Record> diskSnapshot(const QString &path)
{
    QString error;
    auto doc = PlanDocument::open(path, &error, PlanDocument::Access::ReadOnly);
    if (!doc) {
        qWarning("cannot read %s back: %s", qPrintable(path), qPrintable(error));
        return {};
    }
    return doc->plan().snapshot();
}

QByteArray stateFingerprint(PlanDocument &doc)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const Record &r : doc.plan().snapshot()) {
        hash.addData(QByteArray::number(int(r.kind)) + ':' + QByteArray::number(r.id) + '{');
        for (const QVariant &v : r.values)
            hash.addData((v.isNull() ? QByteArray("\\N") : v.toString().toUtf8()) + '\x1f');
    }
    QSqlQuery q(doc.store().database());
    if (q.exec(QStringLiteral("SELECT count(*) FROM change_log")) && q.next())
        hash.addData("log:" + QByteArray::number(q.value(0).toLongLong()));
    return hash.result().toHex();
}

} // namespace horisont::test

namespace horisont {
std::ostream &operator<<(std::ostream &os, const Record &record)
{
    os << kindInfo(record.kind).table.toStdString() << '#' << record.id << '{';
    for (const QVariant &v : record.values)
        os << (v.isNull() ? std::string("NULL") : v.toString().toStdString()) << ';';
    return os << '}';
}
} // namespace horisont
