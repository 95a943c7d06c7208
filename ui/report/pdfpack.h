#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace horisont {

class PlanDocument;

/// What goes into a PDF meeting pack and how it is laid out.
struct PdfPackOptions {
    enum class Pack { Steering, Controller, Full };
    enum class TimelineMode { Fit, Tile };
    enum Section {
        Cover = 0x01,
        Summary = 0x02,
        Timeline = 0x04,
        Budget = 0x08,
        Responsibilities = 0x10,
        Problems = 0x20,
        Risks = 0x40,
        Recommendations = 0x80,
        FollowUps = 0x100,
        FundingSources = 0x200,
        Allocations = 0x400,
        Actuals = 0x800,
        Forecast = 0x1000,
        AuditTrail = 0x2000,
        Structure = 0x4000,
        Logic = 0x8000,
        Indicators = 0x10000,
        Changes = 0x20000,
        AllSections = 0x3ffff,
    };

    Pack pack = Pack::Steering;
    QString language = QStringLiteral("sv"); ///< the pack's language, independent of the UI: "sv" or "en"
    QPageSize::PageSizeId paper = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QDate from; ///< first day covered; invalid = the programme start
    QDate to;   ///< last day covered (inclusive); invalid = the last day of the horizon
    int sections = AllSections; ///< ticked sections; a pack shows those of its own (see PdfPack::sectionsOf)
    bool draft = false;
    TimelineMode timeline = TimelineMode::Fit;
    QDate exportDate; ///< printed in the footer; invalid = today
    /// A version (its name) whose changes to the plan the pack lists in its
    /// "Changes since" section; empty for none.
    QString compareWith;

    QPageLayout pageLayout() const;
};

/// A PDF meeting pack of a plan: a QTextDocument (headings, paragraphs,
/// tables whose header row repeats on every page and whose rows are never
/// cut in half) with the timeline drawn as vectors by the same
/// TimelinePainter as the screen, painted page by page with a header
/// (programme, pack name), a footer (export date, "Page X of Y") and an
/// optional DRAFT mark onto any paged device: a QPdfWriter or, for the
/// print preview, a QPrinter.
///
/// The pack is written in its own language: while it is built and painted
/// a translator for that language is installed in front of the UI's, and
/// amounts and dates use that language's locale.
///
/// PDF metadata: the title (the programme name) and the creator (Horisont)
/// go into the document information dictionary; the author (the process
/// leader) and the subject (the pack name and the period) into the XMP
/// metadata, because QPdfWriter of Qt 6.4 has no setter for them.
class PdfPack
{
    Q_DECLARE_TR_FUNCTIONS(horisont::PdfPack)
public:
    /// Called after each section is laid out and after each page is painted
    /// with (steps done, steps in all); return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    PdfPack(PlanDocument &document, const PdfPackOptions &options);

    /// The pack's name in its language ("Styrgruppsunderlag").
    QString packName() const;

    /// Paints every page onto `device`, whose page layout the caller has
    /// set (see PdfPackOptions::pageLayout). Returns false when cancelled.
    bool render(QPagedPaintDevice *device, const Progress &progress = {});
    /// Pages of the last render.
    int pageCount() const { return m_pageCount; }

    /// Writes the pack to `path` atomically (QSaveFile): on failure or
    /// cancel any earlier file stays as it was, and *error says why.
    bool exportTo(const QString &path, QString *error, const Progress &progress = {});

    /// Whether this build can produce `pack`.
    static bool isAvailable(PdfPackOptions::Pack pack);

    /// The sections a pack is made of (PdfPackOptions::Section flags).
    static int sectionsOf(PdfPackOptions::Pack pack);
    /// Every section in the order of the full pack: flag, command-line key
    /// ("timeline") and title in the UI's language.
    struct SectionInfo {
        int flag;
        QString key;
        QString title;
    };
    static QList<SectionInfo> sectionList();

private:
    PlanDocument &m_document;
    PdfPackOptions m_options;
    int m_pageCount = 0;
};

} // namespace horisont
