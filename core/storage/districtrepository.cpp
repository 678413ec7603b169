#include "core/storage/districtrepository.h"

#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "core/storage/transaction.h"

namespace zhibiao {

using namespace Qt::StringLiterals;

std::optional<District> DistrictRepository::load() const
{
    QSqlQuery query = prepareQuery(m_database.connection(),
                                   u"SELECT name_zh, name_en, city_zh, city_en, current_year FROM district"_s);
    execQuery(query);
    if (!query.next())
        return std::nullopt;
    return District{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                    query.value(3).toString(), query.value(4).toInt()};
}

void DistrictRepository::save(const District &district)
{
    Transaction transaction(m_database);
    QSqlQuery query = prepareQuery(m_database.connection(), uR"(
        INSERT INTO district (id, name_zh, name_en, city_zh, city_en, current_year)
        VALUES (1, :name_zh, :name_en, :city_zh, :city_en, :year)
        ON CONFLICT (id) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en,
            city_zh = excluded.city_zh, city_en = excluded.city_en, current_year = excluded.current_year)"_s);
    query.bindValue(u":name_zh"_s, toSqlText(district.nameZh));
    query.bindValue(u":name_en"_s, toSqlText(district.nameEn));
    query.bindValue(u":city_zh"_s, toSqlText(district.cityZh));
    query.bindValue(u":city_en"_s, toSqlText(district.cityEn));
    query.bindValue(u":year"_s, district.currentYear);
    execQuery(query);
    transaction.commit();
}

} // namespace zhibiao
