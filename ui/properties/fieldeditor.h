#pragma once

#include "model/schema.h"

#include <QObject>
#include <QVariant>

class QLabel;
class QWidget;

namespace horisont {

class Plan;

/// One field of an entity in the property panel: builds the right editor
/// for the field's type, shows a storage-form value in it and turns what
/// the user typed back into a storage-form value (or an error).
class FieldEditor : public QObject
{
    Q_OBJECT
public:
    FieldEditor(const Plan &plan, EntityKind kind, const FieldMeta &field, QWidget *parent);

    /// The editor itself.
    QWidget *widget() const { return m_widget; }
    /// The editor with the refusal below it: what the form lays out.
    QWidget *row() const { return m_row; }
    /// Says at the field why what was typed was refused (until the next
    /// accepted edit of it); the panel puts the stored value back.
    void showRefusal(const QString &message);
    void clearRefusal();
    /// The refusal shown at the field, or empty.
    QString refusal() const;
    const FieldMeta &field() const { return m_field; }
    /// Shows a value; `shownEnd` turns an exclusive end into the last day.
    void show(const QVariant &value, bool exclusiveEnd = false, bool milestone = false);
    /// The value the user entered, in storage form; false with *error when it does not parse.
    bool value(QVariant *value, QString *error) const;
    bool hasFocus() const;

    static bool isMultiline(const FieldMeta &field);
    static bool isExclusiveEnd(const QString &field);

Q_SIGNALS:
    /// The user finished editing (Enter, focus left, a choice made).
    void committed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Plan &m_plan;
    EntityKind m_kind;
    FieldMeta m_field;
    QWidget *m_row = nullptr;
    QWidget *m_widget = nullptr;
    QLabel *m_refusal = nullptr;
    bool m_exclusiveEnd = false;
};

} // namespace horisont
