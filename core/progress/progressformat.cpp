#include "core/progress/progressformat.h"

#include "core/domain/indicator.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

// Gives the free functions below a translation context of their own.
struct ProgressFormat
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::ProgressFormat)
};

const QString percent = u"%"_s;

// Up to two decimals for small amounts (121.35 亿元, 37.5 μg/m³), none for
// large ones (54,000 万元): trailing zeros say nothing.
QString formatPlain(double value)
{
    const QLocale locale;
    const int decimals = shownDecimals(value, QString());
    if (decimals == 0)
        return locale.toString(value, 'f', 0);
    QString text = locale.toString(value, 'f', decimals);
    const QChar point = locale.decimalPoint().front();
    if (text.contains(point)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

// "−" (U+2212) rather than a hyphen, and an explicit "+", so the sign of a
// gap cannot be overlooked.
QString signedText(const QString &magnitude, double value)
{
    if (QLocale().toDouble(magnitude) == 0.0)
        return magnitude; // rounds to zero: no sign
    return (value < 0 ? u"\u2212"_s : u"+"_s) + magnitude;
}

} // namespace

int shownDecimals(double value, const QString &unit)
{
    if (unit == percent)
        return 1;
    return std::abs(value) >= 1000.0 ? 0 : 2;
}

double roundedAsShown(double value, Measure measure, const QString &unit)
{
    const QString shownUnit = measure == Measure::Growth ? percent : unit;
    return QString::number(value, 'f', shownDecimals(value, shownUnit)).toDouble();
}

QString formatNumber(double value, const QString &unit)
{
    return unit == percent ? QLocale().toString(value, 'f', shownDecimals(value, unit)) : formatPlain(value);
}

QString formatFigure(double value, const QString &unit)
{
    if (unit == percent)
        return formatNumber(value, unit) + percent;
    if (unit.isEmpty())
        return formatPlain(value);
    //: A number and its unit, e.g. "54,000 万元". Chinese writes them without a space: "%1%2".
    return ProgressFormat::tr("%1 %2").arg(formatPlain(value), unit);
}

QString formatMeasure(double value, Measure measure, const QString &unit)
{
    return formatFigure(value, measure == Measure::Growth ? percent : unit);
}

QString formatGap(double gap, Measure measure, const QString &unit)
{
    if (measure == Measure::Growth || unit == percent) {
        const QString magnitude = QLocale().toString(std::abs(gap), 'f', shownDecimals(gap, percent));
        //: A difference of growth rates or percentages: "+0.1 pp". Chinese: "%1个百分点".
        return ProgressFormat::tr("%1 pp").arg(signedText(magnitude, gap));
    }
    const QString magnitude = formatPlain(std::abs(gap));
    if (unit.isEmpty())
        return signedText(magnitude, gap);
    return ProgressFormat::tr("%1 %2").arg(signedText(magnitude, gap), unit);
}

QString formatShare(double share)
{
    return formatFigure(share * 100.0, percent);
}

QString missingText(const CriterionProgress &progress, const Indicator &indicator, const Indicator *reference)
{
    switch (progress.missing) {
    case Missing::Nothing:
        return {};
    case Missing::Figures:
        //: %1 indicator name, %2 period such as "Jan–Jun"
        return ProgressFormat::tr("No figures of %1 up to %2 yet.")
            .arg(indicator.name(), progress.asOf.monthLabel());
    case Missing::TargetFigure:
        //: %1 indicator name. The city announces some target figures during the year.
        return ProgressFormat::tr("The city-set target figure for %1 has not been entered yet.").arg(indicator.name());
    case Missing::ReferenceFigures:
        //: %1 the reference series (e.g. the city's unemployment rate), %2 period
        return ProgressFormat::tr("No figure of %1 for %2 yet.")
            .arg(reference ? reference->name() : progress.criterion.referenceCode,
                 progress.dataPeriod ? progress.dataPeriod->label(indicator.frequency)
                                     : progress.asOf.label(indicator.frequency));
    case Missing::LastYearFigures:
        //: %1 indicator name
        return ProgressFormat::tr("Last year's figures of %1 are missing, so there is nothing to compare with.")
            .arg(indicator.name());
    case Missing::CurrentFigure:
        //: %1 the period chosen, %2 the period of the latest figure, e.g. "Jan–Dec", "Jan–Jun"
        return ProgressFormat::tr("No figure for %1 yet: the latest is for %2.")
            .arg(progress.expectedPeriod->label(indicator.frequency),
                 progress.dataPeriod->label(indicator.frequency));
    }
    return {};
}

} // namespace zhibiao
