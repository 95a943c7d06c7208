#include "modelwatch.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QWidget>

namespace horisont::test {

ModelWatch::ModelWatch() = default;
ModelWatch::~ModelWatch() = default;

void ModelWatch::watch(QAbstractItemModel *model)
{
    if (!model || m_models.contains(model))
        return;
    m_models << model;
    m_testers.push_back(
        std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    if (auto *proxy = qobject_cast<QAbstractProxyModel *>(model))
        watch(proxy->sourceModel());
}

void ModelWatch::watchViewsUnder(QWidget *root)
{
    QList<QAbstractItemView *> views = root->findChildren<QAbstractItemView *>();
    if (auto *view = qobject_cast<QAbstractItemView *>(root))
        views.prepend(view);
    for (QAbstractItemView *view : views)
        watch(view->model());
}

namespace {
void appendRows(const QAbstractItemModel &model, const QModelIndex &parent, int depth, QStringList &lines)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        lines << QString(depth, QLatin1Char(' ')) + index.data().toString();
        appendRows(model, index, depth + 1, lines);
    }
}
} // namespace

QStringList rowsAsText(const QAbstractItemModel &model)
{
    QStringList lines;
    appendRows(model, QModelIndex(), 0, lines);
    return lines;
}

} // namespace horisont::test
