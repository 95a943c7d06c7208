#include "models/structurecelledit.h"

#include "edit/commands.h"
#include "edit/dateedits.h"
#include "edit/responsibilitycommands.h"
#include "edit/structurecommands.h"
#include "model/schema.h"
#include "models/structuremodel.h"

#include <QCoreApplication>
#include <QDate>

namespace horisont {
namespace {
// These texts were written in StructureModel; the catalogue knows them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::StructureModel)
};
} // namespace

EditCommand *StructureCellEdit::command(PlanDocument &document, EntityKind kind, Id id, int column,
                                        const QVariant &value, QString *refusal)
{
    switch (column) {
    case StructureModel::Name:
        return commands::setField(document, kind, id, columns::name, value.toString(), refusal);
    case StructureModel::Start:
    case StructureModel::End: {
        const QDate date = value.toDate();
        if (!date.isValid()) {
            *refusal = Tr::tr("\"%1\" is not a date.").arg(value.toString());
            return nullptr;
        }
        return column == StructureModel::Start ? dates::setStart(document, kind, id, date, refusal)
                                               : dates::setLastDay(document, kind, id, date, refusal);
    }
    case StructureModel::Responsible:
        return responsibilities::setAccountable(document, id, value.toLongLong());
    case StructureModel::Areas: {
        QList<Id> areas;
        for (const QVariant &area : value.toList())
            areas << area.toLongLong();
        return structure::setAreas(document, id, areas);
    }
    case StructureModel::Status:
        return commands::setField(document, kind, id, columns::status, value.toInt(), refusal);
    default:
        return nullptr;
    }
}

} // namespace horisont
