#include "programmelogic/logiclinkeditor.h"

#include "document/plandocument.h"
#include "edit/commands.h"
#include "model/commandtext.h"
#include "labels/labels.h"
#include "plan/plan.h"
#include "programmelogic/logiclayout.h"

namespace horisont {
namespace {
/// Stored under the diagram's context, where these commands were first
/// named, so a change log written then still reads translated.
CommandText linkCommandText(const char *source)
{
    return CommandText("horisont::LogicDiagram", source);
}
} // namespace

LogicLinkEditor::LogicLinkEditor(PlanDocument &document, QObject *parent) : QObject(parent), m_document(document)
{}

bool LogicLinkEditor::canLink(const LogicLayout &layout, int from, int to, QString *why)
{
    const QList<LogicNode> &nodes = layout.nodes();
    if (from < 0 || to < 0 || from >= nodes.size() || to >= nodes.size())
        return false;
    if (nodes[from].kind != EntityKind::Intervention
        || (nodes[to].kind != EntityKind::Cause && nodes[to].kind != EntityKind::Goal)) {
        if (why)
            *why = tr("Drag from an intervention to a cause or a goal to link them.");
        return false;
    }
    if (layout.linkBetween(from, to) >= 0) {
        if (why)
            *why = tr("\"%1\" is already linked to \"%2\".").arg(nodes[from].name, nodes[to].name);
        return false;
    }
    return true;
}

QList<LogicLinkEditor::Choice> LogicLinkEditor::linkChoices(const LogicLayout &layout, int from)
{
    QList<Choice> choices;
    const QList<LogicNode> &nodes = layout.nodes();
    for (int to = 0; to < nodes.size(); ++to) { // column by column: the causes before the goals
        if (canLink(layout, from, to, nullptr))
            choices << Choice{nodes[to].kind, nodes[to].id,
                              Labels::kind(nodes[to].kind) + QStringLiteral(": ") + nodes[to].name};
    }
    return choices;
}

QList<LogicLinkEditor::Choice> LogicLinkEditor::unlinkChoices(const LogicLayout &layout, int from)
{
    QList<Choice> choices;
    if (from < 0 || from >= layout.nodes().size() || layout.nodes()[from].kind != EntityKind::Intervention)
        return choices;
    for (const LogicLink &link : layout.links()) {
        if (!link.removable() || (link.left != from && link.right != from))
            continue;
        const LogicNode &other = layout.nodes()[link.left == from ? link.right : link.left];
        choices << Choice{link.kind, link.id, Labels::kind(other.kind) + QStringLiteral(": ") + other.name};
    }
    return choices;
}

bool LogicLinkEditor::createLink(const LogicLayout &layout, Id intervention, EntityKind kind, Id target)
{
    const int from = layout.indexOf(EntityKind::Intervention, intervention);
    const int to = layout.indexOf(kind, target);
    QString why;
    if (!canLink(layout, from, to, &why)) {
        Q_EMIT statusMessage(why.isEmpty() ? tr("Drag from an intervention to a cause or a goal to link them.") : why);
        return false;
    }
    if (m_document.isReadOnly()) {
        Q_EMIT statusMessage(m_document.readOnlyReason());
        return false;
    }
    EditCommand *command = kind == EntityKind::Cause
                               ? commands::insert(m_document, InterventionCause{NoId, intervention, target, QString()},
                                                  linkCommandText(QT_TRANSLATE_NOOP("horisont::LogicDiagram", "Link intervention to cause")))
                               : commands::insert(m_document, InterventionGoal{NoId, intervention, target, QString()},
                                                  linkCommandText(QT_TRANSLATE_NOOP("horisont::LogicDiagram", "Link intervention to goal")));
    if (!command || !m_document.execute(command)) {
        Q_EMIT statusMessage(m_document.lastError());
        return false;
    }
    Q_EMIT statusMessage(tr("Linked \"%1\" to \"%2\".")
                             .arg(Labels::entityName(m_document.plan(), EntityKind::Intervention, intervention),
                                  Labels::entityName(m_document.plan(), kind, target)));
    return true;
}

bool LogicLinkEditor::removeLink(EntityKind kind, Id id)
{
    if (id == NoId) {
        Q_EMIT statusMessage(tr("Select a link between an intervention and a cause or goal to delete it."));
        return false;
    }
    if (m_document.isReadOnly()) {
        Q_EMIT statusMessage(m_document.readOnlyReason());
        return false;
    }
    QString error;
    EditCommand *command = commands::remove(m_document, kind, {id}, linkCommandText(QT_TRANSLATE_NOOP("horisont::LogicDiagram", "Remove link")), &error);
    if (!command || !m_document.execute(command)) {
        Q_EMIT statusMessage(error.isEmpty() ? m_document.lastError() : error);
        return false;
    }
    return true;
}

} // namespace horisont
