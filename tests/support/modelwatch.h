#pragma once

// QAbstractItemModelTester on item models while a QtTest drives them: every
// signal a watched model emits is checked against what it then reports, and
// a model that breaks Qt's contract fails the running test.
#include <QList>
#include <QStringList>

#include <memory>
#include <vector>

class QAbstractItemModel;
class QAbstractItemModelTester;
class QWidget;

namespace horisont::test {

class ModelWatch
{
public:
    ModelWatch();
    ~ModelWatch();
    ModelWatch(const ModelWatch &) = delete;
    ModelWatch &operator=(const ModelWatch &) = delete;

    /// Watches `model` and, behind a proxy, the models it shows; a model
    /// already watched is not watched twice.
    void watch(QAbstractItemModel *model);
    /// Watches the model of every item view under `root` (and behind them).
    void watchViewsUnder(QWidget *root);
    /// The models watched so far.
    QList<const QAbstractItemModel *> models() const { return m_models; }

private:
    QList<const QAbstractItemModel *> m_models;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

/// The rows of a model as text, column 0 of each row indented by its depth,
/// parents before their children: two models that show the same tree give
/// the same lines.
QStringList rowsAsText(const QAbstractItemModel &model);

} // namespace horisont::test
