#include "views/overviewview.h"

#include "document/plandocument.h"
#include "models/problemsmodel.h"
#include "selection/planselection.h"
#include "views/overviewcard.h"
#include "today.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace horisont {
namespace {

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString money(Money amount)
{
    return amount.format(QLocale());
}

} // namespace

// horisont::today(), the application's day: today() alone is this view's getter.
OverviewView::OverviewView(PlanDocument &document, PlanSelection &selection, ProblemsModel &problems, QWidget *parent)
    : QWidget(parent), m_document(document), m_selection(selection), m_problems(&problems), m_today(horisont::today())
{
    m_ledger = m_document.ledgerTotals();

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("overviewContent"));
    // The height follows the width (wrapped text), not the tallest narrow
    // layout: the scroll bar appears only when the cards do not fit.
    content->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 24);
    layout->setSpacing(18);
    buildHeader(content, layout);
    buildCards(content, layout);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setAccessibleName(tr("Overview"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &OverviewView::refresh);
    const Plan &plan = m_document.plan();
    connect(&plan, &Plan::inserted, this, &OverviewView::scheduleRefresh);
    connect(&plan, &Plan::removed, this, &OverviewView::scheduleRefresh);
    connect(&plan, &Plan::changed, this, &OverviewView::scheduleRefresh);
    const auto reread = [this] {
        m_ledger = m_document.ledgerTotals();
        refresh();
    };
    connect(&plan, &Plan::reset, this, reread);
    connect(&m_document, &PlanDocument::ledgerTotalsChanged, this, reread); // an import
    connect(m_problems, &ProblemsModel::countsChanged, this, &OverviewView::refreshProblems);
    connect(m_problems, &QAbstractItemModel::modelReset, this, &OverviewView::refreshProblems);
    refresh();
}

void OverviewView::buildHeader(QWidget *content, QVBoxLayout *layout)
{
    m_title = new QLabel(content);
    m_subtitle = new QLabel(content);
    m_editMandate = new QPushButton(tr("&Edit mandate…"), content);

    QFont heading = m_title->font();
    if (heading.pointSizeF() > 0)
        heading.setPointSizeF(heading.pointSizeF() * 1.8);
    else
        heading.setPixelSize(heading.pixelSize() * 9 / 5);
    heading.setBold(true);
    m_title->setObjectName(QStringLiteral("programmeName"));
    m_title->setFont(heading);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_title->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_title->setAccessibleName(tr("Programme name"));
    m_title->setToolTip(tr("Show and edit the mandate"));
    connect(m_title, &QLabel::linkActivated, this, &OverviewView::selectProgramme);

    m_subtitle->setObjectName(QStringLiteral("programmeDescription"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    m_editMandate->setObjectName(QStringLiteral("editMandate"));
    m_editMandate->setAccessibleName(tr("Edit mandate"));
    m_editMandate->setToolTip(tr("Show the mandate's details for editing"));
    connect(m_editMandate, &QPushButton::clicked, this, &OverviewView::selectProgramme);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(4);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    auto *header = new QHBoxLayout;
    header->setSpacing(18);
    header->addLayout(titles, 1);
    header->addWidget(m_editMandate, 0, Qt::AlignTop);
    layout->addLayout(header);
}

void OverviewView::buildCards(QWidget *content, QVBoxLayout *layout)
{
    auto *mandate = new OverviewCard(tr("Mandate"), content);
    m_commissioningBody = mandate->addRow(tr("Commissioned by"), QStringLiteral("commissioningBody"));
    m_decision = mandate->addRow(tr("Decision"), QStringLiteral("mandateDecision"));
    m_processLeader = mandate->addRow(tr("Process leader"), QStringLiteral("processLeader"));
    m_vision = mandate->addRow(tr("Vision and goal"), QStringLiteral("vision"));

    auto *time = new OverviewCard(tr("Where we are"), content);
    addFigure(time, KeyFigure::Today);
    for (KeyFigure figure : KeyFigureTexts::whereWeAre())
        addFigure(time, figure);

    auto *budget = new OverviewCard(tr("Budget"), content);
    const QList<KeyFigure> money = KeyFigureTexts::money();
    addFigure(budget, money.first());
    m_sources = budget->addRow(tr("By grant"), QStringLiteral("grants"));
    m_sources->setTextFormat(Qt::RichText);
    for (KeyFigure figure : money.mid(1))
        addFigure(budget, figure);

    auto *contents = new OverviewCard(tr("The plan"), content);
    for (KeyFigure figure : {KeyFigure::Phases, KeyFigure::Interventions, KeyFigure::Activities, KeyFigure::Milestones,
                             KeyFigure::Organisations})
        addFigure(contents, figure);

    auto *problems = new OverviewCard(tr("Plan check"), content);
    auto *row = new QWidget(problems);
    m_problemsIcon = new QLabel(row);
    m_problemsText = new QLabel(row);
    m_problemsText->setObjectName(QStringLiteral("problemsSummary"));
    m_problemsText->setWordWrap(true);
    m_problemsText->setTextFormat(Qt::PlainText);
    m_showProblems = new QPushButton(tr("Show &problems"), row);
    m_showProblems->setObjectName(QStringLiteral("showProblems"));
    m_showProblems->setAccessibleName(tr("Show problems"));
    connect(m_showProblems, &QPushButton::clicked, this, &OverviewView::showProblems);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->setSpacing(10);
    rowLayout->addWidget(m_problemsIcon, 0, Qt::AlignVCenter);
    rowLayout->addWidget(m_problemsText, 1);
    rowLayout->addWidget(m_showProblems);
    problems->addWide(row);

    m_cards = {mandate, time, budget, contents, problems};
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(18);
    m_grid->setVerticalSpacing(18);
    layout->addLayout(m_grid);
    arrangeCards(true);
}

void OverviewView::arrangeCards(bool twoColumns)
{
    for (QWidget *card : std::as_const(m_cards))
        m_grid->removeWidget(card);
    if (twoColumns) {
        // Who and when side by side, then money and size, then the check.
        for (int i = 0; i < 4; ++i)
            m_grid->addWidget(m_cards.at(i), i / 2, i % 2);
        m_grid->addWidget(m_cards.at(4), 2, 0, 1, 2);
    } else {
        for (int i = 0; i < m_cards.size(); ++i)
            m_grid->addWidget(m_cards.at(i), i, 0);
    }
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, twoColumns ? 1 : 0);
    m_twoColumns = twoColumns;
}

void OverviewView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    chooseColumns();
}

