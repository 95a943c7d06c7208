#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;
class QTableView;

namespace horisont {

class ExportTableModel;
class PlanDocument;

/// Scenarios ▸ Compare Side by Side…: the plan, its scenarios and (when
/// ticked) its versions in columns — horizon, interventions, gaps in the
/// programme logic, the money per year, source and organisation
/// (sideBySideTable) — with export to CSV and XLSX.
class SideBySideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SideBySideDialog(PlanDocument &document, QWidget *parent = nullptr);

    QListWidget *statesList() const { return m_states; }
    QTableView *tableView() const { return m_view; }
    const ExportTableModel &model() const { return *m_model; }

    /// Writes the table shown to `path` (.csv or .xlsx). False with *error.
    bool exportTo(const QString &path, QString *error) const;

private:
    void rebuild();
    void exportWithDialog();

    PlanDocument &m_document;
    QListWidget *m_states;
    QTableView *m_view;
    ExportTableModel *m_model;
};

} // namespace horisont
