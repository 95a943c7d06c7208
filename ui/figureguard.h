#pragma once

#include <QApplication>
#include <QString>

#include <functional>

namespace horisont {

/// Runs `compute` — a view or pack building its figures — and returns what
/// stopped it, or an empty string. Money's arithmetic is checked and throws
/// MoneyOverflow rather than wrap; a figure that cannot be computed becomes
/// this message (shown where the figures would be), never an exception
/// unwinding through Qt's event loop, which would end the application.
QString figureProblem(const std::function<void()> &compute);

/// The message figureProblem gives for an exception.
QString figureProblemMessage(const std::exception &e);

/// The application: the last net under every event handler. An exception
/// that a view's own boundary (figureProblem) did not catch is shown in a
/// message box, once at a time, and the event is dropped instead of Qt
/// terminating the process. The plan is never changed by a refused figure:
/// edits are written before the figures computed from them.
class HorisontApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override;

private:
    bool m_showing = false;
};

} // namespace horisont
