#include "optionaldateedit.h"

#include <QDateEdit>

namespace horisont {

void makeOptionalDateEdit(QDateEdit &edit, QDate none, const QString &emptyText)
{
    edit.setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit.setMinimumDate(none);
    edit.setSpecialValueText(emptyText);
    edit.setCalendarPopup(true);
    edit.setDate(none);
}

QDate optionalDate(const QDateEdit &edit)
{
    return edit.date() == edit.minimumDate() ? QDate() : edit.date();
}

} // namespace horisont
