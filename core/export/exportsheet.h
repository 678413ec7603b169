#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace zhibiao {

// One cell written out: a number (kept a number in .xlsx, written exactly
// in CSV) or text.
struct ExportCell
{
    QString text;
    std::optional<double> number;

    static ExportCell of(const std::optional<double> &value) { return ExportCell{{}, value}; }
    static ExportCell of(const QString &text) { return ExportCell{text, std::nullopt}; }
};

// A column's header: an optional group ("1-5月") over a label ("累计"),
// and the two as one header for formats with a single header row.
struct ExportColumn
{
    QString group;
    QString label;
    QString combined;
};

// A table to write, independent of the file format: the .xlsx writer makes
// it a sheet (groups as merged cells over their columns), the CSV writer a
// section. Layout only; the numbers come from the database or the engine.
struct ExportSheet
{
    QString name;  // the sheet's name (31 characters at most)
    QString title; // a line above the header: names the district and year
    QList<ExportColumn> columns;
    QList<QList<ExportCell>> rows;

    bool hasGroups() const
    {
        for (const ExportColumn &column : columns) {
            if (!column.group.isEmpty())
                return true;
        }
        return false;
    }
};

} // namespace zhibiao
