#include "core/storage/newdatabasefile.h"
#include "core/storage/seed.h"
#include "core/storage/storageerror.h"
#include "core/storage/workspace.h"
#include "tests/support/testdatabase.h"

#include <catch2/catch.hpp>

#include <QDir>

#include <algorithm>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

// The sentence of the seed document (../shared/seeds/000_34d051b04525ceb0.txt)
// that sets the 2022 targets, copied verbatim.
const QString seedSentence =
    u"2022年全区经济社会发展主要预期目标是:GDP增长8.5%,规模工业增加值增长12%,固定资产投资增长15%,"
    "地方一般公共预算收入增长8%,社会消费品零售总额增长12%。城镇调查失业率低于全市平均水平,"
    "居民收入增长高于经济增长。粮食总产量、能耗“双控”完成市定目标。生态环境质量持续改善。"_s;

struct ExpectedCriterion
{
    QString indicator;
    CriterionKind kind;
    std::optional<double> figure;
    QString reference;
};

void checkTheTenTargets(const QList<Target> &targets)
{
    REQUIRE(targets.size() == 10);
    // ordinal, title as written, statement as written, criteria.
    const std::vector<std::tuple<int, QString, QString, std::vector<ExpectedCriterion>>> expected = {
        {1, u"GDP"_s, u"增长8.5%"_s, {{u"gdp"_s, CriterionKind::GrowthAtLeast, 8.5, {}}}},
        {2, u"规模工业增加值"_s, u"增长12%"_s, {{u"industry_va"_s, CriterionKind::GrowthAtLeast, 12.0, {}}}},
        {3, u"固定资产投资"_s, u"增长15%"_s, {{u"fai"_s, CriterionKind::GrowthAtLeast, 15.0, {}}}},
        {4, u"地方一般公共预算收入"_s, u"增长8%"_s, {{u"budget_revenue"_s, CriterionKind::GrowthAtLeast, 8.0, {}}}},
        {5, u"社会消费品零售总额"_s, u"增长12%"_s, {{u"retail_sales"_s, CriterionKind::GrowthAtLeast, 12.0, {}}}},
        {6, u"城镇调查失业率"_s, u"低于全市平均水平"_s,
         {{u"unemployment"_s, CriterionKind::BelowReference, std::nullopt, u"unemployment_city"_s}}},
        {7, u"居民收入"_s, u"增长高于经济增长"_s,
         {{u"income"_s, CriterionKind::GrowthAboveReference, std::nullopt, u"gdp"_s}}},
        // City-set figures are unknown until the user enters them.
        {8, u"粮食总产量"_s, u"完成市定目标"_s, {{u"grain"_s, CriterionKind::AmountAtLeast, std::nullopt, {}}}},
        {9, u"能耗“双控”"_s, u"完成市定目标"_s,
         {{u"energy_total"_s, CriterionKind::AmountAtMost, std::nullopt, {}},
          {u"energy_intensity"_s, CriterionKind::DeclineAtLeast, std::nullopt, {}}}},
        {10, u"生态环境质量"_s, u"持续改善"_s,
         {{u"air_good_days"_s, CriterionKind::BetterThanLastYear, std::nullopt, {}},
          {u"pm25"_s, CriterionKind::BetterThanLastYear, std::nullopt, {}}}},
    };
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const auto &[ordinal, title, statement, criteria] = expected[i];
        const Target &target = targets.at(qsizetype(i));
        INFO("target " << ordinal);
        CHECK(target.year == 2022);
        CHECK(target.ordinal == ordinal);
        CHECK(target.titleZh == title);
        CHECK(target.statementZh == statement);
        // Titles and statements are the document's own words.
        CHECK(seedSentence.contains(title));
        CHECK(seedSentence.contains(statement));
        REQUIRE(target.criteria.size() == qsizetype(criteria.size()));
        for (std::size_t c = 0; c < criteria.size(); ++c) {
            const Criterion &actual = target.criteria.at(qsizetype(c));
            CHECK(actual.indicatorCode == criteria[c].indicator);
            CHECK(actual.kind == criteria[c].kind);
            CHECK(actual.figure == criteria[c].figure);
            CHECK(actual.referenceCode == criteria[c].reference);
        }
    }
    // Growth targets read as one phrase in the document: "GDP增长8.5%".
    for (int i = 0; i < 5; ++i)
        CHECK(seedSentence.contains(targets.at(i).titleZh + targets.at(i).statementZh));
}

} // namespace

