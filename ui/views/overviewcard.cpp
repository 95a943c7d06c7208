#include "views/overviewcard.h"

#include <QGridLayout>
#include <QLabel>
#include <QTextDocument>

#include <algorithm>

namespace horisont {

OverviewCard::OverviewCard(const QString &title, QWidget *parent) : QGroupBox(title, parent)
{
    QFont heading = font();
    heading.setBold(true);
    setFont(heading);

    // A grid rather than a form layout: its rows grow with wrapped values.
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(14, 14, 14, 14);
    m_grid->setHorizontalSpacing(18);
    m_grid->setVerticalSpacing(8);
    m_grid->setColumnStretch(1, 1);
}

QLabel *OverviewCard::addRow(const QString &label, const QString &objectName)
{
    // The card's title is bold; its rows are not.
    QFont normal = font();
    normal.setBold(false);

    auto *name = new QLabel(label, this);
    name->setFont(normal);
    name->setForegroundRole(QPalette::PlaceholderText);

    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setFont(normal);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setAccessibleName(label);
    m_grid->addWidget(name, m_rows, 0, Qt::AlignLeft | Qt::AlignTop);
    m_grid->addWidget(value, m_rows, 1);
    rowAdded();
    return value;
}

void OverviewCard::addWide(QWidget *widget)
{
    QFont normal = widget->font();
    normal.setBold(false);
    widget->setFont(normal);
    m_grid->addWidget(widget, m_rows, 0, 1, 2);
    rowAdded();
}

void OverviewCard::addSubheading(const QString &text)
{
    auto *label = new QLabel(text, this);
    QFont normal = font();
    normal.setBold(false);
    normal.setItalic(true);
    label->setFont(normal);
    m_grid->addWidget(label, m_rows, 0, 1, 2);
    rowAdded();
}

void OverviewCard::rowAdded()
{
    // Spare height goes below the last row, so rows stay at the top of the card.
    m_grid->setRowStretch(m_rows, 0);
    ++m_rows;
    m_grid->setRowStretch(m_rows, 1);
}

int OverviewCard::unwrappedWidth() const
{
    int labels = 0;
    int values = 0;
    for (int row = 0; row < m_grid->rowCount(); ++row) {
        const QLayoutItem *nameItem = m_grid->itemAtPosition(row, 0);
        const QLayoutItem *valueItem = m_grid->itemAtPosition(row, 1);
        const auto *name = nameItem ? qobject_cast<QLabel *>(nameItem->widget()) : nullptr;
        const auto *value = valueItem ? qobject_cast<QLabel *>(valueItem->widget()) : nullptr;
        if (!name || !value || value == name) // a wide row or a subheading
            continue;
        labels = std::max(labels, name->sizeHint().width());
        const bool plain = value->textFormat() == Qt::PlainText
                           || (value->textFormat() == Qt::AutoText && !Qt::mightBeRichText(value->text()));
        values = std::max(values, plain ? value->fontMetrics().horizontalAdvance(value->text()) + 2 * value->margin() + 2
                                        : value->minimumSizeHint().width());
    }
    const QMargins m = m_grid->contentsMargins();
    const int frame = minimumSizeHint().width() - m_grid->minimumSize().width(); // the group box's own border
    return std::max(minimumSizeHint().width(),
                    frame + m.left() + labels + m_grid->horizontalSpacing() + values + m.right());
}

} // namespace horisont
