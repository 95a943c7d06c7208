#include "views/rowdetails.h"

#include <QAbstractItemModel>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTextDocumentFragment>

namespace horisont {

RowDetails::RowDetails(QTableView *table, QWidget *parent) : QLabel(parent), m_table(table)
{
    setObjectName(QStringLiteral("rowDetails"));
    setAccessibleName(tr("Selected row in full"));
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setFrameShape(QFrame::StyledPanel);
    setMargin(6);
    // A long word in a row (a path, a code) must not widen the window: the
    // text wraps at the width the layout gives.
    setSizePolicy(QSizePolicy::Ignored, sizePolicy().verticalPolicy());
    setText(tr("Select a row to see it in full."));
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showRow(current); });
    connect(table->model(), &QAbstractItemModel::modelReset, this, [this] { showRow(QModelIndex()); });
}

void RowDetails::showRow(const QModelIndex &current)
{
    if (!current.isValid()) {
        setText(tr("Select a row to see it in full."));
        return;
    }
    const QAbstractItemModel *model = m_table->model();
    QStringList lines;
    for (int column = 0; column < model->columnCount(); ++column) {
        const QModelIndex cell = model->index(current.row(), column);
        QString value = cell.data(Qt::ToolTipRole).toString();
        if (Qt::mightBeRichText(value)) // a tooltip laid out as HTML: its text
            value = QTextDocumentFragment::fromHtml(value).toPlainText();
        if (value.isEmpty())
            value = cell.data(Qt::DisplayRole).toString();
        if (value.trimmed().isEmpty())
            continue;
        const QString heading = model->headerData(column, Qt::Horizontal).toString();
        lines << tr("<b>%1:</b> %2").arg(heading.toHtmlEscaped(),
                                          value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    setText(lines.join(QStringLiteral(" &nbsp;·&nbsp; ")));
}

} // namespace horisont
