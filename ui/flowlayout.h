#pragma once

#include <QLayout>
#include <QList>

namespace horisont {

/// A row of controls that wraps onto further rows when the window is too
/// narrow for it (a small laptop, a projector at 1024×600), instead of
/// making the window wider or clipping the labels. Its minimum width is its
/// widest item's. Items are laid out left to right in the order added.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 12);
    ~FlowLayout() override;

    /// A label and its control as one item that never wraps between them.
    void addLabelled(QWidget *label, QWidget *control);

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    /// Places the items in `rect` (only measures when !apply); returns the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
};

} // namespace horisont
