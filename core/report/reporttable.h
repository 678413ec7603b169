#pragma once

#include "core/progress/progress.h"

#include <QList>
#include <QStringList>

#include <optional>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
QT_END_NAMESPACE

namespace zhibiao {

// A table as the report prints it: a header row repeated on every page the
// table runs over, and rows of text. Text only: the cells are already
// formatted by whoever filled the table (progressformat.h), so a number
// reads the same in the report as on screen.
struct ReportTable
{
    QStringList header;
    QList<QStringList> rows;
    // Relative column widths; columns without one get 1.
    QList<double> widths;
    // Columns aligned right (figures); the others align left.
    QList<bool> numeric;
    // A column that states a status in words, printed in the status's text
    // colour (StatusStyle), and each row's status; -1 when there is none.
    int statusColumn = -1;
    QList<Status> rowStatus;

    // The model's display texts and horizontal headers, e.g. the
    // ProgressTableModel the detail view shows under its chart. Columns
    // whose cells are right-aligned in the model are numeric.
    static ReportTable fromModel(const QAbstractItemModel &model);

    bool isEmpty() const { return rows.isEmpty(); }
    double width(qsizetype column) const { return column < widths.size() ? widths.at(column) : 1.0; }
    bool isNumeric(qsizetype column) const { return column < numeric.size() && numeric.at(column); }
    std::optional<Status> statusAt(qsizetype row, qsizetype column) const
    {
        if (column != statusColumn || row >= rowStatus.size())
            return std::nullopt;
        return rowStatus.at(row);
    }
};

} // namespace zhibiao
