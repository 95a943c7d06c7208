#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "cli/planopening.h"
#include "cli/parsing.h"

#include "document/plandocument.h"
#include "versions/planstates.h"
#include "versions/planversions.h"
#include "report/pdfpack.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace horisont::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::cli)
};

int usageError(const QString &message)
{
    err() << message << '\n';
    err().flush();
    return ExitFailure;
}
} // namespace

int exportPdfCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Export a PDF meeting pack of a plan. The file is written atomically: a failed export leaves any "
               "earlier file untouched. Exit 0 when written, 2 on an error."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("The PDF file to write."),
                                    Tr::tr("OUT.pdf"));
    const QCommandLineOption pack(QStringLiteral("pack"), Tr::tr("The pack: steering (default), controller or full."),
                                  Tr::tr("PACK"), QStringLiteral("steering"));
    const QCommandLineOption lang(QStringLiteral("lang"), Tr::tr("The pack's language: sv (default) or en."),
                                  Tr::tr("LANG"), QStringLiteral("sv"));
    const QCommandLineOption paper(QStringLiteral("paper"), Tr::tr("Paper size: A4 (default) or A3."), Tr::tr("SIZE"),
                                   QStringLiteral("A4"));
    const QCommandLineOption landscape(QStringLiteral("landscape"), Tr::tr("Landscape pages (default portrait)."));
    const QCommandLineOption from(QStringLiteral("from"), Tr::tr("First day of the period covered (YYYY-MM-DD)."),
                                  Tr::tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), Tr::tr("Last day of the period covered (YYYY-MM-DD)."),
                                Tr::tr("DATE"));
    const QCommandLineOption draft(QStringLiteral("draft"), Tr::tr("Mark every page as a draft."));
    const QCommandLineOption timeline(QStringLiteral("timeline"),
                                      Tr::tr("The timeline fitted to the page width (fit, default) or tiled across "
                                             "several pages with the row names repeated (tile)."),
                                      Tr::tr("MODE"), QStringLiteral("fit"));
    QStringList sectionKeys;
    for (const PdfPack::SectionInfo &section : PdfPack::sectionList())
        sectionKeys << section.key;
    const QCommandLineOption sections(
        QStringLiteral("sections"),
        Tr::tr("Only these sections of the pack, comma-separated, from: %1.").arg(sectionKeys.join(QStringLiteral(", "))),
        Tr::tr("LIST"));
    const QCommandLineOption compareWith(QStringLiteral("compare-with"),
                                         Tr::tr("Add a section listing what changed since this version, or what differs from this scenario (see `versions`)."),
                                         Tr::tr("NAME"));
    parser.addOptions({output, pack, paper, landscape, from, to, draft, timeline, sections, compareWith});
    parser.addOptions(shownStateOptions());
    parser.addPositionalArgument(Tr::tr("PLAN"), Tr::tr("The plan file."));
    if (auto exit = parseArguments(parser, arguments, 1, &lang))
        return *exit;

    PdfPackOptions options;
    if (!parser.isSet(output))
        return usageError(Tr::tr("Give the PDF file to write with -o OUT.pdf."));
    const QString packName = parser.value(pack);
    if (packName == QLatin1String("steering"))
        options.pack = PdfPackOptions::Pack::Steering;
    else if (packName == QLatin1String("controller"))
        options.pack = PdfPackOptions::Pack::Controller;
    else if (packName == QLatin1String("full"))
        options.pack = PdfPackOptions::Pack::Full;
    else
        return usageError(Tr::tr("Unknown pack \"%1\": use steering, controller or full.").arg(packName));
    if (parser.isSet(sections)) {
        options.sections = 0;
        const QList<PdfPack::SectionInfo> known = PdfPack::sectionList();
        for (const QString &key : parser.value(sections).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto it = std::find_if(known.begin(), known.end(),
                                         [&](const PdfPack::SectionInfo &s) { return s.key == key.trimmed(); });
            if (it == known.end())
                return usageError(Tr::tr("Unknown section \"%1\": use %2.").arg(key, sectionKeys.join(QStringLiteral(", "))));
            if (!(PdfPack::sectionsOf(options.pack) & it->flag))
                return usageError(Tr::tr("The %1 pack has no section \"%2\".").arg(packName, key));
            options.sections |= it->flag;
        }
        if (options.sections == 0)
            return usageError(Tr::tr("Give at least one section with --sections."));
    }
    options.language = parser.value(lang);
    if (options.language != QLatin1String("sv") && options.language != QLatin1String("en"))
        return usageError(Tr::tr("Unknown language \"%1\": use sv or en.").arg(options.language));
    const QString size = parser.value(paper).toUpper();
    if (size == QLatin1String("A4"))
        options.paper = QPageSize::A4;
    else if (size == QLatin1String("A3"))
        options.paper = QPageSize::A3;
    else
        return usageError(Tr::tr("Unknown paper size \"%1\": use A4 or A3.").arg(parser.value(paper)));
    options.orientation = parser.isSet(landscape) ? QPageLayout::Landscape : QPageLayout::Portrait;
    for (const auto &[option, target] : {std::pair{&from, &options.from}, std::pair{&to, &options.to}}) {
        if (!parser.isSet(*option))
            continue;
        *target = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!target->isValid())
            return usageError(Tr::tr("Not a date (YYYY-MM-DD): %1").arg(parser.value(*option)));
    }
    if (options.from.isValid() && options.to.isValid() && options.to < options.from)
        return usageError(Tr::tr("The period ends before it starts."));
    options.draft = parser.isSet(draft);
    const QString mode = parser.value(timeline);
    if (mode == QLatin1String("fit"))
        options.timeline = PdfPackOptions::TimelineMode::Fit;
    else if (mode == QLatin1String("tile"))
        options.timeline = PdfPackOptions::TimelineMode::Tile;
    else
        return usageError(Tr::tr("Unknown timeline mode \"%1\": use fit or tile.").arg(mode));

    QString error;
    auto doc = openPlan(parser.positionalArguments().constFirst(), PlanDocument::Access::ReadOnly,
                        PlanDocument::Verification::Background, shownState(parser));
    if (!doc)
        return ExitFailure;
    QString problem;
    if (!doc->waitForVerification(&problem))
        return usageError(problem);
    if (parser.isSet(compareWith)) {
        // A version or a scenario: any state of the plan but the plan itself.
        const auto state = planstates::find(doc->store(), parser.value(compareWith).trimmed(), &error);
        if (!state)
            return usageError(error);
        if (state->kind == PlanState::Kind::Current)
            return usageError(Tr::tr("--compare-with names a version or a scenario, not the plan itself."));
        options.compareWith = parser.value(compareWith).trimmed();
    }
    const QString path = parser.value(output);
    PdfPack pdf(*doc, options);
    if (!pdf.exportTo(path, &error))
        return usageError(error);
    out() << Tr::tr("Wrote %1").arg(QDir::toNativeSeparators(path)) << '\n';
    out().flush();
    return ExitSuccess;
}

} // namespace horisont::cli
