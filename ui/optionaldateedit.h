#pragma once

#include <QDate>
#include <QString>

class QDateEdit;

namespace horisont {

/// A date edit that can be empty: at its minimum, `none`, it shows
/// `emptyText` ("any", "none"); it starts empty and offers a calendar.
void makeOptionalDateEdit(QDateEdit &edit, QDate none, const QString &emptyText);
/// The edit's date, or an invalid date when it is empty (at its minimum).
QDate optionalDate(const QDateEdit &edit);

} // namespace horisont
