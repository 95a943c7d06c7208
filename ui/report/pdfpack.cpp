#include "report/pdfpack.h"

#include "budget/budgetreport.h"
#include "budget/budgettotals.h"
#include "check/plancheck.h"
#include "document/plandocument.h"
#include "labels/labels.h"
#include "plan/plan.h"
#include "report/budgetchartobject.h"
#include "report/timelineobject.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepainter.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QImage>
#include <QMap>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QTranslator>
#include <QSet>

#include <memory>

#include <algorithm>
#include <cmath>

namespace horisont {
namespace {

/// The pack is laid out in pixels of a 96 dpi device (what the timeline
/// painter draws in) and scaled onto the real device.
constexpr double LayoutDpi = 96.0;
constexpr double HeaderHeight = 30.0;
constexpr double FooterHeight = 30.0;

/// The pack's catalogue in front of the UI's; a message the catalogue
/// does not hold comes back as its English source, never in the UI's language.
class PackTranslator : public QTranslator
{
public:
    explicit PackTranslator(const QString &language)
    {
        (void)m_catalogue.load(QStringLiteral(":/i18n/horisont_%1.qm").arg(language));
    }
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        QString text = m_catalogue.translate(context, sourceText, disambiguation, n);
        if (text.isNull())
            text = QString::fromUtf8(sourceText);
        return text;
    }
    bool isEmpty() const override { return false; }

private:
    QTranslator m_catalogue;
};

class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString &language) : m_translator(language)
    {
        QCoreApplication::installTranslator(&m_translator);
    }
    ~ScopedLanguage() { QCoreApplication::removeTranslator(&m_translator); }

private:
    PackTranslator m_translator;
};

struct Column {
    QString header;
    double percent;
    bool right = false;
};

