#include "fittedcolumns.h"

#include <QEvent>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>

#include <algorithm>

namespace horisont {

namespace {
QString settingsKey(const QString &table, int column)
{
    return QStringLiteral("columns/%1/%2").arg(table).arg(column);
}
} // namespace

FittedColumns *FittedColumns::install(QTableView *table, const QString &key)
{
    return new FittedColumns(table, key);
}

FittedColumns::FittedColumns(QTableView *table, const QString &key) : QObject(table), m_table(table), m_key(key)
{
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    m_later.setSingleShot(true);
    m_later.setInterval(0);
    connect(&m_later, &QTimer::timeout, this, &FittedColumns::fit);
    QAbstractItemModel *model = table->model();
    connect(model, &QAbstractItemModel::modelReset, &m_later, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::layoutChanged, &m_later, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::rowsInserted, &m_later, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::rowsRemoved, &m_later, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::dataChanged, &m_later, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::headerDataChanged, &m_later, qOverload<>(&QTimer::start));
    connect(header, &QHeaderView::sectionResized, this, [this, header](int column, int, int width) {
        // Only the user resizes a column while no fitting is under way; the
        // stretched last column follows the table's width.
        const bool stretched = header->stretchLastSection() && header->visualIndex(column) == header->count() - 1;
        if (!m_fitting && !stretched && m_table->isVisible())
            remember(column, width);
    });
    table->installEventFilter(this);
    restoreUserWidths();
    fit();
}

void FittedColumns::setMaximumCharacters(int characters)
{
    m_maximumCharacters = characters;
    m_later.start();
}

void FittedColumns::remember(int column, int width)
{
    m_userWidths.insert(column, width);
    QSettings().setValue(settingsKey(m_key, column), width);
}

void FittedColumns::restoreUserWidths()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("columns/%1").arg(m_key));
    for (const QString &name : settings.childKeys()) {
        bool ok = false;
        const int column = name.toInt(&ok);
        const int width = settings.value(name).toInt();
        if (ok && width > 0)
            m_userWidths.insert(column, width);
    }
}

bool FittedColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        m_later.start();
    return QObject::eventFilter(watched, event);
}

void FittedColumns::fit()
{
    QHeaderView *header = m_table->horizontalHeader();
    const int count = header->count();
    const int most = m_table->fontMetrics().averageCharWidth() * m_maximumCharacters;
    const int shortText = m_table->fontMetrics().averageCharWidth() * 22;
    QList<int> wanted(count, 0); // 0: not fitted (hidden or the user's)
    QList<int> least(count, 0);
    int room = m_table->viewport()->width();
    for (int column = 0; column < count; ++column) {
        if (header->isSectionHidden(column))
            continue;
        if (m_userWidths.contains(column)) {
            room -= m_userWidths.value(column);
            continue;
        }
        const int title = header->sectionSizeHint(column);
        wanted[column] = std::clamp(std::max(static_cast<const QAbstractItemView *>(m_table)->sizeHintForColumn(column), title), header->minimumSectionSize(),
                                    std::max(most, header->minimumSectionSize()));
        // Short texts (a time, a user name, a status) are read whole; the
        // long ones are cut back first, never below their title.
        least[column] = wanted[column] <= shortText ? wanted[column] : std::min(title, wanted[column]);
    }
    // One common cap for the widest columns so that all fit, if any cap can.
    auto total = [&](int cap) {
        int sum = 0;
        for (int column = 0; column < count; ++column)
            sum += std::min(wanted[column], std::max(cap, least[column]));
        return sum;
    };
    int cap = most;
    if (m_table->isVisible() && total(cap) > room) {
        int low = 0;
        while (low < cap) { // the largest cap whose total fits
            const int middle = (low + cap + 1) / 2;
            if (total(middle) <= room)
                low = middle;
            else
                cap = middle - 1;
        }
    }
    m_fitting = true;
    for (int column = 0; column < count; ++column) {
        if (m_userWidths.contains(column) && !header->isSectionHidden(column))
            header->resizeSection(column, m_userWidths.value(column));
        else if (wanted[column] > 0)
            header->resizeSection(column, std::min(wanted[column], std::max(cap, least[column])));
    }
    m_fitting = false;
}

} // namespace horisont
