#pragma once

#include "model/ids.h"

#include <QList>
#include <QObject>
#include <QString>

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
    /// One entry of the keyboard's link or unlink list: a cause or goal to
    /// link to, or a link (InterventionCause/InterventionGoal) to remove.
    struct Choice {
        EntityKind kind = EntityKind::Programme;
        Id id = NoId;
        QString text; ///< "Cause: …", "Goal: …"
    };

    explicit LogicLinkEditor(PlanDocument &document, QObject *parent = nullptr);

    /// Whether node `from` of `layout` may be linked to node `to`: an
    /// intervention to a cause or goal it is not linked to yet.
    static bool canLink(const LogicLayout &layout, int from, int to, QString *why);
    bool createLink(const LogicLayout &layout, Id intervention, EntityKind kind, Id target);
    /// The causes and goals node `from` (an intervention) may be linked to, causes first.
    static QList<Choice> linkChoices(const LogicLayout &layout, int from);
    /// The links of node `from` (an intervention) that can be removed, named by their other end.
    static QList<Choice> unlinkChoices(const LogicLayout &layout, int from);
    /// Removes an InterventionCause or InterventionGoal; id NoId asks for a selection.
    bool removeLink(EntityKind kind, Id id);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    PlanDocument &m_document;
};

} // namespace horisont
