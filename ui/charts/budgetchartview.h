#pragma once

#include "budget/chartgrids.h"

#include <QWidget>

#include <memory>

namespace horisont {

class BudgetChartObject;

/// The budget chart on screen: allocated and spent per funding source, drawn
/// by the pack's BudgetChartObject from the same grid (core's budgetBySource).
class BudgetChartView : public QWidget
{
    Q_OBJECT
public:
    explicit BudgetChartView(QWidget *parent = nullptr);
    ~BudgetChartView() override;

    void setData(const BudgetBySource &data);
    const BudgetBySource &data() const { return m_data; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();

    BudgetBySource m_data;
    std::unique_ptr<BudgetChartObject> m_chart;
};

} // namespace horisont
