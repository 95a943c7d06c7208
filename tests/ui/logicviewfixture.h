#pragma once

// The fixture of the programme-logic tests: the Logic and follow-up view on
// a fresh copy of the Umeå demo plan, shown offscreen, its diagram checking
// gaps as of the demo's day.
#include "programmelogic/logicdiagram.h"
#include "selection/planselection.h"
#include "uitestsupport.h"
#include "views/logicview.h"

#include <QTabWidget>
#include <QtTest>

#include <memory>

namespace horisont::test {

/// How many links join an intervention to a goal (0 or 1 in a sound plan).
inline int linksBetween(const Plan &plan, Id intervention, Id goal)
{
    int n = 0;
    for (const InterventionGoal &l : plan.all<InterventionGoal>())
        n += l.interventionId == intervention && l.goalId == goal ? 1 : 0;
    return n;
}

class LogicViewFixture : public DemoQtTest
{
protected:
    void prepare() override
    {
        m_selection = std::make_unique<PlanSelection>();
        m_view = std::make_unique<LogicView>(*m_doc, *m_selection);
        m_view->resize(1400, 900);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_diagram = m_view->diagram();
        QCOMPARE(m_view->tabs()->currentWidget(), m_diagram);
        m_diagram->setAsOf(QDate(2026, 11, 25));
    }
    void release() override
    {
        m_view.reset();
        m_selection.reset();
    }

    std::unique_ptr<PlanSelection> m_selection;
    std::unique_ptr<LogicView> m_view;
    LogicDiagram *m_diagram = nullptr;
};

} // namespace horisont::test
