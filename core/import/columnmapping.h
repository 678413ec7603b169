#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace zhibiao {

// What a column of an imported table holds.
enum class ColumnField {
    Ignore,
    Indicator,     // a name, alias or code; several columns may name the indicator
    Unit,          // 亿元, 万元, ...: the unit of the row's amounts
    Year,
    Period,        // 1-5月, 一季度, ...: the row's period (long table)
    Value,         // the year-to-date amount, or the level or rate
    LastYearValue, // the same period last year
    Growth,        // growth over the same period last year, in %
    Note,
};

// The role of one column. In a long table the figure columns take the
// row's period; in the wide layout each carries its own ("1-5月累计").
struct ColumnRole
{
    ColumnField field = ColumnField::Ignore;
    std::optional<int> month; // Period::month() of a figure column's own period
    QString unit;             // amounts in this column are in this unit: "累计（万元）"

    bool holdsFigures() const;
    // "value@5|万元", "growth", "indicator": stable text for settings files.
    QString toCode() const;
    static std::optional<ColumnRole> fromCode(QStringView code);

    friend bool operator==(const ColumnRole &, const ColumnRole &) = default;
};

// Which column is which, for a whole table.
struct ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::ColumnMapping)

public:
    QList<ColumnRole> columns;

    ColumnRole role(int column) const { return column < columns.size() ? columns.at(column) : ColumnRole(); }
    bool has(ColumnField field) const;
    // Why figures cannot be read with this mapping, in the UI language;
    // empty when they can.
    QString problem() const;

    QStringList toCodes() const;
    static std::optional<ColumnMapping> fromCodes(const QStringList &codes);

    friend bool operator==(const ColumnMapping &, const ColumnMapping &) = default;
};

// The field's name in the UI language, for the mapping step and messages.
QString fieldLabel(ColumnField field);

} // namespace zhibiao
