#include "report/pdfpack.h"

#include "document/plandocument.h"
#include "export/wholefile.h"
#include "figureguard.h"
#include "model/textlimits.h"
#include "plan/plan.h"
#include "report/packcontext.h"
#include "report/packdocument.h"
#include "report/sections/sections.h"
#include "today.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTranslator>

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

QFont pixelFont(const QFont &base, int pixels, bool bold = false)
{
    QFont f = base;
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
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
        m_options.exportDate = today();
    const Programme &p = document.plan().programme();
    if (!m_options.from.isValid())
        m_options.from = p.start.isValid() ? p.start : QDate(m_options.exportDate.year(), 1, 1);
    if (!m_options.to.isValid())
        m_options.to = p.horizonEnd.isValid() ? p.horizonEnd.addDays(-1) : m_options.from.addYears(10).addDays(-1);
    if (m_options.to < m_options.from)
        m_options.to = m_options.from;
}

bool PdfPack::isAvailable(PdfPackOptions::Pack)
{
    return true;
}

int PdfPack::sectionsOf(PdfPackOptions::Pack pack)
{
    using O = PdfPackOptions;
    switch (pack) {
    case O::Pack::Steering:
        return O::Cover | O::Summary | O::Changes | O::Timeline | O::Budget | O::Responsibilities | O::Problems | O::Risks |
               O::Recommendations | O::FollowUps;
    case O::Pack::Controller:
        return O::Cover | O::Summary | O::Changes | O::FundingSources | O::Allocations | O::Actuals | O::Forecast | O::AuditTrail;
    case O::Pack::Full:
        return O::AllSections;
    }
    return 0;
}

QList<PdfPack::SectionInfo> PdfPack::sectionList()
{
    QList<SectionInfo> list;
    for (const sections::Section &s : sections::all())
        list.push_back({s.flag, QString::fromLatin1(s.key), QCoreApplication::translate("horisont::PdfPack", s.title)});
    return list;
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
    PackContext context(m_document, m_options, packName());
    ScopedLanguage language(m_options.language);
    const Programme &programme = context.plan.programme();

    const double s = device->logicalDpiX() / LayoutDpi;
    const QSizeF page(device->width() / s, device->height() / s);
    const double bodyHeight = page.height() - HeaderHeight - FooterHeight;

    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(13);
    // Without shaping there are no ligatures: "office" stays six letters
    // that search and copy find, not "o" + U+FB03. (Letter spacing would do
    // that too, but the PDF engine scales it differently from the layout's
    // measuring, so text came out wider than measured.)
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setHintingPreference(QFont::PreferNoHinting); // the same widths when measured and when painted

    // Lay the sections out, one step each; progress runs to 1000, the
    // layout taking the first 300 steps and the pages the rest.
    constexpr int Steps = 1000, LayoutSteps = 300;
    PackDocument doc(QSizeF(page.width(), bodyHeight), font);
    const int flags = m_options.sections & sectionsOf(m_options.pack);
    QList<sections::Section> chosen;
    for (const sections::Section &section : sections::all()) {
        const bool comparesWithNothing = section.flag == PdfPackOptions::Changes && m_options.compareWith.isEmpty();
        if ((flags & section.flag) && !comparesWithNothing)
            chosen << section;
    }
    for (int i = 0; i < chosen.size(); ++i) {
        if (i > 0 && !(chosen[i - 1].flag & PdfPackOptions::Cover) && chosen[i].flag != PdfPackOptions::Timeline &&
            doc.remaining() < bodyHeight * 0.25)
            doc.newPage(); // a section does not start in the last quarter of a page
        chosen[i].build(doc, context);
        if (progress && !progress(LayoutSteps * (i + 1) / int(chosen.size()), Steps))
            return false;
    }
    context.finishReading(); // the pages paint from what the sections read

    // Paint page by page.
    const int pages = doc.pageCount();
    m_pageCount = pages;
    QPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    const QString header = elideText(programme.name, ShortTextMaxLength) + QStringLiteral("  ·  ") + context.packName;
    const QString draft = tr("DRAFT");
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device->newPage()) {
            painter.end();
            return false;
        }
        painter.save();
        painter.scale(s, s);
        const bool cover = i == 0 && (flags & PdfPackOptions::Cover);
        if (!cover) {
            painter.setFont(pixelFont(font, 11));
            painter.setPen(QColor(0x52606d));
            const QRectF r(0, 0, page.width(), HeaderHeight - 10);
            painter.drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                             painter.fontMetrics().elidedText(header, Qt::ElideRight, int(page.width() * 0.8)));
            painter.setPen(QPen(QColor(0xb8c2cc), 0.8));
            painter.drawLine(QPointF(0, HeaderHeight - 6), QPointF(page.width(), HeaderHeight - 6));
        }
        painter.save();
        painter.translate(0, HeaderHeight);
        painter.setClipRect(QRectF(-1, -1, page.width() + 2, bodyHeight + 2));
        doc.paintPage(&painter, i);
        painter.restore();

        const double footerTop = HeaderHeight + bodyHeight;
        painter.setPen(QPen(QColor(0xb8c2cc), 0.8));
        painter.drawLine(QPointF(0, footerTop + 6), QPointF(page.width(), footerTop + 6));
        painter.setFont(pixelFont(font, 11));
        painter.setPen(QColor(0x52606d));
        const QRectF f(0, footerTop + 10, page.width(), FooterHeight - 10);
        painter.drawText(f, Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Exported %1").arg(context.date(m_options.exportDate)));
        painter.drawText(f, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(i + 1).arg(pages));

        if (m_options.draft) {
            painter.save();
            painter.translate(page.width() / 2, page.height() / 2);
            painter.rotate(-std::atan2(page.height(), page.width()) * 180.0 / M_PI);
            QFont big = pixelFont(font, int(std::min(page.width(), page.height()) / 5), true);
            painter.setFont(big);
            painter.setPen(QColor(180, 35, 24, 60));
            const QRectF r(-page.width(), -page.height() / 4, 2 * page.width(), page.height() / 2);
            painter.drawText(r, Qt::AlignCenter, draft);
            painter.restore();
        }
        painter.restore();
        if (progress && !progress(LayoutSteps + (Steps - LayoutSteps) * (i + 1) / pages, Steps)) {
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
    // The PDF is made in memory first, because QPdfWriter ignores what its
    // device's write() returns; then it goes to the file in one checked write.
    WholeFile file(path);
    if (!file.open(error))
        return false;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const Programme &programme = m_document.plan().programme();
    const QString title = elideText(programme.name, ShortTextMaxLength);
    const QString pack = packName();
    bool done = false;
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(m_options.pageLayout());
        writer.setResolution(1200);
        writer.setTitle(title);
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
                                .arg(title.toHtmlEscaped(),
                                     elideText(programme.processLeader.isEmpty() ? programme.commissioningBody
                                                                                 : programme.processLeader,
                                               ShortTextMaxLength)
                                         .toHtmlEscaped(),
                                     subject.toHtmlEscaped());
        writer.setDocumentXmpMetadata(xmp.toUtf8());
        // A figure past 64 bits stops the pack with a message (the command
        // line's own net does the same); no file is written.
        const QString problem = figureProblem([&] { done = render(&writer, progress); });
        if (!problem.isEmpty()) {
            file.cancel();
            return fail(problem);
        }
    }
    if (!done) {
        file.cancel();
        return fail(tr("The export was cancelled; no file was written."));
    }
    buffer.close();
    return file.commit(bytes, error);
}

} // namespace horisont
