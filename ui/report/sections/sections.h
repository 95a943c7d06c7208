#pragma once

#include "report/packdocument.h"

#include <QList>

namespace horisont {

struct PackContext;
class MoneyGrid;

/// One builder per section of a PDF pack. Each writes its part of the pack
/// into the PackDocument; PdfPack calls those its pack and the user chose,
/// in the order of the full pack.
namespace sections {

using Builder = void (*)(PackDocument &doc, PackContext &context);

struct Section {
    int flag;            ///< PdfPackOptions::Section
    const char *key;     ///< for --sections
    const char *title;   ///< QT_TRANSLATE_NOOP in the horisont::PdfPack context
    Builder build;
};

/// Every section, in the order of the full pack.
const QList<Section> &all();

void cover(PackDocument &doc, PackContext &context);
void summary(PackDocument &doc, PackContext &context);
void changes(PackDocument &doc, PackContext &context);
void structure(PackDocument &doc, PackContext &context);
void timeline(PackDocument &doc, PackContext &context);
void budget(PackDocument &doc, PackContext &context);
void fundingSources(PackDocument &doc, PackContext &context);
void allocations(PackDocument &doc, PackContext &context);
void actuals(PackDocument &doc, PackContext &context);
void forecast(PackDocument &doc, PackContext &context);
void auditTrail(PackDocument &doc, PackContext &context);
void responsibilities(PackDocument &doc, PackContext &context);
void logic(PackDocument &doc, PackContext &context);
void indicators(PackDocument &doc, PackContext &context);
void findings(PackDocument &doc, PackContext &context);
void risks(PackDocument &doc, PackContext &context);
void recommendations(PackDocument &doc, PackContext &context);
void followUps(PackDocument &doc, PackContext &context);

/// A grid with one column per year, split into tables of as many years as
/// fit the page width (each with its rows, a Total column on the last and a
/// totals row), amounts right-aligned. `rowHeader` heads the label column.
void yearGrid(PackDocument &doc, PackContext &context, const MoneyGrid &grid, int firstYear,
              const QString &rowHeader);

} // namespace sections
} // namespace horisont