void OverviewView::chooseColumns()
{
    // Two columns while both fit side by side, one below the other in a
    // narrow window. The right column (where we are, the plan) holds short
    // figures: two columns only when each of them fits on one line.
    auto widest = [](QWidget *a, QWidget *b) {
        return std::max(a->minimumSizeHint().width(), b->minimumSizeHint().width());
    };
    auto unwrapped = [](QWidget *a, QWidget *b) {
        return std::max(static_cast<OverviewCard *>(a)->unwrappedWidth(),
                        static_cast<OverviewCard *>(b)->unwrappedWidth());
    };
    const QMargins margins = m_title->parentWidget()->layout()->contentsMargins();
    const int left = widest(m_cards.at(0), m_cards.at(2));
    const int right = unwrapped(m_cards.at(1), m_cards.at(3));
    // The grid shares out the width evenly: each column gets at least half.
    const int needed = 2 * std::max(left, right) + m_grid->horizontalSpacing() + margins.left() + margins.right()
                       + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const bool twoColumns = width() >= needed;
    if (twoColumns != m_twoColumns)
        arrangeCards(twoColumns);
}

void OverviewView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The heading takes its colour from the palette; the icons come from the style.
    if (m_title && (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)) {
        refreshMandate();
        refreshProblems();
    }
}

void OverviewView::setToday(const QDate &today)
{
    m_today = today;
    m_problems->setAsOf(today);
    refresh();
}

void OverviewView::scheduleRefresh()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void OverviewView::refresh()
{
    m_timer.stop();
    refreshMandate();
    refreshFigures();
    refreshProblems();
    chooseColumns(); // the figures' lengths have changed
}

void OverviewView::refreshMandate()
{
    const Programme &p = m_document.plan().programme();
    const QString name = p.name.isEmpty() ? tr("Untitled programme") : p.name;
    m_title->setText(QStringLiteral("<a href=\"mandate\" style=\"color:%1; text-decoration:none\">%2</a>")
                         .arg(palette().color(QPalette::WindowText).name(), name.toHtmlEscaped()));
    m_subtitle->setText(p.description.section(QLatin1Char('\n'), 0, 0).trimmed());
    m_subtitle->setVisible(!m_subtitle->text().isEmpty());

    const QString notSet = tr("Not set");
    m_commissioningBody->setText(p.commissioningBody.isEmpty() ? notSet : p.commissioningBody);
    QStringList decision;
    if (!p.decisionReference.isEmpty())
        decision << p.decisionReference;
    if (p.decisionDate.isValid())
        decision << iso(p.decisionDate);
    m_decision->setText(decision.isEmpty() ? notSet : decision.join(tr(", ")));
    m_processLeader->setText(p.processLeader.isEmpty() ? notSet : p.processLeader);
    m_vision->setText(p.vision.isEmpty() ? notSet : p.vision);
}

