#pragma once

#include "model/textlimits.h"

#include <QFontMetricsF>
#include <QString>

namespace horisont {

/// `text` elided on the right to `width` as `metrics` measure it. Measuring
/// shapes the whole string first, so the text is bounded to more than any
/// width shows before that: an old file's name of a million characters
/// would take seconds on every paint.
inline QString elidedToWidth(const QFontMetricsF &metrics, const QString &text, qreal width)
{
    return metrics.elidedText(elideText(text, ShortTextMaxLength), Qt::ElideRight, width);
}

} // namespace horisont
