#include "optionaldateedit.h"

#include "today.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QEvent>

namespace horisont {

namespace {
/// Turns the calendar of an empty edit to today's month when it opens: the
/// edit's "none" is a day in 1899 that nobody means to pick near.
class OpenAtToday : public QObject
{
public:
    OpenAtToday(QDateEdit &edit) : QObject(&edit), m_edit(edit) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && watched == m_edit.calendarWidget() && !optionalDate(m_edit).isValid())
            m_edit.calendarWidget()->setCurrentPage(today().year(), today().month());
        return false;
    }

private:
    QDateEdit &m_edit;
};
} // namespace

void makeOptionalDateEdit(QDateEdit &edit, QDate none, const QString &emptyText)
{
    edit.setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit.setMinimumDate(none);
    edit.setSpecialValueText(emptyText);
    edit.setCalendarPopup(true);
    edit.setDate(none);
    edit.calendarWidget()->installEventFilter(new OpenAtToday(edit));
}

QDate optionalDate(const QDateEdit &edit)
{
    return edit.date() == edit.minimumDate() ? QDate() : edit.date();
}

} // namespace horisont
