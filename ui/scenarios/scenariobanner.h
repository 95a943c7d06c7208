#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace horisont {

class PlanDocument;

/// The blue bar above the views while the window works in a scenario: it
/// names the scenario, says the plan is unchanged, and offers the way back
/// and promotion.
class ScenarioBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ScenarioBanner(QWidget *parent = nullptr);

    /// Shows the bar for the document's scenario, or hides it.
    void showFor(const PlanDocument *document);
    QLabel *textLabel() const { return m_text; }

Q_SIGNALS:
    void backToPlanRequested();
    void promoteRequested();

private:
    QLabel *m_text;
    QPushButton *m_back;
    QPushButton *m_promote;
};

} // namespace horisont
