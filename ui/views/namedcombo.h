#pragma once

#include <QComboBox>

namespace horisont {

/// A combo box that names itself for screen readers and grows with its choices.
inline QComboBox *namedCombo(const QString &accessibleName)
{
    auto *combo = new QComboBox;
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

} // namespace horisont