QFont pixelFont(const QFont &base, int pixels, bool bold = false)
{
    QFont f = base;
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

/// Builds the text of a pack with a QTextCursor.
class Writer
{
public:
    explicit Writer(QTextDocument &doc) : m_cursor(&doc) {}

    QTextCursor &cursor() { return m_cursor; }

    /// Starts a block: reuses the current one when it is still empty.
    void block(const QTextBlockFormat &format, const QTextCharFormat &chars = QTextCharFormat())
    {
        m_cursor.movePosition(QTextCursor::End);
        if (m_cursor.block().length() <= 1 && !m_cursor.currentTable()) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(chars);
            m_cursor.setCharFormat(chars);
        } else {
            m_cursor.insertBlock(format, chars);
        }
    }

    void heading(const QString &text, int level, bool newPage)
    {
        QTextBlockFormat b;
        b.setTopMargin(newPage ? 0 : level == 1 ? 18 : 12);
        b.setBottomMargin(8);
        b.setHeadingLevel(level);
        if (newPage)
            b.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCharFormat c;
        c.setFontPointSize(level == 1 ? 16 : 12.5);
        c.setFontWeight(QFont::Bold);
        c.setForeground(QColor(0x1f3a5f));
        block(b, c);
        m_cursor.insertText(text, c);
    }

    void paragraph(const QString &text, double pointSize = 9.5, bool bold = false, double topMargin = 0,
                   const QColor &colour = QColor(0x1f2933))
    {
        QTextBlockFormat b;
        b.setTopMargin(topMargin);
        b.setBottomMargin(6);
        QTextCharFormat c;
        c.setFontPointSize(pointSize);
        c.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        c.setForeground(colour);
        block(b, c);
        m_cursor.insertText(text, c);
    }

    /// A table whose header row repeats on every page. Rows listed in
    /// `splits` (see firstCutRow) start a new page: the table is written in
    /// pieces, each with its header row, so no row is ever cut in half.
    void table(const QList<Column> &columns, const QList<QStringList> &rows, bool boldLast = false,
               double widthPercent = 100)
    {
        const int index = m_tableCount++;
        QList<int> starts{0};
        for (int r = 1; r < rows.size(); ++r) {
            if (m_splits.contains(key(index, r)))
                starts << r;
        }
        starts << int(rows.size());
        for (int piece = 0; piece + 1 < starts.size(); ++piece) {
            if (piece > 0) {
                QTextBlockFormat breakBefore;
                breakBefore.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCharFormat tiny;
                tiny.setFontPointSize(1);
                block(breakBefore, tiny);
            }
            const int first = starts[piece], last = starts[piece + 1];
            QTextTable *table = insertTable(columns, rows.mid(first, last - first), boldLast && last == rows.size(),
                                            widthPercent);
            m_pieces.push_back({table, index, first});
        }
    }

    static qint64 key(int table, int row) { return qint64(table) * 1000000 + row; }
    void setSplits(const QSet<qint64> &splits) { m_splits = splits; }

    /// The first table row that the layout cut across a page boundary, as
    /// a key for setSplits, or -1.
    qint64 firstCutRow(QTextDocument &doc, double pageHeight) const
    {
        QAbstractTextDocumentLayout *layout = doc.documentLayout();
        auto page = [&](double y) { return int(std::floor(y / pageHeight)); };
        for (const Piece &piece : m_pieces) {
            for (int r = 1; r < piece.table->rows(); ++r) {
                const int dataRow = piece.firstRow + r - 1;
                if (r == 1) // a piece's first row is where the page starts already
                    continue;
                for (int c = 0; c < piece.table->columns(); ++c) {
                    const QTextTableCell cell = piece.table->cellAt(r, c);
                    const QRectF top = layout->blockBoundingRect(cell.firstCursorPosition().block());
                    const QRectF bottom = layout->blockBoundingRect(cell.lastCursorPosition().block());
                    if (page(top.top()) != page(bottom.bottom() - 1))
                        return key(piece.index, dataRow);
                }
            }
        }
        return -1;
    }

private:
    QTextTable *insertTable(const QList<Column> &columns, const QList<QStringList> &rows, bool boldLast,
                            double widthPercent)
    {
        m_cursor.movePosition(QTextCursor::End);
        QTextTableFormat f;
        f.setHeaderRowCount(1);
        f.setCellPadding(4);
        f.setCellSpacing(0);
        f.setBorder(0.6);
        f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        f.setBorderBrush(QColor(0xb8c2cc));
        f.setBorderCollapse(true);
        f.setWidth(QTextLength(QTextLength::PercentageLength, widthPercent));
        f.setBottomMargin(8);
        QList<QTextLength> widths;
        for (const Column &c : columns)
            widths << QTextLength(QTextLength::PercentageLength, c.percent);
        f.setColumnWidthConstraints(widths);
        QTextTable *table = m_cursor.insertTable(int(rows.size()) + 1, int(columns.size()), f);
        auto fill = [&](int r, int c, const QString &text, bool header, bool bold) {
            QTextTableCell cell = table->cellAt(r, c);
            if (header) {
                QTextTableCellFormat cf = cell.format().toTableCellFormat();
                cf.setBackground(QColor(0xe8ecf1));
                cell.setFormat(cf);
            }
            QTextCursor cc = cell.firstCursorPosition();
            QTextBlockFormat bf;
            bf.setAlignment(columns[c].right ? Qt::AlignRight : Qt::AlignLeft);
            cc.setBlockFormat(bf);
            QTextCharFormat ch;
            ch.setFontPointSize(8.5);
            ch.setFontWeight(header || bold ? QFont::Bold : QFont::Normal);
            ch.setForeground(QColor(0x1f2933));
            cc.insertText(text, ch);
        };
        for (int c = 0; c < columns.size(); ++c)
            fill(0, c, columns[c].header, true, true);
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < columns.size() && c < rows[r].size(); ++c)
                fill(r + 1, c, rows[r][c], false, boldLast && r == rows.size() - 1);
        }
        m_cursor.movePosition(QTextCursor::End);
        return table;
    }

    struct Piece {
        QTextTable *table;
        int index;    ///< which table of the pack
        int firstRow; ///< its first data row
    };
    QSet<qint64> m_splits;
    int m_tableCount = 0;
    std::vector<Piece> m_pieces;

    QTextCursor m_cursor;
};

