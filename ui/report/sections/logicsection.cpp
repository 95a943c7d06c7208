#include "report/packcontext.h"
#include "model/columns.h"
#include "report/sections/sections.h"

#include "check/gapcheck.h"
#include "labels/labels.h"
#include "programmelogic/logiclayout.h"
#include "programmelogic/logicpainter.h"
#include "plan/plan.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <memory>

namespace horisont::sections {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PdfPack)
};

constexpr double CaptionHeight = 22.0;

/// The diagram drawn by the screen's LogicPainter, scaled to the page width
/// and, when it is taller than a page, cut into bands of one page each.
void diagram(PackDocument &doc, PackContext &context)
{
    struct Shared {
        LogicLayout layout;
        LogicPaintState state;
    };
    auto shared = std::make_shared<Shared>();
    const double width = std::max(doc.width(), 960.0);
    shared->layout = LogicLayout::build(context.plan, checkGaps(context.plan, context.options.exportDate), width);
    shared->state.layout = &shared->layout;
    for (int c = 0; c < LogicLayout::ColumnCount; ++c)
        shared->state.columnTitles << Labels::kindPlural(LogicLayout::columnKind(c));
    const QSizeF size = shared->layout.size();
    if (size.isEmpty())
        return;
    const double scale = std::min(1.0, doc.width() / size.width());
    const double band = (doc.bodyHeight() - CaptionHeight - 8) / scale; // diagram units per page
    const int bands = std::max(1, int(std::ceil(size.height() / band - 0.001)));
    QFont font = doc.font(8.5);
    for (int b = 0; b < bands; ++b) {
        const double top = b * band;
        const double height = std::min(band, size.height() - top);
        const QString caption = bands == 1 ? Tr::tr("Programme logic")
                                           : Tr::tr("Programme logic (%1 of %2)").arg(b + 1).arg(bands);
        if (b > 0 || doc.remaining() < height * scale + CaptionHeight)
            doc.newPage();
        const QFont captionFont = doc.font(10, true);
        doc.drawing(QSizeF(size.width() * scale, height * scale + CaptionHeight),
                    [shared, top, height, scale, font, caption, captionFont, size](QPainter *p, const QRectF &rect) {
                        p->setFont(captionFont);
                        p->setPen(QColor(0x1f2933));
                        p->drawText(QRectF(rect.left(), rect.top(), rect.width(), CaptionHeight - 4),
                                    Qt::AlignLeft | Qt::AlignVCenter, caption);
                        p->translate(rect.left(), rect.top() + CaptionHeight);
                        p->scale(scale, scale);
                        p->translate(0, -top);
                        p->setClipRect(QRectF(0, top, size.width(), height), Qt::IntersectClip);
                        p->setFont(font);
                        LogicPainter::paint(p, QRectF(QPointF(0, 0), size), shared->state);
                    });
    }
}

} // namespace

/// The programme logic: the diagram, then the problems with their areas
/// and the goals with their indicators as tables.
void logic(PackDocument &doc, PackContext &context)
{
    const Plan &plan = context.plan;
    doc.heading(Tr::tr("Programme logic"));
    doc.paragraph(Tr::tr("Problems → causes → interventions → goals → indicators, with the links between them; "
                         "⚠ marks an item with a gap."));
    diagram(doc, context);

    QHash<Id, QStringList> areasOf;
    for (const ProblemArea &pa : plan.all<ProblemArea>())
        areasOf[pa.problemId] << Labels::entityName(plan, EntityKind::Area, pa.areaId);
    QHash<Id, QStringList> causesOf;
    for (const Cause &c : plan.all<Cause>())
        causesOf[c.problemId] << c.name;
    QList<QStringList> problems;
    for (const Problem &p : plan.all<Problem>()) {
        problems << QStringList{p.name, areasOf.value(p.id).join(QStringLiteral(", ")), p.trend,
                                p.priority > 0 ? QString::number(p.priority) : QString(),
                                causesOf.value(p.id).join(QStringLiteral("; "))};
    }
    doc.heading(Tr::tr("Problems of the situation picture"), 2);
    if (problems.isEmpty())
        doc.paragraph(Tr::tr("The plan lists no problems."));
    else
        doc.table({{Labels::kind(EntityKind::Problem), 26},
                   {Tr::tr("Areas"), 20},
                   {Tr::tr("Trend"), 14},
                   {Tr::tr("Priority"), 9, true},
                   {Tr::tr("Causes"), 31}},
                  problems);

    QHash<Id, QStringList> indicatorsOf;
    for (const Indicator &i : plan.all<Indicator>())
        indicatorsOf[i.goalId] << i.name;
    QHash<Id, QStringList> interventionsOf;
    for (const InterventionGoal &link : plan.all<InterventionGoal>())
        interventionsOf[link.goalId] << Labels::entityName(plan, EntityKind::Intervention, link.interventionId);
    QList<QStringList> goals;
    for (const Goal &g : plan.all<Goal>()) {
        goals << QStringList{g.name, Labels::enumValue(EntityKind::Goal, columns::kind, int(g.kind)), context.date(g.targetDate),
                             interventionsOf.value(g.id).join(QStringLiteral("; ")),
                             indicatorsOf.value(g.id).join(QStringLiteral("; "))};
    }
    if (!goals.isEmpty()) {
        doc.heading(Tr::tr("Goals"), 2);
        doc.table({{Labels::kind(EntityKind::Goal), 28},
                   {Tr::tr("Kind"), 10},
                   {Tr::tr("Target date"), 11},
                   {Tr::tr("Interventions"), 27},
                   {Tr::tr("Indicators"), 24}},
                  goals);
    }
}

} // namespace horisont::sections
