#pragma once

#include "budget/forecastreport.h"

#include <QAbstractTableModel>

namespace horisont {

class PlanDocument;

/// The forecast per year of one scope (a funding source or the whole
/// programme): allocated, spent, the entered forecast — editable: typing an
/// amount creates or changes the Forecast, clearing it removes it, each one
/// undoable command — the suggestion beside it and what it is based on.
class ForecastModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Year, Allocated, Spent, Forecast, Suggestion, Basis, AllocatedMinusForecast, ColumnCount };
    static constexpr int OreRole = Qt::UserRole + 1;

    ForecastModel(PlanDocument &document, QObject *parent = nullptr);

    void setTable(const ForecastTable &table, int asOfMonth);
    const ForecastTable &table() const { return m_table; }

    /// Enters a year's forecast (an empty amount removes it). Returns false,
    /// with lastError() saying why, when refused.
    bool setForecast(int row, std::optional<Money> amount);
    /// Enters the suggestion as the year's forecast.
    bool takeSuggestion(int row);
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    QString text(int row, int column) const;
    bool refuse(const QString &reason);

    PlanDocument &m_document;
    ForecastTable m_table;
    int m_asOfMonth = 1;
    QString m_lastError;
};

} // namespace horisont
