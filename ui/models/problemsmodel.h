#pragma once

#include "check/finding.h"
#include "check/versioncheck.h"
#include "ledger/ledger.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QDate>
#include <QTimer>

namespace horisont {

class PlanDocument;

/// The findings of checkPlan() for one document, one per row, kept up to
/// date as the plan changes. Changes are coalesced (a command that touches
/// many entities leads to one check) and applied as row insertions and
/// removals, so views keep their selection and scroll position.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Severity, Problem, Item, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SeverityRole = Qt::UserRole + 1, ///< int(Finding::Severity) in every column
        SortRole,                        ///< severity rank in column Severity, display text elsewhere
    };

    explicit ProblemsModel(PlanDocument &document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The date the date-dependent checks look from (default: today()).
    void setAsOf(const QDate &asOf);
    const Finding &findingAt(int row) const { return m_findings.at(row); }
    const Findings &findings() const { return m_findings; }

    int errorCount() const { return m_counts[0]; }
    int warningCount() const { return m_counts[1]; }
    int noteCount() const { return m_counts[2]; }

    /// "2 errors, 3 warnings", "1 note", or "No problems found" when the plan passes every check.
    QString summaryText() const;

    /// "Error", "Warning" or "Note".
    static QString severityText(Finding::Severity severity);

    /// Runs a pending check now instead of when control returns to the event loop.
    void recomputeNow();

Q_SIGNALS:
    void countsChanged(int errors, int warnings);

private:
    void scheduleRecompute();
    void resetAll();
    Findings check() const;
    QString itemText(const Finding &finding) const;
    void applyDifference(const Findings &next);
    void updateCounts();

    PlanDocument &m_document;
    LedgerTotals m_ledger;
    Findings m_findings;
    QStringList m_items; ///< the Item column, parallel to m_findings
    int m_counts[3] = {0, 0, 0};
    QTimer m_timer;
    QDate m_asOf;
};

} // namespace horisont
