#include "core/domain/comparisonunit.h"

#include "core/domain/codetable.h"
#include "core/domain/language.h"

namespace zhibiao {

namespace {

constexpr CodeTable<ComparisonUnit::Kind, 2> kindCodes({{
    {ComparisonUnit::Kind::County, u"county"},
    {ComparisonUnit::Kind::City, u"city"},
}});

} // namespace

QString ComparisonUnit::name() const
{
    return pickLanguage(nameZh, nameEn);
}

QString toCode(ComparisonUnit::Kind kind) { return kindCodes.code(kind); }
std::optional<ComparisonUnit::Kind> comparisonKindFromCode(const QString &code) { return kindCodes.value(code); }

} // namespace zhibiao
