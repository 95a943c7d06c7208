#include "randomedits.h"

#include "edit/commands.h"
#include "model/schema.h"

namespace horisont::test {
namespace {

QVariant randomValue(const FieldMeta &field, std::mt19937 &random)
{
    switch (field.type) {
    case FieldType::Text:
        return QStringLiteral("text-%1").arg(random() % 100000);
    case FieldType::Integer:
        return int(random() % 3);
    case FieldType::Enum:
        return int(random() % unsigned(field.enumCount));
    case FieldType::Boolean:
        return int(random() % 2);
    case FieldType::Real:
        return double(random() % 1000) / 4.0;
    case FieldType::Date:
        return QDate(2018, 1, 1).addDays(random() % 5000);
    case FieldType::Money:
        return qlonglong(random() % 100'000'000);
    case FieldType::Reference:
        break;
    }
    return {};
}

QUndoCommand *randomGenericEdit(PlanDocument &doc, std::mt19937 &random, RandomEdit *drawn)
{
    const Plan &plan = doc.plan();
    for (int attempt = 0; attempt < 100; ++attempt) {
        const auto kind = EntityKind(random() % EntityKindCount);
        const std::size_t count = plan.count(kind);
        if (count == 0)
            continue;
        Id id = NoId;
        withKind(kind, [&]<class T>() { id = plan.all<T>().items()[random() % count].id; });
        const KindInfo &info = kindInfo(kind);
        const unsigned what = random() % 10;
        if (what < 6 || kind == EntityKind::Programme) {
            const int field = int(random() % info.fields.size());
            if (info.fields[field].isReference)
                continue;
            *drawn = RandomEdit::Field;
            if (auto *c = commands::setField(doc, kind, id, info.fields[field].name, randomValue(info.fields[field], random)))
                return c;
        } else if (what < 8) {
            Record copy = *plan.record(kind, id);
            copy.id = NoId;
            *drawn = RandomEdit::Copy;
            return commands::insertRecord(doc, copy, CommandText::verbatim(QStringLiteral("Copy")));
        } else {
            *drawn = RandomEdit::Remove;
            if (auto *c = commands::remove(doc, kind, {id}, CommandText::verbatim(QStringLiteral("Remove"))))
                return c; // items with booked spending cannot be removed: try another edit
        }
    }
    return nullptr;
}

} // namespace

QUndoCommand *randomEdit(PlanDocument &doc, std::mt19937 &random, RandomEdit *drawn)
{
    RandomEdit kind = RandomEdit::Field;
    // Two in five are domain edits, each kind as likely; when the plan
    // offers none of the kind drawn, a generic edit is made instead.
    if (random() % 5 < 2) {
        const int first = int(RandomEdit::Paste);
        kind = RandomEdit(first + int(random() % unsigned(int(RandomEdit::Count) - first)));
        if (QUndoCommand *c = randomDomainEdit(doc, kind, random)) {
            if (drawn)
                *drawn = kind;
            return c;
        }
    }
    QUndoCommand *c = randomGenericEdit(doc, random, &kind);
    if (drawn)
        *drawn = kind;
    return c;
}

} // namespace horisont::test
