#include "versions/plancontent.h"

#include "model/entities.h"
#include "model/schema.h"
#include "plan/plan.h"
#include "plan/planintegrity.h"
#include "store/storedvalue.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QtEndian>

namespace horisont::plancontent {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PlanVersions)
};

/// A plan of fifteen years is a few megabytes; anything claiming more than
/// this when unpacked is damage, refused before memory is spent on it.
constexpr quint32 LargestContent = 512u * 1024u * 1024u;
constexpr int ContentFormat = 1;

QCborValue cborOf(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return QCborValue(QCborValue::Null);
    case QMetaType::QString:
        return QCborValue(value.toString());
    case QMetaType::Double:
        return QCborValue(value.toDouble());
    default:
        return value.isNull() ? QCborValue(QCborValue::Null) : QCborValue(qint64(value.toLongLong()));
    }
}

/// The value as SQL would have handed it to the loader.
QVariant variantOf(const QCborValue &value)
{
    if (value.isInteger())
        return QVariant(qlonglong(value.toInteger()));
    if (value.isDouble())
        return QVariant(value.toDouble());
    if (value.isString())
        return QVariant(value.toString());
    if (value.isNull())
        return QVariant();
    return QVariant(QByteArray("?")); // a type Horisont never writes: storedValueProblem names it
}

bool decodeTable(const QCborMap &table, Plan &plan, QString *error)
{
    const QString name = table.value(QStringLiteral("table")).toString();
    const int kind = kindFromTable(name);
    if (kind < 0) {
        *error = Tr::tr("it holds items of a kind this Horisont does not know (%1): it was frozen by a newer Horisont")
                     .arg(name.left(40));
        return false;
    }
    const KindInfo &info = kindInfo(EntityKind(kind));
    // Column i of the version → field index now; a field the version lacks
    // (added since it was frozen) keeps its default.
    QList<int> fieldOfColumn;
    for (const QCborValue &column : table.value(QStringLiteral("columns")).toArray()) {
        const int field = info.fieldIndex(column.toString());
        if (field < 0) {
            *error = Tr::tr("table %1 has a column this Horisont does not know (%2): it was frozen by a newer Horisont")
                         .arg(name, column.toString().left(40));
            return false;
        }
        fieldOfColumn << field;
    }
    const auto refuse = [&](qint64 id, const QString &column, const QString &problem) {
        *error = Tr::tr("table %1, row %2: %3 %4").arg(name).arg(id).arg(column, problem);
        return false;
    };
    Id previous = NoId;
    for (const QCborValue &rowValue : table.value(QStringLiteral("rows")).toArray()) {
        const QCborArray row = rowValue.toArray();
        const QVariant rawId = variantOf(row.at(0));
        if (const QString problem = storedIdProblem(rawId); !problem.isEmpty())
            return refuse(0, QStringLiteral("id"), problem);
        Record record{EntityKind(kind), rawId.toLongLong(), {}};
        if (record.id <= previous)
            return refuse(record.id, QStringLiteral("id"), Tr::tr("is out of order or used twice"));
        previous = record.id;
        if (row.size() != fieldOfColumn.size() + 1)
            return refuse(record.id, QStringLiteral("id"), Tr::tr("has %1 values for %2 columns").arg(row.size() - 1).arg(fieldOfColumn.size()));
        QVariantList values(info.fields.size());
        for (int f = 0; f < info.fields.size(); ++f)
            values[f] = normaliseField(EntityKind(kind), f, QVariant());
        for (int c = 0; c < fieldOfColumn.size(); ++c) {
            const FieldMeta &field = info.fields.at(fieldOfColumn.at(c));
            const QVariant value = variantOf(row.at(c + 1));
            if (const QString problem = storedValueProblem(field, value);
                !problem.isEmpty() && !isMissingRequiredValue(field, value))
                return refuse(record.id, field.name, problem);
            values[fieldOfColumn.at(c)] = value;
        }
        record.values = values;
        withKind(EntityKind(kind), [&]<class T>() { plan.loadEntity(fromRecord<T>(record)); });
    }
    return true;
}

} // namespace

QByteArray encode(const Plan &plan)
{
    QCborArray tables;
    for (int k = 0; k < EntityKindCount; ++k) {
        const KindInfo &info = kindInfo(EntityKind(k));
        QCborArray columns;
        for (const FieldMeta &field : info.fields)
            columns.append(field.name);
        QCborArray rows;
        withKind(EntityKind(k), [&]<class T>() {
            for (const T &entity : plan.all<T>()) {
                const Record record = toRecord(entity);
                QCborArray row;
                row.append(qint64(record.id));
                for (const QVariant &value : record.values)
                    row.append(cborOf(value));
                rows.append(row);
            }
        });
        tables.append(QCborMap{{QStringLiteral("table"), info.table},
                               {QStringLiteral("columns"), columns},
                               {QStringLiteral("rows"), rows}});
    }
    const QCborMap content{{QStringLiteral("format"), ContentFormat}, {QStringLiteral("tables"), tables}};
    return qCompress(content.toCborValue().toCbor(), 6);
}

bool decode(const QByteArray &content, Plan &plan, QString *error)
{
    if (content.size() < 4 || qFromBigEndian<quint32>(content.constData()) > LargestContent) {
        *error = Tr::tr("its content is damaged (its stated size is not one a plan can have)");
        return false;
    }
    const QByteArray bytes = qUncompress(content);
    QCborParserError parseError;
    const QCborValue value = QCborValue::fromCbor(bytes, &parseError);
    if (bytes.isEmpty() || parseError.error != QCborError::NoError || !value.isMap()) {
        *error = Tr::tr("its content is damaged and cannot be read");
        return false;
    }
    const QCborMap map = value.toMap();
    if (map.value(QStringLiteral("format")).toInteger() != ContentFormat) {
        *error = Tr::tr("its content is of a format this Horisont does not know (%1)")
                     .arg(map.value(QStringLiteral("format")).toInteger());
        return false;
    }
    plan.beginLoad();
    bool ok = true;
    for (const QCborValue &table : map.value(QStringLiteral("tables")).toArray()) {
        if (!(ok = decodeTable(table.toMap(), plan, error)))
            break;
    }
    if (ok) {
        if (const QString problem = planIntegrityProblem(plan); !problem.isEmpty()) {
            *error = problem;
            ok = false;
        }
    }
    plan.endLoad();
    return ok;
}

QString digest(const QList<QByteArray> &parts)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray &part : parts) {
        // Each part's length first, so that moving bytes between parts changes the digest.
        const quint64 length = qToBigEndian<quint64>(quint64(part.size()));
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&length), sizeof length));
        hash.addData(part);
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace horisont::plancontent
