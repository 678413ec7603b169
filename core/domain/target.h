#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace zhibiao {

// The ways a year's target can be written (see docs/domain.md).
enum class CriterionKind {
    GrowthAtLeast,        // year-to-date growth ≥ figure %           (GDP 增长8.5%)
    AmountAtLeast,        // full-year amount ≥ figure                (grain, city-set)
    AmountAtMost,         // full-year amount ≤ figure                (energy total, city cap)
    DeclineAtLeast,       // growth ≤ −figure %, i.e. falls by figure (energy intensity)
    BelowReference,       // level < the reference indicator's level  (unemployment vs city)
    GrowthAboveReference, // growth > the reference indicator's growth (income vs GDP)
    BetterThanLastYear,   // better than the same period last year     (PM2.5 down, good-air days up)
};

// One measurable condition of a target, on one indicator.
struct Criterion
{
    QString indicatorCode;
    CriterionKind kind = CriterionKind::GrowthAtLeast;
    // The number in the target. Empty for kinds that need none, and for a
    // city-set figure the city has not announced yet.
    std::optional<double> figure;
    // The series compared against, for BelowReference and GrowthAboveReference.
    QString referenceCode;
    // How far behind still reads as a yellow warning light rather than red
    // (WarningLight): percentage points of growth, points of time progress
    // for amounts, the indicator's unit for levels. Empty: the default.
    std::optional<double> warningThreshold = std::nullopt;

    bool needsFigure() const;
    bool needsReference() const;

    friend bool operator==(const Criterion &, const Criterion &) = default;
};

// One of a year's main targets (主要预期目标) as the conference wrote it,
// e.g. "GDP" + "增长8.5%". Most have one criterion; energy "dual control"
// and ecological quality have two. Judging progress is ProgressEngine's job.
struct Target
{
    int year = 0;
    int ordinal = 0; // position in the document, 1-based
    QString titleZh; // as written: "规模工业增加值"
    QString titleEn;
    QString statementZh; // as written: "增长12%"
    QString statementEn;
    QList<Criterion> criteria;

    QString title() const;
    QString statement() const;

    friend bool operator==(const Target &, const Target &) = default;
};

QString toCode(CriterionKind kind);
std::optional<CriterionKind> criterionKindFromCode(const QString &code);

} // namespace zhibiao
