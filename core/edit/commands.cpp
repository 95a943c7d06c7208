#include "edit/commands.h"

#include "edit/commandname.h"
#include "edit/dateedits.h"
#include "ledger/ledger.h"
#include "model/columns.h"
#include "model/messagelocale.h"
#include "store/storedvalue.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <array>

namespace horisont::commands {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::commands)
};
} // namespace

QString unchangedMessage()
{
    return Tr::tr("The value is unchanged.");
}

Outcome execute(PlanDocument &document, EditCommand *command, const QString &builderError)
{
    if (!command) {
        if (builderError.isEmpty() || builderError == unchangedMessage())
            return {Outcome::Unchanged, {}};
        return {Outcome::Refused, builderError};
    }
    if (!document.execute(command))
        return {Outcome::Refused, document.lastError()};
    return {Outcome::Applied, {}};
}

QString tooLongMessage(const FieldMeta &field, const QVariant &value, const QString &shownAs)
{
    if (field.maxLength <= 0 || value.typeId() != QMetaType::QString)
        return {};
    const qsizetype length = value.toString().size();
    if (length <= field.maxLength)
        return {};
    return Tr::tr("%1: the text is too long (%2 characters); at most %3 are allowed.")
        .arg(shownAs.isEmpty() ? fieldLabel(field) : shownAs)
        .arg(length)
        .arg(field.maxLength);
}

namespace {
/// A start, an end or a milestone flag is never set alone: the one date
/// rule decides what else moves with it and whether it may.
EditCommand *dateFieldCommand(PlanDocument &document, EntityKind kind, Id id, const QString &fieldName,
                              const QVariant &value, QString *error, const QString &reason)
{
    QString why;
    EditCommand *command = nullptr;
    if (fieldName == columns::milestone) {
        command = dates::setMilestone(document, id, value.toInt() != 0, &why);
    } else {
        QDate date;
        storage::from(value, date);
        command = fieldName == columns::start ? dates::setStart(document, kind, id, date, &why)
                                                      : dates::setEnd(document, kind, id, date, &why);
    }
    if (!command && error)
        *error = why.isEmpty() ? unchangedMessage() : why;
    if (command)
        command->setReason(reason);
    return command;
}
} // namespace

EditCommand *setField(PlanDocument &document, EntityKind kind, Id id, const QString &fieldName,
                      const QVariant &value, QString *error, const QString &reason)
{
    const KindInfo &info = kindInfo(kind);
    const int field = info.fieldIndex(fieldName);
    const std::optional<Record> current = document.plan().record(kind, id);
    if (field < 0 || !current) {
        if (error)
            *error = Tr::tr("There is no %1 %2 with a field \"%3\".").arg(info.table).arg(id).arg(fieldName);
        return nullptr;
    }
    const QVariant oldValue = current->values.at(field);
    const bool isName = info.fields.at(field).name == columns::name;
    // A name is what lists sort and search by: stored without the blanks typed around it.
    const QVariant newValue =
        normaliseField(kind, field, isName && value.typeId() == QMetaType::QString ? value.toString().trimmed() : value);
    // The same rule as for a row read from a file: an edit can never write a
    // value that the next opening would refuse as damage.
    if (const QString problem = storedValueProblem(info.fields.at(field), newValue); !problem.isEmpty()) {
        if (error)
            *error = Tr::tr("%1: %2").arg(fieldLabel(info.fields.at(field)), problem);
        return nullptr;
    }
    if (const QString tooLong = tooLongMessage(info.fields.at(field), newValue); !tooLong.isEmpty()) {
        if (error)
            *error = tooLong;
        return nullptr;
    }
    // Everything is found, listed and named by its name: an edit never
    // blanks one, wherever it is typed.
    if (isName && newValue.toString().isEmpty()) {
        if (error)
            *error = Tr::tr("A name cannot be empty.");
        return nullptr;
    }
    if (oldValue == newValue && oldValue.isNull() == newValue.isNull()) {
        if (error)
            *error = unchangedMessage();
        return nullptr;
    }
    if (dates::isDateField(kind, fieldName))
        return dateFieldCommand(document, kind, id, fieldName, newValue, error, reason);
    return new EditCommand(&document, commandname::changeField(document.plan(), kind, id, info.fields.at(field)),
                           {Change::update(kind, id, field, oldValue, newValue)}, reason);
}

EditCommand *insertRecord(PlanDocument &document, Record record, const CommandText &text, QString *error)
{
    const KindInfo &info = kindInfo(record.kind);
    for (int i = 0; i < record.values.size(); ++i) {
        record.values[i] = normaliseField(record.kind, i, record.values[i]);
        if (const QString tooLong = tooLongMessage(info.fields.value(i), record.values[i]);
            !tooLong.isEmpty()) {
            if (error)
                *error = tooLong;
            return nullptr;
        }
    }
    if (record.id == NoId)
        record.id = document.plan().allocateId(record.kind);
    return new EditCommand(&document, text, {Change::insert(record)});
}

