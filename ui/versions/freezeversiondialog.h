#pragma once

#include "versions/planversions.h"

#include <QDialog>

#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace horisont {

class PlanDocument;

/// Versions ▸ Freeze Version…: a name and, optionally, the decision that
/// adopted the plan (body, date, reference). What core's freezeProblem says
/// is shown under the fields as they are typed, with OK disabled; accepting
/// calls planversions::freeze, and a refusal is shown in a message box.
class FreezeVersionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FreezeVersionDialog(PlanDocument &document, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *bodyEdit() const { return m_body; }
    /// At its minimum (shown as "none") the decision has no date.
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *referenceEdit() const { return m_reference; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *freezeButton() const { return m_freeze; }

    VersionDecision decision() const;
    /// The version made, once accepted.
    const std::optional<PlanVersion> &frozen() const { return m_frozen; }

    void accept() override;

private:
    void updateProblem();

    PlanDocument &m_document;
    QLineEdit *m_name;
    QLineEdit *m_body;
    QDateEdit *m_date;
    QLineEdit *m_reference;
    QLabel *m_problem;
    QPushButton *m_freeze;
    std::optional<PlanVersion> m_frozen;
};

} // namespace horisont
