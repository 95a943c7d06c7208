#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

class QTableView;

namespace horisont {

/// A table whose columns fit what they show. Whenever rows are added,
/// changed or reset, and when the table is resized, each column is made as
/// wide as its widest shown text or its title, at most about 60 characters
/// (a huge text makes no 3000 px column). Where they would not all fit the
/// table's width, the widest are cut back to one common width, never below
/// their titles, so that the last columns (often the reason) stay on screen;
/// short texts (a time, a name, up to about 22 characters) stay whole. The
/// last column takes what is left.
///
/// A column the user resizes is the user's from then on: its width is kept
/// in QSettings under "columns/<key>/<column>", restored when the view is
/// made again, and no longer fitted.
class FittedColumns : public QObject
{
    Q_OBJECT
public:
    /// Fits `table`'s columns from now on; `key` names the table in the settings
    /// ("organisations", "changelog"). Owned by the table.
    static FittedColumns *install(QTableView *table, const QString &key);

    /// Fits the columns now (otherwise done shortly after each change).
    void fit();
    /// The user set this column's width (now or in an earlier session).
    bool isUserSized(int column) const { return m_userWidths.contains(column); }
    /// At most this many average characters wide (60 unless set).
    void setMaximumCharacters(int characters);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FittedColumns(QTableView *table, const QString &key);
    void remember(int column, int width);
    void restoreUserWidths();

    QTableView *m_table;
    QString m_key;
    QTimer m_later;
    QHash<int, int> m_userWidths;
    int m_maximumCharacters = 60;
    bool m_fitting = false;
};

} // namespace horisont
