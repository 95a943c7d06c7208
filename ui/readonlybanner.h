#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;

namespace horisont {

class PlanDocument;

/// The yellow bar above the views that says why a plan is read-only and what
/// opening it did (an interrupted edit completed, a journal set aside). While
/// another Horisont holds the plan it keeps looking: once the lock is free it
/// offers to open the plan for editing, and when the holder is on another
/// computer (a crashed Horisont on a network share leaves a lock no one can
/// tell from a live one) it offers to break the lock.
class ReadOnlyBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ReadOnlyBanner(QWidget *parent = nullptr);

    /// Shows the bar for this document, or hides it (nullptr or nothing to say).
    void showFor(const PlanDocument *document);
    /// Looks at the lock now rather than at the next tick.
    void refreshLock();

Q_SIGNALS:
    void breakLockRequested();
    void openForEditingRequested();

private:
    QLabel *m_text;
    QPushButton *m_breakLock;
    QPushButton *m_openForEditing;
    QTimer m_poll;
    QString m_path;
    QString m_reason;
};

} // namespace horisont