QString orgName(const Plan &plan, Id id)
{
    const Organisation *o = plan.find<Organisation>(id);
    if (!o)
        return {};
    return o->shortName.isEmpty() ? o->name : o->shortName;
}

} // namespace

QPageLayout PdfPackOptions::pageLayout() const
{
    return QPageLayout(QPageSize(paper), orientation, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
}

PdfPack::PdfPack(PlanDocument &document, const PdfPackOptions &options)
    : m_document(document)
    , m_options(options)
{
    if (!m_options.exportDate.isValid())
        m_options.exportDate = QDate::currentDate();
    const Programme &p = document.plan().programme();
    if (!m_options.from.isValid())
        m_options.from = p.start.isValid() ? p.start : QDate(m_options.exportDate.year(), 1, 1);
    if (!m_options.to.isValid())
        m_options.to = p.horizonEnd.isValid() ? p.horizonEnd.addDays(-1) : m_options.from.addYears(10).addDays(-1);
    if (m_options.to < m_options.from)
        m_options.to = m_options.from;
}

bool PdfPack::isAvailable(PdfPackOptions::Pack pack)
{
    return pack == PdfPackOptions::Pack::Steering;
}

QString PdfPack::packName() const
{
    ScopedLanguage language(m_options.language);
    switch (m_options.pack) {
    case PdfPackOptions::Pack::Steering: return tr("Steering group pack");
    case PdfPackOptions::Pack::Controller: return tr("Controller pack");
    case PdfPackOptions::Pack::Full: return tr("Full plan");
    }
    return {};
}

bool PdfPack::render(QPagedPaintDevice *device, const Progress &progress)
{
    const QString pack = packName();
    ScopedLanguage language(m_options.language);
    const QLocale locale(m_options.language == QLatin1String("sv") ? QLocale(QLocale::Swedish, QLocale::Sweden)
                                                                    : QLocale(QLocale::English, QLocale::UnitedKingdom));
    const Plan &plan = m_document.plan();
    const Programme &programme = plan.programme();
    const int sections = m_options.sections;
    const QDate from = m_options.from, to = m_options.to, toExclusive = m_options.to.addDays(1);
    auto date = [&](QDate d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    auto longDate = [&](QDate d) { return locale.toString(d, QStringLiteral("d MMMM yyyy")); };
    const QString period = tr("%1 – %2").arg(longDate(from), longDate(to));

    const double s = device->logicalDpiX() / LayoutDpi;
    const QSizeF page(device->width() / s, device->height() / s);
    const double bodyHeight = page.height() - HeaderHeight - FooterHeight;

    QImage layoutDevice(1, 1, QImage::Format_RGB32);
    layoutDevice.setDotsPerMeterX(3780);
    layoutDevice.setDotsPerMeterY(3780);

    // The timeline: rows fitted to the page height (within reason), the
    // time axis either fitted to the page width or tiled across pages.
    TimelineLayout layout;
    layout.setRowHeight(18);
    layout.rebuild(plan);
    std::vector<TimelineTile> tiles;
    if (sections & PdfPackOptions::Timeline) {
        TimelineViewport base;
        base.locale = locale;
        base.today = m_options.exportDate;
        base.nameWidth = 230;
        const double fixed = base.headerHeight() + base.legendHeight;
        const double availableWidth = page.width() - 2;
        const double availableHeight = bodyHeight - TimelineObject::CaptionHeight - 14;
        // Fitted, a year needs about 48 px for its label on the axis: on a
        // narrow (portrait) page the whole timeline is drawn smaller.
        double scale = availableHeight / (fixed + std::max(layout.contentHeight(), 1.0));
        if (m_options.timeline == PdfPackOptions::TimelineMode::Fit)
            scale = std::min(scale, availableWidth / (base.nameWidth + 48.0 * from.daysTo(toExclusive) / 365.25));
        scale = std::clamp(scale, 0.6, 1.0);
        const double width = availableWidth / scale;
        const double height = availableHeight / scale;
        const int rowsPerPage = std::max(1, int(std::floor((height - fixed) / layout.rowHeight())));
        const int rowPages = std::max(1, (layout.rowCount() + rowsPerPage - 1) / rowsPerPage);
        const double timeWidth = width - base.nameWidth;
        if (m_options.timeline == PdfPackOptions::TimelineMode::Fit) {
            base.scale.setZoom(TimeScale::Zoom::Horizon);
            base.scale.fit(from, toExclusive, timeWidth - 2);
        } else {
            base.scale = TimeScale(from, TimeScale::defaultPixelsPerDay(TimeScale::Zoom::Years));
            base.scale.setZoom(TimeScale::Zoom::Years);
        }
        base.scale.setOrigin(from);
        const double contentWidth = base.scale.x(toExclusive);
        const int columns = std::max(1, int(std::ceil(contentWidth / timeWidth - 0.001)));
        const int count = columns * rowPages;
        for (int r = 0; r < rowPages; ++r) {
            for (int c = 0; c < columns; ++c) {
                TimelineTile t;
                t.viewport = base;
                t.viewport.scrollX = c * timeWidth;
                t.viewport.scrollY = r * rowsPerPage * layout.rowHeight();
                const int rows = std::min(rowsPerPage, layout.rowCount() - r * rowsPerPage);
                t.scale = scale;
                t.size = QSizeF(base.nameWidth + std::min(timeWidth, contentWidth - c * timeWidth) + 1,
                                fixed + std::max(0, rows) * layout.rowHeight());
                const QDate a = base.scale.date(t.viewport.scrollX);
                const QDate b = std::min(to, base.scale.date(t.viewport.scrollX + timeWidth) .addDays(-1));
                t.caption = count == 1 ? tr("Timeline %1 – %2").arg(date(a), date(b))
                                       : tr("Timeline %1 – %2 (%3 of %4)")
                                             .arg(date(a), date(b))
                                             .arg(int(tiles.size()) + 1)
                                             .arg(count);
                tiles.push_back(t);
            }
        }
    }
    TimelineObject timelineObject(plan, layout, tiles);

    // Built again with the table rows the layout cut moved to a new page,
    // one at a time (each move shifts what follows), until none is cut.
    QSet<qint64> splits;
    std::unique_ptr<QTextDocument> document;
    std::unique_ptr<BudgetChartObject> chart; // outlives the document that draws it
    for (int attempt = 0; attempt < 1000; ++attempt) {
    document = std::make_unique<QTextDocument>();
    QTextDocument &doc = *document;
    doc.documentLayout()->setPaintDevice(&layoutDevice);
    doc.documentLayout()->registerHandler(TimelineObject::Type, &timelineObject);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    // Any letter spacing turns ligatures off: "office" stays six letters
    // that search and copy find, not "o" + U+FB03.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setPageSize(QSizeF(page.width(), bodyHeight));
    Writer w(doc);
    w.setSplits(splits);
    w.cursor().beginEditBlock(); // one layout at the end, not one per cell
    bool newPage = false;

    if (sections & PdfPackOptions::Cover) {
        w.paragraph(pack.toUpper(), 11, true, bodyHeight * 0.22, QColor(0x52606d));
        w.paragraph(programme.name, 26, true, 6, QColor(0x1f3a5f));
        if (!programme.vision.isEmpty())
            w.paragraph(programme.vision, 11, false, 6, QColor(0x3e4c59));
        w.paragraph(tr("Commissioned by: %1").arg(programme.commissioningBody), 11, false, 28);
        if (!programme.processLeader.isEmpty())
            w.paragraph(tr("Process leader: %1").arg(programme.processLeader), 11);
        w.paragraph(tr("Period covered: %1").arg(period), 11);
        w.paragraph(tr("Date: %1").arg(longDate(m_options.exportDate)), 11);
        if (m_options.draft)
            w.paragraph(tr("DRAFT"), 14, true, 20, QColor(0xb42318));
        newPage = true;
    }

    if (sections & PdfPackOptions::Summary) {
        w.heading(tr("Summary"), 1, newPage);
        newPage = true;
        const BudgetTotals totals = budgetTotals(plan, m_document.ledgerTotals());
        int milestones = 0;
        for (const Activity &a : plan.all<Activity>())
            milestones += a.milestone ? 1 : 0;
        CheckContext context;
        context.locale = locale;
        context.ledger = m_document.ledgerTotals();
        const Findings findings = checkPlan(plan, context);
        w.paragraph(tr("Programme horizon %1 – %2. Key figures of the whole programme as of %3.")
                        .arg(date(programme.start), date(programme.horizonEnd.addDays(-1)),
                             longDate(m_options.exportDate)));
        QList<QStringList> rows{
            {tr("Grant ceilings"), totals.ceilings.format(locale)},
            {tr("Allocated"), totals.allocated.format(locale)},
            {tr("of which decided"), totals.decided.format(locale)},
            {tr("Spent"), totals.spent.format(locale)},
            {tr("Remaining (allocated − spent)"), totals.remaining().format(locale)},
            {tr("Phases"), QString::number(plan.all<Phase>().size())},
            {tr("Interventions"), QString::number(plan.all<Intervention>().size())},
            {tr("Activities (of which milestones)"),
             QStringLiteral("%1 (%2)").arg(plan.all<Activity>().size()).arg(milestones)},
            {tr("Organisations"), QString::number(plan.all<Organisation>().size())},
            {tr("Areas"), QString::number(plan.all<Area>().size())},
            {tr("Problems found by the plan checks"), QString::number(findings.size())},
            {tr("Risks"), QString::number(plan.all<Risk>().size())},
        };
        w.table({{tr("Key figure"), 60}, {tr("Value"), 40, true}}, rows, false,
                m_options.orientation == QPageLayout::Landscape ? 55 : 80);
    }

    if (sections & PdfPackOptions::Timeline) {
        for (int i = 0; i < int(tiles.size()); ++i) {
            QTextBlockFormat b;
            if (newPage || i > 0)
                b.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            w.block(b);
            QTextCharFormat object;
            object.setObjectType(TimelineObject::Type);
            object.setProperty(TimelineObject::TileProperty, i);
            w.cursor().insertText(QString(QChar::ObjectReplacementCharacter), object);
        }
        newPage = true;
    }

    if (sections & PdfPackOptions::Budget) {
        w.heading(tr("Budget and actual per funding source"), 1, newPage);
        newPage = false;
        const bool wholeHorizon = !m_options.from.isValid() ||
                                  (from == programme.start && toExclusive == programme.horizonEnd);
        const ActualsIndex actuals = ActualsIndex::load(m_document.store(), BudgetDimension::Source);
        QMap<Id, std::pair<QString, std::pair<Money, Money>>> bySource;
        QList<Id> order;
        auto addGrid = [&](const MoneyGrid &grid) {
            for (const MoneyGrid::Row &r : grid.rows()) {
                if (!bySource.contains(r.id)) {
                    order << r.id;
                    bySource[r.id].first = r.label;
                }
                bySource[r.id].second.first += r.cells[0];
                bySource[r.id].second.second += r.cells[1];
            }
        };
        if (wholeHorizon) {
            addGrid(budgetVsActual(plan, actuals, BudgetDimension::Source));
            w.paragraph(tr("All budget years of the programme."));
        } else {
            for (int year = from.year(); year <= to.year(); ++year)
                addGrid(budgetVsActual(plan, actuals, BudgetDimension::Source, year));
            w.paragraph(tr("Budget years %1–%2.").arg(from.year()).arg(to.year()));
        }
        QList<QStringList> rows;
        Money ceilings, allocated, spent;
        for (Id id : order) {
            const FundingSource *source = plan.find<FundingSource>(id);
            const auto &[label, amounts] = bySource[id];
            const auto &[a, sp] = amounts;
            QString ceiling = QStringLiteral("–");
            if (source && source->ceiling) {
                ceiling = source->ceiling->format(locale);
                ceilings += *source->ceiling;
            }
            allocated += a;
            spent += sp;
            rows << QStringList{label, ceiling, a.format(locale), sp.format(locale), (a - sp).format(locale)};
        }
        rows << QStringList{tr("Total"), ceilings.format(locale), allocated.format(locale), spent.format(locale),
                            (allocated - spent).format(locale)};
        w.table({{tr("Funding source"), 32}, {tr("Ceiling"), 17, true}, {tr("Allocated"), 17, true},
                 {tr("Spent"), 17, true}, {tr("Remaining"), 17, true}},
                rows, true);
        std::vector<BudgetChartObject::Bar> bars;
        for (Id id : order)
            bars.push_back({bySource[id].first, bySource[id].second.first, bySource[id].second.second});
        chart = std::make_unique<BudgetChartObject>(std::move(bars), locale, tr("Allocated"), tr("Spent"),
                                                    std::min(page.width(), 760.0));
        doc.documentLayout()->registerHandler(BudgetChartObject::Type, chart.get());
        w.paragraph(tr("Allocated and spent per funding source"), 9.5, true, 6);
        QTextCharFormat object;
        object.setObjectType(BudgetChartObject::Type);
        w.cursor().insertBlock();
        w.cursor().insertText(QString(QChar::ObjectReplacementCharacter), object);
    }

    if (sections & PdfPackOptions::Responsibilities) {
        w.heading(tr("Responsibilities"), 1, newPage);
        newPage = false;
        w.paragraph(tr("Who is accountable and who is responsible for each intervention in the period covered."));
        QList<QStringList> rows;
        for (const Intervention &in : plan.all<Intervention>()) {
            if (in.end.isValid() && in.end <= from)
                continue;
            if (in.start.isValid() && in.start > to)
                continue;
            QStringList roles[4];
            for (const Responsibility &r : plan.all<Responsibility>()) {
                if (r.interventionId != in.id || r.activityId != NoId)
                    continue;
                const Organisation *o = plan.find<Organisation>(r.organisationId);
                const QString name = r.role == RaciRole::Accountable && o ? o->name : orgName(plan, r.organisationId);
                if (!roles[int(r.role)].contains(name))
                    roles[int(r.role)] << name;
            }
            QStringList areas;
            for (const InterventionArea &ia : plan.all<InterventionArea>()) {
                if (ia.interventionId == in.id)
                    areas << Labels::entityName(plan, EntityKind::Area, ia.areaId);
            }
            QStringList others = roles[int(RaciRole::Consulted)];
            for (const QString &i : roles[int(RaciRole::Informed)])
                others << i + QStringLiteral(" (") + Labels::raciLetter(RaciRole::Informed) + QLatin1Char(')');
            rows << QStringList{in.name + QStringLiteral("\n") + date(in.start) + QStringLiteral(" – ") +
                                    date(in.end.addDays(-1)),
                                areas.join(QStringLiteral(", ")),
                                roles[int(RaciRole::Accountable)].join(QStringLiteral(", ")),
                                roles[int(RaciRole::Responsible)].join(QStringLiteral(", ")),
                                others.join(QStringLiteral(", "))};
        }
        w.table({{Labels::kind(EntityKind::Intervention), 30},
                 {tr("Areas"), 16},
                 {Labels::raci(RaciRole::Accountable), 16},
                 {Labels::raci(RaciRole::Responsible), 19},
                 {tr("Consulted, informed"), 19}},
                rows);
    }

    if (sections & PdfPackOptions::Problems) {
        w.heading(tr("Problems"), 1, newPage);
        newPage = false;
        CheckContext context;
        context.locale = locale;
        context.ledger = m_document.ledgerTotals();
        const Findings findings = checkPlan(plan, context);
        if (findings.isEmpty()) {
            w.paragraph(tr("The plan checks found no problems."));
        } else {
            QList<QStringList> rows;
            for (const Finding &f : findings) {
                const QString severity = f.severity == Finding::Severity::Error     ? tr("Error")
                                         : f.severity == Finding::Severity::Warning ? tr("Warning")
                                                                                    : tr("Information");
                rows << QStringList{severity, f.message};
            }
            w.table({{tr("Severity"), 15}, {tr("Finding"), 85}}, rows);
        }
    }

    if (sections & PdfPackOptions::Risks) {
        w.heading(tr("Risks"), 1, newPage);
        newPage = false;
        QList<QStringList> rows;
        for (const Risk &r : plan.all<Risk>()) {
            rows << QStringList{r.name, QString::number(r.likelihood), QString::number(r.impact),
                                QString::number(r.likelihood * r.impact), r.mitigation,
                                orgName(plan, r.ownerOrganisationId), date(r.reviewDate)};
        }
        if (rows.isEmpty())
            w.paragraph(tr("The plan lists no risks."));
        else
            w.paragraph(tr("Likelihood and impact on a scale of 1–5; the score is likelihood × impact."));
        if (!rows.isEmpty())
            w.table({{tr("Risk"), 21},
                     {tr("Likelihood"), 12, true},
                     {tr("Impact"), 11, true},
                     {tr("Score"), 9, true},
                     {tr("Mitigation"), 25},
                     {tr("Owner"), 11},
                     {tr("Review"), 11}},
                    rows);
    }

    if (sections & PdfPackOptions::Recommendations) {
        w.heading(tr("Evaluation recommendations"), 1, newPage);
        newPage = false;
        const QStringList statuses = Labels::enumValues(EntityKind::Recommendation, QStringLiteral("status"));
        QList<QStringList> rows;
        for (const Recommendation &r : plan.all<Recommendation>()) {
            rows << QStringList{r.text, r.source, orgName(plan, r.ownerOrganisationId), date(r.dueDate),
                                statuses.value(int(r.status))};
        }
        if (rows.isEmpty())
            w.paragraph(tr("The plan lists no recommendations."));
        else
            w.table({{tr("Recommendation"), 40}, {tr("From"), 16}, {tr("Owner"), 16}, {tr("Due"), 13}, {tr("Status"), 15}},
                    rows);
    }

    if (sections & PdfPackOptions::FollowUps) {
        w.heading(tr("Follow-ups"), 1, newPage);
        newPage = false;
        const QStringList kinds = Labels::enumValues(EntityKind::FollowUp, QStringLiteral("kind"));
        QList<QStringList> rows;
        for (const FollowUp &f : plan.all<FollowUp>()) {
            // Follow-ups of the period covered: those that overlap it.
            if ((f.periodEnd.isValid() && f.periodEnd <= from) || (f.periodStart.isValid() && f.periodStart >= toExclusive))
                continue;
            const Intervention *in = plan.find<Intervention>(f.interventionId);
            rows << QStringList{in ? in->name : QString(),
                                tr("%1 – %2").arg(date(f.periodStart), date(f.periodEnd.addDays(-1))),
                                kinds.value(int(f.kind)), f.findings, f.deviations, f.cost.format(locale)};
        }
        if (rows.isEmpty())
            w.paragraph(tr("No follow-ups cover the period."));
        else
            w.table({{tr("Intervention"), 17}, {tr("Period"), 14}, {tr("Kind"), 9}, {tr("Findings"), 27},
                     {tr("Deviations and why"), 21}, {tr("Cost"), 12, true}},
                    rows);
    }

    w.cursor().endEditBlock();

    // A heading never ends a page: one too close to the bottom moves on.
    for (int pass = 0; pass < 8; ++pass) {
        bool moved = false;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            if (b.blockFormat().headingLevel() == 0 ||
                b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            const QRectF r = doc.documentLayout()->blockBoundingRect(b);
            const double pageBottom = (std::floor(r.top() / bodyHeight) + 1) * bodyHeight;
            if (pageBottom - r.bottom() < 90) {
                QTextCursor c(b);
                QTextBlockFormat f = b.blockFormat();
                f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                c.setBlockFormat(f);
                moved = true;
                break;
            }
        }
        if (!moved)
            break;
    }

    const qint64 cut = w.firstCutRow(doc, bodyHeight);
    if (cut < 0 || splits.contains(cut))
        break;
    splits.insert(cut);
    }
    QTextDocument &doc = *document;

    // Paint page by page.
    const int pages = doc.pageCount();
    QPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont base = doc.defaultFont();
    const QString header = programme.name + QStringLiteral("  ·  ") + pack;
    const QString draft = tr("DRAFT");
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device->newPage()) {
            painter.end();
            return false;
        }
        painter.save();
        painter.scale(s, s);
        const bool cover = i == 0 && (sections & PdfPackOptions::Cover);
        if (!cover) {
            painter.setFont(pixelFont(base, 11));
            painter.setPen(QColor(0x52606d));
            const QRectF r(0, 0, page.width(), HeaderHeight - 10);
            painter.drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                             painter.fontMetrics().elidedText(header, Qt::ElideRight, int(page.width() * 0.8)));
            painter.setPen(QPen(QColor(0xb8c2cc), 0.8));
            painter.drawLine(QPointF(0, HeaderHeight - 6), QPointF(page.width(), HeaderHeight - 6));
        }
        painter.save();
        painter.translate(0, HeaderHeight - i * bodyHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * bodyHeight, page.width(), bodyHeight);
        context.palette.setColor(QPalette::Text, QColor(0x1f2933));
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();

        const double footerTop = HeaderHeight + bodyHeight;
        painter.setPen(QPen(QColor(0xb8c2cc), 0.8));
        painter.drawLine(QPointF(0, footerTop + 6), QPointF(page.width(), footerTop + 6));
        painter.setFont(pixelFont(base, 11));
        painter.setPen(QColor(0x52606d));
        const QRectF f(0, footerTop + 10, page.width(), FooterHeight - 10);
        painter.drawText(f, Qt::AlignLeft | Qt::AlignVCenter, tr("Exported %1").arg(date(m_options.exportDate)));
        painter.drawText(f, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(i + 1).arg(pages));

        if (m_options.draft) {
            painter.save();
            painter.translate(page.width() / 2, page.height() / 2);
            painter.rotate(-std::atan2(page.height(), page.width()) * 180.0 / M_PI);
            QFont big = pixelFont(base, int(std::min(page.width(), page.height()) / 5), true);
            painter.setFont(big);
            painter.setPen(QColor(180, 35, 24, 60));
            const QRectF r(-page.width(), -page.height() / 4, 2 * page.width(), page.height() / 2);
            painter.drawText(r, Qt::AlignCenter, draft);
            painter.restore();
        }
        painter.restore();
        if (progress && !progress(i + 1, pages)) {
            painter.end();
            return false;
        }
    }
    return painter.end();
}

