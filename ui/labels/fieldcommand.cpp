#include "labels/fieldcommand.h"

#include "edit/commands.h"
#include "labels/labels.h"

#include <QCoreApplication>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PropertyPanel)
};
} // namespace

EditCommand *setFieldCommand(PlanDocument &document, EntityKind kind, Id id, const QString &field,
                             const QVariant &value, QString *error)
{
    EditCommand *command =
        commands::setField(document, kind, id, field, value, error, QString(), Labels::field(kind, field));
    if (command)
        command->setText(Tr::tr("Change %1").arg(Labels::field(kind, field).toLower()));
    return command;
}

} // namespace horisont
