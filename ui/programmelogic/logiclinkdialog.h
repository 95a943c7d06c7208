#pragma once

#include "programmelogic/logiclinkeditor.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace horisont {

/// Links or unlinks an intervention from the keyboard: a field that filters
/// a list of choices (LogicLinkEditor::linkChoices or unlinkChoices) as one
/// types; Up and Down move in the list, Enter takes the current entry.
class LogicLinkDialog : public QDialog
{
    Q_OBJECT
public:
    LogicLinkDialog(const QString &title, const QString &prompt, const QList<LogicLinkEditor::Choice> &choices,
                    QWidget *parent = nullptr);

    QLineEdit *filter() const { return m_filter; }
    QListWidget *list() const { return m_list; }
    /// The current visible entry; kind Programme and NoId when there is none.
    LogicLinkEditor::Choice chosen() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &text);

    QList<LogicLinkEditor::Choice> m_choices;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_empty;
};

} // namespace horisont
