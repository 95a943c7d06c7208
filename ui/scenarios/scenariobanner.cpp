#include "scenarios/scenariobanner.h"

#include "document/plandocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace horisont {

ScenarioBanner::ScenarioBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_back(new QPushButton(tr("Back to the Plan"), this)),
      m_promote(new QPushButton(tr("Promote to Plan…"), this))
{
    setObjectName(QStringLiteral("scenarioBanner"));
    setStyleSheet(QStringLiteral("#scenarioBanner { background: #dcebfa; border-bottom: 1px solid #8fb8e3; }"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_back->setObjectName(QStringLiteral("backToPlan"));
    m_promote->setObjectName(QStringLiteral("promoteFromBanner"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_back);
    layout->addWidget(m_promote);
    connect(m_back, &QPushButton::clicked, this, &ScenarioBanner::backToPlanRequested);
    connect(m_promote, &QPushButton::clicked, this, &ScenarioBanner::promoteRequested);
    hide();
}

void ScenarioBanner::showFor(const PlanDocument *document)
{
    if (!document || !document->workingScenario()) {
        hide();
        return;
    }
    const PlanScenario &s = *document->workingScenario();
    const QString basis = s.basedOn.isEmpty() ? tr("made of the plan") : tr("made of version «%1»").arg(s.basedOn);
    m_text->setText(tr("Scenario «%1» (%2, %3 by %4): edits, undo and the change log apply to the scenario; the plan "
                       "is unchanged. The ledger is the plan's.")
                        .arg(s.name, basis, s.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")),
                             s.createdBy));
    m_promote->setEnabled(!document->isReadOnly());
    show();
}

} // namespace horisont
