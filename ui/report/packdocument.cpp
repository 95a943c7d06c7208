#include "report/packdocument.h"

#include "model/textlimits.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <numeric>

namespace horisont {
namespace {

constexpr double CellPadding = 4.0;
constexpr double TableBottomMargin = 10.0;
constexpr double KeepWithHeading = 90.0; ///< a heading needs this much room below it
constexpr double TableText = 8.5;
const QColor BorderColour(0xb8c2cc);
const QColor HeaderBackground(0xe8ecf1);
const QColor TotalBackground(0xf3f5f8);
const QColor TextColour(0x1f2933);

// The most characters a pack lays out in one heading, table cell or
// paragraph: enough for any text written within the fields' limits that
// fits the page, and a bound on the layout's time, which grows with the
// square of a run without spaces (an old file's name of a million
// characters took minutes).
constexpr qsizetype HeadingMaxLength = ShortTextMaxLength;
constexpr qsizetype CellMaxLength = 2 * ShortTextMaxLength;
constexpr qsizetype ParagraphMaxLength = 4000;
// What is still too tall (a long word wrapped a few letters a line in a
// narrow column) is cut to the lines that fit in this share of the page,
// since a heading, a paragraph or a table row is never split across pages.
constexpr double HeadingMaxShare = 0.25;
constexpr double CellMaxShare = 0.5;
constexpr double ParagraphMaxShare = 0.6;

bool fitsOnOneLine(const QFontMetricsF &metrics, double width, const QString &text)
{
    return !text.contains(QLatin1Char('\n')) && metrics.horizontalAdvance(text) <= width;
}

/// Lays `text` out into lines of `width`; returns the height.
double layoutLines(QTextLayout &layout, const QFont &font, double width, const QString &text, Qt::Alignment align)
{
    QString t = text;
    t.replace(QLatin1Char('\n'), QChar::LineSeparator);
    layout.setText(t);
    layout.setFont(font);
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    double y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

struct Fitted {
    QString text;
    double height = 0;
};

/// `text` bounded to `maxLength` characters and, wrapped into `width`, to
/// the lines that fit in `maxHeight`; cut text ends in "…".
Fitted fitted(const QFont &font, double width, const QString &text, qsizetype maxLength, double maxHeight)
{
    Fitted f{elideText(text, maxLength), 0};
    f.height = wrappedHeight(font, width, f.text);
    if (f.height <= maxHeight)
        return f;
    QTextLayout layout;
    layoutLines(layout, font, width, f.text, Qt::AlignLeft);
    int end = 0;
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        if (i > 0 && line.y() + line.height() > maxHeight)
            break;
        end = line.textStart() + line.textLength();
    }
    // Two characters make room for the "…" on the last line.
    f.text = elideText(f.text.left(end), std::max<qsizetype>(1, end - 1));
    f.height = wrappedHeight(font, width, f.text);
    return f;
}

} // namespace

double wrappedHeight(const QFont &font, double width, const QString &text)
{
    const QFontMetricsF metrics(font);
    if (fitsOnOneLine(metrics, width, text))
        return metrics.height();
    QTextLayout layout;
    return layoutLines(layout, font, width, text, Qt::AlignLeft);
}

void drawWrapped(QPainter *painter, const QFont &font, const QRectF &rect, const QString &text, Qt::Alignment align)
{
    const QFontMetricsF metrics(font);
    painter->setFont(font);
    if (fitsOnOneLine(metrics, rect.width(), text)) {
        const double advance = metrics.horizontalAdvance(text);
        const double x = align & Qt::AlignRight    ? rect.right() - advance
                         : align & Qt::AlignHCenter ? rect.center().x() - advance / 2
                                                    : rect.left();
        painter->drawText(QPointF(x, rect.top() + metrics.ascent()), text);
        return;
    }
    QTextLayout layout;
    layoutLines(layout, font, rect.width(), text, align);
    layout.draw(painter, rect.topLeft());
}

namespace {

/// The longest words of `text` by length, at most `keep`, into `words`.
void collectLongWords(const QString &text, std::vector<QString> &words, std::size_t keep)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !text.at(i).isSpace())
            continue; // a hyphenated word counts whole: dates (2026-12-15) are not broken
        const qsizetype length = i - start;
        if (length > 0 && (words.size() < keep || length > words.back().size())) {
            words.push_back(text.mid(start, length));
            std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
            words.erase(std::unique(words.begin(), words.end()), words.end());
            if (words.size() > keep)
                words.pop_back();
        }
        start = i + 1;
    }
}

} // namespace