void OverviewView::addFigure(OverviewCard *card, KeyFigure figure)
{
    // Stable names for tests and accessibility tools.
    static const std::map<KeyFigure, const char *> names{
        {KeyFigure::Today, "today"},
        {KeyFigure::Horizon, "horizon"},
        {KeyFigure::CurrentPhase, "currentPhase"},
        {KeyFigure::DirectionPeriod, "directionPeriod"},
        {KeyFigure::TermOfOffice, "termOfOffice"},
        {KeyFigure::NextGate, "nextGate"},
        {KeyFigure::GrantCeilings, "grantCeilings"},
        {KeyFigure::Allocated, "allocated"},
        {KeyFigure::Decided, "decided"},
        {KeyFigure::Spent, "spent"},
        {KeyFigure::Remaining, "remaining"},
        {KeyFigure::Phases, "phaseCount"},
        {KeyFigure::Interventions, "interventionCount"},
        {KeyFigure::Activities, "activityCount"},
        {KeyFigure::Milestones, "milestoneCount"},
        {KeyFigure::Organisations, "organisationCount"},
    };
    m_figures[figure] = card->addRow(KeyFigureTexts::label(figure), QString::fromLatin1(names.at(figure)));
}

QLabel *OverviewView::figureLabel(KeyFigure figure) const
{
    const auto it = m_figures.find(figure);
    return it == m_figures.end() ? nullptr : it->second;
}

void OverviewView::refreshFigures()
{
    const KeyFigures figures = keyFigures(m_document.plan(), m_ledger, m_today);
    const KeyFigureTexts texts(figures, QLocale());
    for (const auto &[figure, label] : m_figures)
        label->setText(texts.value(figure));
    refreshGrants(figures);
    QLabel *remaining = m_figures.at(KeyFigure::Remaining);
    QPalette palette = m_figures.at(KeyFigure::Allocated)->palette();
    if (figures.budget.remaining().isNegative())
        palette.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    remaining->setPalette(palette);
}

void OverviewView::refreshGrants(const KeyFigures &figures)
{
    QString rows;
    for (const KeyFigures::Grant &grant : figures.grants) {
        rows += QStringLiteral("<tr><td>%1</td><td align=\"right\" nowrap style=\"padding-left:16px; white-space:nowrap\">%2</td>"
                               "<td align=\"right\" nowrap style=\"padding-left:16px; white-space:nowrap\">%3</td></tr>")
                    .arg(grant.name.toHtmlEscaped(), money(grant.ceiling).toHtmlEscaped(),
                         money(grant.allocated).toHtmlEscaped());
    }
    if (rows.isEmpty()) {
        m_sources->setText(tr("No grants with a ceiling").toHtmlEscaped());
    } else {
        m_sources->setText(QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">"
                                          "<tr><th align=\"left\">%1</th><th align=\"right\" style=\"padding-left:16px\">%2</th>"
                                          "<th align=\"right\" style=\"padding-left:16px\">%3</th></tr>%4</table>")
                               .arg(tr("Grant").toHtmlEscaped(), tr("Ceiling").toHtmlEscaped(),
                                    tr("Allocated").toHtmlEscaped(), rows));
    }
}

void OverviewView::refreshProblems()
{
    QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
    QString text = m_problems->summaryText();
    if (m_problems->errorCount() > 0) {
        icon = QStyle::SP_MessageBoxCritical;
        text = tr("%1 to fix.").arg(text);
    } else if (m_problems->warningCount() > 0) {
        icon = QStyle::SP_MessageBoxWarning;
        text = tr("%1 to look at.").arg(text);
    } else {
        text = tr("No problems found – the plan passes every check.");
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_problemsIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_problemsText->setText(text);
}

void OverviewView::selectProgramme()
{
    m_selection.select(EntityKind::Programme, 1);
}

} // namespace horisont
