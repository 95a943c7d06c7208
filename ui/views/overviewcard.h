#pragma once

#include <QGroupBox>

class QGridLayout;
class QLabel;

namespace horisont {

/// One titled group of key figures on the overview: label–value rows whose
/// values wrap instead of being cut off and can be selected for copying.
class OverviewCard : public QGroupBox
{
    Q_OBJECT
public:
    explicit OverviewCard(const QString &title, QWidget *parent = nullptr);

    /// Adds a row "label  value" and returns the value's label, named `objectName`.
    QLabel *addRow(const QString &label, const QString &objectName);
    /// Adds a widget across the whole width of the card.
    void addWide(QWidget *widget);
    /// Adds a small heading between rows.
    void addSubheading(const QString &text);
    /// How wide the card is with every plain value on one line ("Where we
    /// are": dates and periods read badly over three lines).
    int unwrappedWidth() const;

private:
    void rowAdded();

    QGridLayout *m_grid = nullptr;
    int m_rows = 0;
};

} // namespace horisont