/// Widens the columns whose longest word (or, right-aligned, whole amount)
/// would not fit, at the expense of the columns with room to spare, so that
/// no word and no amount is broken in the middle when the table can avoid it.
void PackDocument::fitColumns(std::vector<double> &widths, const QList<Column> &columns,
                              const QList<QStringList> &rows, const QFont &regular, const QFont &bold, bool boldLast)
{
    const QFontMetricsF regularMetrics(regular), boldMetrics(bold);
    const double tableWidth = std::accumulate(widths.begin(), widths.end(), 0.0);
    std::vector<double> needed(widths.size(), 0.0);
    for (int c = 0; c < columns.size(); ++c) {
        std::vector<QString> words;
        constexpr std::size_t Candidates = 4;
        collectLongWords(columns[c].header, words, Candidates);
        double need = 0;
        for (const QString &w : words)
            need = std::max(need, boldMetrics.horizontalAdvance(w));
        words.clear();
        for (int r = 0; r < rows.size(); ++r) {
            const QString cell = rows[r].value(c);
            const bool isBold = boldLast && r == rows.size() - 1;
            if (columns[c].right)
                need = std::max(need, (isBold ? boldMetrics : regularMetrics).horizontalAdvance(cell));
            else
                collectLongWords(cell, words, Candidates);
        }
        for (const QString &w : words)
            need = std::max(need, boldMetrics.horizontalAdvance(w)); // bold: safe for a totals row too
        // A column never claims more than 40 % of the table for one word.
        needed[std::size_t(c)] = std::min(need + 2 * CellPadding + 1, tableWidth * 0.4);
    }
    double missing = 0, spare = 0;
    for (std::size_t c = 0; c < widths.size(); ++c) {
        missing += std::max(0.0, needed[c] - widths[c]);
        spare += std::max(0.0, widths[c] - needed[c]);
    }
    if (missing <= 0 || spare <= 0)
        return;
    const double share = std::min(1.0, missing / spare); // of every column's spare room
    for (std::size_t c = 0; c < widths.size(); ++c) {
        if (widths[c] < needed[c])
            widths[c] += (needed[c] - widths[c]) * std::min(1.0, spare / missing);
        else
            widths[c] -= (widths[c] - needed[c]) * share;
    }
}

struct PackDocument::Table {
    QList<Column> columns;
    QList<QStringList> rows;
    std::vector<double> edges; ///< x of each column's left edge, and the right edge
    bool boldLast = false;
    QFont regular;
    QFont bold;
};

struct PackDocument::Op {
    enum class Type { Text, Drawing, Row } type = Type::Text;
    QRectF rect;
    QString text;
    int style = 0;
    Qt::Alignment align = Qt::AlignLeft;
    int index = -1; ///< drawing or table
    int row = -1;   ///< table row; -1 for the header row
};

PackDocument::PackDocument(QSizeF body, const QFont &base)
    : m_body(body)
    , m_base(base)
{
    m_pages.emplace_back();
}

PackDocument::~PackDocument() = default;

QFont PackDocument::font(double points, bool bold) const
{
    QFont f = m_base;
    f.setPixelSize(std::max(1, qRound(points * 96.0 / 72.0)));
    f.setBold(bold);
    return f;
}

