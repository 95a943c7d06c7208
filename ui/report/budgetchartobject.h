#pragma once

#include "money/money.h"

#include <QLocale>
#include <QObject>
#include <QTextObjectInterface>

#include <vector>

namespace horisont {

/// Budget against actual as horizontal bars, one pair per funding source,
/// drawn as vectors inside a pack's QTextDocument.
class BudgetChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int Type = QTextFormat::UserObject + 2;

    struct Bar {
        QString label;
        Money allocated;
        Money spent;
    };

    BudgetChartObject(std::vector<Bar> bars, QLocale locale, QString allocatedText, QString spentText,
                      double width, QObject *parent = nullptr);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    std::vector<Bar> m_bars;
    QLocale m_locale;
    QString m_allocatedText;
    QString m_spentText;
    double m_width;
};

} // namespace horisont
