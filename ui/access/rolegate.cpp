#include "access/rolegate.h"

#include "document/plandocument.h"
#include "document/serverlink.h"
#include "model/schema.h"

#include <QAction>
#include <QCoreApplication>
#include <QWidget>

namespace horisont::rolegate {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::RoleGate)
};

QString tableOf(Work work)
{
    switch (work) {
    case Work::LedgerImport: return QStringLiteral("import_batch");
    case Work::Versions: return QStringLiteral("plan_version");
    }
    return {};
}

bool roleMayWrite(const PlanDocument &document, const QString &table)
{
    ServerLink *link = document.serverLink();
    if (!link)
        return true;
    const auto role = link->store().role();
    return role && serverroles::mayWrite(*role, table);
}

QString whyNotTable(const PlanDocument &document, const QString &table)
{
    ServerLink *link = document.serverLink();
    if (!link || roleMayWrite(document, table))
        return {};
    const auto role = link->store().role();
    if (!role)
        return {}; // no role at all: the read-only bar says so
    const QString plan = link->address().describe();
    const QString yours = roleLabel(*role);
    switch (serverroles::leastWriter(table).value_or(serverroles::Role::Owner)) {
    case serverroles::Role::Reader:
    case serverroles::Role::Editor:
        return Tr::tr("Only an editor, a controller or an owner of %1 may change this; your role is %2.").arg(plan, yours);
    case serverroles::Role::Controller:
        return Tr::tr("Only a controller or an owner of %1 may change this; your role is %2.").arg(plan, yours);
    case serverroles::Role::Owner:
        return Tr::tr("Only an owner of %1 may do this; your role is %2.").arg(plan, yours);
    }
    return {};
}

void gateWith(QWidget &control, bool allowed, const QString &why)
{
    control.setEnabled(allowed);
    if (!why.isEmpty())
        control.setToolTip(why);
}

} // namespace

bool mayChange(const PlanDocument &document, EntityKind kind)
{
    const ServerLink *link = document.serverLink();
    return !document.isReadOnly() && (!link || link->mayChange(kind));
}

bool mayDo(const PlanDocument &document, Work work)
{
    return !document.isReadOnly() && roleMayWrite(document, tableOf(work));
}

QString whyNot(const PlanDocument &document, EntityKind kind)
{
    return whyNotTable(document, kindInfo(kind).table);
}

QString whyNot(const PlanDocument &document, Work work)
{
    return whyNotTable(document, tableOf(work));
}

void gate(QWidget &control, const PlanDocument &document, EntityKind kind, bool otherwise)
{
    gateWith(control, otherwise && mayChange(document, kind), whyNot(document, kind));
}

void gate(QWidget &control, const PlanDocument &document, Work work, bool otherwise)
{
    gateWith(control, otherwise && mayDo(document, work), whyNot(document, work));
}

void gate(QAction &action, const PlanDocument *document, Work work, bool otherwise)
{
    action.setEnabled(document && otherwise && mayDo(*document, work));
    if (document)
        action.setToolTip(whyNot(*document, work));
}

QString roleLabel(serverroles::Role role)
{
    switch (role) {
    case serverroles::Role::Reader: return Tr::tr("reader");
    case serverroles::Role::Editor: return Tr::tr("editor");
    case serverroles::Role::Controller: return Tr::tr("controller");
    case serverroles::Role::Owner: return Tr::tr("owner");
    }
    return {};
}

} // namespace horisont::rolegate