int PackDocument::style(const QFont &font, const QColor &colour)
{
    for (std::size_t i = 0; i < m_styles.size(); ++i) {
        if (m_styles[i].font == font && m_styles[i].colour == colour)
            return int(i);
    }
    m_styles.push_back({font, colour});
    return int(m_styles.size()) - 1;
}

void PackDocument::newPage()
{
    if (!m_pages.back().empty()) {
        m_pages.emplace_back();
        m_y = 0;
    }
}

void PackDocument::ensure(double height)
{
    if (m_y > 0 && m_y + height > m_body.height())
        newPage();
}

void PackDocument::addText(const QRectF &rect, const QString &text, int style, Qt::Alignment align)
{
    Op op;
    op.type = Op::Type::Text;
    op.rect = rect;
    op.text = text;
    op.style = style;
    op.align = align;
    m_pages.back().push_back(std::move(op));
}

void PackDocument::heading(const QString &whole, int level)
{
    const QFont f = font(level == 1 ? 16 : 12.5, true);
    const auto [text, height] = fitted(f, width(), whole, HeadingMaxLength, bodyHeight() * HeadingMaxShare);
    const double top = level == 1 ? 18 : 12;
    if (m_y > 0 && m_y + top + height + KeepWithHeading > m_body.height())
        newPage();
    if (m_y > 0)
        m_y += top;
    addText(QRectF(0, m_y, width(), height), text, style(f, QColor(0x1f3a5f)), Qt::AlignLeft);
    m_y += height + 8;
}

void PackDocument::paragraph(const QString &whole, double points, bool bold, double topMargin, const QColor &colour)
{
    const QFont f = font(points, bold);
    const auto [text, height] = fitted(f, width(), whole, ParagraphMaxLength, bodyHeight() * ParagraphMaxShare);
    ensure(topMargin + height);
    m_y += topMargin;
    addText(QRectF(0, m_y, width(), height), text, style(f, colour), Qt::AlignLeft);
    m_y += height + 6;
}

void PackDocument::drawing(QSizeF size, Paint paint)
{
    ensure(size.height());
    m_drawings.push_back(std::move(paint));
    Op op;
    op.type = Op::Type::Drawing;
    op.rect = QRectF(QPointF(0, m_y), size);
    op.index = int(m_drawings.size()) - 1;
    m_pages.back().push_back(std::move(op));
    m_y += size.height() + 6;
}

void PackDocument::placeRow(int table, int row, double height)
{
    const Table &t = *m_tables[std::size_t(table)];
    Op op;
    op.type = Op::Type::Row;
    op.rect = QRectF(t.edges.front(), m_y, t.edges.back() - t.edges.front(), height);
    op.index = table;
    op.row = row;
    m_pages.back().push_back(std::move(op));
    m_y += height;
}

