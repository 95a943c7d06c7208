#include "charts/fittedmoneyaxis.h"

#include "charts/moneyaxis.h"

#include <QAbstractSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFontMetrics>
#include <QTimer>

#include <algorithm>

namespace horisont {
namespace {
constexpr int LabelGap = 10;   ///< pixels between two labels
constexpr int MaxSteps = 6;

int widestLabel(QCategoryAxis *axis, const QFontMetrics &metrics)
{
    int widest = 0;
    for (const QString &label : axis->categoriesLabels())
        widest = std::max(widest, metrics.horizontalAdvance(label));
    return widest;
}
} // namespace

FittedMoneyAxis::FittedMoneyAxis(QChartView *view, QAbstractSeries *series, Money low, Money high)
    : QObject(view), m_view(view), m_series(series), m_low(low), m_high(high)
{
    place();
    view->installEventFilter(this);
}

FittedMoneyAxis::~FittedMoneyAxis()
{
    m_view->removeEventFilter(this);
}

bool FittedMoneyAxis::eventFilter(QObject *watched, QEvent *event)
{
    // After the chart has laid itself out for the new size: its plot area is what the labels share.
    if (watched == m_view && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &FittedMoneyAxis::place);
    return QObject::eventFilter(watched, event);
}

void FittedMoneyAxis::place()
{
    QChart *chart = m_view->chart();
    if (!chart->series().contains(m_series))
        return; // the chart was redrawn meanwhile
    const QFontMetrics metrics(m_axis ? m_axis->labelsFont() : QCategoryAxis().labelsFont());
    const double plot = chart->plotArea().width() > 0 ? chart->plotArea().width() : m_view->width() / 2.0;
    // The most steps whose labels, each as wide as the widest, fit the plot side by side.
    int steps = MaxSteps;
    QCategoryAxis *fitted = moneyAxis(m_low, m_high, steps);
    // Two at least: an axis from a small overspend to a large remainder needs both sides.
    while (steps > 2 && fitted->count() * (widestLabel(fitted, metrics) + LabelGap) > plot) {
        delete fitted;
        fitted = moneyAxis(m_low, m_high, --steps);
    }
    if (m_axis && steps == m_steps && fitted->categoriesLabels() == m_axis->categoriesLabels()) {
        delete fitted;
        return;
    }
    if (m_axis) {
        chart->removeAxis(m_axis);
        delete m_axis;
    }
    m_axis = fitted;
    m_steps = steps;
    QMargins margins = chart->margins();
    margins.setRight(std::max(4, widestLabel(fitted, metrics) / 2 + 4));
    chart->setMargins(margins);
    chart->addAxis(m_axis, Qt::AlignBottom);
    m_series->attachAxis(m_axis);
}

} // namespace horisont
