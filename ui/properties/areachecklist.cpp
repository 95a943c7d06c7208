#include "properties/areachecklist.h"

#include "document/plandocument.h"
#include "edit/structurecommands.h"
#include "plan/plan.h"

namespace horisont {

AreaChecklist::AreaChecklist(PlanDocument &document, EntityKind ownerKind, Id owner, QWidget *parent)
    : QListWidget(parent), m_document(document), m_ownerKind(ownerKind), m_owner(owner)
{
    setObjectName(QStringLiteral("areaChecklist"));
    setAccessibleName(ownerKind == EntityKind::Problem ? tr("Areas where the problem shows")
                                                       : tr("Targeted areas"));
    setEnabled(!document.isReadOnly());
    const Plan &plan = document.plan();
    const auto follow = [this](EntityKind kind, Id) {
        if (kind == EntityKind::Area || kind == EntityKind::InterventionArea || kind == EntityKind::ProblemArea)
            refresh();
    };
    connect(&plan, &Plan::inserted, this, follow);
    connect(&plan, &Plan::removed, this, follow);
    connect(&plan, &Plan::changed, this, follow);
    connect(this, &QListWidget::itemChanged, this, [this] {
        if (!m_refreshing)
            commit();
    });
    refresh();
}

QList<Id> AreaChecklist::linkedAreas() const
{
    QList<Id> areas;
    const Plan &plan = m_document.plan();
    if (m_ownerKind == EntityKind::Problem) {
        for (const ProblemArea &link : plan.all<ProblemArea>())
            if (link.problemId == m_owner)
                areas << link.areaId;
    } else {
        for (const InterventionArea &link : plan.all<InterventionArea>())
            if (link.interventionId == m_owner)
                areas << link.areaId;
    }
    return areas;
}

QList<Id> AreaChecklist::checkedAreas() const
{
    QList<Id> areas;
    for (int row = 0; row < count(); ++row) {
        if (item(row)->checkState() == Qt::Checked)
            areas << item(row)->data(Qt::UserRole).toLongLong();
    }
    return areas;
}

void AreaChecklist::refresh()
{
    m_refreshing = true;
    clear();
    const QList<Id> linked = linkedAreas();
    for (const Area &area : m_document.plan().all<Area>()) {
        auto *item = new QListWidgetItem(area.name, this);
        item->setData(Qt::UserRole, qlonglong(area.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(linked.contains(area.id) ? Qt::Checked : Qt::Unchecked);
    }
    // Tall enough for every area without an inner scroll bar in the narrow dock.
    setFixedHeight(qMax(1, count()) * sizeHintForRow(0) + 2 * frameWidth() + 2);
    m_refreshing = false;
}

void AreaChecklist::commit()
{
    const QList<Id> areas = checkedAreas();
    EditCommand *command = m_ownerKind == EntityKind::Problem
                               ? structure::setProblemAreas(m_document, m_owner, areas)
                               : structure::setAreas(m_document, m_owner, areas);
    if (command && !m_document.execute(command)) {
        Q_EMIT statusMessage(m_document.lastError());
        refresh();
    }
}

} // namespace horisont
