#pragma once

#include "model/ids.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace horisont {

class PlanDocument;
class PlanSelection;
class RaciModel;

/// Who does what: the RACI matrix of interventions × organisations.
///
/// Type R, A, C or I on a cell to give the organisation that role, Delete
/// or Backspace to clear it, Enter to choose from a list. Choosing one
/// organisation under "Show organisation" narrows the matrix to the
/// interventions it has a role in and lists its responsibilities below with
/// phase and dates. Copy (Ctrl+C) puts the matrix, or that list, on the
/// clipboard as tab-separated text for a spreadsheet or an e-mail.
class RaciView : public QWidget
{
    Q_OBJECT
public:
    RaciView(PlanDocument &document, PlanSelection &selection, QWidget *parent = nullptr);

    RaciModel *model() const { return m_model; }
    QTableView *matrix() const { return m_table; }
    QTableWidget *responsibilityList() const { return m_list; }

    /// Shows only this organisation (NoId: all organisations).
    void setOrganisationFilter(Id organisation);
    Id organisationFilter() const { return m_organisation; }

    /// The matrix (no filter) or the chosen organisation's list, as TSV with a header line.
    QString tableText() const;
    /// Puts tableText() on the clipboard.
    void copy();

Q_SIGNALS:
    /// Why an edit was refused, for the status bar.
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool handleMatrixKey(QKeyEvent *event);
    void rebuildFilterChoices();
    void applyFilter();
    void refreshList();
    void followSelection();
    QString matrixText() const;
    QString listText() const;

    PlanDocument &m_document;
    PlanSelection &m_selection;
    RaciModel *m_model = nullptr;
    QComboBox *m_filter = nullptr;
    QPushButton *m_copy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_listTitle = nullptr;
    QTableWidget *m_list = nullptr;
    Id m_organisation = NoId;
    bool m_syncingSelection = false;
};

} // namespace horisont
