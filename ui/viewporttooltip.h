#pragma once

#include <QHelpEvent>
#include <QToolTip>

namespace horisont {

/// Answers a viewport's tooltip event with the text for its point; an empty
/// text hides the tooltip rather than leaving the last one standing.
template<typename TextAt>
bool showViewportToolTip(QEvent *event, QWidget *viewport, TextAt textAt)
{
    auto *help = static_cast<QHelpEvent *>(event);
    const QString text = textAt(help->pos());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, viewport);
    return true;
}

} // namespace horisont
