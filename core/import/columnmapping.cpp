#include "core/import/columnmapping.h"

#include "core/domain/codetable.h"

#include <algorithm>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

constexpr CodeTable<ColumnField, 9> fieldCodes({{
    {ColumnField::Ignore, u"ignore"},
    {ColumnField::Indicator, u"indicator"},
    {ColumnField::Unit, u"unit"},
    {ColumnField::Year, u"year"},
    {ColumnField::Period, u"period"},
    {ColumnField::Value, u"value"},
    {ColumnField::LastYearValue, u"last_year"},
    {ColumnField::Growth, u"growth"},
    {ColumnField::Note, u"note"},
}});

} // namespace

bool ColumnRole::holdsFigures() const
{
    return field == ColumnField::Value || field == ColumnField::LastYearValue || field == ColumnField::Growth;
}

QString ColumnRole::toCode() const
{
    QString code = fieldCodes.code(field);
    if (month)
        code += u'@' + QString::number(*month);
    if (!unit.isEmpty())
        code += u'|' + unit;
    return code;
}

std::optional<ColumnRole> ColumnRole::fromCode(QStringView code)
{
    ColumnRole role;
    if (const qsizetype bar = code.indexOf(u'|'); bar >= 0) {
        role.unit = code.sliced(bar + 1).toString();
        code = code.first(bar);
    }
    if (const qsizetype at = code.indexOf(u'@'); at >= 0) {
        bool ok = false;
        const int month = code.sliced(at + 1).toInt(&ok);
        if (!ok || month < 1 || month > 12)
            return std::nullopt;
        role.month = month;
        code = code.first(at);
    }
    const auto field = fieldCodes.value(code);
    if (!field)
        return std::nullopt;
    role.field = *field;
    return role;
}

bool ColumnMapping::has(ColumnField field) const
{
    return std::any_of(columns.begin(), columns.end(), [field](const ColumnRole &role) { return role.field == field; });
}

QString ColumnMapping::problem() const
{
    if (!has(ColumnField::Indicator))
        return tr("No column is marked as holding the indicator names.");
    if (std::none_of(columns.begin(), columns.end(), [](const ColumnRole &role) { return role.holdsFigures(); }))
        return tr("No column is marked as holding figures (year-to-date value, last year's value or growth).");
    return {};
}

QStringList ColumnMapping::toCodes() const
{
    QStringList codes;
    for (const ColumnRole &role : columns)
        codes.append(role.toCode());
    return codes;
}

std::optional<ColumnMapping> ColumnMapping::fromCodes(const QStringList &codes)
{
    ColumnMapping mapping;
    for (const QString &code : codes) {
        const auto role = ColumnRole::fromCode(code);
        if (!role)
            return std::nullopt;
        mapping.columns.append(*role);
    }
    return mapping;
}

QString fieldLabel(ColumnField field)
{
    switch (field) {
    case ColumnField::Ignore:
        return ColumnMapping::tr("(not imported)");
    case ColumnField::Indicator:
        return ColumnMapping::tr("Indicator");
    case ColumnField::Unit:
        return ColumnMapping::tr("Unit");
    case ColumnField::Year:
        return ColumnMapping::tr("Year");
    case ColumnField::Period:
        return ColumnMapping::tr("Period");
    case ColumnField::Value:
        return ColumnMapping::tr("Year-to-date value");
    case ColumnField::LastYearValue:
        return ColumnMapping::tr("Same period last year");
    case ColumnField::Growth:
        return ColumnMapping::tr("Growth %");
    case ColumnField::Note:
        return ColumnMapping::tr("Note");
    }
    return {};
}

} // namespace zhibiao
