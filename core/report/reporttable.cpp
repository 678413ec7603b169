#include "core/report/reporttable.h"

#include <QAbstractItemModel>

namespace zhibiao {

ReportTable ReportTable::fromModel(const QAbstractItemModel &model)
{
    ReportTable table;
    const int columns = model.columnCount();
    for (int column = 0; column < columns; ++column) {
        table.header.append(model.headerData(column, Qt::Horizontal).toString());
        const int rows = model.rowCount();
        const QVariant alignment = rows > 0 ? model.index(0, column).data(Qt::TextAlignmentRole) : QVariant();
        table.numeric.append(alignment.isValid() && (alignment.toInt() & Qt::AlignRight));
    }
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < columns; ++column)
            cells.append(model.index(row, column).data(Qt::DisplayRole).toString());
        table.rows.append(cells);
    }
    return table;
}

} // namespace zhibiao
