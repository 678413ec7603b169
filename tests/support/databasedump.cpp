#include "tests/support/databasedump.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

#include <atomic>
#include <functional>

namespace zhibiao::test {

namespace {

using namespace Qt::StringLiterals;

void withReadOnlyConnection(const QString &path, const std::function<void(QSqlDatabase &)> &use)
{
    static std::atomic<int> counter = 0;
    const QString name = u"test-dump-"_s + QString::number(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        REQUIRE(db.open());
        use(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

QStringList databaseDump(const QString &path)
{
    QStringList dump;
    withReadOnlyConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery tables(db);
        REQUIRE(tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s));
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        for (const QString &table : names) {
            QSqlQuery rows(db);
            REQUIRE(rows.exec(u"SELECT * FROM \"%1\""_s.arg(table)));
            QStringList tableRows;
            while (rows.next()) {
                QStringList values{table};
                for (int i = 0; i < rows.record().count(); ++i)
                    values.append(rows.value(i).isNull() ? u"NULL"_s : rows.value(i).toString());
                tableRows.append(values.join(u'|'));
            }
            // Sorted, as tables without a rowid have no order of insertion:
            // the dump compares content, whatever the storage order.
            tableRows.sort();
            dump += tableRows;
        }
    });
    return dump;
}

QString readOnlyValue(const QString &path, const QString &sql)
{
    QString value;
    withReadOnlyConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        value = query.value(0).toString();
    });
    return value;
}

} // namespace zhibiao::test
