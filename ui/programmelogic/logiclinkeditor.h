#pragma once

#include "model/ids.h"

#include <QObject>

namespace horisont {

class LogicLayout;
class PlanDocument;

/// Links an intervention to a cause or goal, and removes such a link, each as
/// one undoable command through core's generic insert and remove. Only those
/// two kinds of link can be drawn in the diagram, so only they are offered;
/// every outcome, done or refused, is said through statusMessage.
class LogicLinkEditor : public QObject
{
    Q_OBJECT
public:
    explicit LogicLinkEditor(PlanDocument &document, QObject *parent = nullptr);

    /// Whether node `from` of `layout` may be linked to node `to`: an
    /// intervention to a cause or goal it is not linked to yet.
    static bool canLink(const LogicLayout &layout, int from, int to, QString *why);
    bool createLink(const LogicLayout &layout, Id intervention, EntityKind kind, Id target);
    /// Removes an InterventionCause or InterventionGoal; id NoId asks for a selection.
    bool removeLink(EntityKind kind, Id id);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    PlanDocument &m_document;
};

} // namespace horisont
