#pragma once

#include <QString>

class QWidget;

namespace horisont {

/// Tells the user, in a box that does not block and stays until closed,
/// that an edit was not saved because someone else changed the same thing
/// first (the message names who and what). The status bar's few seconds
/// are too easily missed for an edit that did not happen.
void showConflict(QWidget *parent, const QString &message);

} // namespace horisont
