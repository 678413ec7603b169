// The table under a progress chart (core/models/progresstablemodel.h) and the
// number formats it shares with the charts and tiles (core/progress/progressformat.h).
#include "core/models/progresstablemodel.h"
#include "core/progress/progressformat.h"
#include "core/progress/progressseries.h"
#include "core/storage/seed.h"
#include "tests/support/progressfixture.h"

#include <QLocale>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace zhibiao::test;
using namespace Qt::StringLiterals;

namespace {

// Number formats follow the default locale; pin it for the test's duration.
class LocaleScope
{
public:
    explicit LocaleScope(const QLocale &locale) { QLocale::setDefault(locale); }
    ~LocaleScope() { QLocale::setDefault(m_previous); }
    LocaleScope(const LocaleScope &) = delete;
    LocaleScope &operator=(const LocaleScope &) = delete;

private:
    QLocale m_previous;
};

QString cell(const ProgressTableModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

TEST_CASE("The figures table lists the chart's numbers quarter by quarter", "[series][table]")
{
    const LocaleScope locale(QLocale(QLocale::English, QLocale::UnitedStates));
    const ProgressEngine engine = engine2022({
        figure(u"budget_revenue"_s, 2021, 6, 50000.0, std::nullopt, 6.2),
        figure(u"budget_revenue"_s, 2021, 12, 100000.0),
        figure(u"budget_revenue"_s, 2022, 3, 26500.0, 25000.0),
        figure(u"budget_revenue"_s, 2022, 6, 54000.0, 50000.0),
    });
    const ProgressSeries series(engine, bundledSeed().indicators, seedTarget(4), *Period::fromMonth(6));
    ProgressTableModel model;
    model.setSeries(series.quarters(0));
    // Period, growth, target, last year, amount, annual target, completion, time progress, status.
    REQUIRE(model.columnCount() == 9);
    REQUIRE(model.rowCount() == 4);
    CHECK(model.headerData(1, Qt::Horizontal).toString() == u"Growth, year to date (%)"_s);
    CHECK(model.headerData(4, Qt::Horizontal).toString() == u"Amount, year to date (万元)"_s);
    CHECK(model.headerData(8, Qt::Horizontal).toString() == u"Status"_s);
    CHECK(model.roleAt(6) == SeriesRole::Completion);

    // Q1 (monthly revenue, so named by its month): 26,500 ÷ 25,000 − 1 = 6.0%
    // < 8 → behind; 26,500 of 108,000 = 24.5%, time progress 25.0%.
    CHECK(cell(model, 0, 0) == u"Jan–Mar"_s);
    CHECK(cell(model, 0, 1) == u"6.0"_s);
    CHECK(cell(model, 0, 2) == u"8.0"_s);
    CHECK(cell(model, 0, 3) == u"—"_s); // no 2021 March figure
    CHECK(cell(model, 0, 4) == u"26,500"_s);
    CHECK(cell(model, 0, 5) == u"108,000"_s);
    CHECK(cell(model, 0, 6) == u"24.5"_s);
    CHECK(cell(model, 0, 7) == u"25.0"_s);
    CHECK(cell(model, 0, 8) == u"Behind"_s);
    // H1: 8.0% ≥ 8 → on track; last year's H1 growth was published as 6.2%.
    CHECK(cell(model, 1, 1) == u"8.0"_s);
    CHECK(cell(model, 1, 3) == u"6.2"_s);
    CHECK(model.index(1, 6).data(ProgressTableModel::ValueRole).toDouble() == Approx(50.0));
    CHECK(cell(model, 1, 8) == u"On track"_s);
    // Q3 and Q4 are after "as of": no figures, and no verdict either.
    CHECK(cell(model, 2, 0) == u"Jan–Sep"_s);
    CHECK(cell(model, 2, 1) == u"—"_s);
    CHECK_FALSE(model.index(2, 1).data(ProgressTableModel::ValueRole).isValid());
    CHECK(cell(model, 3, 8).isEmpty());

    model.clear();
    CHECK(model.rowCount() == 0);
}

TEST_CASE("Gaps carry their sign and unit, percentages one decimal", "[format]")
{
    const LocaleScope locale(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(formatGap(0.1, Measure::Growth, u"亿元"_s) == u"+0.1 pp"_s);
    CHECK(formatGap(-0.7, Measure::Growth, u"%"_s) == u"\u22120.7 pp"_s);
    CHECK(formatGap(0.3, Measure::Level, u"%"_s) == u"+0.3 pp"_s); // unemployment: rates differ in points
    CHECK(formatGap(3.0, Measure::Level, u"μg/m³"_s) == u"+3 μg/m³"_s);
    CHECK(formatGap(-72000.0, Measure::Amount, u"吨"_s) == u"\u221272,000 吨"_s);
    CHECK(formatGap(0.01, Measure::Growth, u"%"_s) == u"0.0 pp"_s); // rounds to nothing: no sign
    CHECK(formatFigure(8.6, u"%"_s) == u"8.6%"_s);
    CHECK(formatFigure(8.0, u"%"_s) == u"8.0%"_s);
    CHECK(formatFigure(121.35, u"亿元"_s) == u"121.35 亿元"_s);
    CHECK(formatFigure(37.5, u"μg/m³"_s) == u"37.5 μg/m³"_s);
    CHECK(formatFigure(54000.0, u"万元"_s) == u"54,000 万元"_s);
    CHECK(formatMeasure(8.6, Measure::Growth, u"亿元"_s) == u"8.6%"_s);
    CHECK(formatShare(0.48913) == u"48.9%"_s);
    CHECK(formatNumber(7.4257, u"%"_s) == u"7.4"_s);
}

TEST_CASE("What is missing is said in words", "[format]")
{
    const ProgressEngine engine = engine2022({figure(u"grain"_s, 2022, 7, 45000.0)});
    const QList<Indicator> indicators = bundledSeed().indicators;
    const Indicator grain = *std::ranges::find(indicators, u"grain"_s, &Indicator::code);
    const CriterionProgress progress = engine.evaluate(seedTarget(8), *Period::fromMonth(9)).criteria.first();
    CHECK(missingText(progress, grain, nullptr)
          == u"The city-set target figure for Grain output has not been entered yet."_s);
}
