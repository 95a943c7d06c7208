#pragma once

#include "versions/planscenarios.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace horisont {

class PlanDocument;

/// Scenarios ▸ New Scenario…: a name and what to make it of (the plan or a
/// version). core's nameProblem is shown as the name is typed, with Create
/// disabled; accepting calls planscenarios::create.
class NewScenarioDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewScenarioDialog(PlanDocument &document, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *basisCombo() const { return m_basis; }
    QCheckBox *workInItCheck() const { return m_workInIt; }
    QPushButton *createButton() const { return m_create; }
    QLabel *problemLabel() const { return m_problem; }

    /// The scenario made, once accepted.
    const std::optional<PlanScenario> &created() const { return m_created; }
    bool workInIt() const;

    void accept() override;

private:
    void updateProblem();

    PlanDocument &m_document;
    QLineEdit *m_name;
    QComboBox *m_basis;
    QCheckBox *m_workInIt;
    QLabel *m_problem;
    QPushButton *m_create;
    std::optional<PlanScenario> m_created;
};

} // namespace horisont
