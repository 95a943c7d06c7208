#pragma once

#include "versions/planversions.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace horisont {

class MainWindow;
class PlanDocument;

/// Versions ▸ Versions…: the plan's versions (name, decision, when frozen and
/// by whom, "altered" when one no longer matches its digest). Opens the
/// chosen one read-only in a window of its own, and deletes a snapshot after
/// asking; core refuses to delete a decided version, and the button is off for one.
class VersionsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { NameColumn, DecisionColumn, FrozenAtColumn, FrozenByColumn, StateColumn, ColumnCount };

    explicit VersionsDialog(PlanDocument &document, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *deleteButton() const { return m_delete; }
    /// Chooses the row of the version called `name`; false when there is none.
    bool choose(const QString &name);
    /// The version chosen in the table, if any.
    std::optional<PlanVersion> chosen() const;

    /// Opens the chosen version read-only in a new window; nullptr (after
    /// saying why) when it cannot be shown.
    MainWindow *openChosen();
    void deleteChosen();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void refresh();
    void updateButtons();

    PlanDocument &m_document;
    QList<PlanVersion> m_versions;
    QTableWidget *m_table;
    QPushButton *m_open;
    QPushButton *m_delete;
};

} // namespace horisont
