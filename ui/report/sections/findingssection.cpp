#include "report/packcontext.h"
#include "report/sections/sections.h"

#include <QCoreApplication>

namespace horisont::sections {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PdfPack)
};
} // namespace

/// What the plan checks found.
void findings(PackDocument &doc, PackContext &context)
{
    doc.heading(Tr::tr("Problems"));
    const Findings &found = context.findings();
    if (found.isEmpty()) {
        doc.paragraph(Tr::tr("The plan checks found no problems."));
        return;
    }
    QList<QStringList> rows;
    for (const Finding &f : found) {
        const QString severity = f.severity == Finding::Severity::Error     ? Tr::tr("Error")
                                 : f.severity == Finding::Severity::Warning ? Tr::tr("Warning")
                                                                            : Tr::tr("Information");
        rows << QStringList{severity, f.message};
    }
    doc.table({{Tr::tr("Severity"), 15}, {Tr::tr("Finding"), 85}}, rows);
}

} // namespace horisont::sections