void PackDocument::table(const QList<Column> &givenColumns, const QList<QStringList> &givenRows, bool boldLast,
                         double widthPercent)
{
    auto t = std::make_shared<Table>();
    t->columns = givenColumns;
    t->rows = givenRows;
    // Bounded before fitColumns() measures the words. Through at() and only
    // where too long: a write would copy every row the caller still shares.
    for (qsizetype r = 0; r < t->rows.size(); ++r) {
        for (qsizetype c = 0; c < t->rows.at(r).size(); ++c) {
            if (t->rows.at(r).at(c).size() > CellMaxLength)
                t->rows[r][c] = elideText(t->rows.at(r).at(c), CellMaxLength);
        }
    }
    const QList<Column> &columns = t->columns;
    const QList<QStringList> &rows = t->rows;
    t->boldLast = boldLast;
    t->regular = font(TableText);
    t->bold = font(TableText, true);
    const double tableWidth = width() * widthPercent / 100.0;
    double total = 0;
    for (const Column &c : columns)
        total += c.percent;
    std::vector<double> widths;
    for (const Column &c : columns)
        widths.push_back(tableWidth * c.percent / std::max(total, 1.0));
    fitColumns(widths, columns, rows, t->regular, t->bold, boldLast);
    double x = 0;
    t->edges.push_back(x);
    for (double w : widths) {
        x += w;
        t->edges.push_back(x);
    }
    // Measures a row, cutting a cell too tall for a page (see CellMaxShare).
    const double maxCell = bodyHeight() * CellMaxShare;
    auto rowHeight = [&](QStringList &cells, bool bold) {
        double h = 0;
        for (int c = 0; c < columns.size() && c < cells.size(); ++c) {
            const double w = t->edges[std::size_t(c) + 1] - t->edges[std::size_t(c)] - 2 * CellPadding;
            const Fitted f = fitted(bold ? t->bold : t->regular, w, cells.at(c), CellMaxLength, maxCell);
            if (f.text.size() != cells.at(c).size())
                cells[c] = f.text;
            h = std::max(h, f.height);
        }
        return std::max(h, QFontMetricsF(t->regular).height()) + 2 * CellPadding;
    };
    QStringList headers;
    for (const Column &c : columns)
        headers << elideText(c.header, CellMaxLength);
    const double headerHeight = rowHeight(headers, true);
    for (int c = 0; c < headers.size(); ++c)
        t->columns[c].header = headers[c];
    m_tables.push_back(t);
    const int index = int(m_tables.size()) - 1;

    const double first = rows.isEmpty() ? 0 : rowHeight(t->rows.front(), boldLast && rows.size() == 1);
    ensure(headerHeight + first);
    if (m_y > 0)
        m_y += 2;
    placeRow(index, -1, headerHeight);
    for (int r = 0; r < rows.size(); ++r) {
        const double h = r == 0 ? first : rowHeight(t->rows[r], boldLast && r == rows.size() - 1);
        if (m_y + h > m_body.height() && m_y > headerHeight + 0.5) {
            newPage();
            placeRow(index, -1, headerHeight); // the header again on every page
        }
        placeRow(index, r, h);
    }
    m_y += TableBottomMargin;
}

void PackDocument::paintPage(QPainter *painter, int index) const
{
    if (index < 0 || index >= pageCount())
        return;
    for (const Op &op : m_pages[std::size_t(index)]) {
        switch (op.type) {
        case Op::Type::Text: {
            const Style &s = m_styles[std::size_t(op.style)];
            painter->setPen(s.colour);
            drawWrapped(painter, s.font, op.rect, op.text, op.align);
            break;
        }
        case Op::Type::Drawing:
            painter->save();
            m_drawings[std::size_t(op.index)](painter, op.rect);
            painter->restore();
            break;
        case Op::Type::Row: {
            const Table &t = *m_tables[std::size_t(op.index)];
            const bool header = op.row < 0;
            const bool total = !header && t.boldLast && op.row == t.rows.size() - 1;
            if (header || total)
                painter->fillRect(op.rect, header ? HeaderBackground : TotalBackground);
            painter->setPen(QPen(BorderColour, 0.6));
            painter->drawLine(op.rect.topLeft(), op.rect.topRight());
            painter->drawLine(op.rect.bottomLeft(), op.rect.bottomRight());
            for (double x : t.edges)
                painter->drawLine(QPointF(op.rect.left() + x, op.rect.top()), QPointF(op.rect.left() + x, op.rect.bottom()));
            painter->setPen(TextColour);
            const QFont &f = header || total ? t.bold : t.regular;
            for (int c = 0; c < t.columns.size(); ++c) {
                const QString text = header ? t.columns[c].header : t.rows[op.row].value(c);
                if (text.isEmpty())
                    continue;
                const QRectF cell(op.rect.left() + t.edges[std::size_t(c)] + CellPadding, op.rect.top() + CellPadding,
                                  t.edges[std::size_t(c) + 1] - t.edges[std::size_t(c)] - 2 * CellPadding,
                                  op.rect.height() - 2 * CellPadding);
                drawWrapped(painter, f, cell, text, t.columns[c].right ? Qt::AlignRight : Qt::AlignLeft);
            }
            break;
        }
        }
    }
}

} // namespace horisont
