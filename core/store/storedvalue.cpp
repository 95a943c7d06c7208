#include "store/storedvalue.h"

#include "model/datebounds.h"
#include "money/money.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace horisont {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::StoredValue)
};

bool isInteger(const QVariant &value)
{
    const int type = value.metaType().id();
    return type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::ULongLong
           || type == QMetaType::UInt;
}

QString shown(const QVariant &value)
{
    QString text = value.toString();
    if (text.size() > 40)
        text = text.left(40) + QChar(0x2026);
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QChar(0xFFFD);
    }
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString integerProblem(const QVariant &value, qint64 low, qint64 high)
{
    if (!isInteger(value))
        return Tr::tr("%1 is not a whole number").arg(shown(value));
    const qint64 n = value.toLongLong();
    if (n < low || n > high)
        return Tr::tr("%1 is outside %2 … %3").arg(n).arg(low).arg(high);
    return {};
}

QString dateProblem(const QVariant &value)
{
    if (value.metaType().id() != QMetaType::QString)
        return Tr::tr("%1 is not a date").arg(shown(value));
    const QString text = value.toString();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    // "2023-01-05T12:00" parses as a date too; a stored date is exactly ten characters.
    if (text.size() != 10 || !date.isValid())
        return Tr::tr("%1 is not a date (YYYY-MM-DD)").arg(shown(value));
    if (!datebounds::contains(date))
        return Tr::tr("%1 is outside the dates a plan can mean (%2 … %3)")
            .arg(text, datebounds::earliest().toString(Qt::ISODate), datebounds::latest().toString(Qt::ISODate));
    return {};
}

QString moneyProblem(const QVariant &value)
{
    if (!isInteger(value))
        return Tr::tr("%1 is not an amount in öre").arg(shown(value));
    if (!Money::isWithinBounds(value.toLongLong()))
        return Tr::tr("%1 öre is beyond the largest amount Horisont accepts").arg(value.toLongLong());
    return {};
}

QString realProblem(const QVariant &value)
{
    const int type = value.metaType().id();
    if (type != QMetaType::Double && !isInteger(value))
        return Tr::tr("%1 is not a number").arg(shown(value));
    if (!std::isfinite(value.toDouble()) || std::abs(value.toDouble()) > 1e15)
        return Tr::tr("%1 is not a number a plan can mean").arg(shown(value));
    return {};
}

} // namespace

QString storedIdProblem(const QVariant &value)
{
    return integerProblem(value, 1, std::numeric_limits<qint64>::max());
}

bool isMissingRequiredValue(const FieldMeta &field, const QVariant &value)
{
    return value.isNull() && !field.nullable && (field.isReference || field.type == FieldType::Date);
}

QString storedValueProblem(const FieldMeta &field, const QVariant &value)
{
    if (value.isNull()) {
        // Text is never written as NULL, but a NULL text means no text: harmless.
        if (field.nullable || field.type == FieldType::Text)
            return {};
        return Tr::tr("is empty (NULL) but must hold a value");
    }
    switch (field.type) {
    case FieldType::Text:
        return value.metaType().id() == QMetaType::QString ? QString() : Tr::tr("%1 is not text").arg(shown(value));
    case FieldType::Integer:
    case FieldType::Boolean:
    case FieldType::Enum: {
        const auto [low, high] = integerRange(field);
        return integerProblem(value, low, high);
    }
    case FieldType::Reference:
        return storedIdProblem(value);
    case FieldType::Date:
        return dateProblem(value);
    case FieldType::Money:
        return moneyProblem(value);
    case FieldType::Real:
        return realProblem(value);
    }
    return {};
}

} // namespace horisont
