#pragma once

#include <QList>
#include <QString>
#include <QStyledItemDelegate>
#include <QVariant>

#include <functional>

namespace horisont {

/// An item delegate that edits a cell by choosing from a list: a RACI role,
/// an organisation kind, the organisation something is part of. The model's
/// EditRole holds the value; the list shows labels for the values. Picking
/// an entry commits it at once.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    struct Choice {
        QString label;
        QVariant value;
    };
    /// The choices for one cell (they may depend on the row, e.g. "part of").
    using Provider = std::function<QList<Choice>(const QModelIndex &index)>;

    /// `accessibleName` names the editor for screen readers ("Role", "Kind").
    ChoiceDelegate(Provider choices, const QString &accessibleName, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    Provider m_choices;
    QString m_accessibleName;
};

} // namespace horisont