TEST_CASE("The bundled seed holds the ten 2022 Lukou targets as the document writes them", "[seed]")
{
    const Seed seed = bundledSeed();
    CHECK(seed.district.nameZh == u"渌口区"_s);
    CHECK(seed.district.cityZh == u"株洲市"_s);
    CHECK(seed.district.currentYear == 2022);
    checkTheTenTargets(seed.targets);
}

TEST_CASE("A new database is seeded once with the 2022 targets", "[seed][storage]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"new.sqlite"_s);
    int seedCalls = 0;
    auto countingSeed = [&] {
        ++seedCalls;
        return bundledSeed();
    };
    {
        Workspace workspace(path, countingSeed);
        CHECK(workspace.district().nameZh == u"渌口区"_s);
        checkTheTenTargets(workspace.targets().forYear(2022));
        CHECK(workspace.targets().years() == QList<int>{2022});
        const QList<Indicator> indicators = workspace.indicators().all();
        CHECK(indicators.size() == 13);
        CHECK(indicators.first().code == u"gdp"_s);
        const auto pm25 = workspace.indicators().find(u"pm25"_s);
        REQUIRE(pm25);
        CHECK(pm25->unit == u"μg/m³"_s);
        CHECK(pm25->lowerIsBetter);
    }
    {
        Workspace reopened(path, countingSeed);
        checkTheTenTargets(reopened.targets().forYear(2022));
    }
    CHECK(seedCalls == 1);
}

TEST_CASE("Malformed seed data is rejected with a reason", "[seed]")
{
    CHECK_THROWS_AS(parseSeed("not json"), StorageError);
    CHECK_THROWS_AS(parseSeed(R"({"format": "something-else", "version": 1})"), StorageError);
    // A criterion naming an indicator the seed does not define.
    const QByteArray unknownIndicator = R"({"format": "zhibiao-seed", "version": 1,
        "district": {"name_zh": "渌口区", "name_en": "Lukou", "city_zh": "株洲市", "city_en": "Zhuzhou", "current_year": 2022},
        "indicators": [],
        "targets": [{"year": 2022, "ordinal": 1, "title_zh": "GDP", "title_en": "GDP", "statement_zh": "增长8.5%",
                     "statement_en": "Grow", "criteria": [{"indicator": "gdp", "kind": "growth_at_least", "figure": 8.5}]}]})";
    try {
        parseSeed(unknownIndicator);
        FAIL("an unknown indicator was accepted");
    } catch (const StorageError &error) {
        CHECK(error.code() == StorageError::Code::BadSeed);
        CHECK(error.message().contains(u"gdp"_s));
    }
}

TEST_CASE("A new database file is made whole beside its place, and replaces a file only once complete",
          "[seed][storage]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"new.sqlite"_s);
    const District tianyuan{u"天元区"_s, u"Tianyuan District"_s, u"株洲市"_s, u"Zhuzhou"_s, 2026};
    NewDatabaseFile::create(path, districtSeed(tianyuan));
    {
        Workspace workspace(path);
        CHECK_FALSE(workspace.wasSeeded());
        CHECK(workspace.district() == tianyuan);
        CHECK(workspace.targets().years().isEmpty());
        CHECK(workspace.indicators().all().size() == bundledSeed().indicators.size());
    }
    // Replacing it: the new content, no log of the old one, no partial file left.
    NewDatabaseFile::create(path, bundledSeed());
    CHECK(QDir(folder.path({})).entryList(QDir::Files | QDir::Hidden) == QStringList{u"new.sqlite"_s});
    Workspace replaced(path);
    CHECK(replaced.district().nameEn == u"Lukou District"_s);
    CHECK(replaced.targets().forYear(2022).size() == 10);

    CHECK_THROWS_AS(NewDatabaseFile::create(folder.path(u"missing/new.sqlite"_s), bundledSeed()), StorageError);
}
