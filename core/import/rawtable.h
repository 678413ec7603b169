#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace zhibiao {

// A sheet or a text file as rows of cell texts, before anything is known
// about what the columns mean. Numbers from a spreadsheet arrive as the
// shortest decimal text that reads back to the same value, so every cell is
// read the same way afterwards (parseFigure). Rows may differ in length.
struct RawTable
{
    QList<QStringList> rows;
    // How the file was read, for the summary: "UTF-8, comma-separated",
    // "sheet “Sheet1” of 2".
    QString description;

    int rowCount() const { return int(rows.size()); }
    // An empty string outside the table.
    QString cell(int row, int column) const
    {
        if (row < 0 || row >= rows.size() || column < 0 || column >= rows.at(row).size())
            return {};
        return rows.at(row).at(column);
    }
};

} // namespace zhibiao
