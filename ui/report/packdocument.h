#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QPainter;

namespace horisont {

/// The body of a PDF pack, laid out onto pages as it is written: headings
/// that never end a page, paragraphs, tables whose header row repeats on
/// every page and whose rows are never cut in half, and drawings (the
/// timeline, charts, the logic diagram) that are painted as vectors by
/// their own painters. Units are pixels of a 96 dpi device; the caller
/// scales them onto the real device and adds header and footer.
///
/// Pages are laid out directly (not through QTextDocument): a table of
/// 20 000 rows is measured once and paginated in one pass.
class PackDocument
{
public:
    struct Column {
        QString header;
        double percent;     ///< of the table's width
        bool right = false; ///< right-aligned (amounts, numbers)
    };
    using Paint = std::function<void(QPainter *painter, const QRectF &rect)>;

    PackDocument(QSizeF body, const QFont &base);
    ~PackDocument();

    double width() const { return m_body.width(); }
    double bodyHeight() const { return m_body.height(); }
    const QFont &baseFont() const { return m_base; }
    /// A pixel-sized font of the pack's family for `points` at 96 dpi.
    QFont font(double points, bool bold = false) const;

    /// A heading; it moves to the next page rather than end one.
    void heading(const QString &text, int level = 1);
    void paragraph(const QString &text, double points = 9.5, bool bold = false, double topMargin = 0,
                   const QColor &colour = QColor(0x1f2933));
    /// A table; `boldLast` sets its last row (totals) in bold on a shaded background.
    void table(const QList<Column> &columns, const QList<QStringList> &rows, bool boldLast = false,
               double widthPercent = 100);
    /// A picture `size` big, kept whole on one page.
    void drawing(QSizeF size, Paint paint);
    /// What follows starts on a fresh page (never leaves an empty page).
    void newPage();
    /// Height left on the current page.
    double remaining() const { return m_body.height() - m_y; }

    /// The pages with something on them: a section that ends with a page
    /// break (the timeline) leaves no empty page at the end of the pack.
    int pageCount() const { return int(m_pages.size()) - (m_pages.size() > 1 && m_pages.back().empty() ? 1 : 0); }
    /// Paints page `index` with its top left at (0, 0).
    void paintPage(QPainter *painter, int index) const;

private:
    struct Table;
    struct Op;
    struct Style {
        QFont font;
        QColor colour;
    };
    int style(const QFont &font, const QColor &colour);
    void ensure(double height);
    void addText(const QRectF &rect, const QString &text, int style, Qt::Alignment align);
    void placeRow(int table, int row, double height);
    static void fitColumns(std::vector<double> &widths, const QList<Column> &columns, const QList<QStringList> &rows,
                           const QFont &regular, const QFont &bold, bool boldLast);

    QSizeF m_body;
    QFont m_base;
    double m_y = 0;
    std::vector<Style> m_styles;
    std::vector<std::shared_ptr<Table>> m_tables;
    std::vector<Paint> m_drawings;
    std::vector<std::vector<Op>> m_pages;
};

/// Height of `text` wrapped into `width` (at words, or anywhere in a word
/// too long for the width).
double wrappedHeight(const QFont &font, double width, const QString &text);
/// Draws `text` wrapped into `rect` as wrappedHeight measured it.
void drawWrapped(QPainter *painter, const QFont &font, const QRectF &rect, const QString &text,
                 Qt::Alignment align = Qt::AlignLeft);

} // namespace horisont
