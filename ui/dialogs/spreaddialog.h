#pragma once

#include "budget/budgetcalendar.h"
#include "model/ids.h"
#include "money/money.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace horisont {

class PlanDocument;

/// Spreads an amount over the years of one grid row, or (for an
/// intervention) over organisations in one year: evenly or by weights, with
/// a preview of each target's current amount, its new amount (its part; the
/// parts always sum exactly to the amount) and the change. Only the budget
/// years the funding source may fund (BudgetCalendar::fundableYears) are
/// offered. Each target's allocations are set to its part; "Spread" writes
/// all of them as one undoable command carrying the grid's reason.
class SpreadDialog : public QDialog
{
    Q_OBJECT
public:
    /// `intervention` or `organisation` is the grid row (the other NoId);
    /// `source` the grid's source (NoId: chosen in the dialog); the years
    /// run over the grid's columns, starting at `year`.
    SpreadDialog(PlanDocument &document, Id intervention, Id organisation, Id source, int firstYear, int lastYear,
                 int year, const QString &reason, QWidget *parent = nullptr);

    QLineEdit *amountEdit() const { return m_amount; }
    QRadioButton *overYears() const { return m_overYears; }
    QRadioButton *overOrganisations() const { return m_overOrganisations; }
    QRadioButton *byWeights() const { return m_byWeights; }
    QSpinBox *fromYear() const { return m_from; }
    QSpinBox *toYear() const { return m_to; }
    QSpinBox *organisationsYear() const { return m_year; }
    QComboBox *sourceChoice() const { return m_source; }
    /// Target, included (check box), weight (editable), current amount, new amount (the part), change.
    QTableWidget *targets() const { return m_targets; }
    QLabel *message() const { return m_message; }
    /// Which years the chosen source may fund.
    QLabel *fundableNote() const { return m_fundable; }

    /// The parts of the preview (empty when the input is refused).
    const std::vector<Money> &parts() const { return m_parts; }
    /// Writes the spread (what the Spread button does); false, with message()
    /// saying why, when it is refused.
    bool apply();

private:
    enum Column { TargetColumn, WeightColumn, CurrentColumn, PartColumn, ChangeColumn, ColumnCount };
    void offerFundableYears();
    void rebuildTargets();
    void updatePreview();
    Id chosenSource() const;
    /// The allocations a target's part replaces, for the chosen source.
    Money currentAmount(qint64 target) const;

    PlanDocument &m_document;
    Id m_intervention;
    Id m_organisation;
    int m_firstYear;
    int m_lastYear;
    int m_startYear;
    QString m_reason;
    QComboBox *m_source;
    QLineEdit *m_amount;
    QRadioButton *m_overYears;
    QRadioButton *m_overOrganisations;
    QSpinBox *m_from;
    QSpinBox *m_to;
    QSpinBox *m_year;
    QRadioButton *m_evenly;
    QRadioButton *m_byWeights;
    QTableWidget *m_targets;
    QLabel *m_fundable;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    std::vector<Money> m_parts;
    BudgetYears m_fundableYears;
    std::vector<qint64> m_targetIds; ///< a year or an organisation per table row
    bool m_rebuilding = false;
};

} // namespace horisont
