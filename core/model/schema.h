#pragma once

#include "model/columns.h"
#include "model/commandtext.h"
#include "model/entities.h"
#include "model/record.h"
#include "model/storageform.h"
#include "model/textlimits.h"

#include <QList>
#include <QString>

#include <functional>
#include <vector>

namespace horisont {

enum class FieldType { Text, Integer, Boolean, Real, Date, Money, Reference, Enum };

/// What happens to an entity that refers to one being deleted.
enum class OnDelete { Cascade, Clear };

/// The type-erased description of one field: its column, type and, for a
/// reference, the kind it points to and what deleting the target does.
struct FieldMeta {
    QString name;
    /// What people call the field ("End", "Project code"): a source text
    /// translated in the context "horisont::Field" (see fieldLabel()). The
    /// form, the table headers, the change log and the commands' names
    /// ("Change end of «X»") all use it.
    const char *label = "";
    /// What a sentence calls it, same context: the label unless that is no
    /// noun ("Part of" → "Parent organisation"). Commands use it.
    const char *noun = "";
    FieldType type = FieldType::Text;
    /// For text: the most characters an edit may store (ShortTextMaxLength
    /// or, for descriptions and other long texts, LongTextMaxLength); 0 otherwise.
    qsizetype maxLength = 0;
    /// Whether NULL (no date, no id, no ceiling) is a value Horisont writes.
    /// References and dates are nullable unless marked required in
    /// schema.cpp: an owner (an activity's intervention, a link's two ends,
    /// an allocation's source) or a date every way of creating the row sets
    /// and no edit can clear. A NULL there is damage (storedValueProblem).
    bool nullable = false;
    bool isReference = false;
    EntityKind references = EntityKind::Programme;
    OnDelete onDelete = OnDelete::Clear;
    /// For an enum: how many values it has (stored values are 0 … enumCount − 1).
    int enumCount = 0;
    /// For a whole number (Integer): the values it can mean — a month 1–12,
    /// a tertial 0–3, a year within datebounds, a position from 0. For an
    /// enum 0 … enumCount − 1 and for a boolean 0 … 1 (see integerRange).
    qint64 low = 0;
    qint64 high = 0;
};

/// The values an Integer, Enum or Boolean field can hold, as [low, high].
std::pair<qint64, qint64> integerRange(const FieldMeta &field);

template<class T>
struct Field {
    FieldMeta meta;
    std::function<QVariant(const T &)> get;
    std::function<void(T &, const QVariant &)> set;
    std::function<QVariant(const QVariant &)> normalise;
};

/// Table name and fields of an entity type (defined in schema.cpp).
template<class T>
const char *tableOf();
template<class T>
const std::vector<Field<T>> &fieldsOf();

struct KindInfo {
    EntityKind kind;
    QString table;
    QList<FieldMeta> fields;
    /// Index of the field with this name, or -1.
    int fieldIndex(const QString &name) const;
};
const KindInfo &kindInfo(EntityKind kind);
/// Index of `column` among the fields of `kind`, which must have it.
int fieldIndex(EntityKind kind, const Column &column);
/// The field's label in the user's language ("Slut").
QString fieldLabel(const FieldMeta &field);
/// The field's noun (FieldMeta::noun) as words in no particular language,
/// for a command's name.
CommandText fieldNounText(const FieldMeta &field);
/// The label of `column` as `kind` names it; the column's name when `kind` has no such field.
QString fieldLabel(EntityKind kind, const QString &column);
/// The kind whose table has this name, or -1 when none.
int kindFromTable(const QString &table);

template<class T>
Record toRecord(const T &entity)
{
    Record r{kindOf<T>, entity.id, {}};
    const auto &fields = fieldsOf<T>();
    r.values.reserve(qsizetype(fields.size()));
    for (const auto &f : fields)
        r.values.append(f.get(entity));
    return r;
}

template<class T>
T fromRecord(const Record &r)
{
    T entity{};
    entity.id = r.id;
    const auto &fields = fieldsOf<T>();
    for (std::size_t i = 0; i < fields.size() && qsizetype(i) < r.values.size(); ++i)
        fields[i].set(entity, r.values[qsizetype(i)]);
    return entity;
}

/// Brings a value for field `field` of `kind` into its canonical storage form.
QVariant normaliseField(EntityKind kind, int field, const QVariant &value);

} // namespace horisont
