#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace horisont {

class ForecastModel;
class MonthlyActualsIndex;
class PlanDocument;

/// The follow-up's forecast tab: per year, for the whole programme or one
/// funding source, the entered forecast (typed in the table, one undoable
/// command) beside a run-rate suggestion that "Use suggestion" takes.
class ForecastTab : public QWidget
{
    Q_OBJECT
public:
    explicit ForecastTab(PlanDocument &document, QWidget *parent = nullptr);

    QComboBox *scope() const { return m_scope; }
    QTableView *table() const { return m_table; }
    ForecastModel *model() const { return m_model; }
    QPushButton *takeSuggestionButton() const { return m_takeSuggestion; }

    void refresh(const MonthlyActualsIndex &actuals, int firstYear, int lastYear);

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// The scope changed or a suggestion was taken: the table is out of date.
    void optionsChanged();

private:
    void takeSuggestion();

    PlanDocument &m_document;
    QComboBox *m_scope;
    ForecastModel *m_model;
    QTableView *m_table;
    QPushButton *m_takeSuggestion;
    QLabel *m_note;
};

} // namespace horisont
