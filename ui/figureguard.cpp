#include "figureguard.h"

#include "money/money.h"

#include <QMessageBox>

namespace horisont {

QString figureProblemMessage(const std::exception &e)
{
    if (dynamic_cast<const MoneyOverflow *>(&e))
        return QApplication::translate("horisont::FigureGuard",
                                       "A figure is too large to compute (%1): the amounts behind it add up to more "
                                       "than Horisont can count. It is not shown; the plan is unchanged.")
            .arg(QString::fromLocal8Bit(e.what()));
    return QApplication::translate("horisont::FigureGuard", "A figure could not be computed (%1). The plan is unchanged.")
        .arg(QString::fromLocal8Bit(e.what()));
}

QString figureProblem(const std::function<void()> &compute)
{
    try {
        compute();
    } catch (const MoneyOverflow &e) {
        return figureProblemMessage(e);
    }
    return {};
}

bool HorisontApplication::notify(QObject *receiver, QEvent *event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const std::exception &e) {
        if (!m_showing) {
            m_showing = true;
            QMessageBox::warning(activeWindow(), applicationName(), figureProblemMessage(e));
            m_showing = false;
        }
        return false;
    }
}

} // namespace horisont
