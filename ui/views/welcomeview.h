#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace horisont {

/// What the window shows when no plan is open: start a new plan, open one,
/// try the demo, or pick a recent file.
class WelcomeView : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomeView(QWidget *parent = nullptr);
    void refreshRecent();

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString &path);

private:
    QListWidget *m_recent;
    QLabel *m_noRecent = nullptr;
};

} // namespace horisont
