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

} // namespace

QUndoCommand *randomEdit(PlanDocument &doc, std::mt19937 &random)
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
            if (auto *c = commands::setField(doc, kind, id, info.fields[field].name, randomValue(info.fields[field], random)))
                return c;
        } else if (what < 8) {
            Record copy = *plan.record(kind, id);
            copy.id = NoId;
            return commands::insertRecord(doc, copy, QStringLiteral("Copy"));
        } else {
            if (auto *c = commands::remove(doc, kind, {id}, QStringLiteral("Remove")))
                return c; // items with booked spending cannot be removed: try another edit
        }
    }
    return nullptr;
}

} // namespace horisont::test
