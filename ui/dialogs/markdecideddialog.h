#pragma once

#include "model/ids.h"

#include <QDialog>

class QComboBox;

namespace horisont {

class Plan;

/// Asks which decision the selected allocations rest on before they are
/// marked as decided. Offers the plan's decisions, newest first.
class MarkDecidedDialog : public QDialog
{
    Q_OBJECT
public:
    MarkDecidedDialog(const Plan &plan, int allocationCount, QWidget *parent = nullptr);

    QComboBox *decisionChoice() const { return m_decision; }
    Id decision() const;

private:
    QComboBox *m_decision;
};

} // namespace horisont