ChangeList removalChanges(const Plan &plan, EntityKind kind, const QList<Id> &ids)
{
    // Discover everything to remove kind by kind. References only point to
    // earlier kinds or to the same kind (parent links), so one pass in kind
    // order, repeated within a kind until nothing new turns up, finds all.
    std::array<QList<Id>, EntityKindCount> removeOrder; // discovery order: parents first
    std::array<QSet<Id>, EntityKindCount> removing;
    for (Id id : ids) {
        if (plan.contains(kind, id) && !removing[std::size_t(kind)].contains(id)) {
            removing[std::size_t(kind)].insert(id);
            removeOrder[std::size_t(kind)].append(id);
        }
    }
    ChangeList clears;
    QSet<QString> cleared; // a parent-link pass may meet the same reference again
    forEachKind([&]<class T>() {
        const auto &fields = fieldsOf<T>();
        const std::size_t self = std::size_t(kindOf<T>);
        bool grew = true;
        while (grew) {
            grew = false;
            for (const T &e : plan.all<T>()) {
                if (removing[self].contains(e.id))
                    continue;
                for (std::size_t f = 0; f < fields.size(); ++f) {
                    const FieldMeta &meta = fields[f].meta;
                    if (!meta.isReference)
                        continue;
                    const QVariant target = fields[f].get(e);
                    if (target.isNull() || !removing[std::size_t(meta.references)].contains(target.toLongLong()))
                        continue;
                    if (meta.onDelete == OnDelete::Cascade) {
                        removing[self].insert(e.id);
                        removeOrder[self].append(e.id);
                        grew = grew || meta.references == kindOf<T>;
                        break;
                    }
                    const QString key = QStringLiteral("%1/%2/%3").arg(int(kindOf<T>)).arg(e.id).arg(f);
                    if (!cleared.contains(key)) {
                        cleared.insert(key);
                        clears.append(Change::update(kindOf<T>, e.id, int(f), target, QVariant()));
                    }
                }
            }
        }
    });
    // Clears of entities that are themselves removed are pointless (and would
    // fail once the entity is gone).
    ChangeList changes;
    for (const Change &c : clears) {
        if (!removing[std::size_t(c.record.kind)].contains(c.record.id))
            changes.append(c);
    }
    for (int k = EntityKindCount - 1; k >= 0; --k) {
        const QList<Id> &order = removeOrder[std::size_t(k)];
        for (auto it = order.crbegin(); it != order.crend(); ++it)
            changes.append(Change::remove(*plan.record(EntityKind(k), *it)));
    }
    return changes;
}

namespace {
QString bookedRefusal(EntityKind deleted, EntityKind booked, qint64 count, Money sum)
{
    // The advice must be one the user can follow for what they tried to
    // delete: only interventions have a status to set to cancelled.
    const QString amount = sum.format(messageLocale());
    if (deleted == EntityKind::Intervention && booked == EntityKind::Intervention)
        return Tr::tr("Cannot delete: %n ledger transaction(s) totalling %1 are booked on what would be deleted. "
                      "Set its status to cancelled instead, so that the spending stays accounted for.",
                      nullptr, int(count))
            .arg(amount);
    if (deleted == EntityKind::Phase && booked == EntityKind::Intervention)
        return Tr::tr("Cannot delete: spending of %1 in the ledger is booked on interventions of this phase. "
                      "Move those interventions to another phase first, or keep the phase and set their status "
                      "to cancelled, so that the spending stays accounted for.")
            .arg(amount);
    if (booked == EntityKind::Organisation)
        return Tr::tr("Cannot delete: spending of %1 in the ledger is booked on the organisation. Keep it, so that "
                      "the spending stays accounted for; rename it if it has been merged into another. If the "
                      "spending was booked on it by mistake, remove that ledger import (Audit trail ▸ Remove "
                      "import…).")
            .arg(amount);
    if (booked == EntityKind::FundingSource)
        return Tr::tr("Cannot delete: spending of %1 in the ledger is booked on the funding source. Keep it, so "
                      "that the spending stays accounted for, and end its valid period if no more is to be planned "
                      "on it. If the spending was booked on it by mistake, remove that ledger import (Audit trail "
                      "▸ Remove import…).")
            .arg(amount);
    return Tr::tr("Cannot delete: spending of %1 in the ledger is booked on what would be deleted. Keep it, so "
                  "that the spending stays accounted for.")
        .arg(amount);
}
} // namespace

EditCommand *remove(PlanDocument &document, EntityKind kind, const QList<Id> &ids, const CommandText &text,
                    QString *error)
{
    ChangeList changes = removalChanges(document.plan(), kind, ids);
    if (changes.isEmpty()) {
        if (error)
            *error = Tr::tr("There is nothing to delete.");
        return nullptr;
    }
    QHash<EntityKind, QList<Id>> removed;
    for (const Change &c : changes) {
        if (c.type == Change::Type::Remove)
            removed[c.record.kind].append(c.record.id);
    }
    const Ledger ledger(document.store());
    for (EntityKind booked : {EntityKind::Organisation, EntityKind::Intervention, EntityKind::FundingSource}) {
        const auto [count, sum] = ledger.bookedOn(booked, removed.value(booked));
        if (count > 0) {
            if (error)
                *error = bookedRefusal(kind, booked, count, sum);
            return nullptr;
        }
    }
    return new EditCommand(&document, text, std::move(changes));
}

EditCommand *remove(PlanDocument &document, EntityKind kind, const QList<Id> &ids, QString *error)
{
    const CommandText some{"horisont::commands", QT_TRANSLATE_N_NOOP("horisont::commands", "Delete %n item(s)"),
                           int(ids.size())};
    if (ids.size() != 1)
        return remove(document, kind, ids, some, error);
    const CommandText one{"horisont::commands", QT_TRANSLATE_NOOP("horisont::commands", "Delete «%1»")};
    return remove(document, kind, ids, commandname::named(document.plan(), kind, ids.first(), one, some), error);
}

} // namespace horisont::commands
