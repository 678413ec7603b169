#include "core/domain/target.h"

#include "core/domain/codetable.h"
#include "core/domain/language.h"

namespace zhibiao {

namespace {

constexpr CodeTable<CriterionKind, 7> kindCodes({{
    {CriterionKind::GrowthAtLeast, u"growth_at_least"},
    {CriterionKind::AmountAtLeast, u"amount_at_least"},
    {CriterionKind::AmountAtMost, u"amount_at_most"},
    {CriterionKind::DeclineAtLeast, u"decline_at_least"},
    {CriterionKind::BelowReference, u"below_reference"},
    {CriterionKind::GrowthAboveReference, u"growth_above_reference"},
    {CriterionKind::BetterThanLastYear, u"better_than_last_year"},
}});

} // namespace

bool Criterion::needsFigure() const
{
    switch (kind) {
    case CriterionKind::GrowthAtLeast:
    case CriterionKind::AmountAtLeast:
    case CriterionKind::AmountAtMost:
    case CriterionKind::DeclineAtLeast:
        return true;
    case CriterionKind::BelowReference:
    case CriterionKind::GrowthAboveReference:
    case CriterionKind::BetterThanLastYear:
        return false;
    }
    return false;
}

bool Criterion::needsReference() const
{
    return kind == CriterionKind::BelowReference || kind == CriterionKind::GrowthAboveReference;
}

QString Target::title() const { return pickLanguage(titleZh, titleEn); }
QString Target::statement() const { return pickLanguage(statementZh, statementEn); }

QString toCode(CriterionKind kind) { return kindCodes.code(kind); }
std::optional<CriterionKind> criterionKindFromCode(const QString &code) { return kindCodes.value(code); }

} // namespace zhibiao