bool PdfPack::exportTo(const QString &path, QString *error, const Progress &progress)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!isAvailable(m_options.pack))
        return fail(tr("The %1 is not available yet.").arg(packName()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const Programme &programme = m_document.plan().programme();
    const QString pack = packName();
    bool done = false;
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(m_options.pageLayout());
        writer.setResolution(1200);
        writer.setTitle(programme.name);
        writer.setCreator(QStringLiteral("Horisont %1").arg(QCoreApplication::applicationVersion()));
        const QString subject = QStringLiteral("%1, %2 – %3")
                                    .arg(pack, m_options.from.toString(Qt::ISODate), m_options.to.toString(Qt::ISODate));
        const QString xmp = QStringLiteral(
            "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
            "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
            "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
            "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
            "xmlns:xmp='http://ns.adobe.com/xap/1.0/' xmlns:pdf='http://ns.adobe.com/pdf/1.3/'>\n"
            "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>%1</rdf:li></rdf:Alt></dc:title>\n"
            "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
            "<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>%3</rdf:li></rdf:Alt></dc:description>\n"
            "<pdf:Keywords>%3</pdf:Keywords>\n"
            "<xmp:CreatorTool>Horisont</xmp:CreatorTool>\n"
            "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>")
                                .arg(programme.name.toHtmlEscaped(),
                                     (programme.processLeader.isEmpty() ? programme.commissioningBody
                                                                        : programme.processLeader)
                                         .toHtmlEscaped(),
                                     subject.toHtmlEscaped());
        writer.setDocumentXmpMetadata(xmp.toUtf8());
        done = render(&writer, progress);
    }
    if (!done) {
        file.cancelWriting();
        return fail(tr("The export was cancelled; no file was written."));
    }
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

} // namespace horisont
