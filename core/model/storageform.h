#pragma once

#include "model/ids.h"
#include "money/money.h"

#include <QDate>
#include <QString>
#include <QVariant>

#include <optional>
#include <type_traits>

// Conversions between C++ field values and their storage form: the QVariant
// that is bound to SQL, compared by commands and shown in the change log.
// NoId, invalid dates and absent optionals become NULL so that foreign keys
// and "not set" mean the same thing in memory and on disk.
namespace horisont::storage {

/// Text is never NULL on disk: a null QString is stored as ''.
inline QVariant text(const QString &v) { return v.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(v); }
inline QVariant to(const QString &v) { return text(v); }
inline QVariant to(bool v) { return int(v); }
inline QVariant to(int v) { return v; }
inline QVariant to(qint64 id) { return id == NoId ? QVariant() : QVariant(qlonglong(id)); }
inline QVariant to(double v) { return v; }
inline QVariant to(const QDate &d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); }
inline QVariant to(Money m) { return qlonglong(m.ore()); }
inline QVariant to(const std::optional<Money> &m) { return m ? to(*m) : QVariant(); }
inline QVariant to(const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); }
template<class E>
    requires std::is_enum_v<E>
QVariant to(E e) { return int(e); }

inline void from(const QVariant &v, QString &out) { out = v.toString(); }
inline void from(const QVariant &v, bool &out) { out = v.toInt() != 0; }
inline void from(const QVariant &v, int &out) { out = v.toInt(); }
inline void from(const QVariant &v, qint64 &out) { out = v.isNull() ? NoId : v.toLongLong(); }
inline void from(const QVariant &v, double &out) { out = v.toDouble(); }
inline void from(const QVariant &v, QDate &out)
{
    out = v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}
inline void from(const QVariant &v, Money &out) { out = Money::fromOre(v.toLongLong()); }
inline void from(const QVariant &v, std::optional<Money> &out)
{
    out = v.isNull() ? std::nullopt : std::optional<Money>(Money::fromOre(v.toLongLong()));
}
inline void from(const QVariant &v, std::optional<double> &out)
{
    out = v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}
template<class E>
    requires std::is_enum_v<E>
void from(const QVariant &v, E &out) { out = E(v.toInt()); }

/// Normalises a value that came from SQL or a caller into the exact form
/// to() produces for a field of type M, so that records compare equal
/// whatever the path they took.
template<class M>
QVariant normalised(const QVariant &v)
{
    M m{};
    from(v, m);
    return to(m);
}

} // namespace horisont::storage
